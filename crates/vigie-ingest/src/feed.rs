//! RSS 0.9–2.0, RDF and Atom feeds: each item becomes an article with its
//! link, title, date and the fullest text the feed gives (`content:encoded`
//! or Atom content before the summary).
//!
//! Parsing is `feed-rs` over `quick-xml`, which never fetches external
//! entities and does not expand entities a document declares, so XXE and
//! entity-expansion bombs stay inert text; the caller also caps the size.

use vigie_model::Article;

use crate::html::tidy_text;

/// Articles of one feed, in document order, or why the input is not a feed.
pub fn parse(name: &str, xml: &str) -> Result<Vec<Article>, String> {
    let feed = feed_rs::parser::Builder::new()
        .sanitize_content(false)
        .build()
        .parse(with_rss_version(xml).as_bytes())
        .map_err(|e| e.to_string())?;
    let feed_lang = feed.language.as_deref().and_then(crate::html::primary_language);
    let mut articles = Vec::with_capacity(feed.entries.len());
    for (index, entry) in feed.entries.into_iter().enumerate() {
        let link = entry.links.first().map(|l| l.href.trim().to_string()).filter(|l| !l.is_empty());
        let title = entry.title.as_ref().map(|t| fragment_text(&t.content)).filter(|t| !t.is_empty());
        let body = entry
            .content
            .as_ref()
            .and_then(|c| c.body.as_deref())
            .map(fragment_text)
            .filter(|t| !t.is_empty())
            .or_else(|| entry.summary.as_ref().map(|s| fragment_text(&s.content)).filter(|t| !t.is_empty()));
        // An item with only a headline is still news; its title is its text.
        let Some(text) = body.or_else(|| title.clone()) else { continue };
        let id = if !entry.id.trim().is_empty() {
            entry.id.trim().to_string()
        } else {
            link.clone().unwrap_or_else(|| format!("{name}#{}", index + 1))
        };
        let date = entry.published.or(entry.updated).map(|d| d.to_rfc3339());
        articles.push(Article { id, text, date, lang: feed_lang.clone(), title, url: link });
    }
    Ok(articles)
}

/// Real feeds sometimes open with a bare `<rss>`; the parser dispatches on
/// the version attribute, so a missing one is read as RSS 2.0.
fn with_rss_version(xml: &str) -> std::borrow::Cow<'_, str> {
    let Some(start) = xml.find("<rss") else { return xml.into() };
    let Some(len) = xml[start..].find('>') else { return xml.into() };
    let tag = &xml[start..start + len];
    let bare = tag.len() == 4 || tag[4..].starts_with(char::is_whitespace);
    if !bare || tag.contains("version=") {
        return xml.into();
    }
    format!("{}<rss version=\"2.0\"{}", &xml[..start], &xml[start + 4..]).into()
}

/// Plain text of an HTML fragment (feed bodies are HTML more often than not).
fn fragment_text(html: &str) -> String {
    if !html.contains('<') && !html.contains('&') {
        return tidy_text(html);
    }
    let doc = dom_query::Document::fragment(html);
    doc.select("script, style, iframe, object, form").remove();
    tidy_text(&doc.formatted_text())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rss_items_are_articles() {
        let rss = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Monde</title><link>https://example.org</link><language>fr-fr</language>
<item><title>Kim reçu à Moscou</title><link>https://example.org/a</link><guid>a-1</guid>
<pubDate>Mon, 22 Jul 2024 08:30:00 +0200</pubDate><description>Résumé court.</description>
<content:encoded><![CDATA[<p>Premier paragraphe.</p><p>Second <b>paragraphe</b>.</p><script>x()</script>]]></content:encoded></item>
<item><title>Sans date</title><description>Texte &amp; suite.</description></item>
</channel></rss>"#;
        let items = parse("feed.xml", rss).unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].id, "a-1");
        assert_eq!(items[0].url.as_deref(), Some("https://example.org/a"));
        assert_eq!(items[0].title.as_deref(), Some("Kim reçu à Moscou"));
        assert_eq!(items[0].date.as_deref(), Some("2024-07-22T06:30:00+00:00"));
        assert_eq!(items[0].lang.as_deref(), Some("fr"));
        assert_eq!(items[0].text, "Premier paragraphe.\n\nSecond paragraphe.");
        assert_eq!(items[1].date, None);
        assert_eq!(items[1].text, "Texte & suite.");
    }

    #[test]
    fn atom_entries_are_articles() {
        let atom = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>World</title><id>urn:x</id><updated>2024-06-19T10:00:00Z</updated>
<entry><title>Treaty signed</title><id>urn:e1</id><link href="https://example.com/t"/>
<updated>2024-06-19T10:00:00Z</updated><summary type="html">&lt;p&gt;Russia and North Korea signed a treaty.&lt;/p&gt;</summary></entry>
</feed>"#;
        let items = parse("a.atom", atom).unwrap();
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].text, "Russia and North Korea signed a treaty.");
        assert_eq!(items[0].date.as_deref(), Some("2024-06-19T10:00:00+00:00"));
    }

    #[test]
    fn entity_attacks_are_never_expanded() {
        let laughs = format!(
            "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol \"lol\">{}]><rss version=\"2.0\"><channel><title>t</title><item><title>&lol9;</title><description>x</description></item></channel></rss>",
            (1..10).map(|i| format!("<!ENTITY lol{i} \"{}\">", format!("&lol{};", i - 1).repeat(10))).collect::<String>()
        );
        if let Ok(items) = parse("bomb.xml", &laughs) {
            assert!(items.iter().all(|a| a.text.len() < 1000 && !a.title.clone().unwrap_or_default().contains("lollol")));
        }
        let xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>t</title><item><title>a</title><description>&xxe;</description></item></channel></rss>";
        if let Ok(items) = parse("xxe.xml", xxe) {
            assert!(items.iter().all(|a| !a.text.contains("root:")));
        }
    }

    #[test]
    fn rss_without_version_is_rss2() {
        let rss = "<rss>\n<channel><title>UOL</title><item><title>Ibope</title><description>Texto.</description></item></channel></rss>";
        assert_eq!(parse("uol.rss", rss).unwrap()[0].text, "Texto.");
    }

    #[test]
    fn not_a_feed_is_an_error() {
        assert!(parse("x.xml", "<html><body>hello</body></html>").is_err());
        assert!(parse("x.xml", "<NEWS><ITEM>a</ITEM></NEWS>").is_err());
        assert!(parse("x.xml", "just text").is_err());
    }
}
