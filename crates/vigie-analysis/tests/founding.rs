//! The analysis on the founding article alone: its treaty, obligation,
//! first, reactions, and a brief that keeps possibilities out of the facts.

mod common;

use vigie_analysis::brief::{build_brief, Brief};
use vigie_analysis::{detect_treaties, firsts, BriefFormat, BriefOptions, Cues, Lang};

fn brief(lang: Lang) -> Brief {
    let store = common::store_of(&[common::founding()]);
    let ds = common::dataset(&store);
    let opts = BriefOptions { a: "RUS".into(), b: "PRK".into(), since: None, lang, format: BriefFormat::Markdown };
    build_brief(&ds, &Cues::builtin(), &opts).expect("brief")
}

fn section<'a>(b: &'a Brief, key: &str) -> Vec<&'a str> {
    b.sections.iter().find(|s| s.key == key).expect(key).items.iter().map(|i| i.text.as_str()).collect()
}

#[test]
fn the_treaty_its_parties_date_and_mutual_defence_obligation() {
    let store = common::store_of(&[common::founding()]);
    let ds = common::dataset(&store);
    let treaties = detect_treaties(&ds, &Cues::builtin());
    assert_eq!(treaties.len(), 1, "{treaties:#?}");
    let t = &treaties[0];
    assert_eq!(t.name, "traité de partenariat stratégique global");
    assert_eq!(t.date.as_deref(), Some("2024-06-19"));
    let mut keys = t.party_keys();
    keys.sort();
    assert_eq!(keys, ["PRK", "RUS"]);
    assert!(t.clauses.iter().any(|c| c == "clause de défense mutuelle"), "{:?}", t.clauses);
    assert_eq!(t.obligations.len(), 1);
    let o = &t.obligations[0];
    assert!(o.mutual);
    assert_eq!(o.action, "fournira une assistance militaire immédiate");
    assert_eq!(o.action_cameo.as_deref(), Some("072"));
    assert_eq!(o.trigger.as_deref(), Some("en cas d’agression armée contre l’une d’elles"));
    assert_eq!(o.trigger_cameo.as_deref(), Some("19"));
    assert_eq!(o.cite.sentence, 12);
}

#[test]
fn the_first_delegation_is_a_first() {
    let store = common::store_of(&[common::founding()]);
    let ds = common::dataset(&store);
    let f = firsts(&ds);
    assert_eq!(f.in_text.len(), 1);
    assert_eq!(f.in_text[0].source.as_deref(), Some("PRKMIL"));
    assert_eq!(f.in_text[0].cameo, "042");
}

#[test]
fn french_brief_states_the_facts_and_keeps_possibilities_apart() {
    let b = brief(Lang::Fr);
    let facts = section(&b, "facts").join("\n");
    assert!(facts.contains("Visite : Corée du Nord (armée) → Russie") && facts.contains("(une première)"), "{facts}");
    assert!(facts.contains("19 juin 2024 — Signature d'un accord formel"), "{facts}");
    // Nothing planned or hypothetical among the facts.
    assert!(!facts.contains("Ukraine") && !facts.contains("Donetsk"), "{facts}");
    let treaty = section(&b, "treaty").join("\n");
    assert!(treaty.contains("« traité de partenariat stratégique global » : signé le 19 juin 2024"), "{treaty}");
    assert!(treaty.contains("Obligation réciproque") && treaty.contains("assistance militaire immédiate"), "{treaty}");
    let reactions = section(&b, "reactions").join("\n");
    assert!(reactions.contains("Yoon Suk Yeol (Corée du Sud, gouvernement) : Mise en garde envers Russie"), "{reactions}");
    assert!(reactions.contains("Kurt Campbell (États-Unis, gouvernement) : Expression de préoccupation"), "{reactions}");
    assert!(reactions.contains("OTAN : Déclaration"), "{reactions}");
    let possible = section(&b, "possible");
    assert!(possible.iter().any(|p| p.starts_with("PRÉVU") && p.contains("Donetsk") && p.contains("juillet 2024")), "{possible:?}");
    // Every `pourrait` sentence of the article is a possibility, never a fact.
    let all_facts: String = ["summary", "facts", "treaty", "reactions"].iter().flat_map(|k| section(&b, k)).collect::<Vec<_>>().join("\n");
    assert!(!all_facts.contains("pourrait") && !all_facts.contains("POSSIBILITÉ"));
    for s in ["course aux armements", "dénucléariser", "longue portée"] {
        assert!(possible.iter().any(|p| p.starts_with("POSSIBILITÉ") && p.contains(s)), "{s}: {possible:?}");
    }
    // Every statement cites evidence, and every citation is an article sentence.
    for sec in &b.sections {
        for it in &sec.items {
            assert!(!it.cites.is_empty(), "uncited: {}", it.text);
            assert!(it.cites.iter().all(|n| *n >= 1 && *n <= b.evidence.len()));
        }
    }
    assert!(b.evidence.iter().all(|c| c.article_id == "seed/000_be29029dfbfb3d28.txt"));
    let md = b.to_markdown(Lang::Fr);
    assert!(md.contains("## Possible mais non établi") && md.contains("[5] seed/000_be29029dfbfb3d28.txt, phrase"), "{md}");
}

#[test]
fn english_brief_and_html_with_a_chart() {
    let b = brief(Lang::En);
    let summary = section(&b, "summary").join("\n");
    assert!(summary.contains("signed an agreement, “traité de partenariat stratégique global” (19 June 2024)"), "{summary}");
    let reactions = section(&b, "reactions").join("\n");
    assert!(reactions.contains("Yoon Suk Yeol (South Korea, government): Warning towards Russia"), "{reactions}");
    let html = b.to_html(Lang::En);
    assert!(html.contains("<svg") && html.contains("<rect") && html.contains("<h2>What to watch</h2>"));
    assert!(html.contains("<html lang=\"en\">"));
}

#[test]
fn unknown_actor_and_empty_store_are_clear_errors() {
    let store = vigie_store::Store::open_in_memory().unwrap();
    let ds = common::dataset(&store);
    let opts = BriefOptions { a: "RUS".into(), b: "PRK".into(), since: None, lang: Lang::Fr, format: BriefFormat::Html };
    let e = build_brief(&ds, &Cues::builtin(), &opts).unwrap_err().to_string();
    assert!(e.contains("no stored event involves RUS"), "{e}");
    let store = common::store_of(&[common::founding()]);
    let ds = common::dataset(&store);
    let opts = BriefOptions { a: "RUS".into(), b: "FRA".into(), ..opts };
    assert!(build_brief(&ds, &Cues::builtin(), &opts).unwrap_err().to_string().contains("FRA"));
    assert!(vigie_analysis::treaties::detect_treaties(&vigie_analysis::Dataset::default(), &Cues::builtin()).is_empty());
}
