//! The rules that decide when two things are the same: two copies of an
//! article, two mentions of one happening. Pure functions, tested here; the
//! store applies them inside its transactions.

use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;
use vigie_model::Factuality;

/// CAMEO agent codes (the sector part of an actor code, after its country or
/// organisation): `PRKMIL` is `PRK` with the agent `MIL`.
const AGENTS: &[&str] = &[
    "AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI", "IGO", "IMG", "INS", "JUD", "LAB",
    "LEG", "MED", "MIL", "MNC", "MOD", "NGM", "NGO", "OPP", "PKO", "PTY", "RAD", "REB", "REF", "REL", "SEP", "SET", "SPY",
    "UAF", "UIS",
];

/// The actor up to its agent: the country or organisation part of a CAMEO
/// actor code (`PRKMIL` → `PRK`, `RUSGOVMIL` → `RUS`, `NATO` → `NATO`); the
/// empty string for no actor.
pub fn actor_key(code: Option<&str>) -> String {
    code.map_or_else(String::new, |c| actor_key_of(c).to_string())
}

/// [`actor_key`] borrowed from the code (no allocation: it runs for every
/// mention stored).
pub fn actor_key_of(code: &str) -> &str {
    let mut key = split_ethnic(code.trim()).0;
    while key.len() > 3 && key.is_char_boundary(key.len() - 3) && AGENTS.binary_search(&&key[key.len() - 3..]).is_ok() {
        key = &key[..key.len() - 3];
    }
    key
}

/// A CAMEO actor code split from its ethnic suffix, the trailing lower-case
/// letters (`IRQCVLkur` → `IRQCVL`, `kur`): an attribute of the actor, like
/// its agent, so actors compare without it.
pub fn split_ethnic(code: &str) -> (&str, &str) {
    let suffix = code.bytes().rev().take_while(|b| b.is_ascii_lowercase()).count();
    code.split_at(code.len() - suffix)
}

/// The agent codes after the actor key (`PRKGOVMIL` → `["GOV", "MIL"]`,
/// `TURREBkur` → `["REB"]`).
pub fn actor_agents(code: &str) -> Vec<&str> {
    let key_len = actor_key(Some(code)).len();
    let rest = &split_ethnic(code.trim()).0[key_len..];
    (0..rest.len() / 3).filter_map(|i| rest.get(i * 3..i * 3 + 3)).collect()
}

/// How strongly a mention's factuality speaks for the event: an assertion
/// outranks a denial, which outranks a plan, which outranks a hypothesis.
pub fn factuality_rank(f: Factuality) -> u8 {
    match f {
        Factuality::Asserted => 4,
        Factuality::Negated => 3,
        Factuality::Planned => 2,
        Factuality::Hypothetical => 1,
    }
}

pub fn parse_factuality(s: &str) -> Option<Factuality> {
    Some(match s {
        "asserted" => Factuality::Asserted,
        "negated" => Factuality::Negated,
        "planned" => Factuality::Planned,
        "hypothetical" => Factuality::Hypothetical,
        _ => return None,
    })
}

/// A place as the deduplication compares it.
#[derive(Debug, Clone, Copy)]
pub struct Place<'a> {
    pub place_id: &'a str,
    pub country: &'a str,
    pub lat: f64,
    pub lon: f64,
}

/// Kilometres between two points on the Earth.
fn distance_km(a: &Place, b: &Place) -> f64 {
    let (la1, la2) = (a.lat.to_radians(), b.lat.to_radians());
    let dlat = la2 - la1;
    let dlon = (b.lon - a.lon).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

/// Whether the place stands for its whole country (the gazetteer's
/// `country-xxx` ids).
fn is_country(p: &Place) -> bool {
    p.place_id.len() == 11 && p.place_id.starts_with("country-") && p.place_id[8..].eq_ignore_ascii_case(p.country)
}

/// Places within this distance of each other in one country are one place.
pub const SAME_PLACE_KM: f64 = 50.0;

/// `Some(0)`: the same place; `Some(1)`: compatible (one is unknown, or one is
/// the whole country the other lies in, or both are within
/// [`SAME_PLACE_KM`] in the same country); `None`: different places.
pub fn place_compatibility(a: Option<Place>, b: Option<Place>) -> Option<u8> {
    let (Some(a), Some(b)) = (a, b) else { return Some(1) };
    if a.place_id == b.place_id {
        return Some(0);
    }
    if a.country == b.country && (is_country(&a) || is_country(&b) || distance_km(&a, &b) <= SAME_PLACE_KM) {
        return Some(1);
    }
    None
}

/// Days of slack when comparing two dates: a report dated the next day, a
/// time zone apart.
pub const DATE_SLACK_DAYS: i64 = 1;

/// Whether two date intervals (see [`crate::dates::interval`]) can be the same
/// happening: they overlap once widened by [`DATE_SLACK_DAYS`]. Undated only
/// matches undated.
pub fn dates_compatible(a: Option<(i64, i64)>, b: Option<(i64, i64)>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => a.0 - DATE_SLACK_DAYS <= b.1 && b.0 - DATE_SLACK_DAYS <= a.1,
        _ => false,
    }
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let digest = Sha256::digest(bytes);
    // Two digits per byte from a table: a `format!` per byte was a third of
    // the instructions of the thread that prepares a bulk load's articles.
    let mut hex = String::with_capacity(2 * digest.len());
    for b in digest {
        hex.push(DIGITS[(b >> 4) as usize] as char);
        hex.push(DIGITS[(b & 15) as usize] as char);
    }
    hex
}

/// The text an article is compared on: Unicode NFC, lower case, every run
/// of whitespace one space, no leading or trailing space.
pub fn normalised_text(text: &str) -> String {
    // ASCII is its own NFC (the composition was a visible part of a load).
    let lower = if text.is_ascii() { text.to_ascii_lowercase() } else { text.nfc().collect::<String>().to_lowercase() };
    let mut out = String::with_capacity(lower.len());
    for word in lower.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The SHA-256 of [`normalised_text`]: articles with equal hashes are copies.
pub fn normalised_hash(text: &str) -> String {
    sha256_hex(normalised_text(text).as_bytes())
}

/// The key two URLs are compared on: trimmed, scheme and host in lower case,
/// `www.` and the fragment dropped, no trailing slash; `http` and `https`
/// are one. `None` for an empty URL.
pub fn url_key(url: &str) -> Option<String> {
    let url = url.trim();
    let url = url.split('#').next().unwrap_or("");
    if url.is_empty() {
        return None;
    }
    let (scheme, rest) = match url.find("://") {
        Some(i) => (url[..i].to_ascii_lowercase(), &url[i + 3..]),
        None => (String::new(), url),
    };
    let scheme = if scheme == "https" { "http".to_string() } else { scheme };
    let host_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let host = rest[..host_end].to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    let mut path = rest[host_end..].to_string();
    while path.ends_with('/') {
        path.pop();
    }
    Some(format!("{scheme}://{host}{path}"))
}

/// The source (publisher) of an article: the host of its URL, in lower
/// case, without `www.`; without a URL, the article itself (its id).
pub fn source_name(url: Option<&str>, external_id: &str) -> String {
    if let Some(key) = url.and_then(url_key) {
        let rest = key.split("://").nth(1).unwrap_or(&key);
        let host = rest.split(['/', '?']).next().unwrap_or(rest);
        let host = host.rsplit('@').next().unwrap_or(host);
        let host = host.split(':').next().unwrap_or(host);
        if !host.is_empty() {
            return host.to_string();
        }
    }
    format!("article:{external_id}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_hex_is_the_digest_in_lower_case_hex() {
        // FIPS 180-2's example.
        assert_eq!(sha256_hex(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assert_eq!(sha256_hex(b""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    #[test]
    fn actors_compare_up_to_their_agent() {
        assert_eq!(actor_key(Some("PRKMIL")), "PRK");
        assert_eq!(actor_key(Some("RUSGOVMIL")), "RUS");
        assert_eq!(actor_key(Some("RUS")), "RUS");
        assert_eq!(actor_key(Some("NATO")), "NATO");
        assert_eq!(actor_key(Some("IGOUNO")), "IGOUNO");
        assert_eq!(actor_key(Some("GOV")), "GOV");
        assert_eq!(actor_key(None), "");
        assert!(AGENTS.windows(2).all(|w| w[0] < w[1]), "agents sorted, for the binary search");
        assert_eq!(actor_agents("USAGOVMIL"), vec!["GOV", "MIL"]);
        assert!(actor_agents("NATO").is_empty());
        // An ethnic suffix is set aside like the agent.
        assert_eq!(actor_key(Some("TURREBkur")), "TUR");
        assert_eq!(actor_key(Some("IRQCVLkur")), actor_key(Some("IRQ")));
        assert_eq!(actor_agents("TURREBkur"), vec!["REB"]);
        assert_eq!(split_ethnic("SRBCVLalb"), ("SRBCVL", "alb"));
        assert_eq!(split_ethnic("NATO"), ("NATO", ""));
    }

    #[test]
    fn places_are_compatible_when_one_contains_the_other_or_they_are_close() {
        let moscow = Place { place_id: "c-524901", country: "RUS", lat: 55.75, lon: 37.62 };
        let kremlin = Place { place_id: "p-kremlin", country: "RUS", lat: 55.752, lon: 37.617 };
        let russia = Place { place_id: "country-rus", country: "RUS", lat: 61.5, lon: 105.3 };
        let vladivostok = Place { place_id: "c-2013348", country: "RUS", lat: 43.1, lon: 131.9 };
        let kyiv = Place { place_id: "c-703448", country: "UKR", lat: 50.45, lon: 30.52 };
        assert_eq!(place_compatibility(Some(moscow), Some(moscow)), Some(0));
        assert_eq!(place_compatibility(Some(moscow), Some(kremlin)), Some(1));
        assert_eq!(place_compatibility(Some(russia), Some(vladivostok)), Some(1));
        assert_eq!(place_compatibility(None, Some(kyiv)), Some(1));
        assert_eq!(place_compatibility(Some(moscow), Some(vladivostok)), None);
        assert_eq!(place_compatibility(Some(moscow), Some(kyiv)), None);
        assert_eq!(place_compatibility(Some(russia), Some(kyiv)), None);
    }

    #[test]
    fn dates_match_within_their_precision() {
        let day = crate::dates::interval;
        assert!(dates_compatible(day("2024-06-19"), day("2024-06")));
        assert!(dates_compatible(day("2024-06-19"), day("2024-06-20")));
        assert!(!dates_compatible(day("2024-06-19"), day("2024-06-21")));
        assert!(dates_compatible(day("2024-07-01"), day("2024-06")), "one day of slack");
        assert!(!dates_compatible(day("2024-07-02"), day("2024-06")));
        assert!(dates_compatible(day("2024-11-30"), day("2024")));
        assert!(!dates_compatible(day("2025-01-05"), day("2024")));
        assert!(!dates_compatible(None, day("2024")));
        assert!(dates_compatible(None, None));
    }

    #[test]
    fn copies_of_an_article_share_their_keys() {
        assert_eq!(normalised_hash("Kim  arrive\nà Moscou."), normalised_hash("kim arrive à moscou. "));
        // NFC: a precomposed and a combining accent are one letter.
        assert_eq!(normalised_hash("Kim arrive \u{e0} Moscou."), normalised_hash("Kim arrive a\u{300} Moscou."));
        assert_ne!(normalised_hash("Kim arrive à Moscou."), normalised_hash("Kim arrive a Moscou."));
        assert_eq!(normalised_text(" Kim\u{b}ARRIVES\tin  Moscow. "), "kim arrives in moscow.");
        assert_eq!(url_key("https://www.Example.com/a/b/#top"), url_key("http://example.com/a/b"));
        assert_ne!(url_key("https://example.com/a?id=1"), url_key("https://example.com/a?id=2"));
        assert_eq!(url_key("  "), None);
        assert_eq!(source_name(Some("https://www.lemonde.fr/international/x.html"), "a"), "lemonde.fr");
        assert_eq!(source_name(None, "a1"), "article:a1");
    }
}
