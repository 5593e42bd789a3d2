use super::*;
use vigie_model::{Factuality, MentionSpans, Span};

fn mention(article: &str, sentence: &str) -> Mention {
    Mention {
        article_id: article.into(),
        sentence_index: 0,
        sentence: sentence.into(),
        source: Some("RUS".into()),
        source_text: Some("Russia".into()),
        target: Some("UKR".into()),
        target_text: Some("Ukraine".into()),
        source_person: None,
        target_person: None,
        cameo: "190".into(),
        cameo_label: "Use conventional military force".into(),
        cameo_root: "19".into(),
        quad_class: 4,
        goldstein: -10.0,
        plover_event: Some("ASSAULT".into()),
        plover_mode: None,
        factuality: Factuality::Asserted,
        date: Some("2024".into()),
        date_precision: Some(DatePrecision::Year),
        date_source: None,
        historical: false,
        location: None,
        first: false,
        symmetric: false,
        rule: "en.test".into(),
        spans: MentionSpans { sentence: Span(0, 24), source: Some(Span(0, 6)), target: Some(Span(16, 23)), verb: Span(7, 15) },
        language: "en".into(),
        confidence: Some(0.9),
        source_country: Some("RUS".into()),
        source_org: None,
        target_country: Some("UKR".into()),
        target_org: None,
    }
}

fn article(id: &str, text: &str) -> Article {
    Article { id: id.into(), text: text.into(), date: None, lang: None, title: None, url: None }
}

/// One article of one sentence stating the given mentions.
#[derive(Clone)]
struct Doc {
    article: Article,
    sentences: Vec<SentenceRecord>,
    mentions: Vec<Mention>,
}

fn doc(id: &str, url: Option<&str>, published: Option<&str>, text: &str, mentions: Vec<Mention>) -> Doc {
    let article = Article {
        id: id.into(),
        text: text.into(),
        date: published.map(str::to_string),
        lang: None,
        title: None,
        url: url.map(str::to_string),
    };
    let n = text.chars().count();
    let sentences = vec![SentenceRecord { index: 0, span: Span(0, n), text: text.into(), boilerplate: false }];
    let mentions = mentions
        .into_iter()
        .map(|mut m| {
            m.article_id = id.into();
            m.sentence = text.into();
            m.spans.sentence = Span(0, n);
            // Country codes throughout, as the coder would describe them.
            let country = |c: &Option<String>| c.as_deref().filter(|c| c.bytes().take(3).all(|b| b.is_ascii_uppercase())).and_then(|c| c.get(..3)).map(str::to_string);
            if m.source_org.is_none() {
                m.source_country = country(&m.source);
            }
            if m.target_org.is_none() {
                m.target_country = country(&m.target);
            }
            m
        })
        .collect();
    Doc { article, sentences, mentions }
}

fn write(store: &mut Store, docs: &[Doc]) -> BatchReport {
    let recs: Vec<ArticleRecord> = docs
        .iter()
        .map(|d| ArticleRecord { article: &d.article, language: "en", sentences: &d.sentences, mentions: &d.mentions })
        .collect();
    store.write_batch(&recs).unwrap()
}

/// A store in memory holding `docs`, written in plain batches of `batch`
/// articles: the reference a bulk or interrupted load must equal.
fn written_in_memory(docs: &[Doc], batch: usize) -> Store {
    let mut store = Store::open_in_memory().unwrap();
    for chunk in docs.chunks(batch) {
        write(&mut store, chunk);
    }
    store
}

fn kim_visit(date: &str, precision: DatePrecision, factuality: Factuality) -> Mention {
    let mut m = mention("", "");
    m.source = Some("PRKMIL".into());
    m.source_text = Some("une délégation militaire nord-coréenne".into());
    m.target = Some("RUS".into());
    m.target_text = Some("Russie".into());
    m.cameo = "042".into();
    m.cameo_label = "Make a visit".into();
    m.cameo_root = "04".into();
    m.quad_class = 1;
    m.goldstein = 1.9;
    m.plover_event = Some("CONSULT".into());
    m.plover_mode = Some("visit".into());
    m.date = Some(date.into());
    m.date_precision = Some(precision);
    m.factuality = factuality;
    m.location = Some(Location { name: "Moscou".into(), country: "RUS".into(), lat: 55.75, lon: 37.62, place_id: "moscow".into() });
    m
}

#[test]
fn storing_the_same_text_twice_changes_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let a = article("a", "Russia attacked Ukraine.");
    let sentences = [SentenceRecord { index: 0, span: Span(0, 24), text: a.text.clone(), boilerplate: false }];
    let mentions = [mention("a", "Russia attacked Ukraine.")];
    let rec = ArticleRecord { article: &a, language: "en", sentences: &sentences, mentions: &mentions };
    let first = store.write_batch(&[rec]).unwrap();
    assert_eq!(
        first,
        BatchReport { articles_stored: 1, articles_already_stored: 0, articles_duplicate: 0, mentions_stored: 1, events_created: 1 }
    );
    let rec = ArticleRecord { article: &a, language: "en", sentences: &sentences, mentions: &mentions };
    let second = store.write_batch(&[rec]).unwrap();
    assert_eq!(second.articles_already_stored, 1);
    assert_eq!(second.mentions_stored, 0);
    assert_eq!(store.counts().unwrap(), Counts { articles: 1, sentences: 1, mentions: 1, events: 1 });
    assert_eq!(store.mentions_of_article_text(&a.text).unwrap(), mentions.to_vec());
}

#[test]
fn a_failing_batch_leaves_nothing_behind() {
    let mut store = Store::open_in_memory().unwrap();
    let good = article("good", "Russia attacked Ukraine.");
    let bad = article("bad", "Another text.");
    let sentences = [SentenceRecord { index: 0, span: Span(0, 24), text: good.text.clone(), boilerplate: false }];
    let good_mentions = [mention("good", "Russia attacked Ukraine.")];
    // A mention pointing at a sentence that does not exist breaks the foreign key.
    let mut orphan = mention("bad", "Another text.");
    orphan.sentence_index = 7;
    let bad_mentions = [orphan];
    let batch = [
        ArticleRecord { article: &good, language: "en", sentences: &sentences, mentions: &good_mentions },
        ArticleRecord { article: &bad, language: "en", sentences: &[], mentions: &bad_mentions },
    ];
    assert!(store.write_batch(&batch).is_err());
    assert_eq!(store.counts().unwrap(), Counts::default());
}

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("vigie-store-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[test]
fn a_store_file_reopens_at_the_current_schema() {
    let dir = scratch("reopen");
    let path = dir.join("nested/vigie.db");
    {
        let store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), schema::MIGRATIONS.len() as i64);
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.counts().unwrap(), Counts::default());
    let page_size = |s: &Store| s.conn.query_row("PRAGMA main.page_size", [], |r| r.get::<_, i64>(0)).unwrap();
    assert_eq!(page_size(&store), 8192, "a new store has 8 KiB pages");
    // A store made with SQLite's default pages keeps them.
    let older = dir.join("older.db");
    {
        let conn = Connection::open(&older).unwrap();
        conn.execute_batch(schema::MIGRATIONS[0]).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
    }
    let store = Store::open(&older).unwrap();
    assert_eq!((page_size(&store), store.schema_version().unwrap()), (4096, schema::MIGRATIONS.len() as i64));
    drop(store);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_store_of_schema_1_opens_with_its_mentions_folded_into_events() {
    let dir = scratch("v1");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("old.db");
    let text = "Russia attacked Ukraine. Russia attacked Ukraine again.";
    let m1 = {
        let mut m = mention("old", "Russia attacked Ukraine.");
        m.date = Some("2024-03-02".into());
        m.date_precision = Some(DatePrecision::Day);
        // Schema 1 had no confidence: its mentions open without one.
        m.confidence = None;
        m
    };
    let m2 = {
        let mut m = m1.clone();
        m.sentence_index = 1;
        m.sentence = "Russia attacked Ukraine again.".into();
        m.spans.sentence = Span(25, 55);
        m.date = Some("2024-03".into());
        m.date_precision = Some(DatePrecision::Month);
        m.factuality = Factuality::Hypothetical;
        m
    };
    {
        // What version 1 of the store wrote.
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(schema::MIGRATIONS[0]).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        conn.execute(
            "INSERT INTO articles (external_id, content_hash, url, language, text) VALUES ('old', ?1, 'https://a.example/x', 'en', ?2)",
            params![content_hash(text), text],
        )
        .unwrap();
        for (i, (s, e)) in [(0, 24), (25, 55)].into_iter().enumerate() {
            let t: String = text.chars().skip(s).take(e - s).collect();
            conn.execute("INSERT INTO sentences VALUES (1, ?1, ?2, ?3, ?4, 0)", params![i as i64, s as i64, e as i64, t]).unwrap();
        }
        for m in [&m1, &m2] {
            conn.execute(
                "INSERT INTO mentions (article_id, sentence_idx, source, source_text, target, target_text, cameo, cameo_root,
                    quad_class, goldstein, factuality, event_date, date_precision, historical, is_first, symmetric, rule, language,
                    verb_start, verb_end, json)
                 VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 0, 0, 0, ?13, 'en', ?14, ?15, ?16)",
                params![
                    m.sentence_index as i64,
                    m.source,
                    m.source_text,
                    m.target,
                    m.target_text,
                    m.cameo,
                    m.cameo_root,
                    m.quad_class,
                    m.goldstein,
                    m.factuality.as_str(),
                    m.date,
                    m.date_precision.map(|p| p.as_str()),
                    m.rule,
                    m.spans.verb.0 as i64,
                    m.spans.verb.1 as i64,
                    serde_json::to_string(m).unwrap()
                ],
            )
            .unwrap();
        }
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), schema::MIGRATIONS.len() as i64);
    assert_eq!(store.all_mentions().unwrap(), vec![m1.clone(), m2.clone()]);
    let events = store.events(&EventFilter::default()).unwrap();
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!((events[0].num_mentions, events[0].num_articles, events[0].num_sources), (2, 1, 1));
    assert_eq!(events[0].factuality, Factuality::Asserted);
    assert_eq!(events[0].publisher, "a.example");
    // Its articles got their duplicate keys: the same URL is now a duplicate.
    drop(store);
    let mut store = Store::open(&path).unwrap();
    let copy = doc("new", Some("http://a.example/x/"), None, "Different words.", vec![]);
    assert_eq!(write(&mut store, &[copy]).articles_duplicate, 1);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn copies_of_an_article_by_url_or_normalised_text_are_stored_once() {
    // Checked by SQL lookups and by the folding index's digests (bulk loads).
    for lookup in [FoldLookup::Sql, FoldLookup::Memory] {
        let mut store = Store::open_in_memory().unwrap();
        store.set_fold_lookup(lookup);
        let original = doc("o", Some("https://www.lemonde.fr/a.html"), None, "Kim arrive à Moscou.", vec![]);
        let same_url = doc("u", Some("http://lemonde.fr/a.html#comments"), None, "Kim est arrivé à Moscou hier.", vec![]);
        let same_text = doc("t", Some("https://other.example/b"), None, "  KIM arrive\u{a0}a\u{300} Moscou. ", vec![]);
        let other = doc("x", Some("https://lemonde.fr/b.html"), None, "Kim quitte Moscou.", vec![]);
        let r = write(&mut store, &[original.clone(), same_url.clone(), same_text, other.clone()]);
        assert_eq!((r.articles_stored, r.articles_duplicate, r.articles_already_stored), (2, 2, 0), "{lookup:?}");
        // In a later batch (the index built from the store, or kept).
        let r = write(&mut store, &[original, same_url, other]);
        assert_eq!((r.articles_stored, r.articles_duplicate, r.articles_already_stored), (0, 1, 2), "{lookup:?}");
        store.set_fold_lookup(lookup);
        let r = write(&mut store, &[doc("y", Some("https://www.lemonde.fr/a.html/"), None, "Autre texte.", vec![])]);
        assert_eq!(r.articles_duplicate, 1, "{lookup:?}");
        assert_eq!(store.counts().unwrap().articles, 2);
    }
}

#[test]
fn one_event_reported_in_french_and_english_with_different_date_precision_is_one_event() {
    let mut store = Store::open_in_memory().unwrap();
    let mut fr_visit = kim_visit("2024-06-19", DatePrecision::Day, Factuality::Asserted);
    fr_visit.language = "fr".into();
    let fr = doc(
        "fr1",
        Some("https://www.lemonde.fr/international/article/kim.html"),
        Some("2024-06-20"),
        "Une délégation militaire nord-coréenne s'est rendue à Moscou le 19 juin.",
        vec![fr_visit],
    );
    let mut en_visit = kim_visit("2024-06", DatePrecision::Month, Factuality::Asserted);
    en_visit.source = Some("PRK".into());
    en_visit.source_text = Some("North Korea".into());
    en_visit.target_text = Some("Russia".into());
    en_visit.language = "en".into();
    en_visit.location = Some(Location { name: "Moscow".into(), country: "RUS".into(), lat: 55.75, lon: 37.62, place_id: "moscow".into() });
    let en = doc("en1", Some("https://www.reuters.com/world/kim"), Some("2024-06-25"), "North Korea sent a military delegation to Moscow in June.", vec![en_visit]);
    let r1 = write(&mut store, &[en]);
    let r2 = write(&mut store, &[fr]);
    assert_eq!((r1.events_created, r2.events_created), (1, 0));
    let events = store.events(&EventFilter::default()).unwrap();
    assert_eq!(events.len(), 1, "{events:#?}");
    let e = &events[0];
    assert_eq!((e.num_mentions, e.num_articles, e.num_sources), (2, 2, 2));
    assert_eq!(e.date.as_deref(), Some("2024-06-19"), "the more precise date wins");
    assert_eq!(e.date_precision, Some(DatePrecision::Day));
    assert_eq!((e.first_seen.as_deref(), e.last_seen.as_deref()), (Some("2024-06-20"), Some("2024-06-25")));
    assert_eq!(e.publisher, "reuters.com");
    let (_, mentions) = store.event(e.id).unwrap().unwrap();
    let langs: Vec<&str> = mentions.iter().map(|m| m.mention.language.as_str()).collect();
    assert_eq!(langs, ["en", "fr"]);
    assert!(mentions.iter().all(|m| m.event_id == e.id));
    // A second article of the same publisher adds a mention, not a source.
    let mut again = kim_visit("2024-06-19", DatePrecision::Day, Factuality::Asserted);
    again.language = "fr".into();
    let fr2 = doc("fr2", Some("https://www.lemonde.fr/live/kim"), Some("2024-06-21"), "Les militaires nord-coréens sont à Moscou depuis le 19 juin.", vec![again]);
    write(&mut store, &[fr2]);
    let e = &store.events(&EventFilter::default()).unwrap()[0];
    assert_eq!((e.num_mentions, e.num_articles, e.num_sources), (3, 3, 2));
}

#[test]
fn two_different_events_of_one_dyad_stay_two_events() {
    let mut store = Store::open_in_memory().unwrap();
    let june = doc("a", Some("https://a.example/1"), None, "Kim's officers visited Moscow on 19 June.", vec![kim_visit("2024-06-19", DatePrecision::Day, Factuality::Asserted)]);
    let nov = doc("b", Some("https://b.example/2"), None, "Kim's officers visited Moscow on 4 November.", vec![kim_visit("2024-11-04", DatePrecision::Day, Factuality::Asserted)]);
    let mut vlad = kim_visit("2024-06-19", DatePrecision::Day, Factuality::Asserted);
    vlad.location = Some(Location { name: "Vladivostok".into(), country: "RUS".into(), lat: 43.1, lon: 131.9, place_id: "vlad".into() });
    let elsewhere = doc("c", Some("https://c.example/3"), None, "Other officers visited Vladivostok the same day.", vec![vlad]);
    let mut threat = kim_visit("2024-06-19", DatePrecision::Day, Factuality::Asserted);
    threat.cameo = "138".into();
    threat.cameo_root = "13".into();
    let other_code = doc("d", Some("https://d.example/4"), None, "The same day they threatened Russia.", vec![threat]);
    let r = write(&mut store, &[june, nov, elsewhere, other_code]);
    assert_eq!(r.events_created, 4);
    assert_eq!(store.counts().unwrap().events, 4);
    let dyad = EventFilter { source: Some("PRK".into()), target: Some("RUS".into()), ..Default::default() };
    assert_eq!(store.events(&dyad).unwrap().len(), 4);
}

#[test]
fn an_asserted_mention_outranks_hypothetical_ones_and_the_mentions_stay_listed() {
    for asserted_first in [false, true] {
        let mut store = Store::open_in_memory().unwrap();
        let hypo = doc("h", Some("https://h.example/1"), None, "Kim might visit Moscow in June.", vec![kim_visit("2024-06", DatePrecision::Month, Factuality::Hypothetical)]);
        let fact = doc("f", Some("https://f.example/1"), None, "Kim's officers visited Moscow on 19 June.", vec![kim_visit("2024-06-19", DatePrecision::Day, Factuality::Asserted)]);
        let docs = if asserted_first { [fact, hypo] } else { [hypo, fact] };
        write(&mut store, &docs);
        let events = store.events(&EventFilter::default()).unwrap();
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].factuality, Factuality::Asserted);
        let (_, mentions) = store.event(events[0].id).unwrap().unwrap();
        let mut f: Vec<Factuality> = mentions.iter().map(|m| m.mention.factuality).collect();
        f.sort_by_key(|f| f.as_str());
        assert_eq!(f, [Factuality::Asserted, Factuality::Hypothetical]);
        let asserted = EventFilter { factuality: Some(Factuality::Asserted), ..Default::default() };
        assert_eq!(store.events(&asserted).unwrap().len(), 1);
        let hypothetical = EventFilter { factuality: Some(Factuality::Hypothetical), ..Default::default() };
        assert_eq!(store.events(&hypothetical).unwrap().len(), 0);
    }
}

#[test]
fn symmetric_meetings_fold_whichever_side_is_named_first() {
    let mut store = Store::open_in_memory().unwrap();
    let meet = |s: &str, t: &str| {
        let mut m = kim_visit("2024-06-19", DatePrecision::Day, Factuality::Asserted);
        m.source = Some(s.into());
        m.target = Some(t.into());
        m.cameo = "040".into();
        m.symmetric = true;
        m
    };
    let a = doc("a", Some("https://a.example/1"), None, "Putin and Kim met.", vec![meet("RUSGOV", "PRKGOV")]);
    let b = doc("b", Some("https://b.example/1"), None, "Kim and Putin met.", vec![meet("PRKGOV", "RUSGOV")]);
    write(&mut store, &[a, b]);
    assert_eq!(store.counts().unwrap().events, 1);
    // A one-sided visit the other way round is another event.
    let c = doc("c", Some("https://c.example/1"), None, "Russia visited North Korea.", vec![{
        let mut m = meet("RUS", "PRK");
        m.symmetric = false;
        m.cameo = "042".into();
        m
    }]);
    write(&mut store, &[c]);
    assert_eq!(store.counts().unwrap().events, 1, "RUS→PRK 042 folds into the symmetric RUS–PRK meeting (same root 04)");
    let d = doc("d", Some("https://d.example/1"), None, "North Korea accused Russia.", vec![{
        let mut m = meet("PRK", "RUS");
        m.symmetric = false;
        m.cameo = "112".into();
        m.cameo_root = "11".into();
        m
    }]);
    write(&mut store, &[d]);
    assert_eq!(store.counts().unwrap().events, 2);
}

#[test]
fn filters_select_events_and_text_search_takes_user_text_as_a_phrase() {
    let mut store = Store::open_in_memory().unwrap();
    let visit = doc("a", Some("https://a.example/1"), None, "Des officiers nord-coréens sont arrivés à Moscou.", vec![kim_visit("2024-06-19", DatePrecision::Day, Factuality::Asserted)]);
    let mut strike = mention("", "");
    strike.date = Some("2024-03-02".into());
    strike.date_precision = Some(DatePrecision::Day);
    strike.source = Some("RUSMIL".into());
    let attack = doc("b", Some("https://b.example/1"), None, "Russian forces \"struck\" Kharkiv OR Kyiv.", vec![strike]);
    write(&mut store, &[visit, attack]);
    let ids = |f: EventFilter| -> Vec<String> { store.events(&f).unwrap().into_iter().map(|e| e.cameo).collect() };
    assert_eq!(ids(EventFilter::default()), ["190", "042"], "date order");
    assert_eq!(ids(EventFilter { actor: Some("RUS".into()), ..Default::default() }), ["190", "042"]);
    assert_eq!(ids(EventFilter { actor: Some("RUSMIL".into()), ..Default::default() }), ["190"]);
    assert_eq!(ids(EventFilter { actor: Some("UKR".into()), ..Default::default() }), ["190"]);
    assert_eq!(ids(EventFilter { source: Some("PRK".into()), target: Some("RUS".into()), ..Default::default() }), ["042"]);
    assert_eq!(ids(EventFilter { cameo: Some("04".into()), ..Default::default() }), ["042"]);
    assert_eq!(ids(EventFilter { cameo: Some("190".into()), ..Default::default() }), ["190"]);
    assert_eq!(ids(EventFilter { quad_class: Some(4), ..Default::default() }), ["190"]);
    assert_eq!(ids(EventFilter { from: Some("2024-06".into()), ..Default::default() }), ["042"]);
    assert_eq!(ids(EventFilter { to: Some("2024-05".into()), ..Default::default() }), ["190"]);
    assert_eq!(ids(EventFilter { place: Some("moscou".into()), ..Default::default() }), ["042"]);
    assert_eq!(ids(EventFilter { place: Some("RUS".into()), ..Default::default() }), ["042"]);
    assert_eq!(ids(EventFilter { text: Some("arrivés à Paris".into()), ..Default::default() }), Vec::<String>::new());
    assert_eq!(ids(EventFilter { text: Some("arrivés a MOSCOU".into()), ..Default::default() }), ["042"]);
    // FTS syntax in user text is searched for, not interpreted.
    assert_eq!(ids(EventFilter { text: Some("\"struck\" Kharkiv OR".into()), ..Default::default() }), ["190"]);
    assert_eq!(ids(EventFilter { text: Some("Kharkiv NEAR(".into()), ..Default::default() }), Vec::<String>::new());
    assert_eq!(ids(EventFilter { limit: Some(1), ..Default::default() }), ["190"]);
    for bad in [
        EventFilter { cameo: Some("4x".into()), ..Default::default() },
        EventFilter { quad_class: Some(5), ..Default::default() },
        EventFilter { from: Some("June".into()), ..Default::default() },
        EventFilter { actor: Some(" ".into()), ..Default::default() },
    ] {
        assert!(matches!(store.events(&bad), Err(StoreError::BadFilter(_))), "{bad:?}");
    }
}

#[test]
fn a_dyad_series_counts_events_per_month() {
    let mut store = Store::open_in_memory().unwrap();
    let docs: Vec<Doc> = [("a", "2024-06-19", "04"), ("b", "2024-06-25", "13"), ("c", "2024-07-02", "04")]
        .into_iter()
        .map(|(id, date, root)| {
            let mut m = kim_visit(date, DatePrecision::Day, Factuality::Asserted);
            m.cameo_root = root.into();
            m.cameo = format!("{root}0");
            m.quad_class = if root == "13" { 3 } else { 1 };
            doc(id, Some(&format!("https://{id}.example/")), None, &format!("Event {id}."), vec![m])
        })
        .collect();
    write(&mut store, &docs);
    let series = store.dyad_series("PRK", "RUS", None, None).unwrap();
    let months: Vec<(&str, u64, [u64; 4])> = series.iter().map(|p| (p.month.as_str(), p.events, p.quad)).collect();
    assert_eq!(months, [("2024-06", 2, [1, 0, 1, 0]), ("2024-07", 1, [1, 0, 0, 0])]);
    assert!(store.dyad_series("RUS", "PRK", None, None).unwrap().is_empty(), "directed");
    assert_eq!(store.dyad_series("PRKMIL", "RUS", Some("2024-07"), None).unwrap().len(), 1);
    assert!(store.dyad_series("PRKGOV", "RUS", None, None).unwrap().is_empty());
}

#[test]
fn readers_never_see_half_a_batch() {
    let dir = scratch("readers");
    let path = dir.join("v.db");
    let mut writer = Store::open(&path).unwrap();
    const PER_BATCH: u64 = 25;
    let reader_path = path.clone();
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let stop = done.clone();
    let reader = std::thread::spawn(move || {
        let store = Store::open(&reader_path).unwrap();
        let mut seen = Vec::new();
        while !stop.load(std::sync::atomic::Ordering::SeqCst) {
            let c = store.counts().unwrap();
            let events = store.events(&EventFilter::default()).unwrap().len() as u64;
            seen.push((c.articles, c.mentions, events));
        }
        seen
    });
    for b in 0..20u64 {
        let docs: Vec<Doc> = (0..PER_BATCH)
            .map(|i| {
                let n = b * PER_BATCH + i;
                let mut m = mention("", "");
                m.date = Some(format!("{}-01-01", 1900 + n));
                m.date_precision = Some(DatePrecision::Day);
                doc(&format!("a{n}"), None, None, &format!("Russia attacked Ukraine in year {n}."), vec![m])
            })
            .collect();
        write(&mut writer, &docs);
    }
    done.store(true, std::sync::atomic::Ordering::SeqCst);
    let seen = reader.join().unwrap();
    assert!(!seen.is_empty());
    for (articles, mentions, events) in seen {
        assert_eq!(articles % PER_BATCH, 0, "half a batch seen: {articles} articles");
        assert_eq!(mentions, articles, "one snapshot for all counts");
        assert_eq!(events % PER_BATCH, 0, "half a batch seen: {events} events");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn paging_with_a_cursor_lists_every_event_once_in_order_undated_ones_included() {
    let mut store = Store::open_in_memory().unwrap();
    // Distinct dyads so that nothing folds; dates out of order, ties on the
    // same day, and three undated events.
    let dates = [Some("2024-06-19"), None, Some("2023"), Some("2024-06-19"), None, Some("2024-06"), Some("1999-01-02"), None, Some("2024-06-19")];
    let docs: Vec<Doc> = dates
        .iter()
        .enumerate()
        .map(|(i, date)| {
            let mut m = mention("", "");
            m.source = Some(format!("S{i:02}"));
            m.target = Some(format!("T{i:02}"));
            m.quad_class = if i % 2 == 0 { 4 } else { 1 };
            m.date = date.map(str::to_string);
            m.date_precision = date.map(|d| match d.len() {
                4 => DatePrecision::Year,
                7 => DatePrecision::Month,
                _ => DatePrecision::Day,
            });
            doc(&format!("p{i}"), Some(&format!("https://p.example/{i}")), None, &format!("Event number {i}."), vec![m])
        })
        .collect();
    write(&mut store, &docs);
    for filter in [EventFilter::default(), EventFilter { quad_class: Some(4), ..Default::default() }] {
        let whole = store.events(&filter).unwrap();
        assert_eq!(whole.len() as u64, store.count_events(&filter).unwrap());
        let mut paged = Vec::new();
        let mut page_filter = EventFilter { limit: Some(2), ..filter.clone() };
        let mut pages = 0;
        loop {
            let page = store.events_page(&page_filter).unwrap();
            assert!(page.events.len() <= 2);
            pages += 1;
            paged.extend(page.events);
            match page.next_cursor {
                Some(c) => page_filter.after = Some(c),
                None => break,
            }
        }
        assert_eq!(paged, whole, "{filter:?}");
        assert_eq!(pages, whole.len().div_ceil(2));
        // `cursor_of` any event gives exactly the events after it.
        for (i, e) in whole.iter().enumerate() {
            let rest = store.events(&EventFilter { after: Some(cursor_of(e)), ..filter.clone() }).unwrap();
            assert_eq!(rest, whole[i + 1..].to_vec());
        }
    }
    let whole = store.events(&EventFilter::default()).unwrap();
    assert_eq!(whole.len(), dates.len());
    assert_eq!(whole.iter().filter(|e| e.date_start.is_none()).count(), 3);
    assert!(whole[..3].iter().all(|e| e.date_start.is_none()), "undated events come first");
    let starts: Vec<&str> = whole[3..].iter().map(|e| e.date_start.as_deref().unwrap()).collect();
    assert_eq!(starts, ["1999-01-02", "2023-01-01", "2024-06-01", "2024-06-19", "2024-06-19", "2024-06-19"]);
    assert!(whole[6].id < whole[7].id && whole[7].id < whole[8].id, "ties on the day in id order");
    for bad in ["", "n", "12", "x.3", "n.", "n.0", "5.-1", "5.3.2", "19893.abc", "'; DROP TABLE events; --.1"] {
        let f = EventFilter { after: Some(bad.into()), ..Default::default() };
        assert!(matches!(store.events(&f), Err(StoreError::BadCursor(_))), "{bad:?}");
    }
    assert_eq!(store.counts().unwrap().events, dates.len() as u64);
}

#[test]
fn a_failed_batch_does_not_leave_its_events_in_the_folding_index() {
    let mut store = Store::open_in_memory().unwrap();
    store.set_fold_lookup(FoldLookup::Memory);
    let good = article("good", "Russia attacked Ukraine.");
    let sentences = [SentenceRecord { index: 0, span: Span(0, 24), text: good.text.clone(), boilerplate: false }];
    let good_mentions = [mention("good", "Russia attacked Ukraine.")];
    let mut orphan = mention("bad", "Another text.");
    orphan.sentence_index = 7;
    let bad = article("bad", "Another text.");
    let bad_mentions = [orphan];
    let batch = [
        ArticleRecord { article: &good, language: "en", sentences: &sentences, mentions: &good_mentions },
        ArticleRecord { article: &bad, language: "en", sentences: &[], mentions: &bad_mentions },
    ];
    assert!(store.write_batch(&batch).is_err());
    // The rolled-back RUS→UKR event had id 1; the next event takes that id
    // with the dyad reversed. A stale index would fold RUS→UKR into it.
    let mut reverse = mention("", "");
    reverse.source = Some("UKR".into());
    reverse.target = Some("RUS".into());
    write(&mut store, &[doc("x", None, None, "Ukraine attacked Russia.", vec![reverse])]);
    write(&mut store, &[doc("y", None, None, "Russia attacked Ukraine.", vec![mention("", "")])]);
    let events = store.events(&EventFilter::default()).unwrap();
    let dyads: Vec<(Option<&str>, Option<&str>)> = events.iter().map(|e| (e.source.as_deref(), e.target.as_deref())).collect();
    assert_eq!(dyads, [(Some("UKR"), Some("RUS")), (Some("RUS"), Some("UKR"))]);
}

/// Mentions that fold in every way the rule allows: few dyads (with agents,
/// either direction, symmetric codes), two roots, dates of every precision
/// or none, places the same, near, within their country or far.
fn folding_mix(seed: u64, articles: usize) -> Vec<Doc> {
    let mut state = seed;
    let mut next = move |n: u64| {
        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) % n
    };
    let actors = ["RUS", "RUSMIL", "UKR", "UKRGOV", "PRK"];
    let places = [
        None,
        Some(("Moscou", "RUS", 55.75, 37.62, "moscow")),
        Some(("Khimki", "RUS", 55.89, 37.44, "khimki")),
        Some(("Russie", "RUS", 61.0, 99.0, "country-RUS")),
        Some(("Kyiv", "UKR", 50.45, 30.52, "kyiv")),
    ];
    (0..articles)
        .map(|a| {
            let mentions = (0..3)
                .map(|_| {
                    let mut m = mention("", "");
                    m.source = Some(actors[next(5) as usize].into());
                    m.target = Some(actors[next(5) as usize].into());
                    let codes = [("040", "04", true, 1, 1.0), ("042", "04", false, 1, 1.9), ("190", "19", false, 4, -10.0), ("19", "19", false, 4, -9.0)];
                    let (cameo, root, symmetric, quad, goldstein) = codes[next(4) as usize];
                    m.cameo = cameo.into();
                    m.cameo_root = root.into();
                    m.symmetric = symmetric;
                    m.quad_class = quad;
                    m.goldstein = goldstein;
                    let day = 1 + next(28);
                    let month = 1 + next(2);
                    let (date, precision) = match next(5) {
                        0 => (None, None),
                        1 => (Some("2024".to_string()), Some(DatePrecision::Year)),
                        2 => (Some(format!("2024-{month:02}")), Some(DatePrecision::Month)),
                        _ => (Some(format!("2024-{month:02}-{day:02}")), Some(DatePrecision::Day)),
                    };
                    m.date = date;
                    m.date_precision = precision;
                    m.location = places[next(5) as usize]
                        .map(|(name, country, lat, lon, id)| Location { name: name.into(), country: country.into(), lat, lon, place_id: id.into() });
                    m.factuality = [Factuality::Asserted, Factuality::Hypothetical, Factuality::Planned][next(3) as usize];
                    m.confidence = Some(next(100) as f64 / 100.0);
                    m
                })
                .collect();
            let url = format!("https://site{}.example/{a}", next(4));
            doc(&format!("mix-{a}"), Some(&url), Some(&format!("2024-03-{:02}", 1 + next(28))), &format!("Report number {a}."), mentions)
        })
        .collect()
}

#[test]
fn folding_through_the_in_memory_index_gives_the_store_the_sql_lookup_gives() {
    let docs = folding_mix(7, 400);
    let mut stores = Vec::new();
    for lookup in [FoldLookup::Sql, FoldLookup::Memory] {
        let mut store = Store::open_in_memory().unwrap();
        store.set_fold_lookup(lookup);
        let mut created = 0;
        for chunk in docs.chunks(37) {
            created += write(&mut store, chunk).events_created;
        }
        let events = store.events(&EventFilter::default()).unwrap();
        assert_eq!(events.len(), created);
        let mut mentions = Vec::new();
        store.for_each_mention(&EventFilter::default(), |m| Ok(mentions.push((m.id, m.event_id)))).unwrap();
        stores.push((events, mentions));
    }
    let (sql, memory) = (&stores[0], &stores[1]);
    assert!(sql.0.len() > 100 && sql.0.len() < 1000, "the mix folds some mentions and not others: {} events", sql.0.len());
    assert!(sql.0.iter().any(|e| e.num_mentions >= 5), "some events gather many mentions");
    assert_eq!(memory.0.len(), sql.0.len());
    for (m, s) in memory.0.iter().zip(&sql.0) {
        // `added_at` is the clock's second of each run.
        assert_eq!(EventRecord { added_at: String::new(), ..m.clone() }, EventRecord { added_at: String::new(), ..s.clone() });
    }
    assert_eq!(memory.1, sql.1);
}

#[test]
fn the_monthly_dyad_figures_kept_by_the_store_match_the_events() {
    let mut store = Store::open_in_memory().unwrap();
    // Mentions fold into events, make their dates more precise (an event
    // moves to another month), their codes more specific and their
    // goldstein change: the triggers follow every change.
    for chunk in folding_mix(11, 400).chunks(50) {
        write(&mut store, chunk);
    }
    let day = |d: &str| dates::interval(d).unwrap();
    let mut compared = 0;
    for (s, t) in [("RUS", "UKR"), ("UKR", "RUS"), ("PRK", "RUS"), ("RUS", "RUS"), ("UKR", "PRK")] {
        for (lo, hi) in [(None, None), (Some(day("2024-02").0), None), (None, Some(day("2024-01").1)), (Some(day("2024").0), Some(day("2024-02").1))] {
            let months = store.dyad_series_from_months(s, t, lo, hi).unwrap();
            let events = store.dyad_series_from_events(s, t, lo, hi).unwrap();
            assert_eq!(months.len(), events.len(), "{s}→{t} {lo:?}..{hi:?}");
            for (m, e) in months.iter().zip(&events) {
                assert_eq!((&m.month, m.events, m.mentions, m.quad), (&e.month, e.events, e.mentions, e.quad), "{s}→{t}");
                assert!((m.mean_goldstein - e.mean_goldstein).abs() < 1e-9, "{s}→{t} {m:?} {e:?}");
                compared += m.events;
            }
        }
    }
    assert!(compared > 200, "{compared} events compared");
    // The public query takes the monthly figures for countries and whole
    // months, the events otherwise; both agree.
    assert_eq!(store.dyad_series("RUS", "UKR", Some("2024-02"), None).unwrap(), store.dyad_series_from_events("RUS", "UKR", Some(day("2024-02").0), None).unwrap());
    let agent = store.dyad_series("RUSMIL", "UKR", None, None).unwrap();
    assert!(agent.iter().map(|p| p.events).sum::<u64>() < store.dyad_series("RUS", "UKR", None, None).unwrap().iter().map(|p| p.events).sum::<u64>());
}

fn index_names(store: &Store) -> Vec<String> {
    let mut stmt = store.conn.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('events', 'articles') ORDER BY name").unwrap();
    stmt.query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
}

/// Events (without the clock's `added_at`), each mention's event, and the
/// monthly series of a few dyads: what a load must give whatever its way.
fn loaded(store: &Store) -> (Vec<EventRecord>, Vec<(i64, i64)>, Vec<Vec<SeriesPoint>>) {
    let events = store.events(&EventFilter::default()).unwrap().into_iter().map(|e| EventRecord { added_at: String::new(), ..e }).collect();
    let mut mentions = Vec::new();
    store.for_each_mention(&EventFilter::default(), |m| Ok(mentions.push((m.id, m.event_id)))).unwrap();
    let series = [("RUS", "UKR"), ("UKR", "RUS"), ("PRK", "RUS"), ("RUS", "RUS")]
        .into_iter()
        .map(|(s, t)| store.dyad_series(s, t, None, None).unwrap())
        .collect();
    (events, mentions, series)
}

#[test]
fn a_bulk_load_finished_or_interrupted_and_run_again_gives_the_store_of_plain_batches() {
    let docs = folding_mix(23, 300);
    let mut plain = written_in_memory(&docs, 40);
    let expected = loaded(&plain);
    let all_indexes = index_names(&plain);
    assert!(all_indexes.contains(&"events_dedup".to_string()) && all_indexes.contains(&"articles_url_key".to_string()), "{all_indexes:?}");

    let dir = scratch("bulk");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bulk.db");
    {
        let mut store = Store::open(&path).unwrap();
        store.set_bulk_load(true).unwrap();
        for chunk in docs.chunks(40).take(4) {
            write(&mut store, chunk);
        }
        assert!(store.bulk_load_pending().unwrap());
        assert!(!index_names(&store).contains(&"events_dedup".to_string()), "deferred while loading");
        assert!(!index_names(&store).contains(&"articles_norm_hash".to_string()), "deferred while loading");
        assert!(!index_names(&store).contains(&"articles_content_hash".to_string()), "deferred while loading");
        // Stored articles are found by their text all the same, later ones too.
        assert!(store.has_article_text(&docs[3].article.text).unwrap());
        assert!(!store.has_article_text(&docs[160].article.text).unwrap());
        assert_eq!(store.mentions_of_article_text(&docs[3].article.text).unwrap(), docs[3].mentions);
        write(&mut store, &docs[160..161]);
        assert!(store.has_article_text(&docs[160].article.text).unwrap());
        assert_eq!(store.mentions_of_article_text(&docs[160].article.text).unwrap(), docs[160].mentions);
        assert!(store.mentions_of_article_text("never stored").unwrap().is_empty());
        // Dropped without finishing: as a process killed mid-load.
    }
    {
        // Meanwhile the store answers right from what it holds.
        let store = Store::open(&path).unwrap();
        assert!(store.bulk_load_pending().unwrap());
        let mut partial = Store::open_in_memory().unwrap();
        for chunk in docs.chunks(40).take(4) {
            write(&mut partial, chunk);
        }
        write(&mut partial, &docs[160..161]);
        assert_eq!(loaded(&store), loaded(&partial));
    }
    let mut store = Store::open(&path).unwrap();
    store.set_bulk_load(true).unwrap();
    // The same load again, from the start: stored articles are skipped.
    for chunk in docs.chunks(40) {
        write(&mut store, chunk);
    }
    store.set_bulk_load(false).unwrap();
    assert!(!store.bulk_load_pending().unwrap());
    assert_eq!(index_names(&store), all_indexes);
    assert_eq!(loaded(&store), expected);
    // And the monthly figures are the store's again, kept by later batches.
    let more = folding_mix(29, 20).into_iter().enumerate().map(|(i, mut d)| {
        d.article.id = format!("more-{i}");
        d.article.text = format!("Another report number {i}.");
        d.article.url = Some(format!("https://more.example/{i}"));
        d
    }).collect::<Vec<_>>();
    write(&mut store, &more);
    write(&mut plain, &more);
    assert_eq!(loaded(&store), loaded(&plain));
    let months = store.dyad_series_from_months("RUS", "UKR", None, None).unwrap();
    assert_eq!(months.iter().map(|p| p.events).collect::<Vec<_>>(), store.dyad_series_from_events("RUS", "UKR", None, None).unwrap().iter().map(|p| p.events).collect::<Vec<_>>());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_bulk_load_run_in_one_go_keeps_the_monthly_figures_of_plain_batches() {
    let docs = folding_mix(31, 300);
    let plain = written_in_memory(&docs, 40);
    // Some batches stored plainly first: the load's summed changes add to
    // figures already kept, and its mentions fold into events stored before.
    let mut store = Store::open_in_memory().unwrap();
    for chunk in docs.chunks(40).take(3) {
        write(&mut store, chunk);
    }
    store.set_bulk_load(true).unwrap();
    for chunk in docs.chunks(40).skip(3) {
        write(&mut store, chunk);
    }
    assert!(store.bulk_months.is_some(), "the load's monthly changes are summed, not rebuilt from the events");
    store.set_bulk_load(false).unwrap();
    assert!(store.bulk_months.is_none());
    assert_eq!(loaded(&store), loaded(&plain));
    let mut compared = 0;
    for (s, t) in [("RUS", "UKR"), ("UKR", "RUS"), ("PRK", "RUS"), ("RUS", "RUS"), ("UKR", "PRK")] {
        let months = store.dyad_series_from_months(s, t, None, None).unwrap();
        let events = store.dyad_series_from_events(s, t, None, None).unwrap();
        assert_eq!(months.len(), events.len(), "{s}→{t}");
        for (m, e) in months.iter().zip(&events) {
            assert_eq!((&m.month, m.events, m.mentions, m.quad), (&e.month, e.events, e.mentions, e.quad), "{s}→{t}");
            assert!((m.mean_goldstein - e.mean_goldstein).abs() < 1e-9, "{s}→{t} {m:?} {e:?}");
            compared += m.events;
        }
    }
    assert!(compared > 100, "{compared} events compared");
}

#[test]
fn a_bulk_load_in_large_batches_gives_the_store_of_plain_batches() {
    // Batches this large gather a bulk load's new events and mentions into
    // statements of many rows; re-reports fold into events of the same
    // batch, some still gathered when they are updated.
    let docs = folding_mix(41, 400);
    let plain = written_in_memory(&docs, 10);
    let mut store = Store::open_in_memory().unwrap();
    store.set_bulk_load(true).unwrap();
    for chunk in docs.chunks(HELPER_THREAD_ARTICLES * 2 + 5) {
        assert!(chunk.len() >= HELPER_THREAD_ARTICLES || chunk.len() == 400 % (HELPER_THREAD_ARTICLES * 2 + 5));
        write(&mut store, chunk);
    }
    store.set_bulk_load(false).unwrap();
    assert_eq!(loaded(&store), loaded(&plain));
    assert_eq!(store.all_mentions().unwrap(), plain.all_mentions().unwrap());
    assert_eq!(store.counts().unwrap(), plain.counts().unwrap());
    let folded = store.events(&EventFilter::default()).unwrap().iter().filter(|e| e.num_mentions > 1).count();
    assert!(folded > 50, "{folded} events fold several mentions");
    let months = |s: &Store| -> Vec<(String, String, String, i64, i64, i64, i64, f64)> {
        s.conn
            .prepare("SELECT * FROM dyad_months ORDER BY source_key, target_key, month, quad_class, symmetric")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    // Plain batches leave a row at zero where an event's date moved away
    // from its month; a load writes only the rows its changes leave non-zero.
    let non_zero = |rows: Vec<(String, String, String, i64, i64, i64, i64, f64)>| -> Vec<_> {
        rows.into_iter().filter(|r| r.5 != 0 || r.6 != 0 || r.7 != 0.0).collect()
    };
    let (bulk_months, plain_months) = (non_zero(months(&store)), non_zero(months(&plain)));
    // Written by statements of several sizes (51 rows: 32 + 16 + 2 + 1).
    assert!(bulk_months.len() > 32 && bulk_months.len() % 2 == 1, "{} monthly rows", bulk_months.len());
    assert_eq!(bulk_months.len(), plain_months.len());
    for (b, p) in bulk_months.iter().zip(&plain_months) {
        assert_eq!((&b.0, &b.1, &b.2, b.3, b.4, b.5, b.6), (&p.0, &p.1, &p.2, p.3, p.4, p.5, p.6));
        assert!((b.7 - p.7).abs() < 1e-9, "{b:?} {p:?}");
    }
}

#[test]
fn another_writer_during_a_bulk_load_makes_its_end_rebuild_the_monthly_figures() {
    let dir = scratch("bulk-other-writer");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("store.db");
    let docs = folding_mix(37, 200);
    let plain = written_in_memory(&docs, 40);
    let mut loader = Store::open(&path).unwrap();
    loader.set_bulk_load(true).unwrap();
    let mut chunks = docs.chunks(40);
    write(&mut loader, chunks.next().unwrap());
    {
        // Another connection writes a batch in the middle of the load.
        let mut other = Store::open(&path).unwrap();
        write(&mut other, chunks.next().unwrap());
    }
    for chunk in chunks {
        write(&mut loader, chunk);
    }
    assert!(loader.bulk_months.is_none(), "the load's sums miss the other writer's events");
    loader.set_bulk_load(false).unwrap();
    assert_eq!(loaded(&loader), loaded(&plain));
    drop(loader);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_store_of_schema_6_opens_with_its_content_hashes_unique_through_an_index() {
    let dir = scratch("v6");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("old.db");
    let docs = folding_mix(41, 80);
    {
        let old = store_of_old_schema(&path, 6, &docs);
        let autoindex: bool =
            old.query_row("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'sqlite_autoindex_articles_1')", [], |r| r.get(0)).unwrap();
        assert!(autoindex, "schema 6 keeps the content hash unique by a column constraint");
    }
    let plain = written_in_memory(&docs, 20);
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), schema::MIGRATIONS.len() as i64);
    assert_eq!(loaded(&store), loaded(&plain));
    assert_eq!(store.counts().unwrap(), plain.counts().unwrap());
    let indexes = index_names(&store);
    assert!(indexes.contains(&"articles_content_hash".to_string()) && !indexes.contains(&"sqlite_autoindex_articles_1".to_string()), "{indexes:?}");
    // Still unique, and the other tables' foreign keys name the rebuilt table.
    let duplicate = store.conn.execute(
        "INSERT INTO articles (external_id, content_hash, language, text) SELECT 'again', content_hash, language, text FROM articles LIMIT 1",
        [],
    );
    assert!(duplicate.is_err(), "{duplicate:?}");
    let orphan = store.conn.execute("INSERT INTO mentions (article_id, sentence_idx, cameo, cameo_label, cameo_root, quad_class, goldstein,
        factuality, historical, is_first, symmetric, rule, language, sentence_start, sentence_end, verb_start, verb_end)
        VALUES (999999, 0, '01', '', '01', 1, 0, 'asserted', 0, 0, 0, 'r', 'en', 0, 0, 0, 0)", []);
    assert!(orphan.is_err(), "{orphan:?}");
    let violations: i64 = store.conn.query_row("SELECT COUNT(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).unwrap();
    assert_eq!(violations, 0);
    // Its articles are recognised: the same text, or a copy by URL.
    let again = write(&mut store, &docs[..5]);
    assert_eq!(again.articles_already_stored, 5);
    let copy = doc("copy", docs[7].article.url.as_deref(), None, "Other words entirely.", vec![]);
    assert_eq!(write(&mut store, &[copy]).articles_duplicate, 1);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A store file of schema `version` (6 to 10) holding what that version
/// wrote for `docs`: the rows the current write path gives them, copied
/// table by table into the old schema — a row per sentence, its text spelt
/// out before 8 and null from 8 on when it is the article's between its
/// offsets; a mention's text null when it is its sentence's — and the
/// full-text index in the store up to version 8 (from 9 on, its file is
/// built when the store opens).
fn store_of_old_schema(path: &std::path::Path, version: usize, docs: &[Doc]) -> Connection {
    let current_path = path.with_extension("current.db");
    {
        let mut current = Store::open(&current_path).unwrap();
        for chunk in docs.chunks(20) {
            write(&mut current, chunk);
        }
    }
    let conn = Connection::open(path).unwrap();
    for step in &schema::MIGRATIONS[..version] {
        conn.execute_batch(step).unwrap();
    }
    conn.pragma_update(None, "user_version", version as i64).unwrap();
    conn.execute("ATTACH DATABASE ?1 AS current", [current_path.to_str().unwrap()]).unwrap();
    conn.execute_batch(concat!(
        "INSERT INTO articles (id, external_id, content_hash, url, title, published, language, text, ingested_at, url_key, norm_hash,
            source_name)
        SELECT id, external_id, content_hash, url, title, published, language, text, ingested_at, url_key, norm_hash, source_name
        FROM current.articles;
        INSERT INTO events SELECT * FROM current.events;
        INSERT INTO actors SELECT * FROM current.actors;
        INSERT INTO dyad_months SELECT * FROM current.dyad_months;"
    ))
    .unwrap();
    // Each sentence's text as that version wrote it, then each mention's.
    let spelt = if version < 8 { "substr(a.text, (s.value ->> 1) + 1, (s.value ->> 2) - (s.value ->> 1))" } else { "NULL" };
    conn.execute_batch(&format!(
        "INSERT INTO sentences (article_id, idx, start_char, end_char, text, boilerplate)
        SELECT a.id, s.value ->> 0, s.value ->> 1, s.value ->> 2, COALESCE(s.value ->> 4, {spelt}), s.value ->> 3
        FROM current.articles a, json_each(a.sentences) s;"
    ))
    .unwrap();
    conn.execute_batch(concat!(
        "INSERT INTO mentions SELECT id, article_id, sentence_idx, event_id, sentence_text, source, source_text, target,
            target_text, source_person, target_person, cameo, cameo_label, cameo_root, quad_class, goldstein, plover_event,
            plover_mode, factuality, event_date, date_precision, date_source, historical, is_first, symmetric, location_name,
            location_country, lat, lon, place_id, rule, language, sentence_start, sentence_end, source_start, source_end,
            target_start, target_end, verb_start, verb_end, confidence FROM current.mentions;
        UPDATE mentions SET sentence_text = (SELECT ",
        sentence_text_sql!(),
        " FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.id = mentions.id);"
    ))
    .unwrap();
    let sentence_text = "substr(a.text, s.start_char + 1, s.end_char - s.start_char)";
    conn.execute(
        &format!(
            "UPDATE mentions SET sentence_text = NULL WHERE sentence_text IS (SELECT COALESCE(s.text, {sentence_text})
                FROM sentences s JOIN articles a ON a.id = s.article_id WHERE s.article_id = mentions.article_id AND s.idx = mentions.sentence_idx)"
        ),
        [],
    )
    .unwrap();
    if version < 9 {
        conn.execute_batch(&format!(
            "INSERT INTO evidence_fts (rowid, text) SELECT m.id, COALESCE(m.sentence_text, s.text, {sentence_text})
            FROM mentions m JOIN articles a ON a.id = m.article_id JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence_idx;"
        ))
        .unwrap();
    }
    conn.execute_batch("DETACH DATABASE current").unwrap();
    std::fs::remove_file(&current_path).unwrap();
    conn
}

#[test]
fn a_store_of_schema_7_opens_with_sentences_stored_once() {
    let dir = scratch("v7");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("old.db");
    let docs = folding_mix(43, 80);
    {
        let old = store_of_old_schema(&path, 7, &docs);
        let spelt: i64 = old.query_row("SELECT COUNT(*) FROM sentences WHERE text IS NOT NULL", [], |r| r.get(0)).unwrap();
        assert_eq!(spelt, 80, "schema 7 stores every sentence's text");
    }
    let plain = written_in_memory(&docs, 20);
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), schema::MIGRATIONS.len() as i64);
    assert_eq!(loaded(&store), loaded(&plain));
    assert_eq!(store.counts().unwrap(), plain.counts().unwrap());
    assert_eq!(store.all_mentions().unwrap(), plain.all_mentions().unwrap());
    for row in [1, 40, 80] {
        // `added_at` is the clock's second of each run.
        let sentences = |s: &Store| s.article_sentences(row).unwrap().map(|(info, sentences)| (info.external_id, sentences));
        assert_eq!(sentences(&store), sentences(&plain));
    }
    let spelt: i64 = store
        .conn
        .query_row("SELECT COUNT(*) FROM articles a, json_each(a.sentences) s WHERE s.value ->> 4 IS NOT NULL", [], |r| r.get(0))
        .unwrap();
    assert_eq!(spelt, 0, "each sentence is the article's text between its offsets");
    let violations: i64 = store.conn.query_row("SELECT COUNT(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).unwrap();
    assert_eq!(violations, 0);
    let found = store.events(&EventFilter { text: Some("Report number 7".into()), ..Default::default() }).unwrap();
    assert_eq!(found.len(), 3, "full-text search still finds the evidence");
    let sizes: bool =
        store.conn.query_row("SELECT EXISTS (SELECT 1 FROM fts.sqlite_master WHERE name = 'evidence_fts_docsize')", [], |r| r.get(0)).unwrap();
    assert!(!sizes, "the full-text index keeps no document sizes");
    assert_eq!(write(&mut store, &docs[..5]).articles_already_stored, 5);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_sentence_is_read_back_from_its_article_unless_its_text_differs() {
    // Offsets count characters: accents before a sentence shift its bytes.
    let text = "Le président élu arrive à Séoul. Kim Jong-un rencontre Poutine.  Publicité ";
    let chars: Vec<char> = text.chars().collect();
    let slice = |a: usize, b: usize| chars[a..b].iter().collect::<String>();
    let second = text.chars().count() - "Kim Jong-un rencontre Poutine.  Publicité ".chars().count();
    let sentences = vec![
        SentenceRecord { index: 0, span: Span(0, 32), text: slice(0, 32), boilerplate: false },
        SentenceRecord { index: 1, span: Span(second, second + 30), text: slice(second, second + 30), boilerplate: false },
        // A text that is not the article's between its offsets is kept as given.
        SentenceRecord { index: 2, span: Span(second + 32, chars.len()), text: "Publicité".into(), boilerplate: true },
        SentenceRecord { index: 3, span: Span(70, 500), text: "past the end".into(), boilerplate: true },
    ];
    assert_eq!(sentences[1].text, "Kim Jong-un rencontre Poutine.");
    let mut m = mention("a", &sentences[1].text);
    m.sentence_index = 1;
    let article = article("a", text);
    let mut store = Store::open_in_memory().unwrap();
    let mentions = [m];
    store.write_batch(&[ArticleRecord { article: &article, language: "fr", sentences: &sentences, mentions: &mentions }]).unwrap();
    let stored: Vec<Option<String>> = store
        .conn
        .prepare("SELECT s.value ->> 4 FROM articles a, json_each(a.sentences) s ORDER BY s.key")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(stored, vec![None, None, Some("Publicité".into()), Some("past the end".into())]);
    let (_, back) = store.article_sentences(1).unwrap().unwrap();
    assert_eq!(back, sentences);
    assert_eq!(store.mentions_of_article_text(text).unwrap(), mentions);
    // The `sentences` view gives SQL users what the packed row holds.
    let viewed: Vec<SentenceRecord> = store
        .conn
        .prepare("SELECT idx, start_char, end_char, text, boilerplate FROM sentences WHERE article_id = 1 ORDER BY idx")
        .unwrap()
        .query_map([], |r| {
            Ok(SentenceRecord {
                index: r.get::<_, i64>(0)? as usize,
                span: Span(r.get::<_, i64>(1)? as usize, r.get::<_, i64>(2)? as usize),
                text: r.get(3)?,
                boilerplate: r.get(4)?,
            })
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(viewed, sentences);
}

#[test]
fn a_large_batch_stores_what_small_batches_store() {
    // A batch this large is prepared on a helper thread (the articles'
    // keys, and the folding in memory) while this one writes it.
    let mut docs = folding_mix(37, 200);
    assert!(docs.len() >= HELPER_THREAD_ARTICLES);
    let mut same_text = docs[5].clone();
    same_text.article.id = "same-text".into();
    let same_url = doc("same-url", docs[6].article.url.as_deref(), None, "Other words entirely.", vec![mention("", "")]);
    docs.insert(120, same_text);
    docs.insert(130, same_url);
    let mut small = Store::open_in_memory().unwrap();
    for chunk in docs.chunks(10) {
        write(&mut small, chunk);
    }
    let mut large = Store::open_in_memory().unwrap();
    let report = write(&mut large, &docs);
    assert_eq!((report.articles_stored, report.articles_already_stored, report.articles_duplicate), (200, 1, 1));
    assert_eq!(loaded(&large), loaded(&small));
    assert_eq!(large.all_mentions().unwrap(), small.all_mentions().unwrap());
    assert_eq!(large.counts().unwrap(), small.counts().unwrap());
    // And what folding through SQL, article by article, stores.
    let mut sql = Store::open_in_memory().unwrap();
    sql.set_fold_lookup(FoldLookup::Sql);
    for chunk in docs.chunks(10) {
        write(&mut sql, chunk);
    }
    assert_eq!(loaded(&large), loaded(&sql));
    assert_eq!(large.all_mentions().unwrap(), sql.all_mentions().unwrap());
}

/// The ids of the events whose evidence holds "Report number {a}", for each `a`.
fn found_by_text(store: &Store, articles: std::ops::Range<usize>) -> Vec<Vec<i64>> {
    articles
        .map(|a| {
            let filter = EventFilter { text: Some(format!("Report number {a}")), ..Default::default() };
            store.events(&filter).unwrap().into_iter().map(|e| e.id).collect()
        })
        .collect()
}

fn newest_mention(store: &Store) -> i64 {
    store.conn.query_row("SELECT MAX(id) FROM mentions", [], |r| r.get(0)).unwrap()
}

#[test]
fn gathered_events_and_mentions_stored_under_other_ids_fail_the_batch() {
    let doc = doc("a", None, Some("2024-05-01"), "Russia attacked Ukraine.", vec![mention("a", "Russia attacked Ukraine.")]);
    let m = &doc.mentions[0];
    let keys = MentionKeys::of(m);
    let store = Store::open_in_memory().unwrap();
    // No article row for the mention: only the ids are under test.
    store.conn.pragma_update(None, "foreign_keys", "OFF").unwrap();
    let tx = store.conn.unchecked_transaction().unwrap();
    let mut pending = PendingRows::new(&tx, 4);
    // The table is empty: the first event appended is 1, not 5.
    pending.add_event(5, m, &keys, None, None).unwrap();
    assert!(matches!(pending.store(), Err(StoreError::Corrupt(_))));
    let mut pending = PendingRows::new(&tx, 4);
    pending.add_event(2, m, &keys, None, None).unwrap();
    pending.store_event(1).unwrap();
    assert_eq!(pending.events.pending_rows(), 1, "an event before the gathered ones needs nothing stored");
    pending.store_event(2).unwrap();
    assert_eq!(pending.events.pending_rows(), 0);
    pending.add_mention(7, 1, 2, None, m).unwrap();
    assert!(matches!(pending.store(), Err(StoreError::Corrupt(_))), "the first mention is 1, not 7");
}

#[test]
fn a_full_text_index_left_behind_by_a_crash_catches_up_when_the_store_opens() {
    let dir = scratch("fts-lag");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("store.db");
    let side = evidence_index::side_path(&path);
    let docs = folding_mix(51, 120);
    let mut plain = written_in_memory(&docs, 30);
    let expected = found_by_text(&plain, 0..120);
    assert!(expected.iter().all(|ids| !ids.is_empty()), "every report is found in memory");
    {
        let mut store = Store::open(&path).unwrap();
        for chunk in docs[..60].chunks(30) {
            write(&mut store, chunk);
        }
        assert_eq!(store.evidence_indexed_up_to().unwrap(), newest_mention(&store));
    }
    // The index as a crash would leave it: the later batches stored, not indexed.
    let behind = std::fs::read(&side).unwrap();
    {
        let mut store = Store::open(&path).unwrap();
        for chunk in docs[60..].chunks(30) {
            write(&mut store, chunk);
        }
        assert_eq!(found_by_text(&store, 0..120), expected);
    }
    for stale in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{stale}", side.display()));
    }
    std::fs::write(&side, &behind).unwrap();
    {
        let probe = Connection::open(&side).unwrap();
        let indexed: i64 = probe.query_row("SELECT last_mention FROM evidence_indexed", [], |r| r.get(0)).unwrap();
        assert_eq!(indexed, 180, "the copy lags: 60 articles of 3 mentions indexed");
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.evidence_indexed_up_to().unwrap(), newest_mention(&store));
    assert_eq!(newest_mention(&store), 360);
    assert_eq!(found_by_text(&store, 0..120), expected, "the later reports are found again");
    drop(store);

    // An index ahead of its store (batches lost to a power cut, or another
    // store's file) is rebuilt: it lists nothing the store lacks.
    {
        let probe = Connection::open(&side).unwrap();
        probe.execute("UPDATE evidence_indexed SET last_mention = 1000000", []).unwrap();
        probe.execute("INSERT INTO evidence_fts (rowid, text) VALUES (999999, 'Report number 5')", []).unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.evidence_indexed_up_to().unwrap(), 360);
    assert_eq!(found_by_text(&store, 0..120), expected);
    drop(store);

    // No index file at all: built from the store.
    for file in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{file}", side.display()));
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(found_by_text(&store, 0..120), expected);
    drop(store);

    // Entries lost while the store is open (another process's batch not
    // indexed): the next batch finds the gap and fills it from the store.
    let mut store = Store::open(&path).unwrap();
    {
        let probe = Connection::open(&side).unwrap();
        probe.execute("INSERT INTO evidence_fts (evidence_fts) VALUES ('delete-all')", []).unwrap();
        probe.execute("UPDATE evidence_indexed SET last_mention = 30", []).unwrap();
    }
    assert!(found_by_text(&store, 50..51)[0].is_empty(), "lost");
    let more = folding_mix(52, 130);
    write(&mut store, &more[120..]);
    write(&mut plain, &more[120..]);
    assert_eq!(store.evidence_indexed_up_to().unwrap(), newest_mention(&store));
    assert_eq!(found_by_text(&store, 10..130), found_by_text(&plain, 10..130));
    drop(store);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_bulk_load_indexes_the_evidence_beside_the_writer_and_has_it_all_when_it_ends() {
    let dir = scratch("fts-bulk");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("store.db");
    let docs = folding_mix(53, 200);
    let mut plain = written_in_memory(&docs, 40);
    let mut store = Store::open(&path).unwrap();
    store.set_bulk_load(true).unwrap();
    for chunk in docs.chunks(40) {
        write(&mut store, chunk);
    }
    // Meanwhile a search finds at most what is stored (the index may lag).
    let during = store.evidence_indexed_up_to().unwrap();
    assert!(during <= newest_mention(&store));
    store.set_bulk_load(false).unwrap();
    assert_eq!(store.evidence_indexed_up_to().unwrap(), newest_mention(&store));
    assert_eq!(found_by_text(&store, 0..200), found_by_text(&plain, 0..200));
    // A plain batch after the load is searchable as soon as it is written.
    let more = folding_mix(54, 210);
    write(&mut store, &more[200..]);
    write(&mut plain, &more[200..]);
    assert_eq!(found_by_text(&store, 200..210), found_by_text(&plain, 200..210));
    drop(store);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_bulk_load_starts_its_wal_again_once_it_passes_the_bound() {
    let dir = scratch("wal-bound");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("store.db");
    let wal = dir.join("store.db-wal");
    let docs = folding_mix(61, 1200);
    let plain = written_in_memory(&docs, 30);
    let mut store = Store::open(&path).unwrap();
    let bound = 64 * 1024;
    store.set_wal_bound(bound);
    store.set_bulk_load(true).unwrap();
    let mut largest = 0;
    for chunk in docs.chunks(30) {
        write(&mut store, chunk);
        largest = largest.max(std::fs::metadata(&wal).unwrap().len());
    }
    store.set_bulk_load(false).unwrap();
    // The load writes many times the bound (every page it adds goes through
    // the WAL); the WAL never holds more than the bound and a few batches.
    let batches = docs.len().div_ceil(30) as u64;
    let per_batch = std::fs::metadata(&path).unwrap().len() / batches;
    assert!(std::fs::metadata(&path).unwrap().len() > 8 * bound as u64);
    assert!(largest <= bound as u64 + 4 * per_batch, "WAL reached {largest} bytes, bound {bound}, {per_batch} bytes per batch");
    let (events, mentions, series) = loaded(&store);
    assert_eq!((events, mentions, series), loaded(&plain));
    drop(store);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_reader_holding_an_old_snapshot_through_a_bulk_load_leaves_it_whole() {
    let dir = scratch("wal-reader");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("store.db");
    let docs = folding_mix(67, 600);
    let plain = written_in_memory(&docs, 30);
    let mut store = Store::open(&path).unwrap();
    write(&mut store, &docs[..30]);
    store.set_wal_bound(16 * 1024);
    store.set_bulk_load(true).unwrap();
    // The reader's snapshot pins the frames after it: the WAL cannot start
    // again while it reads, and the load goes on past its bound.
    let reader = Store::open(&path).unwrap();
    let snapshot = reader.conn.unchecked_transaction().unwrap();
    let before: i64 = snapshot.query_row("SELECT COUNT(*) FROM mentions", [], |r| r.get(0)).unwrap();
    for chunk in docs[30..].chunks(30) {
        write(&mut store, chunk);
    }
    let during: i64 = snapshot.query_row("SELECT COUNT(*) FROM mentions", [], |r| r.get(0)).unwrap();
    assert_eq!(during, before);
    snapshot.commit().unwrap();
    store.set_bulk_load(false).unwrap();
    assert_eq!(loaded(&store), loaded(&plain));
    drop((store, reader));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_store_of_schema_8_opens_with_its_full_text_index_in_a_file_of_its_own() {
    let dir = scratch("v8");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("old.db");
    let docs = folding_mix(47, 90);
    {
        let old = store_of_old_schema(&path, 8, &docs);
        let entries: i64 = old.query_row("SELECT COUNT(*) FROM evidence_fts_idx", [], |r| r.get(0)).unwrap();
        assert!(entries > 0, "schema 8 keeps its full-text index in the store");
    }
    let plain = written_in_memory(&docs, 20);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), schema::MIGRATIONS.len() as i64);
    let in_store: bool =
        store.conn.query_row("SELECT EXISTS (SELECT 1 FROM main.sqlite_master WHERE name LIKE 'evidence_fts%')", [], |r| r.get(0)).unwrap();
    assert!(!in_store, "the store no longer holds the index");
    assert!(evidence_index::side_path(&path).exists());
    assert_eq!(store.evidence_indexed_up_to().unwrap(), newest_mention(&store));
    assert_eq!(found_by_text(&store, 0..90), found_by_text(&plain, 0..90));
    assert_eq!(loaded(&store), loaded(&plain));
    drop(store);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_store_of_schema_9_opens_without_an_index_on_external_ids() {
    let dir = scratch("v9");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("old.db");
    let docs = folding_mix(53, 90);
    let indexed = |conn: &Connection| -> bool {
        conn.query_row("SELECT EXISTS (SELECT 1 FROM main.sqlite_master WHERE name = 'articles_external_id')", [], |r| r.get(0)).unwrap()
    };
    {
        let old = store_of_old_schema(&path, 9, &docs);
        assert!(indexed(&old), "schema 9 indexes the articles' external ids");
        let articles: i64 = old.query_row("SELECT COUNT(*) FROM articles", [], |r| r.get(0)).unwrap();
        assert_eq!(articles, 90);
    }
    let plain = written_in_memory(&docs, 20);
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), schema::MIGRATIONS.len() as i64);
    assert!(!indexed(&store.conn));
    assert_eq!(loaded(&store), loaded(&plain));
    assert_eq!(store.counts().unwrap(), plain.counts().unwrap());
    assert_eq!(store.all_mentions().unwrap(), plain.all_mentions().unwrap());
    assert_eq!(found_by_text(&store, 0..90), found_by_text(&plain, 0..90));
    let first = store.events(&EventFilter::default()).unwrap()[0].id;
    let shown = |s: &Store| s.event(first).unwrap().map(|(e, ms)| (EventRecord { added_at: String::new(), ..e }, ms.len()));
    assert_eq!(shown(&store), shown(&plain));
    // Stored articles are still known, and a bulk load does not build the index again.
    assert_eq!(write(&mut store, &docs[..5]).articles_already_stored, 5);
    store.set_bulk_load(true).unwrap();
    write(&mut store, &folding_mix(59, 30));
    store.set_bulk_load(false).unwrap();
    assert!(!indexed(&store.conn));
    drop(store);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// An article whose sentences and mentions take every path of the evidence
/// rules: a sentence that is not the article's text between its offsets, a
/// mention quoting its sentence at offsets that are not the sentence's, a
/// mention quoting a sentence whose own text is stored, and a mention whose
/// text is neither its sentence's nor the article's.
fn doc_of_odd_evidence() -> Doc {
    let text = "Séoul a reçu Kim. Russia attacked Ukraine. Pub";
    let at = |part: &str| {
        let start = text[..text.find(part).unwrap()].chars().count();
        Span(start, start + part.chars().count())
    };
    let slice = |s: Span| text.chars().skip(s.0).take(s.1 - s.0).collect::<String>();
    let sentences = vec![
        SentenceRecord { index: 0, span: at("Séoul a reçu Kim."), text: slice(at("Séoul a reçu Kim.")), boilerplate: false },
        SentenceRecord { index: 1, span: at("Russia attacked Ukraine."), text: "Russia attacked Ukraine.".into(), boilerplate: false },
        SentenceRecord { index: 2, span: at("Pub"), text: "Publicité".into(), boilerplate: true },
    ];
    let cited = |index: usize, sentence: &str, span: Span, cameo: &str| {
        let mut m = mention("odd", sentence);
        m.sentence_index = index;
        m.spans.sentence = span;
        m.cameo = cameo.into();
        m.cameo_root = cameo[..2].into();
        m
    };
    let mentions = vec![
        cited(1, "Russia attacked Ukraine.", at("Russia attacked Ukraine."), "190"),
        cited(1, "Russia attacked Ukraine.", Span(0, 24), "180"),
        cited(2, "Publicité", at("Pub"), "010"),
        cited(0, "Kim visited Seoul.", at("Séoul a reçu Kim."), "042"),
    ];
    Doc { article: article("odd", text), sentences, mentions }
}

#[test]
fn a_store_of_schema_10_opens_with_each_articles_sentences_in_its_row_and_reads_every_evidence_the_same() {
    let dir = scratch("v10");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("old.db");
    let mut docs = folding_mix(61, 60);
    docs.push(doc_of_odd_evidence());
    {
        let old = store_of_old_schema(&path, 10, &docs);
        let rows: i64 = old.query_row("SELECT COUNT(*) FROM sentences", [], |r| r.get(0)).unwrap();
        assert_eq!(rows, 63, "schema 10 has a row per sentence");
        let own: i64 = old.query_row("SELECT COUNT(*) FROM mentions WHERE sentence_text IS NOT NULL", [], |r| r.get(0)).unwrap();
        assert_eq!(own, 1, "schema 10 stores a mention's text only when it is not its sentence's");
    }
    let plain = written_in_memory(&docs, 20);
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), schema::MIGRATIONS.len() as i64);
    let (sentence_table, sentence_keys): (bool, i64) = store
        .conn
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'sentences' AND type = 'table'),
                (SELECT COUNT(*) FROM pragma_foreign_key_list('mentions') WHERE \"table\" = 'sentences')",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((sentence_table, sentence_keys), (false, 0));
    let violations: i64 = store.conn.query_row("SELECT COUNT(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).unwrap();
    assert_eq!(violations, 0);
    // Every reader gives what a store written at schema 11 gives.
    assert_eq!(loaded(&store), loaded(&plain));
    assert_eq!(store.counts().unwrap(), plain.counts().unwrap());
    assert_eq!(store.counts().unwrap().sentences, 63);
    let mentions = store.all_mentions().unwrap();
    assert_eq!(mentions, plain.all_mentions().unwrap());
    assert_eq!(mentions[mentions.len() - 4..], docs[60].mentions[..], "the odd evidence reads back as written");
    for row in 1..=61 {
        let sentences = |s: &Store| s.article_sentences(row).unwrap().map(|(info, sentences)| (info.external_id, sentences));
        assert_eq!(sentences(&store), sentences(&plain));
    }
    assert_eq!(store.article_sentences(61).unwrap().unwrap().1, docs[60].sentences);
    let shown = |s: &Store, id: i64| {
        s.event(id).unwrap().map(|(e, ms)| {
            let unclocked = |a: ArticleInfo| ArticleInfo { added_at: String::new(), ..a };
            let ms: Vec<_> = ms.into_iter().map(|m| (m.id, m.event_id, m.confidence, unclocked(m.article), m.mention)).collect();
            (EventRecord { added_at: String::new(), ..e }, ms)
        })
    };
    let events = store.counts().unwrap().events as i64;
    for id in 1..=events {
        assert_eq!(shown(&store, id), shown(&plain, id));
    }
    let listed = |s: &Store| {
        let mut all = Vec::new();
        s.for_each_mention(&EventFilter::default(), |m| Ok(all.push((m.id, m.mention)))).unwrap();
        all
    };
    assert_eq!(listed(&store), listed(&plain));
    assert_eq!(found_by_text(&store, 0..60), found_by_text(&plain, 0..60));
    let publicity = EventFilter { text: Some("Publicité".into()), ..Default::default() };
    assert_eq!(store.events(&publicity).unwrap().len(), 1);
    assert_eq!(write(&mut store, &docs).articles_already_stored, 61);
    drop(store);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_mention_citing_a_sentence_its_article_lacks_fails_its_batch() {
    let mut store = Store::open_in_memory().unwrap();
    let mut odd = doc_of_odd_evidence();
    odd.mentions[3].sentence_index = 5;
    let recs = [ArticleRecord { article: &odd.article, language: "en", sentences: &odd.sentences, mentions: &odd.mentions }];
    match store.write_batch(&recs) {
        Err(StoreError::BadInput(m)) => assert!(m.contains("sentence 5"), "{m}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(store.counts().unwrap(), Counts::default());
}

#[test]
fn an_organisation_keeps_its_country_apart_from_its_code_in_the_store() {
    // What the coder wrote of `UN troops withdrew from the Golan`: no
    // country, the organisation UNO; the store gives it back on the event.
    let mut store = Store::open_in_memory().unwrap();
    let mut m = mention("un", "UN troops withdrew from the Golan.");
    m.source = Some("UNOMIL".into());
    m.source_text = Some("UN troops".into());
    (m.source_country, m.source_org) = (None, Some("UNO".into()));
    m.target = Some("SYR".into());
    m.target_country = Some("SYR".into());
    m.cameo = "0874".into();
    m.cameo_root = "08".into();
    let d = doc("un", None, Some("2024-06-19"), "UN troops withdrew from the Golan.", vec![m]);
    write(&mut store, std::slice::from_ref(&d));
    let events = store.events(&EventFilter::default()).unwrap();
    let e = &events[0];
    assert_eq!((e.source_country.as_deref(), e.source_org.as_deref()), (None, Some("UNO")));
    assert_eq!((e.target_country.as_deref(), e.target_org.as_deref()), (Some("SYR"), None));
    assert_eq!(store.all_mentions().unwrap(), d.mentions);
}
