//! Lexicon: loads, checks and matches the dictionaries under `lexicons/`
//! (see its README for every file's columns). It owns the data files' syntax,
//! their integrity rules (every CAMEO code exists, every lemma has forms,
//! every term of office names a known person, no duplicate entries), the
//! index that finds actors, people and places in tokenised text, and the
//! pattern language of verbs, cues and boilerplate. It knows codes as
//! strings and which file says what, but not how matches become events (the
//! coder's job) nor anything of storage. The files are embedded at build time
//! (`build.rs`), and can be replaced at run time by a folder of the same shape.

mod cameo;
pub mod coverage;
mod entities;
mod ethnic;
mod pattern;
mod phrase_words;
mod people;
mod places;
mod tsv;

use std::collections::{BTreeMap, HashMap as StdHashMap};

// Loading hashes a few hundred thousand keys of trusted data: a fast hash.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::Path;

pub use cameo::{CameoCode, CameoTable, IntentForm, IntentTable};
pub use entities::{CountryKind, EntityIndex, EntityMatch, EntityRef};
pub use ethnic::EthnicGroup;
pub use pattern::{NoSlots, Pattern, PatternMatch, Slot, SlotFiller, MAX_GAP};
pub use rustc_hash::FxHashSet;
pub use people::{Person, Role};
pub use places::{Place, PlaceKind};
use vigie_text::LanguagePack;

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// A lexicon file that cannot be used, with the place of the fault.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct LexiconError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl LexiconError {
    pub(crate) fn at(file: &str, line: usize, message: impl Into<String>) -> LexiconError {
        LexiconError { file: file.to_string(), line, message: message.into() }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct VerbFlags {
    pub passive: bool,
    pub symmetric: bool,
    pub travel: bool,
    pub nominal: bool,
    /// The verb forms its active perfect with the pack's passive auxiliary
    /// (French `est arrivé`, `sont parvenus`): after it, not a passive.
    pub perfect_with_be: bool,
    /// A denial (`nier`, `deny`): the act in the clause or infinitive it
    /// governs is what is denied, not asserted.
    pub denial: bool,
    /// A legal charge (`indict`, `inculper`): CAMEO files it with arrests
    /// (173), PLOVER's manual with accusations (ACCUSE, mode allege).
    pub charge: bool,
    /// A claim (`claim`, `prétendre`): a speaker who claims an act of its
    /// own in the clause it governs claims responsibility for it (015).
    pub claim: bool,
    /// A mobilisation (`se mobiliser`, `mobilisation de`): by the police or
    /// the armed forces it is their deployment (153, 154), no protest.
    pub mobilisation: bool,
    /// Exercises (`held war games`, `a mené des manœuvres`): held by two or
    /// more coordinated actors with no one else named, they are military
    /// cooperation between them (062), not a show of force.
    pub joint: bool,
    /// The row's own words say the act is awaited, not done (`est attendu à
    /// Bruxelles`, `is expected in Brussels`): at most planned.
    pub planned: bool,
}

/// An idiom row of `verbs/<lang>.tsv` (flag `idiom`, code `-`): a set
/// phrase that uses a verb of the packs in another sense (`accuser le coup`,
/// `took the hit`); a verb pattern whose first word it covers codes nothing.
#[derive(Debug, Clone)]
pub struct IdiomRule {
    pub id: String,
    pub pattern: Pattern,
}

/// One line of `verbs/<lang>.tsv`.
#[derive(Debug, Clone)]
pub struct VerbRule {
    pub id: String,
    pub cameo: String,
    pub flags: VerbFlags,
    pub pattern: Pattern,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    Negated,
    /// The act was called off (`a été annulée`, `cancellation of`): negated,
    /// and, unlike a negation, it reaches a noun that names the act before
    /// it (`la visite … a été annulée`).
    Cancelled,
    Hypothetical,
    Planned,
    Obligation,
    /// What the cue covers reports no act between actors today: a court
    /// hearing's agenda, a commemoration, a sports fixture.
    NotEvent,
    /// What the cue covers happened in the past (`il y a 30 ans`,
    /// `commémoration de`): coded, and marked historical.
    Historical,
    /// An announced refusal (`will not accept`, `refused to`, `n'acceptera
    /// pas`): of a cooperative act it is itself an act of rejection (CAMEO
    /// 12); of any other act, a negation.
    Refusal,
    First,
    /// A plan its own subject states (`will`, `plans to`, `va`, the French
    /// future): planned, and the act is also an intent expressed today
    /// (`cameo/intents.tsv`), unlike a schedule (`is expected to`, `est
    /// prévue`).
    Intent,
    /// A condition (`if`, `si`): the act after it may not happen, but an
    /// actor announcing its act on a condition has still stated an intent.
    Condition,
    /// A condition on the other side not doing something (`unless`, `if …
    /// not`, `à moins que`): an announced act under it is a threat.
    Ultimatum,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueScope {
    Verb,
    Clause,
    /// In the clause, before the verb: adjectives like `possible` qualify
    /// what follows them, not the verb before them.
    Preceding,
    Rest,
    Sentence,
    /// Right before the verb, at most one word between (`sans rencontrer`,
    /// `sans avoir rencontré`): a preposition that negates only the act it
    /// introduces (`sans surprise`, `sans compromis` introduce none).
    BeforeVerb,
}

/// One line of `cues/<lang>.tsv`.
#[derive(Debug, Clone)]
pub struct CueRule {
    pub id: String,
    pub kind: CueKind,
    pub scope: CueScope,
    pub pattern: Pattern,
}

/// One line of `boilerplate/<lang>.tsv`.
#[derive(Debug, Clone)]
pub struct BoilerplateRule {
    pub id: String,
    pub pattern: Pattern,
}

/// A title of office (`le président`, `foreign minister`), from
/// `actors/titles.tsv`: with a country and a date it names a person.
#[derive(Debug, Clone)]
pub struct Title {
    pub key: String,
    pub lang: String,
    /// The agent the title gives when no holder is found.
    pub agent: String,
    /// The words of the title in `lang`.
    pub forms: Vec<String>,
    /// Beginnings of the `office` wordings in roles.tsv, lower case.
    pub offices: Vec<String>,
}

/// Everything the coder needs for one language.
#[derive(Debug, Clone)]
pub struct LanguageLexicon {
    pub pack: LanguagePack,
    pub entities: EntityIndex,
    pub verbs: Vec<VerbRule>,
    pub idioms: Vec<IdiomRule>,
    pub cues: Vec<CueRule>,
    pub boilerplate: Vec<BoilerplateRule>,
    /// Every one-word verb form of the language's lemmas: a word that ends a
    /// noun phrase when actors are grouped.
    pub verb_forms: rustc_hash::FxHashSet<String>,
    /// Phrases that mark an ethnic group as ethnic (`ethnic`, `d'origine`),
    /// as normalised words.
    pub ethnic_markers: Vec<Vec<String>>,
    /// Possessive determiners (`their`, `leurs`): before an agent word they
    /// make it the agent of an actor named earlier (`actors/phrase_words.tsv`).
    pub possessives: rustc_hash::FxHashSet<String>,
    /// Nouns of places a group holds (`positions`, `camp`): an agent word
    /// qualifying one still names the group.
    pub group_sites: rustc_hash::FxHashSet<String>,
    /// Nouns of a force's vehicles and heavy arms (`jets`, `hélicoptères`):
    /// an agent word qualifying one names the force that acts with them
    /// (`army jets bombed`), not a kind of thing.
    pub equipment: rustc_hash::FxHashSet<String>,
    /// Military heavy arms fired from the ground (`missile`, `obus`) and
    /// weapons used from the air (`warplane`, `drone`): named as the means
    /// of a bombing or of unconventional violence, they make it a fight
    /// with artillery (194) or from the air (195).
    pub artillery_weapons: rustc_hash::FxHashSet<String>,
    pub aerial_weapons: rustc_hash::FxHashSet<String>,
    /// Adjectives that stand before their noun in a language whose
    /// adjectives mostly follow it (`nombreux`, `jeunes`): an agent word
    /// after one is the noun (`de jeunes manifestants`), not an adjective
    /// qualifying it.
    pub prenominals: rustc_hash::FxHashSet<String>,
    /// Adjectives said of an object after it (`found 14 activists guilty`,
    /// `left three soldiers dead`): in a language whose adjectives come
    /// first, an agent word before one is still a noun.
    pub predicatives: rustc_hash::FxHashSet<String>,
    /// Agent words that name a town or village (`villages`, `town`): its
    /// people, unless a locative puts the act there (`surrendered in the town`).
    pub settlements: rustc_hash::FxHashSet<String>,
    /// Prepositions of origin (`from`) that tie a non-state agent word to
    /// the country named right after them (`dissidents from Myanmar`).
    pub origins: rustc_hash::FxHashSet<String>,
    /// Nouns that name an attack by its means (`bombing`, `explosion`,
    /// `attentat`): force told by one with no author named is the act of
    /// an unidentified armed force of the place (`actors/phrase_words.tsv`).
    pub attack_means: rustc_hash::FxHashSet<String>,
    /// Nouns that name a language (`language`, `langue`): a country's
    /// adjective qualifying one names a tongue, not the country (`the
    /// Russian language`, `la langue russe`).
    pub language_nouns: rustc_hash::FxHashSet<String>,
    /// Agent words that name a body (`newspaper`, `parti`): a capitalised
    /// word of no entry after one is the body's name (`the newspaper La
    /// Prensa`), not an unknown person holding an office.
    pub named_bodies: rustc_hash::FxHashSet<String>,
    /// Words a newspaper's title joins to a place (`the Washington Post`,
    /// `le Soir d'Algérie`): the place inside such a title names no actor.
    pub paper_titles: rustc_hash::FxHashSet<String>,
    /// Agent words for those who oppose someone (`opposants`, `opponents`):
    /// the actor their phrase goes on to name is whom they oppose
    /// (`les opposants au gouvernement`), never joined to them.
    pub opponents: rustc_hash::FxHashSet<String>,
    /// Agent words for the members of a security force as a workforce
    /// (`policiers`, `policemen`): mobilising, they press their own
    /// claims, where the force as a body (`forces de l'ordre`) is deployed.
    pub staff: rustc_hash::FxHashSet<String>,
    /// Prepositions that put a speaker somewhere away from whom he speaks
    /// for (`a déclaré depuis Bruxelles`, `said from Brussels`).
    pub standpoints: rustc_hash::FxHashSet<String>,
    /// Nouns of a place or institution named after someone (`rue`, `airport`,
    /// `phrase_words.tsv` `named_place`).
    pub named_places: rustc_hash::FxHashSet<String>,
    /// Suffixes (`-held`) that make an agent or country word name who holds
    /// the place it qualifies (`rebel-held areas`), normalised.
    pub holder_suffixes: Vec<String>,
    /// Verb patterns by the words that can start them, so a clause is only
    /// tried against patterns whose first word it contains.
    verb_index: rustc_hash::FxHashMap<String, Vec<usize>>,
    verb_rules: RuleIndex,
    idiom_rules: RuleIndex,
    cue_rules: RuleIndex,
    boilerplate_rules: RuleIndex,
}

/// Rules by the symbols of their anchor words (see [`Pattern::anchors`]),
/// so a sentence is only tried against rules one of whose anchors it has.
#[derive(Debug, Clone, Default)]
struct RuleIndex {
    by_symbol: rustc_hash::FxHashMap<vigie_text::Symbol, RuleLists>,
    unanchored: Vec<usize>,
    rules: usize,
    /// Per rule: its start group, when its starts are listed in
    /// [`RuleLists::starting`]. Rules with the same first words (the sixty
    /// rows opening on `<appeler>`) share one group, so that their starts
    /// are listed once, not once per rule.
    start_group: Vec<Option<u32>>,
    /// A bit per symbol that has lists in `by_symbol`: most tokens of a
    /// clause have none, told by a bit test instead of a hash lookup.
    with_lists: Vec<u64>,
}

#[derive(Debug, Clone, Default)]
struct RuleLists {
    /// The rules the word is an anchor of.
    anchored: Vec<usize>,
    /// The start groups (rules with the same first words, see
    /// [`Pattern::first_words`]) a match of which can start with the word,
    /// of those whose every first word starts few groups: the pass that
    /// picks a sentence's rules also lists where each may start, where
    /// every rule scanned every token for its own start words. A word that
    /// starts many groups (`a`, `has`) would list them all at each of its
    /// tokens, most not candidates: those rules keep their own scan.
    starting: Vec<u32>,
}

/// Beyond this many start groups starting with one word, listing starts
/// costs more than the scans it spares.
const MAX_GROUPS_PER_START_WORD: usize = 16;

/// The rules that may match in a text (see [`LanguageLexicon::verb_candidates`]),
/// each with, when known, the token positions where a match may start: the
/// only ones [`Pattern::find_unfiltered`] would try.
pub struct Candidates<'r, R> {
    rules: Vec<(&'r R, Option<(u32, u32)>)>,
    starts: Vec<u32>,
}

impl<'r, R> Candidates<'r, R> {
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// Each rule, in file order, with its starts (`None`: try every token);
    /// pass both to [`Pattern::find_at`].
    pub fn iter(&self) -> impl Iterator<Item = (&'r R, Option<&[u32]>)> + '_ {
        self.rules.iter().map(|&(rule, range)| (rule, range.map(|(a, b)| &self.starts[a as usize..b as usize])))
    }
}

impl RuleIndex {
    fn new<'p>(patterns: impl Iterator<Item = &'p Pattern>, pack: &mut LanguagePack) -> RuleIndex {
        let mut index = RuleIndex::default();
        let mut first_symbols: Vec<Option<Vec<vigie_text::Symbol>>> = Vec::new();
        for (i, pattern) in patterns.enumerate() {
            index.rules = i + 1;
            match pattern.anchors() {
                Some(words) => words.iter().for_each(|w| index.by_symbol.entry(pack.intern(w)).or_default().anchored.push(i)),
                None => index.unanchored.push(i),
            }
            first_symbols.push(pattern.first_words().map(|words| {
                let mut symbols: Vec<_> = words.iter().map(|w| pack.intern(w)).collect();
                symbols.sort_unstable();
                symbols
            }));
        }
        // Groups in order of their first rule, so that numbering does not
        // depend on hashing.
        let mut groups: rustc_hash::FxHashMap<&[vigie_text::Symbol], u32> = Default::default();
        let mut group_symbols: Vec<&[vigie_text::Symbol]> = Vec::new();
        for symbols in first_symbols.iter() {
            index.start_group.push(symbols.as_deref().map(|symbols| {
                *groups.entry(symbols).or_insert_with(|| {
                    group_symbols.push(symbols);
                    (group_symbols.len() - 1) as u32
                })
            }));
        }
        let mut starting: rustc_hash::FxHashMap<vigie_text::Symbol, usize> = Default::default();
        group_symbols.iter().copied().flatten().for_each(|&s| *starting.entry(s).or_default() += 1);
        let listed: Vec<bool> = group_symbols.iter().map(|symbols| symbols.iter().all(|s| starting[s] <= MAX_GROUPS_PER_START_WORD)).collect();
        for (g, symbols) in group_symbols.iter().enumerate().filter(|(g, _)| listed[*g]) {
            symbols.iter().for_each(|&s| index.by_symbol.entry(s).or_default().starting.push(g as u32));
        }
        for group in index.start_group.iter_mut() {
            *group = group.filter(|&g| listed[g as usize]);
        }
        let words = index.by_symbol.keys().map(|&s| s as usize / 64 + 1).max().unwrap_or(0);
        index.with_lists = vec![0; words];
        for &s in index.by_symbol.keys() {
            index.with_lists[s as usize / 64] |= 1 << (s % 64);
        }
        index
    }

    /// The rule lists of a token's symbol, if any.
    #[inline]
    fn lists(&self, sym: vigie_text::Symbol) -> Option<&RuleLists> {
        let word = *self.with_lists.get(sym as usize / 64)?;
        if word & (1 << (sym % 64)) == 0 {
            return None;
        }
        self.by_symbol.get(&sym)
    }

    /// The rules (of `rules`, the list indexed) that may match in `tokens`, in file order.
    fn candidates<'r, R>(&self, tokens: &[vigie_text::Token], rules: &'r [R]) -> Vec<&'r R> {
        let chosen = self.chosen(tokens);
        let mut ids = Vec::new();
        for (w, mut bits) in chosen.into_iter().enumerate() {
            while bits != 0 {
                ids.push(&rules[w * 64 + bits.trailing_zeros() as usize]);
                bits &= bits - 1;
            }
        }
        ids
    }

    /// A bit per rule with an anchor in `tokens` (or none).
    fn chosen(&self, tokens: &[vigie_text::Token]) -> Vec<u64> {
        // A bit per rule: frequent words name many rules, often the same.
        let mut chosen = vec![0u64; self.rules.div_ceil(64)];
        let mut choose = |i: usize| chosen[i / 64] |= 1 << (i % 64);
        self.unanchored.iter().for_each(|&i| choose(i));
        for t in tokens {
            if let Some(lists) = self.lists(t.sym) {
                lists.anchored.iter().for_each(|&i| choose(i));
            }
        }
        chosen
    }

    /// [`RuleIndex::candidates`] with where each may start.
    fn candidates_with_starts<'r, R>(&self, tokens: &[vigie_text::Token], rules: &'r [R]) -> Candidates<'r, R> {
        // Two to four calls per clause: the working lists are kept between
        // calls, where each call allocated and freed them.
        type Scratch = (Vec<u64>, Vec<(u32, u32)>, Vec<(u32, u32, u32)>);
        thread_local! {
            static SCRATCH: std::cell::RefCell<Scratch> = const { std::cell::RefCell::new((Vec::new(), Vec::new(), Vec::new())) };
        }
        SCRATCH.with(|scratch| {
            let (chosen, found, ranges) = &mut *scratch.borrow_mut();
            chosen.clear();
            chosen.resize(self.rules.div_ceil(64), 0);
            found.clear();
            ranges.clear();
            self.candidates_with_starts_in(tokens, rules, chosen, found, ranges)
        })
    }

    fn candidates_with_starts_in<'r, R>(
        &self,
        tokens: &[vigie_text::Token],
        rules: &'r [R],
        chosen: &mut [u64],
        found: &mut Vec<(u32, u32)>,
        ranges: &mut Vec<(u32, u32, u32)>,
    ) -> Candidates<'r, R> {
        let mut choose = |i: usize| chosen[i / 64] |= 1 << (i % 64);
        self.unanchored.iter().for_each(|&i| choose(i));
        // (start group, position): sorted, each group's starts in order.
        for (k, t) in tokens.iter().enumerate() {
            if let Some(lists) = self.lists(t.sym) {
                lists.anchored.iter().for_each(|&i| choose(i));
                found.extend(lists.starting.iter().map(|&g| (g, k as u32)));
            }
        }
        found.sort_unstable();
        // Each group's starts, once, however many of its rules are candidates;
        // `ranges` holds (group, first, end), by group.
        let mut starts = Vec::with_capacity(found.len());
        for &(g, k) in found.iter() {
            match ranges.last_mut() {
                Some(last) if last.0 == g => {}
                _ => ranges.push((g, starts.len() as u32, starts.len() as u32)),
            }
            starts.push(k);
            ranges.last_mut().expect("pushed above").2 = starts.len() as u32;
        }
        let mut out = Vec::with_capacity(chosen.iter().map(|w| w.count_ones() as usize).sum());
        for (w, &bits) in chosen.iter().enumerate() {
            let mut bits = bits;
            while bits != 0 {
                let i = w * 64 + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                let range = self.start_group[i].map(|g| match ranges.binary_search_by_key(&g, |r| r.0) {
                    Ok(at) => (ranges[at].1, ranges[at].2),
                    Err(_) => (0, 0),
                });
                out.push((&rules[i], range));
            }
        }
        Candidates { rules: out, starts }
    }
}

impl LanguageLexicon {
    /// Whether the word is a verb form or the first word of a verb pattern
    /// (`marched`, `a signé`): a word that says what happens, not a noun.
    pub fn is_verb_word(&self, norm: &str) -> bool {
        self.verb_forms.contains(norm) || self.verb_index.contains_key(norm)
    }

    /// The verb rules that may match somewhere in `tokens`, in file order.
    pub fn verbs_for(&self, tokens: &[vigie_text::Token]) -> Vec<&VerbRule> {
        self.verb_rules.candidates(tokens, &self.verbs)
    }

    /// [`LanguageLexicon::verbs_for`], with where each may start.
    pub fn verb_candidates(&self, tokens: &[vigie_text::Token]) -> Candidates<'_, VerbRule> {
        self.verb_rules.candidates_with_starts(tokens, &self.verbs)
    }

    /// The idiom rows that may match somewhere in `tokens`, with where each may start.
    pub fn idiom_candidates(&self, tokens: &[vigie_text::Token]) -> Candidates<'_, IdiomRule> {
        self.idiom_rules.candidates_with_starts(tokens, &self.idioms)
    }

    /// [`LanguageLexicon::cues_for`], with where each may start.
    pub fn cue_candidates(&self, tokens: &[vigie_text::Token]) -> Candidates<'_, CueRule> {
        self.cue_rules.candidates_with_starts(tokens, &self.cues)
    }

    /// The cue rules that may match somewhere in `tokens`, in file order.
    pub fn cues_for(&self, tokens: &[vigie_text::Token]) -> Vec<&CueRule> {
        self.cue_rules.candidates(tokens, &self.cues)
    }

    /// The boilerplate rules that may match somewhere in `tokens`, in file order.
    pub fn boilerplate_for(&self, tokens: &[vigie_text::Token]) -> Vec<&BoilerplateRule> {
        self.boilerplate_rules.candidates(tokens, &self.boilerplate)
    }
}

/// All lexicons, loaded and checked.
#[derive(Debug, Clone)]
pub struct Lexicon {
    pub cameo: CameoTable,
    /// What announcing an act amounts to (`cameo/intents.tsv`).
    pub intents: IntentTable,
    pub people: Vec<Person>,
    pub places: Vec<Place>,
    pub titles: Vec<Title>,
    /// Ethnic groups, one per code and language (`actors/ethnic.tsv`).
    pub ethnic_groups: Vec<EthnicGroup>,
    languages: BTreeMap<String, LanguageLexicon>,
    country_places: HashMap<String, usize>,
    /// The home country of a national organisation (`actors/organisation_countries.tsv`).
    organisation_countries: HashMap<String, String>,
    /// The codes of `actors/organisations.tsv` that head an actor code of
    /// their own (`UNO`, `NATO`, `HEZ`; not `FRAPTY`, which is a country's
    /// body): what an exported actor is when its code starts with no country.
    organisations: HashSet<String>,
    /// The country of each country-code top-level domain (`fr` → FRA), from
    /// the `web_domain` rows of `actors/countries.tsv`: a publisher's address
    /// says where it publishes.
    web_domains: HashMap<String, String>,
    /// Every term of office by actor code, as (person, role, office in lower
    /// case): a title names its holder without a pass over all people.
    terms_by_code: HashMap<String, Vec<(usize, usize, String)>>,
    /// Every term of office by the holder's surname (the last word of a
    /// name form, normalised), as (person, role): `President Bush` finds
    /// its holder without a pass over all people.
    terms_by_surname: HashMap<String, Vec<(usize, usize)>>,
}

/// The one person the candidates name, counting each once; none when
/// there are none or several (an office-holder is never guessed).
fn the_only_one(holders: &mut Vec<usize>) -> Option<usize> {
    holders.sort_unstable();
    holders.dedup();
    match holders.as_slice() {
        [only] => Some(*only),
        _ => None,
    }
}

impl Lexicon {
    /// The lexicons built into the binary.
    pub fn embedded() -> Result<Lexicon, LexiconError> {
        Lexicon::from_files(EMBEDDED.iter().map(|(p, c)| (p.to_string(), c.to_string())).collect())
    }

    /// Lexicons from a folder shaped like the repository's `lexicons/`.
    pub fn from_dir(dir: &Path) -> Result<Lexicon, LexiconError> {
        fn walk(dir: &Path, root: &Path, out: &mut Vec<(String, String)>) -> Result<(), LexiconError> {
            let io = |e: std::io::Error| LexiconError::at(&dir.display().to_string(), 0, e.to_string());
            for entry in std::fs::read_dir(dir).map_err(io)? {
                let path = entry.map_err(io)?.path();
                if path.is_dir() {
                    walk(&path, root, out)?;
                } else if path.extension().is_some_and(|e| e == "tsv") {
                    let rel = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
                    let content = std::fs::read_to_string(&path)
                        .map_err(|e| LexiconError::at(&path.display().to_string(), 0, e.to_string()))?;
                    out.push((rel, content));
                }
            }
            Ok(())
        }
        let mut files = Vec::new();
        walk(dir, dir, &mut files)?;
        Lexicon::from_files(files)
    }

    /// Builds the lexicon from `(path relative to lexicons/, contents)` pairs.
    pub fn from_files(files: Vec<(String, String)>) -> Result<Lexicon, LexiconError> {
        let files: BTreeMap<String, String> = files.into_iter().collect();
        let get = |path: &str| files.get(path).ok_or_else(|| LexiconError::at(path, 0, "required lexicon file is missing"));
        let cameo = CameoTable::parse("cameo/cameo.tsv", get("cameo/cameo.tsv")?)?;
        let intents = match files.get("cameo/intents.tsv") {
            Some(content) => IntentTable::parse("cameo/intents.tsv", content, &cameo)?,
            None => IntentTable::default(),
        };
        // The hand-made people first; then imported sets, each a pair
        // `actors/<source>_people.tsv` + `actors/<source>_roles.tsv`.
        let mut people = people::parse("actors/people.tsv", get("actors/people.tsv")?, "actors/roles.tsv", get("actors/roles.tsv")?)?;
        for (path, content) in files.iter().filter(|(p, _)| p.starts_with("actors/") && p.ends_with("_people.tsv")) {
            let roles_path = path.replace("_people.tsv", "_roles.tsv");
            let more = people::parse(path, content, &roles_path, get(&roles_path)?)?;
            let known: HashSet<&str> = people.iter().map(|q| q.id.as_str()).collect();
            if let Some(dup) = more.iter().find(|p| known.contains(p.id.as_str())) {
                return Err(LexiconError::at(path, 0, format!("person id {} is already used", dup.id)));
            }
            people.extend(more);
        }
        // The hand-made gazetteer first, then every other file of places/ (imports).
        let mut places = places::parse("places/places.tsv", get("places/places.tsv")?)?;
        for (path, content) in files.iter().filter(|(p, _)| p.starts_with("places/") && p.as_str() != "places/places.tsv") {
            let more = places::parse(path, content)?;
            let known: HashSet<&str> = places.iter().map(|q| q.id.as_str()).collect();
            if let Some(dup) = more.iter().find(|p| known.contains(p.id.as_str())) {
                return Err(LexiconError::at(path, 0, format!("place id {} is already used", dup.id)));
            }
            places.extend(more);
        }
        let mut titles = Vec::new();
        if let Some(content) = files.get("actors/titles.tsv") {
            let path = "actors/titles.tsv";
            let mut seen = HashSet::default();
            for row in tsv::rows(path, content, &["title", "agent", "lang", "forms", "offices"])? {
                let c = &row.cols;
                check_code(path, row.line, c[1], 3)?;
                if !seen.insert((c[0], c[2])) {
                    return Err(LexiconError::at(path, row.line, format!("duplicate entry {} {}", c[0], c[2])));
                }
                titles.push(Title {
                    key: c[0].to_string(),
                    lang: c[2].to_string(),
                    agent: c[1].to_string(),
                    forms: unique_forms(path, row.line, c[3])?.into_iter().map(str::to_string).collect(),
                    offices: tsv::alternatives(c[4]).map(str::to_lowercase).collect(),
                });
            }
        }
        let ethnic_groups = match files.get("actors/ethnic.tsv") {
            Some(content) => ethnic::parse_groups("actors/ethnic.tsv", content)?,
            None => Vec::new(),
        };
        let ethnic_markers = match files.get("actors/ethnic_markers.tsv") {
            Some(content) => ethnic::parse_markers("actors/ethnic_markers.tsv", content)?,
            None => Vec::new(),
        };
        let phrase_words = match files.get("actors/phrase_words.tsv") {
            Some(content) => phrase_words::parse("actors/phrase_words.tsv", content)?,
            None => Vec::new(),
        };
        let mut languages = BTreeMap::new();
        for path in files.keys() {
            let Some(code) = path.strip_prefix("text/").and_then(|f| f.strip_suffix(".tsv")) else { continue };
            let pack = LanguagePack::parse(code, path, &files[path])
                .map_err(|e| LexiconError { file: e.file, line: e.line, message: e.message })?;
            let mut lang = build_language(code, pack, &files, &cameo, &people, &places, &titles)?;
            ethnic::add_to_language(&mut lang, code, &ethnic_groups, &ethnic_markers);
            phrase_words::add_to_language(&mut lang, code, &phrase_words);
            languages.insert(code.to_string(), lang);
        }
        if languages.is_empty() {
            return Err(LexiconError::at("text/", 0, "no language pack (text/<lang>.tsv)"));
        }
        let country_places: HashMap<String, usize> = places
            .iter()
            .enumerate()
            .filter(|(_, p)| p.kind == PlaceKind::Country)
            .map(|(i, p)| (p.country.clone(), i))
            .collect();
        let mut terms_by_code: HashMap<String, Vec<(usize, usize, String)>> = HashMap::default();
        for (p, person) in people.iter().enumerate() {
            for (r, role) in person.roles.iter().enumerate() {
                terms_by_code.entry(role.code.clone()).or_default().push((p, r, role.office.to_lowercase()));
            }
        }
        let terms_by_surname = terms_by_surname(&people);
        let mut organisation_countries: HashMap<String, String> = HashMap::default();
        if let Some(content) = files.get("actors/organisation_countries.tsv") {
            let path = "actors/organisation_countries.tsv";
            for row in tsv::rows(path, content, &["code", "country"])? {
                let (org, country) = (row.cols[0], row.cols[1]);
                if !country_places.contains_key(country) {
                    return Err(LexiconError::at(path, row.line, format!("unknown country {country}")));
                }
                if organisation_countries.insert(org.to_string(), country.to_string()).is_some() {
                    return Err(LexiconError::at(path, row.line, format!("duplicate organisation {org}")));
                }
            }
        }
        let organisations: HashSet<String> = match files.get("actors/organisations.tsv") {
            Some(content) => tsv::rows("actors/organisations.tsv", content, &["code", "lang", "forms"])?
                .into_iter()
                .map(|row| row.cols[0].to_string())
                .filter(|code| !(code.len() == 6 && code.is_char_boundary(3) && country_places.contains_key(&code[..3])))
                .collect(),
            None => HashSet::default(),
        };
        let web_domains = match files.get("actors/countries.tsv") {
            Some(content) => web_domains("actors/countries.tsv", content)?,
            None => HashMap::default(),
        };
        Ok(Lexicon { cameo, intents, people, places, titles, ethnic_groups, languages, country_places, organisation_countries, organisations, web_domains, terms_by_code, terms_by_surname })
    }

    /// The country of a publisher's address by its country-code top-level
    /// domain (`https://www.lemonde.fr/…` → FRA); none for `.com` and the like.
    pub fn country_of_address(&self, url: &str) -> Option<&str> {
        let rest = url.split_once("://").map_or(url, |(_, r)| r);
        let host = rest.split(['/', '?', '#', ':']).next()?;
        let tld = host.rsplit('.').next()?;
        if tld.len() != 2 {
            return None;
        }
        self.web_domains.get(&tld.to_ascii_lowercase()).map(String::as_str)
    }

    pub fn language(&self, code: &str) -> Option<&LanguageLexicon> {
        self.languages.get(code)
    }

    pub fn languages(&self) -> impl Iterator<Item = (&str, &LanguageLexicon)> {
        self.languages.iter().map(|(k, v)| (k.as_str(), v))
    }

    pub fn packs(&self) -> Vec<LanguagePack> {
        self.languages.values().map(|l| l.pack.clone()).collect()
    }

    /// Forms of one language that name several different actors, with the
    /// entries they name. The matcher resolves them by rank (a person before
    /// an organisation before a country before an agent; a place only where
    /// no actor is named): these are the cases a reviewer should look at.
    pub fn ambiguities(&self, lang: &str) -> Vec<(String, Vec<EntityRef>)> {
        let Some(l) = self.language(lang) else { return Vec::new() };
        let actor_key = |r: &EntityRef| match r {
            EntityRef::Country { code, .. } => Some(code.clone()),
            EntityRef::Agent(a) => Some(format!("agent {a}")),
            EntityRef::Organisation(o) => Some(o.clone()),
            EntityRef::Person(p) => Some(format!("person {}", self.people[*p].id)),
            EntityRef::Place(_) | EntityRef::Title(_) | EntityRef::Ethnic(_) => None,
        };
        let mut out: Vec<(String, Vec<EntityRef>)> = l
            .entities
            .iter()
            .filter(|(_, refs, _)| {
                let keys: HashSet<String> = refs.iter().filter_map(actor_key).collect();
                keys.len() > 1
            })
            .map(|(form, refs, _)| (form.to_string(), refs.to_vec()))
            .collect();
        out.sort_by(|a, b| a.0.cmp(&b.0));
        out
    }

    /// Terms of the same office held by two people at once (more than the
    /// one day a handover shares), as `(office, person, person)`.
    pub fn overlapping_terms(&self) -> Vec<(String, String, String)> {
        let mut by_office: HashMap<(&str, &str), Vec<(&str, &Role)>> = HashMap::default();
        for p in &self.people {
            for r in &p.roles {
                by_office.entry((r.code.as_str(), r.office.as_str())).or_default().push((p.id.as_str(), r));
            }
        }
        let mut out = Vec::new();
        for ((_, office), terms) in by_office {
            if !people::is_single_seat(office) {
                continue;
            }
            for (i, (a, ra)) in terms.iter().enumerate() {
                for (b, rb) in &terms[i + 1..] {
                    if a != b && people::overlap_days(ra, rb) > 1 {
                        out.push((office.to_string(), a.to_string(), b.to_string()));
                    }
                }
            }
        }
        out.sort();
        out
    }

    /// The person who holds title `title` of `country` on `date`, if the
    /// roles name exactly one.
    pub fn title_holder(&self, title: usize, country: &str, date: Option<&str>) -> Option<usize> {
        let t = &self.titles[title];
        // The executive's offices: the government's, or the title's own
        // sector (a president of a constitutional court is not the president).
        let government = format!("{country}GOV");
        let sector = format!("{country}{}", t.agent);
        let codes = if sector == government { vec![government] } else { vec![government, sector] };
        let mut holders: Vec<usize> = codes
            .iter()
            .filter_map(|code| self.terms_by_code.get(code))
            .flatten()
            .filter(|(p, r, office)| t.offices.iter().any(|o| office.starts_with(o.as_str())) && self.people[*p].roles[*r].in_force(date))
            .map(|(p, _, _)| *p)
            .collect();
        the_only_one(&mut holders)
    }

    /// Whether some person who held an office is known by this surname
    /// (normalised): a cheap test before [`Lexicon::title_surname_holder`].
    pub fn is_office_holder_surname(&self, surname: &str) -> bool {
        self.terms_by_surname.contains_key(surname)
    }

    /// The person a title followed by a bare surname names on `date`
    /// (`President Bush` in 2008): the one person of that surname whose
    /// term of an office of the title is in force (and of `country`, if
    /// the words give one). Imported people, whose terms name no office,
    /// count only when no named office matches, through a term in the
    /// government (or the title's own sector) of their country. Two
    /// candidates name nobody: a bare surname is too weak to choose.
    pub fn title_surname_holder(&self, title: usize, surname: &str, country: Option<&str>, date: Option<&str>) -> Option<usize> {
        let t = &self.titles[title];
        let terms = self.terms_by_surname.get(surname)?;
        let in_country = |p: usize| country.is_none_or(|c| self.people[p].country == c);
        let mut titled: Vec<usize> = terms
            .iter()
            .filter(|(p, r)| {
                let office = self.people[*p].roles[*r].office.to_lowercase();
                !office.is_empty()
                    && in_country(*p)
                    && t.offices.iter().any(|o| office.starts_with(o.as_str()))
                    && self.people[*p].roles[*r].in_force(date)
            })
            .map(|(p, _)| *p)
            .collect();
        if !titled.is_empty() {
            return the_only_one(&mut titled);
        }
        let mut governing: Vec<usize> = terms
            .iter()
            .filter(|(p, r)| {
                let person = &self.people[*p];
                let code = &person.roles[*r].code;
                person.roles[*r].office.is_empty()
                    && in_country(*p)
                    && code.strip_prefix(person.country.as_str()).is_some_and(|agent| agent == "GOV" || agent == t.agent)
                    && person.roles[*r].in_force(date)
            })
            .map(|(p, _)| *p)
            .collect();
        the_only_one(&mut governing)
    }

    /// The people of surname `surname` who held an office of `title` at
    /// any time (and of `country`, if the words give one), for a title and
    /// surname that name no one on the article's date: a date that is
    /// missing, or a placeholder, still leaves `President Mitterrand` one
    /// person and `President Bush` a president of one country.
    pub fn title_surname_holders_ever(&self, title: usize, surname: &str, country: Option<&str>) -> Vec<usize> {
        let t = &self.titles[title];
        let Some(terms) = self.terms_by_surname.get(surname) else { return Vec::new() };
        let mut holders: Vec<usize> = terms
            .iter()
            .filter(|(p, r)| {
                let office = self.people[*p].roles[*r].office.to_lowercase();
                !office.is_empty() && country.is_none_or(|c| self.people[*p].country == c) && t.offices.iter().any(|o| office.starts_with(o.as_str()))
            })
            .map(|(p, _)| *p)
            .collect();
        holders.sort_unstable();
        holders.dedup();
        holders
    }

    /// The one person the lexicon knows by `surname` (and of `country`, if
    /// the words give one) when that person is imported, with terms that
    /// name no office (`President Kagame`, whose imported terms say ELI):
    /// a title before the surname says the office, the person says whose
    /// country holds it. Two people of that surname name no one.
    pub fn imported_surname_bearer(&self, surname: &str, country: Option<&str>) -> Option<usize> {
        let terms = self.terms_by_surname.get(surname)?;
        let (p, _) = *terms.first()?;
        let person = &self.people[p];
        let one_person = terms.iter().all(|(q, _)| *q == p);
        let imported = person.roles.iter().all(|r| r.office.is_empty());
        (one_person && imported && country.is_none_or(|c| person.country == c)).then_some(p)
    }

    /// The country whose government a leader's surname names on `date`
    /// (`the Bush administration`, `le gouvernement Barnier`): the people
    /// of that surname in a government term then (code country + GOV, no
    /// sub-sector) must all be of one country, else the name says nothing.
    /// Terms that name their office (a head of state or government the
    /// lexicon keeps by hand) come first; imported terms count only when
    /// none does, as for a title and a surname.
    pub fn governing_surname_country(&self, surname: &str, date: Option<&str>) -> Option<&str> {
        let terms = self.terms_by_surname.get(surname)?;
        for named_office in [true, false] {
            let mut found: Option<&str> = None;
            for &(p, r) in terms {
                let person = &self.people[p];
                let role = &person.roles[r];
                let governs = role.office.is_empty() != named_office
                    && role.code.strip_prefix(person.country.as_str()).is_some_and(|agent| agent == "GOV")
                    && role.in_force(date);
                if !governs {
                    continue;
                }
                match found {
                    Some(c) if c != person.country => return None,
                    _ => found = Some(person.country.as_str()),
                }
            }
            if found.is_some() {
                return found;
            }
        }
        None
    }

    /// The gazetteer row of a country (its centroid), by alpha-3 code.
    pub fn country_place(&self, code: &str) -> Option<&Place> {
        self.country_places.get(code).map(|&i| &self.places[i])
    }

    /// The country a national organisation (`HEZ`) belongs to, if known.
    pub fn organisation_country(&self, code: &str) -> Option<&str> {
        self.organisation_countries.get(code).map(String::as_str)
    }

    /// Whether a code names an organisation of its own (`UNO`, `HEZ`), not a
    /// country's body.
    pub fn is_organisation(&self, code: &str) -> bool {
        self.organisations.contains(code)
    }

    /// The index in `places` of a country's own place (its centroid).
    pub fn country_place_index(&self, code: &str) -> Option<usize> {
        self.country_places.get(code).copied()
    }
}

/// Each person's terms of office under each of their surnames (the last
/// word of each name form; initials are no surnames).
fn terms_by_surname(people: &[Person]) -> HashMap<String, Vec<(usize, usize)>> {
    let mut index: HashMap<String, Vec<(usize, usize)>> = HashMap::default();
    for (p, person) in people.iter().enumerate() {
        if person.roles.is_empty() {
            continue;
        }
        let mut surnames: Vec<String> = person
            .names
            .iter()
            .filter_map(|name| name.split_whitespace().last())
            .map(vigie_text::normalize)
            .filter(|s| s.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            .collect();
        surnames.sort_unstable();
        surnames.dedup();
        for surname in surnames {
            let terms = index.entry(surname).or_default();
            terms.extend((0..person.roles.len()).map(|r| (p, r)));
        }
    }
    index
}

fn build_language(
    code: &str,
    mut pack: LanguagePack,
    files: &BTreeMap<String, String>,
    cameo: &CameoTable,
    people: &[Person],
    places: &[Place],
    titles: &[Title],
) -> Result<LanguageLexicon, LexiconError> {
    let optional = |path: String| files.get(&path).map(|c| (path, c.as_str()));
    let mut entities = EntityIndex::default();
    // One row per entry and language: a second row for the same key is a duplicate entry.
    let mut keys = HashSet::default();
    let mut unique_key = |path: &str, line: usize, key: String| {
        if keys.insert(format!("{path}|{key}")) {
            Ok(())
        } else {
            Err(LexiconError::at(path, line, format!("duplicate entry {key}: merge the two rows")))
        }
    };
    // `US-led`, `Saudi-led`: a country word joined to a leader suffix names
    // the country that leads, as its adjective does.
    let phrase_rows = match optional("actors/phrase_words.tsv".into()) {
        Some((path, content)) => phrase_words::parse(&path, content)?,
        None => Vec::new(),
    };
    let leader_suffixes = phrase_words::leader_suffixes(&phrase_rows, code);
    // `rebel-held`, `Russian-held`: who holds the place the word qualifies.
    let holder_suffixes = phrase_words::holder_suffixes(&phrase_rows, code);
    if let Some((path, content)) = optional("actors/countries.tsv".into()) {
        for row in tsv::rows(&path, content, &["code", "lang", "kind", "forms"])? {
            let c = &row.cols;
            unique_key(&path, row.line, format!("{} {} {}", c[0], c[1], c[2]))?;
            if c[2] == WEB_DOMAIN {
                continue;
            }
            let kind = CountryKind::parse(c[2]).ok_or_else(|| LexiconError::at(&path, row.line, format!("unknown kind {:?}", c[2])))?;
            check_code(&path, row.line, c[0], 3)?;
            if c[1] == code {
                for form in unique_forms(&path, row.line, c[3])? {
                    entities.add(&mut pack, form, EntityRef::Country { code: c[0].to_string(), kind });
                    if matches!(kind, CountryKind::Name | CountryKind::Adjective) {
                        for suffix in leader_suffixes.iter().chain(&holder_suffixes) {
                            entities.add(&mut pack, &format!("{form}{suffix}"), EntityRef::Country { code: c[0].to_string(), kind: CountryKind::Adjective });
                        }
                    }
                }
            }
        }
    }
    // Agents and organisations share one shape: a code, a language, its forms.
    type CodedFile = (&'static str, &'static str, usize, fn(String) -> EntityRef);
    let coded_files: [CodedFile; 2] = [
        ("actors/agents.tsv", "agent", 3, EntityRef::Agent),
        ("actors/organisations.tsv", "code", 2, EntityRef::Organisation),
    ];
    for (file, first_column, min_len, entity) in coded_files {
        let Some((path, content)) = optional(file.into()) else { continue };
        for row in tsv::rows(&path, content, &[first_column, "lang", "forms"])? {
            check_code(&path, row.line, row.cols[0], min_len)?;
            unique_key(&path, row.line, format!("{} {}", row.cols[0], row.cols[1]))?;
            if row.cols[1] == code {
                for form in unique_forms(&path, row.line, row.cols[2])? {
                    entities.add(&mut pack, form, entity(row.cols[0].to_string()));
                    // Agent words only (`rebel-held`): an organisation's name
                    // with a suffix is rare and may clash with a real name.
                    if file == "actors/agents.tsv" && !form.contains(' ') {
                        for suffix in &holder_suffixes {
                            entities.add(&mut pack, &format!("{form}{suffix}"), entity(row.cols[0].to_string()));
                        }
                    }
                }
            }
        }
    }
    for (i, title) in titles.iter().enumerate().filter(|(_, t)| t.lang == code) {
        for form in &title.forms {
            entities.add(&mut pack, form, EntityRef::Title(i));
        }
    }
    for (i, person) in people.iter().enumerate() {
        for name in &person.names {
            entities.add(&mut pack, name, EntityRef::Person(i));
        }
    }
    for (i, place) in places.iter().enumerate() {
        for name in &place.names {
            if place.common_word_names.contains(name) {
                entities.add_inside_sentence(&mut pack, name, EntityRef::Place(i));
            } else {
                entities.add(&mut pack, name, EntityRef::Place(i));
            }
        }
    }

    let mut lemmas: StdHashMap<String, Vec<Vec<String>>> = StdHashMap::new();
    if let Some((path, content)) = optional(format!("verbs/{code}_forms.tsv")) {
        for row in tsv::rows(&path, content, &["lemma", "forms"])? {
            let forms: Vec<Vec<String>> = unique_forms(&path, row.line, row.cols[1])?.into_iter().map(|f| pack.phrase(f)).collect();
            if lemmas.insert(row.cols[0].to_string(), forms).is_some() {
                return Err(LexiconError::at(&path, row.line, format!("duplicate lemma {}", row.cols[0])));
            }
        }
    }
    let compile = |path: &str, line: usize, src: &str| {
        Pattern::compile(src, &pack, &lemmas).map_err(|m| LexiconError::at(path, line, format!("pattern {src:?}: {m}")))
    };
    let mut ids = HashSet::default();
    let mut check_id = |path: &str, line: usize, id: &str| {
        if ids.insert(id.to_string()) {
            Ok(())
        } else {
            Err(LexiconError::at(path, line, format!("duplicate id {id}")))
        }
    };

    let mut verbs = Vec::new();
    let mut idioms = Vec::new();
    if let Some((path, content)) = optional(format!("verbs/{code}.tsv")) {
        let mut seen_patterns = HashSet::default();
        for row in tsv::rows(&path, content, &["id", "cameo", "flags", "pattern"])? {
            let c = &row.cols;
            check_id(&path, row.line, c[0])?;
            if c[2].split(',').any(|f| f.trim() == "idiom") {
                if c[1] != "-" || c[2].trim() != "idiom" {
                    return Err(LexiconError::at(&path, row.line, "an idiom row has code `-` and no other flag"));
                }
                if !seen_patterns.insert(c[3].to_string()) {
                    return Err(LexiconError::at(&path, row.line, format!("duplicate pattern {:?}", c[3])));
                }
                idioms.push(IdiomRule { id: c[0].to_string(), pattern: compile(&path, row.line, c[3])? });
                continue;
            }
            if cameo.get(c[1]).is_none() {
                return Err(LexiconError::at(&path, row.line, format!("CAMEO code {:?} is not in cameo/cameo.tsv", c[1])));
            }
            let mut flags = VerbFlags::default();
            for f in c[2].split(',').map(str::trim).filter(|f| *f != "-" && !f.is_empty()) {
                match f {
                    "passive" => flags.passive = true,
                    "symmetric" => flags.symmetric = true,
                    "travel" => flags.travel = true,
                    "nominal" => flags.nominal = true,
                    "perfect_with_be" => flags.perfect_with_be = true,
                    "denial" => flags.denial = true,
                    "charge" => flags.charge = true,
                    "claim" => flags.claim = true,
                    "mobilisation" => flags.mobilisation = true,
                    "joint" => flags.joint = true,
                    "planned" => flags.planned = true,
                    other => return Err(LexiconError::at(&path, row.line, format!("unknown flag {other:?}"))),
                }
            }
            if !seen_patterns.insert(c[3].to_string()) {
                return Err(LexiconError::at(&path, row.line, format!("duplicate pattern {:?}", c[3])));
            }
            let pattern = compile(&path, row.line, c[3])?;
            if flags.passive && !pattern.has_slot(Slot::Source) {
                return Err(LexiconError::at(&path, row.line, "a passive pattern needs a {S} slot for the agent"));
            }
            verbs.push(VerbRule { id: c[0].to_string(), cameo: c[1].to_string(), flags, pattern });
        }
    }

    let mut cues = Vec::new();
    if let Some((path, content)) = optional(format!("cues/{code}.tsv")) {
        for row in tsv::rows(&path, content, &["id", "kind", "scope", "pattern"])? {
            let c = &row.cols;
            check_id(&path, row.line, c[0])?;
            let kind = match c[1] {
                "negated" => CueKind::Negated,
                "cancelled" => CueKind::Cancelled,
                "hypothetical" => CueKind::Hypothetical,
                "planned" => CueKind::Planned,
                "obligation" => CueKind::Obligation,
                "not_event" => CueKind::NotEvent,
                "historical" => CueKind::Historical,
                "refusal" => CueKind::Refusal,
                "first" => CueKind::First,
                "intent" => CueKind::Intent,
                "condition" => CueKind::Condition,
                "ultimatum" => CueKind::Ultimatum,
                k => return Err(LexiconError::at(&path, row.line, format!("unknown cue kind {k:?}"))),
            };
            let scope = match c[2] {
                "verb" => CueScope::Verb,
                "clause" => CueScope::Clause,
                "preceding" => CueScope::Preceding,
                "rest" => CueScope::Rest,
                "sentence" => CueScope::Sentence,
                "before_verb" => CueScope::BeforeVerb,
                s => return Err(LexiconError::at(&path, row.line, format!("unknown cue scope {s:?}"))),
            };
            cues.push(CueRule { id: c[0].to_string(), kind, scope, pattern: compile(&path, row.line, c[3])? });
        }
    }

    let mut boilerplate = Vec::new();
    if let Some((path, content)) = optional(format!("boilerplate/{code}.tsv")) {
        for row in tsv::rows(&path, content, &["id", "pattern"])? {
            check_id(&path, row.line, row.cols[0])?;
            boilerplate.push(BoilerplateRule { id: row.cols[0].to_string(), pattern: compile(&path, row.line, row.cols[1])? });
        }
    }
    pack.note_lemmas(lemmas.keys().map(String::as_str));
    let mut verb_forms: rustc_hash::FxHashSet<String> = lemmas.values().flatten().filter(|f| f.len() == 1).map(|f| f[0].clone()).collect();
    // `trained|training .. troops`, `jailed|jailing`: a row that writes its
    // verb's past out instead of a lemma still names a verb by it, so
    // `France trained the army` is a subject, a verb and an object, not one
    // noun phrase.
    for v in verbs.iter().filter(|v| !v.flags.nominal) {
        if let Some(words) = v.pattern.anchors() {
            verb_forms.extend(words.iter().filter(|w| !w.contains(' ') && pack.has_verb_ending(w)).cloned());
        }
    }
    let mut verb_index: rustc_hash::FxHashMap<String, Vec<usize>> = Default::default();
    // `resume terrorist activities`: a noun a pattern only ends on
    // (`<suspend> .. activities`) is no verb, so the words that stand for
    // a pattern's verb are its first ones; a pattern that opens on a slot
    // or an optional word keeps its rarest required words.
    for (i, v) in verbs.iter().enumerate() {
        if let Some(words) = v.pattern.first_words().or(v.pattern.anchors()) {
            words.iter().for_each(|w| verb_index.entry(w.clone()).or_default().push(i));
        }
    }
    // Number every word the matchers compare, now that all are known.
    let patterns = verbs.iter_mut().map(|v| &mut v.pattern);
    let patterns = patterns.chain(idioms.iter_mut().map(|i| &mut i.pattern)).chain(cues.iter_mut().map(|c| &mut c.pattern)).chain(boilerplate.iter_mut().map(|b| &mut b.pattern));
    patterns.for_each(|p| p.intern(&mut pack));
    let verb_rules = RuleIndex::new(verbs.iter().map(|v| &v.pattern), &mut pack);
    let cue_rules = RuleIndex::new(cues.iter().map(|c| &c.pattern), &mut pack);
    let idiom_rules = RuleIndex::new(idioms.iter().map(|i| &i.pattern), &mut pack);
    let boilerplate_rules = RuleIndex::new(boilerplate.iter().map(|b| &b.pattern), &mut pack);
    Ok(LanguageLexicon { pack, entities, verbs, idioms, cues, boilerplate, verb_forms, ethnic_markers: Vec::new(), possessives: Default::default(), group_sites: Default::default(), equipment: Default::default(), artillery_weapons: Default::default(), named_places: Default::default(), aerial_weapons: Default::default(), prenominals: Default::default(), predicatives: Default::default(), settlements: Default::default(), origins: Default::default(), attack_means: Default::default(), language_nouns: Default::default(), named_bodies: Default::default(), paper_titles: Default::default(), opponents: Default::default(), staff: Default::default(), standpoints: Default::default(), holder_suffixes: Vec::new(), verb_index, verb_rules, idiom_rules, cue_rules, boilerplate_rules })
}

fn check_code(file: &str, line: usize, code: &str, min_len: usize) -> Result<(), LexiconError> {
    if code.len() >= min_len && code.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()) {
        Ok(())
    } else {
        Err(LexiconError::at(file, line, format!("code {code:?} must be upper-case letters, at least {min_len}")))
    }
}

/// The alternatives of a forms column, refusing the same form twice in one entry.
fn unique_forms<'a>(file: &str, line: usize, col: &'a str) -> Result<Vec<&'a str>, LexiconError> {
    let mut seen = HashSet::default();
    let mut out = Vec::new();
    for form in tsv::alternatives(col) {
        if !seen.insert(vigie_text::normalize(form)) {
            return Err(LexiconError::at(file, line, format!("form {form:?} listed twice in one entry")));
        }
        out.push(form);
    }
    Ok(out)
}

/// The kind of a `countries.tsv` row that gives the country's top-level
/// domain on the web rather than a word for it.
const WEB_DOMAIN: &str = "web_domain";

fn web_domains(path: &str, content: &str) -> Result<HashMap<String, String>, LexiconError> {
    let mut out = HashMap::default();
    for row in tsv::rows(path, content, &["code", "lang", "kind", "forms"])? {
        let c = &row.cols;
        if c[2] == WEB_DOMAIN {
            for form in tsv::alternatives(c[3]) {
                out.insert(form.to_ascii_lowercase(), c[0].to_string());
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> &'static Lexicon {
        static LEX: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        LEX.get_or_init(|| Lexicon::embedded().expect("the shipped lexicons load"))
    }

    /// `title_holder` as a pass over every person, the plain reading of its rule.
    fn holder_by_scan(lex: &Lexicon, title: usize, country: &str, date: Option<&str>) -> Option<usize> {
        let t = &lex.titles[title];
        let codes = [format!("{country}GOV"), format!("{country}{}", t.agent)];
        let mut holders = lex.people.iter().enumerate().filter(|(_, p)| {
            p.roles.iter().any(|r| {
                codes.contains(&r.code) && t.offices.iter().any(|o| r.office.to_lowercase().starts_with(o.as_str())) && r.in_force(date)
            })
        });
        let first = holders.next()?.0;
        holders.next().is_none().then_some(first)
    }

    #[test]
    fn title_holders_by_code_are_those_of_a_pass_over_all_people() {
        let lex = lexicon();
        let countries = ["USA", "RUS", "FRA", "KOR", "PRK", "UKR", "GBR", "CHN", "IRQ", "DEU"];
        let dates = [None, Some("1987-03-02"), Some("2003"), Some("2019-01"), Some("2024-06-19")];
        let mut named = 0;
        for title in 0..lex.titles.len() {
            for country in countries {
                for date in dates {
                    let fast = lex.title_holder(title, country, date);
                    assert_eq!(fast, holder_by_scan(lex, title, country, date), "{} {country} {date:?}", lex.titles[title].key);
                    named += usize::from(fast.is_some());
                }
            }
        }
        assert!(named > 10, "the comparison covers real holders ({named})");
    }

    /// The people known by `surname`, by a pass over every person.
    fn known_as(lex: &Lexicon, surname: &str) -> Vec<usize> {
        let last_word_is = |n: &String| n.split_whitespace().last().map(vigie_text::normalize).as_deref() == Some(surname);
        (0..lex.people.len()).filter(|&p| lex.people[p].names.iter().any(last_word_is)).collect()
    }

    /// `title_surname_holder` as a pass over the people known by the
    /// surname, the plain reading of its rule.
    fn surname_holder_by_scan(lex: &Lexicon, title: usize, known_as: &[usize], date: Option<&str>) -> Option<usize> {
        let t = &lex.titles[title];
        let unique = |holders: Vec<usize>| match holders.as_slice() {
            [only] => Some(*only),
            _ => None,
        };
        let titled: Vec<usize> = known_as
            .iter()
            .copied()
            .filter(|&p| {
                lex.people[p].roles.iter().any(|r| {
                    !r.office.is_empty() && t.offices.iter().any(|o| r.office.to_lowercase().starts_with(o.as_str())) && r.in_force(date)
                })
            })
            .collect();
        if !titled.is_empty() {
            return unique(titled);
        }
        let governing = known_as
            .iter()
            .copied()
            .filter(|&p| {
                let person = &lex.people[p];
                let codes = [format!("{}GOV", person.country), format!("{}{}", person.country, t.agent)];
                person.roles.iter().any(|r| r.office.is_empty() && codes.contains(&r.code) && r.in_force(date))
            })
            .collect();
        unique(governing)
    }

    #[test]
    fn surname_holders_by_index_are_those_of_a_pass_over_all_people() {
        let lex = lexicon();
        let surnames = ["bush", "obama", "kirchner", "reagan", "merkel", "netanyahu", "johnson", "gordon", "salman", "al-thani", "kim", "macron"];
        let dates = [None, Some("1987-03-02"), Some("2003"), Some("2007-12-10"), Some("2019-01"), Some("2024-06-19")];
        let mut named = 0;
        for surname in surnames {
            let people = known_as(lex, surname);
            for title in 0..lex.titles.len() {
                for date in dates {
                    let fast = lex.title_surname_holder(title, surname, None, date);
                    assert_eq!(fast, surname_holder_by_scan(lex, title, &people, date), "{} {surname} {date:?}", lex.titles[title].key);
                    named += usize::from(fast.is_some());
                }
            }
        }
        assert!(named > 10, "the comparison covers real holders ({named})");
    }

    #[test]
    fn rules_for_a_sentence_are_those_whose_anchor_it_has() {
        let lex = lexicon();
        let texts = [
            ("fr", "Le président sud-coréen a averti Moscou qu'il ne fournirait pas d'armes, selon l'agence Yonhap. Abonnez-vous à notre newsletter."),
            ("en", "Russia's foreign minister said on Monday that Moscow would not attack Ukraine. Read more: subscribe to our newsletter."),
        ];
        for (code, text) in texts {
            let lang = lex.language(code).unwrap();
            let tokens = vigie_text::tokenize(text, &lang.pack);
            let words: FxHashSet<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
            let ids = |rules: Vec<&str>| rules.into_iter().map(str::to_string).collect::<Vec<_>>();
            let cues = ids(lang.cues_for(&tokens).iter().map(|r| r.id.as_str()).collect());
            let expected = ids(lang.cues.iter().filter(|r| r.pattern.may_match(&words)).map(|r| r.id.as_str()).collect());
            assert_eq!(cues, expected);
            assert!(!cues.is_empty(), "{code}: the negation cue is a candidate");
            let boilerplate = ids(lang.boilerplate_for(&tokens).iter().map(|r| r.id.as_str()).collect());
            let expected = ids(lang.boilerplate.iter().filter(|r| r.pattern.may_match(&words)).map(|r| r.id.as_str()).collect());
            assert_eq!(boilerplate, expected);
            let verbs = ids(lang.verbs_for(&tokens).iter().map(|r| r.id.as_str()).collect());
            let expected = ids(lang.verbs.iter().filter(|r| r.pattern.may_match(&words)).map(|r| r.id.as_str()).collect());
            assert_eq!(verbs, expected);
            assert!(!verbs.is_empty());
        }
    }

    #[test]
    fn listed_starts_find_what_every_rule_scanning_finds() {
        let lex = lexicon();
        let texts = [
            ("fr", "La Russie a attaqué l'Ukraine lundi et les États-Unis ont condamné l'attaque. Le Kenya n'a pas signé l'accord, a déclaré le ministre. Abonnez-vous à notre newsletter."),
            ("en", "Russia has attacked Ukraine and the United States condemned the attack. Kenya did not sign the agreement, the minister said on Monday. Subscribe to our newsletter."),
        ];
        for (code, text) in texts {
            let lang = lex.language(code).unwrap();
            let tokens = vigie_text::tokenize(text, &lang.pack);
            let scanned = |rules: Vec<&Pattern>| rules.iter().map(|p| p.find_unfiltered(&tokens, &NoSlots)).collect::<Vec<_>>();
            let listed = |rules: Vec<(&Pattern, Option<&[u32]>)>| rules.iter().map(|(p, s)| p.find_at(&tokens, &NoSlots, *s)).collect::<Vec<_>>();
            let verbs = scanned(lang.verbs_for(&tokens).iter().map(|r| &r.pattern).collect());
            assert_eq!(verbs, listed(lang.verb_candidates(&tokens).iter().map(|(r, s)| (&r.pattern, s)).collect()), "{code}");
            assert!(verbs.iter().filter(|m| !m.is_empty()).count() >= 2, "{code}: verbs match");
            let cues = scanned(lang.cues_for(&tokens).iter().map(|r| &r.pattern).collect());
            assert_eq!(cues, listed(lang.cue_candidates(&tokens).iter().map(|(r, s)| (&r.pattern, s)).collect()), "{code}");
            assert!(lang.verb_candidates(&tokens).iter().any(|(_, s)| s.is_some()) && lang.verb_candidates(&tokens).iter().any(|(_, s)| s.is_none()), "{code}: both kinds of rule are tried");
        }
    }
}
