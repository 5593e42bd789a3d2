//! The founding article, end to end through the coder: the events issue #3
//! asks for, with their actors, codes, factuality, dates and places.

mod common;
use common::lexicon;

use std::sync::OnceLock;

use vigie_coder::{CodedArticle, Coder};
use vigie_model::{Article, DatePrecision, Factuality, Mention};

const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/seed/000_be29029dfbfb3d28.txt");
const GOLD: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/eval/seed_gold.json");

fn coded() -> &'static (Article, CodedArticle) {
    static CODED: OnceLock<(Article, CodedArticle)> = OnceLock::new();
    CODED.get_or_init(|| {
        let text = std::fs::read_to_string(SEED).expect("../shared/seed beside the checkout");
        let article = Article { id: "seed".into(), text, date: None, lang: None, title: None, url: None };
        let coded = Coder::new(lexicon()).code(&article).expect("the article codes");
        (article, coded)
    })
}

fn mentions() -> &'static [Mention] {
    &coded().1.mentions
}

fn find<'a>(what: &str, pred: impl Fn(&Mention) -> bool) -> &'a Mention {
    mentions().iter().find(|m| pred(m)).unwrap_or_else(|| {
        let all: Vec<String> = mentions().iter().map(|m| format!("{:?} {} {:?} {:?} «{}»", m.source, m.cameo, m.target, m.factuality, m.sentence)).collect();
        panic!("no mention for {what}; coded:\n{}", all.join("\n"))
    })
}

#[test]
fn the_language_is_detected_as_french() {
    assert_eq!(coded().1.language, "fr");
    assert!(mentions().iter().all(|m| m.language == "fr"));
}

#[test]
fn the_first_north_korean_military_visit_to_russia() {
    let m = find("the delegation's visit", |m| m.cameo == "042" && m.sentence.contains("se rend en Russie"));
    assert_eq!(m.source.as_deref(), Some("PRKMIL"));
    assert!(m.target.as_deref().is_some_and(|t| t.starts_with("RUS")), "target {:?}", m.target);
    assert_eq!(m.factuality, Factuality::Asserted);
    assert!(m.first);
    assert_eq!(m.location.as_ref().map(|l| l.country.as_str()), Some("RUS"));
    assert_eq!(m.date.as_deref(), Some("2024"));
}

#[test]
fn the_treaty_signed_on_19_june() {
    let m = find("the treaty", |m| m.cameo == "057" && m.sentence.starts_with("Le 19 juin"));
    let mut dyad = [m.source.clone().unwrap(), m.target.clone().unwrap()];
    dyad.sort();
    assert_eq!(dyad, ["PRKGOV".to_string(), "RUSGOV".to_string()]);
    assert!(m.symmetric);
    assert_eq!(m.factuality, Factuality::Asserted);
    assert_eq!(m.date.as_deref(), Some("2024-06-19"));
    assert_eq!(m.date_precision, Some(DatePrecision::Day));
}

#[test]
fn yoon_warns_moscow() {
    let m = find("Yoon's warning", |m| m.sentence.contains("Yoon Suk Yeol a averti Moscou"));
    assert_eq!(m.source.as_deref(), Some("KORGOV"));
    assert_eq!(m.target.as_deref(), Some("RUSGOV"));
    assert_eq!(m.cameo_root, "13");
    assert_eq!(m.factuality, Factuality::Asserted);
}

#[test]
fn the_planned_engineering_deployment_to_donetsk() {
    let m = find("the Donetsk deployment", |m| m.sentence.contains("oblast occupé de Donetsk"));
    assert_eq!(m.source.as_deref(), Some("PRKMIL"));
    assert_eq!(m.factuality, Factuality::Planned);
    assert_eq!(m.date.as_deref(), Some("2024-07"));
    assert_eq!(m.date_precision, Some(DatePrecision::Month));
    let loc = m.location.as_ref().expect("a place");
    assert_eq!(loc.country, "UKR");
    assert!((loc.lat - 48.0).abs() < 1.0 && (loc.lon - 37.8).abs() < 1.5, "{loc:?}");
}

#[test]
fn the_delegation_is_to_take_part_in_exchanges_with_its_host() {
    // The sentence names no partner: the delegation's visit to Russia does.
    let m = find("the training exchanges", |m| m.sentence.contains("participer à des échanges de formation"));
    assert_eq!(m.source.as_deref(), Some("PRKMIL"));
    assert_eq!(m.target.as_deref(), Some("RUS"));
    assert_eq!(m.cameo, "062");
    assert_eq!(m.factuality, Factuality::Planned);
}

#[test]
fn nothing_the_article_only_imagines_is_asserted() {
    let gold: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(GOLD).unwrap()).unwrap();
    for item in gold["must_not_be_asserted"].as_array().unwrap() {
        let evidence = item["evidence"].as_str().unwrap();
        for m in mentions().iter().filter(|m| m.sentence.contains(evidence)) {
            let offset = m.spans.sentence.0 + m.sentence[..m.sentence.find(evidence).unwrap()].chars().count();
            let inside = m.spans.verb.0 >= offset && m.spans.verb.1 <= offset + evidence.chars().count();
            assert!(!(inside && m.factuality == Factuality::Asserted), "asserted: {evidence} ({})", m.rule);
        }
    }
    // Any verb governed by "pourrait(ent)" — the modal a few words before it, with no clause break between.
    let text: Vec<char> = coded().0.text.chars().collect();
    for m in mentions() {
        let before: String = text[m.spans.verb.0.saturating_sub(30).max(m.spans.sentence.0)..m.spans.verb.0].iter().collect();
        if let Some(i) = before.rfind("pourrai") {
            let between = &before[i..];
            if !between.contains(" que ") && !between.contains(',') {
                assert_ne!(m.factuality, Factuality::Asserted, "«{}» ({})", m.sentence, m.rule);
            }
        }
    }
}

#[test]
fn the_advert_is_boilerplate_and_yields_nothing() {
    let last = coded().1.sentences.last().unwrap();
    assert_eq!(last.text, "Nous sommes le spécialiste du vol en avion de chasse.");
    assert!(last.boilerplate);
    assert_eq!(coded().1.sentences.iter().filter(|s| s.boilerplate).count(), 1);
    assert!(mentions().iter().all(|m| m.sentence_index != last.index));
}

#[test]
fn spans_point_at_the_words_in_the_article() {
    let text: Vec<char> = coded().0.text.chars().collect();
    let slice = |s: vigie_model::Span| text[s.0..s.1].iter().collect::<String>();
    assert!(!mentions().is_empty());
    for m in mentions() {
        assert_eq!(slice(m.spans.sentence), m.sentence);
        assert_eq!(Some(slice(m.spans.source.unwrap())), m.source_text);
        if let (Some(t), Some(tt)) = (m.spans.target, &m.target_text) {
            assert_eq!(&slice(t), tt);
        }
        assert!(m.spans.verb.0 >= m.spans.sentence.0 && m.spans.verb.1 <= m.spans.sentence.1);
        assert!(!m.rule.is_empty());
        let code = lexicon().cameo.get(&m.cameo).unwrap();
        assert_eq!((m.goldstein, m.quad_class, &m.cameo_root), (code.goldstein, code.quad_class, &code.root));
    }
}

#[test]
fn coding_is_deterministic() {
    let again = Coder::new(lexicon()).code(&coded().0).unwrap();
    assert_eq!(again.mentions, coded().1.mentions);
}
