//! What the article has named so far, so that a later sentence's `la
//! délégation`, `les deux pays` or `cette alliance` codes as the actors it
//! refers to. Which phrases refer, and how they resolve, is the language
//! pack's data (`referring_determiner`, `anaphor`); this module only keeps
//! the memory and applies it.

use vigie_text::{Anaphor, LanguagePack, Token, TokenKind};

use crate::actors::{Actor, Group};

/// How far back before an actor's first word the noun that names it may stand
/// (`une délégation militaire d'élite nord-coréenne`: the actor words are the
/// adjectives, the noun is `délégation`).
const NOUN_REACH: usize = 3;

#[derive(Debug, Default)]
pub struct Discourse {
    /// Actors in order of mention, with the words of their noun phrase.
    named: Vec<(Vec<String>, Actor)>,
    /// The two sides of the latest event between actors of two countries.
    parties: Option<(Actor, Actor)>,
    /// The countries of the places the article has put something in, each once.
    place_countries: Vec<String>,
}

impl Discourse {
    /// Remembers the coded actors of a sentence's groups.
    pub fn remember_groups(&mut self, groups: &[Group], tokens: &[Token], pack: &LanguagePack) {
        // Each actor of a group by its own words: in `l'armée et le dirigeant
        // de facto du Soudan`, `armée` does not name the leader.
        for a in groups.iter().flat_map(|g| g.actors.iter()).filter(|a| a.has_code()) {
            let mut start = a.start;
            while start > 0 && a.start - start < NOUN_REACH && tokens[start - 1].kind == TokenKind::Word {
                start -= 1;
                if pack.is_determiner(&tokens[start].norm) || pack.is_conjunction(&tokens[start].norm) {
                    break;
                }
                // `delegation arrived in India`: a preposition or auxiliary
                // ends the noun phrase, so `India` is not named `delegation`.
                if pack.is_function_word(&tokens[start].norm) {
                    start += 1;
                    break;
                }
            }
            // English puts the noun after the actor's words (`a Vietnamese
            // military delegation`): a body's noun right after them is theirs too.
            let mut end = a.end;
            while end < tokens.len() && end - a.end < NOUN_REACH && pack.is_collective_noun(&tokens[end].norm) {
                end += 1;
            }
            let words: Vec<String> = tokens[start..end].iter().map(|t| t.norm.clone()).collect();
            self.named.push((words, a.clone()));
        }
    }

    /// Remembers the two sides of an event, when they belong to two countries.
    pub fn remember_parties(&mut self, a: &Actor, b: &Actor) {
        if a.country.is_some() && b.country.is_some() && a.country != b.country {
            self.parties = Some((a.clone(), b.clone()));
        }
    }

    /// The country of the latest actor named with the sector `agent` and a
    /// country (`Kenyan police` for a later bare `police`), a person's or an
    /// organisation's excepted: their sector is their office, not the word.
    pub fn country_of_agent(&self, agent: &str) -> Option<String> {
        self.named
            .iter()
            .rev()
            .map(|(_, a)| a)
            .find(|a| a.agent.as_deref() == Some(agent) && a.person.is_none() && a.organisation.is_none() && a.country.is_some())
            .and_then(|a| a.country.clone())
    }

    /// The country of the latest person named so far who holds the office
    /// `title` names on `date` (`… Emmanuel Macron. * Entretien du président
    /// avec…`): a bare title refers to its holder named earlier.
    pub fn country_of_title_holder(&self, lexicon: &vigie_lexicon::Lexicon, title: usize, date: Option<&str>) -> Option<String> {
        self.named.iter().rev().filter_map(|(_, a)| a.person).find_map(|p| {
            let country = &lexicon.people[p].country;
            (lexicon.title_holder(title, country, date) == Some(p)).then(|| country.clone())
        })
    }

    /// Remembers the countries of the places a sentence put something in.
    pub fn remember_places(&mut self, countries: Vec<String>) {
        for c in countries {
            if !self.place_countries.contains(&c) {
                self.place_countries.push(c);
            }
        }
    }

    /// The one country of every actor and place the article has named so
    /// far that has one; none when they name two, or none at all.
    pub fn sole_country(&self) -> Option<&str> {
        let mut countries = self.named.iter().filter_map(|(_, a)| a.country.as_deref()).chain(self.place_countries.iter().map(String::as_str));
        let first = countries.next()?;
        countries.all(|c| c == first).then_some(first)
    }

    /// Whether every actor remembered so far is of country `home` or of none.
    pub fn names_no_country_but(&self, home: &str) -> bool {
        self.named.iter().all(|(_, a)| a.country.as_deref().is_none_or(|c| c == home))
    }

    /// Groups for the referring phrases of a sentence that no coded actor
    /// covers, resolved against what earlier sentences named. Their actors
    /// keep the antecedent's codes and take the phrase's own position.
    pub fn resolve(&self, tokens: &[Token], pack: &LanguagePack, groups: &[Group]) -> Vec<Group> {
        let mut out = Vec::new();
        // Every antecedent comes from the memory: with nothing remembered (an
        // article's first sentence, most of a short item) no phrase resolves.
        if self.named.is_empty() && self.parties.is_none() {
            return out;
        }
        let covered = |i: usize| groups.iter().any(|g| g.start <= i && i < g.end && g.actors.iter().any(Actor::has_code));
        let mut i = 0;
        while i < tokens.len() {
            if !pack.is_referring_determiner(&tokens[i].norm) || !pack.may_start_anaphor(tokens, i + 1) || covered(i + 1) {
                i += 1;
                continue;
            }
            let found = pack.anaphors.iter().filter(|(phrase, _)| phrase_at(tokens, i + 1, phrase)).max_by_key(|(phrase, _)| phrase.len());
            let Some((phrase, how)) = found else {
                i += 1;
                continue;
            };
            let (start, end) = (i, i + 1 + phrase.len());
            // `la délégation russe` names its own actor: only a bare phrase refers back.
            // Nor does one that an apposition names (`le chef de l'armée, le
            // président Goïta`): the phrase is part of who that is.
            let mut next = end;
            if tokens.get(next).is_some_and(|t| t.norm == ",") {
                next += 1;
                while tokens.get(next).is_some_and(|t| pack.is_determiner(&t.norm)) {
                    next += 1;
                }
            }
            let followed_by_actor = groups.iter().any(|g| (g.start == end || g.start == next) && g.actors.iter().any(Actor::has_code));
            // `le président des Républicains`, `the leader of the Greens`: a
            // genitive naming a body heads that body, whoever led the
            // antecedent's.
            let heads_a_named_body = tokens.get(end).is_some_and(|t| pack.is_genitive(&t.norm)) && {
                let mut k = end + 1;
                while tokens.get(k).is_some_and(|t| pack.is_determiner(&t.norm)) {
                    k += 1;
                }
                tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised)
            };
            let antecedents: Vec<Actor> = match how {
                _ if followed_by_actor || heads_a_named_body => Vec::new(),
                Anaphor::SameNoun => {
                    let noun = phrase.last().expect("phrases are not empty");
                    self.named.iter().rev().find(|(words, _)| heads(words, noun, pack)).map(|(_, a)| vec![a.clone()]).unwrap_or_default()
                }
                Anaphor::Parties => self.parties.iter().flat_map(|(a, b)| [a.clone(), b.clone()]).collect(),
            };
            if !antecedents.is_empty() {
                let actors = antecedents.into_iter().map(|a| a.at(start, end)).collect();
                out.push(Group { start, end, actors });
            }
            i = end;
        }
        out
    }
}

/// Whether `noun` heads the phrase `words` rather than standing in a
/// complement of it: `le chef de l'armée, le général Bourhane` is named by
/// `chef`, so a later `l'armée` is not him.
fn heads(words: &[String], noun: &str, pack: &LanguagePack) -> bool {
    words.iter().position(|w| w == noun).is_some_and(|at| !words[..at].iter().any(|w| pack.is_genitive(w)))
}

fn phrase_at(tokens: &[Token], at: usize, phrase: &[String]) -> bool {
    tokens.len() >= at + phrase.len() && tokens[at..at + phrase.len()].iter().zip(phrase).all(|(t, w)| &t.norm == w)
}
