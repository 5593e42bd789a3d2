use std::fmt;

// The sets are looked up for nearly every token of every article: a fast
// non-cryptographic hash (the packs are trusted data, not user input).
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::normalize::normalize;
use crate::tokenize::tokenize;

/// Everything about one language that text processing needs, read from a
/// `lexicons/text/<lang>.tsv` file (columns `kind`, `value`, `forms`).
#[derive(Debug, Clone, Default)]
pub struct LanguagePack {
    /// ISO 639-1 code, from the file name (`fr`).
    pub code: String,
    /// ISO 639-3 code, for language identification (`fra`).
    pub iso639_3: String,
    elisions: WordSet,
    clitics: WordSet,
    abbreviations: WordSet,
    determiners: WordSet,
    conjunctions: WordSet,
    ordinal_suffixes: Vec<String>,
    /// Phrases (as normalised token sequences) that open a new clause.
    pub clause_breaks: Vec<Vec<String>>,
    /// Phrases that introduce a place (`à`, `dans`, `near`), in lower case
    /// with accents kept (see [`crate::normalize::fold_case`]): `à` is not `a`.
    pub locatives: Vec<Vec<String>>,
    /// Normalised month word → month number (1–12).
    pub months: HashMap<String, u32>,
    /// Normalised weekday word → ISO weekday number (Monday = 1).
    pub weekdays: HashMap<String, u32>,
    /// Auxiliaries that make the following participle passive (`was`, `été`).
    passive_auxiliaries: WordSet,
    /// The word that introduces the agent of a passive (`by`, `par`).
    passive_agents: WordSet,
    /// Endings of verb forms that are never passive participles (`-ing`).
    active_suffixes: Vec<String>,
    /// Frequent short words of the language, for language identification.
    function_words: WordSet,
    /// The one-word [`LanguagePack::locatives`], normalised once at load:
    /// [`LanguagePack::is_function_word`] is asked for many tokens.
    single_word_locatives: WordSet,
    /// The same in lower case with accents kept, as [`LanguagePack::locatives`]
    /// holds them: the coder asks with [`crate::Token::lower`], where `à`
    /// (a locative) is not `a` (a verb).
    one_word_locatives: WordSet,
    /// The first and the last words of [`LanguagePack::locatives`], in the
    /// same lower case (`près` and `de` of `près de`).
    locative_first_words: WordSet,
    locative_last_words: WordSet,
    /// Prepositions that end a noun phrase (`par`, `contre`, `by`, `against`):
    /// `reçu à l'Élysée par Macron` is two actors, not one.
    group_breaks: WordSet,
    /// Words that open what an act answers or follows (`after`, `following`,
    /// `après`): the actors past them are the cause's, not the act's object.
    cause_openers: WordSet,
    /// Words that open a subordinate clause but may also be prepositions
    /// (`as`): only an actor right after one and right before a verb makes
    /// it a clause, whose subject that actor is.
    subordinators: WordSet,
    /// Words after which a bare four-digit number is a year (`en 2014`, `in 2014`).
    year_markers: WordSet,
    /// Words before a year that name its decade (`les années 1990`, `les
    /// années 80`).
    decade_markers: WordSet,
    /// Endings that make a year its decade (`the 1990s`, `the 80s`).
    decade_suffixes: Vec<String>,
    /// Words before a date that make it a point of reference, not when an
    /// act took place: a period running to the present (`depuis 1968`,
    /// `since 2014`) or a comparison (`than in 1968`).
    reference_dates: WordSet,
    /// Words next to a weekday that say which one it is (`prochain`, `next`
    /// → 1, the coming one; `dernier`, `last` → -1, the past one); a weekday
    /// without one follows its event's time.
    pub weekday_shifts: HashMap<String, i8>,
    /// Normalised phrase → offset in days from the publication date.
    pub relative_days: Vec<(Vec<String>, i64)>,
    /// Phrases that count years back from the article's year, `#` standing
    /// for the number (`il y a # ans`, `# years ago`).
    pub years_ago: Vec<Vec<String>>,
    /// Number words (`dix`, `ten`) → their value, where a count may be
    /// written out.
    pub cardinals: HashMap<String, i64>,
    /// Determiners that point back to something already named (`la`,
    /// `cette`, `the`, `this`): `la délégation` is the one the article
    /// introduced, `une délégation` a new one.
    referring_determiners: WordSet,
    /// Nouns and noun phrases that refer back across sentences, after a
    /// referring determiner, with how they resolve.
    pub anaphors: Vec<(Vec<String>, Anaphor)>,
    /// The first words of `anaphors`, and whether one is empty: after
    /// each of the many referring determiners (`la`, `the`) one lookup
    /// tells whether any anaphor can follow.
    anaphor_starts: WordSet,
    empty_anaphor: bool,
    /// Phrases that name a source of information, not an actor (`according
    /// to`, `selon`): `According to Seoul, Pyongyang threatened…` is
    /// Pyongyang's act.
    pub attributions: Vec<Vec<String>>,
    /// Nouns for a body of people whose kind an agent word tells
    /// (`délégation militaire`, `military delegation`): there the agent word
    /// makes the actor, it does not qualify a thing.
    collective_nouns: WordSet,
    /// Endings that mark a plural noun or adjective, for languages whose
    /// adjectives agree (`forces … militaires nord-coréennes` hang together,
    /// `soldats près de la frontière ukrainienne` do not). Empty for English.
    plural_endings: Vec<String>,
    /// Every word the pack and the lexicons built on it know, numbered once
    /// at load: tokens carry their word's number (see [`Symbol`]), so the
    /// matchers compare integers instead of strings. Only grows. Words of
    /// up to [`SHORT_WORD`] bytes (nearly all) are keyed by their bytes
    /// (see [`short_word_key`]): a lookup, done for every token, then reads
    /// no string elsewhere in memory. Longer words are keyed as strings.
    short_symbols: HashMap<(u64, u64), Symbol>,
    symbols: HashMap<Box<str>, Symbol>,
    /// Per symbol: whether the word can start a date expression (a month,
    /// a weekday, the first word of a relative day).
    date_words: Vec<bool>,
    /// [`LanguagePack::clause_breaks`] as symbols, in the same order.
    clause_break_symbols: Vec<Vec<Symbol>>,
    /// The same, by first symbol (in file order among those with the same
    /// first word): a comma starts a few of them, not all.
    clause_breaks_by_first: Vec<Vec<Symbol>>,
    /// Per symbol (up to the last one any of them needs): whether the word
    /// starts a clause break, a weekday or a cardinal. Most tokens start
    /// none, and one index tells so without a string lookup.
    clause_break_starts: Vec<bool>,
    weekday_words: Vec<bool>,
    cardinal_words: Vec<bool>,
    /// Where an adjective stands from its noun: after it (`aide militaire`)
    /// or before it (`military aid`).
    pub adjectives_follow_noun: bool,
    /// Endings of the present participle (`renforçant`, `killing`): after a
    /// comma it continues the main clause and shares its subject.
    gerund_endings: Vec<String>,
    /// Words that introduce a date (`on Monday`, `le 19 juin`).
    date_prepositions: WordSet,
    /// Words that introduce the noun's complement (`de`, `of`): `visite du
    /// président` names who visits.
    genitives: WordSet,
    /// Endings of past participles (with accents: `accusés`), in a language
    /// whose finite past needs an auxiliary; empty where the forms are shared
    /// (English `accused`).
    participle_endings: Vec<String>,
    /// How an infinitive ending turns into the present singular's (`er` →
    /// `e`), for presents shaped like participles: `effectue`, `salue`.
    present_singular_endings: Vec<(String, String)>,
    /// The present singulars of the lexicon's lemmas made by those rules
    /// (lower case, accents kept), which are never bare participles.
    presents_like_participles: WordSet,
    /// How an infinitive ending turns into the imperfect's (`er` → `ait`).
    imperfect_endings: Vec<(String, String)>,
    /// The imperfects of the lexicon's lemmas made by those rules (lower
    /// case, accents kept): `tirait` ends like a conditional but is none.
    imperfects: WordSet,
    /// Forms of the auxiliaries of compound tenses (`a`, `ont`, `est`).
    auxiliaries: WordSet,
    /// Verbs that take a bare infinitive (`va`, `doit`, `peut`): right
    /// after one, a word ending as an infinitive is that infinitive.
    modals: WordSet,
    /// Reflexive pronouns (`se`, `s'`): before an auxiliary they make a
    /// pronominal perfect (`s'est refusé`), never a passive.
    reflexives: WordSet,
    /// Verb forms whose pronominal use is another verb (`se réclamer de`:
    /// claiming allegiance, no demand): after a reflexive they code nothing.
    pronominal_senses: WordSet,
    /// Parts of a day (`matin`, `morning`): after a weekday or a relative
    /// day they belong to the date (`vendredi matin`, `Monday evening`).
    day_parts: WordSet,
    /// Words that introduce an infinitive (`to`, `à`, `de`).
    infinitive_markers: WordSet,
    /// Nouns that govern an infinitive (`threat to`, `efforts pour`), and
    /// what they make of the act it names.
    governing_nouns: HashMap<String, NounFrame>,
    /// Third-person subject pronouns (`it`, `they`, `il`, `elle`): in a
    /// clause reported by an actor (`Hungary said it will…`), the speaker.
    subject_pronouns: WordSet,
    /// Relative pronouns (`qui`, `dont`, `who`, `whose`): what they open, up
    /// to the next comma, describes a noun.
    relative_pronouns: WordSet,
    time_prepositions: WordSet,
    /// `to`, `vers`: what they open is where a journey or a ban leads.
    destination_prepositions: WordSet,
    /// `against`, `contre`: what they open is what an act is aimed at.
    target_prepositions: WordSet,
    /// Endings of finite past verbs and participles in a language whose
    /// adjectives precede the noun (`-ed`): after an agent word such a word
    /// is its verb, not a noun it qualifies (`police prevented`, `diplomats
    /// based in Geneva`).
    verb_endings: Vec<String>,
    /// Endings of adverbs (`-ly`): an adverb between an agent word and a
    /// verb (`soldiers routinely beat`) leaves the agent word the subject.
    adverb_endings: Vec<String>,
    /// Endings of infinitives that agent nouns share (`-er`: `reporter`):
    /// after an infinitive marker and before its object's determiner such a
    /// word is the verb (`accepté de reporter la manifestation`).
    infinitive_endings: Vec<String>,
}

/// Longest word (in bytes) keyed by [`short_word_key`].
const SHORT_WORD: usize = 15;

/// A word of at most [`SHORT_WORD`] bytes as a fixed-size key: its bytes,
/// zero-padded, and its length in the last byte (so that no two words
/// share a key, whatever bytes they hold).
fn short_word_key(word: &str) -> Option<(u64, u64)> {
    let bytes = word.as_bytes();
    if bytes.len() > SHORT_WORD {
        return None;
    }
    let (low, high) = bytes.split_at(bytes.len().min(8));
    // A pair, not an array: an array is hashed as a slice (its length, then
    // its bytes one write at a time), a pair in two multiplications; and not
    // a u128, whose 16-byte alignment grew every entry of the symbol table.
    Some((little_endian(low), little_endian(high) | (bytes.len() as u64) << 56))
}

/// Up to eight bytes as a little-endian integer, zero above them: the
/// bytes `[0, n)` of the word. Built from overlapping fixed-size reads, as
/// a byte copy into a zeroed array was a `memcpy` call per token.
fn little_endian(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    let byte = |i: usize| bytes[i] as u64;
    let four = |i: usize| u32::from_le_bytes(bytes[i..i + 4].try_into().expect("4 bytes")) as u64;
    match n {
        0 => 0,
        1..=3 => byte(0) | byte(n / 2) << (8 * (n / 2)) | byte(n - 1) << (8 * (n - 1)),
        4..=7 => four(0) | four(n - 4) << (8 * (n - 4)),
        _ => u64::from_le_bytes(bytes[..8].try_into().expect("8 bytes")),
    }
}

/// A set of normalised words asked about for many tokens (`is_determiner`
/// and its kin, tens of thousands of calls per megabyte): short words are
/// held by their [`short_word_key`], so a lookup hashes two integers and
/// compares two, where a string set hashed the bytes and called `memcmp`.
#[derive(Debug, Clone, Default)]
struct WordSet {
    short: HashSet<(u64, u64)>,
    long: HashSet<Box<str>>,
    /// A bit per length (63 for any longer) and per first byte of the
    /// words held: most words asked about are not in the set, and most of
    /// those have a length or a first byte no word of it has, which two
    /// bit tests tell without hashing.
    lengths: u64,
    first_bytes: [u64; 4],
}

/// The bit of [`WordSet::lengths`] for a word of `len` bytes.
fn length_bit(len: usize) -> u64 {
    1 << len.min(63)
}

impl WordSet {
    fn insert(&mut self, word: String) {
        self.lengths |= length_bit(word.len());
        if let Some(&b) = word.as_bytes().first() {
            self.first_bytes[usize::from(b / 64)] |= 1 << (b % 64);
        }
        match short_word_key(&word) {
            Some(key) => self.short.insert(key),
            None => self.long.insert(word.into()),
        };
    }

    #[inline]
    fn contains(&self, word: &str) -> bool {
        if self.lengths & length_bit(word.len()) == 0 {
            return false;
        }
        if let Some(&b) = word.as_bytes().first() {
            if self.first_bytes[usize::from(b / 64)] & (1 << (b % 64)) == 0 {
                return false;
            }
        }
        self.contains_hashed(word)
    }

    fn contains_hashed(&self, word: &str) -> bool {
        match short_word_key(word) {
            Some(key) => self.short.contains(&key),
            None => self.long.contains(word),
        }
    }
}

impl FromIterator<String> for WordSet {
    fn from_iter<I: IntoIterator<Item = String>>(words: I) -> Self {
        let mut set = WordSet::default();
        set.extend(words);
        set
    }
}

impl Extend<String> for WordSet {
    fn extend<I: IntoIterator<Item = String>>(&mut self, words: I) {
        words.into_iter().for_each(|w| self.insert(w));
    }
}

/// One flag per symbol up to the largest of `symbols`, set for those.
fn flags_of(symbols: &[Symbol]) -> Vec<bool> {
    let mut flags = vec![false; symbols.iter().map(|&s| s as usize + 1).max().unwrap_or(0)];
    symbols.iter().for_each(|&s| flags[s as usize] = true);
    flags
}

/// A word's number in its language pack's symbol table (see
/// [`LanguagePack::intern`]); [`UNKNOWN_SYMBOL`] for a word no pack or
/// lexicon list contains, which therefore equals no listed word.
pub type Symbol = u32;

/// The symbol of a word the pack's table does not hold.
pub const UNKNOWN_SYMBOL: Symbol = Symbol::MAX;

/// What a noun that governs an infinitive makes of the act the infinitive
/// names (`a threat to boycott`, `des efforts pour mettre fin`): that act is
/// the noun's content, not an event that happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NounFrame {
    /// A threat: the act becomes the threat of it (a threat to boycott is a threat, 13).
    Threat,
    /// A plan, effort or offer: the act is at most planned.
    Planned,
    /// An attempt or a bid: the act may not have happened.
    Hypothetical,
}

/// How a referring phrase finds what it refers to, earlier in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anaphor {
    /// The latest actor named with the same noun (`la délégation` → the
    /// North Korean military delegation of an earlier sentence).
    SameNoun,
    /// Both parties of the latest event between two countries (`les deux
    /// pays`, `cette alliance`, `the two sides`).
    Parties,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for PackError {}

const KINDS: &[&str] = &[
    "iso639_3",
    "elision",
    "clitic",
    "abbreviation",
    "determiner",
    "conjunction",
    "ordinal_suffix",
    "clause_break",
    "locative",
    "month",
    "weekday",
    "relative_day",
    "year_marker",
    "decade_marker",
    "decade_suffix",
    "reference_date",
    "group_break",
    "function_word",
    "passive_auxiliary",
    "passive_agent",
    "active_suffix",
    "referring_determiner",
    "anaphor",
    "attribution",
    "collective_noun",
    "plural_ending",
    "adjective_position",
    "gerund_ending",
    "date_preposition",
    "genitive",
    "participle_ending",
    "present_singular",
    "imperfect",
    "auxiliary",
    "modal",
    "reflexive",
    "pronominal_sense",
    "day_part",
    "weekday_shift",
    "infinitive_marker",
    "governing_noun",
    "relative_pronoun",
    "time_preposition",
    "destination_preposition",
    "target_preposition",
    "years_ago",
    "cardinal",
    "verb_ending",
    "adverb_ending",
    "infinitive_ending",
    "subject_pronoun",
    "cause_opener",
    "subordinator",
];

impl LanguagePack {
    /// Parses a pack. `file` names it in error messages; `code` is its language.
    pub fn parse(code: &str, file: &str, content: &str) -> Result<LanguagePack, PackError> {
        let err = |line: usize, message: String| PackError { file: file.to_string(), line, message };
        let mut rows = Vec::new();
        let mut header_seen = false;
        for (i, line) in content.lines().enumerate() {
            let line_no = i + 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() != 3 {
                return Err(err(line_no, format!("expected 3 tab-separated columns, found {}", cols.len())));
            }
            if !header_seen {
                if cols != ["kind", "value", "forms"] {
                    return Err(err(line_no, "header must be: kind, value, forms".into()));
                }
                header_seen = true;
                continue;
            }
            if !KINDS.contains(&cols[0]) {
                return Err(err(line_no, format!("unknown kind {:?} (known: {})", cols[0], KINDS.join(", "))));
            }
            rows.push((line_no, cols[0], cols[1].trim(), cols[2].trim()));
        }
        let mut pack = LanguagePack { code: code.to_string(), ..Default::default() };
        let forms = |s: &str| s.split('|').map(str::trim).filter(|f| !f.is_empty()).map(str::to_string).collect::<Vec<_>>();
        // Elisions and clitics first: tokenising the other phrases depends on them.
        for &(_, kind, _, f) in &rows {
            match kind {
                "elision" => pack.elisions.extend(forms(f).iter().map(|s| normalize(s).trim_end_matches('\'').to_string())),
                "clitic" => pack.clitics.extend(forms(f).iter().map(|s| normalize(s))),
                _ => {}
            }
        }
        for &(line_no, kind, value, f) in &rows {
            let number = |v: &str| v.parse::<i64>().map_err(|_| err(line_no, format!("value {v:?} must be a number")));
            for form in forms(f) {
                let norm = normalize(&form);
                match kind {
                    "iso639_3" => {}
                    "elision" | "clitic" => {}
                    "abbreviation" => {
                        pack.abbreviations.insert(norm.trim_end_matches('.').to_string());
                    }
                    "determiner" => {
                        pack.determiners.insert(norm);
                    }
                    "conjunction" => {
                        pack.conjunctions.insert(norm);
                    }
                    "passive_auxiliary" => {
                        pack.passive_auxiliaries.insert(norm);
                    }
                    "passive_agent" => {
                        pack.passive_agents.insert(norm);
                    }
                    "active_suffix" => pack.active_suffixes.push(norm),
                    "referring_determiner" => {
                        pack.referring_determiners.insert(norm);
                    }
                    "anaphor" => {
                        let how = match value {
                            "same_noun" => Anaphor::SameNoun,
                            "parties" => Anaphor::Parties,
                            other => return Err(err(line_no, format!("anaphor value {other:?} must be same_noun or parties"))),
                        };
                        let phrase = pack.phrase(&form);
                        match phrase.first() {
                            Some(first) => pack.anaphor_starts.insert(first.clone()),
                            None => pack.empty_anaphor = true,
                        }
                        pack.anaphors.push((phrase, how));
                    }
                    "attribution" => pack.attributions.push(pack.phrase(&form)),
                    "plural_ending" => pack.plural_endings.push(norm),
                    "gerund_ending" => pack.gerund_endings.push(norm),
                    "verb_ending" => pack.verb_endings.push(norm),
                    "adverb_ending" => pack.adverb_endings.push(norm),
                    "infinitive_ending" => pack.infinitive_endings.push(norm),
                    "participle_ending" => pack.participle_endings.push(crate::fold_case(&form)),
                    "present_singular" => pack.present_singular_endings.push((crate::fold_case(value), crate::fold_case(&form))),
                    "imperfect" => pack.imperfect_endings.push((crate::fold_case(value), crate::fold_case(&form))),
                    "infinitive_marker" => {
                        pack.infinitive_markers.insert(norm);
                    }
                    "governing_noun" => {
                        let frame = match value {
                            "threat" => NounFrame::Threat,
                            "planned" => NounFrame::Planned,
                            "hypothetical" => NounFrame::Hypothetical,
                            other => return Err(err(line_no, format!("governing_noun value {other:?} must be threat, planned or hypothetical"))),
                        };
                        pack.governing_nouns.insert(norm, frame);
                    }
                    "subject_pronoun" => {
                        pack.subject_pronouns.insert(norm);
                    }
                    "time_preposition" => {
                        pack.time_prepositions.insert(norm);
                    }
                    "destination_preposition" => {
                        pack.destination_prepositions.insert(norm);
                    }
                    "target_preposition" => {
                        pack.target_prepositions.insert(norm);
                    }
                    "relative_pronoun" => {
                        pack.relative_pronouns.insert(norm);
                    }
                    "auxiliary" => {
                        pack.auxiliaries.insert(norm);
                    }
                    "modal" => {
                        pack.modals.insert(norm);
                    }
                    "reflexive" => {
                        pack.reflexives.insert(norm);
                    }
                    "pronominal_sense" => {
                        pack.pronominal_senses.insert(norm);
                    }
                    "day_part" => {
                        pack.day_parts.insert(norm);
                    }
                    "weekday_shift" => {
                        let d = number(value)?;
                        if d != 1 && d != -1 {
                            return Err(err(line_no, format!("weekday_shift {d} is neither 1 nor -1")));
                        }
                        pack.weekday_shifts.insert(norm, d as i8);
                    }
                    "genitive" => {
                        pack.genitives.insert(norm);
                    }
                    "date_preposition" => {
                        pack.date_prepositions.insert(norm);
                    }
                    "adjective_position" => {
                        pack.adjectives_follow_noun = match value {
                            "after" => true,
                            "before" => false,
                            other => return Err(err(line_no, format!("adjective_position {other:?} must be before or after"))),
                        }
                    }
                    "collective_noun" => {
                        pack.collective_nouns.insert(norm);
                    }
                    "function_word" => {
                        pack.function_words.insert(norm);
                    }
                    "group_break" => {
                        pack.group_breaks.insert(norm);
                    }
                    "cause_opener" => {
                        pack.cause_openers.insert(norm);
                    }
                    "subordinator" => {
                        pack.subordinators.insert(norm);
                    }
                    "year_marker" => {
                        pack.year_markers.insert(norm);
                    }
                    "decade_marker" => {
                        pack.decade_markers.insert(norm);
                    }
                    "decade_suffix" => pack.decade_suffixes.push(norm),
                    "reference_date" => {
                        pack.reference_dates.insert(norm);
                    }
                    "ordinal_suffix" => pack.ordinal_suffixes.push(norm),
                    "clause_break" => pack.clause_breaks.push(pack.phrase(&form)),
                    "locative" => pack.locatives.push(tokenize(&form, &pack).iter().map(|t| t.lower().to_string()).collect()),
                    "month" => {
                        let m = number(value)?;
                        if !(1..=12).contains(&m) {
                            return Err(err(line_no, format!("month {m} out of 1..12")));
                        }
                        pack.months.insert(norm.trim_end_matches('.').to_string(), m as u32);
                    }
                    "weekday" => {
                        let d = number(value)?;
                        if !(1..=7).contains(&d) {
                            return Err(err(line_no, format!("weekday {d} out of 1..7")));
                        }
                        pack.weekdays.insert(norm, d as u32);
                    }
                    "relative_day" => {
                        let d = number(value)?;
                        pack.relative_days.push((pack.phrase(&form), d));
                    }
                    "years_ago" => {
                        let phrase = pack.phrase(&form);
                        if phrase.iter().filter(|w| *w == "#").count() != 1 {
                            return Err(err(line_no, format!("years_ago form {form:?} needs one # for the number")));
                        }
                        pack.years_ago.push(phrase);
                    }
                    "cardinal" => {
                        pack.cardinals.insert(norm, number(value)?);
                    }
                    _ => unreachable!("kinds checked above"),
                }
            }
            if kind == "iso639_3" {
                if value.len() != 3 {
                    return Err(err(line_no, "iso639_3 value must be a 3-letter code".into()));
                }
                pack.iso639_3 = value.to_string();
            }
        }
        if pack.iso639_3.is_empty() {
            return Err(err(0, "missing iso639_3 row".into()));
        }
        // Longest phrases first, so `tandis que` wins over `que`.
        pack.clause_breaks.sort_by_key(|p| std::cmp::Reverse(p.len()));
        pack.locatives.sort_by_key(|p| std::cmp::Reverse(p.len()));
        pack.single_word_locatives = pack.locatives.iter().filter(|p| p.len() == 1).map(|p| normalize(&p[0])).collect();
        pack.one_word_locatives = pack.locatives.iter().filter(|p| p.len() == 1).map(|p| p[0].clone()).collect();
        pack.locative_first_words = pack.locatives.iter().filter_map(|p| p.first().cloned()).collect();
        pack.locative_last_words = pack.locatives.iter().filter_map(|p| p.last().cloned()).collect();
        pack.relative_days.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
        let breaks = pack.clause_breaks.clone();
        pack.clause_break_symbols = breaks.iter().map(|p| p.iter().map(|w| pack.intern(w)).collect()).collect();
        let date_starts: Vec<String> = pack
            .months
            .keys()
            .chain(pack.weekdays.keys())
            .cloned()
            .chain(pack.relative_days.iter().filter_map(|(p, _)| p.first().cloned()))
            .collect();
        for w in date_starts {
            let sym = pack.intern(&w);
            pack.date_words[sym as usize] = true;
        }
        pack.clause_breaks_by_first = pack.clause_break_symbols.clone();
        // Stable: phrases with one first word keep their file order.
        pack.clause_breaks_by_first.sort_by_key(|p| p.first().copied());
        let firsts: Vec<Symbol> = pack.clause_break_symbols.iter().filter_map(|p| p.first().copied()).collect();
        pack.clause_break_starts = flags_of(&firsts);
        let weekdays: Vec<Symbol> = pack.weekdays.keys().map(|w| pack.symbol(w)).collect();
        pack.weekday_words = flags_of(&weekdays);
        let cardinals: Vec<String> = pack.cardinals.keys().cloned().collect();
        let cardinals: Vec<Symbol> = cardinals.iter().map(|w| pack.intern(w)).collect();
        pack.cardinal_words = flags_of(&cardinals);
        Ok(pack)
    }

    /// The symbol of a normalised word, adding it to the table if new.
    /// Lexicons intern every word they match on when they load; tokens
    /// made before that carry stale symbols, so tokenise articles only with
    /// the pack of the loaded lexicon (`LanguageLexicon::pack`).
    pub fn intern(&mut self, norm: &str) -> Symbol {
        let known = self.symbol(norm);
        if known != UNKNOWN_SYMBOL {
            return known;
        }
        // One flag per symbol: their count is the next number.
        let sym = self.date_words.len() as Symbol;
        assert!(sym < UNKNOWN_SYMBOL, "symbol table full");
        match short_word_key(norm) {
            Some(key) => self.short_symbols.insert(key, sym),
            None => self.symbols.insert(norm.into(), sym),
        };
        self.date_words.push(false);
        sym
    }

    /// The symbol of a normalised word, or [`UNKNOWN_SYMBOL`].
    pub fn symbol(&self, norm: &str) -> Symbol {
        let sym = match short_word_key(norm) {
            Some(key) => self.short_symbols.get(&key),
            None => self.symbols.get(norm),
        };
        sym.copied().unwrap_or(UNKNOWN_SYMBOL)
    }

    /// Whether a token may be part of a date expression: it has a digit, or
    /// it is a month, a weekday or the first word of a relative day. A
    /// sentence without one has no date to look for.
    #[inline]
    pub fn may_start_date(&self, token: &crate::Token) -> bool {
        token.has_digit
            || self.is_date_word(token)
            || (token.norm.ends_with('.') && self.months.contains_key(token.norm.trim_end_matches('.')))
    }

    /// Whether a token is a month, a weekday or the first word of a relative
    /// day (`hier`, `yesterday`), by its symbol.
    #[inline]
    pub fn is_date_word(&self, token: &crate::Token) -> bool {
        self.date_words.get(token.sym as usize).copied().unwrap_or(false)
    }

    /// Whether some clause break starts with this symbol.
    pub fn may_start_clause_break(&self, sym: Symbol) -> bool {
        self.clause_break_starts.get(sym as usize).copied().unwrap_or(false)
    }

    /// Whether a token is one of [`LanguagePack::weekdays`], by its symbol.
    pub fn is_weekday(&self, token: &crate::Token) -> bool {
        self.weekday_words.get(token.sym as usize).copied().unwrap_or(false)
    }

    /// Whether a token is one of [`LanguagePack::cardinals`], by its symbol.
    pub fn is_cardinal(&self, token: &crate::Token) -> bool {
        self.cardinal_words.get(token.sym as usize).copied().unwrap_or(false)
    }

    /// The clause breaks whose first word has this symbol, in file order.
    pub(crate) fn clause_breaks_starting(&self, sym: Symbol) -> &[Vec<Symbol>] {
        let phrases = &self.clause_breaks_by_first;
        let from = phrases.partition_point(|p| p.first().is_none_or(|&f| f < sym));
        let to = phrases.partition_point(|p| p.first().is_none_or(|&f| f <= sym));
        &phrases[from..to]
    }

    /// A phrase as the sequence of normalised tokens it would be in a text.
    pub fn phrase(&self, s: &str) -> Vec<String> {
        // Most lexicon forms (names of people and places) are letters and
        // spaces only: each word is then one token, as `tokenize` would cut
        // it, without building tokens (the lexicon load phrases some 10^5 forms).
        if s.chars().all(|c| c.is_alphanumeric() || c.is_whitespace()) {
            return s.split_whitespace().map(crate::normalize).collect();
        }
        tokenize(s, self).into_iter().map(|t| t.norm).collect()
    }

    pub fn is_elision(&self, norm_without_apostrophe: &str) -> bool {
        self.elisions.contains(norm_without_apostrophe)
    }
    pub fn is_clitic(&self, norm: &str) -> bool {
        self.clitics.contains(norm)
    }
    pub fn is_abbreviation(&self, norm: &str) -> bool {
        self.abbreviations.contains(norm)
    }
    pub fn is_determiner(&self, norm: &str) -> bool {
        self.determiners.contains(norm)
    }
    /// A short grammatical word of the language (for language identification).
    pub fn is_function_word(&self, norm: &str) -> bool {
        let single = |phrases: &[Vec<String>]| phrases.iter().any(|p| p.len() == 1 && p[0] == norm);
        self.function_words.contains(norm)
            || self.determiners.contains(norm)
            || self.conjunctions.contains(norm)
            || self.elisions.contains(norm)
            || single(&self.clause_breaks)
            || self.single_word_locatives.contains(norm)
    }

    /// Whether a token's [`crate::Token::lower`] form is a one-word locative
    /// (`à`, `in`).
    pub fn is_one_word_locative(&self, lower: &str) -> bool {
        self.one_word_locatives.contains(lower)
    }

    /// Whether a [`crate::Token::lower`] form may open a locative phrase.
    pub fn may_start_locative(&self, lower: &str) -> bool {
        self.locative_first_words.contains(lower)
    }

    /// Whether a [`crate::Token::lower`] form may close a locative phrase.
    pub fn may_end_locative(&self, lower: &str) -> bool {
        self.locative_last_words.contains(lower)
    }

    pub fn is_passive_auxiliary(&self, norm: &str) -> bool {
        self.passive_auxiliaries.contains(norm)
    }

    pub fn is_referring_determiner(&self, norm: &str) -> bool {
        self.referring_determiners.contains(norm)
    }

    /// Whether one of [`LanguagePack::anaphors`] may start at token `at`:
    /// false tells that none does.
    pub fn may_start_anaphor(&self, tokens: &[crate::Token], at: usize) -> bool {
        self.empty_anaphor || tokens.get(at).is_some_and(|t| self.anaphor_starts.contains(&t.norm))
    }

    pub fn is_passive_agent(&self, norm: &str) -> bool {
        self.passive_agents.contains(norm)
    }

    /// Whether a verb form can be a passive participle (`attacked`, not `attacking`).
    pub fn may_be_participle(&self, norm: &str) -> bool {
        !self.active_suffixes.iter().any(|s| norm.ends_with(s.as_str()))
    }

    /// Whether an attribution phrase (`according to`, `selon`) ends right
    /// before token `at`, determiners skipped.
    pub fn attributed_at(&self, tokens: &[crate::Token], at: usize) -> bool {
        let mut k = at;
        while k > 0 && self.is_determiner(&tokens[k - 1].norm) {
            k -= 1;
        }
        self.attributions
            .iter()
            .any(|p| k >= p.len() && p.iter().zip(&tokens[k - p.len()..k]).all(|(w, t)| *w == t.norm))
    }

    /// Whether the phrase at `at` belongs to an attribution (`Selon un
    /// rapport de l'ONU, …`, `According to Seoul, …`): an attribution phrase
    /// ends before it in the same stretch between punctuation marks.
    pub fn in_attribution(&self, tokens: &[crate::Token], at: usize) -> bool {
        let mut k = at;
        loop {
            if self.attributed_at(tokens, k) {
                return true;
            }
            if k == 0 || tokens[k - 1].kind == crate::TokenKind::Punct {
                return false;
            }
            k -= 1;
        }
    }

    /// The relative clause holding token `at`, from its pronoun (`qui`,
    /// `dont`, `which`) to the next comma: what it says describes a noun.
    pub fn relative_clause_around(&self, tokens: &[crate::Token], at: usize) -> Option<std::ops::Range<usize>> {
        if at >= tokens.len() {
            return None;
        }
        let start = (0..=at).rev().take_while(|&k| tokens[k].norm != ",").find(|&k| self.is_relative_pronoun(&tokens[k].norm))?;
        let end = (at..tokens.len()).find(|&k| tokens[k].norm == ",").unwrap_or(tokens.len());
        Some(start..end)
    }

    /// Whether two words may agree in number: always, in a language without
    /// plural endings; else both plural or both singular.
    pub fn may_agree(&self, a: &str, b: &str) -> bool {
        let plural = |w: &str| self.plural_endings.iter().any(|e| w.ends_with(e.as_str()));
        self.plural_endings.is_empty() || plural(a) == plural(b)
    }

    /// Whether the language marks number on adjectives (agreement can be checked).
    pub fn marks_agreement(&self) -> bool {
        !self.plural_endings.is_empty()
    }

    /// Notes the verb lemmas of the lexicon (`effectuer`, `saluer`), so that
    /// their present singular (`effectue`, `salue`), which ends like a
    /// participle (`rendue`), is not read as one.
    pub fn note_lemmas<'a>(&mut self, lemmas: impl Iterator<Item = &'a str>) {
        for lemma in lemmas {
            let lemma = crate::fold_case(lemma);
            for (infinitive, present) in &self.present_singular_endings {
                if let Some(stem) = lemma.strip_suffix(infinitive.as_str()) {
                    let form = format!("{stem}{present}");
                    if self.participle_endings.iter().any(|e| form.ends_with(e.as_str())) {
                        self.presents_like_participles.insert(form);
                    }
                }
            }
            for (infinitive, imperfect) in &self.imperfect_endings {
                if let Some(stem) = lemma.strip_suffix(infinitive.as_str()) {
                    self.imperfects.insert(format!("{stem}{imperfect}"));
                }
            }
        }
    }

    /// Whether a lower-case word (accents kept) is the imperfect of one of
    /// the lexicon's lemmas (`tirait`, `déclaraient`).
    pub fn is_imperfect(&self, lower: &str) -> bool {
        self.imperfects.contains(lower)
    }

    /// Whether a lower-case word (accents kept) ends like a past participle
    /// that, without an auxiliary, can only be adjectival.
    /// A stem of two letters is enough (`tué`, `tués`, `pris`) unless the
    /// word is an auxiliary itself (`été`).
    pub fn is_bare_participle(&self, lower: &str) -> bool {
        let n = lower.chars().count();
        let short_auxiliary = || {
            let norm = crate::normalize(lower);
            self.auxiliaries.contains(&norm) || self.passive_auxiliaries.contains(&norm)
        };
        !self.presents_like_participles.contains(lower)
            && self.participle_endings.iter().any(|e| {
                let m = e.chars().count();
                lower.ends_with(e.as_str()) && (n > m + 2 || n == m + 2 && !short_auxiliary())
            })
    }

    pub fn is_subject_pronoun(&self, norm: &str) -> bool {
        self.subject_pronouns.contains(norm)
    }

    pub fn is_infinitive_marker(&self, norm: &str) -> bool {
        self.infinitive_markers.contains(norm)
    }

    /// What a noun makes of the infinitive it governs, if it governs one.
    pub fn governing_noun(&self, norm: &str) -> Option<NounFrame> {
        self.governing_nouns.get(norm).copied()
    }

    /// `lors`, `pendant`, `during`: the phrase they open says when, so an
    /// actor in it (`lors des questions au gouvernement`) is no addressee.
    pub fn is_time_preposition(&self, norm: &str) -> bool {
        self.time_prepositions.contains(norm)
    }

    pub fn is_destination_preposition(&self, norm: &str) -> bool {
        self.destination_prepositions.contains(norm)
    }

    pub fn is_target_preposition(&self, norm: &str) -> bool {
        self.target_prepositions.contains(norm)
    }

    pub fn is_relative_pronoun(&self, norm: &str) -> bool {
        self.relative_pronouns.contains(norm)
    }

    pub fn is_auxiliary(&self, norm: &str) -> bool {
        self.auxiliaries.contains(norm)
    }

    pub fn is_modal(&self, norm: &str) -> bool {
        self.modals.contains(norm)
    }

    pub fn is_reflexive(&self, norm: &str) -> bool {
        self.reflexives.contains(norm)
    }

    /// Whether `norm` is a verb form that, after a reflexive, is another verb.
    pub fn has_pronominal_sense(&self, norm: &str) -> bool {
        self.pronominal_senses.contains(norm)
    }

    /// Whether `norm` names a part of the day (`soir`, `morning`).
    pub fn is_day_part(&self, norm: &str) -> bool {
        self.day_parts.contains(norm)
    }

    pub fn is_genitive(&self, norm: &str) -> bool {
        self.genitives.contains(norm)
    }

    pub fn is_date_preposition(&self, norm: &str) -> bool {
        self.date_prepositions.contains(norm)
    }

    pub fn is_gerund(&self, norm: &str) -> bool {
        self.gerund_endings.iter().any(|e| norm.len() > e.len() + 2 && norm.ends_with(e.as_str()))
    }

    /// Whether a word the caller knows to be a verb form ends like a
    /// gerund, however short its stem (`tuant`, `killing`).
    pub fn has_gerund_ending(&self, norm: &str) -> bool {
        self.gerund_endings.iter().any(|e| norm.len() > e.len() && norm.ends_with(e.as_str()))
    }

    /// Whether a word ends like a finite past verb or participle (`-ed`),
    /// its stem at least three letters long (`prevented`, not `red`).
    pub fn has_verb_ending(&self, norm: &str) -> bool {
        self.verb_endings.iter().any(|e| norm.len() > e.len() + 2 && norm.ends_with(e.as_str()))
    }

    /// Whether a word ends like an infinitive (`-er`), its stem at least
    /// three letters long.
    pub fn has_infinitive_ending(&self, norm: &str) -> bool {
        self.infinitive_endings.iter().any(|e| norm.len() > e.len() + 2 && norm.ends_with(e.as_str()))
    }

    /// Whether a word ends like an adverb (`-ly`), its stem at least three
    /// letters long (`routinely`, not `ally`).
    pub fn has_adverb_ending(&self, norm: &str) -> bool {
        self.adverb_endings.iter().any(|e| norm.len() > e.len() + 2 && norm.ends_with(e.as_str()))
    }

    pub fn is_collective_noun(&self, norm: &str) -> bool {
        self.collective_nouns.contains(norm)
    }

    pub fn is_group_break(&self, norm: &str) -> bool {
        self.group_breaks.contains(norm)
    }

    pub fn is_cause_opener(&self, norm: &str) -> bool {
        self.cause_openers.contains(norm)
    }

    pub fn is_subordinator(&self, norm: &str) -> bool {
        self.subordinators.contains(norm)
    }

    pub fn is_year_marker(&self, norm: &str) -> bool {
        self.year_markers.contains(norm)
    }
    pub fn is_conjunction(&self, norm: &str) -> bool {
        self.conjunctions.contains(norm)
    }
    pub fn is_reference_date(&self, norm: &str) -> bool {
        self.reference_dates.contains(norm)
    }
    pub fn is_decade_marker(&self, norm: &str) -> bool {
        self.decade_markers.contains(norm)
    }
    /// `1990s` → 1990, `80s` → 1980: a year or two digits with a decade
    /// ending, naming a decade.
    pub fn decade_of(&self, norm: &str) -> Option<i32> {
        let digits = self.decade_suffixes.iter().find_map(|s| norm.strip_suffix(s.as_str()))?;
        decade_year(digits.trim_start_matches('\''))
    }
    /// `1990` → 1990, `80` → 1980: the first year of a decade, in digits.
    pub fn decade_start(&self, norm: &str) -> Option<i32> {
        decade_year(norm)
    }
    /// `1er` → 1, `21st` → 21, `19` → 19 (days of the month only).
    pub fn day_of_month(&self, norm: &str) -> Option<u32> {
        let (digits, rest) = norm.split_at(norm.bytes().take_while(u8::is_ascii_digit).count());
        if digits.is_empty() || digits.len() > 2 || !(rest.is_empty() || self.ordinal_suffixes.iter().any(|s| s == rest)) {
            return None;
        }
        digits.parse().ok().filter(|d| (1..=31).contains(d))
    }
}

/// The first year of a decade written `1990` or `90` (a two-digit decade is
/// of the 1900s: the 2000s' own are written in full).
fn decade_year(digits: &str) -> Option<i32> {
    if !digits.bytes().all(|b| b.is_ascii_digit()) || !digits.ends_with('0') {
        return None;
    }
    let n: i32 = digits.parse().ok()?;
    match digits.len() {
        2 if n >= 20 => Some(1900 + n),
        4 if (1800..=2090).contains(&n) => Some(n),
        _ => None,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The repository's own pack for `code`, as shipped in `lexicons/text/`.
    pub(crate) fn pack(code: &str) -> LanguagePack {
        let path = format!("{}/../../lexicons/text/{code}.tsv", env!("CARGO_MANIFEST_DIR"));
        let content = std::fs::read_to_string(&path).expect("language pack readable");
        LanguagePack::parse(code, &path, &content).expect("language pack parses")
    }

    #[test]
    fn a_short_word_key_is_its_bytes_zero_padded_with_its_length_last() {
        let text = "abcdéfghijklmnopqrstuvwxyz";
        for start in 0..4 {
            for len in 0..=SHORT_WORD + 1 {
                let Some(word) = text.get(start..start + len) else { continue };
                let mut padded = [0u8; 16];
                if len <= SHORT_WORD {
                    padded[..len].copy_from_slice(word.as_bytes());
                    padded[15] = len as u8;
                }
                let expected = (len <= SHORT_WORD).then(|| (u64::from_le_bytes(padded[..8].try_into().unwrap()), u64::from_le_bytes(padded[8..].try_into().unwrap())));
                assert_eq!(short_word_key(word), expected, "{word:?}");
            }
        }
    }

    #[test]
    fn a_word_set_holds_exactly_the_words_put_in_it() {
        let words = ["", "a", "le", "les", "dans", "contre", "pendant", "lorsqu", "également", "notamment", "gouvernement", "internationales", "intergouvernementales", "a\0"];
        let set: WordSet = words.iter().step_by(2).map(|w| w.to_string()).collect();
        for (i, w) in words.iter().enumerate() {
            assert_eq!(set.contains(w), i % 2 == 0, "{w:?}");
        }
        assert!(!set.contains("d") && !set.contains("leu") && !set.contains("pendants"));
        let fr = pack("fr");
        assert!(fr.is_determiner("les") && fr.is_determiner("la") && !fr.is_determiner("lesquels") && !fr.is_determiner("russie"));
    }

    #[test]
    fn a_relative_clause_runs_from_its_pronoun_to_the_next_comma() {
        let p = pack("fr");
        let toks = crate::tokenize::tokenize("La Russie, qui n'a pas attaqué l'Ukraine, a menacé la Pologne.", &p);
        let at = |w: &str| toks.iter().position(|t| t.norm == w).unwrap();
        let clause = p.relative_clause_around(&toks, at("pas")).expect("inside the relative clause");
        assert_eq!(clause.start, at("qui"));
        assert_eq!(toks[clause.end].norm, ",");
        assert!(clause.end < at("menace"));
        assert_eq!(p.relative_clause_around(&toks, at("menace")), None);
        assert_eq!(p.relative_clause_around(&toks, at("russie")), None);
        assert_eq!(p.relative_clause_around(&toks, toks.len()), None);
    }

    #[test]
    fn a_present_of_a_known_lemma_is_no_bare_participle() {
        let mut p = pack("fr");
        assert!(p.is_bare_participle("effectue") && p.is_bare_participle("rendue"), "before the lemmas are known, both look alike");
        p.note_lemmas(["effectuer", "rendre", "saluer"].into_iter());
        assert!(!p.is_bare_participle("effectue"));
        assert!(!p.is_bare_participle("salue"));
        assert!(p.is_bare_participle("effectuée"), "the participle itself stays one");
        assert!(p.is_bare_participle("rendue"), "a lemma not in -er gives no present");
        let mut en = pack("en");
        en.note_lemmas(["attack"].into_iter());
        assert!(!en.is_bare_participle("attacked"), "English lists no participle endings");
    }

    #[test]
    fn phrases_of_letters_and_spaces_cut_as_tokenize_cuts_them() {
        let cities = format!("{}/../../lexicons/places/cities.tsv", env!("CARGO_MANIFEST_DIR"));
        let cities = std::fs::read_to_string(cities).expect("gazetteer readable");
        let mut fields: Vec<&str> = cities.lines().filter(|l| !l.starts_with('#')).flat_map(|l| l.split(['\t', '|'])).collect();
        fields.extend(["Séoul  Nord", "ŒUVRE d’art", "L'Haÿ-les-Roses", "N'Djamena", "U.S. Army", "2.5 km", "Ａｂｃ", "e\u{301}te\u{301}"]);
        for code in ["fr", "en"] {
            let pack = pack(code);
            for field in &fields {
                let by_tokens: Vec<String> = tokenize(field, &pack).into_iter().map(|t| t.norm).collect();
                assert_eq!(pack.phrase(field), by_tokens, "{code}: {field:?}");
            }
        }
    }

    #[test]
    fn shipped_packs_parse_with_their_tables() {
        let fr = pack("fr");
        assert_eq!(fr.iso639_3, "fra");
        assert_eq!(fr.months.get("juillet"), Some(&7));
        assert_eq!(fr.months.get("fevrier"), Some(&2));
        assert_eq!(fr.day_of_month("1er"), Some(1));
        assert!(fr.is_elision("l") && fr.is_determiner("la"));
        let en = pack("en");
        assert_eq!(en.iso639_3, "eng");
        assert_eq!(en.weekdays.get("sunday"), Some(&7));
        assert_eq!(en.day_of_month("21st"), Some(21));
    }

    #[test]
    fn short_and_long_words_are_numbered_once_and_apart() {
        let mut fr = pack("fr");
        // Around the length where keys change kind, with NUL bytes that a
        // zero-padded key would confuse with its padding.
        let mut words: Vec<String> = (0..=20).map(|n| "é".repeat(n / 2) + &"a".repeat(n % 2)).collect();
        words.extend(["", "\0", "a\0", "a", "aaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaa\0", "aaaaaaaaaaaaaaa\0"].map(String::from));
        let syms: Vec<Symbol> = words.iter().map(|w| fr.intern(w)).collect();
        for (w, &sym) in words.iter().zip(&syms) {
            assert_eq!(fr.symbol(w), sym, "{w:?}");
            assert_eq!(fr.intern(w), sym, "{w:?} is numbered once");
        }
        let distinct: HashSet<Symbol> = syms.iter().copied().collect();
        let distinct_words: HashSet<&String> = words.iter().collect();
        assert_eq!(distinct.len(), distinct_words.len(), "two words never share a number");
        assert_eq!(fr.symbol("aaaaaaaaaaaaaaaaa"), UNKNOWN_SYMBOL);
    }

    #[test]
    fn tokens_carry_the_symbols_of_known_words_only() {
        let mut fr = pack("fr");
        let before = tokenize("Le 19 juin, Poutine est arrivé hier", &fr);
        assert_eq!(before[4].norm, "poutine");
        assert_eq!(before[4].sym, UNKNOWN_SYMBOL, "a name is no word of the pack");
        assert_eq!(before[2].sym, fr.symbol("juin"));
        let poutine = fr.intern("poutine");
        assert_eq!(fr.intern("poutine"), poutine, "a word is numbered once");
        let after = tokenize("Le 19 juin, Poutine est arrivé hier", &fr);
        assert_eq!(after[4].sym, poutine);
        assert_eq!(after[2].sym, before[2].sym, "interning never renumbers");
        let may_date: Vec<bool> = after.iter().map(|t| fr.may_start_date(t)).collect();
        assert_eq!(may_date, [false, true, true, false, false, false, false, true]);
        assert!(tokenize("Il est parti.", &fr).iter().all(|t| !fr.may_start_date(t)));
    }

    #[test]
    fn malformed_packs_are_refused_with_the_line() {
        let bad = "kind\tvalue\tforms\nmonth\t13\tsmarch\n";
        let e = LanguagePack::parse("xx", "xx.tsv", bad).unwrap_err();
        assert_eq!(e.line, 2);
        let unknown = "kind\tvalue\tforms\nbogus\t-\tx\n";
        assert!(LanguagePack::parse("xx", "xx.tsv", unknown).unwrap_err().message.contains("unknown kind"));
        let frame = "kind\tvalue\tforms\ngoverning_noun\tmaybe\tplan\n";
        assert!(LanguagePack::parse("xx", "xx.tsv", frame).unwrap_err().message.contains("governing_noun value"));
    }

    #[test]
    fn nouns_that_govern_an_infinitive_say_what_they_make_of_its_act() {
        let (en, fr) = (pack("en"), pack("fr"));
        assert_eq!(en.governing_noun("threat"), Some(NounFrame::Threat));
        assert_eq!(en.governing_noun("efforts"), Some(NounFrame::Planned));
        assert_eq!(en.governing_noun("bid"), Some(NounFrame::Hypothetical));
        assert_eq!(fr.governing_noun("menace"), Some(NounFrame::Threat));
        assert_eq!(fr.governing_noun("tentative"), Some(NounFrame::Hypothetical));
        assert_eq!(fr.governing_noun("russie"), None);
    }
}
