//! Treaties the sentences name without a signature event of their own, and
//! who an obligation binds: every party, or the one party a clause names
//! (tests/data/treaty_text.jsonl); and a multi-article set — the founding
//! article, Reuters newswires and the test articles on Russia and North
//! Korea — where one treaty is named in two languages.

mod common;

use vigie_analysis::brief::build_brief;
use vigie_analysis::{detect_treaties, dyad_series, BriefFormat, BriefOptions, Dataset, Lang, Scope, SeriesOptions};
use vigie_model::Article;

fn jsonl(text: &str) -> Vec<Article> {
    text.lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::from_str(l).expect("article")).collect()
}

fn keys(codes: &[String]) -> Vec<String> {
    let mut k: Vec<String> = codes.iter().map(|c| vigie_store::dedup::actor_key(Some(c))).collect();
    k.sort();
    k.dedup();
    k
}

#[test]
fn a_ratified_treaty_with_a_one_sided_obligation_and_a_mutual_one_in_french() {
    let store = common::store_of(&jsonl(include_str!("data/treaty_text.jsonl")));
    let ds = common::dataset(&store);
    let cues = common::cues();
    let treaties = detect_treaties(&ds, &cues);
    let csp = treaties.iter().find(|t| t.name == "comprehensive strategic partnership treaty").unwrap_or_else(|| panic!("{treaties:#?}"));
    // Ratified, not signed, in this store: named by the text, date of signature unknown.
    assert_eq!(csp.found_in, "text");
    assert_eq!(csp.signature_event, None);
    assert_eq!(csp.date, None);
    assert_eq!(keys(&csp.parties), ["PRK", "RUS"]);
    let roles: Vec<&str> = csp.events.iter().map(|l| l.role.as_str()).collect();
    assert_eq!(roles, ["ratify"], "{:?}", csp.events);
    assert_eq!(csp.obligations.len(), 1, "{:#?}", csp.obligations);
    let o = &csp.obligations[0];
    assert!(!o.mutual);
    assert_eq!(keys(&o.obligors), ["RUS"]);
    assert_eq!(keys(&o.beneficiaries), ["PRK"]);
    assert_eq!(o.action, "provide military assistance to North Korea");
    assert_eq!(o.trigger.as_deref(), Some("if it is attacked"));
    assert_eq!(o.action_cameo.as_deref(), Some("072"));

    let fr = treaties.iter().find(|t| t.name == "traité de défense mutuelle").unwrap_or_else(|| panic!("{treaties:#?}"));
    assert_eq!(keys(&fr.parties), ["PRK", "RUS"]);
    assert_eq!(fr.obligations.len(), 1);
    assert!(fr.obligations[0].mutual, "{:?}", fr.obligations[0]);
    assert_eq!(fr.obligations[0].action, "se prêtent assistance");
    assert_eq!(fr.obligations[0].trigger.as_deref(), Some("en cas d'agression"));

    // The brief words them; the clause is an obligation, never a fact or its own fulfilment.
    for (lang, one_sided, mutual) in [
        (Lang::Fr, "Obligation de la Russie envers la Corée du Nord, déclenchée « if it is attacked » : « provide military assistance to North Korea »", "Obligation réciproque, déclenchée « en cas d'agression » : chaque partie (la Russie et la Corée du Nord) « se prêtent assistance »"),
        (Lang::En, "Obligation of Russia towards North Korea, triggered “if it is attacked”: “provide military assistance to North Korea”", "Mutual obligation, triggered “en cas d'agression”: each party (Russia and North Korea) “se prêtent assistance”"),
    ] {
        let opts = BriefOptions { a: "RUS".into(), b: "PRK".into(), since: None, lang, format: BriefFormat::Markdown };
        let b = build_brief(&ds, &cues, &opts).unwrap();
        let treaty: Vec<&str> = b.sections.iter().find(|s| s.key == "treaty").unwrap().items.iter().map(|i| i.text.as_str()).collect();
        assert!(treaty.iter().any(|t| t.contains(one_sided)), "{treaty:#?}");
        assert!(treaty.iter().any(|t| t.contains(mutual)), "{treaty:#?}");
        assert!(!treaty.iter().any(|t| t.contains("fulfil") || t.contains("Exécution")), "{treaty:#?}");
        let facts = &b.sections.iter().find(|s| s.key == "facts").unwrap().items;
        assert!(facts.iter().all(|i| !i.cites.iter().any(|n| b.evidence[n - 1].text.contains("obliges Russia"))), "{facts:#?}");
    }
}

#[test]
fn founding_article_reuters_and_test_articles_together() {
    let mut all = vec![common::founding()];
    let reuters = include_str!("../../../../shared/corpus/en/reuters21578.jsonl");
    all.extend(reuters.lines().filter_map(|l| serde_json::from_str::<Article>(l).ok()).filter(|a| !a.text.trim().is_empty()).take(150));
    all.extend(jsonl(include_str!("data/dyad_months.jsonl")));
    let store = common::store_of(&all);
    let ds = common::dataset(&store);

    // The series: the test articles' months; the founding article's signature
    // (19 June 2024, no place) folds into the English one of the same day,
    // and its undated first visit (year 2024) is counted but not placed.
    let s = dyad_series(&ds, "RUS", "PRK", &SeriesOptions::default());
    let got: Vec<(&str, u64)> = s.points.iter().map(|p| (p.period.as_str(), p.events)).collect();
    assert_eq!(got, [("2024-03", 1), ("2024-04", 1), ("2024-05", 0), ("2024-06", 2), ("2024-07", 0), ("2024-08", 1)]);
    assert_eq!((s.total_events, s.imprecise_events), (6, 1));
    // The same series from the dyad's scope alone.
    let scoped = Dataset::load_scope(&store, &Scope::dyad("RUS", "PRK", None, None)).unwrap();
    assert_eq!(dyad_series(&scoped, "RUS", "PRK", &SeriesOptions::default()).points, s.points);

    // One treaty, named in French and English, with the obligation each source states.
    let treaties: Vec<_> = detect_treaties(&ds, &common::cues()).into_iter().filter(|t| keys(&t.parties) == ["PRK", "RUS"]).collect();
    let pact = treaties.iter().find(|t| t.date.as_deref() == Some("2024-06-19")).unwrap_or_else(|| panic!("{treaties:#?}"));
    assert_eq!(pact.name_by_language.get("fr").map(String::as_str), Some("traité de partenariat stratégique global"));
    assert_eq!(pact.name_by_language.get("en").map(String::as_str), Some("defence pact"));
    let actions: Vec<(&str, bool)> = pact.obligations.iter().map(|o| (o.action.as_str(), o.mutual)).collect();
    assert!(actions.contains(&("fournira une assistance militaire immédiate", true)), "{actions:?}");
    assert!(actions.contains(&("provide military assistance", true)), "{actions:?}");

    // The brief from the brief's scope equals the one from the whole store.
    let scoped = Dataset::load_scope(&store, &Scope::brief("RUS", "PRK", None)).unwrap();
    let opts = BriefOptions { a: "RUS".into(), b: "PRK".into(), since: None, lang: Lang::En, format: BriefFormat::Markdown };
    let whole = build_brief(&ds, &common::cues(), &opts).unwrap().to_markdown(Lang::En);
    let part = build_brief(&scoped, &common::cues(), &opts).unwrap().to_markdown(Lang::En);
    assert_eq!(part, whole);
    assert!(whole.contains("“defence pact”, signed on 19 June 2024 by Russia and North Korea"), "{whole}");
}
