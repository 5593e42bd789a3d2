use crate::tsv;
use crate::LexiconError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    Country,
    Capital,
    City,
    Region,
    Sea,
    Other,
}

/// One gazetteer entry.
#[derive(Debug, Clone)]
pub struct Place {
    pub id: String,
    pub country: String,
    pub kind: PlaceKind,
    pub lat: f64,
    pub lon: f64,
    pub names: Vec<String>,
    /// Those of `names` that are also common words (`Greve`: `grève`): they name
    /// the place only where a capital marks a proper name, not at the start of a
    /// sentence or quotation.
    pub common_word_names: Vec<String>,
}

pub(crate) fn parse(file: &str, content: &str) -> Result<Vec<Place>, LexiconError> {
    let mut out = Vec::new();
    let mut ids = std::collections::HashSet::new();
    for row in tsv::rows_with_optional(file, content, &["id", "country", "kind", "lat", "lon", "names", "common_words"], &["common_words"])? {
        let c = &row.cols;
        let err = |m: String| LexiconError::at(file, row.line, m);
        let kind = match c[2] {
            "country" => PlaceKind::Country,
            "capital" => PlaceKind::Capital,
            "city" => PlaceKind::City,
            "region" => PlaceKind::Region,
            "sea" => PlaceKind::Sea,
            "other" => PlaceKind::Other,
            k => return Err(err(format!("unknown place kind {k:?}"))),
        };
        let lat: f64 = c[3].parse().ok().filter(|v: &f64| (-90.0..=90.0).contains(v)).ok_or_else(|| err(format!("bad lat {:?}", c[3])))?;
        let lon: f64 = c[4].parse().ok().filter(|v: &f64| (-180.0..=180.0).contains(v)).ok_or_else(|| err(format!("bad lon {:?}", c[4])))?;
        if !ids.insert(c[0].to_string()) {
            return Err(err(format!("duplicate place id {}", c[0])));
        }
        let names: Vec<String> = tsv::alternatives(c[5]).map(str::to_string).collect();
        let common_word_names: Vec<String> = tsv::alternatives(c[6]).map(str::to_string).collect();
        if let Some(stray) = common_word_names.iter().find(|w| !names.contains(w)) {
            return Err(err(format!("common word {stray:?} is not one of the place's names")));
        }
        out.push(Place { id: c[0].into(), country: c[1].into(), kind, lat, lon, names, common_word_names });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_word_names_are_optional_and_must_be_names_of_the_place() {
        let old_shape = "id\tcountry\tkind\tlat\tlon\tnames\nx-lyon\tFRA\tcity\t45.76\t4.84\tLyon\n";
        let places = parse("p.tsv", old_shape).expect("a file without the column loads");
        assert!(places[0].common_word_names.is_empty());
        let new_shape = "id\tcountry\tkind\tlat\tlon\tnames\tcommon_words\nx-greve\tDNK\tcity\t55.58\t12.30\tGreve\tGreve\nx-lyon\tFRA\tcity\t45.76\t4.84\tLyon\n";
        let places = parse("p.tsv", new_shape).expect("the column loads");
        assert_eq!(places[0].common_word_names, vec!["Greve".to_string()]);
        assert!(places[1].common_word_names.is_empty());
        let stray = "id\tcountry\tkind\tlat\tlon\tnames\tcommon_words\nx-greve\tDNK\tcity\t55.58\t12.30\tGreve\tgrève\n";
        let err = parse("p.tsv", stray).expect_err("a common word that is no name of the place is refused");
        assert!(err.to_string().contains("grève"), "{err}");
    }
}
