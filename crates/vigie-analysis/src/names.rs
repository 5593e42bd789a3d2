//! How the brief names actors, in French or English: countries and
//! organisations (`la Russie`, `Russia`), an agent of a country (`l'armée
//! nord-coréenne`, `the North Korean military`), people (`Vladimir Poutine`,
//! `Vladimir Putin`); and the words that name a party in a treaty clause
//! (`Moscou`, `North Korea`), to tell who an obligation binds.
//!
//! The built-in table (`templates/actors.tsv`) names the usual actors with
//! their French articles; [`ActorNames::with_lexicon_files`] adds every
//! country, organisation and person of Vigie's lexicon files (read for their
//! names only: the analysis knows nothing of how they are matched in text).

use std::collections::HashMap;

use crate::text::{normalise, words};
use crate::Lang;

const BUILTIN: &str = include_str!("../templates/actors.tsv");
/// French articles of country names the table does not list; the rest follow the ending.
const FR_ARTICLES: &str = include_str!("../templates/fr_articles.tsv");

/// A country or organisation's names in one language.
#[derive(Debug, Clone, Default)]
struct CountryNames {
    /// `Russie`, `Russia`.
    name: String,
    /// `la Russie`; in English the name itself.
    definite: String,
    /// Adjective, masculine and feminine (`nord-coréen`, `nord-coréenne`; `North Korean` twice).
    adjective: Option<(String, String)>,
}

#[derive(Debug, Clone)]
struct AgentNames {
    noun: [String; 2],
    /// French gender and number of the noun: `m`, `f`, `mp`, `fp`.
    feminine: bool,
    plural: bool,
}

/// A French adjective in the plural (`russe` → `russes`, `français` stays).
fn fr_plural(adj: &str) -> String {
    if adj.ends_with('s') || adj.ends_with('x') {
        adj.to_string()
    } else {
        format!("{adj}s")
    }
}

/// Actor names in French and English (see the module doc).
#[derive(Debug, Clone)]
pub struct ActorNames {
    countries: HashMap<String, [CountryNames; 2]>,
    agents: HashMap<String, AgentNames>,
    people: HashMap<String, [String; 2]>,
    /// Normalised word sequences that name a country or organisation, with its code.
    forms: Vec<(Vec<String>, String)>,
    fr_articles: HashMap<String, String>,
}

impl Default for ActorNames {
    fn default() -> Self {
        ActorNames::builtin()
    }
}

fn lang_index(lang: Lang) -> usize {
    match lang {
        Lang::Fr => 0,
        Lang::En => 1,
    }
}

/// Whether French elides before the word (`l’Ukraine`); an initial h is
/// mostly aspirated in names (`la Hongrie`, `le Honduras`): not elided.
fn starts_with_vowel(s: &str) -> bool {
    normalise(s).chars().next().is_some_and(|c| "aeiouy".contains(c))
}

/// `le`/`la`/`l'`/`les` + a French noun.
fn with_article(article: &str, noun: &str) -> String {
    match article {
        "-" | "" => noun.to_string(),
        "l'" => format!("l’{noun}"),
        a => format!("{a} {noun}"),
    }
}

/// `de` + a French noun phrase with its article: `du Japon`, `de la Russie`, `des États-Unis`, `d’Israël`.
pub fn fr_de(phrase: &str) -> String {
    if let Some(rest) = phrase.strip_prefix("le ") {
        format!("du {rest}")
    } else if let Some(rest) = phrase.strip_prefix("les ") {
        format!("des {rest}")
    } else if starts_with_vowel(phrase) && !phrase.starts_with("l’") {
        format!("d’{phrase}")
    } else {
        format!("de {phrase}")
    }
}

/// The first letter in capitals (a statement that starts with a name).
pub fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).skip(1).map(|l| l.split('\t').map(str::trim).collect())
}

fn norm_words(form: &str) -> Vec<String> {
    words(form).into_iter().filter(|w| !w.punct).map(|w| w.norm).collect()
}

impl ActorNames {
    /// The names of `templates/actors.tsv` only.
    pub fn builtin() -> ActorNames {
        let mut n = ActorNames { countries: HashMap::new(), agents: HashMap::new(), people: HashMap::new(), forms: Vec::new(), fr_articles: HashMap::new() };
        for r in rows(FR_ARTICLES) {
            if let [name, article] = r.as_slice() {
                n.fr_articles.insert(normalise(name), article.to_string());
            }
        }
        for r in rows(BUILTIN) {
            let col = |i: usize| r.get(i).copied().unwrap_or("").to_string();
            match r[0] {
                "agent" => {
                    let gender = col(4);
                    n.agents.insert(col(1), AgentNames { noun: [col(2), col(3)], feminine: gender.starts_with('f'), plural: gender.ends_with('p') });
                }
                _ => {
                    let (fr, en, article) = (col(2), col(3), col(4));
                    let adjective = |i: usize| {
                        let forms: Vec<&str> = r.get(i).map(|s| s.split('|').collect()).unwrap_or_default();
                        forms.first().filter(|f| !f.is_empty()).map(|m| (m.to_string(), forms.get(1).unwrap_or(m).to_string()))
                    };
                    let code = col(1);
                    for form in [&fr, &en] {
                        n.forms.push((norm_words(form), code.clone()));
                    }
                    n.countries.insert(
                        code,
                        [
                            CountryNames { definite: with_article(&article, &fr), name: fr, adjective: adjective(5) },
                            CountryNames { definite: en_definite(&en), name: en, adjective: adjective(6) },
                        ],
                    );
                }
            }
        }
        n.sort_forms();
        n
    }

    /// Adds the names of lexicon files given as (path relative to `lexicons/`,
    /// contents) — e.g. `vigie_lexicon::EMBEDDED` — for the actors the
    /// built-in table does not name: `actors/countries.tsv` (code, lang, kind,
    /// forms), `actors/organisations.tsv` (code, lang, forms) and every
    /// `actors/*people.tsv` (person, country, names). Every form of a country
    /// or organisation also names it in treaty clauses.
    pub fn with_lexicon_files<'a>(mut self, files: impl IntoIterator<Item = (&'a str, &'a str)>) -> ActorNames {
        for (path, content) in files {
            let Some(file) = path.strip_prefix("actors/") else { continue };
            if file == "countries.tsv" || file == "organisations.tsv" {
                for r in rows(content) {
                    let (code, lang, kind, forms) = match (file, r.as_slice()) {
                        ("countries.tsv", [c, l, k, f, ..]) => (*c, *l, *k, *f),
                        ("organisations.tsv", [c, l, f, ..]) => (*c, *l, "name", *f),
                        _ => continue,
                    };
                    let li = match lang {
                        "fr" => 0,
                        "en" => 1,
                        _ => continue,
                    };
                    let list: Vec<&str> = forms.split('|').map(str::trim).filter(|f| !f.is_empty()).collect();
                    for f in &list {
                        self.forms.push((norm_words(f), code.to_string()));
                    }
                    let Some(first) = list.first() else { continue };
                    let entry = self.countries.entry(code.to_string()).or_default();
                    match kind {
                        "name" if entry[li].name.is_empty() => {
                            entry[li].name = first.to_string();
                            entry[li].definite = if li == 0 { String::new() } else { en_definite(first) };
                        }
                        "adjective" if entry[li].adjective.is_none() => {
                            let feminine = list.iter().find(|f| f.ends_with('e') && !f.ends_with("es")).unwrap_or(first);
                            entry[li].adjective = Some((first.to_string(), if li == 0 { feminine.to_string() } else { first.to_string() }));
                        }
                        _ => {}
                    }
                }
            } else if file.ends_with("people.tsv") {
                for r in rows(content) {
                    let [id, _country, names, ..] = r.as_slice() else { continue };
                    if self.people.contains_key(*id) {
                        continue;
                    }
                    let list: Vec<&str> = names.split('|').map(str::trim).filter(|f| !f.is_empty()).collect();
                    let Some(first) = list.first() else { continue };
                    // The French form is listed first; the English one is the
                    // form the id was made from (`vladimir-putin`).
                    let slug = |s: &str| normalise(s).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join("-");
                    let english = list.iter().find(|f| slug(f) == *id).unwrap_or(first);
                    self.people.insert(id.to_string(), [first.to_string(), english.to_string()]);
                }
            }
        }
        // French definite forms of countries the table did not give.
        let articles = self.fr_articles.clone();
        for names in self.countries.values_mut() {
            let fr = &mut names[0];
            if fr.definite.is_empty() && !fr.name.is_empty() {
                let article = articles.get(&normalise(&fr.name)).cloned().unwrap_or_else(|| guess_fr_article(&fr.name).to_string());
                fr.definite = with_article(&article, &fr.name);
            }
        }
        self.sort_forms();
        self
    }

    fn sort_forms(&mut self) {
        self.forms.retain(|(w, _)| !w.is_empty());
        self.forms.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)).then_with(|| a.1.cmp(&b.1)));
        self.forms.dedup();
    }

    fn country_names(&self, code: &str, lang: Lang) -> Option<&CountryNames> {
        self.countries.get(code).map(|c| &c[lang_index(lang)]).filter(|c| !c.name.is_empty())
    }

    /// A country or organisation with its article where French wants one (`la Russie`, `Russia`); the code when unknown.
    pub fn country(&self, code: &str, lang: Lang) -> String {
        self.country_names(code, lang).map(|c| c.definite.clone()).unwrap_or_else(|| code.to_string())
    }

    /// A country or organisation's bare name (`Russie`, for titles and lists).
    pub fn country_bare(&self, code: &str, lang: Lang) -> String {
        self.country_names(code, lang).map(|c| c.name.clone()).unwrap_or_else(|| code.to_string())
    }

    /// A person's name in the language (`Vladimir Poutine`), else the id made readable.
    pub fn person(&self, id: &str, lang: Lang) -> String {
        if let Some(p) = self.people.get(id) {
            return p[lang_index(lang)].clone();
        }
        id.split('-').map(capitalise).collect::<Vec<_>>().join(" ")
    }

    /// An actor code as prose: `la Russie`, `le gouvernement russe`,
    /// `l’armée nord-coréenne`, `the North Korean military`; with a person,
    /// `Yoon Suk Yeol (Corée du Sud)`.
    pub fn actor(&self, code: &str, person: Option<&str>, lang: Lang) -> String {
        let key = vigie_store::dedup::actor_key(Some(code));
        if let Some(p) = person {
            return format!("{} ({})", self.person(p, lang), self.country_bare(&key, lang));
        }
        let agents = vigie_store::dedup::actor_agents(code);
        let Some(first) = agents.first() else { return self.country(&key, lang) };
        let li = lang_index(lang);
        let agent = self.agents.get(*first);
        let noun = agent.map(|a| a.noun[li].clone()).unwrap_or_else(|| first.to_string());
        let more: Vec<String> = agents[1..].iter().map(|a| self.agents.get(*a).map(|x| x.noun[li].clone()).unwrap_or_else(|| a.to_string())).collect();
        let extra = if more.is_empty() { String::new() } else { format!(" ({})", more.join(", ")) };
        let country = self.country_names(&key, lang);
        let adjective = country.and_then(|c| c.adjective.clone());
        match (lang, adjective) {
            (Lang::Fr, Some((m, f))) => {
                let feminine = agent.is_some_and(|a| a.feminine);
                let plural = agent.is_some_and(|a| a.plural);
                let article = if plural { "les" } else if starts_with_vowel(&noun) { "l'" } else if feminine { "la" } else { "le" };
                let adj = if feminine { f } else { m };
                format!("{} {}{extra}", with_article(article, &noun), if plural { fr_plural(&adj) } else { adj })
            }
            (Lang::Fr, None) => {
                let feminine = agent.is_some_and(|a| a.feminine);
                let plural = agent.is_some_and(|a| a.plural);
                let article = if plural { "les" } else if starts_with_vowel(&noun) { "l'" } else if feminine { "la" } else { "le" };
                let of = if key.is_empty() { String::new() } else { format!(" {}", fr_de(&self.country(&key, lang))) };
                format!("{}{of}{extra}", with_article(article, &noun))
            }
            (Lang::En, Some((adj, _))) => format!("the {adj} {noun}{extra}"),
            (Lang::En, None) if key.is_empty() => format!("the {noun}{extra}"),
            (Lang::En, None) => format!("the {noun} of {}{extra}", self.country(&key, lang)),
        }
    }

    /// The countries or organisations among `codes` (country level) that a
    /// sentence's words `ws[from..to]` name, in order of first mention.
    pub fn named_in(&self, ws: &[crate::text::Word], from: usize, to: usize, codes: &[String]) -> Vec<String> {
        let mut found: Vec<(usize, String)> = Vec::new();
        let mut i = from;
        while i < to.min(ws.len()) {
            let hit = self.forms.iter().find(|(f, code)| {
                codes.contains(code) && i + f.len() <= to && f.iter().zip(&ws[i..]).all(|(a, b)| *a == b.norm)
            });
            match hit {
                Some((f, code)) => {
                    if !found.iter().any(|(_, c)| c == code) {
                        found.push((i, code.clone()));
                    }
                    i += f.len();
                }
                None => i += 1,
            }
        }
        found.into_iter().map(|(_, c)| c).collect()
    }
}

/// An English country or organisation name as prose: `the United States`,
/// `the European Union`, `the Philippines`; most names take no article.
fn en_definite(name: &str) -> String {
    const WITH_THE: [&str; 12] =
        ["United ", "European ", "Republic ", "Democratic Republic", "Czech Republic", "Central African", "Dominican Republic", "Netherlands", "Philippines", "Bahamas", "Gambia", "Holy See"];
    if WITH_THE.iter().any(|p| name.starts_with(p)) || name.ends_with(" Islands") || name.ends_with(" Emirates") {
        format!("the {name}")
    } else {
        name.to_string()
    }
}

/// A French country name's article from its form: plural names take `les`,
/// a vowel `l’`, a final `e` `la`, the rest `le`.
fn guess_fr_article(name: &str) -> &'static str {
    let first = name.split([' ', '-']).next().unwrap_or(name);
    if first.ends_with('s') && first.chars().count() > 3 {
        "les"
    } else if starts_with_vowel(name) {
        "l'"
    } else if normalise(first).ends_with('e') {
        "la"
    } else {
        "le"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_and_english_actor_phrases() {
        let n = ActorNames::builtin();
        assert_eq!(n.actor("RUS", None, Lang::Fr), "la Russie");
        assert_eq!(n.actor("RUSGOV", None, Lang::Fr), "le gouvernement russe");
        assert_eq!(n.actor("PRKMIL", None, Lang::Fr), "l’armée nord-coréenne");
        assert_eq!(n.actor("PRKMIL", None, Lang::En), "the North Korean military");
        assert_eq!(n.actor("USAGOV", None, Lang::Fr), "le gouvernement américain");
        assert_eq!(n.actor("NATO", None, Lang::Fr), "l’OTAN");
        assert_eq!(fr_de("le Japon"), "du Japon");
        assert_eq!(fr_de("les États-Unis"), "des États-Unis");
        assert_eq!(fr_de("la Russie"), "de la Russie");
        assert_eq!(fr_de("l’OTAN"), "de l’OTAN");
        assert_eq!(guess_fr_article("Moldavie"), "la");
        assert_eq!(guess_fr_article("Pays-Bas"), "les");
        assert_eq!(guess_fr_article("Ouganda"), "l'");
        assert_eq!(guess_fr_article("Brésil"), "le");
        assert_eq!(guess_fr_article("Hongrie"), "la");
        assert_eq!(n.country("USA", Lang::En), "the United States");
        assert_eq!(n.country("RUS", Lang::En), "Russia");
        assert_eq!(n.actor("RUSMED", None, Lang::Fr), "les médias russes");
        assert_eq!(n.actor("UKRBUS", None, Lang::Fr), "les milieux d’affaires ukrainiens");
    }
}
