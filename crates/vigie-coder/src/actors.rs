//! From lexicon matches to actors: noun phrases that name who acts.
//! `l'armée russe` is an agent word and a country adjective, one actor
//! `RUSMIL`; `Vladimir Poutine et Kim Jong Un` is one group of two actors;
//! `les responsables sud-coréens et américains` shares its agent between two
//! countries (`KORGOV`, `USAGOV`).

use vigie_lexicon::{CountryKind, EntityMatch, EntityRef, LanguageLexicon, Lexicon};
use vigie_text::{Token, TokenKind};

use crate::dates::ArticleDates;

/// The CAMEO sector of elites, people of influence out of office.
const ELITE: &str = "ELI";

/// The CAMEO sector of civilians: the people of a country as opposed to its state.
pub(crate) const CIVILIANS: &str = "CVL";

/// The CAMEO sector of the armed forces.
const MILITARY: &str = "MIL";

/// The CAMEO sector of armed men that no state or named group answers for
/// (CAMEO type list: `Unaligned Armed Forces`; ICEWS: `Unidentified Forces`).
const UNIDENTIFIED_ARMED_FORCE: &str = "UAF";

/// The CAMEO sectors of the state: an agent word of one of these beside a
/// person's name (`Finance Minister Kiichi Miyazawa`) says the person holds
/// an office of the state on the day written about.
const STATE_SECTORS: [&str; 6] = ["GOV", "MIL", "LEG", "JUD", "COP", "SPY"];

/// Peacekeepers: sent to and withdrawn from countries not their own.
const PEACEKEEPERS: &str = "PKO";

/// Sectors that work in countries not their own: peacekeepers, aid groups,
/// international bodies.
const SENT_ABROAD: [&str; 3] = [PEACEKEEPERS, "NGO", "IGO"];

/// The press sector: a newspaper or broadcaster (`actors/agents.tsv`).
const PRESS: &str = "MED";

/// One actor: what the words tell of it, before the event's date picks a
/// person's office.
#[derive(Debug, Clone, Default)]
pub struct Actor {
    pub start: usize,
    pub end: usize,
    pub country: Option<String>,
    pub agent: Option<String>,
    agent_before_country: bool,
    pub organisation: Option<String>,
    pub person: Option<usize>,
    /// A title of office (`président`), index into the lexicon's titles.
    pub title: Option<usize>,
    named: bool,
    /// Named by a referring phrase (`la délégation`), resolved from an earlier sentence.
    pub referred: bool,
    /// Named by a demonym (`Palestinians`, `des Ukrainiens`): the nation, or
    /// its people when no definite determiner comes before (see [`group`]).
    demonym: bool,
    /// A demonym with nothing before it in its clause, neither determiner
    /// nor number (`Palestinians blamed Israel`): the people taken as a
    /// whole, which speaks as its nation (see `speaks_as_nation`).
    pub(crate) bare_demonym: bool,
    /// Named by an opponent's word (`les opposants au gouvernement`): the
    /// actors after it in its phrase are whom it opposes.
    opposing: bool,
    /// Named by a capital or a seat of government alone (`Moscou`, `la
    /// Maison Blanche`): also a place one can go to.
    seat_only: bool,
    /// The country of a national body named as an organisation (`FRAPTY`).
    body_of: Option<String>,
    /// The ethnic group the words name (`Kurds`, `serbes`), index into the
    /// lexicon's ethnic groups.
    ethnic_group: Option<usize>,
    /// The country came from the same word as the ethnic group (`Albanians`
    /// is also Albania's demonym): the group's home, not where it stands.
    country_from_ethnic_word: bool,
    /// The ethnic group is named by its nation's adjective (`Albanian`, `russe`).
    ethnic_by_adjective: bool,
    /// The CAMEO ethnic suffix written after country and sector (`kur`).
    pub ethnic: Option<String>,
    /// An agent word after a possessive determiner (`their forces`): the
    /// agent of an actor named before it.
    pub possessed: bool,
    /// The country of a place after an agent word, across a locative (`its
    /// forces in Lebanon`, `troops near Ukraine's borders`): where the forces
    /// stand, which may not be whose they are.
    pub stationed_in: Option<String>,
    /// Where the word that gave the country starts.
    country_at: Option<usize>,
    /// The office of a person the lexicon does not know, named just before
    /// it (`Jean Dupont, ministre des Armées,`): the words say who acts,
    /// and the office's holder in the lexicon is someone else.
    pub apposed_to_name: bool,
}

impl Actor {
    /// The person the words name on `date`: by name, or by title and
    /// country (`le président sud-coréen` in June 2024 is Yoon Suk Yeol).
    pub fn person_on(&self, lexicon: &Lexicon, date: Option<&str>) -> Option<usize> {
        // `the former French president`: not whoever holds the office now.
        if self.agent.as_deref() == Some(ELITE) || self.apposed_to_name {
            return self.person;
        }
        self.person.or_else(|| lexicon.title_holder(self.title?, self.country.as_deref()?, date))
    }

    /// Armed men of `country` whom the text does not name, standing for
    /// the means of an attack at `start..end` (`A roadside bombing near
    /// Samarra killed…`).
    pub fn unidentified_armed_force(country: String, start: usize, end: usize) -> Actor {
        Actor { start, end, country: Some(country), agent: Some(UNIDENTIFIED_ARMED_FORCE.to_string()), ..Actor::default() }
    }

    /// The same actor, named by other words (a referring phrase).
    pub fn at(mut self, start: usize, end: usize) -> Actor {
        self.start = start;
        self.end = end;
        self.referred = true;
        self
    }

    /// Whether the words give a code at all (a person, an organisation or a
    /// country), without resolving anyone's role.
    pub fn has_code(&self) -> bool {
        self.person.is_some() || self.organisation.is_some() || self.country.is_some()
    }

    /// The CAMEO-style code, with people resolved to their role on `date`.
    pub fn code(&self, lexicon: &Lexicon, date: Option<&str>) -> Option<String> {
        if let Some(p) = self.person_on(lexicon, date) {
            let person = &lexicon.people[p];
            // `former President Carlos Menem`, `Ousted President Askar
            // Akayev`: the words say the person is out of office, whatever
            // the date.
            if self.agent.as_deref() == Some(ELITE) {
                return Some(format!("{}{ELITE}", person.country));
            }
            let code = person.code_on(date);
            // `President Saddam Hussein`: a title in the words says the
            // person holds the office now, even where the lexicon's terms
            // have a gap or the date is unknown; `former president` is an
            // ELI agent word, never a title, so it does not come here.
            if let (true, Some(t)) = (code.ends_with("ELI"), self.title) {
                return Some(format!("{}{}", person.country, lexicon.titles[t].agent));
            }
            // `Finance Minister Kiichi Miyazawa`, `U.S. Secretary of State
            // Warren Christopher`: an agent word of the state beside the
            // name says the same where the lexicon's terms have a gap.
            if code.ends_with(ELITE) {
                if let Some(agent) = self.agent.as_deref().filter(|a| STATE_SECTORS.contains(a)) {
                    return Some(format!("{}{agent}", person.country));
                }
            }
            return Some(code);
        }
        if let Some(org) = &self.organisation {
            // `UN troops`, `les soldats de l'OTAN`: an international body's
            // armed force is its military, as `Russian troops` is Russia's
            // (Phoenix `IGOUNOMIL`); a national body (`FRAPTY`) or an armed
            // group with a home (`HEZ`) is already a force of its own.
            if self.agent.as_deref() == Some(MILITARY) && self.body_of.is_none() {
                return Some(format!("{org}{MILITARY}"));
            }
            return Some(org.clone());
        }
        let country = self.country.as_ref()?;
        Some(format!("{country}{}{}", self.agent.as_deref().unwrap_or(""), self.ethnic.as_deref().unwrap_or("")))
    }

    /// Only an agent word (`the government`, `la police`): no country,
    /// person or organisation says whose.
    pub fn is_bare_agent(&self) -> bool {
        !self.has_code() && self.agent.is_some()
    }

    /// Named by a country, capital, person or organisation (not by an
    /// adjective and an agent word alone).
    pub fn is_named(&self) -> bool {
        self.named
    }

    fn country_of(&self, lexicon: &Lexicon) -> Option<String> {
        self.country.clone().or_else(|| self.person.map(|p| lexicon.people[p].country.clone()))
    }

    fn set_agent(&mut self, agent: &str) {
        // GOV is the default sector; a more specific word wins over it.
        if self.agent.is_none() || self.agent.as_deref() == Some("GOV") {
            self.agent = Some(agent.to_string());
        }
    }

    /// The country the actor belongs to: its own, else that of the
    /// national body it names (`le RN` → FRA).
    pub fn home_country(&self) -> Option<&String> {
        self.country.as_ref().or(self.body_of.as_ref())
    }

    /// Whether nothing but a country (or its capital) names it: no sector,
    /// person or organisation.
    pub fn names_only_a_country(&self) -> bool {
        self.agent.is_none() && self.person.is_none() && self.organisation.is_none()
    }

    /// Named by a capital or a seat of government alone (`Moscou`, `la
    /// Maison Blanche`), which a journey may have as its destination.
    pub fn is_seat_only(&self) -> bool {
        self.seat_only
    }

    fn absorb(&mut self, e: &EntityMatch, r: &EntityRef, lexicon: &Lexicon) {
        let first = self.end <= self.start || (self.country.is_none() && self.agent.is_none() && self.person.is_none() && self.organisation.is_none() && self.title.is_none());
        self.seat_only = matches!(r, EntityRef::Country { kind: CountryKind::Capital | CountryKind::Seat, .. }) && (first || self.seat_only);
        self.end = e.end;
        self.named |= names_an_actor(r);
        let had_country = self.country.is_some();
        match r {
            EntityRef::Person(p) => {
                self.person = Some(*p);
                self.country.get_or_insert_with(|| lexicon.people[*p].country.clone());
            }
            EntityRef::Organisation(code) => {
                self.organisation = Some(code.clone());
                // `FRAPTY`, `USASPY`: a national body coded country + sector
                // belongs to its country (`le RN a critiqué le gouvernement`:
                // France's government).
                // Not its `country`: `la présidente du RN` is no title of France.
                let national = code.len() == 6 && code.is_char_boundary(3) && lexicon.country_place(&code[..3]).is_some();
                if national {
                    self.body_of = Some(code[..3].to_string());
                } else if let Some(country) = lexicon.organisation_country(code) {
                    // `Hezbollah declared a ceasefire in south Lebanon`: a
                    // national armed group acts at home in its country.
                    self.body_of = Some(country.to_string());
                }
            }
            EntityRef::Country { code, kind } => {
                self.demonym |= matches!(kind, CountryKind::Demonym);
                if self.country.is_none() {
                    self.country = Some(code.clone());
                    self.country_at = Some(e.start);
                    self.agent_before_country = self.agent.is_some();
                }
                if matches!(kind, CountryKind::Capital | CountryKind::Seat) && self.agent.is_none() {
                    self.agent = Some("GOV".into());
                }
            }
            EntityRef::Agent(a) => self.set_agent(a),
            EntityRef::Title(t) => {
                self.title = Some(*t);
                self.set_agent(&lexicon.titles[*t].agent);
            }
            EntityRef::Place(_) | EntityRef::Ethnic(_) => {}
        }
        if let Some(group) = e.refs.iter().find_map(|r| match r {
            EntityRef::Ethnic(i) => Some(*i),
            _ => None,
        }) {
            self.ethnic_group = Some(group);
            self.country_from_ethnic_word = !had_country && self.country.is_some();
            // `Albanian`, `russe`: a nation's adjective names the nation
            // (`l'invasion russe`); its people's noun (`Albanians`, `les
            // Russes`) may stand elsewhere.
            self.ethnic_by_adjective = e.refs.iter().any(|r| matches!(r, EntityRef::Country { kind: CountryKind::Adjective | CountryKind::Name, .. }));
        }
    }
}

/// `, ` or `, and ` between two named actors: a list (`the US, Russia and
/// Switzerland`), not an apposition (`Kurt Campbell, secrétaire d'État`).
fn is_list_comma(gap: &[Token], pack: &vigie_text::LanguagePack) -> bool {
    let words: Vec<&Token> = gap.iter().filter(|t| !pack.is_determiner(&t.norm)).collect();
    matches!(words.as_slice(), [comma] if comma.norm == ",")
        || matches!(words.as_slice(), [comma, conj] if comma.norm == "," && pack.is_conjunction(&conj.norm))
}

/// `aid to refugees in Liberia, the World Food Program (WFP) said`: after a
/// bare comma, an actor a verb follows right away (its acronym in brackets
/// between) is that verb's subject, the start of a clause of its own, and no
/// item of a list with what stands before the comma. A list joins its last
/// item with a conjunction (`Russia, China and Iran said`).
fn subject_of_the_next_verb(tokens: &[Token], end: usize, lang: &LanguageLexicon) -> bool {
    let mut k = end;
    if tokens.get(k).is_some_and(|t| t.norm == "(") {
        match tokens[k..].iter().take(4).position(|t| t.norm == ")") {
            Some(close) => k += close + 1,
            None => return false,
        }
    }
    // `…, le PAM a indiqué`: an auxiliary stands before the participle.
    if tokens.get(k).is_some_and(|t| lang.pack.is_auxiliary(&t.norm)) {
        k += 1;
    }
    tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word && lang.verb_forms.contains(&t.norm))
}

/// `le président des Républicains, Laurent Wauquiez`, `the leader of the
/// Greens, Jane Doe`: between a title and a person, a genitive and a name
/// the lexicon does not know, then the comma. The body is only named, so the
/// person in apposition says who acts.
fn heads_an_unlisted_body(gap: &[Token], pack: &vigie_text::LanguagePack) -> bool {
    let [first, middle @ .., comma] = gap else { return false };
    if !pack.is_genitive(&first.norm) || comma.norm != "," {
        return false;
    }
    let mut names = 0;
    for t in middle {
        if t.kind == TokenKind::Word && t.capitalised {
            names += 1;
        } else if !pack.is_determiner(&t.norm) {
            return false;
        }
    }
    (1..=4).contains(&names)
}

/// An entry that names an actor by itself: a country, a capital, a person,
/// an organisation — not an adjective or an agent word.
fn names_an_actor(r: &EntityRef) -> bool {
    match r {
        EntityRef::Country { kind, .. } => !matches!(kind, CountryKind::Adjective),
        EntityRef::Person(_) | EntityRef::Organisation(_) => true,
        EntityRef::Agent(_) | EntityRef::Title(_) | EntityRef::Place(_) | EntityRef::Ethnic(_) => false,
    }
}

/// Whether an agent word only qualifies a noun: `manœuvres militaires`
/// (after a plain noun, where the language puts adjectives after the noun)
/// or `military aid` (before one, where it puts them before). A plain word is a lower-case word that is
/// no function word, verb form or part of another entity; `l'armée russe`,
/// `government forces` and `the military said` keep their actor.
pub fn qualifies_a_noun(e: &EntityMatch, tokens: &[Token], in_entity: &[bool], lang: &LanguageLexicon) -> bool {
    if !e.refs.iter().all(|r| matches!(r, EntityRef::Agent(_))) {
        return false;
    }
    let pack = &lang.pack;
    let plain = |i: usize| {
        let t = &tokens[i];
        t.kind == TokenKind::Word
            && !t.capitalised
            && !in_entity[i]
            && !pack.is_determiner(&t.norm)
            && !pack.is_function_word(&t.norm)
            && !pack.is_group_break(&t.norm)
            && !pack.is_conjunction(&t.norm)
            && !pack.is_auxiliary(&t.norm)
            && !pack.is_collective_noun(&t.norm)
            && !t.norm.ends_with('\'')
            && !lang.verb_forms.contains(&t.norm)
            && !is_date_word(pack, &t.norm)
            // `civilians ten years ago`, `dix soldats`: a number counts, it is no noun.
            && !pack.is_cardinal(t)
    };
    // `d'ingénierie militaires`: a plural adjective after a singular noun
    // agrees with an earlier noun (`forces`), it does not qualify this one.
    let agent_word = &tokens[e.end - 1].norm;
    // `rebel-held areas`: the place stands for the group that holds it. A
    // state's own forces holding ground (`a government-held part of Aleppo`)
    // is the country's territory, as a place says.
    if names_a_holder(agent_word, lang) {
        return e.refs.iter().any(|r| matches!(r, EntityRef::Agent(a) if STATE_SECTORS.contains(&a.as_str())));
    }
    if pack.adjectives_follow_noun {
        // `décision de justice`, `voiture de police`: after a bare genitive (no
        // determiner in it) and a plain singular noun, a singular agent word
        // says what kind of thing too; `milliers de manifestants` and `la
        // décision de la justice` keep their actor.
        let singular = |w: &str| pack.may_agree(w, "a");
        let kind_of_thing = e.end == e.start + 1
            && e.start > 1
            && pack.is_genitive(&tokens[e.start - 1].norm)
            && !pack.is_determiner(&tokens[e.start - 1].norm)
            && plain(e.start - 2)
            && singular(&tokens[e.start - 2].norm)
            && singular(agent_word);
        // `de jeunes manifestants`, `de nombreux soldats`: an adjective that
        // stands before its noun leaves the agent word the noun.
        kind_of_thing
            || e.start > 0
                && plain(e.start - 1)
                && pack.may_agree(&tokens[e.start - 1].norm, agent_word)
                && !lang.group_sites.contains(&tokens[e.start - 1].norm)
                && !lang.equipment.contains(&tokens[e.start - 1].norm)
                && !lang.prenominals.contains(&tokens[e.start - 1].norm)
    } else if names_a_group_site(tokens, e.end, lang) {
        // `militant positions`, `a refugee camp`: the place stands for the
        // group that holds it or lives there.
        false
    } else if tokens.get(e.end).is_some_and(|t| t.kind == TokenKind::Word && lang.equipment.contains(&t.norm)) {
        // `army jets bombed`: the force acts with its machines.
        false
    } else {
        // `students marched`: a word that starts a verb pattern is a verb
        // here, and so is one shaped like a past verb (`police prevented`,
        // `diplomats based in`), even after adverbs (`soldiers routinely
        // beat`).
        let mut next = e.end;
        while next + 1 < tokens.len() && tokens[next].kind == TokenKind::Word && pack.has_adverb_ending(&tokens[next].norm) {
            next += 1;
        }
        let verb_like = |t: &Token| !t.capitalised && (lang.is_verb_word(&t.norm) || pack.has_verb_ending(&t.norm));
        // `found 14 activists guilty`: an adjective said of the object.
        let predicative = tokens.get(next).is_some_and(|t| lang.predicatives.contains(&t.norm));
        e.end < tokens.len() && plain(e.end) && !verb_like(&tokens[next]) && !predicative
    }
}

/// Whether a country's or group's adjective qualifies a language noun on
/// the side where the language puts its adjectives (`the Russian language`,
/// `la langue russe`): it names a tongue, not the country.
pub fn names_a_language(e: &EntityMatch, tokens: &[Token], lang: &LanguageLexicon) -> bool {
    let adjective_only = e.refs.iter().all(|r| matches!(r, EntityRef::Country { kind: CountryKind::Adjective, .. } | EntityRef::Ethnic(_)));
    if !adjective_only || lang.language_nouns.is_empty() {
        return false;
    }
    let noun = if lang.pack.adjectives_follow_noun { e.start.checked_sub(1) } else { Some(e.end) };
    noun.and_then(|k| tokens.get(k)).is_some_and(|t| t.kind == TokenKind::Word && lang.language_nouns.contains(&t.norm))
}

/// Whether a country's name or capital is part of a newspaper's title
/// (`the Washington Post said`, `le Soir d'Algérie rapporte`): the paper
/// speaks, not the country's government. English puts the title word right
/// after the place, French before it across a genitive.
pub fn inside_a_paper_title(e: &EntityMatch, tokens: &[Token], lang: &LanguageLexicon) -> bool {
    if lang.paper_titles.is_empty() || !e.refs.iter().any(|r| matches!(r, EntityRef::Country { kind: CountryKind::Name | CountryKind::Capital, .. })) {
        return false;
    }
    let title = |k: usize| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised && lang.paper_titles.contains(&t.norm));
    if lang.pack.adjectives_follow_noun {
        e.start >= 2 && lang.pack.is_genitive(&tokens[e.start - 1].norm) && title(e.start - 2)
    } else {
        title(e.end)
    }
}

/// Whether a person's name is the name of a place or institution given
/// after them (`la passerelle Léopold Sédar Senghor`, `rue du Président
/// Wilson`, `Charles de Gaulle airport`): the noun of the place stands
/// where the language puts the noun a name qualifies — before it in
/// French, perhaps across a genitive, after it in English. The person is
/// no side of the event.
pub fn names_a_place_after_someone(e: &EntityMatch, tokens: &[Token], lang: &LanguageLexicon) -> bool {
    if lang.named_places.is_empty() || !e.refs.iter().any(|r| matches!(r, EntityRef::Person(_))) {
        return false;
    }
    let place_noun = |k: usize| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word && lang.named_places.contains(&t.norm));
    if lang.pack.adjectives_follow_noun {
        (e.start >= 1 && place_noun(e.start - 1)) || (e.start >= 2 && lang.pack.is_genitive(&tokens[e.start - 1].norm) && place_noun(e.start - 2))
    } else {
        place_noun(e.end)
    }
}

/// Whether an agent word naming a town or village stands after a locative
/// (`surrendered in the town`, `dans le village de`) or a preposition of
/// origin (`withdrew from the village`), over determiners, adjectives and
/// a country's adjective (`from the besieged Bosnian town of Gorazde`):
/// there it says where the act happens or starts, not whom it reaches.
pub fn is_settlement_after_locative(e: &EntityMatch, tokens: &[Token], lang: &LanguageLexicon) -> bool {
    e.refs.iter().all(|r| matches!(r, EntityRef::Agent(_))) && settlement_after_locative(e.start, e.end, tokens, lang)
}

/// Whether a country's adjective qualifies a town's word that only says
/// where (`from the Bosnian town of Gorazde`, `dans le village syrien de
/// Qousseir`): the whole phrase is a place, the country is no actor.
pub fn qualifies_settlement_after_locative(e: &EntityMatch, tokens: &[Token], lang: &LanguageLexicon) -> bool {
    if !e.refs.iter().all(|r| matches!(r, EntityRef::Country { kind: CountryKind::Adjective, .. })) {
        return false;
    }
    if lang.pack.adjectives_follow_noun {
        e.start > 0 && settlement_after_locative(e.start - 1, e.start, tokens, lang)
    } else {
        e.end < tokens.len() && settlement_after_locative(e.end, e.end + 1, tokens, lang)
    }
}

fn settlement_after_locative(start: usize, end: usize, tokens: &[Token], lang: &LanguageLexicon) -> bool {
    if !lang.settlements.contains(&tokens[end - 1].norm) {
        return false;
    }
    let pack = &lang.pack;
    let ends_a_locative = |end: usize| {
        pack.locatives.iter().any(|p| p.len() <= end && tokens[end - p.len()..end].iter().zip(p).all(|(t, w)| t.lower() == *w))
            || (end > 0 && lang.origins.contains(&tokens[end - 1].norm))
    };
    let mut at = start;
    for _ in 0..=SETTLEMENT_LOCATIVE_REACH {
        if ends_a_locative(at) {
            return true;
        }
        match at.checked_sub(1).map(|k| &tokens[k]) {
            Some(t) if t.kind == TokenKind::Word && !lang.verb_forms.contains(&t.norm) => at -= 1,
            _ => return false,
        }
    }
    false
}

/// How many determiners or adjectives may stand between a locative and a
/// town's word (`in the small eastern town`).
const SETTLEMENT_LOCATIVE_REACH: usize = 3;

/// Whether the word at `at` is a noun of a place a group holds or lives
/// in (`positions`, `camp`), which an agent word before it names the group of.
pub fn names_a_group_site(tokens: &[Token], at: usize, lang: &LanguageLexicon) -> bool {
    tokens.get(at).is_some_and(|t| t.kind == TokenKind::Word && lang.group_sites.contains(&t.norm))
}

/// Whether the word at `at` names an attack by its means or its kind
/// (`bombing`, `device`, `attentat`, `engin`).
pub fn names_attack_means(tokens: &[Token], at: usize, lang: &LanguageLexicon) -> bool {
    tokens.get(at).is_some_and(|t| t.kind == TokenKind::Word && lang.attack_means.contains(&t.norm))
}

/// Whether a word is an agent or country word joined to a holder suffix
/// (`rebel-held`, `Russian-held`): it names who holds what it qualifies.
pub fn names_a_holder(norm: &str, lang: &LanguageLexicon) -> bool {
    lang.holder_suffixes.iter().any(|s| norm.len() > s.len() && norm.ends_with(s.as_str()))
}

/// Whether an agent word that is also a verb form stands as a verb: right
/// after the infinitive marker and before a determiner of its object (`to
/// press their demands`), or a participle right after an auxiliary (`a
/// jugé`, which loses its accent to the agent word `juge`).
pub fn is_verb_after_infinitive_marker(e: &EntityMatch, tokens: &[Token], lang: &LanguageLexicon) -> bool {
    let pack = &lang.pack;
    if e.end != e.start + 1 || e.start == 0 || !e.refs.iter().all(|r| matches!(r, EntityRef::Agent(_))) {
        return false;
    }
    let word = &tokens[e.start];
    let before = &tokens[e.start - 1].norm;
    // `accepté de reporter la manifestation`: a word ending as an infinitive
    // there is a verb even where no verb row names it.
    let verb_like = lang.verb_forms.contains(&word.norm) || pack.has_infinitive_ending(&word.norm);
    // `va reporter la marche`: a modal governs a bare infinitive.
    let governed = pack.is_infinitive_marker(before) || pack.is_modal(before) && pack.has_infinitive_ending(&word.norm);
    (verb_like && governed && tokens.get(e.end).is_some_and(|t| pack.is_determiner(&t.norm)))
        || (pack.is_auxiliary(before) && pack.is_bare_participle(&word.lower()))
}

/// Whether a one-word name of a person (a surname form: `Stoltenberg`,
/// `Macron`) stands inside a longer proper name the lexicon does not know
/// (`Gerhard Stoltenberg`, `Brigitte Macron`, `Drexel Burnham Lambert`): a
/// capitalised word right before or after it that is no entity, no
/// abbreviation (`Mr`), no function word and no date word makes it another
/// person or a company, not the one the lexicon names.
pub fn is_inside_longer_name(e: &EntityMatch, tokens: &[Token], in_entity: &[bool], lang: &LanguageLexicon) -> bool {
    if e.end != e.start + 1 || !e.refs.iter().all(|r| matches!(r, EntityRef::Person(_))) {
        return false;
    }
    let pack = &lang.pack;
    let other_name = |i: usize| {
        let t = &tokens[i];
        t.kind == TokenKind::Word
            && t.capitalised
            && !in_entity[i]
            && !pack.is_abbreviation(&t.norm)
            && !pack.is_function_word(&t.norm)
            && !pack.is_determiner(&t.norm)
            && !is_date_word(pack, &t.norm)
    };
    // The first word of a sentence is capitalised whatever it is.
    (e.start > 1 && other_name(e.start - 1)) || (e.end < tokens.len() && other_name(e.end))
}

/// A word that says when (`today`, `Monday`, `June`, `on`): after an agent
/// word it is no noun that the agent word qualifies (`the government today
/// welcomed`).
pub(crate) fn is_date_word(pack: &vigie_text::LanguagePack, norm: &str) -> bool {
    pack.is_date_preposition(norm)
        || pack.weekdays.contains_key(norm)
        || pack.months.contains_key(norm)
        || pack.relative_days.iter().any(|(phrase, _)| phrase.first().is_some_and(|w| w == norm))
}

/// Coordinated actors standing together in one noun phrase.
#[derive(Debug, Clone)]
pub struct Group {
    pub start: usize,
    pub end: usize,
    pub actors: Vec<Actor>,
}

/// The reference an entity contributes to an actor: people first, then
/// organisations, countries, agents; places never make actors.
pub fn actor_ref(e: &EntityMatch) -> Option<&EntityRef> {
    let rank = |r: &EntityRef| match r {
        EntityRef::Person(_) => 0,
        EntityRef::Organisation(_) => 1,
        EntityRef::Country { .. } => 2,
        EntityRef::Title(_) => 3,
        EntityRef::Agent(_) => 4,
        EntityRef::Ethnic(_) => 5,
        EntityRef::Place(_) => 9,
    };
    e.refs.iter().filter(|r| rank(r) < 9).min_by_key(|r| rank(r))
}

fn country_of_ref(r: &EntityRef, lexicon: &Lexicon) -> Option<String> {
    match r {
        EntityRef::Country { code, .. } => Some(code.clone()),
        EntityRef::Person(p) => Some(lexicon.people[*p].country.clone()),
        _ => None,
    }
}

/// Groups the actor entities of one sentence into noun phrases. `blocked`
/// tells which tokens cannot sit inside a phrase (clause breaks).
pub fn group(
    entities: &[&EntityMatch],
    tokens: &[Token],
    lang: &LanguageLexicon,
    lexicon: &Lexicon,
    same_clause: impl Fn(usize, usize) -> bool,
    article_dates: &ArticleDates,
) -> Vec<Group> {
    let pack = &lang.pack;
    let mut groups: Vec<Group> = Vec::new();
    for (ei, e) in entities.iter().enumerate() {
        let Some(r) = actor_ref(e) else { continue };
        if let Some(g) = groups.last_mut() {
            let gap = &tokens[g.end..e.start];
            let words: Vec<&Token> = gap.iter().filter(|t| !pack.is_determiner(&t.norm)).collect();
            // `According to Seoul, Pyongyang…`: the comma ends the attribution, not a list.
            let listed = is_list_comma(gap, pack)
                && g.actors.last().is_some_and(|a| a.is_named())
                && names_an_actor(r)
                && !pack.attributed_at(tokens, g.start)
                && !(words.len() == 1 && subject_of_the_next_verb(tokens, e.end, lang));
            let broken = !same_clause(g.end.saturating_sub(1), e.start)
                || gap.iter().enumerate().any(|(i, t)| {
                    // `Poland's parliament`: a possessive clitic joins the owner to its body,
                    // and a participle right after it qualifies the body (`Jordan's visiting king`).
                    let after_clitic = i > 0 && pack.is_clitic(&gap[i - 1].norm);
                    (t.kind == TokenKind::Punct && !pack.is_clitic(&t.norm)) || (lang.verb_forms.contains(&t.norm) && !after_clitic) || pack.is_group_break(&t.norm)
                });
            // `les opposants au gouvernement de Benyamin Netanyahou`,
            // `opponents of Rwanda's Senate`: what an opponent's word governs
            // is whom they oppose; it only tells their country.
            // Only across a preposition (`au`, `of`): `l'opposant congolais
            // Félix Tshisekedi` is the opponent himself.
            let preposition = |t: &Token| pack.is_genitive(&t.norm) || pack.is_one_word_locative(t.lower());
            let across_preposition = matches!(gap, [t] if preposition(t));
            let opposed = !broken
                && g.actors.last().is_some_and(|a| {
                    // The rest of the opposed phrase (`au président Erdogan`) goes with it.
                    let continues = a.opposing && (gap.is_empty() || across_preposition);
                    let opens = across_preposition && g.end > g.start && lang.opponents.contains(&tokens[g.end - 1].norm);
                    a.agent.is_some() && (continues || opens)
                });
            if opposed {
                let cur = g.actors.last_mut().unwrap();
                cur.opposing = true;
                if cur.country.is_none() {
                    cur.country = country_of_ref(r, lexicon);
                }
                cur.end = e.end;
                g.end = e.end;
                continue;
            }
            // `la présidente du RN, Marine Le Pen`: a title that names no one
            // yet, then a comma and a person, is the person in apposition.
            // `dissidents from Myanmar`, `doctors from France`: a preposition
            // of origin ties a non-state agent word of no country to the
            // country named right after it. State bodies, peacekeepers and
            // aid groups work in countries not their own and are what one
            // withdraws or recalls from a country (`withdrew troops from
            // Syria`, `will withdraw humanitarian workers from Iraq`), so
            // they stay apart.
            let from_country = same_clause(g.end.saturating_sub(1), e.start)
                && matches!(words.as_slice(), [w] if lang.origins.contains(&w.norm))
                && matches!(r, EntityRef::Country { kind: CountryKind::Name | CountryKind::Capital, .. })
                && g.actors.last().is_some_and(|a| {
                    a.agent.as_deref().is_some_and(|s| !STATE_SECTORS.contains(&s) && !SENT_ABROAD.contains(&s))
                        && a.country.is_none()
                        && a.person.is_none()
                        && a.organisation.is_none()
                        && a.title.is_none()
                        && a.ethnic_group.is_none()
                });
            if from_country {
                let cur = g.actors.last_mut().unwrap();
                cur.absorb(e, r, lexicon);
                g.end = e.end;
                continue;
            }
            let apposed = (listed && words.len() == 1 || heads_an_unlisted_body(gap, pack))
                && matches!(r, EntityRef::Person(_))
                && g.actors.last().is_some_and(|a| a.title.is_some() && a.person.is_none());
            if apposed {
                let cur = g.actors.last_mut().unwrap();
                cur.absorb(e, r, lexicon);
                g.end = e.end;
                continue;
            }
            if listed {
                let mut next = Actor { start: e.start, end: e.start, ..Default::default() };
                next.absorb(e, r, lexicon);
                g.actors.push(next);
                g.end = e.end;
                continue;
            }
            if !broken {
                let cur = g.actors.last().unwrap();
                let cur_country = cur.country_of(lexicon);
                // `Bosnian Serbs`: a group's name is no second country.
                // A nation's adjective (`la médiation turque`) still is one.
                let names_ethnic_group = e.refs.iter().any(|r| matches!(r, EntityRef::Ethnic(_)))
                    && !e.refs.iter().any(|r| matches!(r, EntityRef::Country { kind: CountryKind::Adjective | CountryKind::Name, .. }));
                let new_country = country_of_ref(r, lexicon).filter(|_| !names_ethnic_group);
                if (words.len() == 1 && pack.is_conjunction(&words[0].norm)) || surname_then_conjunction(cur, g.end, gap, &words, pack) {
                    let mut next = Actor { start: e.start, end: e.start, ..Default::default() };
                    if cur.agent_before_country && !matches!(r, EntityRef::Agent(_) | EntityRef::Title(_) | EntityRef::Person(_) | EntityRef::Organisation(_)) {
                        next.agent = cur.agent.clone();
                        next.title = cur.title;
                    }
                    next.absorb(e, r, lexicon);
                    g.actors.push(next);
                    g.end = e.end;
                    continue;
                }
                let compatible = match (&cur_country, &new_country) {
                    (Some(a), Some(b)) => a == b && !(cur.person.is_some() && matches!(r, EntityRef::Person(_))),
                    _ => !(cur.organisation.is_some() && new_country.is_some()),
                };
                // `les responsables … sud-coréens` may stretch over a few words,
                // but not over a preposition and its noun (`soldats près de la
                // frontière ukrainienne`: the border is Ukrainian, not the soldiers).
                // In a language whose adjectives agree, agreement decides; else
                // no preposition may stand between.
                let head = &tokens[cur.start];
                let far_ok = if pack.marks_agreement() {
                    pack.may_agree(&head.norm, &tokens[e.end - 1].norm)
                } else {
                    !words.iter().any(|t| pack.is_function_word(&t.norm) || pack.is_group_break(&t.norm))
                };
                let near = words.len() <= 2 || (cur_country.is_none() && words.len() <= 6 && far_ok) || holder_named_then_country(cur, r, gap, &words, pack);
                // `the United States match the European Union`: two names
                // with a plain word between are two actors (a possessive,
                // `Russia's Putin`, or a genitive, `la Russie de Poutine`,
                // still joins them).
                // `Russia in an international television program`: a place
                // named before a locative is no country of the agent word after it.
                let locative_between = words.iter().any(|t| pack.may_start_locative(t.lower()));
                let apart = cur.is_named()
                    && (names_an_actor(r) || (locative_between && matches!(r, EntityRef::Agent(_) | EntityRef::Title(_))))
                    && words.iter().any(|t| !pack.is_clitic(&t.norm) && !pack.is_genitive(&t.norm));
                // `visite au Japon du président indien`: a country alone,
                // a genitive, then an agent word its own country's adjective
                // qualifies right after: the agent is that country's, not
                // the first one's.
                let owned_elsewhere = || {
                    let bare_country = cur.agent.is_none() && cur.person.is_none() && cur.organisation.is_none() && cur.title.is_none();
                    let by_genitive = gap.iter().any(|t| pack.is_genitive(&t.norm));
                    let qualifier = entities.get(ei + 1).filter(|n| n.start == e.end).and_then(|n| actor_ref(n).and_then(|nr| country_of_ref(nr, lexicon)));
                    bare_country && by_genitive && matches!(r, EntityRef::Agent(_) | EntityRef::Title(_)) && qualifier.is_some_and(|q| Some(&q) != cur_country.as_ref())
                };
                // `a déclaré le ministre sur France 3`, `said the minister on
                // France 24`: a medium after a preposition other than the
                // genitive is where someone spoke, not whom they speak for.
                let speaks_on_a_medium = matches!(r, EntityRef::Organisation(code) if code.ends_with(PRESS))
                    && cur.organisation.is_none()
                    && !words.is_empty()
                    && !words.iter().any(|t| pack.is_genitive(&t.norm));
                if compatible && near && !apart && !owned_elsewhere() && !speaks_on_a_medium {
                    let cur = g.actors.last_mut().unwrap();
                    // `the opposition newspaper`: where adjectives come first, a
                    // press body's noun right after another agent word heads the
                    // phrase, it is a newspaper of the opposition (`opposition
                    // parties` stay the opposition).
                    let press_head = !pack.adjectives_follow_noun
                        && cur.end == e.start
                        && matches!(r, EntityRef::Agent(a) if a == PRESS)
                        && lang.named_bodies.contains(&tokens[e.end - 1].norm);
                    // `le patron de la gendarmerie`, `the boss of the police`: a
                    // business word before a genitive and another sector's word
                    // heads that sector's body, whose sector it takes.
                    let heads_a_body = cur.agent.as_deref() == Some("BUS")
                        && matches!(r, EntityRef::Agent(a) if a != "BUS")
                        && words.iter().any(|t| pack.is_genitive(&t.norm));
                    let before = cur.agent.clone();
                    cur.absorb(e, r, lexicon);
                    if heads_a_body && cur.agent == before {
                        if let EntityRef::Agent(a) = r {
                            cur.agent = Some(a.to_string());
                        }
                    }
                    if press_head {
                        cur.agent = Some(PRESS.to_string());
                    }
                    g.end = e.end;
                    continue;
                }
            }
        }
        let mut actor = Actor { start: e.start, end: e.end, ..Default::default() };
        actor.absorb(e, r, lexicon);
        groups.push(Group { start: e.start, end: e.end, actors: vec![actor] });
    }
    attach_surnames(&mut groups, tokens, lang, lexicon, article_dates);
    attach_leader_bodies(&mut groups, entities, tokens, lang, lexicon, article_dates);
    merge_appositions(&mut groups, tokens, lang, lexicon, article_dates);
    // `the former Yugoslavia`, `the former Soviet Union`: an out-of-office
    // word on a country's name, with no title or person, says the country
    // is gone, not that an elite acts.
    for a in groups.iter_mut().flat_map(|g| g.actors.iter_mut()) {
        if a.agent.as_deref() == Some(ELITE) && a.person.is_none() && a.title.is_none() && a.organisation.is_none() && a.named {
            a.agent = None;
        }
    }
    // `deported 168 Liberians`, `a curfew on Palestinians`, `des Ukrainiens`:
    // a demonym names the people of a country (civilians) unless a definite
    // determiner makes it the nation as a whole (`Israel and the
    // Palestinians agreed`, `les Russes ont bombardé`).
    for a in groups.iter_mut().flat_map(|g| g.actors.iter_mut()) {
        if !a.demonym || a.agent.is_some() || a.person.is_some() || a.organisation.is_some() {
            continue;
        }
        let definite = a.start > 0 && pack.is_referring_determiner(&tokens[a.start - 1].norm);
        if !definite {
            a.agent = Some(CIVILIANS.to_string());
            // `Bosnian Serbs`: an ethnic group keeps its own code.
            a.bare_demonym = a.ethnic_group.is_none() && (a.start == 0 || {
                let before = &tokens[a.start - 1];
                before.kind == TokenKind::Punct || pack.is_conjunction(&before.norm)
            });
        }
    }
    // `Russian positions`, `une base américaine`: a country's adjective on a
    // place held by force names its military.
    for a in groups.iter_mut().flat_map(|g| g.actors.iter_mut()) {
        let adjective_only = a.country.is_some() && a.agent.is_none() && !a.named && !a.demonym && a.person.is_none() && a.organisation.is_none() && (a.ethnic_group.is_none() || a.ethnic_by_adjective);
        let site = if pack.adjectives_follow_noun { a.start.checked_sub(1) } else { Some(a.end) };
        if adjective_only && site.is_some_and(|at| names_a_group_site(tokens, at, lang)) {
            a.agent = Some(MILITARY.to_string());
        }
    }
    // `Hungarian and Romanian officials`, `US and British activists`:
    // coordinated country adjectives share the agent word that follows the
    // last of them.
    for g in &mut groups {
        let Some(last) = g.actors.last() else { continue };
        let shared = (last.agent.clone(), last.title);
        if shared.0.is_none() || last.agent_before_country || last.person.is_some() || last.organisation.is_some() {
            continue;
        }
        // A country name written as an abbreviation (`US`, `UK`) stands
        // before a noun as its adjectives do; a full name (`Russia and
        // Chinese officials`) does not.
        let abbreviated = |a: &Actor| {
            a.end > a.start
                && tokens[a.start..a.end].iter().all(|t| t.kind != TokenKind::Word || t.all_caps)
        };
        let n = g.actors.len();
        for a in g.actors[..n - 1].iter_mut().rev() {
            if (a.named && !abbreviated(a)) || a.agent.is_some() || a.person.is_some() || a.organisation.is_some() || a.country.is_none() {
                break;
            }
            a.agent = shared.0.clone();
            a.title = shared.1;
        }
    }
    groups
}

/// Possessive determiners before an agent word (`Bosnian Serbs said their
/// forces had withdrawn`, `ses soldats`): the forces are those of the
/// sentence's subject, its first actor with a country, with its ethnic group (`BIHMILsrp`); a country joined
/// after the agent word (`its forces in Lebanon`) says where they stand, not
/// whose they are. Runs once ethnic groups have their countries.
pub fn resolve_possessives(groups: &mut [Group], tokens: &[Token], lang: &LanguageLexicon) {
    let mut owners: Vec<(usize, usize, Option<(String, Option<String>)>)> = Vec::new();
    let mut stations: Vec<(usize, usize)> = Vec::new();
    for (gi, g) in groups.iter().enumerate() {
        for (ai, a) in g.actors.iter().enumerate() {
            // `son homologue grec` keeps its own country; `its forces in
            // Lebanon` has a place after a locative.
            let locative_before = |mut at: usize| {
                while at > 0 && lang.pack.is_determiner(&tokens[at - 1].norm) {
                    at -= 1;
                }
                at > 0 && lang.pack.may_end_locative(tokens[at - 1].lower())
            };
            let placed_after = a.agent_before_country && a.country_at.is_some_and(locative_before);
            let own_words = a.person.is_none() && a.organisation.is_none() && a.agent.is_some() && (a.country.is_none() || placed_after);
            if !own_words {
                continue;
            }
            if !(a.start > 0 && lang.possessives.contains(&tokens[a.start - 1].norm)) {
                if placed_after {
                    stations.push((gi, ai));
                }
                continue;
            }
            // The actor the phrase hangs on (`du président Macron ou de son
            // gouvernement`: only a conjunction or a genitive between), else
            // the sentence's subject, its first actor with a country
            // (`Pakistan, … ally in Iraq, urged its citizens`).
            let pack = &lang.pack;
            let joined = |b: &Actor| {
                b.end < a.start
                    && tokens[b.end..a.start - 1].iter().all(|t| pack.is_conjunction(&t.norm) || pack.is_genitive(&t.norm) || pack.is_determiner(&t.norm))
            };
            // A subject stands after no preposition (`à Buenos Aires, en
            // Argentine` is where, not who).
            let introduced = |b: &Actor| {
                let mut k = b.start;
                while k > 0 && pack.is_determiner(&tokens[k - 1].norm) {
                    k -= 1;
                }
                k > 0 && {
                    let w = &tokens[k - 1];
                    pack.is_genitive(&w.norm) || pack.is_group_break(&w.norm) || pack.may_end_locative(w.lower())
                }
            };
            let nearest = groups.iter().flat_map(|g| &g.actors).filter(|b| b.end <= a.start && b.country.is_some()).next_back().filter(|b| joined(b));
            let owner = nearest.or_else(|| groups.iter().flat_map(|g| &g.actors).find(|b| b.end <= a.start && b.country.is_some() && !introduced(b)));
            owners.push((gi, ai, owner.map(|b| (b.country.clone().unwrap_or_default(), b.ethnic.clone()))));
        }
    }
    // `troops near Ukraine's borders`: the place may be where the troops
    // stand rather than whose they are; the coder decides by the act.
    for (gi, ai) in stations {
        let a = &mut groups[gi].actors[ai];
        a.stationed_in = a.country.clone();
    }
    for (gi, ai, owner) in owners {
        let Some((country, ethnic)) = owner else { continue };
        let a = &mut groups[gi].actors[ai];
        a.stationed_in = a.country.take();
        a.country = Some(country);
        a.ethnic = ethnic;
        a.possessed = true;
    }
}

/// `President Dos Sontas of Angola`, `le président Dos Sontas de l'Angola`:
/// a title of no country yet, then a name the lexicon does not know and a
/// genitive before a country's name, is that country's office; the unknown
/// name is its holder.
fn holder_named_then_country(cur: &Actor, r: &EntityRef, gap: &[Token], words: &[&Token], pack: &vigie_text::LanguagePack) -> bool {
    cur.title.is_some()
        && cur.person.is_none()
        && cur.organisation.is_none()
        && cur.country.is_none()
        && matches!(r, EntityRef::Country { kind: CountryKind::Name, .. })
        && (3..=4).contains(&words.len())
        && pack.is_genitive(&words[words.len() - 1].norm)
        && words[..words.len() - 1].iter().all(|t| t.kind == TokenKind::Word && t.capitalised && !pack.is_abbreviation(&t.norm) && !is_date_word(pack, &t.norm))
        && gap.first().is_some_and(|t| t.capitalised)
}

/// `President obama`, `le président macron`: text written without capitals
/// may still put a surname right after a title. A word of the language's
/// grammar, a verb form or a date word never is one (`the president may`).
fn may_be_lower_case_name(word: &Token, lang: &LanguageLexicon) -> bool {
    let pack = &lang.pack;
    !pack.is_function_word(&word.norm)
        && !pack.is_auxiliary(&word.norm)
        && !pack.is_determiner(&word.norm)
        && !pack.is_conjunction(&word.norm)
        && !lang.verb_forms.contains(&word.norm)
        && !is_date_word(pack, &word.norm)
}

/// `the Bush administration`, `l'administration Bush`: a government's
/// word with no country, beside a capitalised word of no entry that is the
/// surname of someone in government on the article's date, is that
/// leader's country's government. The name stands where the language puts
/// a noun's qualifiers (before it in English, after it in French).
fn attach_leader_bodies(groups: &mut [Group], entities: &[&EntityMatch], tokens: &[Token], lang: &LanguageLexicon, lexicon: &Lexicon, article_dates: &ArticleDates) {
    let pack = &lang.pack;
    let mut date: Option<Option<String>> = None;
    for a in groups.iter_mut().flat_map(|g| g.actors.iter_mut()) {
        if a.agent.as_deref() != Some("GOV") || a.country.is_some() || a.title.is_some() || a.person.is_some() || a.organisation.is_some() || a.possessed {
            continue;
        }
        let at = if pack.adjectives_follow_noun { Some(a.end) } else { a.start.checked_sub(1).filter(|&i| i > 0) };
        let Some(word) = at.and_then(|i| tokens.get(i)) else { continue };
        let at = at.unwrap();
        if word.kind != TokenKind::Word || !word.capitalised || word.all_caps || pack.is_function_word(&word.norm) || is_date_word(pack, &word.norm) || !lexicon.is_office_holder_surname(&word.norm) {
            continue;
        }
        if entities.iter().any(|e| e.start <= at && at < e.end) {
            continue;
        }
        let date = date.get_or_insert_with(|| reference_date(article_dates));
        if let Some(country) = lexicon.governing_surname_country(&word.norm, date.as_deref()) {
            a.country = Some(country.to_string());
        }
    }
}

/// `President Kagame and the Rwandan army`, `le président Kagame et l'armée
/// rwandaise`: a title still waiting for its holder, then one or two
/// capitalised words (the holder's name, known or not) and a conjunction.
/// The name closes the title's phrase; what follows the conjunction is a
/// second actor, not more words about the first.
fn surname_then_conjunction(cur: &Actor, group_end: usize, gap: &[Token], words: &[&Token], pack: &vigie_text::LanguagePack) -> bool {
    let Some((conjunction, name)) = words.split_last() else { return false };
    cur.title.is_some()
        && cur.person.is_none()
        && cur.organisation.is_none()
        && cur.end == group_end
        && pack.is_conjunction(&conjunction.norm)
        && (1..=2).contains(&name.len())
        && gap.first().is_some_and(|t| t.kind == TokenKind::Word && t.capitalised)
        && name.iter().all(|t| t.kind == TokenKind::Word && t.capitalised && !pack.is_function_word(&t.norm) && !pack.is_abbreviation(&t.norm) && !is_date_word(pack, &t.norm))
}

/// `President Bush`, `le président Bush`: a capitalised word right after a
/// title, no entity of its own, that is the surname of the one person who
/// held that office on the article's date joins the title's actor as that
/// person. A surname that fits nobody then, or two people, names no one;
/// a bare surname without a title stays no actor (`Bush` alone is too
/// ambiguous to be a name form).
fn attach_surnames(groups: &mut [Group], tokens: &[Token], lang: &LanguageLexicon, lexicon: &Lexicon, article_dates: &ArticleDates) {
    let starts: Vec<usize> = groups.iter().map(|g| g.start).collect();
    // The countries the sentence names, for a surname known only from
    // imported terms (only sentences with a title pay for the list).
    let titled = groups.iter().any(|g| g.actors.iter().any(|a| a.title.is_some()));
    let named_countries: Vec<String> = if titled { groups.iter().flat_map(|g| &g.actors).filter_map(|a| a.country.clone()).collect() } else { Vec::new() };
    for g in groups.iter_mut() {
        let last = g.actors.len().saturating_sub(1);
        for (i, a) in g.actors.iter_mut().enumerate() {
            let Some(title) = a.title.filter(|_| a.person.is_none() && a.organisation.is_none()) else { continue };
            let Some(word) = tokens.get(a.end) else { continue };
            if word.kind != TokenKind::Word || !(word.capitalised || may_be_lower_case_name(word, lang)) || starts.contains(&a.end) || !lexicon.is_office_holder_surname(&word.norm) {
                continue;
            }
            // `President Gordon S. Macklin`, `Premier Yu Kuo-Hua`: a first
            // name of someone the lexicon does not know, not a surname.
            let name_goes_on = tokens.get(a.end + 1).is_some_and(|next| {
                next.kind == TokenKind::Word && next.capitalised && !is_date_word(&lang.pack, &next.norm)
            });
            if name_goes_on {
                continue;
            }
            let date = reference_date(article_dates);
            match lexicon.title_surname_holder(title, &word.norm, a.country.as_deref(), date.as_deref()) {
                Some(p) => {
                    a.person = Some(p);
                    a.country.get_or_insert_with(|| lexicon.people[p].country.clone());
                }
                None => {
                    // No holder on the date (a placeholder date, a gap in
                    // the terms): the title before the name still says the
                    // person holds the office, as for a full name. One
                    // person who ever held it is that person; several of
                    // one country are that country's office, person unknown.
                    let ever = lexicon.title_surname_holders_ever(title, &word.norm, a.country.as_deref());
                    let Some(first) = ever.first() else {
                        // An imported person's terms name no office: the
                        // title does, for the person's country, when the
                        // sentence names that country too (`Rwandan rebels
                        // … President Kagame`); a bare first name of someone
                        // unknown (`Prime Minister Sadeq al-Mahdi`) may be
                        // some far person's surname.
                        let bearer = lexicon.imported_surname_bearer(&word.norm, a.country.as_deref());
                        if let Some(p) = bearer.filter(|&p| named_countries.contains(&lexicon.people[p].country)) {
                            a.country.get_or_insert_with(|| lexicon.people[p].country.clone());
                            a.end += 1;
                            a.named = true;
                            if i == last {
                                g.end = g.end.max(a.end);
                            }
                        }
                        continue;
                    };
                    let country = &lexicon.people[*first].country;
                    if ever.len() == 1 {
                        a.person = Some(*first);
                    } else if ever.iter().any(|p| lexicon.people[*p].country != *country) {
                        continue;
                    }
                    a.country.get_or_insert_with(|| country.clone());
                }
            }
            a.end += 1;
            a.named = true;
            if i == last {
                g.end = g.end.max(a.end);
            }
        }
    }
}

/// How many words an apposition may run on after its actor's words before
/// the comma that closes it (`the United Nations Emergency Relief
/// Coordinator,`).
const APPOSITION_REACH: usize = 6;

/// `Kenzo Oshima, the United Nations Emergency Relief Coordinator,
/// demanded…`: a person, a comma, then an organisation or a country's body
/// closed by another comma before any conjunction is one actor named twice,
/// not a list of two. The apposition says what the person acts as, unless
/// the lexicon gives the person an office on the article's date.
fn merge_appositions(groups: &mut [Group], tokens: &[Token], lang: &LanguageLexicon, lexicon: &Lexicon, article_dates: &ArticleDates) {
    let pack = &lang.pack;
    let starts: Vec<usize> = groups.iter().map(|g| g.start).collect();
    for g in groups.iter_mut() {
        let [person, apposed] = g.actors.as_slice() else { continue };
        let Some(p) = person.person else { continue };
        if apposed.person.is_some() || !(apposed.organisation.is_some() || apposed.agent.is_some()) || person.end > apposed.start {
            continue;
        }
        let gap = &tokens[person.end..apposed.start];
        let bare_comma = gap.first().is_some_and(|t| t.norm == ",") && gap[1..].iter().all(|t| pack.is_determiner(&t.norm));
        let closing = tokens[apposed.end..]
            .iter()
            .take(APPOSITION_REACH)
            .position(|t| (t.kind == TokenKind::Punct && !pack.is_clitic(&t.norm)) || pack.is_conjunction(&t.norm))
            .map(|k| apposed.end + k)
            .filter(|&k| tokens[k].norm == ",");
        // `the United Nations Emergency Relief Coordinator`: the rest of the
        // apposition names an office of the body (capitalised words); `the
        // European Union's former foreign policy chief` says more than the
        // body does, and an actor of its own there is another actor.
        let names_an_office = |end: usize| {
            tokens[apposed.end..end].iter().all(|t| t.capitalised || pack.is_clitic(&t.norm)) && !starts.iter().any(|&s| s >= apposed.end && s < end)
        };
        if !bare_comma || !closing.is_some_and(names_an_office) {
            continue;
        }
        let in_office = !lexicon.people[p].code_on(reference_date(article_dates).as_deref()).ends_with(ELITE);
        let mut merged = g.actors[if in_office { 0 } else { 1 }].clone();
        merged.start = g.actors[0].start;
        merged.end = g.actors[1].end;
        g.actors = vec![merged];
    }
}

/// How many capitalised words a name the lexicon does not know may run on
/// (`Jean-Yves Le Drian` is three, with its particle).
const UNKNOWN_NAME_REACH: usize = 4;

/// `Jean Dupont, ministre des Armées, a annoncé…`, `John Smith, the
/// defence minister, said…`, `le ministre des Armées, Jean Dupont, a
/// annoncé…`: two or more capitalised words that no entry knows (not a
/// place, not an actor, no date word) and an office (an agent word or a
/// title, no person or body of its own), a comma between, the whole closed
/// by a comma or the sentence's end, name one person acting in that office.
/// The name joins the office's actor, which keeps its country and agent;
/// the lexicon's holder of the office is someone else. `in_entity` marks
/// the tokens of every entry found in the sentence.
pub fn name_unknown_people(groups: &mut [Group], tokens: &[Token], in_entity: &[bool], lang: &LanguageLexicon) {
    let pack = &lang.pack;
    let is_name_word = |i: usize| {
        let t = &tokens[i];
        t.kind == TokenKind::Word && t.capitalised && !t.all_caps && !in_entity[i] && !pack.is_function_word(&t.norm) && !is_date_word(pack, &t.norm)
    };
    // An apposition closes before any conjunction (`Jean Dupont, ministre,
    // et Paul Martin`) with a comma, or ends the sentence (`…, a déclaré
    // Jean Dupont, ministre des Armées.`).
    let closes_at = |end: usize| {
        let closing = tokens[end..].iter().take(APPOSITION_REACH).position(|t| t.kind == TokenKind::Punct || pack.is_conjunction(&t.norm));
        match closing {
            None => end + APPOSITION_REACH >= tokens.len(),
            Some(k) => matches!(tokens[end + k].norm.as_str(), "," | "." | "!" | "?"),
        }
    };
    let starts: Vec<usize> = groups.iter().map(|g| g.start).collect();
    let mut previous_end = 0;
    for (gi, g) in groups.iter_mut().enumerate() {
        let reach_back = previous_end;
        let reach_on = starts.get(gi + 1).copied().unwrap_or(tokens.len());
        previous_end = g.end;
        let group_start = g.start;
        let group_end = g.end;
        let [office] = g.actors.as_mut_slice() else { continue };
        // `A Paris, Sophie Tissier,`: a capital names a place there, no office.
        if office.person.is_some() || office.organisation.is_some() || office.seat_only || (office.agent.is_none() && office.title.is_none()) {
            continue;
        }
        // `Éric Beynel, son porte-parole`: the office of a body named
        // before, which may be no state's. `porte-parole de Brafco`,
        // `président de l'Association des maires`: the office of a body the
        // lexicon does not know.
        let possessed = office.start > 0 && lang.possessives.contains(&tokens[office.start - 1].norm);
        let mut after = office.end;
        while tokens.get(after).is_some_and(|t| pack.is_genitive(&t.norm) || pack.is_determiner(&t.norm)) {
            after += 1;
        }
        let unknown_word = |i: usize| tokens[i].kind == TokenKind::Word && tokens[i].capitalised && !in_entity[i] && !pack.is_function_word(&tokens[i].norm);
        let of_unknown_body = (office.start + 1..office.end).any(unknown_word) || (after > office.end && after < tokens.len() && unknown_word(after));
        if possessed || of_unknown_body {
            continue;
        }
        // Name, comma, office: the comma may have determiners after it (`, the`, `, le`).
        let mut comma = group_start;
        while comma > reach_back && pack.is_determiner(&tokens[comma - 1].norm) {
            comma -= 1;
        }
        let name_before = (comma > reach_back && tokens[comma - 1].norm == ",").then(|| {
            let comma = comma - 1;
            let mut name_start = comma;
            while name_start > reach_back && comma - name_start < UNKNOWN_NAME_REACH && is_name_word(name_start - 1) {
                name_start -= 1;
            }
            // `Dans Le Figaro Magazine,`: a name after a determiner or
            // another capitalised word is a work's or a body's, not a person's.
            let opens_phrase = name_start == 0 || {
                let before = &tokens[name_start - 1];
                !(pack.is_determiner(&before.norm) || (before.kind == TokenKind::Word && before.capitalised))
            };
            (comma - name_start >= 2 && opens_phrase).then_some(name_start)
        });
        if let Some(name_start) = name_before.flatten().filter(|_| closes_at(office.end)) {
            office.start = name_start;
            office.apposed_to_name = true;
            g.start = name_start;
            continue;
        }
        // Office, comma, name (`le ministre des Armées, Jean Dupont,`).
        if office.end != group_end || tokens.get(group_end).is_none_or(|t| t.norm != ",") {
            continue;
        }
        let name_start = group_end + 1;
        let mut name_end = name_start;
        while name_end < reach_on && name_end - name_start < UNKNOWN_NAME_REACH && is_name_word(name_end) {
            name_end += 1;
        }
        // The name ends right at the mark that closes the apposition.
        if name_end - name_start >= 2 && name_end < reach_on && tokens[name_end].kind == TokenKind::Punct && closes_at(name_end) {
            office.end = name_end;
            office.apposed_to_name = true;
            g.end = name_end;
        }
    }
}

/// The article's date as the lexicon's terms read it: the publication day,
/// else the article's year; the coder's fallback when a sentence gives none.
fn reference_date(article_dates: &ArticleDates) -> Option<String> {
    match (article_dates.published, article_dates.reference_year) {
        (Some(day), _) => Some(day.format("%Y-%m-%d").to_string()),
        (None, Some(year)) => Some(format!("{year:04}")),
        (None, None) => None,
    }
}

/// The country an entity names, as a country's word or a place's country.
fn entity_country<'l>(e: &'l EntityMatch, lexicon: &'l Lexicon) -> Option<&'l str> {
    e.refs.iter().find_map(|r| match r {
        EntityRef::Country { code, .. } => Some(code.as_str()),
        EntityRef::Place(p) => Some(lexicon.places[*p].country.as_str()),
        _ => None,
    })
}

/// Whether one of the language's ethnic markers (`ethnic`, `d'origine`)
/// ends right before token `at`.
fn marked_ethnic(tokens: &[Token], at: usize, lang: &LanguageLexicon) -> bool {
    lang.ethnic_markers.iter().any(|marker| {
        marker.len() <= at && tokens[at - marker.len()..at].iter().zip(marker).all(|(t, w)| &t.norm == w)
    })
}

/// Gives each actor that names an ethnic group its country and its CAMEO
/// ethnic suffix. The country is the one the actor's own words give
/// (`Iraqi Kurds`, `Bosnian Serbs`); else the place right after it (`Albanians
/// in south Serbia`, `of southern Serbia`); else, for a group without a state
/// of its own (`Kurds`) or one marked as ethnic (`ethnic Turks`), the country
/// named nearest in the sentence. The suffix is written when that country is
/// not the group's home (Serbs in Bosnia, Kurds anywhere) or a marker says
/// ethnic; the sector is then civilians unless a word says otherwise. A
/// state body of a nation (`Serb forces`, `Serbian authorities`) stays its
/// nation's, wherever it stands.
pub fn place_ethnic_groups(groups: &mut [Group], entities: &[EntityMatch], tokens: &[Token], lang: &LanguageLexicon, lexicon: &Lexicon) {
    // A place right after the group, across a preposition and an adjective at most.
    const NEAR_AFTER: usize = 3;
    for a in groups.iter_mut().flat_map(|g| g.actors.iter_mut()) {
        let Some(group) = a.ethnic_group.map(|i| &lexicon.ethnic_groups[i]) else { continue };
        if a.person.is_some() || a.organisation.is_some() || a.referred {
            continue;
        }
        let marked = marked_ethnic(tokens, a.start, lang);
        // `des Serbes de Bosnie`: where nationality adjectives are written
        // in lower case, the word capitalised inside a sentence is the people.
        let people_noun = a.start > 0 && tokens[a.start].capitalised && lang.pack.adjectives_follow_noun;
        let by_adjective = a.ethnic_by_adjective && !people_noun;
        let state_body = a.agent.as_deref().is_some_and(|s| STATE_SECTORS.contains(&s));
        let own_country = a.country.clone().filter(|_| !a.country_from_ethnic_word);
        let outside = |e: &EntityMatch| e.end <= a.start || e.start >= a.end;
        let country = own_country.or_else(|| {
            if group.home.is_some() && (state_body || (by_adjective && !marked)) {
                return None;
            }
            // `les milices kurdes dans le nord de la Syrie`: a stateless or
            // marked group looks a little further for where it stands.
            let reach = if group.home.is_some() && !marked { NEAR_AFTER } else { 2 * NEAR_AFTER };
            // A nation's people stand elsewhere only by a preposition of place
            // or origin right after them (`Albanians in Serbia`, `Serbes de
            // Bosnie`), not by the object of their act (`les Russes ont
            // bombardé Kharkiv`).
            let pack = &lang.pack;
            let place_phrase_follows = tokens.get(a.end).is_some_and(|t| {
                pack.is_genitive(&t.norm) || pack.may_start_locative(t.lower())
            });
            if group.home.is_some() && !marked && !place_phrase_follows {
                return None;
            }
            let after = entities
                .iter()
                .filter(|e| e.start >= a.end && e.start <= a.end + reach)
                .filter(|e| !tokens[a.end..e.start].iter().any(|t| t.kind == TokenKind::Punct))
                .find_map(|e| entity_country(e, lexicon));
            if after.is_some() || (group.home.is_some() && !marked) {
                return after.map(str::to_string);
            }
            let distance = |e: &EntityMatch| if e.start >= a.end { e.start - a.end } else { a.start - e.end };
            entities
                .iter()
                .filter(|e| outside(e))
                .filter_map(|e| entity_country(e, lexicon).map(|c| (distance(e), c)))
                .min_by_key(|(d, _)| *d)
                .map(|(_, c)| c.to_string())
        });
        let Some(country) = country.or_else(|| a.country.clone()) else { continue };
        if !marked && group.home.as_deref() == Some(country.as_str()) {
            continue;
        }
        a.country = Some(country);
        if a.agent.is_none() {
            a.agent = Some(CIVILIANS.to_string());
        }
        a.ethnic = Some(group.code.clone());
    }
}

/// `un adolescent de Toulouse parti trois semaines en Syrie`, `un navire
/// parti mercredi de Porto Rico`: a lower-case agent word alone, with no
/// determiner before it, right after a noun and followed by a duration or
/// a date, is a participle of motion (`parti`), not the noun it spells,
/// so it names no actor (`six policiers lundi` keep theirs: a number
/// counts them). Only where adjectives follow their noun: there
/// such a participle stands after the noun it describes.
pub fn is_participle_of_motion(e: &EntityMatch, tokens: &[Token], lang: &LanguageLexicon) -> bool {
    let pack = &lang.pack;
    if !pack.adjectives_follow_noun || e.end != e.start + 1 || e.start == 0 || tokens[e.start].capitalised {
        return false;
    }
    if !e.refs.iter().all(|r| matches!(r, EntityRef::Agent(_))) {
        return false;
    }
    let before = &tokens[e.start - 1];
    let after_a_noun = before.kind == TokenKind::Word
        && !pack.is_determiner(&before.norm)
        && !pack.is_function_word(&before.norm)
        && !pack.is_genitive(&before.norm)
        && !pack.is_cardinal(before)
        && !lang.prenominals.contains(&before.norm)
        && !lang.group_sites.contains(&before.norm);
    // `des positions rebelles hier`: a plural agent word there is an
    // adjective that agrees with its noun, not a participle.
    let singular = pack.may_agree(&tokens[e.start].norm, "a");
    let Some(next) = tokens.get(e.end) else {
        return false;
    };
    after_a_noun && singular && (pack.is_cardinal(next) || pack.is_date_word(next))
}
