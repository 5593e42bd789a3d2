//! Token patterns with gaps and actor slots: the small language of verb,
//! cue and boilerplate files (see `lexicons/README.md`). Matching is a
//! bounded backtracking walk over one clause's tokens; patterns are short and
//! clauses are tens of words, so it costs microseconds.

use std::collections::HashMap;

use rustc_hash::{FxHashMap, FxHashSet as HashSet};

use vigie_text::{LanguagePack, Symbol, Token};

/// Longest gap `..` stands for, in words.
pub const MAX_GAP: usize = 4;

/// Above this many alternatives, a step indexes them by first symbol.
const ALTERNATIVES_WORTH_INDEXING: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    Source,
    Target,
}

#[derive(Debug, Clone)]
enum Elem {
    /// Alternatives, each a sequence of normalised tokens.
    Alt(Vec<Vec<String>>),
    Suffix(Suffixes),
    Gap(usize),
    Slot(Slot),
}

#[derive(Debug, Clone)]
struct Step {
    elem: Elem,
    optional: bool,
    /// An `Alt`'s alternatives as symbols, once the pattern is interned.
    symbols: Vec<Vec<Symbol>>,
    /// [`symbol_bit`] of every alternative's first symbol, or-ed: a token
    /// whose bit is not set starts none of them (most tries, as gaps and
    /// long lemma lists make many).
    first_symbol_bits: u64,
    /// For a step with many alternatives (a lemma's forms), the indexes of
    /// the alternatives starting with each symbol, in order: a try looks up
    /// the token's symbol instead of comparing every form.
    alts_by_first_symbol: Option<FxHashMap<Symbol, Vec<usize>>>,
}

/// A suffix element's alternatives (`~ra|~ront`), normalised.
#[derive(Debug, Clone)]
struct Suffixes {
    words: Vec<String>,
    /// A bit per last byte of the alternatives: a pattern opening on a
    /// suffix is tried at every token, and most end with another byte.
    last_bytes: [u64; 4],
}

impl Suffixes {
    fn new(words: Vec<String>) -> Suffixes {
        let mut last_bytes = [0u64; 4];
        for b in words.iter().filter_map(|w| w.as_bytes().last()) {
            last_bytes[usize::from(b / 64)] |= 1 << (b % 64);
        }
        Suffixes { words, last_bytes }
    }
}

/// Whether a word ends with one of `suffixes` and has at least two more
/// letters before it.
#[inline]
fn ends_with_suffix(norm: &str, suffixes: &Suffixes) -> bool {
    let Some(&last) = norm.as_bytes().last() else { return false };
    if suffixes.last_bytes[usize::from(last / 64)] & (1 << (last % 64)) == 0 {
        return false;
    }
    // The last byte first: it spares a `memcmp` call per other suffix.
    suffixes.words.iter().any(|s| norm.len() > s.len() + 1 && s.as_bytes().last() == Some(&last) && norm.ends_with(s.as_str()))
}

impl Step {
    /// Whether an `Alt` step of an interned pattern can match from a token
    /// with this symbol: some alternative starts with it (or is empty).
    fn may_start_with(&self, sym: Symbol) -> bool {
        if self.first_symbol_bits & symbol_bit(sym) == 0 {
            return false;
        }
        match &self.alts_by_first_symbol {
            Some(by_first) => by_first.contains_key(&sym),
            None => self.symbols.iter().any(|alt| alt.first().is_none_or(|&s| s == sym)),
        }
    }
}

/// A compiled pattern.
#[derive(Debug, Clone)]
pub struct Pattern {
    steps: Vec<Step>,
    /// Words one of which must occur for the pattern to match (prefilter);
    /// `None` when the pattern starts with something that is not a word list.
    anchors: Option<HashSet<String>>,
    /// The words a match can start with, when the first step is a required
    /// word list: other positions are skipped without walking.
    first_words: Option<HashSet<String>>,
    /// Once interned into the pack the text is tokenised with (see
    /// [`Pattern::intern`]): the words above as symbols, compared as integers.
    interned: Option<Interned>,
    pub source_text: String,
}

#[derive(Debug, Clone)]
struct Interned {
    anchors: Option<HashSet<Symbol>>,
    /// One bit per first word (its symbol modulo [`FIRST_WORD_BITS`]),
    /// when the first step is a required word list: a token whose bit is
    /// clear starts no match. A set bit is only a maybe, which the walk
    /// settles; with this many bits few are set, and a try costs one test
    /// instead of a set lookup in a rule's cold memory.
    first_word_bits: Option<[u64; FIRST_WORD_BITS / 64]>,
}

const FIRST_WORD_BITS: usize = 512;

fn may_be_first_word(bits: &[u64; FIRST_WORD_BITS / 64], sym: Symbol) -> bool {
    let k = sym as usize % FIRST_WORD_BITS;
    bits[k / 64] & (1 << (k % 64)) != 0
}

fn symbol_bit(sym: Symbol) -> u64 {
    1 << (sym % 64)
}

/// Decides whether an actor (or, for some patterns, a place) starts at a
/// token position and where it ends. The coder provides it; the lexicon
/// only knows that a slot needs one.
pub trait SlotFiller {
    fn fill(&self, slot: Slot, pos: usize) -> Option<usize>;

    /// Whether the token at `pos` may stand inside a pattern without being
    /// part of it (`appelé mardi à`, `called on Monday for`: a date between
    /// a verb and its particle).
    fn transparent(&self, _pos: usize) -> bool {
        false
    }
}

/// For patterns without slots (cues, boilerplate).
pub struct NoSlots;

impl SlotFiller for NoSlots {
    fn fill(&self, _: Slot, _: usize) -> Option<usize> {
        None
    }
}

/// Where a pattern matched, as token indices into the slice it was run on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternMatch {
    pub start: usize,
    pub end: usize,
    /// The verb phrase: from the first word matched to the last word matched
    /// before any slot that follows it.
    pub head: (usize, usize),
    pub source: Option<(usize, usize)>,
    pub target: Option<(usize, usize)>,
    /// End of the first word run matched: the verb itself (`averti` in
    /// `averti .. conséquences`), after which its object may stand.
    pub verb_end: usize,
    /// Number of words the pattern itself matched (its specificity).
    pub words: usize,
    /// The runs of tokens the pattern's own words matched (not its gaps nor
    /// its slots): a cue word there belongs to the pattern.
    pub literals: Vec<(usize, usize)>,
}

#[derive(Default, Clone)]
struct Capture {
    literals: Vec<(usize, usize)>,
    slots: Vec<(Slot, usize, usize)>,
}

thread_local! {
    /// The capture lists of the last search, kept for the next: a search
    /// runs per candidate rule and clause, and each grew its own lists.
    static SPARE_CAPTURE: std::cell::Cell<Capture> = const { std::cell::Cell::new(Capture { literals: Vec::new(), slots: Vec::new() }) };
}

/// Runs `search` with capture lists kept between searches (a search inside
/// another, were a slot filler to run one, gets lists of its own).
fn with_capture<T>(search: impl FnOnce(&mut Capture) -> T) -> T {
    let mut cap = SPARE_CAPTURE.with(std::cell::Cell::take);
    let found = search(&mut cap);
    SPARE_CAPTURE.with(|spare| spare.set(cap));
    found
}

impl Pattern {
    /// Compiles `src`. `lemmas` maps a lemma to its forms (each a token
    /// sequence). Errors name the offending element.
    pub fn compile(src: &str, pack: &LanguagePack, lemmas: &HashMap<String, Vec<Vec<String>>>) -> Result<Pattern, String> {
        let mut steps = Vec::new();
        for raw in src.split_whitespace() {
            let (body, optional) = match raw.strip_suffix('?') {
                Some(b) if !b.is_empty() => (b, true),
                _ => (raw, false),
            };
            let elem = match body {
                ".." => Elem::Gap(MAX_GAP),
                "{S}" => Elem::Slot(Slot::Source),
                "{T}" => Elem::Slot(Slot::Target),
                _ if body.starts_with('{') => return Err(format!("unknown slot {body:?} (use {{S}} or {{T}})")),
                _ if body.starts_with('~') => {
                    let suffixes: Vec<String> = body.split('|').map(|s| vigie_text::normalize(s.trim_start_matches('~'))).collect();
                    if suffixes.iter().any(String::is_empty) || !body.split('|').all(|s| s.starts_with('~')) {
                        return Err(format!("bad suffix element {body:?}: every alternative needs ~ and letters"));
                    }
                    Elem::Suffix(Suffixes::new(suffixes))
                }
                _ => {
                    let mut alts = Vec::new();
                    for alt in body.split('|') {
                        if let Some(lemma) = alt.strip_prefix('<').and_then(|a| a.strip_suffix('>')) {
                            let forms = lemmas.get(lemma).ok_or_else(|| format!("lemma <{lemma}> has no forms"))?;
                            alts.extend(forms.iter().cloned());
                        } else {
                            let seq = pack.phrase(alt);
                            if seq.is_empty() {
                                return Err(format!("empty alternative in {body:?}"));
                            }
                            alts.push(seq);
                        }
                    }
                    Elem::Alt(alts)
                }
            };
            steps.push(Step { elem, optional, symbols: Vec::new(), first_symbol_bits: u64::MAX, alts_by_first_symbol: None });
        }
        if !steps.iter().any(|s| matches!(s.elem, Elem::Alt(_) | Elem::Suffix(_)) && !s.optional) {
            return Err("a pattern needs at least one required word".into());
        }
        // Every required word list must occur somewhere in a matching clause,
        // so any one can serve as the prefilter; short words are the common
        // ones (`a`, `de`, `ont`), so take the list whose shortest word is longest.
        let anchors = steps
            .iter()
            .filter(|s| !s.optional)
            .filter_map(|s| match &s.elem {
                Elem::Alt(alts) => Some(alts),
                _ => None,
            })
            .max_by_key(|alts| alts.iter().map(|a| a[0].chars().count()).min().unwrap_or(0))
            .map(|alts| alts.iter().map(|a| a[0].clone()).collect());
        let first_words = match steps.first() {
            Some(Step { elem: Elem::Alt(alts), optional: false, .. }) => Some(alts.iter().map(|a| a[0].clone()).collect()),
            _ => None,
        };
        Ok(Pattern { steps, anchors, first_words, interned: None, source_text: src.to_string() })
    }

    /// Numbers the pattern's words in `pack`'s symbol table, so that matching
    /// compares symbols. Only tokens made with that pack (after interning)
    /// may then be matched against it.
    pub fn intern(&mut self, pack: &mut LanguagePack) {
        for step in &mut self.steps {
            if let Elem::Alt(alts) = &step.elem {
                step.symbols = alts.iter().map(|alt| alt.iter().map(|w| pack.intern(w)).collect()).collect();
                step.first_symbol_bits = step
                    .symbols
                    .iter()
                    .fold(0, |bits, alt| bits | alt.first().map_or(u64::MAX, |&sym| symbol_bit(sym)));
                if step.symbols.len() > ALTERNATIVES_WORTH_INDEXING && step.symbols.iter().all(|alt| !alt.is_empty()) {
                    let mut by_first: FxHashMap<Symbol, Vec<usize>> = FxHashMap::default();
                    for (k, alt) in step.symbols.iter().enumerate() {
                        by_first.entry(alt[0]).or_default().push(k);
                    }
                    step.alts_by_first_symbol = Some(by_first);
                }
            }
        }
        let mut symbols = |words: &Option<HashSet<String>>| words.as_ref().map(|w| w.iter().map(|w| pack.intern(w)).collect());
        let first_words: Option<HashSet<Symbol>> = symbols(&self.first_words);
        let first_word_bits = first_words.map(|words| {
            let mut bits = [0u64; FIRST_WORD_BITS / 64];
            for sym in words {
                let k = sym as usize % FIRST_WORD_BITS;
                bits[k / 64] |= 1 << (k % 64);
            }
            bits
        });
        self.interned = Some(Interned { anchors: symbols(&self.anchors), first_word_bits });
    }

    /// Whether the pattern may match a text made of `words` (its anchor
    /// test alone); always true for patterns without anchors.
    pub fn may_match(&self, words: &HashSet<&str>) -> bool {
        self.anchors.as_ref().is_none_or(|a| a.iter().any(|w| words.contains(w.as_str())))
    }

    /// Words one of which must occur for the pattern to match, if known.
    pub fn anchors(&self) -> Option<&HashSet<String>> {
        self.anchors.as_ref()
    }

    /// True when the pattern has a slot of this kind.
    pub fn has_slot(&self, slot: Slot) -> bool {
        self.steps.iter().any(|s| matches!(s.elem, Elem::Slot(x) if x == slot))
    }

    /// All leftmost, non-overlapping matches in `tokens`.
    pub fn find(&self, tokens: &[Token], slots: &dyn SlotFiller) -> Vec<PatternMatch> {
        match &self.interned {
            Some(Interned { anchors: Some(anchors), .. }) => {
                if !tokens.iter().any(|t| anchors.contains(&t.sym)) {
                    return Vec::new();
                }
            }
            Some(_) => {}
            None => {
                if let Some(anchors) = &self.anchors {
                    if !tokens.iter().any(|t| anchors.contains(&t.norm)) {
                        return Vec::new();
                    }
                }
            }
        }
        self.find_unfiltered(tokens, slots)
    }

    /// [`Pattern::find`] without the anchor prefilter, for callers that
    /// already know an anchor word is present (see `LanguageLexicon::verbs_for`).
    pub fn find_unfiltered(&self, tokens: &[Token], slots: &dyn SlotFiller) -> Vec<PatternMatch> {
        with_capture(|cap| self.find_unfiltered_with(tokens, slots, cap))
    }

    fn find_unfiltered_with(&self, tokens: &[Token], slots: &dyn SlotFiller, cap: &mut Capture) -> Vec<PatternMatch> {
        let mut out = Vec::new();
        let mut start = 0;
        let first_word_bits = self.interned.as_ref().and_then(|interned| interned.first_word_bits.as_ref());
        // A pattern opening on a suffix (`~ra`, the future) has no first
        // words and would walk from every token; which test skips tokens
        // is settled once, not at each token.
        let opening_suffix = match self.steps.first() {
            Some(Step { elem: Elem::Suffix(suffixes), optional: false, .. }) if first_word_bits.is_none() && self.interned.is_some() => Some(suffixes),
            _ => None,
        };
        while start < tokens.len() {
            if let Some(suffixes) = opening_suffix {
                while start < tokens.len() && !ends_with_suffix(&tokens[start].norm, suffixes) {
                    start += 1;
                }
                if start == tokens.len() {
                    break;
                }
            } else if let Some(bits) = first_word_bits {
                // Most tokens start no match: skip them in a tight loop, the
                // bit test alone, before a walk is set up.
                while start < tokens.len() && !may_be_first_word(bits, tokens[start].sym) {
                    start += 1;
                }
                if start == tokens.len() {
                    break;
                }
                // The bits are only a maybe, often wrong for a lemma's many
                // forms: the first step's own test settles it without a walk.
                if !self.steps[0].may_start_with(tokens[start].sym) {
                    start += 1;
                    continue;
                }
            } else if self.interned.is_none() && self.first_words.as_ref().is_some_and(|w| !w.contains(&tokens[start].norm)) {
                start += 1;
                continue;
            } else if let Some(Step { elem: Elem::Suffix(suffixes), optional: false, .. }) = self.steps.first() {
                // A pattern opening on a suffix (`~ra`, the future) has no
                // first words and would walk from every token.
                if !ends_with_suffix(&tokens[start].norm, suffixes) {
                    start += 1;
                    continue;
                }
            }
            cap.literals.clear();
            cap.slots.clear();
            match self.walk(0, start, tokens, slots, cap) {
                Some(end) if !cap.literals.is_empty() => {
                    out.push(self.to_match(end, cap));
                    start = end.max(start + 1);
                }
                _ => start += 1,
            }
        }
        out
    }

    /// [`Pattern::find_unfiltered`] trying only `starts` (ascending), when
    /// given: the positions of its [`Pattern::first_words`], listed for all
    /// rules in one pass (see `LanguageLexicon::verb_candidates`).
    pub fn find_at(&self, tokens: &[Token], slots: &dyn SlotFiller, starts: Option<&[u32]>) -> Vec<PatternMatch> {
        let Some(starts) = starts else { return self.find_unfiltered(tokens, slots) };
        with_capture(|cap| {
            let mut out = Vec::new();
            let mut next = 0;
            for start in starts.iter().map(|&k| k as usize).filter(|&k| k < tokens.len()) {
                if start < next {
                    continue;
                }
                cap.literals.clear();
                cap.slots.clear();
                if let Some(end) = self.walk(0, start, tokens, slots, cap).filter(|_| !cap.literals.is_empty()) {
                    out.push(self.to_match(end, cap));
                    next = end.max(start + 1);
                }
            }
            out
        })
    }

    /// The words a match can start with, when the first step is a required
    /// word list.
    pub fn first_words(&self) -> Option<&HashSet<String>> {
        self.first_words.as_ref()
    }

    /// True when the pattern matches anywhere in `tokens`.
    pub fn is_found(&self, tokens: &[Token]) -> bool {
        !self.find(tokens, &NoSlots).is_empty()
    }

    fn to_match(&self, end: usize, cap: &Capture) -> PatternMatch {
        let first_lit = cap.literals[0];
        let start = cap.slots.iter().map(|s| s.1).chain([first_lit.0]).min().unwrap_or(first_lit.0);
        let first_slot_after = cap.slots.iter().map(|s| s.1).filter(|&p| p >= first_lit.1).min().unwrap_or(usize::MAX);
        let head_end = cap.literals.iter().filter(|l| l.0 < first_slot_after).map(|l| l.1).max().unwrap_or(first_lit.1);
        let slot = |which: Slot| cap.slots.iter().find(|s| s.0 == which).map(|s| (s.1, s.2));
        PatternMatch {
            start,
            end,
            head: (first_lit.0, head_end),
            verb_end: cap.literals.iter().skip(1).try_fold(first_lit.1, |end, l| if l.0 == end { Ok(l.1) } else { Err(end) }).unwrap_or_else(|e| e),
            source: slot(Slot::Source),
            target: slot(Slot::Target),
            words: cap.literals.iter().map(|l| l.1 - l.0).sum(),
            literals: cap.literals.clone(),
        }
    }

    fn walk(&self, si: usize, pos: usize, tokens: &[Token], slots: &dyn SlotFiller, cap: &mut Capture) -> Option<usize> {
        let Some(step) = self.steps.get(si) else { return Some(pos) };
        // A date between a verb and its slot is stepped over too (`ont aidé
        // lundi l'armée`, `a attaqué mardi Kharkiv`): French puts it there.
        if si > 0 && matches!(step.elem, Elem::Alt(_) | Elem::Suffix(_) | Elem::Slot(_)) && pos < tokens.len() && slots.transparent(pos) {
            let mut next = pos;
            while next < tokens.len() && slots.transparent(next) {
                next += 1;
            }
            if let Some(end) = self.walk(si, next, tokens, slots, cap) {
                return Some(end);
            }
        }
        let mark = (cap.literals.len(), cap.slots.len());
        let attempt = |len_or_end: Option<(usize, bool, Option<Slot>)>, cap: &mut Capture| -> Option<usize> {
            let (end, literal, slot) = len_or_end?;
            if literal {
                cap.literals.push((pos, end));
            }
            if let Some(s) = slot {
                cap.slots.push((s, pos, end));
            }
            let r = self.walk(si + 1, end, tokens, slots, cap);
            if r.is_none() {
                cap.literals.truncate(mark.0);
                cap.slots.truncate(mark.1);
            }
            r
        };
        match &step.elem {
            Elem::Alt(_) if self.interned.is_some() && step.alts_by_first_symbol.is_some() => {
                let by_first = step.alts_by_first_symbol.as_ref().expect("checked by the guard");
                let candidates = tokens
                    .get(pos)
                    .filter(|t| step.first_symbol_bits & symbol_bit(t.sym) != 0)
                    .and_then(|t| by_first.get(&t.sym));
                for &k in candidates.into_iter().flatten() {
                    let alt = &step.symbols[k];
                    if pos + alt.len() <= tokens.len() && alt.iter().zip(&tokens[pos..]).all(|(a, t)| *a == t.sym) {
                        if let Some(end) = attempt(Some((pos + alt.len(), true, None)), cap) {
                            return Some(end);
                        }
                    }
                }
            }
            Elem::Alt(alts) => {
                let none_can_start = self.interned.is_some()
                    && match tokens.get(pos) {
                        Some(t) => step.first_symbol_bits & symbol_bit(t.sym) == 0,
                        // Only an empty alternative (all bits) fits past the end.
                        None => step.first_symbol_bits != u64::MAX,
                    };
                for (k, alt) in alts.iter().enumerate().filter(|_| !none_can_start) {
                    let fits = pos + alt.len() <= tokens.len();
                    let same = if self.interned.is_some() {
                        fits && step.symbols[k].iter().zip(&tokens[pos..]).all(|(a, t)| *a == t.sym)
                    } else {
                        fits && alt.iter().zip(&tokens[pos..]).all(|(a, t)| *a == t.norm)
                    };
                    if same {
                        if let Some(end) = attempt(Some((pos + alt.len(), true, None)), cap) {
                            return Some(end);
                        }
                    }
                }
            }
            Elem::Suffix(suffixes) => {
                if tokens.get(pos).is_some_and(|t| ends_with_suffix(&t.norm, suffixes)) {
                    if let Some(end) = attempt(Some((pos + 1, true, None)), cap) {
                        return Some(end);
                    }
                }
            }
            Elem::Gap(n) => {
                for g in 0..=*n {
                    if pos + g > tokens.len() {
                        break;
                    }
                    if let Some(end) = self.walk(si + 1, pos + g, tokens, slots, cap) {
                        return Some(end);
                    }
                }
                return None;
            }
            Elem::Slot(slot) => {
                if let Some(end) = slots.fill(*slot, pos) {
                    if let Some(e) = attempt(Some((end, false, Some(*slot))), cap) {
                        return Some(e);
                    }
                }
            }
        }
        if step.optional {
            return self.walk(si + 1, pos, tokens, slots, cap);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use vigie_text::tokenize;

    fn pack() -> LanguagePack {
        let content = "kind\tvalue\tforms\niso639_3\tfra\t-\nelision\t-\tl'|d'|s'|qu'\n";
        LanguagePack::parse("fr", "fr.tsv", content).unwrap()
    }

    struct ActorsAt(Vec<(usize, usize)>);
    impl SlotFiller for ActorsAt {
        fn fill(&self, _: Slot, pos: usize) -> Option<usize> {
            self.0.iter().find(|a| a.0 == pos).map(|a| a.1)
        }
    }

    fn lemmas(p: &LanguagePack) -> HashMap<String, Vec<Vec<String>>> {
        let mut m = HashMap::new();
        m.insert("rendre".to_string(), ["rend", "rendent", "rendu", "rendue"].iter().map(|f| p.phrase(f)).collect());
        m
    }

    struct DateAt(usize);
    impl SlotFiller for DateAt {
        fn fill(&self, _: Slot, _: usize) -> Option<usize> {
            None
        }
        fn transparent(&self, pos: usize) -> bool {
            pos == self.0
        }
    }

    #[test]
    fn transparent_tokens_may_stand_inside_but_never_start_a_match() {
        let p = pack();
        let pat = Pattern::compile("appelé à", &p, &HashMap::new()).unwrap();
        let toks = tokenize("Paris a appelé mardi à la retenue.", &p);
        assert_eq!(pat.find(&toks, &DateAt(3)).len(), 1, "the date between verb and particle is skipped");
        assert!(pat.find(&toks, &NoSlots).is_empty(), "without it the words are not adjacent");
        let toks = tokenize("mardi appelé à", &p);
        let m = pat.find(&toks, &DateAt(0));
        assert_eq!(m[0].head.0, 1, "a match starts at its first word, not at the date");
    }

    #[test]
    fn lemma_optional_gap_and_slot() {
        let p = pack();
        let pat = Pattern::compile("se|s' est? <rendre> en|à|au {T}", &p, &lemmas(&p)).unwrap();
        let toks = tokenize("La délégation s'est rendue en Russie hier.", &p);
        let m = pat.find(&toks, &ActorsAt(vec![(6, 7)]));
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].head, (2, 6));
        assert_eq!(m[0].verb_end, 6, "the verb run `s'est rendue en` is contiguous");
        assert_eq!(m[0].target, Some((6, 7)));
        assert!(pat.find(&toks, &NoSlots).is_empty(), "the slot is required");
    }

    #[test]
    fn gaps_are_bounded_and_suffixes_match_word_ends() {
        let p = pack();
        let pat = Pattern::compile("signé .. traité", &p, &HashMap::new()).unwrap();
        let m = pat.find(&tokenize("ont signé un nouveau traité", &p), &NoSlots);
        assert_eq!((m[0].head, m[0].verb_end), ((1, 5), 2), "the verb run stops at the gap");
        assert!(!pat.is_found(&tokenize("ont signé un a b c d traité", &p)));
        let fut = Pattern::compile("~ront", &p, &HashMap::new()).unwrap();
        assert!(fut.is_found(&tokenize("ils fourniront", &p)));
        assert!(!fut.is_found(&tokenize("ils ront", &p)));
    }

    #[test]
    fn interned_patterns_match_exactly_where_their_words_do() {
        let mut p = pack();
        let sources = ["se|s' est? <rendre> en|à|au {T}", "signé .. traité", "~ront", "a|ont appelé à"];
        let words: Vec<Pattern> = sources.iter().map(|s| Pattern::compile(s, &p, &lemmas(&p)).unwrap()).collect();
        let mut symbols = words.clone();
        symbols.iter_mut().for_each(|pat| pat.intern(&mut p));
        let texts = [
            "La délégation s'est rendue en Russie hier.",
            "Ils ont signé un nouveau traité et fourniront des armes.",
            "Kiev a appelé mardi à la retenue ; Moscou s'est rendu au sommet.",
            "Traité signé, rien d'autre.",
        ];
        for text in texts {
            let toks = tokenize(text, &p);
            let slots = ActorsAt((0..toks.len()).map(|i| (i, i + 1)).collect());
            for (a, b) in words.iter().zip(&symbols) {
                assert_eq!(a.find(&toks, &slots), b.find(&toks, &slots), "{} on {text:?}", a.source_text);
            }
        }
        let toks = tokenize("La délégation s'est rendue en Russie.", &p);
        assert!(!symbols[0].find(&toks, &ActorsAt(vec![(6, 7)])).is_empty(), "a real match is still found");
    }

    #[test]
    fn unknown_lemmas_and_slots_are_errors() {
        let p = pack();
        assert!(Pattern::compile("<inconnu>", &p, &HashMap::new()).unwrap_err().contains("inconnu"));
        assert!(Pattern::compile("visite {X}", &p, &HashMap::new()).is_err());
        assert!(Pattern::compile("{S} ..", &p, &HashMap::new()).is_err());
    }
}
