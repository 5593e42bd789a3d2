use crate::pack::LanguagePack;
use crate::tokenize::{Token, TokenKind};

/// A sentence: a run of the article's tokens and the characters they cover.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub index: usize,
    /// Token range `[first, last)` in the article's token list.
    pub tokens: std::ops::Range<usize>,
    /// Character range in the article text.
    pub start: usize,
    pub end: usize,
}

fn is_terminal(t: &Token) -> bool {
    t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "." | "!" | "?" | "…")
}

fn is_closing(t: &Token) -> bool {
    t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "»" | "\"" | "'" | ")" | "”")
}

fn opens_sentence(t: &Token) -> bool {
    t.capitalised || t.kind == TokenKind::Number || matches!(t.norm.as_str(), "«" | "\"" | "“" | "(" | "-")
}

/// Splits an article's tokens into sentences. A line break ends a sentence
/// (headings and paragraphs are lines) unless the next line plainly continues
/// it (lower-case start after a word or comma: hard-wrapped wire copy).
/// `.`, `!`, `?` end one when the next token can open a sentence and the word
/// before the full stop is neither an abbreviation of the pack nor an initial.
pub fn sentences(tokens: &[Token], pack: &LanguagePack) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut first = 0;
    for k in 1..=tokens.len() {
        let boundary = k == tokens.len() || {
            let cur = &tokens[k];
            let prev = &tokens[k - 1];
            if cur.newlines_before >= 2 {
                true
            } else if cur.newlines_before == 1 {
                let continues = !cur.capitalised
                    && cur.kind == TokenKind::Word
                    && (prev.kind != TokenKind::Punct || prev.norm == ",");
                !continues
            } else {
                ends_with_full_stop(tokens, first, k, pack) && opens_sentence(cur)
            }
        };
        if boundary && k > first {
            out.push(Sentence { index: out.len(), tokens: first..k, start: tokens[first].start, end: tokens[k - 1].end });
            first = k;
        }
    }
    out
}

/// True when tokens `[first, k)` end with sentence-final punctuation (possibly
/// followed by closing quotes) that is not an abbreviation's dot.
fn ends_with_full_stop(tokens: &[Token], first: usize, k: usize, pack: &LanguagePack) -> bool {
    let mut j = k;
    while j > first && is_closing(&tokens[j - 1]) {
        j -= 1;
    }
    if j == first || !is_terminal(&tokens[j - 1]) {
        return false;
    }
    if tokens[j - 1].norm != "." || j - 1 == first {
        return true;
    }
    let before = &tokens[j - 2];
    let glued = before.end == tokens[j - 1].start;
    let initial = before.kind == TokenKind::Word && before.norm.chars().count() == 1 && before.capitalised;
    !(glued && (initial || pack.is_abbreviation(&before.norm)))
}

/// Splits a sentence's tokens into clauses at the pack's clause breaks
/// (`;`, `tandis que`, `, ce qui`, `whereas`…). Returns token ranges within
/// `tokens`; the break phrase opens the clause it introduces.
pub fn clauses(tokens: &[Token], pack: &LanguagePack) -> Vec<std::ops::Range<usize>> {
    let mut cuts = vec![0];
    let mut k = 1;
    while k < tokens.len() {
        if !pack.may_start_clause_break(tokens[k].sym) {
            k += 1;
            continue;
        }
        let hit = pack.clause_breaks_starting(tokens[k].sym).iter().find(|phrase| {
            phrase.len() <= tokens.len() - k && phrase.iter().zip(&tokens[k..]).all(|(p, t)| *p == t.sym)
        });
        match hit {
            Some(phrase) => {
                if k > *cuts.last().unwrap() {
                    cuts.push(k);
                }
                k += phrase.len();
            }
            None => k += 1,
        }
    }
    cuts.push(tokens.len());
    cuts.windows(2).filter(|w| w[1] > w[0]).map(|w| w[0]..w[1]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::tests::pack;
    use crate::tokenize::tokenize;

    fn split(text: &str, lang: &str) -> Vec<String> {
        let p = pack(lang);
        let toks = tokenize(text, &p);
        let chars: Vec<char> = text.chars().collect();
        sentences(&toks, &p).iter().map(|s| chars[s.start..s.end].iter().collect()).collect()
    }

    #[test]
    fn lines_and_full_stops_end_sentences_but_abbreviations_do_not() {
        let s = split("Titre sans point\nM. Dupont est arrivé. Il a parlé à J. Martin hier.\nFin.", "fr");
        assert_eq!(s, ["Titre sans point", "M. Dupont est arrivé.", "Il a parlé à J. Martin hier.", "Fin."]);
        let e = split("Mr. Smith met Gen. Lee in the U.S. on Monday. Talks ended.", "en");
        assert_eq!(e, ["Mr. Smith met Gen. Lee in the U.S. on Monday.", "Talks ended."]);
    }

    #[test]
    fn hard_wrapped_lines_are_joined() {
        let s = split("The company said it\nexpects higher sales. Shares rose.", "en");
        assert_eq!(s, ["The company said it\nexpects higher sales.", "Shares rose."]);
    }

    #[test]
    fn the_founding_article_keeps_its_headings_and_advert_apart() {
        let path = format!("{}/../../crates/vigie-cli/demo/000_be29029dfbfb3d28.txt", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).unwrap();
        let s = split(&text, "fr");
        assert!(s.contains(&"Le traité de partenariat stratégique global".to_string()));
        assert_eq!(s.last().unwrap(), "Nous sommes le spécialiste du vol en avion de chasse.");
        assert!(s.contains(&"Le 19 juin, Vladimir Poutine et Kim Jong Un ont signé un traité de partenariat stratégique global, incluant une clause de défense mutuelle.".to_string()));
        assert_eq!(s.len(), 38);
    }

    #[test]
    fn short_texts_are_told_apart_by_their_function_words() {
        let packs = [pack("fr"), pack("en")];
        assert_eq!(crate::detect_language("Russian troops attacked Ukrainian positions near Kharkiv.", &packs), Some("en"));
        assert_eq!(crate::detect_language("Le président a averti Moscou.", &packs), Some("fr"));
        assert_eq!(crate::detect_language("Grève générale", &packs), Some("fr"));
        assert_eq!(crate::detect_language("Talks resume in Geneva", &packs), Some("en"));
    }

    #[test]
    fn clauses_split_at_the_packs_breaks() {
        let p = pack("fr");
        let text = "Yoon a averti Moscou des conséquences que cette alliance pourrait avoir, tandis que Kim se tait.";
        let toks = tokenize(text, &p);
        let cl = clauses(&toks, &p);
        let first: Vec<&str> = toks[cl[0].clone()].iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(first, ["yoon", "a", "averti", "moscou", "des", "consequences"]);
        assert_eq!(cl.len(), 3);
    }
}
