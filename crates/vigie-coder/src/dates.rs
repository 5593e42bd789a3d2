//! Date expressions in a sentence, resolved against the article's dates.

use chrono::{Datelike, Duration, NaiveDate};
use vigie_model::DatePrecision;
use vigie_text::{LanguagePack, Token, TokenKind};

/// The dates an article's events are resolved against.
#[derive(Debug, Clone, Copy, Default)]
pub struct ArticleDates {
    /// Publication date, when the source gives one.
    pub published: Option<NaiveDate>,
    /// The year a date without one belongs to: the publication year, else the
    /// latest explicit year written in the article.
    pub reference_year: Option<i32>,
}

impl ArticleDates {
    /// The item's own date comes first; an item without one is dated by its
    /// address when that carries the publication day (`/2018/12/13/`), and
    /// only then by the latest year its text writes.
    pub fn new(published: Option<&str>, url: Option<&str>, tokens: &[Token]) -> ArticleDates {
        let own = published.and_then(parse_published);
        let from_url = if own.is_none() { url.map(url_date).unwrap_or_default() } else { (None, None) };
        let published = own.or(from_url.0);
        let latest_written = || tokens.iter().filter_map(year_of).max();
        ArticleDates { published, reference_year: published.map(|d| d.year()).or(from_url.1).or_else(latest_written) }
    }

    /// The article's date as the lexicon's terms of office read it: the
    /// publication day, else the reference year.
    pub fn reference(&self) -> Option<String> {
        match (self.published, self.reference_year) {
            (Some(day), _) => Some(iso_day(day)),
            (None, Some(year)) => Some(format!("{year:04}")),
            (None, None) => None,
        }
    }
}

/// The publication day, else year, that a news address carries in its path:
/// `/2018/12/13/`, `/2018-12-13/`, `/201812/13/` (day), `-20181213`,
/// `-13-12-2018-`; `/2018/12/` or `/201812/` give the year alone. Digits
/// that make no date, or a year outside 1990–2100, give nothing.
pub fn url_date(url: &str) -> (Option<NaiveDate>, Option<i32>) {
    let path = match url.find("://") {
        Some(k) => url[k + 3..].find('/').map_or("", |p| &url[k + 3 + p..]),
        None => url,
    };
    let b = path.as_bytes();
    // Runs of digits: (start, end, value).
    let mut runs: [(usize, usize, u32); 8] = [(0, 0, 0); 8];
    let mut n = 0;
    let mut i = 0;
    while i < b.len() && n < runs.len() {
        if b[i].is_ascii_digit() {
            let start = i;
            let mut v: u32 = 0;
            while i < b.len() && b[i].is_ascii_digit() {
                v = v.saturating_mul(10).saturating_add(u32::from(b[i] - b'0'));
                i += 1;
            }
            runs[n] = (start, i, v);
            n += 1;
        } else {
            i += 1;
        }
    }
    let runs = &runs[..n];
    let year_ok = |y: u32| (1990..=2100).contains(&y);
    let day = |y: u32, m: u32, d: u32| if year_ok(y) { NaiveDate::from_ymd_opt(y as i32, m, d) } else { None };
    let len = |r: &(usize, usize, u32)| r.1 - r.0;
    // The one separator between two runs, if they are that close.
    let sep = |a: &(usize, usize, u32), c: &(usize, usize, u32)| (c.0 == a.1 + 1).then(|| b[a.1]);
    let mut year = None;
    for (k, r) in runs.iter().enumerate() {
        let next = runs.get(k + 1);
        let third = runs.get(k + 2);
        match len(r) {
            4 => {
                if let (Some(m), Some(d)) = (next, third) {
                    let s1 = sep(r, m);
                    if matches!(s1, Some(b'/') | Some(b'-')) && s1 == sep(m, d) && len(m) == 2 && len(d) == 2 {
                        if let Some(date) = day(r.2, m.2, d.2) {
                            return (Some(date), Some(date.year()));
                        }
                    }
                }
                if next.is_some_and(|m| len(m) == 2 && sep(r, m) == Some(b'/') && (1..=12).contains(&m.2)) && year_ok(r.2) {
                    year = year.or(Some(r.2 as i32));
                }
            }
            6 => {
                let (y, m) = (r.2 / 100, r.2 % 100);
                if year_ok(y) && (1..=12).contains(&m) {
                    if let Some(date) = next.filter(|d| len(d) == 2 && sep(r, d) == Some(b'/')).and_then(|d| day(y, m, d.2)) {
                        return (Some(date), Some(date.year()));
                    }
                    year = year.or(Some(y as i32));
                }
            }
            8 if r.0 > 0 && matches!(b[r.0 - 1], b'-' | b'_' | b'/') => {
                if let Some(date) = day(r.2 / 10000, r.2 / 100 % 100, r.2 % 100) {
                    return (Some(date), Some(date.year()));
                }
            }
            2 => {
                if let (Some(m), Some(y)) = (next, third) {
                    if sep(r, m) == Some(b'-') && sep(m, y) == Some(b'-') && len(m) == 2 && len(y) == 4 {
                        if let Some(date) = day(y.2, m.2, r.2) {
                            return (Some(date), Some(date.year()));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    (None, year)
}

/// A publication date in any ISO 8601 shape (`2024-06-20`, `2024-06-20T08:00:00Z`).
fn parse_published(s: &str) -> Option<NaiveDate> {
    let day = s.get(..10)?;
    plain_iso_day(day).unwrap_or_else(|| NaiveDate::parse_from_str(day, "%Y-%m-%d").ok())
}

/// `YYYY-MM-DD` with exactly those digits, read without chrono's format
/// interpreter (once per article and per ISO date token, which short items
/// feel): `Some(None)` for digits that make no date, `None` for any other
/// shape, left to chrono so that what it accepts stays accepted.
fn plain_iso_day(s: &str) -> Option<Option<NaiveDate>> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().try_fold(0u32, |n, &c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')));
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let (year, month, day) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    Some(NaiveDate::from_ymd_opt(year as i32, month, day))
}

/// A day as `YYYY-MM-DD`, as chrono's `%Y-%m-%d` writes it, without its
/// format interpreter for the four-digit years every article has.
pub(crate) fn iso_day(d: NaiveDate) -> String {
    if (0..=9999).contains(&d.year()) {
        format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
    } else {
        d.format("%Y-%m-%d").to_string()
    }
}

fn year_of(t: &Token) -> Option<i32> {
    if t.kind != TokenKind::Number || t.norm.len() != 4 {
        return None;
    }
    t.norm.parse().ok().filter(|y| (1900..=2100).contains(y))
}

/// Whether a decade starting at `start` says when (`dans les années 1980`,
/// `à la fin des années 1990`, `in the 1990s`), not what kind of thing a noun
/// is (`l'Allemagne des années 1930`, `the Germany of the 1930s`).
fn decade_as_time(tokens: &[Token], pack: &LanguagePack, start: usize) -> bool {
    let norm = |k: usize| tokens[k].norm.as_str();
    let marker_at = |k: Option<usize>| k.is_some_and(|k| pack.is_year_marker(norm(k)));
    match start.checked_sub(1) {
        None => true,
        Some(k) if pack.is_genitive(norm(k)) => marker_at(k.checked_sub(1)),
        Some(k) if pack.is_determiner(norm(k)) => k == 0 || marker_at(Some(k - 1)) || !pack.is_genitive(norm(k - 1)) || marker_at(k.checked_sub(2)),
        Some(k) => pack.is_year_marker(norm(k)),
    }
}

/// A date read in the text: token range (in the tokens it was found in), the
/// date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and its precision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateExpr {
    pub start: usize,
    pub end: usize,
    pub value: String,
    pub precision: DatePrecision,
    /// A bare weekday's other reading: `value` is the last such day before
    /// publication, this the next one after it, which an event still to come
    /// takes (`est attendu jeudi`, `will visit on Thursday`).
    pub ahead: Option<String>,
    /// A day or month written without its year, later in the year than
    /// publication: `value` reads it in the publication's year, this in the
    /// year before, which a done act takes (`une résolution approuvée en
    /// décembre` in a May paper).
    pub behind: Option<String>,
}

fn format_date(year: i32, month: Option<u32>, day: Option<u32>) -> Option<(String, DatePrecision)> {
    match (month, day) {
        (Some(m), Some(d)) => NaiveDate::from_ymd_opt(year, m, d).map(|_| (format!("{year:04}-{m:02}-{d:02}"), DatePrecision::Day)),
        (Some(m), None) => Some((format!("{year:04}-{m:02}"), DatePrecision::Month)),
        _ => Some((format!("{year:04}"), DatePrecision::Year)),
    }
}

/// Finds the date expressions in `tokens`: ISO dates, `19 juin [2024]`,
/// `June 19[, 2024]`, `juillet 2024`, `en 2014`, and — against the
/// publication date — `hier`, `yesterday`, `mercredi`, `on Sunday`.
pub fn find_dates(tokens: &[Token], pack: &LanguagePack, article: &ArticleDates) -> Vec<DateExpr> {
    let mut out = Vec::new();
    let counts_years = !pack.years_ago.is_empty() && tokens.iter().any(|t| t.kind != TokenKind::Number && pack.is_cardinal(t));
    if !counts_years && !tokens.iter().any(|t| pack.may_start_date(t)) {
        return out;
    }
    let count_at = |i: usize| {
        tokens.get(i).and_then(|t| match t.kind {
            TokenKind::Number => t.norm.parse::<i64>().ok(),
            _ => pack.cardinals.get(&t.norm).copied(),
        })
    };
    // Where each phrase below holds its number: a position whose token
    // there can be no count (most) is ruled out by a flag, before any
    // word is compared.
    let count_offsets: Vec<usize> = pack.years_ago.iter().map(|phrase| phrase.iter().position(|w| w == "#").unwrap_or(0)).collect();
    let may_count_at = |i: usize| tokens.get(i).is_some_and(|t| t.kind == TokenKind::Number || pack.is_cardinal(t));
    // `il y a 30 ans`, `three years ago`: a year counted back from the
    // article's year.
    let years_ago_at = |i: usize| {
        pack.years_ago.iter().zip(&count_offsets).find_map(|(phrase, &offset)| {
            if !may_count_at(i + offset) {
                return None;
            }
            // The words first: they rule out nearly every position without reading a number.
            if phrase.iter().enumerate().any(|(k, word)| word != "#" && tokens.get(i + k).is_none_or(|t| t.norm != *word)) {
                return None;
            }
            let mut count = None;
            for (k, word) in phrase.iter().enumerate() {
                if word == "#" {
                    count = Some(count_at(i + k).filter(|n| (1..=200).contains(n))?);
                } else if tokens.get(i + k).is_none_or(|t| t.norm != *word) {
                    return None;
                }
            }
            count.map(|n| (phrase.len(), n))
        })
    };
    // A month is a date word, or an abbreviation with its dot (`jan.`).
    let month_at = |i: usize| {
        tokens.get(i).filter(|t| pack.is_date_word(t) || t.norm.ends_with('.')).and_then(|t| pack.months.get(t.norm.trim_end_matches('.')).copied())
    };
    let year_at = |i: usize| tokens.get(i).and_then(year_of);
    // `mai 68`, `May '68`: two digits after a month that cannot be its day
    // are a year of the 1900s.
    let short_year_at = |i: usize| {
        let t = tokens.get(i).filter(|t| t.kind == TokenKind::Number && t.norm.len() == 2)?;
        t.norm.parse::<i32>().ok().filter(|n| *n > 31).map(|n| 1900 + n)
    };
    let day_at = |i: usize| tokens.get(i).filter(|t| t.kind != TokenKind::Punct).and_then(|t| pack.day_of_month(&t.norm));
    let mut i = 0;
    while i < tokens.len() {
        let mut found: Option<(usize, i32, Option<u32>, Option<u32>)> = None;
        if let (Some((len, n)), Some(reference)) = (years_ago_at(i), article.reference_year) {
            out.push(DateExpr { start: i, end: i + len, value: format!("{:04}", reference - n as i32), precision: DatePrecision::Year, ahead: None, behind: None });
            i += len;
            continue;
        }
        // Every reading below starts on a digit, a date word or a month with its dot.
        if !pack.may_start_date(&tokens[i]) {
            i += 1;
            continue;
        }
        if let Some(d) = iso_date(&tokens[i].norm) {
            out.push(DateExpr { start: i, end: i + 1, value: iso_day(d), precision: DatePrecision::Day, ahead: None, behind: None });
            i += 1;
            continue;
        }
        // `in the 1990s`, `dans les années 80`: a decade, dated by its first year.
        let marked = i > 0 && pack.is_decade_marker(&tokens[i - 1].norm);
        let decade = pack.decade_of(&tokens[i].norm).map(|y| (i, y)).or_else(|| marked.then(|| pack.decade_start(&tokens[i].norm).map(|y| (i - 1, y))).flatten());
        if let Some((start, y)) = decade.filter(|&(start, _)| decade_as_time(tokens, pack, start)) {
            out.push(DateExpr { start, end: i + 1, value: format!("{y:04}"), precision: DatePrecision::Year, ahead: None, behind: None });
            i += 1;
            continue;
        }
        if let (Some(day), Some(month)) = (day_at(i), month_at(i + 1)) {
            match year_at(i + 2) {
                Some(y) => found = Some((i + 3, y, Some(month), Some(day))),
                None => {
                    if let Some(y) = article.reference_year {
                        found = Some((i + 2, y, Some(month), Some(day)));
                    }
                }
            }
        } else if let Some(month) = month_at(i) {
            let comma = usize::from(tokens.get(i + 2).is_some_and(|t| t.norm == ","));
            if let Some(day) = day_at(i + 1).filter(|_| year_at(i + 1).is_none()) {
                match year_at(i + 2 + comma) {
                    Some(y) => found = Some((i + 3 + comma, y, Some(month), Some(day))),
                    None => {
                        if let Some(y) = article.reference_year {
                            found = Some((i + 2, y, Some(month), Some(day)));
                        }
                    }
                }
            } else if let Some(y) = year_at(i + 1).or_else(|| short_year_at(i + 1)) {
                found = Some((i + 2, y, Some(month), None));
            } else if i > 0 && pack.is_year_marker(&tokens[i - 1].norm) {
                // `en avril`, `in April`: the month of the reference year.
                if let Some(y) = article.reference_year {
                    found = Some((i + 1, y, Some(month), None));
                }
            }
        } else if let Some(y) = year_at(i) {
            // `au début de 1975`, `à la fin de 2014`: a year marker may govern
            // the year through a genitive.
            let marked = |k: usize| pack.is_year_marker(&tokens[k].norm);
            if i > 0 && marked(i - 1) || i > 1 && pack.is_genitive(&tokens[i - 1].norm) && marked(i - 2) {
                found = Some((i + 1, y, None, None));
            }
        }
        if let Some((end, y, m, d)) = found {
            let yearless = article.reference_year == Some(y) && year_at(end - 1).is_none();
            if let (true, Some(published), Some(month)) = (yearless, article.published, m) {
                if let Some(date) = yearless_date(tokens, pack, published, (i, end), (y, month, d)) {
                    out.push(date);
                    i = end;
                    continue;
                }
            }
            if let Some((value, precision)) = format_date(y, m, d) {
                out.push(DateExpr { start: i, end, value, precision, ahead: None, behind: None });
                i = end;
                continue;
            }
        }
        if let Some(published) = article.published {
            if let Some((len, offset)) = relative_day(tokens, i, pack) {
                let d = published + Duration::days(offset);
                out.push(DateExpr { start: i, end: i + len, value: iso_day(d), precision: DatePrecision::Day, ahead: None, behind: None });
                i += len;
                continue;
            }
            if let Some(&wd) = Some(&tokens[i]).filter(|t| pack.is_weekday(t)).and_then(|t| pack.weekdays.get(&t.norm)) {
                // The last such weekday on or before publication: news reports the past week.
                let back = (published.weekday().number_from_monday() as i64 - wd as i64).rem_euclid(7);
                let last = published - Duration::days(back);
                // The shift word stays out of the span: `prochain` is also a
                // cue that the act is planned.
                let shift = shift_beside(tokens, pack, i, i + 1);
                // A bare weekday said on that very day is today, for what is to
                // come as for what is done: dispatches name the day
                // (`doit s'exprimer mercredi` in Wednesday's paper), while
                // `mercredi prochain`, `lundi dernier` said on that day are a
                // week off.
                let week = Duration::days(7);
                let (value, ahead) = match shift {
                    Some(1) => (last + week, None),
                    Some(_) if back == 0 => (last - week, None),
                    Some(_) => (last, None),
                    None => (last, (back != 0).then(|| iso_day(last + week))),
                };
                out.push(DateExpr { start: i, end: i + 1, value: iso_day(value), precision: DatePrecision::Day, ahead, behind: None });
            }
        }
        i += 1;
    }
    out
}

/// The `weekday_shift` word right after a date or right before it
/// (`lundi prochain`, `le 20 décembre dernier`, `last Monday`): +1 for the
/// next one, -1 for the last.
fn shift_beside(tokens: &[Token], pack: &LanguagePack, start: usize, end: usize) -> Option<i8> {
    let shift_at = |k: usize| tokens.get(k).and_then(|t| pack.weekday_shifts.get(&t.norm).copied());
    shift_at(end).or_else(|| start.checked_sub(1).and_then(shift_at))
}

/// How far from publication a day or month without its year may fall and
/// still be read in the publication's year whatever the act's tense.
const YEARLESS_NEAR_DAYS: i64 = 62;

/// A day or month the text gives without its year, in a dated article:
/// `le 20 décembre dernier`, `last December` are the last one before
/// publication, `en mars prochain`, `next March` the next one after it; bare,
/// it keeps the publication's year, with the other readings offered to a done
/// act (`behind`) and to one still to come (`ahead`).
fn yearless_date(tokens: &[Token], pack: &LanguagePack, published: NaiveDate, (start, end): (usize, usize), (year, month, day): (i32, u32, Option<u32>)) -> Option<DateExpr> {
    let at = |y: i32| format_date(y, Some(month), day);
    let (value, precision) = at(year)?;
    let shift = shift_beside(tokens, pack, start, end);
    let days_after_publication = (NaiveDate::from_ymd_opt(year, month, day.unwrap_or(1))? - published).num_days();
    let (value, ahead, behind) = match shift {
        Some(1) => (at(if days_after_publication < 0 { year + 1 } else { year })?.0, None, None),
        Some(_) => (at(if days_after_publication > 0 { year - 1 } else { year })?.0, None, None),
        // Weeks around publication are this year's whatever the tense: a
        // strike called for `le 5 février` in a January paper is to come,
        // though the call is done.
        None if days_after_publication > YEARLESS_NEAR_DAYS => (value, None, at(year - 1).map(|d| d.0)),
        None if days_after_publication < -YEARLESS_NEAR_DAYS => (value, at(year + 1).map(|d| d.0), None),
        None => (value, None, None),
    };
    Some(DateExpr { start, end, value, precision, ahead, behind })
}

fn iso_date(norm: &str) -> Option<NaiveDate> {
    if norm.len() == 10 && norm.as_bytes()[4] == b'-' {
        plain_iso_day(norm).unwrap_or_else(|| NaiveDate::parse_from_str(norm, "%Y-%m-%d").ok())
    } else {
        None
    }
}

fn relative_day(tokens: &[Token], i: usize, pack: &LanguagePack) -> Option<(usize, i64)> {
    if !pack.is_date_word(&tokens[i]) {
        return None;
    }
    pack.relative_days.iter().find_map(|(phrase, offset)| {
        let fits = i + phrase.len() <= tokens.len() && phrase.iter().zip(&tokens[i..]).all(|(p, t)| *p == t.norm);
        fits.then_some((phrase.len(), *offset))
    })
}

/// The year of a date string `YYYY[-MM[-DD]]`.
pub fn year_of_date(date: &str) -> Option<i32> {
    date.get(..4)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_iso_days_read_and_write_as_chrono_does() {
        for s in ["2024-06-20", "2024-02-30", "2023-02-29", "0000-01-01", "9999-12-31", "2024-13-01", "2024-00-10", "2024-6-20x", "+202-06-20", "2024/06/20", "20240620ab", "2024-06-2a"] {
            let chrono = NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
            assert_eq!(plain_iso_day(s).unwrap_or(chrono), chrono, "{s}");
        }
        assert_eq!(plain_iso_day("2024-02-30"), Some(None));
        assert_eq!(plain_iso_day("2024/06/20"), None);
        for (y, m, d) in [(2024, 6, 20), (7, 1, 2), (0, 1, 1), (9999, 12, 31), (10000, 1, 1), (-3, 5, 6)] {
            let day = NaiveDate::from_ymd_opt(y, m, d).expect("a valid day");
            assert_eq!(iso_day(day), day.format("%Y-%m-%d").to_string());
        }
    }
}

#[cfg(test)]
mod url_date_tests {
    use super::*;

    fn day(url: &str) -> Option<String> {
        url_date(url).0.map(iso_day)
    }

    #[test]
    fn news_addresses_give_their_day() {
        assert_eq!(day("https://www.lapresse.ca/international/europe/201901/19/01-5211650-les-gilets-jaunes.php").as_deref(), Some("2019-01-19"));
        assert_eq!(day("https://www.journaldemontreal.com/2018/11/17/gilets-jaunes").as_deref(), Some("2018-11-17"));
        assert_eq!(day("http://www.lefigaro.fr/actualite-france/2018/11/24/01016-20181124ARTFIG00076-gilets.php").as_deref(), Some("2018-11-24"));
        assert_eq!(day("https://www.lepoint.fr/politique/castaner-sidere-18-01-2019-2286944_20.php").as_deref(), Some("2019-01-18"));
        assert_eq!(day("https://example.org/news/item-20181213.html").as_deref(), Some("2018-12-13"));
        assert_eq!(url_date("https://www.lapresse.ca/international/europe/201807/"), (None, Some(2018)));
    }

    #[test]
    fn other_numbers_give_nothing() {
        assert_eq!(url_date("https://www.ledevoir.com/monde/europe/543740/gilets-jaunes-photo"), (None, None));
        assert_eq!(url_date("https://www.tdg.ch/monde/La-France/story/15875351"), (None, None));
        assert_eq!(url_date("https://www.2018news.com/a/b"), (None, None));
    }
}
