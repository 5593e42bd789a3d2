//! The analysis on the founding article alone: its treaty, obligation,
//! first, reactions, and a brief that keeps possibilities out of the facts.

mod common;

use vigie_analysis::brief::{build_brief, Brief};
use vigie_analysis::{detect_treaties, firsts, BriefFormat, BriefOptions, Cues, Lang};

fn brief(lang: Lang) -> Brief {
    let store = common::store_of(&[common::founding()]);
    let ds = common::dataset(&store);
    let opts = BriefOptions { a: "RUS".into(), b: "PRK".into(), since: None, lang, format: BriefFormat::Markdown };
    build_brief(&ds, &common::cues(), &opts).expect("brief")
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

/// The statements of the sections that state facts (everything but the
/// possibilities and what to watch).
fn fact_sections(b: &Brief) -> String {
    ["summary", "facts", "treaty", "reactions"].iter().flat_map(|k| section(b, k)).collect::<Vec<_>>().join("\n")
}

#[test]
fn french_brief_states_the_facts_and_keeps_possibilities_apart() {
    let b = brief(Lang::Fr);
    let facts = section(&b, "facts").join("\n");
    // The first delegation, as a first; the treaty's signature, dated; names in French.
    assert!(facts.contains("Visite : l’armée nord-coréenne → la Russie (une première selon la source)"), "{facts}");
    assert!(facts.contains("19 juin 2024 — Signature d’un accord formel : Vladimir Poutine (Russie) et Kim Jong Un (Corée du Nord)"), "{facts}");
    // Nothing planned or hypothetical among the facts.
    assert!(!facts.contains("Ukraine") && !facts.contains("Donetsk"), "{facts}");
    let treaty = section(&b, "treaty").join("\n");
    assert!(treaty.contains("« traité de partenariat stratégique global », signé le 19 juin 2024 par la Russie et la Corée du Nord"), "{treaty}");
    assert!(
        treaty.contains("Obligation réciproque, déclenchée « en cas d’agression armée contre l’une d’elles » : chaque partie (la Russie et la Corée du Nord) « fournira une assistance militaire immédiate »"),
        "{treaty}"
    );
    let summary = section(&b, "summary").join("\n");
    assert!(summary.contains("La Russie et la Corée du Nord ont signé le 19 juin 2024 le « traité de partenariat stratégique global », qui crée une obligation réciproque (aide militaire)"), "{summary}");
    let reactions = section(&b, "reactions").join("\n");
    assert!(reactions.contains("Yoon Suk Yeol (Corée du Sud) : mise en garde envers le gouvernement russe"), "{reactions}");
    assert!(reactions.contains("Kurt Campbell (États-Unis) : expression de préoccupation"), "{reactions}");
    assert!(reactions.contains("l’OTAN : déclaration"), "{reactions}");
    // Seoul's and Washington's shared concern is one statement with both targets.
    assert!(reactions.contains("le gouvernement sud-coréen : expression de préoccupation envers le gouvernement russe et le gouvernement nord-coréen"), "{reactions}");
    let possible = section(&b, "possible");
    assert!(
        possible.iter().any(|p| p.starts_with("PRÉVU (juillet 2024), non réalisé à la date de la source") && p.contains("Donetsk")),
        "{possible:?}"
    );
    // Every `pourrait` sentence of the article is a possibility, never a fact.
    let all_facts = fact_sections(&b);
    assert!(!all_facts.contains("pourrait") && !all_facts.contains("POSSIBILITÉ") && !all_facts.contains("Donetsk"), "{all_facts}");
    for s in ["course aux armements", "dénucléariser", "longue portée"] {
        assert!(possible.iter().any(|p| p.starts_with("POSSIBILITÉ") && p.contains(s)), "{s}: {possible:?}");
    }
    // No English name in the French brief.
    let all: String = b.sections.iter().flat_map(|s| s.items.iter().map(|i| i.text.clone())).collect::<Vec<_>>().join("\n");
    for english in ["Putin", "North Korea", "Russia ", "government", "NATO"] {
        assert!(!all.contains(english), "{english} in: {all}");
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

/// The statements the issue asks of the brief on the founding article, each
/// with the sentence it must cite, and no hypothetical event among the facts.
#[test]
fn the_brief_states_what_the_founding_article_establishes_and_only_that() {
    let store = common::store_of(&[common::founding()]);
    let ds = common::dataset(&store);
    for lang in [Lang::Fr, Lang::En] {
        let opts = BriefOptions { a: "RUS".into(), b: "PRK".into(), since: None, lang, format: BriefFormat::Markdown };
        let b = build_brief(&ds, &common::cues(), &opts).expect("brief");
        let cited = |key: &str, needle: &str, sentence_part: &str| {
            let sec = b.sections.iter().find(|s| s.key == key).unwrap();
            // Several statements may carry the needle (two planned acts): one of them cites the sentence.
            let items: Vec<_> = sec.items.iter().filter(|i| i.text.contains(needle)).collect();
            assert!(!items.is_empty(), "{key}: no {needle:?} in {:#?}", sec.items);
            assert!(
                items.iter().any(|item| item.cites.iter().any(|n| b.evidence[n - 1].text.contains(sentence_part))),
                "{needle:?} does not cite {sentence_part:?}: {:?}",
                items.iter().flat_map(|item| item.cites.iter().map(|n| &b.evidence[n - 1].text)).collect::<Vec<_>>()
            );
        };
        let (first, treaty, obligation, yoon, campbell, nato, planned) = match lang {
            Lang::Fr => ("une première", "19 juin 2024", "Obligation réciproque", "Yoon Suk Yeol", "Kurt Campbell", "l’OTAN", "PRÉVU"),
            Lang::En => ("a first", "19 June 2024", "Mutual obligation", "Yoon Suk Yeol", "Kurt Campbell", "NATO", "PLANNED"),
        };
        cited("facts", first, "Pour la première fois, une délégation militaire");
        cited("treaty", treaty, "ont signé un traité de partenariat stratégique global");
        cited("treaty", obligation, "chaque partie fournira une assistance militaire immédiate");
        cited("reactions", yoon, "a averti Moscou");
        cited("reactions", campbell, "a exprimé des préoccupations");
        cited("reactions", nato, "a souligné l’importance");
        cited("possible", planned, "est prévue pour juillet 2024");
        cited("possible", planned, "participer à des échanges de formation");
        cited("possible", "pourraient accélérer", "le Japon et la Corée du Sud pourraient accélérer");
        // The facts cite no sentence that only states a possibility, and no
        // planned or hypothetical event is among them.
        let facts = b.sections.iter().filter(|s| ["facts", "treaty", "reactions"].contains(&s.key.as_str()));
        for it in facts.flat_map(|s| &s.items) {
            for id in &it.event_ids {
                let e = ds.event(*id).unwrap();
                assert!(e.asserted(), "{:?} event among the facts: {}", e.event.factuality, it.text);
            }
        }
    }
}

#[test]
fn english_brief_and_html_with_a_chart() {
    let b = brief(Lang::En);
    let summary = section(&b, "summary").join("\n");
    assert!(summary.contains("Russia and North Korea signed the “traité de partenariat stratégique global” on 19 June 2024, which creates a mutual obligation (military aid)"), "{summary}");
    let facts = section(&b, "facts").join("\n");
    assert!(facts.contains("Vladimir Putin (Russia) and Kim Jong Un (North Korea)"), "{facts}");
    let treaty = section(&b, "treaty").join("\n");
    assert!(treaty.contains("(in the words of a French source), signed on 19 June 2024 by Russia and North Korea"), "{treaty}");
    let reactions = section(&b, "reactions").join("\n");
    assert!(reactions.contains("Yoon Suk Yeol (South Korea): warning towards the Russian government"), "{reactions}");
    let html = b.to_html(Lang::En);
    assert!(html.contains("<svg") && html.contains("<rect") && html.contains("<h2>What to watch</h2>"));
    assert!(html.contains("<html lang=\"en\">"));
    // The JSON form the API serves: sections, statements with their events, evidence, the series.
    let json = serde_json::to_value(&b).unwrap();
    assert_eq!(json["lang"], "en");
    assert_eq!(json["actors"], serde_json::json!(["RUS", "PRK"]));
    assert_eq!(json["sections"][0]["key"], "summary");
    assert!(json["sections"][1]["items"][0]["event_ids"].as_array().is_some_and(|a| !a.is_empty()));
    assert_eq!(json["series"]["period"], "month");
    assert!(json["evidence"][0]["text"].as_str().is_some_and(|t| t.contains("Pour la première fois")));
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
    let bad = vigie_analysis::Dataset::load_scope(&store, &vigie_analysis::Scope::brief("RUS", "P;RK", None)).unwrap_err().to_string();
    assert!(bad.contains("is not an actor code"), "{bad}");
}
