//! Main text of a saved web page: the article body without navigation, menus,
//! banners, share buttons and related links, plus the metadata a page carries
//! about itself (title, publication date, language, canonical URL).
//!
//! The content scoring is Mozilla Readability's, through `dom_smoothie`; this
//! module decides what a Vigie article is made of: paragraphs and headings as
//! lines, whitespace collapsed, metadata normalised.

use dom_smoothie::{Config, Readability, TextMode};

/// More elements than this and a page is refused: no news article needs it,
/// and scoring time grows with the element count.
pub const MAX_ELEMENTS: usize = 250_000;
/// Deeper nesting than this is refused: real pages stay under a hundred
/// levels, and content scoring is quadratic in depth.
pub const MAX_DEPTH: usize = 400;

/// What a page yields: its main text and what its metadata says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub title: Option<String>,
    pub text: String,
    /// As the page gives it (ISO 8601 in practice), trimmed.
    pub published: Option<String>,
    /// Primary language subtag, lower case (`fr` for `fr-FR`).
    pub lang: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HtmlProblem {
    /// The page has no block of text that reads like an article.
    NoMainText,
    TooManyElements,
    TooDeep,
}

impl std::fmt::Display for HtmlProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            HtmlProblem::NoMainText => write!(f, "no article text found in the page"),
            HtmlProblem::TooManyElements => write!(f, "more than {MAX_ELEMENTS} HTML elements"),
            HtmlProblem::TooDeep => write!(f, "elements nested more than {MAX_DEPTH} deep"),
        }
    }
}

/// Extracts the main text of `html`. `url` (absolute) helps resolve the canonical address.
pub fn extract(html: &str, url: Option<&str>) -> Result<Page, HtmlProblem> {
    let config = Config { text_mode: TextMode::Formatted, max_elements_to_parse: MAX_ELEMENTS, ..Config::default() };
    let url = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let document = dom_query::Document::from(html);
    if nesting_depth(&document) > MAX_DEPTH {
        return Err(HtmlProblem::TooDeep);
    }
    let mut readability = Readability::with_document(document, url, Some(config)).map_err(|_| HtmlProblem::NoMainText)?;
    let article = readability.parse().map_err(|e| match e {
        dom_smoothie::ReadabilityError::TooManyElements(..) => HtmlProblem::TooManyElements,
        _ => HtmlProblem::NoMainText,
    })?;
    let text = tidy_text(&article.text_content);
    if text.is_empty() {
        return Err(HtmlProblem::NoMainText);
    }
    Ok(Page {
        title: non_empty(&article.title),
        text,
        published: article.published_time.as_deref().and_then(non_empty),
        lang: article.lang.as_deref().and_then(primary_language),
        url: article.url.as_deref().and_then(non_empty).or_else(|| url.map(str::to_string)),
    })
}

fn nesting_depth(document: &dom_query::Document) -> usize {
    let mut deepest = 0;
    let mut stack = vec![(document.root(), 0usize)];
    while let Some((node, depth)) = stack.pop() {
        deepest = deepest.max(depth);
        if deepest > MAX_DEPTH {
            break;
        }
        let mut child = node.first_child();
        while let Some(c) = child {
            if c.is_element() {
                stack.push((c.clone(), depth + 1));
            }
            child = c.next_sibling();
        }
    }
    deepest
}

/// One paragraph per line, runs of blanks collapsed, blank lines kept single.
pub(crate) fn tidy_text(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut blank_pending = false;
    for line in raw.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        if words.is_empty() {
            blank_pending = !out.is_empty();
            continue;
        }
        if blank_pending {
            out.push('\n');
            blank_pending = false;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&words.join(" "));
    }
    out
}

fn non_empty(s: &str) -> Option<String> {
    let t = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!t.is_empty()).then_some(t)
}

pub(crate) fn primary_language(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    (primary.len() >= 2 && primary.len() <= 3 && primary.chars().all(|c| c.is_ascii_alphabetic())).then_some(primary)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r##"<!DOCTYPE html><html lang="fr-FR"><head>
<title>Pyongyang envoie une délégation militaire à Moscou | Le Journal</title>
<meta property="article:published_time" content="2024-07-22T08:30:00+02:00">
<link rel="canonical" href="https://example.org/monde/delegation">
</head><body>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/monde">Monde</a></li><li><a href="/eco">Économie</a></li></ul></nav>
<div class="cookie-banner">Nous utilisons des cookies. <button>Accepter</button></div>
<article>
<h1>Pyongyang envoie une délégation militaire à Moscou</h1>
<p>Une délégation militaire nord-coréenne est arrivée à Moscou dimanche, la première depuis la signature du traité de partenariat stratégique global entre la Russie et la Corée du Nord, le 19 juin.</p>
<p>Le président sud-coréen Yoon Suk Yeol a averti la Russie des conséquences de cette coopération militaire, qui viole selon Séoul les résolutions du Conseil de sécurité des Nations unies.</p>
<p>Washington a exprimé son inquiétude, tandis que l'OTAN a dénoncé un soutien direct à la guerre d'agression menée contre l'Ukraine.</p>
</article>
<aside class="related"><h3>À lire aussi</h3><ul><li><a href="/a">Autre article</a></li><li><a href="/b">Encore un</a></li></ul></aside>
<div class="share"><a href="#">Partager sur Facebook</a> <a href="#">Twitter</a></div>
<footer>© Le Journal — Abonnez-vous</footer>
</body></html>"##;

    #[test]
    fn main_text_and_metadata_of_a_news_page() {
        let page = extract(PAGE, None).expect("a page with an article");
        assert!(page.text.contains("Une délégation militaire nord-coréenne est arrivée à Moscou dimanche"), "{}", page.text);
        assert!(page.text.contains("l'OTAN a dénoncé"));
        for chrome in ["Accueil", "cookies", "À lire aussi", "Partager sur Facebook", "Abonnez-vous"] {
            assert!(!page.text.contains(chrome), "{chrome:?} left in {:?}", page.text);
        }
        assert_eq!(page.published.as_deref(), Some("2024-07-22T08:30:00+02:00"));
        assert_eq!(page.lang.as_deref(), Some("fr"));
        assert!(page.title.unwrap().starts_with("Pyongyang envoie une délégation militaire à Moscou"));
        assert_eq!(page.text.lines().filter(|l| !l.is_empty()).count(), 3, "{}", page.text);
    }

    #[test]
    fn broken_and_hostile_markup_gives_an_answer_not_a_panic() {
        let truncated: String = PAGE.chars().take(PAGE.chars().count() / 2).collect();
        let _ = extract(&truncated, None);
        let nested = format!("<html><body>{}<p>deep</p>{}</body></html>", "<div>".repeat(10_000), "</div>".repeat(10_000));
        assert_eq!(extract(&nested, None), Err(HtmlProblem::TooDeep));
        let unclosed = "<html><body><p>Un paragraphe <b>sans fin <i>ni fermeture <div><span>";
        let _ = extract(unclosed, None);
        assert_eq!(extract("<html></html>", None), Err(HtmlProblem::NoMainText));
    }

    #[test]
    fn language_tags_keep_their_primary_subtag() {
        assert_eq!(primary_language("en-GB").as_deref(), Some("en"));
        assert_eq!(primary_language("FR_fr").as_deref(), Some("fr"));
        assert_eq!(primary_language("x"), None);
    }
}
