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
}

pub(crate) fn parse(file: &str, content: &str) -> Result<Vec<Place>, LexiconError> {
    let mut out = Vec::new();
    let mut ids = std::collections::HashSet::new();
    for row in tsv::rows(file, content, &["id", "country", "kind", "lat", "lon", "names"])? {
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
        let names = tsv::alternatives(c[5]).map(str::to_string).collect();
        out.push(Place { id: c[0].into(), country: c[1].into(), kind, lat, lon, names });
    }
    Ok(out)
}
