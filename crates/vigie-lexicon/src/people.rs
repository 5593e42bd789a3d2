use std::collections::HashMap;

use crate::tsv;
use crate::LexiconError;

/// A person the press names, with every term of office they held.
#[derive(Debug, Clone)]
pub struct Person {
    pub id: String,
    pub country: String,
    pub names: Vec<String>,
    pub roles: Vec<Role>,
}

/// One term: the actor code the person carries from `from` to `to` (both
/// inclusive; `to` empty while in office). Dates are ISO `YYYY-MM-DD`.
#[derive(Debug, Clone)]
pub struct Role {
    pub code: String,
    pub from: String,
    pub to: Option<String>,
    pub office: String,
}

fn valid_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && s.chars().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && (1..=12).contains(&s[5..7].parse::<u32>().unwrap_or(0))
        && (1..=31).contains(&s[8..10].parse::<u32>().unwrap_or(0))
}

/// The first and last day a date of the given form (`YYYY`, `YYYY-MM`,
/// `YYYY-MM-DD`) can mean.
fn date_bounds(date: &str) -> (String, String) {
    match date.len() {
        4 => (format!("{date}-01-01"), format!("{date}-12-31")),
        7 => (format!("{date}-01"), format!("{date}-31")),
        _ => (date.to_string(), date.to_string()),
    }
}

impl Role {
    /// Whether the term covers any day of `date` (`YYYY`, `YYYY-MM`,
    /// `YYYY-MM-DD`); without a date, whether it is still running.
    pub fn in_force(&self, date: Option<&str>) -> bool {
        match date {
            None => self.to.is_none(),
            Some(d) => {
                let (first, last) = date_bounds(d);
                self.from.as_str() <= last.as_str() && self.to.as_deref().is_none_or(|to| to >= first.as_str())
            }
        }
    }
}

impl Person {
    /// The actor code on `date` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`): the
    /// role in force then — the most recent one if terms overlap the period —
    /// else the country's elite (`ELI`: a former or future office-holder).
    pub fn code_on(&self, date: Option<&str>) -> String {
        match self.roles.iter().filter(|r| r.in_force(date)).max_by(|a, b| a.from.cmp(&b.from)) {
            Some(role) => role.code.clone(),
            None => format!("{}ELI", self.country),
        }
    }
}

fn day_number(date: &str) -> Option<i64> {
    let (y, m, d) = (date.get(..4)?.parse::<i64>().ok()?, date.get(5..7)?.parse::<i64>().ok()?, date.get(8..10)?.parse::<i64>().ok()?);
    // Days since 0000-03-01 (civil calendar), enough to compare and subtract.
    let (y, m) = if m <= 2 { (y - 1, m + 12) } else { (y, m) };
    Some(365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d)
}

/// Days two terms share (a term without end runs to today, counted as far future).
pub(crate) fn overlap_days(a: &Role, b: &Role) -> i64 {
    let end = |r: &Role| r.to.as_deref().and_then(day_number).unwrap_or(i64::MAX / 2);
    let start = |r: &Role| day_number(&r.from).unwrap_or(0);
    (end(a).min(end(b)) - start(a).max(start(b)) + 1).max(0)
}

/// Offices one person holds at a time (a head of state, a secretary-general),
/// as opposed to collective ones (a member of parliament, a minister without
/// a named portfolio). Read from the office's wording.
pub(crate) fn is_single_seat(office: &str) -> bool {
    let o = office.to_lowercase();
    // Imported dictionaries name no office.
    if o.is_empty() {
        return false;
    }
    let collective = ["member", "deputy", "vice", "minister of state", "senator", "judge", "commissioner", "(approx.)", "acting"];
    !collective.iter().any(|c| o.contains(c))
}

pub(crate) fn parse(
    people_file: &str,
    people: &str,
    roles_file: &str,
    roles: &str,
) -> Result<Vec<Person>, LexiconError> {
    let mut out: Vec<Person> = Vec::new();
    let mut index = HashMap::new();
    for row in tsv::rows(people_file, people, &["person", "country", "names"])? {
        let c = &row.cols;
        let err = |m: String| LexiconError::at(people_file, row.line, m);
        if !c[0].chars().all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-') {
            return Err(err(format!("person id {:?} must be lower-case ascii with hyphens", c[0])));
        }
        if c[1].len() != 3 || !c[1].chars().all(|ch| ch.is_ascii_uppercase()) {
            return Err(err(format!("country {:?} must be an alpha-3 code", c[1])));
        }
        if index.insert(c[0].to_string(), out.len()).is_some() {
            return Err(err(format!("duplicate person {}", c[0])));
        }
        let names: Vec<String> = tsv::alternatives(c[2]).map(str::to_string).collect();
        out.push(Person { id: c[0].into(), country: c[1].into(), names, roles: Vec::new() });
    }
    for row in tsv::rows_with_optional(roles_file, roles, &["person", "code", "from", "to", "office"], &["to", "office"])? {
        let c = &row.cols;
        let err = |m: String| LexiconError::at(roles_file, row.line, m);
        let &i = index.get(c[0]).ok_or_else(|| err(format!("unknown person {:?} (not in people.tsv)", c[0])))?;
        if c[1].len() < 3 || !c[1].chars().all(|ch| ch.is_ascii_uppercase()) {
            return Err(err(format!("code {:?} must be upper-case letters", c[1])));
        }
        let to = (c[3] != "-" && !c[3].is_empty()).then(|| c[3].to_string());
        if !valid_date(c[2]) || to.as_deref().is_some_and(|t| !valid_date(t)) {
            return Err(err(format!("dates must be YYYY-MM-DD (to may be -): {:?} {:?}", c[2], c[3])));
        }
        if to.as_deref().is_some_and(|t| t < c[2]) {
            return Err(err(format!("term ends ({}) before it starts ({})", c[3], c[2])));
        }
        out[i].roles.push(Role { code: c[1].into(), from: c[2].into(), to, office: c[4].into() });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_follows_the_term_of_office() {
        let people = "person\tcountry\tnames\njoe-biden\tUSA\tJoe Biden|Biden\n";
        let roles = "person\tcode\tfrom\tto\toffice\njoe-biden\tUSAGOV\t2009-01-20\t2017-01-20\tVice President\njoe-biden\tUSAGOV\t2021-01-20\t2025-01-20\tPresident\n";
        let p = &parse("p", people, "r", roles).unwrap()[0];
        assert_eq!(p.code_on(Some("2021-06-01")), "USAGOV");
        assert_eq!(p.code_on(Some("2025-01-20")), "USAGOV");
        assert_eq!(p.code_on(Some("2025-01-21")), "USAELI");
        assert_eq!(p.code_on(Some("2018")), "USAELI");
        assert_eq!(p.code_on(Some("2017")), "USAGOV");
        assert_eq!(p.code_on(Some("2025-01")), "USAGOV");
    }

    #[test]
    fn overlapping_terms_are_measured_in_days() {
        let role = |from: &str, to: Option<&str>| Role { code: "RUSGOV".into(), from: from.into(), to: to.map(Into::into), office: "President of Russia".into() };
        assert_eq!(overlap_days(&role("2000-05-07", Some("2008-05-07")), &role("2008-05-07", Some("2012-05-07"))), 1, "a handover day");
        assert_eq!(overlap_days(&role("2000-01-01", Some("2000-12-31")), &role("2000-12-01", None)), 31);
        assert_eq!(overlap_days(&role("2000-01-01", Some("2000-01-31")), &role("2001-01-01", None)), 0);
        assert!(is_single_seat("President of Russia") && !is_single_seat("Member of the National Assembly"));
    }

    #[test]
    fn bad_roles_are_refused() {
        let people = "person\tcountry\tnames\nx\tUSA\tX\n";
        let bad_person = "person\tcode\tfrom\tto\toffice\ny\tUSAGOV\t2020-01-01\t-\tP\n";
        assert!(parse("p", people, "r", bad_person).unwrap_err().to_string().contains("unknown person"));
        let reversed = "person\tcode\tfrom\tto\toffice\nx\tUSAGOV\t2020-01-01\t2019-01-01\tP\n";
        assert!(parse("p", people, "r", reversed).is_err());
    }
}
