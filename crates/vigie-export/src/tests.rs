use super::*;

#[test]
fn timestamps_become_gdelt_digits() {
    assert_eq!(gdelt_timestamp("2024-06-19").as_deref(), Some("20240619000000"));
    assert_eq!(gdelt_timestamp("2024-06-19T10:05:07Z").as_deref(), Some("20240619100507"));
    assert_eq!(gdelt_timestamp("2024-06-19 10:05").as_deref(), Some("20240619100500"));
    assert_eq!(gdelt_timestamp("19 juin"), None);
}

#[test]
fn actors_split_into_country_group_and_types() {
    fn actor<'a>(code: &'a Option<String>, text: &'a Option<String>, country: Option<&'a str>, org: Option<&'a str>) -> ActorOf<'a> {
        ActorOf { code, text, country, org }
    }
    let leak = |s: Option<&str>| -> &'static Option<String> { Box::leak(Box::new(s.map(str::to_string))) };
    let cols = gdelt_actor(&actor(leak(Some("RUSGOVMIL")), leak(Some("Russian army")), Some("RUS"), None));
    assert_eq!(cols.len(), 10);
    assert_eq!((cols[0].as_str(), cols[1].as_str(), cols[2].as_str(), cols[7].as_str(), cols[8].as_str()), ("RUSGOVMIL", "RUSSIAN ARMY", "RUS", "GOV", "MIL"));
    // CAMEO's ethnic suffix fills Actor1EthnicCode; country and types are read without it.
    let cols = gdelt_actor(&actor(leak(Some("TURREBkur")), leak(Some("Kurdish rebels")), Some("TUR"), None));
    assert_eq!((cols[0].as_str(), cols[2].as_str(), cols[3].as_str(), cols[4].as_str(), cols[7].as_str()), ("TURREBkur", "TUR", "", "kur", "REB"));
    assert_eq!(gdelt_actor(&actor(leak(Some("RUSMIL")), leak(None), Some("RUS"), None))[4], "");
    // What the coder knew decides the columns, not the code's first letters:
    // an international body has no country, an armed group its home's.
    let cols = gdelt_actor(&actor(leak(Some("UNOMIL")), leak(None), None, Some("UNO")));
    assert_eq!((cols[2].as_str(), cols[3].as_str(), cols[7].as_str()), ("", "UNO", "MIL"));
    let cols = gdelt_actor(&actor(leak(Some("HEZ")), leak(None), Some("LBN"), Some("HEZ")));
    assert_eq!((cols[2].as_str(), cols[3].as_str()), ("LBN", "HEZ"));
    let [_, sectors, country] = icews_actor(&actor(leak(Some("AFU")), leak(Some("African Union")), None, Some("AFU")));
    assert_eq!((sectors.as_str(), country.as_str()), ("AFU", ""));
    // An agent word alone: no country, no group.
    let cols = gdelt_actor(&actor(leak(Some("REB")), leak(None), None, None));
    assert_eq!((cols[2].as_str(), cols[3].as_str()), ("", ""));
    assert_eq!(country_name("PRK"), "North Korea");
    assert_eq!(country_name("XXX"), "XXX");
}

#[test]
fn csv_fields_are_quoted_only_when_needed() {
    let mut out = Vec::new();
    write_csv(&mut out, ["a", "b,c", "say \"hi\"", "x\ny"].into_iter()).unwrap();
    assert_eq!(String::from_utf8(out).unwrap(), "a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\"\r\n");
    let mut out = Vec::new();
    write_tsv(&mut out, &["a\tb".into(), "c\nd".into()]).unwrap();
    assert_eq!(String::from_utf8(out).unwrap(), "a b\tc d\n");
}

/// A small store: two events, one with a place and two mentions, one without.
fn store_with_events() -> Store {
    use vigie_model::{Article, DatePrecision, Location, Mention, MentionSpans, SentenceRecord, Span};
    let mut store = Store::open_in_memory().unwrap();
    let mention = |id: &str, text: &str, date: &str, p: DatePrecision, place: bool, cameo: &str| Mention {
        article_id: id.into(),
        sentence_index: 0,
        sentence: text.into(),
        source: Some("PRKMIL".into()),
        source_text: Some("North Korean officers".into()),
        target: Some("RUS".into()),
        target_text: Some("Russia".into()),
        source_person: None,
        target_person: None,
        cameo: cameo.into(),
        cameo_label: "Label, with a comma".into(),
        cameo_root: cameo[..2].into(),
        quad_class: 1,
        goldstein: 1.9,
        plover_event: Some("CONSULT".into()),
        plover_mode: None,
        factuality: Factuality::Asserted,
        date: Some(date.into()),
        date_precision: Some(p),
        date_source: None,
        historical: false,
        location: place.then(|| Location { name: "Moscow".into(), country: "RUS".into(), lat: 55.75, lon: 37.62, place_id: "moscow".into() }),
        first: false,
        symmetric: false,
        rule: "test".into(),
        spans: MentionSpans { sentence: Span(0, text.chars().count()), source: Some(Span(0, 5)), target: None, verb: Span(6, 9) },
        language: "en".into(),
        confidence: Some(0.9),
        source_country: Some("PRK".into()),
        source_org: None,
        target_country: Some("RUS".into()),
        target_org: None,
    };
    let docs = [
        ("a", "North Korean officers visited Moscow on 19 June 2024.", mention("a", "North Korean officers visited Moscow on 19 June 2024.", "2024-06-19", DatePrecision::Day, true, "042")),
        ("b", "In June 2024 North Korean officers went to Russia.", mention("b", "In June 2024 North Korean officers went to Russia.", "2024-06", DatePrecision::Month, false, "042")),
        ("c", "North Korean officers \"threatened\" Russia in 2023.", mention("c", "North Korean officers \"threatened\" Russia in 2023.", "2023", DatePrecision::Year, false, "130")),
    ];
    for (id, text, m) in docs {
        let article = Article { id: id.into(), text: text.into(), date: None, lang: None, title: None, url: Some(format!("https://{id}.example/x")) };
        let sentences = [SentenceRecord { index: 0, span: Span(0, text.chars().count()), text: text.into(), boilerplate: false }];
        let mentions = [m];
        store.write_batch(&[vigie_store::ArticleRecord { article: &article, language: "en", sentences: &sentences, mentions: &mentions }]).unwrap();
    }
    store
}

#[test]
fn the_parquet_file_reads_back_row_by_row() {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    use parquet::record::RowAccessor;
    let store = store_with_events();
    let events = store.events(&EventFilter::default()).unwrap();
    assert_eq!(events.len(), 2);
    let path = std::env::temp_dir().join(format!("vigie-export-test-{}.parquet", std::process::id()));
    let n = export(&store, &EventFilter::default(), Format::Parquet, std::fs::File::create(&path).unwrap()).unwrap();
    assert_eq!(n, 2);
    let reader = SerializedFileReader::new(std::fs::File::open(&path).unwrap()).unwrap();
    let schema = reader.metadata().file_metadata().schema_descr();
    let names: Vec<&str> = schema.columns().iter().map(|c| c.name()).collect();
    assert_eq!(names, CSV_COLUMNS);
    let rows: Vec<parquet::record::Row> = reader.get_row_iter(None).unwrap().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), events.len());
    for (row, e) in rows.iter().zip(&events) {
        let col = |name: &str| CSV_COLUMNS.iter().position(|c| *c == name).unwrap();
        assert_eq!(row.get_long(col("id")).unwrap(), e.id);
        assert_eq!(row.get_string(col("source")).unwrap(), e.source.as_deref().unwrap());
        assert_eq!(row.get_string(col("cameo")).unwrap(), &e.cameo);
        assert_eq!(row.get_int(col("quad_class")).unwrap(), e.quad_class as i32);
        assert_eq!(row.get_double(col("goldstein")).unwrap(), e.goldstein);
        assert_eq!(row.get_long(col("num_mentions")).unwrap(), e.num_mentions as i64);
        assert_eq!(row.get_string(col("evidence")).unwrap(), &e.evidence);
        let day = vigie_store::dates::interval(e.date_start.as_deref().unwrap()).unwrap().0;
        let (_, field) = row.get_column_iter().nth(col("date_start")).unwrap();
        assert_eq!(field, &parquet::record::Field::Date(day as i32), "DATE is days since 1970-01-01");
        match &e.location {
            Some(l) => assert_eq!(row.get_double(col("lat")).unwrap(), l.lat),
            None => assert!(row.get_double(col("lat")).is_err(), "null lat"),
        }
        assert_eq!(row.get_double(col("confidence")).ok(), e.confidence, "the event keeps its best mention's confidence");
    }
    assert_eq!(rows[1].get_long(CSV_COLUMNS.iter().position(|c| *c == "num_mentions").unwrap()).unwrap(), 2);
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn csv_and_icews_rows_match_the_events() {
    let store = store_with_events();
    let mut out = Vec::new();
    assert_eq!(export(&store, &EventFilter::default(), Format::Csv, &mut out).unwrap(), 2);
    let csv = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 3);
    assert!(lines[1].contains("\"Label, with a comma\""), "{}", lines[1]);
    assert!(lines[1].contains("\"North Korean officers \"\"threatened\"\" Russia in 2023.\""), "{}", lines[1]);
    let mut out = Vec::new();
    export(&store, &EventFilter { cameo: Some("042".into()), ..Default::default() }, Format::Icews, &mut out).unwrap();
    let icews = String::from_utf8(out).unwrap();
    let row: Vec<&str> = icews.lines().nth(1).unwrap().split('\t').collect();
    assert_eq!(row.len(), 20);
    assert_eq!((row[1], row[3], row[4], row[6], row[14], row[17]), ("2024-06-19", "MIL", "North Korea", "042", "Moscow", "Russian Federation"));
}

#[test]
fn gdelt_places_carry_fips_country_codes() {
    // The table: every line a three-letter code and a two-letter code, no
    // FIPS code given to two countries, the codes GDELT users know.
    let mut seen = std::collections::HashMap::new();
    for line in include_str!("../data/fips10.tsv").lines().filter(|l| !l.starts_with('#')) {
        let (iso, fips) = line.split_once('\t').unwrap();
        assert!(iso.len() == 3 && fips.len() == 2 && (iso.to_owned() + fips).bytes().all(|b| b.is_ascii_uppercase()), "{line:?}");
        assert_eq!(seen.insert(fips, iso), None, "{fips} given twice");
    }
    assert!(seen.len() > 200);
    let known = [("RUS", "RS"), ("DEU", "GM"), ("GBR", "UK"), ("PRK", "KN"), ("KOR", "KS"), ("UKR", "UP"), ("CHN", "CH"), ("COD", "CG"), ("COG", "CF"), ("MMR", "BM"), ("ZAF", "SF"), ("SRB", "RI"), ("JPN", "JA"), ("ISR", "IS")];
    for (iso, fips) in known {
        assert_eq!(fips_country(iso), Some(fips), "{iso}");
    }
    assert_eq!(fips_country("XXX"), None);

    let store = store_with_events();
    let mut out = Vec::new();
    export(&store, &EventFilter::default(), Format::GdeltEvents, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let rows: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), 2);
    let placed = rows.iter().find(|r| r[51] != "0").unwrap();
    // ActionGeo: Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID.
    assert_eq!(placed[51..59], ["4", "Moscow, Russian Federation", "RS", "RS", "", "55.75", "37.62", "moscow"]);
    let unplaced = rows.iter().find(|r| r[51] == "0").unwrap();
    assert!(unplaced[52..59].iter().all(|f| f.is_empty()));
    assert!(rows.iter().all(|r| r[25] == "1"), "founding mentions in the first sentence are root events");
}
