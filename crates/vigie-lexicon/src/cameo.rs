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
    /// The codes by [`digit_slot`], as their place in `codes`' order
    /// (`NO_CODE` where none): the coder looks codes up a few times per
    /// candidate event, and a string search of the ordered map was a
    /// string comparison per level.
    by_slot: Vec<u16>,
    in_order: Vec<CameoCode>,
}

const NO_CODE: u16 = u16::MAX;

/// Slots for every string of two, three and four digits.
const DIGIT_SLOTS: usize = 100 + 1_000 + 10_000;

/// A slot of its own for each string of 2 to 4 ASCII digits (`07`, `070`
/// and `0700` differ), none for anything else: the codebook holds only such
/// codes.
fn digit_slot(code: &str) -> Option<usize> {
    let bytes = code.as_bytes();
    let offset = match bytes.len() {
        2 => 0,
        3 => 100,
        4 => 1_100,
        _ => return None,
    };
    let mut value = 0usize;
    for &b in bytes {
        if !b.is_ascii_digit() {
            return None;
        }
        value = value * 10 + usize::from(b - b'0');
    }
    Some(offset + value)
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
        let mut by_slot = vec![NO_CODE; DIGIT_SLOTS];
        let in_order: Vec<CameoCode> = codes.values().cloned().collect();
        for (k, code) in in_order.iter().enumerate() {
            let slot = digit_slot(&code.code).expect("parse checked 2-4 digits");
            by_slot[slot] = u16::try_from(k).expect("fewer codes than slots");
        }
        Ok(CameoTable { codes, by_slot, in_order })
    }

    pub fn get(&self, code: &str) -> Option<&CameoCode> {
        let k = *self.by_slot.get(digit_slot(code)?)?;
        (k != NO_CODE).then(|| &self.in_order[usize::from(k)])
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

/// The intent (03) or threat (13) an act's announcement amounts to, from
/// `cameo/intents.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IntentForm {
    /// The intent stated when the act is announced (`will give aid` → 0331).
    pub intent: String,
    /// The threat when the act is made conditional on the other side not
    /// doing something (`… unless`, `à moins que`).
    pub unless: String,
}

/// Intent forms by act code or code prefix; the longest prefix applies.
#[derive(Debug, Clone, Default)]
pub struct IntentTable {
    forms: BTreeMap<String, IntentForm>,
}

impl IntentTable {
    pub(crate) fn parse(file: &str, content: &str, cameo: &CameoTable) -> Result<IntentTable, LexiconError> {
        let mut forms = BTreeMap::new();
        for row in tsv::rows(file, content, &["act", "intent", "unless"])? {
            let c = &row.cols;
            let err = |m: String| LexiconError::at(file, row.line, m);
            let Some(act) = cameo.get(c[0]) else { return Err(err(format!("act {:?} is no CAMEO code or root of cameo/cameo.tsv", c[0]))) };
            // An intent announced is already itself; a threat announced stays a planned threat.
            if matches!(act.root.as_str(), "03" | "13") {
                return Err(err(format!("act {:?} is an intent or a threat already", c[0])));
            }
            for (column, code, root) in [("intent", c[1], None), ("unless", c[2], Some("13"))] {
                match cameo.get(code) {
                    Some(k) if root.is_none_or(|r| k.root == r) && matches!(k.root.as_str(), "03" | "13") && k.code.len() > 2 => {}
                    _ => return Err(err(format!("{column} {code:?} must be a CAMEO code of root {}", root.unwrap_or("03 or 13")))),
                }
            }
            let form = IntentForm { intent: c[1].to_string(), unless: c[2].to_string() };
            if forms.insert(c[0].to_string(), form).is_some() {
                return Err(err(format!("duplicate act {}", c[0])));
            }
        }
        Ok(IntentTable { forms })
    }

    /// The intent form of the act coded `code`: the row of the longest
    /// prefix of the code, if any.
    pub fn of(&self, code: &str) -> Option<&IntentForm> {
        (2..=code.len()).rev().find_map(|n| code.get(..n).and_then(|p| self.forms.get(p)))
    }

    pub fn len(&self) -> usize {
        self.forms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codebook() -> CameoTable {
        let rows = "code\troot\tlabel\tgoldstein\tquad_class\tplover_event\tplover_mode\n\
                    07\t07\tAID\t7\t2\t-\t-\n071\t07\tEconomic aid\t7.4\t2\tAID\t-\n\
                    03\t03\tINTENT\t4\t1\t-\t-\n033\t03\tIntent aid\t5.2\t1\tAGREE\t-\n0331\t03\tIntent economic aid\t5.2\t1\tAGREE\t-\n\
                    13\t13\tTHREATEN\t-6\t3\t-\t-\n1311\t13\tThreaten to stop aid\t-5.8\t3\tTHREATEN\t-\n";
        CameoTable::parse("cameo.tsv", rows).unwrap()
    }

    #[test]
    fn the_longest_prefix_of_the_act_gives_its_intent() {
        let table = IntentTable::parse("intents.tsv", "act\tintent\tunless\n07\t033\t1311\n071\t0331\t1311\n", &codebook()).unwrap();
        assert_eq!(table.of("071").map(|f| f.intent.as_str()), Some("0331"));
        assert_eq!(table.of("0712").map(|f| f.intent.as_str()), Some("0331"));
        assert_eq!(table.of("073").map(|f| f.intent.as_str()), Some("033"));
        assert_eq!(table.of("073").map(|f| f.unless.as_str()), Some("1311"));
        assert!(table.of("19").is_none());
    }

    #[test]
    fn rows_that_do_not_pair_an_act_with_an_intent_and_a_threat_are_refused() {
        let refused = |row: &str| IntentTable::parse("intents.tsv", &format!("act\tintent\tunless\n{row}\n"), &codebook()).unwrap_err().message;
        assert!(refused("099\t033\t1311").contains("no CAMEO code"));
        assert!(refused("033\t033\t1311").contains("intent or a threat already"));
        assert!(refused("07\t071\t1311").contains("intent \"071\""));
        assert!(refused("07\t033\t0331").contains("unless \"0331\""));
        assert!(refused("07\t03\t1311").contains("intent \"03\""));
        assert!(refused("07\t033\t1311\n07\t033\t1311").contains("duplicate act 07"));
    }
}
