//! Integrity of the shipped lexicons: everything parses (the loader refuses
//! unknown CAMEO codes, undefined lemmas, duplicate ids, patterns and forms,
//! terms of office for unknown people, malformed dates), and the data covers
//! what the coder relies on.

use std::collections::{BTreeSet, HashMap, HashSet};

use vigie_lexicon::{CountryKind, EntityRef, Lexicon, PlaceKind};

fn lexicon() -> &'static Lexicon {
    static LEX: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    LEX.get_or_init(|| Lexicon::embedded().unwrap_or_else(|e| panic!("shipped lexicons must load: {e}")))
}

#[test]
fn the_repository_folder_and_the_embedded_copy_agree() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lexicons");
    let from_dir = Lexicon::from_dir(&dir).expect("lexicons folder loads");
    let embedded = lexicon();
    assert_eq!(from_dir.cameo.len(), embedded.cameo.len());
    assert_eq!(from_dir.places.len(), embedded.places.len());
    assert_eq!(from_dir.people.len(), embedded.people.len());
    for (code, lang) in embedded.languages() {
        let other = from_dir.language(code).expect("same languages");
        assert_eq!(lang.verbs.len(), other.verbs.len(), "{code} verbs");
        assert_eq!(lang.entities.len(), other.entities.len(), "{code} entities");
    }
}

#[test]
fn cameo_table_is_the_whole_codebook() {
    let lex = lexicon();
    assert_eq!(lex.cameo.len(), 310);
    let roots: BTreeSet<&str> = lex.cameo.iter().map(|c| c.root.as_str()).collect();
    assert_eq!(roots.len(), 20);
    for c in lex.cameo.iter() {
        let expected_quad = match c.root.parse::<u8>().unwrap() {
            1..=5 => 1,
            6..=8 => 2,
            9..=13 => 3,
            _ => 4,
        };
        assert_eq!(c.quad_class, expected_quad, "quad class of {}", c.code);
        assert!(lex.cameo.get(&c.root).is_some(), "root of {} exists", c.code);
    }
    assert_eq!(lex.cameo.get("042").unwrap().goldstein, 1.9);
    assert_eq!(lex.cameo.get("057").unwrap().goldstein, 8.0);
}

#[test]
fn every_language_has_every_kind_of_file() {
    let lex = lexicon();
    let codes: Vec<&str> = lex.languages().map(|(c, _)| c).collect();
    assert!(codes.contains(&"fr") && codes.contains(&"en"), "French and English: {codes:?}");
    for (code, lang) in lex.languages() {
        assert!(lang.verbs.len() >= 200, "{code}: {} verb patterns", lang.verbs.len());
        let roots: HashSet<&str> = lang.verbs.iter().map(|v| lex.cameo.get(&v.cameo).unwrap().root.as_str()).collect();
        assert_eq!(roots.len(), 20, "{code}: verb patterns cover every CAMEO root");
        assert!(lang.cues.len() >= 15, "{code}: cues");
        assert!(!lang.boilerplate.is_empty(), "{code}: boilerplate");
    }
}

#[test]
fn every_country_has_names_adjectives_and_a_place_in_both_languages() {
    let lex = lexicon();
    for (code, lang) in lex.languages() {
        let mut kinds: HashMap<String, HashSet<CountryKind>> = HashMap::new();
        for (_, refs, _) in lang.entities.iter() {
            for r in refs {
                if let EntityRef::Country { code, kind } = r {
                    kinds.entry(code.clone()).or_default().insert(*kind);
                }
            }
        }
        assert!(kinds.len() >= 249, "{code}: {} countries", kinds.len());
        for (country, k) in &kinds {
            assert!(k.contains(&CountryKind::Name), "{code}: {country} has no name");
        }
        for major in ["RUS", "PRK", "KOR", "USA", "FRA", "CHN", "UKR", "JPN", "DEU", "GBR", "IRN", "ISR"] {
            let k = &kinds[major];
            assert!(k.contains(&CountryKind::Adjective) && k.contains(&CountryKind::Capital), "{code}: {major} {k:?}");
        }
    }
    let placed: HashSet<&str> = lex.places.iter().filter(|p| p.kind == PlaceKind::Country).map(|p| p.country.as_str()).collect();
    assert!(placed.len() >= 245, "{} countries in the gazetteer", placed.len());
    for major in ["RUS", "PRK", "KOR", "USA", "UKR"] {
        assert!(lex.country_place(major).is_some(), "{major} has a centroid");
    }
}

#[test]
fn inflected_french_forms_resolve() {
    let lex = lexicon();
    let fr = lex.language("fr").unwrap();
    for (form, want) in [("nord-coréenne", "PRK"), ("sud-coréens", "KOR"), ("russes", "RUS"), ("Corée du Nord", "PRK"), ("Américains", "USA")] {
        let phrase = fr.pack.phrase(form).join(" ");
        let refs = fr.entities.lookup(&phrase);
        assert!(
            refs.iter().any(|r| matches!(r, EntityRef::Country { code, .. } if code == want)),
            "{form} → {want}: {refs:?}"
        );
    }
    let moscou = fr.entities.lookup("moscou");
    assert!(moscou.iter().any(|r| matches!(r, EntityRef::Country { code, kind: CountryKind::Capital } if code == "RUS")));
    let armee = fr.entities.lookup("armee");
    assert!(armee.contains(&EntityRef::Agent("MIL".into())));
}

#[test]
fn people_carry_their_terms_of_office() {
    let lex = lexicon();
    let by_name = |name: &str| lex.people.iter().find(|p| p.names.iter().any(|n| n == name)).unwrap_or_else(|| panic!("{name} is known"));
    let yoon = by_name("Yoon Suk Yeol");
    assert_eq!(yoon.code_on(Some("2024-06-19")), "KORGOV");
    assert_eq!(yoon.code_on(Some("2025-06-01")), "KORELI");
    assert_eq!(by_name("Kim Jong Un").code_on(Some("2024")), "PRKGOV");
    assert_eq!(by_name("Jens Stoltenberg").code_on(Some("2024-06")), "NATO");
    assert_eq!(by_name("Joe Biden").code_on(Some("2021-06-01")), "USAGOV");
    assert_eq!(by_name("Joe Biden").code_on(Some("2025-03-01")), "USAELI");
    assert!(lex.people.len() >= 10_000, "{} people (hand-made and imported)", lex.people.len());
    // An imported actor: Phoenix knows Thatcher's terms.
    assert_eq!(by_name("Margaret Thatcher").code_on(Some("1987-06-01")), "GBRGOV");
    for p in &lex.people {
        assert!(!p.roles.is_empty(), "{} has at least one role", p.id);
        assert!(!p.names.is_empty());
    }
}

#[test]
fn broken_files_are_refused_with_file_and_line() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lexicons");
    let mut files: Vec<(String, String)> = Vec::new();
    fn walk(d: &std::path::Path, root: &std::path::Path, out: &mut Vec<(String, String)>) {
        for e in std::fs::read_dir(d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, root, out);
            } else if p.extension().is_some_and(|x| x == "tsv") {
                out.push((p.strip_prefix(root).unwrap().to_string_lossy().into(), std::fs::read_to_string(&p).unwrap()));
            }
        }
    }
    walk(&dir, &dir, &mut files);
    let with = |path: &str, extra: &str| {
        let mut f = files.clone();
        let entry = f.iter_mut().find(|(p, _)| p == path).unwrap();
        entry.1.push_str(extra);
        Lexicon::from_files(f).unwrap_err()
    };
    let e = with("verbs/fr.tsv", "fr.bogus\t999\t-\tbidule\n");
    assert!(e.message.contains("999") && e.file == "verbs/fr.tsv", "{e}");
    let e = with("verbs/en.tsv", "en.bogus2\t042\t-\t<nosuchlemma>\n");
    assert!(e.message.contains("nosuchlemma"), "{e}");
    let e = with("actors/roles.tsv", "nobody-at-all\tUSAGOV\t2020-01-01\t-\tNobody\n");
    assert!(e.message.contains("unknown person"), "{e}");
    let e = with("actors/countries.tsv", "RUS\tfr\tcapital\tMoskva\n");
    assert!(e.message.contains("duplicate entry RUS fr capital"), "{e}");
    let e = with("cues/fr.tsv", "fr.neg.ne_pas\tnegated\tclause\tjamais\n");
    assert!(e.message.contains("duplicate id"), "{e}");
}

#[test]
fn ambiguous_names_are_listed_and_resolved_by_rank() {
    let lex = lexicon();
    for lang in ["fr", "en"] {
        let amb = lex.ambiguities(lang);
        println!("{lang}: {} ambiguous forms", amb.len());
        for (form, refs) in &amb {
            println!("  {form}: {refs:?}");
        }
        // Two countries never share a form: the matcher could not choose.
        for (form, refs) in &amb {
            let countries: std::collections::HashSet<&str> = refs
                .iter()
                .filter_map(|r| match r {
                    EntityRef::Country { code, .. } => Some(code.as_str()),
                    _ => None,
                })
                .collect();
            assert!(countries.len() <= 1, "{lang}: {form} names several countries: {countries:?}");
        }
    }
}

#[test]
fn proper_names_need_a_capital_and_acronyms_capitals() {
    let lex = lexicon();
    let en = lex.language("en").unwrap();
    let scan = |text: &str| {
        let toks = vigie_text::tokenize(text, &en.pack);
        en.entities.scan(&toks).into_iter().map(|m| toks[m.start].norm.clone()).collect::<Vec<_>>()
    };
    assert!(scan("They told us it was nice to chad.").is_empty());
    assert_eq!(scan("The US sent troops to Chad."), ["us", "troops", "chad"]);
}

#[test]
fn no_two_people_hold_one_seat_at_once() {
    let overlaps = lexicon().overlapping_terms();
    for o in &overlaps {
        println!("overlap: {o:?}");
    }
    assert!(overlaps.is_empty(), "{} overlapping terms: {overlaps:?}", overlaps.len());
}

#[test]
fn every_actor_of_the_founding_article_gold_resolves_to_an_accepted_code() {
    let gold_path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/eval/seed_gold.json");
    let gold: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(gold_path).unwrap()).unwrap();
    let lex = lexicon();
    let fr = lex.language("fr").unwrap();
    for actor in gold["actors"].as_array().unwrap() {
        let mention = actor["mention"].as_str().unwrap();
        let accepted: Vec<&str> = actor["code"].as_array().unwrap().iter().map(|c| c.as_str().unwrap()).collect();
        let toks = vigie_text::tokenize(mention, &fr.pack);
        let matches = fr.entities.scan(&toks);
        assert_eq!(matches.len(), 1, "{mention} is one entry: {matches:?}");
        let code = matches[0].refs.iter().find_map(|r| match r {
            EntityRef::Person(p) => Some(lex.people[*p].code_on(Some("2024-06-20"))),
            EntityRef::Organisation(o) => Some(o.clone()),
            EntityRef::Country { code, kind: CountryKind::Capital | CountryKind::Seat } => Some(format!("{code}GOV")),
            EntityRef::Country { code, .. } => Some(code.clone()),
            _ => None,
        });
        let code = code.unwrap_or_else(|| panic!("{mention}: no actor entry"));
        assert!(accepted.contains(&code.as_str()), "{mention} → {code}, accepted {accepted:?}");
    }
}

#[test]
fn recent_office_holders_are_named_in_french_and_dated_by_their_terms() {
    let lex = lexicon();
    let fr = lex.language("fr").unwrap();
    // A French mention is one person, coded by the terms in force on the event's date.
    let code_on = |mention: &str, date: &str| {
        let toks = vigie_text::tokenize(mention, &fr.pack);
        let matches = fr.entities.scan(&toks);
        assert_eq!(matches.len(), 1, "{mention} is one entry: {matches:?}");
        let person = matches[0]
            .refs
            .iter()
            .find_map(|r| match r {
                EntityRef::Person(p) => Some(*p),
                _ => None,
            })
            .unwrap_or_else(|| panic!("{mention} names a person"));
        lex.people[person].code_on(Some(date))
    };
    // Ministers of the Barnier, Bayrou and Lecornu governments, in office and after.
    assert_eq!(code_on("Bruno Retailleau", "2025-04-10"), "FRAGOV");
    assert_eq!(code_on("Retailleau", "2026-03-01"), "FRAELI", "replaced at the Interior on 2025-10-12");
    assert_eq!(code_on("Éric Lombard", "2025-06-01"), "FRAGOV");
    assert_eq!(code_on("Eric Lombard", "2025-11-01"), "FRAELI");
    assert_eq!(code_on("Astrid Panosyan-Bouvet", "2025-05-15"), "FRAGOV");
    assert_eq!(code_on("Thani Mohamed Soilihi", "2024-11-01"), "FRAGOV");
    assert_eq!(code_on("Gérald Darmanin", "2019-01-01"), "FRAGOV");
    assert_eq!(code_on("Didier Migaud", "2025-06-01"), "FRAELI");
    // Abroad: foreign ministers, heads of state, commissioners, a rebel commander.
    assert_eq!(code_on("Ahmed Attaf", "2025-05-01"), "DZAGOV");
    assert_eq!(code_on("Nikos Dendias", "2025-05-01"), "GRCGOV");
    assert_eq!(code_on("Daniel Noboa", "2025-05-01"), "ECUGOV");
    assert_eq!(code_on("Guillermo Lasso", "2025-05-01"), "ECUELI");
    assert_eq!(code_on("Nicolás Maduro", "2026-02-01"), "VENELI");
    assert_eq!(code_on("Valdis Dombrovskis", "2025-05-01"), "EUR");
    assert_eq!(code_on("Hemedti", "2024-01-01"), "SDNREB");
    assert_eq!(code_on("Hemedti", "2021-01-01"), "SDNGOV");
    // Titles find the new holders through the office wording of their terms.
    let title = |key: &str| lex.titles.iter().position(|t| t.key == key && t.lang == "fr").unwrap();
    let holder = |key: &str, country: &str, date: &str| lex.title_holder(title(key), country, Some(date)).map(|p| lex.people[p].id.as_str());
    assert_eq!(holder("foreign_minister", "DZA", "2025-05-01"), Some("ahmed-attaf"));
    assert_eq!(holder("foreign_minister", "DZA", "2022-05-01"), Some("ramtane-lamamra"));
    assert_eq!(holder("prime_minister", "ESP", "2025-05-01"), Some("pedro-sanchez"));
    assert_eq!(holder("prime_minister", "MAR", "2025-05-01"), Some("aziz-akhannouch"));
    assert_eq!(holder("defence_minister", "FRA", "2025-10-08"), Some("bruno-le-maire"));
    assert_eq!(holder("president", "SDN", "2025-05-01"), Some("abdel-fattah-al-burhan"));
}
