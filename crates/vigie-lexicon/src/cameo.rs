use std::collections::BTreeMap;

use crate::tsv;
use crate::LexiconError;

/// One CAMEO event code with what the field attaches to it.
#[derive(Debug, Clone, PartialEq)]
pub struct CameoCode {
    pub code: String,
    pub root: String,
    pub label: String,
    pub goldstein: f64,
    pub quad_class: u8,
    pub plover_event: Option<String>,
    pub plover_mode: Option<String>,
}

/// The CAMEO codebook, from `cameo/cameo.tsv`.
#[derive(Debug, Clone, Default)]
pub struct CameoTable {
    codes: BTreeMap<String, CameoCode>,
}

impl CameoTable {
    pub(crate) fn parse(file: &str, content: &str) -> Result<CameoTable, LexiconError> {
        let header = ["code", "root", "label", "goldstein", "quad_class", "plover_event", "plover_mode"];
        let mut codes = BTreeMap::new();
        for row in tsv::rows(file, content, &header)? {
            let c = &row.cols;
            let err = |m: String| LexiconError::at(file, row.line, m);
            if !(2..=4).contains(&c[0].len()) || !c[0].chars().all(|ch| ch.is_ascii_digit()) || !c[0].starts_with(c[1]) {
                return Err(err(format!("code {:?} must be 2-4 digits starting with its root {:?}", c[0], c[1])));
            }
            let goldstein: f64 = c[3].parse().map_err(|_| err(format!("goldstein {:?} is not a number", c[3])))?;
            if !(-10.0..=10.0).contains(&goldstein) {
                return Err(err(format!("goldstein {goldstein} outside -10..10")));
            }
            let quad_class: u8 = c[4].parse().ok().filter(|q| (1..=4).contains(q)).ok_or_else(|| err("quad_class must be 1-4".into()))?;
            let opt = |s: &str| (s != "-").then(|| s.to_string());
            let code = CameoCode {
                code: c[0].to_string(),
                root: c[1].to_string(),
                label: c[2].to_string(),
                goldstein,
                quad_class,
                plover_event: opt(c[5]),
                plover_mode: opt(c[6]),
            };
            if codes.insert(code.code.clone(), code).is_some() {
                return Err(err(format!("duplicate code {}", c[0])));
            }
        }
        Ok(CameoTable { codes })
    }

    pub fn get(&self, code: &str) -> Option<&CameoCode> {
        self.codes.get(code)
    }

    pub fn len(&self) -> usize {
        self.codes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &CameoCode> {
        self.codes.values()
    }
}
