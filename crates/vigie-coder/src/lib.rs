//! The event coder: from an [`Article`] to [`Mention`]s, without a parser.
//! It owns how lexicon matches become events — actors grouped into noun
//! phrases, verb patterns choosing the CAMEO code, source and target from
//! slots or word order, factuality from cues scoped to the clause, the date
//! from the sentence or the article, the place from the gazetteer — and the
//! provenance every mention carries (sentence, character spans, rule id). It
//! must not know SQL, files, HTTP or any particular language: French and
//! English differ only in the lexicon data it is given.
//!
//! Where to start reading: [`Coder::code`], then `code_sentence`.

mod actor_heads;
mod actors;
mod dates;
mod discourse;
mod passive;
mod visits;

use std::cell::RefCell;
use std::collections::HashSet;

use vigie_lexicon::{CameoCode, CueKind, CueScope, EntityMatch, EntityRef, LanguageLexicon, Lexicon, NoSlots, Place, Slot, SlotFiller, VerbRule};
use vigie_model::{Article, DateSource, Factuality, Location, Mention, MentionSpans, SentenceRecord, Span};
use vigie_text::{clauses, tokenize, NounFrame, Token};

pub use actors::{Actor, Group};
pub use dates::{find_dates, ArticleDates, DateExpr};

/// Why an article could not be coded at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    #[error("article {article}: language {lang:?} has no lexicons (available: {available}); skipped")]
    UnsupportedLanguage { article: String, lang: String, available: String },
    #[error("article {article}: language not recognised as any of {available}; skipped")]
    UnknownLanguage { article: String, available: String },
}

/// The result of coding one article.
#[derive(Debug, Clone)]
pub struct CodedArticle {
    pub language: String,
    pub sentences: Vec<SentenceRecord>,
    pub mentions: Vec<Mention>,
}

/// Codes articles with one lexicon. Cheap to share across threads.
pub struct Coder<'a> {
    lexicon: &'a Lexicon,
    packs: Vec<vigie_text::LanguagePack>,
    /// The publisher's country (`vigie --home-country FRA`): the last-resort
    /// country of a domestic agent word in an item that names no other.
    home_country: Option<String>,
}

/// The article's text with a map from character offsets to byte offsets
/// (none for ASCII text, whose offsets are the same).
struct Text<'t> {
    text: &'t str,
    byte_at: Option<Vec<usize>>,
}

impl<'t> Text<'t> {
    fn new(text: &'t str) -> Text<'t> {
        // Filled by a plain loop: collecting through `chain` grew the vector
        // from a quarter of its size, a cost every short article paid.
        let byte_at = (!text.is_ascii()).then(|| {
            let mut byte_at = Vec::with_capacity(text.len() + 1);
            // Every byte but a UTF-8 continuation byte (`10xxxxxx`) starts
            // a char: a byte test each, where `char_indices` decoded chars.
            for (b, &byte) in text.as_bytes().iter().enumerate() {
                if byte & 0xc0 != 0x80 {
                    byte_at.push(b);
                }
            }
            byte_at.push(text.len());
            byte_at
        });
        Text { text, byte_at }
    }
    fn slice(&self, start: usize, end: usize) -> &'t str {
        match &self.byte_at {
            Some(byte_at) => &self.text[byte_at[start]..byte_at[end]],
            None => &self.text[start..end],
        }
    }
}

struct Cue {
    kind: CueKind,
    scope: CueScope,
    start: usize,
    end: usize,
    /// The tokens the cue's own words matched: `ne … pas` around a verb
    /// (`ne fournira pas`) does not take in the verb.
    literals: Vec<(usize, usize)>,
}

impl<'a> Coder<'a> {
    pub fn new(lexicon: &'a Lexicon) -> Coder<'a> {
        Coder { lexicon, packs: lexicon.packs(), home_country: None }
    }

    /// Codes the items of a publisher of `country` (ISO 3166-1 alpha-3): a
    /// French agenda's `syndicats et patronat`, with no dateline and no
    /// country named, are France's. Only domestic sectors take it
    /// (`DOMESTIC_AGENTS`), and only while the article names no other country.
    pub fn with_home_country(mut self, country: Option<&str>) -> Coder<'a> {
        self.home_country = country.map(str::to_string);
        self
    }

    fn available(&self) -> String {
        self.lexicon.languages().map(|(c, _)| c).collect::<Vec<_>>().join(", ")
    }

    /// Picks the article's language: the one it declares (`fr`, `fr-FR`),
    /// else the one identified among the languages with lexicons.
    pub fn language_of(&self, article: &Article) -> Result<&'a str, CodeError> {
        if let Some(declared) = article.lang.as_deref().filter(|l| !l.trim().is_empty()) {
            let code = declared.trim().to_ascii_lowercase();
            let code = code.split(['-', '_']).next().unwrap_or("").to_string();
            return self.lexicon.languages().map(|(c, _)| c).find(|c| *c == code).ok_or_else(|| CodeError::UnsupportedLanguage {
                article: article.id.clone(),
                lang: declared.to_string(),
                available: self.available(),
            });
        }
        if let Some(foreign) = vigie_text::foreign_language(&article.text, &self.packs) {
            return Err(CodeError::UnsupportedLanguage { article: article.id.clone(), lang: foreign, available: self.available() });
        }
        let code = vigie_text::detect_language(&article.text, &self.packs)
            .ok_or_else(|| CodeError::UnknownLanguage { article: article.id.clone(), available: self.available() })?;
        Ok(self.lexicon.languages().map(|(c, _)| c).find(|c| *c == code).expect("detected among the lexicon's languages"))
    }

    /// Codes every sentence of the article.
    pub fn code(&self, article: &Article) -> Result<CodedArticle, CodeError> {
        let language = self.language_of(article)?;
        let lang = self.lexicon.language(language).expect("language checked");
        let text = Text::new(&article.text);
        let tokens = tokenize(&article.text, &lang.pack);
        let article_dates = ArticleDates::new(article.date.as_deref(), article.url.as_deref(), &tokens);
        let mut sentences = Vec::new();
        let mut mentions = Vec::new();
        let mut discourse = discourse::Discourse::default();
        // `https://www.lemonde.fr/…`: a publisher under a country's domain
        // publishes there, as `--home-country` says.
        let home_country = self.home_country.as_deref().or_else(|| article.url.as_deref().and_then(|u| self.lexicon.country_of_address(u)));
        for s in vigie_text::sentences(&tokens, &lang.pack) {
            let toks = &tokens[s.tokens.clone()];
            let sentence_text = text.slice(s.start, s.end);
            let boilerplate = lang.boilerplate_for(toks).iter().any(|b| b.pattern.is_found(toks));
            sentences.push(SentenceRecord { index: s.index, span: Span(s.start, s.end), text: sentence_text.to_string(), boilerplate });
            if boilerplate {
                continue;
            }
            let ctx = SentenceContext {
                coder: self,
                lang,
                language,
                article,
                article_dates: &article_dates,
                text: &text,
                tokens: toks,
                index: s.index,
                span: Span(s.start, s.end),
                discourse: &discourse,
                parties: RefCell::new(Vec::new()),
                home_country,
                located_countries: RefCell::new(Vec::new()),
            };
            let (coded, groups) = ctx.code_sentence();
            let parties = ctx.parties.take();
            discourse.remember_places(ctx.located_countries.take());
            mentions.extend(coded);
            discourse.remember_groups(&groups, toks, &lang.pack);
            for (a, b) in &parties {
                discourse.remember_parties(a, b);
            }
        }
        visits::give_hosts_to_visitors(&mut mentions);
        mentions.retain(|m| !between_businesses_only(m));
        actor_heads::describe_actors(self.lexicon, &mut mentions);
        Ok(CodedArticle { language: language.to_string(), sentences, mentions })
    }
}

/// Sectors of private commerce: firms and multinationals.
const COMMERCE_AGENTS: [&str; 2] = ["BUS", "MNC"];

/// An event where a firm acts and no state, party, group or person of public
/// life takes part — a company's takeover bid, its results, a bank's
/// statement on rates — is market news, not a political event: wire copy
/// would drown the analyst's events in it. A firm acting on a state or a
/// state acting on a firm stays.
fn between_businesses_only(m: &Mention) -> bool {
    let commerce = |code: &str| code.get(3..).is_some_and(|agent| COMMERCE_AGENTS.contains(&agent));
    m.source.as_deref().is_some_and(commerce) && m.target.as_deref().map_or(true, commerce)
}

/// How specific the evidence of one event is (see `Mention::confidence`):
/// the product of a score for the verb pattern (one word 0.6, each more word
/// +0.1, up to 1), for the source (named 1, an adjective and an agent word
/// 0.9, a referring phrase 0.7, an agent word alone 0.6), for the target (an actor 1, a place's
/// country 0.9, none 0.8) and for the code (a generic `…0` code 0.85).
fn confidence(pattern_words: usize, cameo: &str, source: &Actor, target_actor: bool, target_code: bool) -> f64 {
    let pattern = (0.5 + 0.1 * pattern_words as f64).min(1.0);
    let source = if source.referred {
        0.7
    } else if source.is_bare_agent() {
        0.6
    } else if source.is_named() {
        1.0
    } else {
        0.9
    };
    let target = match (target_actor, target_code) {
        (true, true) => 1.0,
        (false, true) => 0.9,
        _ => 0.8,
    };
    let generic = if cameo.len() == 3 && cameo.ends_with('0') { 0.85 } else { 1.0 };
    (pattern * source * target * generic * 100.0).round() / 100.0
}

/// The country part of an actor code when the text names none (`---REB`,
/// as the Phoenix and PLOVER codebooks write it).
const UNKNOWN_COUNTRY: &str = "---";

/// How many words may stand between a relative clause's subject and its verb
/// (`dont le Kremlin a dit`: the auxiliary).
const INNER_SUBJECT_REACH: usize = 2;

/// How many words may stand between an agent word alone and the verb it
/// is the subject of (`police on Monday arrested`, `insurgents have
/// attacked`).
const BARE_SUBJECT_REACH: usize = 2;

/// How many words may stand between a modal and the speech verb it
/// qualifies (`will also announce`).
const STATEMENT_MODAL_REACH: usize = 2;

/// CAMEO 07, "provide aid".
const AID_ROOT: &str = "07";
/// How far after the verb phrase's last word the recipient of a payment is
/// looked for (`versé 50 milliards d'euros à leurs actionnaires`).
const PAYEE_REACH: usize = 6;
/// How far after the verb phrase a journey's destination is looked for
/// (`arrivée d'Emmanuel Macron à l'Élysée`).
const SEAT_REACH: usize = 6;

/// Sectors that act inside their own country, so that a publisher's home
/// country may stand for theirs when the text gives none: government,
/// parliament, judiciary, police, unions, business, education, media,
/// opposition, parties, civilians, elites, farmers, health, criminals. Never
/// armed forces, rebels, organisations, refugees or peacekeepers, whom a
/// country's own press reports abroad as often as at home.
const DOMESTIC_AGENTS: [&str; 15] = ["GOV", "LEG", "JUD", "COP", "LAB", "BUS", "EDU", "MED", "OPP", "PTY", "CVL", "ELI", "AGR", "HLH", "CRM"];
/// Domestic sectors whose acts may fall on a foreign place (recalling an
/// envoy, cutting ties): the place they act on does not say whose they are.
const AGENTS_ACTING_AFAR: [&str; 3] = ["GOV", "LEG", "ELI"];

/// CAMEO 010, "make statement, not specified below".
const GENERIC_STATEMENT: &str = "010";
/// Words a quotation may hold and still be a name given to someone
/// (`dit « Hemetti »`, `dit « de Kobané »`), counting its closing mark.
const NAME_QUOTE_REACH: usize = 4;

/// CAMEO 030, "express intent to cooperate, not specified below".
const GENERIC_INTENT: &str = "030";

/// The generic threat (130), for a threat of an act CAMEO has no threat of.
const GENERIC_THREAT: &str = "130";

/// CAMEO 1123, "accuse of aggression".
const ACCUSATION_OF_AGGRESSION: &str = "1123";

/// The CAMEO intent (03) or threat (13) that announcing one's own act
/// amounts to, as `cameo/intents.tsv` pairs them (talks → 036, aid → its
/// kind of 033, sanctions → 131x, force → 138x); an intent (03) is itself.
fn intent_of<'l>(lexicon: &'l Lexicon, act: &'l CameoCode) -> Option<&'l str> {
    if act.root == "03" {
        return Some(&act.code);
    }
    lexicon.intents.of(&act.code).map(|f| f.intent.as_str())
}

/// The PLOVER type and mode of an act coded by `rule` as `cameo`: the
/// CAMEO code's, except that a legal charge (`indicted`, `inculpé`), which
/// CAMEO files with arrests, is an accusation in PLOVER's manual (ACCUSE,
/// mode allege: "sue, indict, or charge"), not a coercion.
fn plover_type(rule: &VerbRule, cameo: &CameoCode) -> (Option<String>, Option<String>) {
    if rule.flags.charge && rule.cameo == cameo.code {
        return (Some("ACCUSE".to_string()), Some("allege".to_string()));
    }
    (cameo.plover_event.clone(), cameo.plover_mode.clone())
}

/// Whether a CAMEO code is one of force: assault (18), fight (19), mass
/// violence (20).
fn is_force_code(code: &str) -> bool {
    matches!(code.get(..2), Some("18" | "19" | "20"))
}

/// How much less sure an intent read from an announced act is than the
/// act's own wording: the plan is stated, the intent inferred from it.
const INTENT_CONFIDENCE: f64 = 0.8;

/// Ends the rule id of a mention that is the intent an announced act expresses.
const INTENT_RULE_SUFFIX: &str = "+intent";

/// CAMEO's six kinds of yielding (08), in the order its intent (0351–0356)
/// and refusal (1241–1246) codes follow: easing administrative sanctions,
/// easing dissent, releasing, easing economic sanctions, allowing
/// international involvement, de-escalating.
fn yielding_kind(code: &str) -> Option<usize> {
    let c = code.as_bytes();
    if c.len() < 3 || &c[..2] != b"08" {
        return None;
    }
    match c[2] {
        b'1' => Some(0),
        b'2' => Some(1),
        b'4' => Some(2),
        b'5' => Some(3),
        b'6' => Some(4),
        b'7' => Some(5),
        _ => None,
    }
}

/// How many words may stand between an appeal, demand, refusal or threat
/// and the clause that says what it is about (`demand today that`).
const COMPLEMENT_REACH: usize = 2;
/// Quad classes 3 and 4 (verbal and material conflict).
const CONFLICT_QUAD_CLASS: u8 = 3;
/// Words from `against`/`contre` to the actor it opens (`against four senior officers in the Russian military`).
const TARGET_PREPOSITION_REACH: usize = 6;

/// How many words may stand between a refusal (`will not`, `ne`) and the
/// verb it refuses (`will not now provide`, `n'y participera pas`).
const REFUSAL_REACH: usize = 2;

/// The CAMEO rejection (12) that refusing a cooperative act amounts to,
/// by the root of the act refused: talks (04) → reject a proposal to meet,
/// material cooperation (06) → reject it, aid (07) → reject a request for
/// aid, yielding (08) → refuse to yield; intent and diplomatic cooperation
/// (03, 05) → reject, not specified. Hostile acts have none. Refusing
/// an intent is refusing the act intended, as `intent_of` maps them back:
/// wanting no talks (036) rejects a proposal to meet (125), and so on;
/// refusing a kind of cooperation or yielding keeps its kind (1211,
/// 1243…); refused aid stays 122, as the own test set writes it.
fn rejection_of(root: &str, code: &str) -> Option<&'static str> {
    if let Some(k) = yielding_kind(code) {
        return Some(["1241", "1242", "1243", "1244", "1245", "1246"][k]);
    }
    match (root, code) {
        (_, "061") => Some("1211"),
        (_, "062") => Some("1212"),
        (_, "036") => Some("125"),
        (_, "031") => Some("121"),
        (_, "033") => Some("122"),
        (_, "035") => Some("124"),
        _ => rejection_of_root(root),
    }
}

fn rejection_of_root(root: &str) -> Option<&'static str> {
    match root {
        "03" | "05" => Some("120"),
        "04" => Some("125"),
        "06" => Some("121"),
        "07" => Some("122"),
        "08" => Some("124"),
        _ => None,
    }
}

/// How far before a participle its auxiliary may stand (`n'a pas encore signé`).
const AUXILIARY_REACH: usize = 4;

/// Roots whose verbs govern an infinitive that names a possible act, not a
/// fact: appeal (02), intent (03), demand (10), reject (12), threaten (13).
const GOVERNING_ROOTS: [&str; 5] = ["02", "03", "10", "12", "13"];

/// The root of disapproval, criticism and accusation (11), whose gerunds
/// (`accused X of shelling`) name what is alleged.
const ALLEGATION_ROOT: &str = "11";

/// How far after its governing verb an infinitive may stand (`threatened on
/// Monday to cut`).
const INFINITIVE_REACH: usize = 6;

/// How far after the infinitive marker the act a passive participle frames
/// may start (`est invité à se rendre`).
const FRAMED_INFINITIVE_REACH: usize = 3;

/// How far after an act an infinitive of purpose may stand (`visited
/// Mauritania and Senegal on Monday to mediate`).
const PURPOSE_REACH: usize = 10;

/// How many tokens a dateline may have before its colon.
const DATELINE_REACH: usize = 8;

/// How far into the sentence its subject may start (`Hier, la Russie…`).
const MAIN_SUBJECT_REACH: usize = 4;

/// How many words may stand between a verb and the place it acts on.
const OBJECT_PLACE_REACH: usize = 6;

/// How many words may stand between a locative and its place.
const LOCATIVE_REACH: usize = 4;

/// How many tokens of a qualifier may stand between a passive agent word
/// and its actor (`by pro - Russia rebels`).
const PREFIX_REACH: usize = 3;

/// How far before a participle the genitive of the noun phrase it
/// describes may stand (`a member of the Islamist Hamas movement jailed`).
const RELATIVE_GENITIVE_REACH: usize = 6;

/// How many plain words may stand between the determiner that opens a noun
/// phrase and a verb form that heads it (`the biggest politically motivated
/// cyber attack`).
const NOUN_COMPOUND_REACH: usize = 4;

/// CAMEO sectors that bear arms: an actor's own forces of these sectors
/// (`its troops`) are what it acts with; its own citizens (`urged its
/// citizens`) may still be what it acts on.
const ARMED_SECTORS: [&str; 6] = ["MIL", "COP", "SPY", "REB", "UAF", "PKO"];

/// How far before a candidate's first word and after its last an idiom
/// that covers one of them may start or end (`s'est prêté au jeu`).
const IDIOM_REACH: usize = 8;

/// Sectors whose journeys are their own affair, not visits (CAMEO 042 is a
/// visit between political actors): `migrants arrivés aux États-Unis`.
const PRIVATE_TRAVELLERS: [&str; 2] = ["CVL", "REF"];

/// Sectors whose arrival, awaited (`des milliers de manifestants sont
/// attendus à Paris`), announces a gathering, not a visit.
const AWAITED_CROWDS: [&str; 1] = ["OPP"];

/// Peacekeepers' sector, and CAMEO's code for their arrival somewhere:
/// provide military protection or peacekeeping.
const PEACEKEEPERS: &str = "PKO";
const PEACEKEEPING: &str = "074";
const POLICE: &str = "COP";
const MILITARY: &str = "MIL";
const REFUGEES: &str = "REF";
/// CAMEO 153, "mobilize or increase police power".
const POLICE_MOBILISATION: &str = "153";
/// CAMEO 154, "mobilize or increase armed forces".
const MILITARY_MOBILISATION: &str = "154";

/// CAMEO's code for military cooperation, which exercises held together are.
const JOINT_EXERCISES: &str = "062";

/// Fighting with artillery and tanks, and with aerial weapons: what a
/// bombing or unconventional violence is when a military weapon is its
/// means (`actors/phrase_words.tsv`, `artillery_weapon`, `aerial_weapon`).
const ARTILLERY_FIGHT: &str = "194";
const AERIAL_FIGHT: &str = "195";

/// CAMEO's root for threats.
const THREAT_ROOT: &str = "13";

/// How many words may stand between `if`/`unless` and the subject of the
/// condition a threat sets (`unless the Kremlin closed`).
const CONDITION_SUBJECT_REACH: usize = 3;

/// The opposition's sector: whom it opposes goes without saying.
const OPPOSITION: &str = "OPP";

/// Roots whose object a participle may describe (`dénoncer les coupes
/// envisagées par le gouvernement`): criticism and protest.
const DESCRIBED_OBJECT_ROOTS: [&str; 2] = ["11", "14"];

/// CAMEO's root for protest (demonstrations, strikes, riots).
const PROTEST_ROOT: &str = "14";

/// CAMEO's code for seizing or damaging property (171x).
const PROPERTY_DAMAGE: &str = "171";

/// Claiming and denying responsibility (CAMEO 015, 016): the act they are
/// about, however it is told after them in their clause, is their object.
const RESPONSIBILITY_CODES: [&str; 2] = ["015", "016"];

/// How many words after a participle describing its noun the sentence's
/// own verb may stand (`imprisoned for acting against Moscow were`).
const FINITE_VERB_REACH: usize = 8;

/// CAMEO's empathetic comment (condolences, sympathy).
const EMPATHY: &str = "018";

/// CAMEO's claim of responsibility.
const CLAIM_OF_RESPONSIBILITY: &str = "015";

struct SentenceContext<'c, 'a> {
    coder: &'c Coder<'a>,
    lang: &'a LanguageLexicon,
    language: &'a str,
    article: &'c Article,
    article_dates: &'c ArticleDates,
    text: &'c Text<'c>,
    tokens: &'c [Token],
    index: usize,
    span: Span,
    /// What earlier sentences named, for referring phrases.
    discourse: &'c discourse::Discourse,
    /// The two sides of each event coded here, for later referring phrases.
    parties: RefCell<Vec<(Actor, Actor)>>,
    /// The publisher's country: the coder's, else its address's (`.fr`).
    home_country: Option<&'c str>,
    /// The countries of the places this sentence puts something in (after a
    /// locative, or its dateline), for the article's memory.
    located_countries: RefCell<Vec<String>>,
}

/// Whether two verb phrases share a word.
fn overlap(a: &Candidate, b: &Candidate) -> bool {
    a.head.0 < b.head.1 && b.head.0 < a.head.1
}

/// Whether `b`'s verb is one of `a`'s own words after a gap (`complained to
/// the UN over Israeli raids`): the act named there is what `a` is about, no
/// event of its own.
fn owns_the_verb_of(a: &Candidate, b: &Candidate) -> bool {
    a.literals.iter().any(|l| l.0 <= b.head.0 && b.head.0 < l.1)
}

/// Whether an idiom's words cover one of the candidate's own words
/// (`accusé` in `a accusé le coup`, `attaquer` in `menace de s'attaquer à la
/// racine du problème`).
fn covered_by_idiom(c: &Candidate, idioms: &[(usize, usize)]) -> bool {
    c.literals.iter().any(|l| idioms.iter().any(|&(a, b)| a <= l.0 && l.0 < b))
}

/// A place named in the sentence: token range and gazetteer index.
#[derive(Debug, Clone, Copy)]
struct PlaceMention {
    start: usize,
    end: usize,
    place: usize,
    /// A capital read as a place (`à Kiev`): when the verb gives to it, its
    /// government is who receives.
    seat_of_government: bool,
    /// Named at the head of the sentence before a colon (`Chine : visite
    /// du Premier ministre espagnol`, `GAZA CITY, Palestinian Territories:`):
    /// where the news is from, the event's place when none other is given.
    dateline: bool,
}

/// Fills pattern slots with the actor groups (and, for targets, places) of
/// a clause. Positions are relative to the clause's first token.
struct ClauseSlots<'g> {
    offset: usize,
    /// Tokens of date expressions and negations (sentence positions), which patterns step over.
    transparent: &'g [bool],
    groups: &'g [Group],
    places: &'g [PlaceMention],
    tokens: &'g [Token],
    lang: &'g LanguageLexicon,
}

impl SlotFiller for ClauseSlots<'_> {
    fn transparent(&self, pos: usize) -> bool {
        self.transparent.get(pos + self.offset).copied().unwrap_or(false)
    }

    fn fill(&self, slot: Slot, pos: usize) -> Option<usize> {
        let mut at = pos + self.offset;
        while at < self.tokens.len() && self.lang.pack.is_determiner(&self.tokens[at].norm) {
            at += 1;
        }
        if slot == Slot::Target && at == pos + self.offset && self.agent_follows_participle(at) {
            return Some(pos);
        }
        at = self.counted_start(at);
        if let Some(g) = self.groups.iter().find(|g| g.start == at) {
            // `the rebels in Darfur must`, `les rebelles au Darfour
            // doivent`: where the actor an obligation binds stands belongs
            // to its phrase, and the pattern goes on after it. (A source
            // keeps its end: `frappes de l'armée sur Nyala` goes on with
            // the locative.)
            let mut k = g.end;
            let locative = |k: usize| self.tokens.get(k).is_some_and(|t| self.lang.pack.is_one_word_locative(t.lower()));
            if slot == Slot::Target && locative(k) {
                k += 1;
                while k < self.tokens.len() && self.lang.pack.is_determiner(&self.tokens[k].norm) {
                    k += 1;
                }
                if let Some(p) = self.places.iter().find(|p| p.start == k && !p.dateline) {
                    return Some(p.end - self.offset);
                }
            }
            return Some(g.end - self.offset);
        }
        if slot == Slot::Target {
            if let Some(p) = self.places.iter().find(|p| p.start == at) {
                return Some(p.end - self.offset);
            }
        }
        None
    }
}

impl ClauseSlots<'_> {
    /// `helped the two exiled dissidents`, `ont aidé les deux dissidents`:
    /// a number, and where adjectives come first a participle of no known
    /// verb (`exiled`), may stand between the determiner and the actor the
    /// slot holds; the actor starts after them. Nothing changes when no
    /// actor stands right after.
    fn counted_start(&self, at: usize) -> usize {
        let pack = &self.lang.pack;
        let mut k = at;
        if self.tokens.get(k).is_some_and(|t| t.kind == vigie_text::TokenKind::Number || pack.is_cardinal(t)) {
            k += 1;
        }
        if !pack.adjectives_follow_noun
            && self.tokens.get(k).is_some_and(|t| t.kind == vigie_text::TokenKind::Word && !t.capitalised && pack.has_verb_ending(&t.norm) && !self.lang.verb_forms.contains(&t.norm))
        {
            k += 1;
        }
        if k > at && self.groups.iter().any(|g| g.start == k) { k } else { at }
    }

    /// `Deux journalistes arrêtés par la police turque`, `soldiers thanked
    /// by the president`: right after a participle, the passive agent word
    /// says that the object of the row's verb stands before it, not after:
    /// the slot is left empty there, and the passive reading finds both
    /// sides. Only when an actor stands right before the participle: a
    /// thing there (`a lunch hosted by`) is no side of the act.
    fn agent_follows_participle(&self, at: usize) -> bool {
        let pack = &self.lang.pack;
        at > 1
            && self.tokens.get(at).is_some_and(|t| pack.is_passive_agent(&t.norm))
            && (pack.is_bare_participle(&self.tokens[at - 1].lower()) || pack.has_verb_ending(&self.tokens[at - 1].norm))
            && self.groups.iter().any(|g| g.end < at && at - 1 - g.end <= 1)
    }
}

/// A statement verb that reports the sentence's other event, and who speaks.
struct Reporter {
    group: usize,
    verb: usize,
    verb_end: usize,
    /// The verb's row is flagged `claim` (`claimed that`, `prétend que`).
    claim: bool,
}

/// How many words may stand between the last comma and the verb of an
/// incise (`, a averti`, `, has warned`).
const INCISE_VERB_REACH: usize = 3;

/// How many words may stand between a reporter and its verb (`officials
/// said on Thursday`, `the ministry has also said`).
const REPORTER_REACH: usize = 4;

/// How many words may stand between a statement verb and the subject of
/// the clause it reports (`said on Tuesday that Sudan`, `said hundreds of
/// Kenyans`).
const REPORTED_SUBJECT_REACH: usize = 3;
/// How many words a date between a statement verb and its reported clause
/// may take, with the clause's opening word (`announced on Sunday 12 May that`).
const REPORTED_DATE_REACH: usize = 6;

struct Candidate<'r> {
    rule: &'r VerbRule,
    clause: usize,
    head: (usize, usize),
    /// End of the verb's own words (before any gap): objects stand after it.
    verb_end: usize,
    source: Option<usize>,
    target: Option<usize>,
    target_place: Option<usize>,
    words: usize,
    /// The runs of tokens the row's own words matched.
    literals: Vec<(usize, usize)>,
    /// For a generic intent (030: `is prepared to`, `vowed to`), the intent
    /// or threat the act in its infinitive makes of it (`prepared to impose
    /// martial law` → 130, `ready to send aid` → 033).
    intended: Option<&'r str>,
    /// Where the verb of a criticism or protest starts whose object this
    /// act, named with its author, is (`did not condemn the Russian attack
    /// on Ukraine`): cues before that verb qualify the criticism only.
    criticised_by: Option<usize>,
    /// The act is the content of a denial (`a nié que ses soldats ont
    /// attaqué`, `denied carrying out`): negated, whatever else qualifies it.
    denied: bool,
}

impl SentenceContext<'_, '_> {
    /// `Officials said negotiations will start next month`, `It will take
    /// until July to repair the line, oil officials said`: a future or
    /// conditional in what a statement reports is the content's tense; the
    /// statement itself was made. Only a modal or adverb on the speech verb
    /// itself (`will announce`, `would say`, `annoncera probablement`) makes
    /// the statement planned or hypothetical.
    fn tense_of_reported_content(&self, c: &Candidate, q: &Cue) -> bool {
        c.rule.cameo == GENERIC_STATEMENT
            && matches!(q.kind, CueKind::Planned | CueKind::Intent | CueKind::Hypothetical)
            && !(q.start >= c.head.0 && q.end <= c.verb_end)
            && q.start != c.verb_end
            && !(q.end <= c.head.0 && c.head.0 - q.end <= STATEMENT_MODAL_REACH)
    }

    /// The sentence's events, and the actor groups it names.
    fn code_sentence(&self) -> (Vec<Mention>, Vec<Group>) {
        let lexicon = self.coder.lexicon;
        let pack = &self.lang.pack;
        let tokens = self.tokens;
        let entities = self.lang.entities.scan(tokens);
        let clause_ranges = clauses(tokens, pack);
        let clause_of = |i: usize| clause_ranges.iter().position(|c| c.contains(&i)).unwrap_or(0);

        // Places: an entity that names a place and either is no actor, or is
        // a capital introduced by a locative (`à Moscou`): then it is where,
        // not who.
        let mut places: Vec<PlaceMention> = Vec::new();
        let mut actor_entities: Vec<&EntityMatch> = Vec::new();
        let dateline_end = self.dateline_end(&entities);
        for e in &entities {
            let place = e.refs.iter().find_map(|r| match r {
                EntityRef::Place(p) => Some(*p),
                _ => None,
            });
            if e.end <= dateline_end {
                let country = e.refs.iter().find_map(|r| match r {
                    EntityRef::Country { code, .. } => lexicon.country_place_index(code),
                    _ => None,
                });
                if let Some(place) = place.or(country) {
                    places.push(PlaceMention { start: e.start, end: e.end, place, seat_of_government: false, dateline: true });
                }
                continue;
            }
            if self.ends_a_longer_proper_name(e, &entities) {
                continue;
            }
            let is_actor = actors::actor_ref(e).is_some();
            let capital_only = e.refs.iter().all(|r| match r {
                EntityRef::Country { kind, .. } => matches!(kind, vigie_lexicon::CountryKind::Capital),
                EntityRef::Place(_) => true,
                _ => false,
            });
            match place {
                // The look back for a locative only when it decides.
                Some(place) if !is_actor || (capital_only && self.locative_before(e.start)) => {
                    places.push(PlaceMention { start: e.start, end: e.end, place, seat_of_government: is_actor, dateline: false })
                }
                _ if is_actor => actor_entities.push(e),
                _ => {}
            }
        }
        self.located_countries.borrow_mut().extend(
            places.iter().filter(|p| p.dateline || self.locative_before(p.start)).map(|p| lexicon.places[p.place].country.clone()),
        );
        // `manœuvres militaires`, `military aid`: an agent word that only
        // qualifies a noun says what kind of thing, not who acts.
        let mut in_entity = vec![false; tokens.len()];
        for e in &entities {
            in_entity[e.start..e.end].iter_mut().for_each(|x| *x = true);
        }
        actor_entities.retain(|e| {
            !actors::qualifies_a_noun(e, tokens, &in_entity, self.lang)
                && !actors::is_inside_longer_name(e, tokens, &in_entity, self.lang)
                && !actors::is_verb_after_infinitive_marker(e, tokens, self.lang)
                && !actors::is_participle_of_motion(e, tokens, self.lang)
                && !actors::is_settlement_after_locative(e, tokens, self.lang)
                && !actors::qualifies_settlement_after_locative(e, tokens, self.lang)
                && !actors::names_a_language(e, tokens, self.lang)
                && !actors::inside_a_paper_title(e, tokens, self.lang)
                && !actors::names_a_place_after_someone(e, tokens, self.lang)
        });
        let mut groups = actors::group(&actor_entities, tokens, self.lang, lexicon, |a, b| clause_of(a) == clause_of(b), self.article_dates);
        actors::name_unknown_people(&mut groups, tokens, &in_entity, self.lang);
        actors::place_ethnic_groups(&mut groups, &entities, tokens, self.lang, lexicon);
        actors::resolve_possessives(&mut groups, tokens, self.lang);
        let referred = self.discourse.resolve(tokens, pack, &groups);
        if !referred.is_empty() {
            groups.retain(|g| !referred.iter().any(|r| g.start < r.end && r.start < g.end));
            groups.extend(referred);
            groups.sort_by_key(|g| g.start);
        }

        let dates = find_dates(tokens, pack, self.article_dates);
        let mut in_date = vec![false; tokens.len()];
        for d in &dates {
            // `on Monday`, `le 19 juin`: the preposition before goes with the date.
            let from = if d.start > 0 && pack.is_date_preposition(&tokens[d.start - 1].norm) { d.start - 1 } else { d.start };
            in_date[from..d.end].iter_mut().for_each(|x| *x = true);
            mark_day_part(tokens, pack, d.end, &mut in_date);
        }
        for (i, t) in tokens.iter().enumerate() {
            if pack.is_weekday(t) {
                in_date[i] = true;
                if i > 0 && pack.is_date_preposition(&tokens[i - 1].norm) {
                    in_date[i - 1] = true;
                }
                mark_day_part(tokens, pack, i + 1, &mut in_date);
            }
        }

        // `La Russie n'attaque pas`, `n'a pas attaqué`, `was not attacked
        // by`: the words of a negation stand inside a verb phrase without
        // being part of it, as a date does; the cue still negates the act.
        // Cues only ever qualify verb candidates, so a sentence where no
        // clause can hold one (most of them) needs no cue search.
        let verb_rules: Vec<_> = clause_ranges.iter().map(|r| self.lang.verb_candidates(&tokens[r.clone()])).collect();
        let cues = if verb_rules.iter().all(|c| c.is_empty()) { Vec::new() } else { self.cues() };
        let mut transparent = in_date.clone();
        for q in cues.iter().filter(|q| q.kind == CueKind::Negated) {
            for l in &q.literals {
                transparent[l.0..l.1].iter_mut().for_each(|x| *x = true);
            }
        }

        // Verb candidates, clause by clause.
        let mut candidates = Vec::new();
        for (ci, range) in clause_ranges.iter().enumerate() {
            let slots = ClauseSlots { offset: range.start, transparent: &transparent, groups: &groups, places: &places, tokens, lang: self.lang };
            let clause_tokens = &tokens[range.clone()];
            for (rule, starts) in verb_rules[ci].iter() {
                for m in rule.pattern.find_at(clause_tokens, &slots, starts) {
                    let abs = |p: (usize, usize)| (p.0 + range.start, p.1 + range.start);
                    let slot_group = |s: Option<(usize, usize)>| {
                        s.map(abs).and_then(|(a, b)| groups.iter().position(|g| g.start >= a && g.end <= b))
                    };
                    let target_place = m.target.map(abs).and_then(|(a, b)| places.iter().position(|p| p.start >= a && p.end <= b));
                    candidates.push(Candidate {
                        rule,
                        clause: ci,
                        head: abs(m.head),
                        verb_end: m.verb_end + range.start,
                        source: slot_group(m.source),
                        target: slot_group(m.target),
                        target_place: if slot_group(m.target).is_none() { target_place } else { None },
                        words: m.words,
                        literals: m.literals.iter().map(|&l| abs(l)).collect(),
                        intended: None,
                        criticised_by: None,
                        denied: false,
                    });
                }
            }
        }
        // `a accusé le coup`, `took the hit`: a set phrase that covers a word
        // of the verb phrase uses it in another sense; no act.
        if !candidates.is_empty() {
            let idioms = self.idiom_spans(&candidates);
            if !idioms.is_empty() {
                candidates.retain(|c| !covered_by_idiom(c, &idioms));
            }
        }
        // `the fighting`, `an air raid`, `the occupied West Bank`, `two days
        // of fighting`: a verb form after a determiner or a genitive is a noun
        // or an adjective, not a verb; only nominal rows read such phrases,
        // and journeys, whose noun names the trip (`la visite du président`).
        // After an actor the determiner is an object pronoun (`Moscou les
        // accuse`), and the verb stays one.
        let governing = |c: &Candidate| lexicon.cameo.get(&c.rule.cameo).is_some_and(|k| GOVERNING_ROOTS.contains(&k.root.as_str()));
        candidates.retain(|c| c.rule.flags.nominal || c.rule.flags.travel || !self.names_no_act(c.head.0, &groups, governing(c)));
        // `bans on travel to Canada`: a journey's verb form right after a
        // preposition, with no determiner, names travel in general, not a trip.
        candidates.retain(|c| !c.rule.flags.travel || c.rule.flags.nominal || !self.follows_a_preposition(c.head.0));
        let force = |c: &Candidate| is_force_code(&c.rule.cameo);
        candidates.retain(|c| c.rule.flags.nominal || c.rule.flags.travel || self.past_of_a_protest(c) || !self.ends_a_noun_compound(c.head.0, &groups, &in_date, force(c)));
        // `Daglo, dit « Hemetti »`, `le procès dit « de Kobané »`: a bare
        // statement verb with no subject before it, right before a short
        // quotation, gives a name; it reports nothing.
        // A factuality cue right before the verb (`devraient annoncer « … »`)
        // makes it an infinitive that reports.
        let cued = |k: usize| cues.iter().any(|q| q.literals.iter().any(|l| l.0 <= k && k < l.1));
        candidates.retain(|c| c.rule.cameo != GENERIC_STATEMENT || c.head.0 == 0 || cued(c.head.0 - 1) || !self.gives_a_name(c.head.0, &groups));
        // `Obama is scheduled to attend a summit`, `est appelé à se rendre`:
        // a passive participle that governs an infinitive, with no agent,
        // frames the act in the infinitive; it names no act of its own and
        // must not hide that one.
        // The framed act has not happened yet (`est invité à prendre la
        // parole`, `is scheduled to attend`): at most planned.
        let mut framed_infinitives: Vec<usize> = Vec::new();
        candidates.retain(|c| {
            let frames = self.frames_an_infinitive(c, &clause_ranges[c.clause]);
            if frames {
                framed_infinitives.push(c.head.0 + 1);
            }
            !frames
        });
        candidates.retain(|c| !self.pronominal_other_sense(c));
        // The most specific pattern wins where verb phrases overlap.
        candidates.sort_by(|a, b| b.words.cmp(&a.words).then(a.head.0.cmp(&b.head.0)));
        let mut chosen: Vec<Candidate> = Vec::new();
        let mut displaced: Vec<Candidate> = Vec::new();
        for c in candidates {
            if chosen.iter().all(|o| !overlap(o, &c) && !owns_the_verb_of(o, &c)) {
                chosen.push(c);
            } else {
                displaced.push(c);
            }
        }
        chosen.sort_by_key(|c| c.head.0);

        // A bare statement verb (`said`, `a déclaré`) that reports another
        // event in the same sentence is attribution, not an event of its own.
        // Who reports (`…, the White House announced`, `Police said …`) is
        // evidence, never a side of the reported event.
        let mut reporters: Vec<Reporter> = Vec::new();
        // `…, a averti Yoon Suk Yeol.`, `…, a démenti l'Alliance.`, `…,
        // warned the minister.`: a verb right after the sentence's last
        // comma, its subject after it and ending the sentence, is an incise
        // that says who reports what comes before, whatever its verb.
        let incise = |c: &Candidate| -> Option<usize> {
            let k = tokens[..c.head.0].iter().rposition(|t| t.norm == ",")?;
            // `L'Espagne, qui a critiqué Israël, a menacé la Norvège`: a comma
            // that closes a relative clause gives the verb back its subject.
            if k > 0 && pack.relative_clause_around(tokens, k - 1).is_some() {
                return None;
            }
            let only_determiners = |from: usize, to: usize| tokens[from..to].iter().all(|t| pack.is_determiner(&t.norm));
            let g = groups.iter().position(|g| g.start >= c.verb_end && only_determiners(c.verb_end, g.start))?;
            // `…, a protesté Amnesty International mercredi.`: a date after
            // the speaker still closes the incise.
            let ends_sentence = (groups[g].end..tokens.len()).all(|i| tokens[i].kind == vigie_text::TokenKind::Punct || in_date[i]);
            let verb_first = c.head.0 - k <= INCISE_VERB_REACH && !groups.iter().any(|h| h.start > k && h.start < c.head.0);
            (ends_sentence && verb_first && c.head.0 > 0).then_some(g)
        };
        let reported_before = |c: &Candidate| chosen.iter().any(|o| o.head.1 <= c.head.0 && o.rule.cameo != GENERIC_STATEMENT && incise(o).is_none());
        let incises: Vec<usize> = chosen.iter().filter(|c| reported_before(c)).filter_map(|c| incise(c).map(|g| (c, g))).map(|(c, g)| {
            reporters.push(Reporter { group: g, verb: c.head.0, verb_end: c.verb_end, claim: c.rule.flags.claim });
            c.head.0
        }).collect();
        // `"We will not back down," warned Sunak`: a report whose reported
        // acts all fall (no actor, no event) is still the speaker's statement.
        // Restored, an incise keeps its speaker: a verb row that also takes
        // an addressee (`warned {T}`) would read the speaker as addressee
        // and an actor inside the quotation as the one who speaks.
        let (mut withdrawn_reports, kept): (Vec<Candidate>, Vec<Candidate>) = chosen.into_iter().partition(|c| incises.contains(&c.head.0));
        chosen = kept;
        for c in withdrawn_reports.iter_mut() {
            let speaker = reporters.iter().find(|r| r.verb == c.head.0).map(|r| r.group);
            c.source = speaker;
            c.target = None;
            if c.rule.cameo != GENERIC_STATEMENT {
                if let Some(d) = displaced.iter().find(|d| d.head.0 == c.head.0 && d.rule.cameo == GENERIC_STATEMENT) {
                    c.rule = d.rule;
                }
            }
        }
        withdrawn_reports.retain(|c| c.rule.cameo == GENERIC_STATEMENT && c.source.is_some());
        let quoted = self.quoted_statements(&chosen);
        chosen.retain(|c| !quoted.contains(&c.head.0));
        // `China could blockade Taiwan within days, the Pentagon warned.`: a
        // bare warning that closes the sentence after a comma, nothing after
        // its verb but a date, says who reports what comes before, as `said`.
        let closing_warning = |c: &Candidate| {
            c.rule.cameo == GENERIC_THREAT
                && tokens[..c.head.0].iter().any(|t| t.norm == ",")
                && (c.verb_end..tokens.len()).all(|k| tokens[k].kind == vigie_text::TokenKind::Punct || in_date[k])
        };
        let reports = |c: &Candidate| c.rule.cameo == GENERIC_STATEMENT || closing_warning(c);
        if chosen.iter().any(|c| !reports(c)) {
            // `…, a member of the Chadian team trying to broker a pact has
            // said.`: after the sentence's last comma, a statement verb and
            // whatever stands before it describe who reports.
            let mut trailing: Vec<(usize, usize)> = Vec::new();
            for c in chosen.iter().filter(|c| reports(c)) {
                let comma = tokens[..c.head.0].iter().rposition(|t| t.norm == ",");
                let last_segment = !tokens[c.verb_end..].iter().any(|t| t.norm == ",");
                // `Nigeria, the largest country, announced that it…`: with no
                // act before the comma, the comma closes an apposition and
                // the verb reports what follows it.
                let reports_what_precedes = |k: usize| chosen.iter().any(|o| !reports(o) && o.head.0 < k);
                match comma {
                    Some(k) if last_segment && k > 0 && reports_what_precedes(k) => {
                        trailing.push((k, c.head.0));
                        // `…, a déclaré le ministre allemand de la Défense`:
                        // the subject may follow its verb when no other act does.
                        let last_verb = !chosen.iter().any(|o| o.head.0 > c.head.0);
                        for i in (0..groups.len()).filter(|&i| groups[i].start > k && (groups[i].end <= c.head.0 || last_verb && groups[i].start >= c.verb_end)) {
                            reporters.push(Reporter { group: i, verb: c.head.0, verb_end: c.verb_end, claim: c.rule.flags.claim });
                        }
                    }
                    _ => {
                        if let Some(group) = self.reporter_of(c, &groups, &clause_ranges[c.clause]) {
                            reporters.push(Reporter { group, verb: c.head.0, verb_end: c.verb_end, claim: c.rule.flags.claim });
                        }
                    }
                }
            }
            chosen.retain(|c| !reports(c) && !trailing.iter().any(|(k, v)| c.head.0 > *k && c.head.0 < *v));
        } else {
            // `…, the World Food Program (WFP) said on Monday.`: a report that
            // closes the sentence, its subject between the last comma and
            // its verb, is made by that subject; none known, by no one —
            // never by an actor of the clause before the comma.
            let closing = |c: &Candidate| (c.verb_end..tokens.len()).all(|k| tokens[k].kind == vigie_text::TokenKind::Punct || in_date[k]);
            let mut keep = Vec::with_capacity(chosen.len());
            for mut c in chosen.drain(..) {
                let comma = tokens[..c.head.0].iter().rposition(|t| t.norm == ",");
                if let (true, Some(k)) = (reports(&c) && closing(&c) && c.source.is_none(), comma) {
                    let bracket = |t: &Token| t.norm == "(" || t.norm == ")";
                    let own_words = c.head.0 > k + 1 && !tokens[k + 1..c.head.0].iter().any(|t| t.kind == vigie_text::TokenKind::Punct && !bracket(t));
                    if own_words {
                        match groups.iter().rposition(|g| g.start > k && g.end <= c.head.0) {
                            Some(g) => c.source = Some(g),
                            None => continue,
                        }
                    }
                }
                keep.push(c);
            }
            chosen = keep;
        }
        // `threatened to attack`, `a appelé à libérer`, `refused to
        // withdraw`: the act in the infinitive is what the threat, appeal,
        // offer, demand or refusal is about, not an event that happened.
        let governs = |c: &Candidate| lexicon.cameo.get(&c.rule.cameo).is_some_and(|k| GOVERNING_ROOTS.contains(&k.root.as_str()));
        // `, a critiqué` (has criticised) is no `à critiquer`: the
        // normalised forms meet, the written accents tell the auxiliary from
        // the marker.
        // `accuse le Hamas d'avoir tiré`, `accused of having attacked`: a
        // perfect infinitive is marked before its auxiliary.
        let marker_at = |k: usize| pack.is_infinitive_marker(&tokens[k].norm) && !pack.is_auxiliary(&tokens[k].lower());
        let marked = |b: &Candidate| {
            let k = b.head.0;
            (k > 0 && marker_at(k - 1)) || (k > 1 && pack.is_auxiliary(&tokens[k - 1].lower()) && marker_at(k - 2))
        };
        // `is prepared to impose martial law`, `vowed to retaliate`, `est prêt
        // à envoyer de l'aide`: a generic intent takes its kind from the act
        // in its infinitive, as CAMEO pairs acts and intents (force and
        // coercion → threats).
        let intended: Vec<Option<&str>> = chosen
            .iter()
            .map(|a| {
                if a.rule.cameo != GENERIC_INTENT {
                    return None;
                }
                let b = chosen.iter().find(|b| b.clause == a.clause && b.head.0 >= a.head.1 && b.head.0 - a.head.1 <= INFINITIVE_REACH && marked(b))?;
                let k = lexicon.cameo.get(&b.rule.cameo)?;
                if k.root == "03" {
                    return None;
                }
                intent_of(lexicon, k)
            })
            .collect();
        for (c, i) in chosen.iter_mut().zip(intended) {
            c.intended = i;
        }
        let governed: Vec<bool> = chosen
            .iter()
            .map(|b| {
                let marked = marked(b);
                chosen.iter().any(|a| {
                    // `Sudan must return …`: a bare infinitive right after the governing words.
                    let adjacent = a.head.1 == b.head.0 && self.lays_an_obligation(a, &groups, &places);
                    let near = a.clause == b.clause && a.head.1 <= b.head.0;
                    // `will visit Mauritania to mediate`, `sent troops to
                    // fight`: an infinitive of purpose after another act says
                    // what the act was for, not a second act that happened.
                    let purpose = marked && near && a.rule.cameo != GENERIC_STATEMENT && b.head.0 - a.head.1 <= PURPOSE_REACH;
                    // `rejected a US offer to host a summit`, `demanded a
                    // meeting to discuss Croatia's advance`: what follows an
                    // appeal, intent, demand, refusal or threat in its clause
                    // is its content, unless a conjunction starts a new act.
                    let content = || !tokens[a.head.1..b.head.0].iter().any(|t| pack.is_conjunction(&t.norm));
                    // `reiterated its demand that Israel ease restrictions`,
                    // `threatened that it would strike`: the clause right
                    // after the governing words is their content too.
                    // So is one after the governing verb's object when no verb or
                    // punctuation stands between (`demanded an admission by Moscow
                    // that its forces murdered…`).
                    // A comma before the clause ends the content (`demanded talks, but
                    // troops killed…`).
                    let between = |f: &dyn Fn(&Token) -> bool| clause_ranges[b.clause].start >= a.head.1 && !tokens[a.head.1..clause_ranges[b.clause].start].iter().any(f);
                    let punct = |t: &Token| t.kind == vigie_text::TokenKind::Punct;
                    let object_then_clause = || between(&|t: &Token| punct(t) || self.lang.verb_forms.contains(&t.norm));
                    let complement = b.clause == a.clause + 1
                        && (clause_ranges[b.clause].start.saturating_sub(a.head.1) <= COMPLEMENT_REACH && between(&punct) || object_then_clause());
                    // `pour dénoncer les coupes envisagées par le gouvernement`:
                    // a participle with no auxiliary that describes what a
                    // criticism or protest is about belongs to its object.
                    let describes_object = near
                        && b.head.0 > 0
                        && !pack.is_auxiliary(&tokens[b.head.0 - 1].lower())
                        && pack.is_bare_participle(&tokens[b.head.0].lower())
                        && lexicon.cameo.get(&a.rule.cameo).is_some_and(|k| DESCRIBED_OBJECT_ROOTS.contains(&k.root.as_str()))
                        && content();
                    // `a condamné l'attentat contre l'ambassade`: an act a
                    // criticism or protest names as its object, with no
                    // author of its own in its phrase, is what it is about,
                    // not a second act by the critic (as `condemned the
                    // attack on`, which no English row reads without `by`).
                    let criticised_act = near
                        && b.rule.flags.nominal
                        && b.source.is_none()
                        && lexicon.cameo.get(&a.rule.cameo).is_some_and(|k| DESCRIBED_OBJECT_ROOTS.contains(&k.root.as_str()))
                        && content();
                    // `claimed responsibility for an attack targeting
                    // Christians`, `a nié toute responsabilité dans l'attaque
                    // qui a tué trois soldats`: the act a claim or a denial
                    // of responsibility is about is its object, told again.
                    let responsibility_for = near && RESPONSIBILITY_CODES.contains(&a.rule.cameo.as_str()) && content();
                    // `accused Russia of violating the truce and shelling
                    // Kharkiv`: every gerund an accusation or criticism puts
                    // after its preposition, coordinated ones too, is what it
                    // alleges, not an act of the accuser; an auxiliary or a
                    // stop between starts a clause of its own.
                    let alleged = || {
                        if !near {
                            return false;
                        }
                        let between = &tokens[a.head.1..b.head.0];
                        b.source.is_none()
                            && pack.is_gerund(&tokens[b.head.0].norm)
                            && lexicon.cameo.get(&a.rule.cameo).is_some_and(|k| k.root == ALLEGATION_ROOT)
                            && between.iter().any(|t| pack.is_genitive(&t.norm) || pack.is_group_break(&t.norm))
                            && !between.iter().any(|t| punct(t) && t.norm != "," || pack.is_auxiliary(&t.lower()))
                    };
                    purpose || describes_object || criticised_act || responsibility_for || alleged() || self.restates_protest(a, b, near && content()) || governs(a) && (complement || near && (adjacent || marked && b.head.0 - a.head.1 <= INFINITIVE_REACH || content()))
                })
            })
            .collect();
        // `India did not condemn the Russian invasion of Ukraine`: an act
        // named with its own author as the object of a criticism or protest
        // is presupposed by it, whatever qualifies the criticism.
        let criticised_by: Vec<Option<usize>> = chosen
            .iter()
            .map(|b| {
                let source = b.source.filter(|_| b.rule.flags.nominal)?;
                let phrase_start = b.head.0.min(groups[source].start);
                chosen
                    .iter()
                    .filter(|a| a.clause == b.clause && a.head.1 <= phrase_start)
                    .filter(|a| lexicon.cameo.get(&a.rule.cameo).is_some_and(|k| DESCRIBED_OBJECT_ROOTS.contains(&k.root.as_str())))
                    .filter(|a| !tokens[a.head.1..phrase_start].iter().any(|t| t.kind == vigie_text::TokenKind::Punct || pack.is_conjunction(&t.norm)))
                    .map(|a| a.head.0)
                    .last()
            })
            .collect();
        for (b, by) in chosen.iter_mut().zip(criticised_by) {
            b.criticised_by = by;
        }
        // `Moscou a nié que ses soldats ont attaqué Kiev`, `dément avoir
        // bombardé`, `denied supplying drones`: the act in the clause right
        // after a denial (a verb row flagged `denial`), or in the infinitive
        // or gerund it governs, is what is denied — an event, negated.
        let denied: Vec<bool> = chosen
            .iter()
            .map(|b| {
                let k = b.head.0;
                let nonfinite = marked(b) || pack.is_gerund(&tokens[k].norm) || k > 0 && (pack.is_auxiliary(&tokens[k - 1].lower()) || pack.is_gerund(&tokens[k - 1].norm));
                chosen.iter().any(|a| {
                    // `did not deny that…`, `n'a pas nié que…`: what a denial
                    // that did not happen is about is not denied.
                    let denial_negated = || {
                        cues.iter().any(|q| {
                            q.kind == CueKind::Negated
                                && q.literals.iter().any(|l| l.1 <= a.head.0 && a.head.0 - l.1 <= REFUSAL_REACH && l.0 >= clause_ranges[a.clause].start)
                        })
                    };
                    let start = clause_ranges[b.clause].start;
                    let plain = |from: usize, to: usize| !tokens[from..to].iter().any(|t| t.kind == vigie_text::TokenKind::Punct || pack.is_conjunction(&t.norm));
                    let that_clause = b.clause == a.clause + 1 && start >= a.head.1 && start - a.head.1 <= COMPLEMENT_REACH && plain(a.head.1, start);
                    // `dément avoir attaqué`: a perfect infinitive right after the denial.
                    let perfect_infinitive = k == a.head.1 && pack.is_auxiliary(&tokens[k].lower());
                    let governed_verb = b.clause == a.clause && a.head.1 <= k && k - a.head.1 <= INFINITIVE_REACH && (nonfinite || perfect_infinitive) && plain(a.head.1, k);
                    // `Russia denies its troops attacked Ukraine`: a clause
                    // with no `that`, its subject right after the denial.
                    let bare_clause = b.clause == a.clause
                        && !nonfinite
                        && a.head.1 < k
                        && plain(a.head.1, k)
                        && self.denied_subject_before(a.head.1, k, &groups);
                    a.rule.flags.denial && (that_clause || governed_verb || bare_clause) && !denial_negated()
                })
            })
            .collect();
        for (b, &d) in chosen.iter_mut().zip(&denied) {
            b.denied = d;
            // `denies Russian troops attacked`: the actor right before the
            // denied verb is its subject, not the denier before it.
            if d && b.source.is_none() {
                b.source = groups.iter().position(|g| g.end == b.head.0 && self.lang.verb_forms.contains(&tokens[b.head.0].norm));
            }
        }
        let governed: Vec<bool> = governed.iter().zip(&denied).map(|(g, d)| *g && !d).collect();
        let mut chosen: Vec<Candidate> = chosen.into_iter().zip(governed).filter(|(_, g)| !g).map(|(c, _)| c).collect();
        // `a threat to boycott`, `des efforts pour mettre fin`: a verb in the
        // infinitive a noun governs names that noun's content — the threat of
        // the act, or an act only planned or attempted.
        let noun_frames: Vec<Option<NounFrame>> = chosen
            .iter_mut()
            .map(|b| {
                if b.rule.flags.nominal || !marked(b) || b.head.0 < 2 {
                    return None;
                }
                // `la menace de la Russie de boycotter`: the noun's author
                // may stand between it and the infinitive.
                let marker = b.head.0 - 1;
                let noun = match groups.iter().find(|g| g.end == marker && g.start >= 2) {
                    Some(g) => {
                        let genitive = (0..g.start).rev().find(|&k| !pack.is_determiner(&tokens[k].norm)).filter(|&k| pack.is_genitive(&tokens[k].norm))?;
                        genitive.checked_sub(1)?
                    }
                    None => marker - 1,
                };
                let frame = pack.governing_noun(&tokens[noun].norm)?;
                if frame == NounFrame::Threat {
                    let k = lexicon.cameo.get(b.intended.unwrap_or(b.rule.cameo.as_str()))?;
                    if GOVERNING_ROOTS.contains(&k.root.as_str()) {
                        return None;
                    }
                    b.intended = Some(intent_of(lexicon, k).filter(|c| c.starts_with("13")).unwrap_or(GENERIC_THREAT));
                }
                Some(frame)
            })
            .collect();
        let mut out = Vec::new();
        let mut seen = HashSet::new();
        let mut attack_phrases: Vec<Mention> = Vec::new();
        for (c, frame) in chosen.iter().zip(&noun_frames) {
            let mut mentions = self.mentions_for(c, &groups, &places, &clause_ranges, &cues, &dates, &reporters);
            // `Grève des enseignants contre la réforme`: when the most specific
            // reading finds no actor, a shorter one from the same word may
            // (`grève des {S}`), as long as it overlaps no other chosen one.
            // One starting later may be an infinitive the longer one governs
            // (`appelé les Français à renoncer`), so it is not tried.
            let mut used = c;
            if mentions.is_empty() {
                for d in displaced.iter().filter(|d| d.head.0 == c.head.0 && chosen.iter().all(|o| std::ptr::eq(o, c) || !overlap(o, d))) {
                    mentions = self.mentions_for(d, &groups, &places, &clause_ranges, &cues, &dates, &reporters);
                    if !mentions.is_empty() {
                        used = d;
                        break;
                    }
                }
            }
            let framed = framed_infinitives.iter().any(|&marker| marker < used.head.0 && used.head.0 <= marker + FRAMED_INFINITIVE_REACH);
            if let Some((comma, segment_end)) = self.toll_segment(used, &groups) {
                // `shelled Juba, killing about 20 people`, `ont bombardé la
                // ville, tuant vingt personnes`: a participle after a comma
                // that tells what an act of force did is its toll, not a
                // second attack — unless its own phrase names another victim.
                let comma_at = tokens[comma].start;
                let end_at = tokens.get(segment_end).map_or(usize::MAX, |t| t.start);
                mentions.retain(|m| {
                    !out.iter().any(|o: &Mention| {
                        is_force_code(&o.cameo)
                            && o.factuality == Factuality::Asserted
                            && o.spans.verb.1 <= comma_at
                            && o.source == m.source
                            && (m.target.is_none() || m.target == o.target || m.spans.target.is_some_and(|s| s.0 < comma_at || s.0 >= end_at))
                    })
                });
            }
            // `A bombing killed one U.S. soldier and wounded two others`: a
            // second act of force right after `and`, by the same author, that
            // counts its victims without naming them is the first one's toll.
            let conjoined = used.head.0 > 0 && pack.is_conjunction(&tokens[used.head.0 - 1].norm);
            let counted = tokens.get(used.verb_end).is_some_and(|t| t.kind == vigie_text::TokenKind::Number || self.lang.pack.cardinals.contains_key(&t.norm));
            if conjoined && force(used) && counted && !groups.iter().any(|g| g.start >= used.verb_end && g.start - used.verb_end <= COMPLEMENT_REACH + 1) {
                mentions.retain(|m| !out.iter().any(|o: &Mention| is_force_code(&o.cameo) && o.factuality == m.factuality && o.source == m.source && o.spans.verb.1 <= m.spans.verb.0));
            }
            // `Pakistan's air strikes on Afghan territory killed 46 people`,
            // `les frappes russes sur Kharkiv ont tué dix civils`: an attack
            // named by its noun as the subject of a killing is its author's
            // one act; the killing is its toll.
            if !used.rule.flags.nominal && is_force_code(used.intended.unwrap_or(used.rule.cameo.as_str())) {
                // Its victims are the attacked country's (`dix civils` of Kharkiv's Ukraine).
                let country = |code: &Option<String>| code.as_deref().and_then(|c| c.get(..3)).map(str::to_string);
                mentions.retain(|m| {
                    !attack_phrases.iter().any(|o: &Mention| {
                        o.spans.source == m.spans.source && o.spans.verb.1 <= m.spans.verb.0 && (m.target.is_none() || country(&m.target) == country(&o.target))
                    })
                });
            }
            if used.rule.flags.nominal && mentions.iter().all(|m| is_force_code(&m.cameo)) {
                attack_phrases.extend(mentions.iter().filter(|m| m.factuality == Factuality::Asserted).cloned());
            }
            for mut m in mentions {
                // `Greece plans to impose…`: a plan word its subject states is
                // the intent's own cue; a schedule or an attempt states none.
                if m.rule.ends_with(INTENT_RULE_SUFFIX) {
                    if framed || *frame == Some(NounFrame::Hypothetical) {
                        continue;
                    }
                    if seen.insert((m.source.clone(), m.target.clone(), m.cameo.clone())) {
                        out.push(m);
                    }
                    continue;
                }
                if framed && m.factuality == Factuality::Asserted {
                    m.factuality = Factuality::Planned;
                }
                if m.factuality == Factuality::Asserted {
                    match frame {
                        Some(NounFrame::Planned) => m.factuality = Factuality::Planned,
                        Some(NounFrame::Hypothetical) => m.factuality = Factuality::Hypothetical,
                        _ => {}
                    }
                }
                if seen.insert((m.source.clone(), m.target.clone(), m.cameo.clone())) {
                    out.push(m);
                }
            }
        }
        if out.is_empty() {
            for c in &withdrawn_reports {
                out.extend(self.mentions_for(c, &groups, &places, &clause_ranges, &cues, &dates, &[]));
            }
        }
        (out, groups)
    }

    /// Whether a negation belongs to another predicate than the candidate's
    /// verb: one after the verb inside a relative clause that follows it (`un
    /// recul pour Macron qui s'était fait fort de ne pas céder`), or one
    /// before a comma that opens a participle clause holding the verb (`ne
    /// s'est pas exprimé, se contentant d'effectuer une visite`, `did not
    /// speak, preferring to visit`): the participle is a predicate of its
    /// own, asserted.
    fn negation_of_another_predicate(&self, c: &Candidate, q: &Cue) -> bool {
        if q.kind != CueKind::Negated {
            return false;
        }
        let pack = &self.lang.pack;
        // A French negation stands before its verb, an English one before or
        // right after it: one after the verb phrase and a comma (`Dans un pays
        // où les entreprises versent des milliards, il ne faut pas…`) is the
        // next clause's.
        if q.start >= c.verb_end {
            // `a promis à ses partisans de ne pas se rassembler`: a negation
            // right after an infinitive marker negates the infinitive.
            let marker = |t: &Token| pack.is_infinitive_marker(&t.norm) && !pack.is_auxiliary(&t.lower());
            if q.start > 0 && marker(&self.tokens[q.start - 1]) {
                return true;
            }
            return self.tokens[c.verb_end..q.start].iter().any(|t| pack.is_relative_pronoun(&t.norm) || t.norm == ",");
        }
        if q.end > c.head.0 {
            return false;
        }
        if self.coordinated_after_negation(c, q) {
            return true;
        }
        // Only the last comma before the verb counts: `did not, according
        // to officials, attack` still denies the attack.
        let Some(comma) = self.tokens[q.end..c.head.0].iter().rposition(|t| t.norm == ",").map(|k| q.end + k) else {
            return false;
        };
        let mut k = comma + 1;
        while k < c.head.0 && pack.is_reflexive(&self.tokens[k].norm) {
            k += 1;
        }
        k <= c.head.0 && self.tokens.get(k).is_some_and(|t| t.kind == vigie_text::TokenKind::Word && pack.is_gerund(&t.norm))
    }

    /// Whether a conjunction between a negation and the candidate's verb
    /// opens a predicate of its own: one followed by an auxiliary (`a martelé
    /// qu'il n'abandonnerait pas la réforme et a dénoncé`, `would not
    /// abandon it and has denounced`), or one right before a verb in a past
    /// tense when the negated verb is bare (`said it would not abandon the
    /// reform and denounced`). A participle that shares the negated
    /// auxiliary (`n'a pas critiqué et dénoncé`, `had not criticized and
    /// denounced`) stays negated.
    fn coordinated_after_negation(&self, c: &Candidate, q: &Cue) -> bool {
        let pack = &self.lang.pack;
        let Some(k) = self.tokens[q.end..c.head.0].iter().rposition(|t| pack.is_conjunction(&t.norm)).map(|k| q.end + k) else {
            return false;
        };
        let next = &self.tokens[k + 1];
        if pack.is_auxiliary(&next.lower()) {
            return true;
        }
        let bare_negated = self.tokens.get(q.end).is_some_and(|t| !pack.has_verb_ending(&t.norm));
        k + 1 == c.head.0 && pack.has_verb_ending(&next.norm) && bare_negated
    }

    /// Whether a schedule or plan belongs to a reduced clause after the
    /// verb's own phrase: one opened by a comma and a planning word (`launched
    /// war games, expected to be joined later by…`, `a lancé des manœuvres,
    /// prévues pour durer dix jours`, `arrived in Pyongyang, due to sign`).
    /// What that clause plans is its own; the act before the comma took
    /// place. A noun that names the act (`talks, expected to open Monday`)
    /// is what such a clause describes, so it stays planned.
    fn plan_of_a_reduced_clause(&self, c: &Candidate, q: &Cue, cues: &[Cue]) -> bool {
        if !matches!(q.kind, CueKind::Planned | CueKind::Intent) || q.scope != CueScope::Clause || c.rule.flags.nominal || q.start <= c.verb_end {
            return false;
        }
        let opens_after_comma = |k: &Cue| {
            matches!(k.kind, CueKind::Planned | CueKind::Intent) && k.start > c.verb_end && k.start <= q.start && self.tokens[k.start - 1].norm == ","
        };
        cues.iter().any(opens_after_comma)
    }

    /// Whether, after an actor and a comma, a noun phrase the lexicons do not
    /// know stands right before the verb (`Malgré les appels du ministre,
    /// les organisateurs de la marche ont annoncé`, `Despite appeals from the
    /// minister, the organisers announced`): that phrase is the verb's
    /// subject, and the actor before the comma is not.
    fn unknown_subject_between(&self, from: usize, verb: usize, groups: &[Group]) -> bool {
        let Some(comma) = self.tokens.get(from..verb).and_then(|ts| ts.iter().rposition(|t| t.norm == ",")).map(|k| from + k) else {
            return false;
        };
        let pack = &self.lang.pack;
        let phrase = &self.tokens[comma + 1..verb];
        phrase.len() >= 2
            && pack.is_determiner(&phrase[0].norm)
            // Common nouns only: a capitalised word (`the US vice-president`)
            // may name an actor in part.
            && phrase.iter().all(|t| t.kind != vigie_text::TokenKind::Punct && !t.capitalised)
            && phrase.iter().any(|t| t.kind == vigie_text::TokenKind::Word && !pack.is_function_word(&t.norm) && !pack.is_determiner(&t.norm))
            && !groups.iter().any(|g| g.start > comma && g.start < verb)
    }

    /// For an act of force told by a participle that opens the segment after
    /// a comma (`…, killing about 20 people`, `…, killing or wounding 50`,
    /// `…, tuant vingt personnes`): the comma and where that segment ends.
    fn toll_segment(&self, c: &Candidate, groups: &[Group]) -> Option<(usize, usize)> {
        let pack = &self.lang.pack;
        let code = c.intended.unwrap_or(c.rule.cameo.as_str());
        let gerund = |t: &Token| pack.is_gerund(&t.norm) || self.lang.verb_forms.contains(&t.norm) && pack.has_gerund_ending(&t.norm);
        if !is_force_code(code) || !gerund(&self.tokens[c.head.0]) {
            return None;
        }
        let comma = self.tokens[..c.head.0].iter().rposition(|t| t.norm == ",")?;
        let opens = self.tokens.get(comma + 1).is_some_and(gerund);
        if !opens || groups.iter().any(|g| g.start > comma && g.start < c.head.0) {
            return None;
        }
        let end = (c.verb_end..self.tokens.len()).find(|&k| self.tokens[k].norm == ",").unwrap_or(self.tokens.len());
        Some((comma, end))
    }

    /// Whether the words from `from` to the verb form at `verb` are one
    /// actor and nothing else: the subject of a clause with no `that`
    /// (`denies [its troops] attacked`).
    fn denied_subject_before(&self, from: usize, verb: usize, groups: &[Group]) -> bool {
        verb < self.tokens.len()
            && self.lang.verb_forms.contains(&self.tokens[verb].norm)
            && groups.iter().any(|g| g.end == verb && (from..=from + 1).contains(&g.start))
    }

    /// Whether the verb form at `head` stands where only a noun or an
    /// adjective can: after a determiner (not one that opens a clause, such
    /// as `that`, nor one right after an actor, an object pronoun there) or
    /// after a genitive that introduces no infinitive (`of fighting`).
    fn names_no_act(&self, head: usize, groups: &[Group], governs_a_clause: bool) -> bool {
        let pack = &self.lang.pack;
        // A row that opens with a noun (`état d'alerte …`) is meant to follow
        // one; a gerund (`the fighting`, a literal in the rows) is not.
        let gerund = pack.is_gerund(&self.tokens[head].norm);
        if !self.lang.verb_forms.contains(&self.tokens[head].norm) && !gerund {
            return false;
        }
        // `enjoyed support from`, `launched attacks on`: right after a
        // lower-case word with the pack's verb ending, outside any actor's
        // name, a verb form is that verb's object, a noun — unless it is
        // itself a participle or gerund (`reported launching`, `believed
        // kidnapped`, `believed struck by`).
        if head > 0 && !gerund && !pack.has_verb_ending(&self.tokens[head].norm) {
            let before = &self.tokens[head - 1];
            let in_name = groups.iter().any(|g| g.start < head && head - 1 < g.end);
            let agent_after = self.tokens.get(head + 1).is_some_and(|t| pack.is_passive_agent(&t.norm));
            if before.kind == vigie_text::TokenKind::Word && !before.capitalised && !in_name && !agent_after && pack.has_verb_ending(&before.norm) {
                return true;
            }
        }
        // `two days of fierce fighting`, `the brutal slaying of`: adjectives
        // may stand between a gerund, or a verb form with a genitive after it,
        // and its determiner; it is then a noun. Other verb forms after a
        // determiner and a word are a clause (`the directors said`).
        let genitive_after = self.tokens.get(head + 1).is_some_and(|t| pack.is_genitive(&t.norm) && !pack.is_passive_agent(&t.norm));
        // `until their political demands are met`: a verb form right before
        // an auxiliary is the auxiliary's subject, a noun.
        let auxiliary_after = self.tokens.get(head + 1).is_some_and(|t| pack.is_passive_auxiliary(&t.norm) || pack.is_auxiliary(&t.norm));
        let mut at = head;
        while (gerund || genitive_after || auxiliary_after) && at > 0 && head - at < 2 && self.is_plain_word(at - 1) && !groups.iter().any(|g| g.start < at && at <= g.end) {
            at -= 1;
        }
        // `a statement demanding that Israel…` (`that` is also a
        // determiner), `un communiqué exigeant la libération`: a participle
        // after its noun that takes an object is a verb, whatever stands
        // before the noun.
        // A verb of appeal, demand, intent, refusal or threat governs what
        // follows it (`exigeant qu'Israël libère`, `calling on Israel to`).
        let takes_object = self.tokens.get(head + 1).is_some_and(|t| pack.is_determiner(&t.norm) || groups.iter().any(|g| g.start == head + 1));
        if gerund && at < head && (takes_object || governs_a_clause) {
            return false;
        }
        // `an investigation into alleged crimes`, `arrested for alleged
        // spying`: a past participle right after a preposition, before a
        // plain word, qualifies that word.
        let after_preposition = head > 0 && !pack.is_passive_agent(&self.tokens[head - 1].norm) && pack.is_group_break(&self.tokens[head - 1].norm);
        if !pack.adjectives_follow_noun && after_preposition && pack.has_verb_ending(&self.tokens[head].norm) && head + 1 < self.tokens.len() && self.is_plain_word(head + 1) {
            return true;
        }
        let Some(before) = at.checked_sub(1).map(|k| &self.tokens[k]) else { return false };
        let opens_clause = pack.clause_breaks.iter().any(|p| p.len() == 1 && p[0] == before.norm);
        // `Kim Jong Un s'est engagé`: a name may end in a determiner's form.
        let after_actor = groups.iter().any(|g| g.end + 1 == at || (g.start < at && at <= g.end));
        let determined = pack.is_determiner(&before.norm) && !opens_clause && !after_actor;
        determined || (pack.is_genitive(&before.norm) && !pack.is_infinitive_marker(&before.norm))
    }

    /// Whether the verb form at `head` ends a noun compound after a country
    /// adjective (`two Israeli air raids last Friday`, `a US drone strike
    /// on …`): where adjectives precede their noun, adjective + noun + verb
    /// form reads as one noun phrase when what follows cannot be an object:
    /// the end, punctuation, a preposition, a date or another verb (`a US
    /// drone strike killed`). With an object (`Israeli warplanes struck the
    /// port`, `Russian jets bombed Aleppo`) it stays a verb.
    fn ends_a_noun_compound(&self, head: usize, groups: &[Group], in_date: &[bool], force_verb: bool) -> bool {
        let pack = &self.lang.pack;
        // `Saudi jets are bombing`: a row that opens with its auxiliary is a verb.
        let auxiliary = |t: &Token| pack.is_auxiliary(&t.norm) || pack.is_passive_auxiliary(&t.norm);
        if pack.adjectives_follow_noun || head < 2 || auxiliary(&self.tokens[head]) {
            return false;
        }
        // `before the Hamas attack.`, `since the Russian offensive`: a
        // determiner, one actor's name or adjective and the bare form of a
        // verb of force name the actor's attack; a determiner is no subject's.
        let named_attack = || {
            let Some(g) = groups.iter().find(|g| g.end == head && g.start > 0) else { return false };
            force_verb
                && !pack.has_verb_ending(&self.tokens[head].norm)
                && g.actors.len() == 1
                && g.actors.iter().all(|a| a.agent.is_none())
                && pack.is_determiner(&self.tokens[g.start - 1].norm)
        };
        let compound = if !self.is_plain_word(head - 1) {
            named_attack()
        } else {
            match groups.iter().find(|g| g.end == head - 1) {
                Some(adjective) => self.names_the_means(adjective) && !adjective.actors.iter().any(|a| a.agent.is_some()),
                None => self.opens_a_noun_phrase_before(head, groups),
            }
        };
        if !compound {
            return false;
        }
        match self.tokens.get(head + 1) {
            None => true,
            Some(t) => {
                t.kind == vigie_text::TokenKind::Punct
                    || pack.is_group_break(&t.norm)
                    || pack.is_one_word_locative(t.lower())
                    || pack.is_date_preposition(&t.norm)
                    || in_date.get(head + 1).copied().unwrap_or(false)
                    || self.lang.verb_forms.contains(&t.norm)
                    || pack.is_gerund(&t.norm)
            }
        }
    }

    /// `Palestinian prisoners rioted Monday`, `Kurdish workers demonstrated
    /// in Ankara`: protesting takes no object, so its past form after an
    /// adjective and a noun cannot be a participle describing them; it is
    /// the clause's verb, not the end of a noun compound (`Israeli air
    /// raids`).
    fn past_of_a_protest(&self, c: &Candidate) -> bool {
        c.rule.cameo.starts_with(PROTEST_ROOT) && self.lang.pack.has_verb_ending(&self.tokens[c.head.0].norm)
    }

    /// Whether the plain words right before the verb form at `head` (`a
    /// bomb attack`, `the first such attack`, `the biggest politically
    /// motivated cyber attack`) run back to a determiner or a number that
    /// opens their noun phrase, no actor among them: the verb form is then
    /// the phrase's head noun. A past form (`the minister's aide
    /// resigned`) stays a verb, and so does one after a determiner that
    /// opens a clause (`that`) or follows an actor (an object pronoun), and
    /// so does a gerund.
    fn opens_a_noun_phrase_before(&self, head: usize, groups: &[Group]) -> bool {
        let pack = &self.lang.pack;
        // A gerund after its noun (`a statement calling on`) is left to `names_no_act`.
        let form = &self.tokens[head].norm;
        if pack.has_verb_ending(form) || pack.is_gerund(form) {
            return false;
        }
        let in_group = |k: usize| groups.iter().any(|g| g.start <= k && k < g.end);
        let mut at = head;
        while at > 0 && head - at < NOUN_COMPOUND_REACH && self.is_plain_word(at - 1) && !in_group(at - 1) {
            at -= 1;
        }
        let Some(opener) = at.checked_sub(1) else { return false };
        if at == head || in_group(opener) {
            return false;
        }
        let t = &self.tokens[opener];
        let opens_clause = pack.clause_breaks.iter().any(|p| p.len() == 1 && p[0] == t.norm);
        let after_actor = opener > 0 && in_group(opener - 1);
        let determiner = pack.is_determiner(&t.norm) && !opens_clause && !after_actor;
        determiner || t.kind == vigie_text::TokenKind::Number || pack.is_cardinal(t)
    }

    /// Whether the statement verb at `head` names rather than reports: a
    /// short quotation opens right after it (`dit « Hemetti »`) and what
    /// stands before it is a comma or a plain noun outside any actor
    /// (`procès dit « … »`), so no subject, pronoun or auxiliary.
    fn gives_a_name(&self, head: usize, groups: &[Group]) -> bool {
        let pack = &self.lang.pack;
        let is_open = |k: usize| self.tokens.get(k).is_some_and(|t| matches!(t.norm.as_str(), "«" | "\"" | "“"));
        let is_close = |t: &vigie_text::Token| matches!(t.norm.as_str(), "»" | "\"" | "”");
        // `soulignant « l'urgence »`, `s'est déclaré « surpris »`: a gerund or
        // a perfect reports.
        let verb = &self.tokens[head];
        let auxiliary_before = self.tokens[head.saturating_sub(AUXILIARY_REACH)..head].iter().any(|t| pack.is_auxiliary(&t.norm) || pack.is_passive_auxiliary(&t.norm));
        if head == 0 || !is_open(head + 1) || pack.is_gerund(&verb.norm) || auxiliary_before {
            return false;
        }
        let quoted = &self.tokens[(head + 2).min(self.tokens.len())..(head + 2 + NAME_QUOTE_REACH).min(self.tokens.len())];
        if !quoted.iter().any(is_close) {
            return false;
        }
        let before = &self.tokens[head - 1];
        let in_actor = groups.iter().any(|g| g.start < head && head - 1 < g.end);
        before.norm == ","
            || before.kind == vigie_text::TokenKind::Word
                && !in_actor
                && !pack.is_function_word(&before.norm)
                && !pack.is_subject_pronoun(&before.norm)
                && !pack.is_auxiliary(&before.norm)
                && !pack.has_verb_ending(&before.norm)
    }

    /// Whether the verb form at `head`, no gerund, comes right after a
    /// preposition that is no infinitive marker (`bans on travel to`).
    fn follows_a_preposition(&self, head: usize) -> bool {
        let pack = &self.lang.pack;
        let Some(before) = head.checked_sub(1).map(|k| &self.tokens[k]) else { return false };
        let preposition = pack.is_group_break(&before.norm) || pack.is_date_preposition(&before.norm);
        preposition && !pack.is_infinitive_marker(&before.norm) && !pack.is_gerund(&self.tokens[head].norm) && self.lang.verb_forms.contains(&self.tokens[head].norm)
    }

    /// A lower-case word that is no function word, determiner, preposition
    /// or verb form of the lexicon: an adjective or a noun, as far as the
    /// coder can tell.
    fn is_plain_word(&self, k: usize) -> bool {
        let pack = &self.lang.pack;
        let t = &self.tokens[k];
        t.kind == vigie_text::TokenKind::Word
            && !t.capitalised
            && !pack.is_function_word(&t.norm)
            && !pack.is_determiner(&t.norm)
            && !pack.is_group_break(&t.norm)
            && !pack.is_genitive(&t.norm)
            && !self.lang.verb_forms.contains(&t.norm)
    }

    /// Whether a group is only a country adjective on an ordinary noun
    /// (`Israeli shelling`, `frappes russes`), which then says whose the
    /// thing is.
    fn names_the_means(&self, g: &Group) -> bool {
        let [a] = g.actors.as_slice() else { return false };
        if a.is_named() || a.person.is_some() || a.organisation.is_some() || a.country.is_none() {
            return false;
        }
        let pack = &self.lang.pack;
        let plain = |t: Option<&Token>| {
            t.is_some_and(|t| {
                t.kind == vigie_text::TokenKind::Word
                    && !t.capitalised
                    && !pack.is_function_word(&t.norm)
                    && !pack.is_determiner(&t.norm)
                    && !pack.is_group_break(&t.norm)
            })
        };
        // `tués dans des tirs de chars israéliens`: the force's machine the
        // adjective qualifies is itself the means.
        let machine = self.tokens.get(g.start).is_some_and(|t| self.lang.equipment.contains(&t.norm));
        if pack.adjectives_follow_noun {
            machine || plain(g.start.checked_sub(1).map(|k| &self.tokens[k]))
        } else {
            plain(self.tokens.get(g.end))
        }
    }

    /// Whether a group is a country or a capital alone after a locative
    /// (`in Syria`, `à Moscou`): where something happens, not who acts.
    fn says_only_where(&self, g: &Group) -> bool {
        let [a] = g.actors.as_slice() else { return false };
        let bare = a.is_seat_only() || a.names_only_a_country() && a.ethnic.is_none();
        // `released in the Rwandan capital alleged…`: an adjective names whose, not where.
        bare && a.is_named() && a.country.is_some() && self.locative_before(g.start)
    }

    /// Whether a country named after a locative only says where the place
    /// right before it lies (`the town of Cizre in southeastern Turkey`,
    /// `Gao, au Mali`): the place's own country, it names no one.
    fn locates_a_place(&self, g: &Group, places: &[PlaceMention]) -> bool {
        let [a] = g.actors.as_slice() else { return false };
        let Some(country) = a.country.as_deref().filter(|_| a.names_only_a_country()) else { return false };
        if !self.locative_before(g.start) {
            return false;
        }
        let lexicon = self.coder.lexicon;
        places.iter().any(|p| p.end <= g.start && g.start - p.end <= LOCATIVE_REACH && lexicon.places[p.place].country == country)
    }

    /// Whether the place starting at `start` is named as a town, village or
    /// neighbourhood (`the town of Cizre`, `le village de Moura`: a
    /// `settlement` phrase word and a genitive right before it).
    fn named_as_settlement(&self, start: usize) -> bool {
        let mut k = start;
        if k > 0 && self.lang.pack.is_genitive(&self.tokens[k - 1].norm) {
            k -= 1;
        } else {
            return false;
        }
        k > 0 && self.lang.settlements.contains(&self.tokens[k - 1].norm)
    }

    /// `A roadside bombing near Samarra killed one U.S. soldier`, `were
    /// killed by an improvised explosive device outside Basra`, `tués dans
    /// un attentat à Kaboul`: force named by its means (the verb's subject,
    /// or a noun right after a passive: `actors/phrase_words.tsv`, kind
    /// `attack_means`) with no author in the text is the act of unidentified
    /// armed men of the country where it happened — country + UAF, as
    /// Phoenix and PLOVER code it. The place is one a locative gives in the
    /// clause (or a country or capital named after one: `in Iraq`), else any
    /// in the clause, else a capital, else the dateline; with none, or a
    /// place of no country (a sea), no one is named and there is no event.
    /// Returns the attacker, standing on the means, and the place if it is one.
    fn unattributed_attacker(&self, c: &Candidate, groups: &[Group], places: &[PlaceMention], clause: &std::ops::Range<usize>) -> Option<(Group, Option<usize>)> {
        let code = c.intended.unwrap_or(c.rule.cameo.as_str());
        if c.rule.flags.symmetric || !is_force_code(code) {
            return None;
        }
        let tokens = self.tokens;
        let plain = |k: &usize| tokens[*k].kind != vigie_text::TokenKind::Punct;
        let means = |k: &usize| actors::names_attack_means(tokens, *k, self.lang);
        let at = if c.rule.flags.passive || self.is_passive(c) {
            (c.verb_end..clause.end.min(c.verb_end + OBJECT_PLACE_REACH)).take_while(plain).find(means)
        } else {
            (clause.start..c.head.0).rev().take_while(plain).find(means)
        }?;
        let lexicon = self.coder.lexicon;
        let in_clause = |p: &PlaceMention| clause.contains(&p.start) && !p.dateline;
        // A country or a capital is an actor, not a place (`in Iraq`, `in
        // eastern Beirut`): where it only says where, it gives the country.
        let country_named_as_place = |g: &Group, after_locative: bool| {
            let [a] = g.actors.as_slice() else { return None };
            // A capital alone is its government's seat (country + GOV).
            let bare = a.is_seat_only() || a.names_only_a_country();
            let located = if after_locative { self.locative_before(g.start) } else { a.is_seat_only() };
            (bare && clause.contains(&g.start) && located).then(|| a.country.clone()).flatten()
        };
        // `five policemen in Afghanistan`: where an actor of the clause stands.
        let stationed = || groups.iter().filter(|g| clause.contains(&g.start)).flat_map(|g| &g.actors).find_map(|a| a.stationed_in.clone());
        let place_country = |i: usize| (lexicon.places[places[i].place].country.clone(), Some(i));
        let (country, place) = places
            .iter()
            .position(|p| in_clause(p) && self.locative_before(p.start))
            .map(place_country)
            .or_else(|| groups.iter().find_map(|g| country_named_as_place(g, true)).or_else(stationed).map(|k| (k, None)))
            .or_else(|| places.iter().position(in_clause).map(place_country))
            .or_else(|| groups.iter().find_map(|g| country_named_as_place(g, false)).map(|k| (k, None)))
            .or_else(|| places.iter().position(|p| p.dateline).map(place_country))?;
        lexicon.country_place(&country)?;
        let attacker = Actor::unidentified_armed_force(country, at, at + 1);
        Some((Group { start: at, end: at + 1, actors: vec![attacker] }, place))
    }

    /// Whether a row names its target before its verb and has no source
    /// slot (`{T} must`): an obligation laid on the target by whoever
    /// states it.
    /// The slot may hold a place that ends the subject's phrase (`the
    /// rebels in Darfur must`): the subject is then who is bound.
    fn lays_an_obligation(&self, c: &Candidate, groups: &[Group], places: &[PlaceMention]) -> bool {
        !c.rule.pattern.has_slot(Slot::Source)
            && (c.target.is_some_and(|t| groups[t].end <= c.head.0) || c.target.is_none() && c.target_place.is_some_and(|p| places[p].end <= c.head.0))
    }

    /// Who speaks with a statement verb: the actor right before it in its
    /// clause (`the White House announced`), else right after it (`…, said
    /// a spokesman for the Israeli prime minister`).
    fn reporter_of(&self, c: &Candidate, groups: &[Group], clause: &std::ops::Range<usize>) -> Option<usize> {
        let no_punct = |from: usize, to: usize| !self.tokens[from..to].iter().any(|t| t.kind == vigie_text::TokenKind::Punct);
        // `The Red Cross operating in Iraq said`: a place-like complement
        // after a preposition is not who speaks.
        let after_preposition = |g: &Group| {
            g.start > 0 && {
                let before = &self.tokens[g.start - 1];
                self.lang.pack.is_group_break(&before.norm) || self.locative_before(g.start)
            }
        };
        // `The Nigerian Union of Teachers (NUT) announced`: the name's
        // abbreviation in brackets stands between the speaker and its verb.
        let near = |g: &Group| {
            let from = if g.end <= c.head.0 { self.after_bracketed_abbreviation(g.end, c.head.0) } else { g.end };
            g.start >= clause.start && g.end <= c.head.0 && c.head.0 - from <= REPORTER_REACH && no_punct(from, c.head.0)
        };
        let nearest = groups.iter().rposition(near);
        let speaker = nearest.and_then(|n| {
            if !after_preposition(&groups[n]) {
                return Some(n);
            }
            groups[..n].iter().rposition(|g| g.start >= clause.start && !after_preposition(g) && no_punct(g.end, c.head.0)).or(Some(n))
        });
        speaker
            .or_else(|| {
                groups.iter().position(|g| {
                    g.start >= c.verb_end && g.end <= clause.end && g.start - c.verb_end <= REPORTER_REACH && no_punct(c.verb_end, g.start)
                })
            })
            .or_else(|| self.subject_before_apposition(c, groups, clause))
    }

    /// `Croatian authorities are failing to uphold the rights of refugees,
    /// a human rights group protested`: after the sentence's last comma, an
    /// actor right before the verb (an auxiliary between at most), while
    /// the words before the comma have a verb of their own, is the verb's
    /// subject; the first actor of the sentence is the subject of that other
    /// verb. Returns the subject's group and the comma.
    fn closing_subject(&self, c: &Candidate, groups: &[Group]) -> Option<(usize, usize)> {
        let pack = &self.lang.pack;
        let tokens = &self.tokens;
        if c.rule.cameo == GENERIC_STATEMENT || tokens[c.verb_end..].iter().any(|t| t.norm == ",") {
            return None;
        }
        let k = tokens[..c.head.0].iter().rposition(|t| t.norm == ",")?;
        let g = groups.iter().rposition(|g| g.start > k && g.end <= c.head.0)?;
        if !tokens[groups[g].end..c.head.0].iter().all(|t| pack.is_auxiliary(&t.norm)) || pack.relative_clause_around(tokens, k.saturating_sub(1)).is_some() {
            return None;
        }
        let first = groups.iter().position(|h| h.end <= k)?;
        let own_verb = tokens[groups[first].end..k].iter().any(|t| pack.is_auxiliary(&t.norm) || self.lang.verb_forms.contains(&t.norm));
        own_verb.then_some((g, k))
    }

    /// A disapproval or protest told after the sentence's last comma by its
    /// own subject, naming no one (`…, a human rights group protested`), is
    /// aimed at the subject of what precedes the comma.
    fn disapproved_before(&self, c: &Candidate, groups: &[Group], source: Option<usize>, lexicon: &Lexicon) -> Option<usize> {
        let root = lexicon.cameo.get(c.rule.cameo.as_str())?.root.as_str();
        if !matches!(root, "11" | "14") {
            return None;
        }
        let (g, k) = self.closing_subject(c, groups)?;
        if source != Some(g) {
            return None;
        }
        groups.iter().position(|h| h.end <= k && h.actors.iter().any(Actor::has_code))
    }

    /// `Nigeria, the largest country, announced`, `The Nigerian Union of
    /// Teachers, the umbrella union for teachers, announced`: the actor that
    /// opens the clause, then an apposition between two commas (no verb in
    /// it) right before the statement verb: the actor speaks.
    fn subject_before_apposition(&self, c: &Candidate, groups: &[Group], clause: &std::ops::Range<usize>) -> Option<usize> {
        let pack = &self.lang.pack;
        let tokens = &self.tokens;
        // `…, a annoncé`: an auxiliary may stand between the comma and the verb.
        let mut closing = c.head.0;
        while closing > 0 && pack.is_auxiliary(&tokens[closing - 1].norm) {
            closing -= 1;
        }
        if closing < 2 || tokens[closing - 1].norm != "," {
            return None;
        }
        let closing = closing - 1;
        let g = groups.iter().position(|g| g.start >= clause.start && g.end < closing && tokens[clause.start..g.start].iter().all(|t| pack.is_determiner(&t.norm)))?;
        // `The Nigerian Union of Teachers (NUT), …`: past the name's abbreviation.
        let opening = self.after_bracketed_abbreviation(groups[g].end, closing);
        let apposition = tokens.get(opening + 1..closing)?;
        let plain = |t: &Token| t.norm != "," && !self.lang.verb_forms.contains(&t.norm);
        (tokens[opening].norm == "," && !apposition.is_empty() && apposition.iter().all(plain)).then_some(g)
    }

    /// Where what follows a name resumes after the name's abbreviation in
    /// brackets right after it (`Union of Teachers (NUT)`: one word, in
    /// capitals, before `to`); `from` itself when there is none.
    fn after_bracketed_abbreviation(&self, from: usize, to: usize) -> usize {
        let t = &self.tokens[from..to];
        let abbreviation = |w: &Token| w.kind == vigie_text::TokenKind::Word && w.all_caps;
        if t.len() >= 3 && t[0].norm == "(" && abbreviation(&t[1]) && t[2].norm == ")" {
            from + 3
        } else {
            from
        }
    }

    /// Whether the candidate is a passive participle, its row's words ending
    /// with it, followed right away by an infinitive marker, with no agent
    /// named anywhere in the rest of its clause (`is scheduled to attend`).
    fn frames_an_infinitive(&self, c: &Candidate, clause: &std::ops::Range<usize>) -> bool {
        let pack = &self.lang.pack;
        let next = c.head.0 + 1;
        // The marker may be one of the row's words (`<ask> {T}? to`, `<inviter>
        // .. à .. rendre`): the participle still frames what follows it.
        let marker_in_row = c.verb_end == next + 1;
        c.source.is_none()
            && !c.rule.flags.passive
            && (c.verb_end == next || marker_in_row)
            && self.tokens.get(next).is_some_and(|t| pack.is_infinitive_marker(&t.norm))
            && self.is_passive(c)
            && !self.tokens[next..clause.end.min(self.tokens.len())].iter().any(|t| pack.is_passive_agent(&t.norm))
    }

    /// Whether the verb is a participle after a passive auxiliary (`was
    /// attacked`, `ont été tués`), perhaps with an adverb between.
    fn is_passive(&self, c: &Candidate) -> bool {
        let pack = &self.lang.pack;
        let verb = &self.tokens[c.head.0];
        if !pack.may_be_participle(&verb.norm) {
            return false;
        }
        if passive::auxiliary_makes_passive(pack, self.tokens, c.head.0, &c.rule.flags) {
            return true;
        }
        // `sept ressortissants chinois accusés de traite`, `les Émirats,
        // accusés par Khartoum`: in a language whose past needs an auxiliary,
        // a participle without one describes who undergoes the act — unless
        // the verb makes its perfect with `être` (`migrants arrivés aux
        // États-Unis`): then its noun is who acted.
        let opened = self.phrase_opened_after_auxiliary(c);
        let reach = &self.tokens[opened.unwrap_or(c.head.0.saturating_sub(AUXILIARY_REACH))..c.head.0];
        let no_auxiliary = !reach.iter().any(|t| pack.is_auxiliary(&t.norm) || pack.is_passive_auxiliary(&t.norm));
        (!c.rule.flags.perfect_with_be
            && pack.is_bare_participle(&verb.lower())
            && (no_auxiliary || passive::qualifies_noun_after_copula(pack, self.tokens, c.head.0)))
            || no_auxiliary && (opened.is_some() || self.reduces_a_relative(c))
    }

    /// Where the noun phrase before a participle starts when an auxiliary
    /// stands right before it and the phrase opens with a number or an
    /// indefinite determiner, and the participle takes no object (`There
    /// were 10 Russian soldiers killed in Ukraine`, `Il y a eu dix soldats
    /// russes tués en Ukraine`): the auxiliary is the existential's, and
    /// the participle describes what the phrase names. A participle with
    /// an object after it stays a perfect (`a plusieurs fois déploré la
    /// situation`), and so does one after a referring determiner, which
    /// may open a date (`a cette semaine attaqué`).
    fn phrase_opened_after_auxiliary(&self, c: &Candidate) -> Option<usize> {
        let pack = &self.lang.pack;
        let no_object = self.tokens.get(c.verb_end).is_none_or(|t| {
            t.kind == vigie_text::TokenKind::Punct
                || pack.is_function_word(&t.norm) && !pack.is_determiner(&t.norm)
                || pack.is_group_break(&t.norm)
                || pack.is_weekday(t)
        });
        if !no_object {
            return None;
        }
        let opens = |t: &Token| t.kind == vigie_text::TokenKind::Number || pack.is_cardinal(t) || pack.is_determiner(&t.norm) && !pack.is_referring_determiner(&t.norm);
        let plain = |t: &Token| {
            t.kind == vigie_text::TokenKind::Word && !pack.is_function_word(&t.norm) && !pack.is_group_break(&t.norm) && !self.lang.verb_forms.contains(&t.norm)
        };
        let from = c.head.0.saturating_sub(AUXILIARY_REACH);
        let mut k = c.head.0;
        while k > from.max(1) {
            k -= 1;
            let t = &self.tokens[k];
            if opens(t) {
                let before = &self.tokens[k - 1].norm;
                return (k + 1 < c.head.0 && (pack.is_auxiliary(before) || pack.is_passive_auxiliary(before))).then_some(k);
            }
            if !plain(t) {
                return None;
            }
        }
        None
    }

    /// Whether the passive agent word stands before the phrase at `start`
    /// with a qualifier of its own between (`shot down by pro-Russia
    /// rebels`): one that is no actor, no function word and no verb form.
    fn prefixed_agent(&self, start: usize) -> bool {
        let pack = &self.lang.pack;
        let qualifier = |t: &Token| {
            t.norm == "-" || pack.is_determiner(&t.norm) || t.kind == vigie_text::TokenKind::Word && !pack.is_function_word(&t.norm) && !pack.is_group_break(&t.norm) && !self.lang.verb_forms.contains(&t.norm)
        };
        let from = start.saturating_sub(PREFIX_REACH + 1);
        (from..start).rev().take_while(|&k| k + 1 == start || qualifier(&self.tokens[k + 1])).any(|k| k + 1 < start && pack.is_passive_agent(&self.tokens[k].norm))
    }

    /// `In a letter to the UN, Iraq said…`, `Dans une lettre à l'ONU, l'Irak
    /// a dit…`: the comma that closes a phrase opening the clause with a
    /// preposition joins its last actor to the subject as if in a list; a
    /// list of actors ends with a conjunction (`the US, Russia and
    /// Switzerland`), so in a group with none, the actor before that comma
    /// belongs to the phrase, not to the subject.
    fn closes_an_opening_phrase(&self, clause_start: usize, g: &Group, a: &Actor) -> bool {
        let pack = &self.lang.pack;
        g.actors.len() > 1
            && g.start > clause_start
            && self.tokens.get(clause_start).is_some_and(|t| self.opens_with_preposition(t))
            && !self.tokens[g.start..g.end].iter().any(|t| pack.is_conjunction(&t.norm))
            && self.tokens[a.end..g.end].iter().any(|t| t.norm == ",")
            && !self.tokens[clause_start..g.start].iter().any(|t| t.norm == ",")
    }

    /// `In France, Germany and Italy, police arrested…`: an opening phrase
    /// whose list is complete (its conjunction stands before the group's
    /// last comma) ends at that comma; the actors before it say where, and
    /// only what follows the comma is the subject.
    fn in_opening_list(&self, clause_start: usize, g: &Group, a: &Actor) -> bool {
        let pack = &self.lang.pack;
        if g.start <= clause_start || !self.tokens.get(clause_start).is_some_and(|t| self.opens_with_preposition(t)) {
            return false;
        }
        if self.tokens[clause_start..g.start].iter().any(|t| t.norm == ",") {
            return false;
        }
        let Some(last_comma) = (g.start..g.end).rev().find(|&k| self.tokens[k].norm == ",") else { return false };
        a.end <= last_comma && self.tokens[g.start..last_comma].iter().any(|t| pack.is_conjunction(&t.norm)) && g.actors.iter().any(|b| b.start > last_comma)
    }

    /// `Les rebelles se réclament de l'État islamique`: a verb the language
    /// pack says is another verb when pronominal, right after a reflexive
    /// (and any auxiliary, `s'est réclamé`), is not the act its row codes.
    fn pronominal_other_sense(&self, c: &Candidate) -> bool {
        let pack = &self.lang.pack;
        if !pack.has_pronominal_sense(&self.tokens[c.head.0].norm) {
            return false;
        }
        let mut k = c.head.0;
        while k > 0 && pack.is_auxiliary(&self.tokens[k - 1].lower()) {
            k -= 1;
        }
        k > 0 && pack.is_reflexive(&self.tokens[k - 1].norm)
    }

    /// Whether a clause opening with `t` opens with a preposition (`Before`,
    /// `In`, `Dans`, `Avant`): a group break or a one-word locative.
    fn opens_with_preposition(&self, t: &Token) -> bool {
        let pack = &self.lang.pack;
        pack.is_group_break(&t.norm) || pack.is_one_word_locative(t.lower())
    }

    /// Whether `g` stands in an adverbial phrase that opens the clause with
    /// a preposition and ends at its first comma, before the verb (`Before
    /// leaving for Beijing, President Bush met…`, `Avant de partir pour
    /// Pékin, le président…`, `In a letter to the UN, Iraq said…`): what is
    /// named there is not the subject of the verb after the comma.
    fn in_opening_adverbial(&self, clause_start: usize, g: &Group, verb: usize) -> bool {
        let opening = if self.tokens.get(clause_start).is_some_and(|t| self.opens_with_preposition(t)) { Some(clause_start) } else { self.measure_before_preposition(clause_start) };
        if opening.is_none_or(|k| g.start <= k) {
            return false;
        }
        // `In France, Germany and Italy, police…`: a list complete with its
        // conjunction holds commas of its own; the comma right after it closes the phrase.
        let closing = || {
            self.tokens.get(g.end).is_some_and(|t| t.norm == ",")
                && g.end < verb
                && self.tokens[g.start..g.end].iter().any(|t| self.lang.pack.is_conjunction(&t.norm))
                && !self.tokens[clause_start..g.start].iter().any(|t| t.norm == ",")
        };
        (clause_start..verb).find(|&k| self.tokens[k].norm == ",").is_some_and(|comma| g.end <= comma) || closing()
    }

    /// `Quelques minutes après l'intervention d'Emmanuel Macron, le leader
    /// de la France insoumise a pris la parole`, `Two days after …,`: a
    /// measure (a number or a determiner, and a common noun that names no
    /// actor) before a preposition opening the clause still opens an
    /// adverbial phrase; where that preposition stands. So does one word
    /// of degree before it (`Peu avant la proclamation de M. Guaido, la Cour
    /// suprême a annoncé`, `Shortly after …,`): a word that is no verb form.
    fn measure_before_preposition(&self, clause_start: usize) -> Option<usize> {
        let pack = &self.lang.pack;
        let first = self.tokens.get(clause_start)?;
        let noun = self.tokens.get(clause_start + 1)?;
        let degree = first.kind == vigie_text::TokenKind::Word && !pack.is_determiner(&first.norm) && !self.lang.verb_forms.contains(&first.norm);
        if degree && pack.is_group_break(&noun.norm) {
            return Some(clause_start + 1);
        }
        let preposition = self.tokens.get(clause_start + 2)?;
        let measure = first.kind == vigie_text::TokenKind::Number || pack.is_cardinal(first) || pack.is_determiner(&first.norm);
        let common_noun = noun.kind == vigie_text::TokenKind::Word && !noun.capitalised && !pack.is_function_word(&noun.norm) && !self.lang.verb_forms.contains(&noun.norm);
        (measure && common_noun && pack.is_group_break(&preposition.norm)).then_some(clause_start + 2)
    }

    /// Whether an `-ed` form right after its noun and before a preposition
    /// is a participle describing that noun, where the past and the
    /// participle look alike: so before the passive agent word, or when the
    /// noun stands inside a determined genitive phrase (`a member of the Hamas movement jailed over a year
    /// ago`). `Israel jailed over 100 protesters`, `hundreds of Armenians
    /// protested against` keep their verb.
    fn reduces_a_relative(&self, c: &Candidate) -> bool {
        let pack = &self.lang.pack;
        let head = c.head.0;
        if pack.adjectives_follow_noun || head == 0 || c.rule.flags.nominal || !pack.has_verb_ending(&self.tokens[head].norm) {
            return false;
        }
        let before = &self.tokens[head - 1];
        let noun_before = before.kind == vigie_text::TokenKind::Word && !pack.is_function_word(&before.norm) && !pack.has_adverb_ending(&before.norm) && !self.lang.verb_forms.contains(&before.norm);
        let preposition_after = self.tokens.get(c.verb_end).is_some_and(|t| pack.is_group_break(&t.norm));
        if !noun_before || !preposition_after {
            return false;
        }
        // `civilians killed by Russian shelling`, `journalists arrested by
        // Turkish police`: right before the agent word, the form is a
        // participle — unless a gerund or a number follows it, which tell
        // the means or the measure of an act (`retaliated by bombing`).
        let agent_after = c.literals.len() <= 1
            && pack.is_passive_agent(&self.tokens[c.verb_end].norm)
            && self.tokens.get(c.verb_end + 1).is_some_and(|t| t.kind == vigie_text::TokenKind::Word && !pack.is_gerund(&t.norm) && !pack.is_cardinal(t));
        if agent_after || self.finite_verb_follows(c) {
            return true;
        }
        // `of the … movement`, not `hundreds of Armenians protested`: a
        // determined noun phrase after the genitive.
        let from = head.saturating_sub(RELATIVE_GENITIVE_REACH);
        (from..head - 1).any(|k| {
            let t = &self.tokens[k];
            pack.is_genitive(&t.norm) && !pack.is_passive_agent(&t.norm) && self.tokens.get(k + 1).is_some_and(|d| pack.is_determiner(&d.norm))
        })
    }

    /// `The civilians imprisoned for acting against Moscow were released`:
    /// after a noun phrase opening the sentence, an `-ed` form then, in the
    /// same clause and a few words on, an auxiliary and a participle (the
    /// sentence's own verb): the `-ed` form only describes the noun. Any
    /// word that may open a clause (`but`, `that`, `because`), a
    /// conjunction, a relative or subject pronoun or punctuation between
    /// leaves the form a verb (`The army attacked from the north but was
    /// repelled`).
    fn finite_verb_follows(&self, c: &Candidate) -> bool {
        let pack = &self.lang.pack;
        let head = c.head.0;
        let opens = self.tokens[..head - 1].iter().all(|t| pack.is_determiner(&t.norm) || pack.is_cardinal(t) || t.capitalised);
        if !opens {
            return false;
        }
        let end = self.tokens.len().min(c.verb_end + FINITE_VERB_REACH);
        for k in c.verb_end..end {
            let t = &self.tokens[k];
            if t.kind == vigie_text::TokenKind::Punct || pack.may_start_clause_break(t.sym) || pack.is_conjunction(&t.norm) || pack.is_relative_pronoun(&t.norm) || pack.is_subject_pronoun(&t.norm) {
                return false;
            }
            if pack.is_passive_auxiliary(&t.norm) || pack.is_auxiliary(&t.norm) {
                // `were released`, `have been freed`.
                let been = self.tokens.get(k + 1).is_some_and(|n| pack.is_passive_auxiliary(&n.norm));
                let verb = self.tokens.get(k + 1 + usize::from(been));
                return verb.is_some_and(|v| !pack.is_gerund(&v.norm) && (pack.is_bare_participle(&v.lower()) || pack.has_verb_ending(&v.norm)));
            }
        }
        false
    }

    /// Whether a locative (`à`, `dans`, `in`) introduces the phrase at
    /// `start`, directly or through a short head (`dans l'oblast occupé de
    /// Donetsk`), without crossing punctuation.
    /// An honorific before a name (`M.`, `Mme`, `Mr`), or the full stop
    /// that closes it.
    fn is_honorific(&self, t: &Token) -> bool {
        t.norm == "." || (t.capitalised && self.lang.pack.is_abbreviation(t.norm.trim_end_matches('.')))
    }

    /// Whether the sentence opens with a topic before its colon that names a
    /// body the lexicons do not know, as a proper name does: an acronym
    /// (`SNCF :`, `RATP :`) or several capitalised words (`Thales Alenia
    /// Space :`), with no actor or place among them.
    fn topic_names_an_unknown_body(&self, groups: &[Group], places: &[PlaceMention]) -> bool {
        let Some(colon) = self.tokens.iter().take(DATELINE_REACH + 1).position(|t| t.norm == ":") else { return false };
        let words: Vec<&Token> = self.tokens[..colon].iter().filter(|t| t.kind == vigie_text::TokenKind::Word).collect();
        let acronym = words.iter().any(|t| t.all_caps && t.norm.chars().count() >= 2);
        let capitalised = words.iter().filter(|t| t.capitalised).count();
        let proper_name = !words.is_empty() && words.iter().all(|t| t.capitalised || self.lang.pack.is_function_word(&t.norm)) && (acronym || capitalised >= 2);
        proper_name && !groups.iter().any(|g| g.start < colon) && !places.iter().any(|p| p.start < colon)
    }

    /// Whether a country's name, a capital or a place ends a longer proper
    /// name that running text introduces (`19 rue Mendès France`, `organisé
    /// par Bleuet de France`, `la Banque de France`, `the Bank of England`,
    /// `le navire-école Juan Sebastián`): a
    /// capitalised word of no entry, with or without a genitive, right before
    /// it, itself after a lower-case word. That names a person, a street or
    /// a body, not the country. The lower-case word keeps title-case
    /// headlines (`Macron Visits Germany`) out.
    fn ends_a_longer_proper_name(&self, e: &EntityMatch, entities: &[EntityMatch]) -> bool {
        let names_a_country = e.refs.iter().any(|r| matches!(r, EntityRef::Country { kind: vigie_lexicon::CountryKind::Name | vigie_lexicon::CountryKind::Capital, .. } | EntityRef::Place(_)));
        if !names_a_country || e.start < 2 {
            return false;
        }
        let pack = &self.lang.pack;
        let mut k = e.start - 1;
        if pack.is_genitive(&self.tokens[k].norm) {
            k -= 1;
        }
        let word = &self.tokens[k];
        let capitalised_unknown = word.kind == vigie_text::TokenKind::Word
            && word.capitalised
            && !pack.is_function_word(&word.norm)
            // `rue Mendès France`: a word that only names a place elsewhere
            // (Mendes, Brazil) is no actor that could stand before a country.
            && !entities.iter().any(|o| o.start <= k && k < o.end && !o.refs.iter().all(|r| matches!(r, EntityRef::Place(_))));
        // `le roi Willem-Alexander des Pays-Bas`: after a person's title the
        // name is the person's, and the country says whose title it is;
        // after a body's word (`l'association Bleuet de France`) it is still
        // the body's name.
        let titled = entities.iter().any(|o| {
            o.start < k && k - 1 < o.end && o.refs.iter().any(|r| matches!(r, EntityRef::Title(_)) || matches!(r, EntityRef::Agent(a) if a == "GOV" || a == "ELI"))
        });
        // `in Western Cambodia`, `in Christian Beirut`: right after a
        // locative the capitalised word qualifies the place; a name's first
        // word follows a noun (`rue`) or a genitive (`le PDG de Nicoll France`).
        // `dans l'Ouest du Cambodge`: past a determiner.
        let before = &self.tokens[k.saturating_sub(1)];
        let mut p = k.saturating_sub(1);
        while p > 0 && pack.is_determiner(&self.tokens[p].norm) {
            p -= 1;
        }
        let preposition = &self.tokens[p];
        // Only before a country or a capital: a town after a first name is
        // often a surname (`sur Jérôme Rodrigues`).
        let country_or_capital = e.refs.iter().any(|r| matches!(r, EntityRef::Country { kind: vigie_lexicon::CountryKind::Name | vigie_lexicon::CountryKind::Capital, .. }));
        let after_preposition = country_or_capital && pack.is_one_word_locative(preposition.lower());
        capitalised_unknown && k > 0 && before.kind == vigie_text::TokenKind::Word && !before.capitalised && !titled && !after_preposition
    }

    /// The opening and closing brackets around token `i`, when it stands
    /// inside a parenthesised remark (the closing one, or the sentence's
    /// end when it is missing).
    fn bracket_around(&self, i: usize) -> Option<(usize, usize)> {
        let open = self.tokens[..i].iter().rposition(|t| t.norm == "(" || t.norm == ")").filter(|&k| self.tokens[k].norm == "(")?;
        let close = self.tokens[i..].iter().position(|t| t.norm == ")").map_or(self.tokens.len(), |k| i + k);
        Some((open, close))
    }

    /// `« Trump dit qu'il fermera les yeux », a déclaré Cavusoglu`: a bare
    /// statement inside a quotation, in a sentence whose own statement verb
    /// stands outside it, is what the quoted speaker says, not an act of
    /// the one it names. Heads of the statements to drop.
    fn quoted_statements(&self, chosen: &[Candidate]) -> Vec<usize> {
        let outside = chosen.iter().any(|c| c.rule.cameo == GENERIC_STATEMENT && self.quotation_around(c.head.0).is_none());
        if !outside {
            return Vec::new();
        }
        chosen.iter().filter(|c| c.rule.cameo == GENERIC_STATEMENT && self.quotation_around(c.head.0).is_some()).map(|c| c.head.0).collect()
    }

    /// `Emmanuel Macron « divise la France », a estimé lundi la tête de
    /// liste du RN`: a statement verb opening an incise right after a
    /// quotation is said by who follows it; an actor inside the quotation
    /// is what is said, never the speaker, so with no speaker found after
    /// the verb nobody known speaks.
    fn quoted_subject_of_incise(&self, c: &Candidate, subject: Option<usize>, groups: &[Group], clause_end: usize) -> bool {
        // `Mahamat Déby, dit « Kaka », assure que…`: a verb whose clause
        // ends with it opens what is said; it is no incise.
        if c.rule.cameo != GENERIC_STATEMENT || clause_end <= c.verb_end {
            return false;
        }
        let Some(k) = self.tokens[..c.head.0].iter().rposition(|t| t.norm == ",") else { return false };
        if c.head.0 - k > INCISE_VERB_REACH || groups.iter().any(|g| g.start > k && g.start < c.head.0) {
            return false;
        }
        // `…, tout en assurant`: a gerund or a preposition before the verb
        // makes it the subject's own act, no incise.
        if self.lang.pack.is_gerund(&self.tokens[c.head.0].norm) || self.tokens[k + 1..c.head.0].iter().any(|t| self.lang.pack.is_group_break(&t.norm)) {
            return false;
        }
        // `…, a-t-il ajouté`: a pronoun speaks for someone named before.
        let end = (c.verb_end + 2).min(self.tokens.len());
        if self.tokens[k..end].iter().any(|t| self.lang.pack.is_subject_pronoun(&t.norm) || t.norm.starts_with('-')) {
            return false;
        }
        // The comma closes the quotation (`»,`, `France,"`): whoever stands
        // before it is in or about what is quoted.
        let closes_quotation = k.checked_sub(1).is_some_and(|p| self.is_quote_mark(p)) || self.is_quote_mark(k + 1);
        closes_quotation && subject.is_some_and(|g| groups[g].end <= k)
    }

    /// Whether a group stands inside a quotation that closes right before
    /// the verb (`« Nous frapperons Kiev », a averti Poutine`), the verb
    /// itself standing outside any quotation: the incise's verb.
    fn quoted_before_incise(&self, c: &Candidate, g: &Group) -> bool {
        let Some((_, close)) = self.quotation_around(g.start) else { return false };
        close < c.head.0 && c.head.0 - close <= INCISE_VERB_REACH + 1 && g.end <= close && self.quotation_around(c.head.0).is_none()
    }

    /// Whether token `i` is a quotation mark (the comma closing a quotation
    /// stands right before or right after it: `»,`, `France,"`).
    fn is_quote_mark(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| matches!(t.norm.as_str(), "«" | "»" | "“" | "”" | "\""))
    }

    /// The quotation marks around token `i` (`«…»`, `“…”`, or a pair of
    /// straight quotes, counted from the sentence's start), if it is quoted.
    fn quotation_around(&self, i: usize) -> Option<(usize, usize)> {
        let before = &self.tokens[..i];
        let after = &self.tokens[i..];
        for (open, close) in [("«", "»"), ("“", "”")] {
            let k = before.iter().rposition(|t| t.norm == open || t.norm == close).filter(|&k| self.tokens[k].norm == open);
            if let Some(k) = k {
                return Some((k, after.iter().position(|t| t.norm == close).map_or(self.tokens.len(), |e| i + e)));
            }
            // A closing mark with no opening one before it: the quotation began in an earlier sentence.
            let first_after = after.iter().position(|t| t.norm == open || t.norm == close);
            if let Some(e) = first_after.filter(|&e| after[e].norm == close && !before.iter().any(|t| t.norm == open || t.norm == close)) {
                return Some((0, i + e));
            }
        }
        let straight: Vec<usize> = before.iter().enumerate().filter(|(_, t)| t.norm == "\"").map(|(k, _)| k).collect();
        let straight_after = after.iter().filter(|t| t.norm == "\"").count();
        if straight.len() % 2 == 1 {
            let close = after.iter().position(|t| t.norm == "\"").map_or(self.tokens.len(), |e| i + e);
            return straight.last().map(|&k| (k, close));
        }
        // An odd number of straight quotes, all after the word: the first closes a quotation begun earlier.
        if straight.is_empty() && straight_after % 2 == 1 {
            return after.iter().position(|t| t.norm == "\"").map(|e| (0, i + e));
        }
        None
    }

    fn locative_before(&self, start: usize) -> bool {
        let pack = &self.lang.pack;
        let lowest = start.saturating_sub(LOCATIVE_REACH);
        let mut k = start;
        loop {
            let hit = pack.locatives.iter().any(|phrase| {
                k >= phrase.len() && phrase.iter().zip(&self.tokens[k - phrase.len()..k]).all(|(p, t)| *p == t.lower())
            });
            if hit {
                return true;
            }
            if k == 0 || k <= lowest || self.tokens[k - 1].kind == vigie_text::TokenKind::Punct {
                return false;
            }
            k -= 1;
        }
    }

    /// Whether a date is a point of reference (`depuis 1968`, `since the
    /// 1990s`, `than in May 1968`): the word before it, past determiners and
    /// year markers, opens a period running to the present or a comparison.
    fn is_reference_date(&self, d: &DateExpr) -> bool {
        let pack = &self.lang.pack;
        let before = self.tokens[..d.start].iter().rev().find(|t| !pack.is_determiner(&t.norm) && !pack.is_year_marker(&t.norm) || pack.is_reference_date(&t.norm));
        before.is_some_and(|t| pack.is_reference_date(&t.norm))
    }

    /// Where the language's idiom rows match around the candidates' own
    /// words (token ranges): only there can one veto a candidate, so the
    /// rest of the sentence is not read again.
    fn idiom_spans(&self, candidates: &[Candidate]) -> Vec<(usize, usize)> {
        let first = candidates.iter().filter_map(|c| c.literals.first()).map(|l| l.0).min().unwrap_or(0);
        let last = candidates.iter().filter_map(|c| c.literals.last()).map(|l| l.1).max().unwrap_or(0);
        let from = first.saturating_sub(IDIOM_REACH);
        let to = (last + IDIOM_REACH).min(self.tokens.len());
        if from >= to {
            return Vec::new();
        }
        let window = &self.tokens[from..to];
        let mut out = Vec::new();
        for (rule, starts) in self.lang.idiom_candidates(window).iter() {
            out.extend(rule.pattern.find_at(window, &NoSlots, starts).iter().map(|m| (m.start + from, m.end + from)));
        }
        out
    }

    fn cues(&self) -> Vec<Cue> {
        let mut out = Vec::new();
        for (rule, starts) in self.lang.cue_candidates(self.tokens).iter() {
            for m in rule.pattern.find_at(self.tokens, &NoSlots, starts) {
                out.push(Cue { kind: rule.kind, scope: rule.scope, start: m.start, end: m.end, literals: m.literals });
            }
        }
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn mentions_for(
        &self,
        c: &Candidate,
        groups: &[Group],
        places: &[PlaceMention],
        clause_ranges: &[std::ops::Range<usize>],
        cues: &[Cue],
        dates: &[DateExpr],
        reporters: &[Reporter],
    ) -> Vec<Mention> {
        let lexicon = self.coder.lexicon;
        let clause = &clause_ranges[c.clause];
        let in_clause = |g: &&Group| g.start >= clause.start && g.end <= clause.end;
        // A reporter after the event (`…, a Jordanian official confirmed`)
        // takes no part in it.
        let reports_after = |g: &Group| reporters.iter().any(|r| groups[r.group].start == g.start && r.verb > c.head.0);
        let attributed = |g: &Group| self.lang.pack.in_attribution(self.tokens, g.start) || reports_after(g);
        // A reporter before it (`Police said 40,000 Hungarians marched`) is
        // its source only when the reported clause names no other subject
        // (`Hungary said it will support`).
        let reports_before = |g: &Group| {
            reporters.iter().any(|r| groups[r.group].start == g.start && r.verb_end <= c.head.0 && groups[r.group].start < c.head.0)
        };
        // `Iraq shelled Basra after launching the offensive`: a gerund right
        // after the word that opens its clause inside the sentence has the
        // sentence's subject, as a participle after a comma does.
        // Not a statement's content (`said that removing the sanctions is…`).
        let reported = reporters.iter().any(|r| r.verb_end <= clause.start && clause.start - r.verb_end <= 3);
        let gerund_of_main = clause.start > 0 && c.head.0 == clause.start + 1 && self.lang.pack.is_gerund(&self.tokens[c.head.0].norm) && !reported;
        let subject = if self.continues_main_clause(c.head.0) || gerund_of_main {
            // `Cette visite marque une étape dans les relations entre A et B,
            // renforçant ainsi leur coopération`: the participle's subject is
            // the sentence's, here a thing: no actor, no event.
            groups.first().filter(|g| g.start <= MAIN_SUBJECT_REACH).map(|_| 0)
        } else {
            // `La Russie, qui n'a pas attaqué l'Ukraine, a menacé la Pologne`:
            // an actor inside a relative clause that does not hold the verb
            // describes a noun; it is not the verb's subject.
            let relative_span = |g: &Group| self.lang.pack.relative_clause_around(self.tokens, g.start).filter(|r| !r.contains(&c.head.0));
            // `A bombing killed one U.S. soldier and wounded two others`: a
            // verb right after a conjunction shares the subject of the verb
            // before it, never that verb's object.
            let subject_end = if c.head.0 > clause.start && self.lang.pack.is_conjunction(&self.tokens[c.head.0 - 1].norm) {
                (clause.start..c.head.0 - 1).rev().find(|&k| self.lang.verb_forms.contains(&self.tokens[k].norm)).unwrap_or(c.head.0)
            } else {
                c.head.0
            };
            // `Accès à la nationalité italienne : lancement d'un référendum
            // proposant…`: what opens a sentence before its colon is the
            // topic of what follows, not the subject of its verbs.
            let topic = |g: &Group| self.tokens[g.end..c.head.0].iter().any(|t| t.norm == ":");
            // `In Syria, rebels attacked…`, `A car bomb in Afghanistan
            // killed…`: a country or capital after a locative says where.
            // `If Hezbollah does not withdraw, Israel will attack`, `S'il ne se
            // retire pas, Israël attaquera`: an actor inside a condition closed
            // by punctuation before the verb is the condition's subject.
            let in_leading_condition = |g: &Group| {
                cues.iter().any(|k| {
                    matches!(k.kind, CueKind::Condition | CueKind::Ultimatum)
                        && k.start <= g.start
                        && g.end <= c.head.0
                        && self.tokens[g.end..c.head.0].iter().any(|t| t.kind == vigie_text::TokenKind::Punct)
                })
            };
            let before_verb = |g: &&Group| {
                in_clause(g)
                    && g.end <= subject_end
                    && !attributed(g)
                    && relative_span(g).is_none()
                    && !topic(g)
                    && !in_leading_condition(g)
                    && !self.says_only_where(g)
                    && !self.in_opening_adverbial(clause.start, g, c.head.0)
                    && !self.unknown_subject_between(g.end, subject_end, groups)
            };
            // There the main clause resumes after the relative clause, whose
            // antecedent, right before it, is the subject.
            let antecedent = || {
                let relative = self.lang.pack.relative_clause_around(self.tokens, clause.start + 1).filter(|r| r.end < c.head.0 && r.start <= clause.start + 1)?;
                groups.iter().rposition(|g| g.end <= relative.start && relative.start - g.end <= 1 && !attributed(g))
            };
            // `Russia attacked Kharkiv and Ukraine shelled Belgorod`: an actor
            // right after a conjunction and right before the verb is its subject.
            // So is one right after a subordinator (`resigned Sunday as the
            // opposition threatened to storm his residence`).
            let conjoined = || {
                groups.iter().rposition(|g| {
                    let mut k = g.start;
                    while k > clause.start && self.lang.pack.is_determiner(&self.tokens[k - 1].norm) {
                        k -= 1;
                    }
                    // A subordinator opens a clause only after a main clause's
                    // verb (`Russia as well as China condemned` is one subject).
                    let subordinate = |k: usize| self.lang.pack.is_subordinator(&self.tokens[k].norm) && self.tokens[clause.start..k].iter().any(|t| self.lang.verb_forms.contains(&t.norm));
                    before_verb(&g) && c.head.0 - g.end <= 2 && k > clause.start && (self.lang.pack.is_conjunction(&self.tokens[k - 1].norm) || subordinate(k - 1))
                })
            };
            // `Police said hundreds of Kenyans marched`: the reported clause's
            // own subject follows the statement verb closely; else (`Hungary
            // said it will support`) the speaker acts.
            let reported_subject = |g: &Group| {
                reporters.iter().any(|r| {
                    r.verb_end <= g.start
                        && self.tokens[r.verb_end..g.start].iter().filter(|t| t.kind == vigie_text::TokenKind::Word).count() <= REPORTED_SUBJECT_REACH
                })
            };
            // A verb inside a relative clause: an actor right after the
            // pronoun and right before the verb is its subject (`l'Allemagne
            // nazie dont le Kremlin a dit …`); with no actor between them, the
            // pronoun is the subject and stands for the actor right before it
            // (`L'Allemagne, qui a condamné Israël, …`, `Germany, which
            // condemned Israel, …`).
            let relative_subject = || {
                let relative = self.lang.pack.relative_clause_around(self.tokens, c.head.0).filter(|r| r.contains(&c.head.0))?;
                // `qui secoue la France et appelant`: across a conjunction the
                // verb is another clause's.
                let joined = |g: &Group| {
                    self.tokens[g.end..c.head.0].iter().any(|t| t.kind == vigie_text::TokenKind::Punct || self.lang.pack.is_conjunction(&t.norm))
                };
                let inner = groups.iter().rposition(|g| {
                    in_clause(&g)
                        && g.start > relative.start
                        && g.start - relative.start <= INNER_SUBJECT_REACH + 2
                        && g.end <= c.head.0
                        && c.head.0 - g.end <= INNER_SUBJECT_REACH
                        && !joined(g)
                        && !attributed(g)
                });
                if inner.is_some() || groups.iter().any(|g| g.start > relative.start && g.start < c.head.0) {
                    return inner;
                }
                // `aux forces de soutien rapide (RSF) qui combattent`: an
                // abbreviation in brackets stands between a name and its pronoun.
                let bracketed = |g: &Group| {
                    let between = &self.tokens[g.end..relative.start];
                    between.len() >= 2 && between[0].norm == "(" && between[between.len() - 1].norm == ")"
                };
                groups.iter().rposition(|g| g.end <= relative.start && (relative.start - g.end <= 1 || bracketed(g)) && !attributed(g))
            };
            // `l'appui des Émirats aux forces … qui combattent l'armée`: the
            // pronoun of a relative clause is its verb's subject; where it
            // stands for a noun that names no actor, the verb has no actor
            // subject, and the clause's other actors are not it.
            let in_relative = self.lang.pack.relative_clause_around(self.tokens, c.head.0).is_some_and(|r| r.contains(&c.head.0));
            // `Hungary said that it will support…`, `la Russie a annoncé
            // qu'elle libérera…`: a subject pronoun in a clause that opens
            // right after a statement verb is its speaker.
            let speaker = || {
                let pronoun = self.tokens[clause.start..c.head.0].iter().any(|t| self.lang.pack.is_subject_pronoun(&t.norm));
                if !pronoun || groups.iter().any(|g| before_verb(&g)) {
                    return None;
                }
                // `announced on Sunday that he will…`: a date may stand
                // between the statement verb and its clause.
                let dated = |k: usize| {
                    let t = &self.tokens[k];
                    dates.iter().any(|d| d.start <= k && k < d.end) || self.lang.pack.is_weekday(t) || self.lang.pack.is_day_part(&t.norm) || self.lang.pack.is_date_preposition(&t.norm)
                };
                let opens_after_verb = |r: &&Reporter| {
                    let gap = clause.start - r.verb_end;
                    gap <= 1 || gap <= REPORTED_DATE_REACH && (r.verb_end..clause.start - 1).all(dated)
                };
                reporters.iter().filter(|r| groups[r.group].end <= r.verb && r.verb_end <= clause.start).find(opens_after_verb).map(|r| r.group)
            };
            // `In a letter to the UN, Iraq said it would allow…`: a subject
            // pronoun right after the statement verb is its speaker, whatever
            // actor stands earlier in the clause.
            let pronoun_after_speaker = || {
                reporters
                    .iter()
                    .find(|r| {
                        groups[r.group].end <= r.verb
                            && r.verb_end <= c.head.0
                            && self.tokens[r.verb_end..c.head.0].iter().take(REPORTED_SUBJECT_REACH).any(|t| self.lang.pack.is_subject_pronoun(&t.norm))
                            && !groups.iter().any(|g| g.start >= r.verb_end && g.end <= c.head.0)
                    })
                    .map(|r| r.group)
            };
            // `Israel, after weeks of talks, agreed…`: a clause opened by a
            // subordinating break set in commas right after an actor that
            // is all of the clause before it belongs to that actor's verb.
            let incise_owner = || {
                let previous = clause_ranges.get(c.clause.checked_sub(1)?)?;
                if previous.end != clause.start || clause.start < 2 || self.tokens[clause.start - 1].norm != "," {
                    return None;
                }
                groups.iter().position(|g| {
                    g.end + 1 == clause.start && g.start >= previous.start && self.tokens[previous.start..g.start].iter().all(|t| self.lang.pack.is_determiner(&t.norm))
                })
            };
            if in_relative {
                relative_subject()
            } else {
                // `Le chef de l'armée, le président Goïta, a rencontré`: an
                // agent word alone that a named actor in apposition follows
                // is not the subject; the named actor is.
                let may_act = |g: &Group| {
                    let mut next = g.end + 1;
                    while next < c.head.0 && self.lang.pack.is_determiner(&self.tokens[next].norm) {
                        next += 1;
                    }
                    let apposed = self.tokens.get(g.end).is_some_and(|t| t.norm == ",")
                        && groups.iter().any(|h| h.start == next && h.end <= c.head.0 && h.actors.iter().any(Actor::has_code));
                    g.actors.iter().any(Actor::has_code) || !apposed
                };
                // `police dispersed demonstrators protesting the results`: a
                // gerund right after an actor is that actor's act (a reduced
                // relative), not the act of the clause's subject. After a
                // preposition or another grammatical word, a gerund with no
                // object (`killed in Russian artillery shelling in Kherson`) is
                // the noun the phrase ends on; one with an object (`fired at
                // students protesting the law`) is still their act.
                let participle_of = || {
                    if !self.lang.pack.is_gerund(&self.tokens[c.head.0].norm) {
                        return None;
                    }
                    let after_preposition = |g: &Group| {
                        let mut k = g.start;
                        while k > clause.start && self.lang.pack.is_determiner(&self.tokens[k - 1].norm) {
                            k -= 1;
                        }
                        k > 0 && (self.lang.pack.is_function_word(&self.tokens[k - 1].norm) || self.lang.pack.is_group_break(&self.tokens[k - 1].norm))
                    };
                    let takes_object = self.tokens.get(c.verb_end).is_some_and(|t| t.kind == vigie_text::TokenKind::Word && (self.lang.pack.is_determiner(&t.norm) || !self.lang.pack.is_function_word(&t.norm) && !self.lang.pack.is_group_break(&t.norm)));
                    groups.iter().position(|g| g.end == c.head.0 && before_verb(&g) && (takes_object || !after_preposition(g)))
                };
                participle_of()
                    .or_else(conjoined)
                    .or_else(|| self.closing_subject(c, groups).map(|(g, _)| g))
                    .or_else(|| groups.iter().position(|g| before_verb(&g) && may_act(g) && !reports_before(g) && (!reporters.iter().any(|r| r.verb_end <= c.head.0) || reported_subject(g))))
                    .or_else(pronoun_after_speaker)
                    .or_else(|| groups.iter().position(|g| before_verb(&g) && may_act(g)))
                    .or_else(|| groups.iter().position(|g| before_verb(&g)))
                    .or_else(incise_owner)
                    .or_else(antecedent)
                    .or_else(speaker)
            }
        };
        // `craignent que cette alliance renforce…`, `warned that Russia would…`:
        // a verb that ends its clause takes as object the subject of the
        // complement clause right after it.
        let complement_subject = || {
            let next = clause_ranges.get(c.clause + 1)?;
            // `reiterated its demand on Friday that Israel…`: the row's last
            // word ends the verb, and a date after it is no word between.
            let in_date = |k: usize| dates.iter().any(|d| d.start <= k && k < d.end);
            let dated = |k: &usize| in_date(*k) || self.lang.pack.is_date_preposition(&self.tokens[*k].norm) && in_date(*k + 1);
            let between = (c.head.1.max(c.verb_end)..clause.end).filter(|k| !dated(k)).count();
            if between > 1 || next.start != clause.end {
                return None;
            }
            // `shelled Gaza after Hamas fired`: a verb whose object is a
            // place has its object; the next clause is no complement of it.
            if places.iter().any(|p| p.start >= c.verb_end && p.end <= clause.end) {
                return None;
            }
            groups.iter().position(|g| g.start >= next.start && g.start <= next.start + 2 && g.end <= next.end)
        };
        // `invaded South Lebanon, ploughing through the United Nations
        // lines`, `shelled Kharkiv, killing two soldiers`: force on a place
        // named right after the verb (past grammatical words only) has that
        // place as its object; an actor past the punctuation that closes it
        // belongs to what the sentence adds. Where a noun stands between
        // (`fait exploser une bombe sur un marché de Mogadiscio, tuant douze
        // civils`) the place only says where.
        let punct = |t: &Token| t.kind == vigie_text::TokenKind::Punct;
        // (After the row's last word: `mounted its invasion of South Lebanon`.)
        let phrase_end = c.literals.iter().map(|l| l.1).max().unwrap_or(c.verb_end).max(c.verb_end);
        let place_object_end = places
            .iter()
            .filter(|p| {
                is_force_code(&c.rule.cameo)
                    && p.start >= phrase_end
                    && p.start <= phrase_end + OBJECT_PLACE_REACH
                    && p.end <= clause.end
                    && !groups.iter().any(|g| g.start >= c.verb_end && g.start < p.start)
                    && self.tokens[phrase_end..p.start].iter().all(|t| self.only_links(t))
            })
            .map(|p| p.end)
            .min();
        let object = |g: &Group| {
            g.start >= c.verb_end
                && g.end <= clause.end
                && !place_object_end.is_some_and(|e| g.start > e && self.tokens[e..g.start].iter().any(punct))
                && Some(g.start) != c.source.map(|s| groups[s].start)
                && self.may_be_object(g)
                && !attributed(g)
                && !self.locates_a_place(g, places)
                && !self.behind_a_cause(c, g)
                && !self.in_a_time_phrase(c, g)
                && !(c.verb_end..g.start).any(|k| self.opens_a_subordinate_clause(k, groups))
                && !self.destination_before_target(c, g, groups, clause.end)
        };
        // `Syria offered its troops to Lebanon's president`: an agent word
        // without a country is the source's own people when a named actor
        // follows; the named one is what the act is aimed at.
        // `déplacement de Giorgia Meloni, Première ministre italienne, pour
        // rencontrer Donald Trump`: an apposition of who acts (right after
        // it, past a comma) is not what the act is aimed at.
        let after = |source: Option<usize>| {
            // So is what a bracket right after it lists (`l'intersyndicale (CGT, FSU, Solidaires)`).
            let bracketed = |s: usize, g: &Group| {
                self.tokens.get(groups[s].end).is_some_and(|t| t.norm == "(") && !self.tokens[groups[s].end..g.start].iter().any(|t| t.norm == ")")
            };
            let apposed = |g: &Group| {
                source.is_some_and(|s| groups[s].end < g.start && (self.tokens[groups[s].end..g.start].iter().all(|t| t.norm == ",") || bracketed(s, g)))
            };
            let object = |g: &Group| object(g) && !apposed(g);
            groups
                .iter()
                .position(|g| object(g) && g.actors.iter().any(|a| a.has_code() && !a.possessed))
                .or_else(|| groups.iter().position(object))
                .or_else(complement_subject)
        };
        let (source, target) = if self.lays_an_obligation(c, groups, places) {
            // `Russia said that Sudan must return the helicopter`: an
            // obligation laid on {T} is a demand by whoever states it; stated
            // by no one (the article's own voice), it is no event.
            let speaker = reporters.iter().min_by_key(|r| r.verb.abs_diff(c.head.0)).map(|r| r.group);
            (speaker, c.target.or(subject))
        } else if c.rule.flags.passive {
            (c.source, c.target.or(subject))
        } else if self.is_passive(c) {
            // `was attacked by X`, `ont été tués`: the subject suffers the
            // act; the agent, if named, follows `by`/`par`.
            let introduced_by_agent = |start: usize| {
                let mut k = start;
                while k > 0 && self.lang.pack.is_determiner(&self.tokens[k - 1].norm) {
                    k -= 1;
                }
                k > 0 && self.lang.pack.is_passive_agent(&self.tokens[k - 1].norm) || self.prefixed_agent(start)
            };
            // `Les civils emprisonnés pour avoir agi contre Moscou ont été
            // libérés par Poutine`: past the auxiliary of another verb, `par`
            // names that verb's agent. One after an infinitive marker (`pour
            // avoir agi`, `believed to be fired by`) still opens this verb's
            // own complement.
            // (`à` and `a` share their normalised form: the accent tells them apart.)
            let pack = &self.lang.pack;
            let marker = |t: &Token| pack.is_infinitive_marker(&t.norm) && !(pack.is_auxiliary(&t.norm) && t.lower() == t.norm);
            let auxiliary = |t: &Token| (pack.is_auxiliary(&t.norm) || pack.is_passive_auxiliary(&t.norm)) && !marker(t);
            // (`believed to have been fired by`: the whole chain of auxiliaries after the marker.)
            let after_marker = |k: usize| (1..=2).any(|d| k >= d && marker(&self.tokens[k - d]) && (k - d + 1..k).all(|j| auxiliary(&self.tokens[j])));
            let next_auxiliary = (c.verb_end..clause.end).find(|&k| auxiliary(&self.tokens[k]) && !after_marker(k)).unwrap_or(clause.end);
            let agent = groups.iter().position(|g| g.start > c.verb_end && g.end <= clause.end && g.start < next_auxiliary && introduced_by_agent(g.start));
            // An adjectival participle (`les Émirats, accusés par Khartoum`)
            // describes the noun right before it, not the clause's subject.
            let described = || {
                // (`five civilians killed by Russian troops`: so does an
                // English participle reducing a relative clause.)
                if !self.lang.pack.is_bare_participle(&self.tokens[c.head.0].lower()) && !self.reduces_a_relative(c) {
                    return None;
                }
                groups.iter().rposition(|g| in_clause(&g) && g.end <= c.head.0 && c.head.0 - g.end <= 2)
            };
            // `were killed in Israeli tank shelling`, `tués dans des frappes
            // russes`: with no agent named, a country adjective on the means
            // of the act names who acted.
            let means = || {
                groups.iter().position(|g| {
                    g.start >= c.verb_end
                        && g.end <= clause.end
                        && g.start - c.verb_end <= OBJECT_PLACE_REACH
                        && self.names_the_means(g)
                        && !self.tokens[c.verb_end..g.start].iter().any(|t| t.kind == vigie_text::TokenKind::Punct)
                })
            };
            (c.source.or(agent).or_else(means), c.target.or_else(described).or(subject))
        } else {
            // `visite du Premier ministre espagnol`: a journey named by its noun,
            // with no subject, is made by whoever the genitive names; a capital
            // or a seat there is where one goes (`visite privée de la Maison
            // Blanche`), not who travels.
            let traveller = || {
                if !c.rule.flags.travel {
                    return None;
                }
                groups.iter().position(|g| {
                    !g.actors.iter().all(Actor::is_seat_only)
                        && g.actors.iter().any(Actor::has_code)
                        && g.start >= c.verb_end
                        && g.start <= c.verb_end + 2
                        && g.end <= clause.end
                        && self.tokens[c.verb_end..g.start].iter().any(|t| self.lang.pack.is_genitive(&t.norm))
                })
            };
            // The same for a seat in the journey's own slot: the destination.
            let seat_visited = c.rule.flags.travel && c.rule.flags.nominal && c.source.is_some_and(|g| groups[g].actors.iter().all(Actor::is_seat_only));
            let slot_source = if seat_visited { None } else { c.source };
            // `on the eve of a visit here by Yasser Arafat`, `a annoncé la
            // visite du président chinois`: a journey named by its noun is
            // made by the actor its `by` or genitive names, not by the
            // clause's subject.
            let noun_journey_by = || {
                if !c.rule.flags.travel || c.rule.flags.nominal || !self.names_no_act(c.head.0, groups, false) {
                    return None;
                }
                groups.iter().position(|g| {
                    let between = &self.tokens[c.verb_end.min(g.start)..g.start];
                    !g.actors.iter().all(Actor::is_seat_only)
                        && g.start >= c.verb_end
                        && g.start <= c.verb_end + 3
                        && g.end <= clause.end
                        && !between.iter().any(|t| t.kind == vigie_text::TokenKind::Punct)
                        && between.iter().any(|t| self.lang.pack.is_genitive(&t.norm) || self.lang.pack.is_passive_agent(&t.norm))
                })
            };
                        // `…, a assuré le porte-parole de l'armée.`, `…, said the
            // minister.`: a statement verb right after a comma, its subject
            // right after it, is an incise; that subject speaks.
            let inverted = || {
                let k = self.tokens[..c.head.0].iter().rposition(|t| t.norm == ",")?;
                if c.rule.cameo != GENERIC_STATEMENT || c.head.0 - k > INCISE_VERB_REACH || groups.iter().any(|g| g.start > k && g.start < c.head.0) {
                    return None;
                }
                // `…, a annoncé lundi 11 février le ministre`: a date may stand before the speaker.
                let steps_over = |t: &Token| {
                    self.lang.pack.is_determiner(&t.norm) || self.is_honorific(t) || actors::is_date_word(&self.lang.pack, &t.norm) || self.lang.pack.is_day_part(&t.norm) || t.kind == vigie_text::TokenKind::Number
                };
                groups.iter().position(|g| g.start >= c.verb_end && g.end <= clause.end && self.tokens[c.verb_end..g.start].iter().all(steps_over))
            };
            // `…, rappelle, dans sa chronique, Gilles Paris`, `…, said John
            // Doe.`: an inverted statement whose speaker, after it, is no
            // actor the lexicons know; nobody before the comma said it.
            let speaker_unknown = || {
                let Some(k) = self.tokens[..c.head.0].iter().rposition(|t| t.norm == ",") else { return false };
                let verb_first = c.head.0 - k <= INCISE_VERB_REACH && !groups.iter().any(|g| g.start > k && g.start < c.head.0);
                // `a déclaré M. Zelensky`: the speaker's name follows the honorific.
                let name_at = (c.verb_end..self.tokens.len()).find(|&i| !self.is_honorific(&self.tokens[i])).unwrap_or(c.verb_end);
                let next_names_someone = self.tokens.get(name_at).is_some_and(|t| {
                    t.norm == "," || (t.kind == vigie_text::TokenKind::Word && t.capitalised && !actors::is_date_word(&self.lang.pack, &t.norm) && !groups.iter().any(|g| g.start <= name_at && name_at < g.end))
                });
                c.rule.cameo == GENERIC_STATEMENT && verb_first && next_names_someone
            };
            let source = if inverted().is_none() && (speaker_unknown() || self.quoted_subject_of_incise(c, subject, groups, clause.end)) { None } else { slot_source.or_else(noun_journey_by).or_else(inverted).or(subject).or_else(traveller) };
            // `assurent tenir l'aéroport et le palais présidentiel`: what a bare
            // statement says is its content; an actor in it is no addressee.
            let says_only = |c: &Candidate| c.rule.cameo == GENERIC_STATEMENT && c.target.is_none();
            // `The United States and Jordan have agreed upon a pact`: the
            // coordinated subjects of a symmetric verb are each other's other
            // side; a later actor (`on an Israeli troop pullback`) is not.
            // `négociations entre syndicats et patronat`: agent words alone pair too.
            // A direct object right after the verb (`France and Germany met
            // the Chinese president`) is the other side all the same, unless
            // it only begins the name of a thing (`signed the Oslo Accords`).
            let direct_object = || {
                after(source).filter(|&g| {
                    groups[g].start >= c.verb_end
                        && self.tokens[c.verb_end..groups[g].start].iter().all(|t| self.lang.pack.is_determiner(&t.norm))
                        && !self.tokens.get(groups[g].end).is_some_and(|t| t.kind == vigie_text::TokenKind::Word && t.capitalised)
                })
            };
            // `French and Egyptian warships launched war games…, expected to
            // be joined by Italian vessels`: forces exercising together are
            // each other's other side as well.
            let pair_of_subjects = (c.rule.flags.symmetric || c.rule.flags.joint)
                && source.is_some_and(|s| groups[s].actors.iter().filter(|a| a.has_code() || a.is_bare_agent()).count() >= 2)
                && direct_object().is_none();
            // `threatened to stop the talks if the United States goes ahead`,
            // `menace de quitter la coalition si Paris…`: a threat that names
            // no one is aimed at whoever its condition's subject is.
            let condition_subject = || {
                let threat = lexicon.cameo.get(c.intended.unwrap_or(c.rule.cameo.as_str())).is_some_and(|k| k.root == THREAT_ROOT);
                let next = clause_ranges.get(c.clause + 1).filter(|_| threat)?;
                let conditional = cues.iter().any(|q| q.kind == CueKind::Hypothetical && q.scope == CueScope::Clause && q.start == next.start);
                let g = groups.iter().position(|g| g.start > next.start && g.start <= next.start + CONDITION_SUBJECT_REACH && g.end <= next.end)?;
                (conditional && Some(g) != source).then_some(g)
            };
            let target = c
                .target
                .or(if seat_visited { c.source } else { None })
                .or_else(|| if c.target_place.is_some() || pair_of_subjects || says_only(c) { None } else { after(source) })
                .or_else(|| self.disapproved_before(c, groups, source, lexicon))
                .or_else(|| if c.target_place.is_some() { None } else { condition_subject() });
            // `denied that Russian troops had bombed Kharkiv`: the troops act in what is denied; they are not its addressee.
            let target = target.filter(|&t| !c.rule.flags.denial || groups[t].start < clause.end);
            // `denies its troops attacked Ukraine`: past the subject of the
            // denied clause, an actor belongs to that clause.
            let target = target.filter(|&t| !c.rule.flags.denial || !(c.head.1..=groups[t].end).any(|k| self.denied_subject_before(c.head.1, k, groups)));
            (source, target.filter(|t| Some(*t) != source))
        };
        // `"We will strike Kyiv," warned Putin`: the quotation is what the
        // verb after it reports; its words are none of that verb's sides.
        let source = source.filter(|&g| !self.quoted_before_incise(c, &groups[g]));
        let target = target.filter(|&g| !self.quoted_before_incise(c, &groups[g]));
        // `A roadside bombing near Samarra killed one U.S. soldier`: force
        // told by its means, no author named, is unidentified armed men's.
        let unattributed = if source.is_none() { self.unattributed_attacker(c, groups, places, clause) } else { None };
        let unattributed_place = unattributed.as_ref().and_then(|(_, place)| *place);
        let with_attacker;
        let (groups, source) = match (source, unattributed) {
            (Some(s), _) => (groups, s),
            (None, Some((attacker, _))) => {
                with_attacker = [groups, std::slice::from_ref(&attacker)].concat();
                (&with_attacker[..], groups.len())
            }
            (None, None) => return Vec::new(),
        };

        // Factuality: the strongest cue in scope; an obligation is no event.
        // A cue word that is one of the pattern's own words belongs to it
        // (`<refuse> to meet`); one in a gap of the pattern (`n'acceptera pas
        // la proposition`, `restitution prévue … par la France`) is a cue
        // like any other. An announced refusal may be the pattern's own
        // words (`does not want to negotiate`): it is decided below.
        let in_scope = |cue: &Cue| {
            let overlaps_pattern = c.literals.iter().any(|l| cue.literals.iter().any(|q| q.0 < l.1 && l.0 < q.1));
            match cue.scope {
                // `alors que le Hamas tirait des roquettes`: an imperfect that
                // ends like a conditional is no hypothesis.
                CueScope::Verb => cue.start >= c.head.0 && cue.end <= c.verb_end && !(cue.kind == CueKind::Hypothetical && cue.end == cue.start + 1 && self.lang.pack.is_imperfect(self.tokens[cue.start].lower())),
                CueScope::BeforeVerb => cue.end <= c.head.0 && c.head.0 - cue.end <= 1 && clause.contains(&cue.start),
                _ if overlaps_pattern && cue.kind != CueKind::Refusal => false,
                CueScope::Clause => clause.contains(&cue.start) && !self.lang.pack.relative_clause_around(self.tokens, cue.start).is_some_and(|r| !r.contains(&c.head.0)),
                // `was not attacked by`: a negation inside the verb phrase precedes its
                // participle. `Russia, which did not attack Ukraine, threatened`: one in a
                // relative clause does not reach the main verb.
                CueScope::Preceding => {
                    clause.contains(&cue.start)
                        && (cue.end <= c.head.0 || cue.start < c.head.1)
                        && !self.lang.pack.relative_clause_around(self.tokens, cue.start).is_some_and(|r| !r.contains(&c.head.0))
                }
                CueScope::Rest => cue.start < c.head.0,
                CueScope::Sentence => true,
            }
        };
        let not_a_date = |cue: &&Cue| !dates.iter().any(|d| cue.start < d.end && d.start < cue.end);
        // `Le démenti du Kremlin n'a pas convaincu la Finlande`: a negation
        // after a noun phrase that names an act denies the verb it is the
        // subject of, not the act.
        let phrase_end = [Some(c.head.1), c.source.map(|g| groups[g].end), c.target.map(|g| groups[g].end)].into_iter().flatten().max().unwrap_or(c.head.1);
        // `India did not condemn the Russian invasion of Ukraine`, `n'a pas
        // condamné l'invasion russe`: a negation, tense or condition before
        // the verb whose object names an act by its author qualifies that
        // verb; the act named stays what it is.
        let qualifies_another_verb = |cue: &Cue| {
            c.criticised_by.is_some_and(|verb| cue.start < verb) && matches!(cue.kind, CueKind::Negated | CueKind::Hypothetical | CueKind::Planned | CueKind::Intent)
        };
        let denies_the_act = |cue: &&Cue| !(c.rule.flags.nominal && cue.kind == CueKind::Negated && cue.start >= phrase_end) && !qualifies_another_verb(cue);
        // `rejected an invitation to attend a meeting next week`, `threatened
        // to strike if…`: after the infinitive an appeal, intent, demand,
        // refusal or threat governs, a tense or condition qualifies that
        // content, not the act that governs it.
        let governs_content = lexicon.cameo.get(c.intended.unwrap_or(c.rule.cameo.as_str())).is_some_and(|k| GOVERNING_ROOTS.contains(&k.root.as_str()));
        // The marker may be one of the row's own words (`<agree> to ..
        // talks`, `agreed on Monday to hold talks next week`): the content
        // starts at the first marker after the verb, not after the phrase.
        let content_start = if governs_content {
            (c.head.0 + 1..clause.end.min(self.tokens.len())).find(|&k| self.lang.pack.is_infinitive_marker(&self.tokens[k].norm) && !self.lang.pack.is_auxiliary(&self.tokens[k].lower()))
        } else {
            None
        };
        let qualifies_the_act = |q: &&Cue| !(matches!(q.kind, CueKind::Planned | CueKind::Intent | CueKind::Hypothetical) && content_start.is_some_and(|k| q.start > k));
        // `Le 20 décembre (date limite initiale), Bercy a annoncé…`: a remark
        // in brackets qualifies nothing outside them.
        let same_remark = |q: &&Cue| self.bracket_around(q.start).is_none_or(|(open, close)| open < c.head.0 && c.head.0 < close);
        // `« Aucune taxe ne mérite… », déclare le Premier ministre`: a
        // negation or condition inside a quotation qualifies what is quoted,
        // not the verb that reports it.
        let same_quotation = |q: &&Cue| self.quotation_around(q.start).is_none_or(|(open, close)| open < c.head.0 && c.head.0 < close);
        // `Ils ne « supportent plus … », souligne France 3`: a statement verb
        // right after a comma reports what stands before it; a negation or
        // condition there is the content's, not the report's.
        let incise_comma = self.tokens[..c.head.0]
            .iter()
            .rposition(|t| t.norm == ",")
            .filter(|&k| c.rule.cameo == GENERIC_STATEMENT && c.head.0 - k <= INCISE_VERB_REACH && !groups.iter().any(|g| g.start > k && g.start < c.head.0));
        let after_the_content = |q: &&Cue| incise_comma.is_none_or(|k| q.start > k);
        // `Israël attaquera le Hezbollah s'il ne se retire pas`, `S'il ne se
        // retire pas, Israël attaquera`: a negation inside a condition — one
        // after the verb, or one closed by punctuation before it — belongs to
        // the condition, not to the act.
        let closed_before_the_verb = |q: &Cue| q.end <= c.head.0 && self.tokens[q.end..c.head.0].iter().any(|t| t.kind == vigie_text::TokenKind::Punct);
        let in_a_condition = |q: &Cue| {
            cues.iter().any(|k| matches!(k.kind, CueKind::Condition | CueKind::Ultimatum) && k.start < q.start && (k.start >= c.verb_end || closed_before_the_verb(q)))
        };
        let outside_a_condition = |q: &&Cue| !(matches!(q.kind, CueKind::Negated | CueKind::Refusal) && in_a_condition(q));
        // `Si les États-Unis ont refusé ce pacte, ce n'est pas un hasard`,
        // `même si la police a chargé, …`: a `si` clause closed by a comma
        // before a main clause with no future or conditional states a fact
        // (concession, cause), it sets no condition on the act inside it.
        let factual_condition = |q: &&Cue| {
            if q.kind != CueKind::Hypothetical || q.start >= c.head.0 {
                return false;
            }
            if !cues.iter().any(|k| matches!(k.kind, CueKind::Condition) && k.start == q.start) {
                return false;
            }
            let Some(comma) = self.tokens[c.verb_end..].iter().position(|t| t.norm == ",").map(|k| c.verb_end + k) else { return false };
            if self.tokens[q.end..c.head.0].iter().any(|t| t.norm == ",") {
                return false;
            }
            !cues.iter().any(|k| k.start > comma && matches!(k.kind, CueKind::Hypothetical | CueKind::Planned | CueKind::Intent | CueKind::Condition | CueKind::Ultimatum))
        };
        let active: Vec<&Cue> = cues.iter().filter(|q| in_scope(q)).filter(same_remark).filter(same_quotation).filter(after_the_content).filter(not_a_date).filter(denies_the_act).filter(qualifies_the_act).filter(outside_a_condition).filter(|q| !self.negation_of_another_predicate(c, q)).filter(|q| !self.plan_of_a_reduced_clause(c, q, cues)).filter(|q| !factual_condition(q)).filter(|q| !self.tense_of_reported_content(c, q)).collect();
        if active.iter().any(|q| matches!(q.kind, CueKind::Obligation | CueKind::NotEvent)) {
            return Vec::new();
        }
        // `would not provide support`, `will not accept`, `n'acceptera pas`:
        // an actor that announces it will not cooperate has rejected
        // something — CAMEO codes that as an act of its own (12), asserted.
        // A refusal is a refusal cue, or a negation of a verb in its own
        // future or conditional tense; an announced refusal of any other act
        // (`Russia will not attack`) stays a negation.
        // The refusal governs the verb right after it (`refused to meet`, not
        // `travelling to China, refused to comment`); a passive (`will not be
        // offered`) is no refusal by its subject.
        let in_pattern = |q: &Cue| c.literals.iter().any(|l| q.literals.iter().any(|w| w.0 < l.1 && l.0 < w.1));
        let governs_the_verb = |q: &Cue| in_pattern(q) || q.end <= c.head.0 && c.head.0 - q.end <= REFUSAL_REACH;
        let active: Vec<&Cue> = active.into_iter().filter(|q| q.kind != CueKind::Refusal || governs_the_verb(q) && !self.is_passive(c)).collect();
        let tensed = |q: &&Cue| q.scope == CueScope::Verb && matches!(q.kind, CueKind::Planned | CueKind::Intent | CueKind::Hypothetical);
        let refusal_cues: Vec<&Cue> = active.iter().filter(|q| q.kind == CueKind::Refusal).copied().collect();
        let negation_before = active.iter().any(|q| q.kind == CueKind::Negated && q.start < c.head.0 && c.head.0 - q.start <= REFUSAL_REACH);
        let refused = !refusal_cues.is_empty() || negation_before && active.iter().any(tensed) && !self.is_passive(c);
        let row_code = c.intended.unwrap_or(c.rule.cameo.as_str());
        let rejection = if refused { lexicon.cameo.get(row_code).and_then(|k| rejection_of(&k.root, &k.code)) } else { None };
        let active: Vec<&Cue> = match rejection {
            // The words that make the refusal (`would`, `not`, `ne … pas`, the
            // tense) say nothing more about it; an `if` still does.
            Some(_) => active
                .into_iter()
                .filter(|q| !matches!(q.kind, CueKind::Negated | CueKind::Refusal) && !tensed(q))
                .filter(|q| !refusal_cues.iter().any(|r| q.start < r.end && r.start < q.end))
                .collect(),
            // `refused to meet` coded as a rejection by its row: the refusal
            // is the act, no negation of it.
            None => active.into_iter().filter(|q| !(q.kind == CueKind::Refusal && in_pattern(q))).collect(),
        };
        let factuality = if c.denied || active.iter().any(|q| matches!(q.kind, CueKind::Negated | CueKind::Refusal | CueKind::Cancelled)) {
            Factuality::Negated
        } else if active.iter().any(|q| q.kind == CueKind::Hypothetical) {
            Factuality::Hypothetical
        } else if active.iter().any(|q| matches!(q.kind, CueKind::Planned | CueKind::Intent)) {
            Factuality::Planned
        } else {
            Factuality::Asserted
        };
        // `Israel announced it would free 150 prisoners`, `Hungary said it
        // will support the resolution`: an actor that states its own future
        // act has, today, expressed an intent to act — CAMEO's 03 for
        // cooperation, 13 for force and sanctions. Only a modal or future
        // right before the verb makes it (`would free`), not a condition.
        // An intent (03) so stated is asserted as itself; any other act
        // stays planned and the intent is a mention of its own (below).
        let mut intent = None;
        // The speaker stands before its statement verb (`Hungary said`), not
        // after it (`…, said the U.S. and Japan will hold talks`).
        let own_statement = reporters.iter().any(|r| r.group == source && groups[r.group].end <= r.verb && r.verb_end <= c.head.0);
        // `Portugal will support Turkey's bid, Portuguese President Mario
        // Soares said`: a reporter after the act who speaks for the
        // source's country announces the source's own act.
        let country_of = |a: &Actor| a.code(lexicon, None).filter(|k| !k.starts_with('-')).map(|k| k.chars().take(3).collect::<String>());
        let source_countries: Vec<String> = groups[source].actors.iter().filter_map(country_of).collect();
        let speaks_for_source = |r: &Reporter| r.verb >= c.verb_end && r.group != source && groups[r.group].start >= c.verb_end && groups[r.group].actors.iter().filter_map(country_of).any(|k| source_countries.contains(&k));
        // Only for a future: `…, pourrait livrer …, a averti Yoon` is a warning, not a promise.
        let own_statement = own_statement || factuality == Factuality::Planned && reporters.iter().any(speaks_for_source);
        let right_before = |q: &&Cue| q.scope == CueScope::Verb || q.end <= c.head.0 && c.head.0 - q.end <= REFUSAL_REACH;
        let modal_only = active.iter().filter(|q| q.kind == CueKind::Hypothetical).all(|q| right_before(&q));
        let future_of_the_verb = active.iter().any(|q| matches!(q.kind, CueKind::Planned | CueKind::Intent | CueKind::Hypothetical) && right_before(q));
        let stated_by_speaker = own_statement && rejection.is_none() && modal_only && future_of_the_verb && matches!(factuality, Factuality::Planned | Factuality::Hypothetical);
        // `Finland will give Tanzania a grant`, `Greece plans to impose
        // restrictions`, `la France compte envoyer des soldats`: a plan its
        // subject states (an `intent` cue after the subject and before the
        // verb, or the verb's own future) is an intent expressed today
        // whoever reports it after the fact (`…, diplomatic sources said`);
        // a schedule (`is expected to`, `est prévue`), a possibility, a
        // passive or a plan a speaker before it ascribes to another (`the
        // US said Iran will attack`) is none. A condition leaves the intent
        // stated (`will lift sanctions if…`).
        let subject_end = groups[source].end;
        // The plan word governs this verb: no other verb stands between them
        // (`it will send a team to identify victims killed by…` plans no killing).
        let governs_this_verb = |q: &Cue| q.end <= c.head.0 && !self.tokens[q.end..c.head.0].iter().any(|t| self.lang.verb_forms.contains(&t.norm));
        // A tense ending must be the verb's own (`se rendra`), not a word in
        // the pattern's gap (`via Ankara`).
        let tense_of_the_verb = |q: &Cue| q.scope == CueScope::Verb && q.start >= c.head.0 && q.end <= c.head.1;
        let states_its_plan = |q: &&Cue| q.kind == CueKind::Intent && (tense_of_the_verb(q) || q.scope != CueScope::Verb && q.start >= subject_end && governs_this_verb(q));
        let conditions: Vec<&Cue> = active.iter().filter(|q| matches!(q.kind, CueKind::Condition | CueKind::Ultimatum)).copied().collect();
        let only_conditional = active.iter().filter(|q| q.kind == CueKind::Hypothetical).all(|h| conditions.iter().any(|k| k.start <= h.start && h.start < k.end));
        let ascribed_by_another = reporters.iter().any(|r| r.group != source && r.verb_end <= c.head.0 && groups[r.group].end <= r.verb);
        let stated_by_subject = active.iter().any(states_its_plan)
            && !ascribed_by_another
            && !c.rule.flags.passive
            && !self.is_passive(c)
            && rejection.is_none()
            && (factuality == Factuality::Planned || factuality == Factuality::Hypothetical && only_conditional);
        let row_is_intent = lexicon.cameo.get(row_code).is_some_and(|k| k.root == "03");
        if stated_by_speaker && row_is_intent {
            intent = Some(row_code);
        }
        // `se demande si la France va décréter…`: an act inside a condition
        // or a question (`va s'emparer du mouvement ?`) is asked about, not
        // announced. A condition before the act with a comma between
        // (`S'il ne se retire pas, Israël attaquera`) is one on the act.
        let inside_a_condition = conditions.iter().any(|k| {
            clause.contains(&k.start) && k.start < c.head.0 && !self.tokens[k.end..c.head.0].iter().any(|t| t.kind == vigie_text::TokenKind::Punct)
        });
        let asked = || self.tokens[c.head.1..].iter().any(|t| t.norm == "?");
        // The act itself stays planned, `would` after its own speaker included
        // (`announced it would free`: a future told in the past).
        let announced = (stated_by_speaker || stated_by_subject) && intent.is_none() && !c.denied && !inside_a_condition && !asked();
        let factuality = if intent.is_some() {
            Factuality::Asserted
        } else if announced && stated_by_speaker && factuality == Factuality::Hypothetical && conditions.is_empty() {
            Factuality::Planned
        } else if announced && factuality == Factuality::Planned && !conditions.is_empty() {
            // `will attack Hezbollah unless it withdraws`: announced on a
            // condition, the act may not come, whichever clause holds it.
            Factuality::Hypothetical
        } else if c.rule.flags.planned && factuality == Factuality::Asserted {
            // `est attendu à Bruxelles`: a schedule, no intent of its own.
            Factuality::Planned
        } else {
            factuality
        };
        // `will withdraw its force from Chad unless…`: an act announced on
        // the other side's not doing something is a threat.
        let ultimatum = announced && active.iter().any(|q| q.kind == CueKind::Ultimatum);
        let first = active.iter().any(|q| q.kind == CueKind::First);

        // Date: in the clause, else in the sentence, else the article's.
        // A date that opens a period (`depuis 1968`) says when it began, one
        // compared with (`than in May 1968`, or long past in a later clause:
        // `plus qu'en mai 68`) is a reference; neither dates the act.
        let dated = |d: &&DateExpr| !self.is_reference_date(d);
        let long_past = |d: &&DateExpr| match (dates::year_of_date(&d.value), self.article_dates.reference_year) {
            (Some(y), Some(r)) => y < r - 1,
            _ => false,
        };
        let in_clause_date = dates.iter().filter(dated).find(|d| clause.contains(&d.start));
        let other_clause_date = dates.iter().filter(dated).find(|d| !clause.contains(&d.start) && (d.start < clause.start || !long_past(d)));
        let (date, precision, date_source) = match in_clause_date.or(other_clause_date) {
            // `est attendu jeudi`, `will visit on Thursday`: a bare weekday
            // follows the act's time, the coming one for an act still to come.
            // Only in the act's own clause: `a répété samedi que le cap
            // allait être maintenu` dates the statement, not what it foretells.
            Some(d) => {
                // A day or month without its year is likewise the last one
                // for a done act (`approuvée en décembre` in a May paper).
                let other_reading = match factuality {
                    Factuality::Planned => d.ahead.as_ref(),
                    Factuality::Asserted | Factuality::Negated => d.behind.as_ref(),
                    _ => None,
                };
                let other_reading = other_reading.filter(|_| clause.contains(&d.start));
                (Some(other_reading.unwrap_or(&d.value).clone()), Some(d.precision), Some(DateSource::Text))
            }
            None => match (self.article_dates.published, self.article_dates.reference_year) {
                (Some(p), _) => (Some(dates::iso_day(p)), Some(vigie_model::DatePrecision::Day), Some(DateSource::Publication)),
                (None, Some(y)) => (Some(format!("{y:04}")), Some(vigie_model::DatePrecision::Year), Some(DateSource::ArticleYear)),
                (None, None) => (None, None, None),
            },
        };
        let historical = match (date.as_deref().and_then(dates::year_of_date), self.article_dates.reference_year) {
            (Some(y), Some(r)) => y < r - 1,
            _ => false,
        } || active.iter().any(|q| q.kind == CueKind::Historical);

        // `Insurgents bombarded…`, `Police arrested…`: an agent word with no
        // country is still an actor (the word names a real group); its
        // country is the one the text gives, else unknown (`---REB`).
        // Only as the verb's plain subject, right before it, or as the agent
        // after it (`pressured by Congress`): further before the verb an agent
        // word alone is too weak a clue to who acts.
        // `Jean Dupont, ministre des Armées, a annoncé`: the comma that
        // closes an office named after a person closes the subject.
        // `The rebels said they will free…`, `les rebelles ont annoncé qu'ils
        // libéreront…`: one that names itself by a pronoun right after its
        // own statement verb is that verb's plain subject; standing right
        // before the statement verb is standing right before its own act.
        let speaks_of_itself = |g: &Group| {
            reporters.iter().any(|r| {
                groups[r.group].start == g.start
                    && g.end <= r.verb
                    && r.verb - g.end <= BARE_SUBJECT_REACH
                    && r.verb_end <= c.head.0
                    && self.tokens[r.verb_end..c.head.0].iter().take(REPORTED_SUBJECT_REACH).any(|t| self.lang.pack.is_subject_pronoun(&t.norm))
            })
        };
        let subject_near_verb = |g: &Group| {
            let closed_at = if g.actors.iter().any(|a| a.apposed_to_name) && self.tokens.get(g.end).is_some_and(|t| t.norm == ",") { g.end + 1 } else { g.end };
            g.start >= c.head.1
                || speaks_of_itself(g)
                || (closed_at <= c.head.0
                    && c.head.0 - closed_at <= BARE_SUBJECT_REACH
                    && !self.tokens[closed_at..c.head.0].iter().any(|t| t.kind == vigie_text::TokenKind::Punct))
        };
        // `visite du commissariat central de police`, `déplacement … de X,
        // candidat à la présidence du parti`: beside a journey named by its
        // noun, an agent word alone names a building or an office, neither
        // who travels nor where to.
        let journey_noun = c.rule.flags.travel && c.rule.flags.nominal;
        let source_actors: Vec<&Actor> = groups[source]
            .actors
            .iter()
            .filter(|a| (a.has_code() && !a.possessed) || ((a.is_bare_agent() || a.possessed) && !journey_noun && subject_near_verb(&groups[source]) && !self.names_someone_unknown(a)))
            .filter(|a| !self.closes_an_opening_phrase(clause.start, &groups[source], a) && !self.in_opening_list(clause.start, &groups[source], a))
            .collect();
        let target_actors: Vec<&Actor> = target
            .map(|t| groups[t].actors.iter().filter(|a| a.has_code() || (a.is_bare_agent() && !journey_noun && !self.names_someone_unknown(a))).collect())
            .unwrap_or_default();

        // Place: a located place in the clause, else (travel) the target's.
        let cameo = lexicon.cameo.get(rejection.or(intent).unwrap_or(row_code)).expect("verb, rejection and intent codes checked at load");
        // `French and Egyptian warships launched war games`: forces that
        // exercise together cooperate; one alone shows its force.
        let joint = c.rule.flags.joint && target_actors.is_empty() && source_actors.len() >= 2 && rejection.is_none() && intent.is_none();
        let cameo = if joint { lexicon.cameo.get(JOINT_EXERCISES).unwrap_or(cameo) } else { cameo };
        // `was blown up by a surface-to-air missile fired by rebels`: a
        // military weapon as the means makes a bombing a military fight.
        let cameo = match self.weapon_fight(c, clause.end) {
            Some(fight) if matches!(cameo.code.as_str(), "180" | "183") => lexicon.cameo.get(fight).unwrap_or(cameo),
            _ => cameo,
        };
        // Acting on a place (aid, deployment, force) acts on its country.
        // Promising or cutting aid to a capital (03, 16), withdrawing from a
        // town (08) act on it too, and so does protesting in a foreign
        // country (14: `British activists protested in Beijing`; at home the
        // place's country is the source's own, and no target).
        let place_acts = c.rule.flags.travel
            || matches!(cameo.root.as_str(), "03" | "06" | "07" | "08" | "14" | "15" | "16" | "17" | "18" | "19" | "20");
        // The first place after the verb, a few words on, with no actor
        // between (`se sont retirées de la ville de Kherson`).
        let object_place = || {
            places.iter().position(|p| {
                p.start >= c.head.1
                    && p.start <= c.head.1 + OBJECT_PLACE_REACH
                    && clause.contains(&p.start)
                    && !groups.iter().any(|g| g.start >= c.head.1 && g.start < p.start)
                    && !self.tokens[c.head.1..p.start].iter().any(|t| t.kind == vigie_text::TokenKind::Punct)
            })
        };
        let located = places
            .iter()
            .enumerate()
            .find(|(_, p)| clause.contains(&p.start) && self.locative_before(p.start))
            .map(|(i, _)| i)
            .or(c.target_place)
            .or_else(|| if place_acts && target.is_none() { object_place() } else { None })
            .or(unattributed_place)
            .or_else(|| places.iter().position(|p| p.dateline));
        let mut location = located.map(|i| self.location(&lexicon.places[places[i].place], places[i].start, places[i].end));

        // `à l'Université de La Réunion, spécialiste des relations entre
        // Cuba et…`: a trigger word inside a place's name is that name. Only
        // a capital there says so (`La réunion entre Emmanuel Macron et…`).
        if c.head.0 > 0 && self.tokens[c.head.0].capitalised && places.iter().any(|p| p.start <= c.head.0 && c.head.0 < p.end) {
            return Vec::new();
        }
        // `Israel's Cabinet met Sunday`, `le conseil des ministres s'est
        // réuni`: one body meeting on its own holds a session; a
        // consultation needs a second party, named or coordinated.
        if c.rule.flags.symmetric && cameo.root == "04" && target_actors.is_empty() && source_actors.len() < 2 {
            return Vec::new();
        }
        let mut pairs: Vec<(&Actor, Option<&Actor>)> = Vec::new();
        let symmetric;
        if target_actors.is_empty() && (c.rule.flags.symmetric || joint) && source_actors.len() >= 2 {
            // `The US, Russia and Switzerland met`: one event per pair.
            symmetric = true;
            for (i, a) in source_actors.iter().enumerate() {
                for b in &source_actors[i + 1..] {
                    pairs.push((a, Some(*b)));
                }
            }
        } else {
            for s in &source_actors {
                if target_actors.is_empty() {
                    pairs.push((s, None));
                }
                for t in &target_actors {
                    pairs.push((s, Some(*t)));
                }
            }
            // A rejection or an announced intent is one side's act, even of
            // a symmetric one (`Chile will not negotiate with Bolivia`).
            // `agreed to provide aid for Romania`, `a convenu de livrer des
            // armes à Kiev`: an actor named inside the infinitive the
            // agreement governs is what the agreed act is aimed at, not a
            // party to the agreement.
            let target_in_content = c.target.is_none()
                && target.is_some_and(|t| {
                    (c.head.0 + 1..groups[t].start.min(self.tokens.len())).any(|k| {
                        self.lang.pack.is_infinitive_marker(&self.tokens[k].norm)
                            && !self.lang.pack.is_auxiliary(&self.tokens[k].lower())
                            && self.tokens.get(k + 1).is_some_and(|n| self.lang.verb_forms.contains(&n.norm))
                    })
                });
            let target_in_object = c.target.is_none() && cameo.root != "04" && target.is_some_and(|t| self.actor_inside_object(c.head.1, groups[t].start));
            symmetric = c.rule.flags.symmetric && !target_actors.is_empty() && rejection.is_none() && intent.is_none() && !target_in_content && !target_in_object;
        }

        let verb_span = Span(self.tokens[c.head.0].start, self.tokens[c.head.1 - 1].end);
        let mut out = Vec::new();
        for (s, t) in pairs {
            // `Manifestation des travailleurs de l'art à Toulouse`: people
            // protest where they are, so an agent word alone that protests
            // belongs to the place the sentence locates.
            let protest_home = location.as_ref().filter(|_| cameo.root == "14").map(|l| l.country.as_str()).filter(|c| lexicon.country_place(c).is_some());
            let protest_home = protest_home.or_else(|| self.acts_where_it_stands(s, cameo, location.as_ref()));
            // `Le président se rendra à Berlin`: where a traveller goes says
            // nothing of whose he is; only places before the verb may.
            let source_places = if c.rule.flags.travel && !c.rule.flags.nominal && s.end <= c.head.0 { &places[..places.partition_point(|p| p.start < c.head.0)] } else { places };
            let source_places = if matches!(cameo.quad_class, 1 | 3) && !c.rule.flags.travel { self.before_standpoint(source_places, c.head.0) } else { source_places };
            let source_code = if s.is_bare_agent() { Some(self.bare_agent_code(s, groups, source_places, protest_home)) } else { s.code(lexicon, date.as_deref()) };
            // `Palestinians blamed Israel`: a people named bare, with no
            // number or determiner, that speaks (verbal cooperation or
            // conflict) is its nation speaking; marching, fleeing or
            // fighting, it is civilians (`Kenyans marched`).
            let speaks = matches!(cameo.quad_class, 1 | 3) && !c.rule.flags.travel;
            let source_code = if s.bare_demonym && s.agent.as_deref() == Some("CVL") && speaks { s.country.clone() } else { source_code };
            let private = |sector: &str| PRIVATE_TRAVELLERS.contains(&sector) || c.rule.flags.planned && AWAITED_CROWDS.contains(&sector);
            if c.rule.flags.travel && source_code.as_deref().is_some_and(|k| k.get(3..6).is_some_and(private)) {
                continue;
            }
            // `Nepalese peacekeepers arrived in Lebanon`, `des casques bleus
            // sont arrivés au Liban`: peacekeepers on the move are deployed,
            // not visiting. One who holds an office or is named still visits.
            let deployed = c.rule.flags.travel
                && s.person.is_none()
                && s.title.is_none()
                && (s.agent.as_deref() == Some(PEACEKEEPERS) || source_code.as_deref().and_then(|k| k.get(3..6)) == Some(PEACEKEEPERS));
            let cameo = if deployed { lexicon.cameo.get(PEACEKEEPING).unwrap_or(cameo) } else { cameo };
            // `mobilisation des forces de l'ordre`, `les gendarmes se sont
            // mobilisés`: security forces that mobilise are deployed, no
            // protest; `manifestation de policiers` is no mobilisation row.
            let sector = s.agent.as_deref().or_else(|| source_code.as_deref().and_then(|k| k.get(3..6)));
            let cameo = match (c.rule.flags.mobilisation, sector) {
                (true, Some(POLICE)) if !self.names_staff(s) => lexicon.cameo.get(POLICE_MOBILISATION).unwrap_or(cameo),
                (true, Some(MILITARY)) => lexicon.cameo.get(MILITARY_MOBILISATION).unwrap_or(cameo),
                _ => cameo,
            };
            // `students marched against the government`: an agent named
            // without a country acts in the source's country (domestic
            // events are told that way); with no country known it is nobody.
            // Where the event's place is known, the agent belongs there
            // (`children were killed … in Gaza`).
            // `Speaking in Paris, Biden expressed sympathy for the victims`:
            // where a speaker stood is no country of the people spoken of.
            let speakers_place = matches!(cameo.quad_class, 1 | 3) && located.is_some_and(|i| self.in_opening_participle(places[i].start, c.head.0));
            // `civilians were killed in a Saudi-led air strike in Yemen`: a
            // country named after the verb across a locative says where
            // force fell, so whose its victims are, not the attacker's.
            let force_fell_in = || {
                if location.is_some() || !matches!(cameo.root.as_str(), "18" | "19" | "20") {
                    return None;
                }
                groups.iter().filter(|g| g.start >= c.verb_end && g.end <= clause.end && self.says_only_where(g)).find_map(|g| g.actors[0].country.as_ref())
            };
            let event_country = location.as_ref().filter(|_| !speakers_place).map(|l| &l.country).filter(|c| lexicon.country_place(c).is_some());
            // `Syria will not accept more refugees`: refugees come from
            // elsewhere, so the source's country is never theirs; only the
            // place of the event may say where they are from.
            let refugees = t.is_some_and(|t| t.agent.as_deref() == Some(REFUGEES));
            let home = if refugees { event_country } else { event_country.or_else(force_fell_in).or(s.home_country()) };
            let mut target_code = t.and_then(|t| match (t.is_bare_agent(), home) {
                (true, home) => Some(self.bare_agent_code(t, groups, places, home.map(String::as_str))),
                (false, _) => t.code(lexicon, date.as_deref()),
            });
            let mut target_text = t.map(|t| self.actor_text(t).to_string());
            let mut target_span = t.map(|t| self.actor_span(t));
            let mut target_actor = t;
            // `Israel strengthened its forces in Lebanon`, `Russia massed
            // troops near Ukraine's borders`: an actor's own forces are what
            // it acts with, not on; where they stand is. Forces a mobilisation
            // names without a country of their own are the mobiliser's.
            let same_country = matches!((&target_code, &source_code), (Some(t), Some(s)) if t.get(..3).is_some() && t.get(..3) == s.get(..3));
            let own_forces = t
                .filter(|t| t.agent.as_deref().is_some_and(|a| ARMED_SECTORS.contains(&a)))
                .filter(|t| (t.possessed && same_country) || (cameo.root == "15" && !t.possessed && (t.is_bare_agent() || t.stationed_in.is_some())));
            // `Kostunica promised to democratize Serbia`, `Akayev agreed to
            // resign without returning to Kyrgyzstan`: what an actor says or
            // concedes about its own country as a whole is no dyad; CAMEO
            // names a domestic target by its sector. Force, protest and
            // coercion at home keep the country; an ethnic minority facing
            // its host state (`IRQCVLkur` → `IRQ`) is a dyad.
            // `Hezbollah declared a ceasefire in south Lebanon`: a national
            // organisation acting in its own country acts at home, not on it
            // (`rejected a meeting of Palestinian factions` still names others).
            let organisation_home = s.organisation.is_some()
                && matches!(&target_code, Some(t) if Some(t) == s.home_country())
                && t.is_some_and(|t| self.locative_before(t.start));
            let own_country_whole = (organisation_home || matches!((&target_code, &source_code), (Some(t), Some(s))
                if t.len() == 3 && s.len() > 3 && s.starts_with(t.as_str()) && !s.ends_with(|k: char| k.is_ascii_lowercase())))
                && cameo.root.as_str() < "14"
                // `eased the curfew in Sudan`: easing a measure undoes a
                // coercion and falls on the country it applied to, as at a place.
                && !cameo.code.starts_with("081");
            if let Some(stationed) = own_forces.and_then(|t| t.stationed_in.clone()) {
                target_code = Some(stationed);
            } else if target_code == source_code || own_forces.is_some() || own_country_whole {
                target_code = None;
                target_text = None;
                target_span = None;
                target_actor = None;
            }
            if c.rule.flags.travel && location.is_none() {
                if let Some(country) = t.and_then(|t| t.country.clone()) {
                    location = lexicon.country_place(&country).map(|p| self.location_named(p, p.names[0].clone()));
                }
            }
            if let (Some(t), true) = (target_actor, target_code.is_some()) {
                self.parties.borrow_mut().push(((*s).clone(), t.clone()));
            }
            let mut event_location = location.clone();
            // `expressed sorrow for the shootings in South Carolina`: sympathy
            // goes to the people of the place, named after the verb, where
            // what it is for happened, at home too.
            let sympathy = cameo.code == EMPATHY && located.is_some_and(|i| places[i].start >= c.head.1);
            if target_code.is_none() && (place_acts || sympathy) {
                if let (Some(loc), Some(i)) = (&location, located) {
                    // Shared seas and straits belong to no country (no centroid): no target.
                    // Force used at home falls on the country too (`Damascus dropped
                    // chlorine bombs on Saraqeb`, `deployed police across Nairobi`).
                    // An agent word whose country the text gave (`Kenya : manifestation du parti`) is at home there too.
                    let at_home = Some(&loc.country) == s.home_country() || source_code.as_deref().is_some_and(|k| k.starts_with(loc.country.as_str()));
                    // Easing a curfew, a ban or a state of emergency undoes
                    // coercion and falls where the coercion did (`Sudan lifted
                    // the state of emergency in Darfur` → SDN).
                    let eases_a_measure = cameo.code.starts_with("081");
                    let force_at_home = at_home
                        && (matches!(cameo.root.as_str(), "15" | "17" | "18" | "19" | "20") || eases_a_measure || sympathy)
                        && source_code.as_deref() != Some(loc.country.as_str());
                    if (!at_home || force_at_home) && lexicon.country_place(&loc.country).is_some() {
                        // `livraisons d'armes à Kiev`: the capital receives, as its
                        // government; the event happens elsewhere.
                        let receives = places[i].seat_of_government && matches!(cameo.root.as_str(), "03" | "06" | "07" | "16");
                        if receives {
                            event_location = None;
                        }
                        // `imposed a curfew in the town of Cizre`, `ont attaqué
                        // dans le village de Moura`: coercion or force on a place
                        // named as a town or village falls on its people.
                        let on_its_people = matches!(cameo.root.as_str(), "17" | "18" | "19" | "20") && self.named_as_settlement(places[i].start);
                        target_code = Some(if receives {
                            format!("{}GOV", loc.country)
                        } else if on_its_people {
                            format!("{}{}", loc.country, actors::CIVILIANS)
                        } else {
                            loc.country.clone()
                        });
                        target_text = Some(loc.name.clone());
                        target_span = Some(Span(self.tokens[places[i].start].start, self.tokens[places[i].end - 1].end));
                    }
                }
            }
            // `British junior doctors went on strike over pay`: a protest at
            // home that names no one protests against the country's government.
            // An opposition that criticises or protests, naming no one, does
            // so against its own government, even abroad (`meeting
            // d'opposants tchadiens pour dénoncer la mauvaise gouvernance`).
            let opposition = source_code.as_deref().is_some_and(|k| k.get(3..6) == Some(OPPOSITION));
            // Calling off a strike or a protest (082) ends dissent aimed
            // where the protest itself was: the government, when it names no one.
            let ends_dissent = cameo.code == "082";
            if target_code.is_none() && (cameo.root == "14" || ends_dissent || opposition && cameo.root == "11") {
                let country = source_code.as_deref().filter(|c| c.len() > 3 && c.is_char_boundary(3) && !c.starts_with(UNKNOWN_COUNTRY) && !c.ends_with("GOV")).map(|c| &c[..3]);
                let abroad = event_location.as_ref().is_some_and(|l| Some(l.country.as_str()) != country);
                // `SNCF : grève des contrôleurs`: a strike filed under a
                // company's name is against that company, not the government.
                let against_a_named_body = cameo.code.starts_with("143") && self.topic_names_an_unknown_body(groups, places);
                if let (Some(country), false) = (country, abroad && !opposition || against_a_named_body) {
                    if lexicon.country_place(country).is_some() {
                        target_code = Some(format!("{country}GOV"));
                    }
                }
            }
            // `The company said …`, `A spokesman said …`: a bare statement by
            // a sector of unknown country, to no one, tells nothing of who acts.
            let unknown_source = source_code.as_deref().is_some_and(|code| code.starts_with(UNKNOWN_COUNTRY));
            if unknown_source && cameo.code == GENERIC_STATEMENT && target_code.is_none() {
                continue;
            }
            // `Sa présidente refuse…`, `Its president rejected…`: an office
            // owned by a body the sentence does not name (a union, a party, a
            // company) is no state's office; its country and sector are unknown.
            let owned_office = s.title.is_some() && s.person.is_none() && s.start > 0 && self.lang.possessives.contains(&self.tokens[s.start - 1].norm);
            if unknown_source && owned_office {
                continue;
            }
            if t.is_none() && self.damages_its_own(c) {
                continue;
            }
            if t.is_none() && self.pays_its_own(c) {
                continue;
            }
            if target_code.is_none() && self.reaches_own_seat(c, groups, source_code.as_deref()) {
                continue;
            }
            let score = confidence(c.words, &cameo.code, s, target_actor.is_some(), target_code.is_some());
            let (plover_event, plover_mode) = plover_type(c.rule, cameo);
            out.push(Mention {
                article_id: self.article.id.clone(),
                sentence_index: self.index,
                sentence: self.text.slice(self.span.0, self.span.1).to_string(),
                source: source_code,
                source_text: Some(self.actor_text(s).to_string()),
                target: target_code,
                target_text,
                source_person: s.person_on(lexicon, date.as_deref()).map(|p| lexicon.people[p].id.clone()),
                target_person: target_actor.and_then(|t| t.person_on(lexicon, date.as_deref())).map(|p| lexicon.people[p].id.clone()),
                cameo: cameo.code.clone(),
                cameo_label: cameo.label.clone(),
                cameo_root: cameo.root.clone(),
                quad_class: cameo.quad_class,
                goldstein: cameo.goldstein,
                plover_event,
                plover_mode,
                factuality,
                date: date.clone(),
                date_precision: precision,
                date_source,
                historical,
                location: event_location,
                first,
                symmetric,
                rule: c.rule.id.clone(),
                spans: MentionSpans { sentence: self.span, source: Some(self.actor_span(s)), target: target_span, verb: verb_span },
                language: self.language.to_string(),
                confidence: Some(score),
                source_country: None,
                source_org: None,
                target_country: None,
                target_org: None,
            });
        }
        if announced {
            let intents: Vec<Mention> = out.iter().filter_map(|m| self.intent_mention(m, ultimatum)).collect();
            out.extend(intents);
        }
        let accusations = self.reported_aggression(c, &out, groups, source, reporters, date.as_deref());
        out.extend(accusations);
        out
    }

    /// The intent an announced act `m` expresses today (`will give aid` →
    /// 0331, `will impose a curfew` → 1323, `plans to attack … unless` →
    /// the row's `unless` threat), as a mention of its own: asserted, same
    /// actors, date and place, rule `<row>+intent`, less sure than the act.
    /// Acts with no intent form (statements, demands, force posture) give none.
    /// The fight a military weapon named as the act's means makes of it:
    /// after the passive agent word that follows the verb (`by`, `par`), a
    /// weapon a few words on, with only its determiner and qualifiers
    /// between (`by a sophisticated BAK surface-to-air missile`).
    fn weapon_fight(&self, c: &Candidate, clause_end: usize) -> Option<&'static str> {
        const QUALIFIERS: usize = 5;
        let pack = &self.lang.pack;
        let end = clause_end.min(self.tokens.len());
        let by = (c.head.0..end).find(|&k| pack.is_passive_agent(&self.tokens[k].norm))?;
        for t in self.tokens.get(by + 1..end.min(by + 2 + QUALIFIERS))? {
            if self.lang.artillery_weapons.contains(&t.norm) {
                return Some(ARTILLERY_FIGHT);
            }
            if self.lang.aerial_weapons.contains(&t.norm) {
                return Some(AERIAL_FIGHT);
            }
            if t.kind != vigie_text::TokenKind::Word || self.lang.verb_forms.contains(&t.norm) {
                return None;
            }
        }
        None
    }

    fn intent_mention(&self, m: &Mention, ultimatum: bool) -> Option<Mention> {
        let lexicon = self.coder.lexicon;
        let form = lexicon.intents.of(&m.cameo)?;
        let code = lexicon.cameo.get(if ultimatum { &form.unless } else { &form.intent })?;
        Some(Mention {
            cameo: code.code.clone(),
            cameo_label: code.label.clone(),
            cameo_root: code.root.clone(),
            quad_class: code.quad_class,
            goldstein: code.goldstein,
            plover_event: code.plover_event.clone(),
            plover_mode: code.plover_mode.clone(),
            factuality: Factuality::Asserted,
            symmetric: false,
            first: false,
            rule: format!("{}{INTENT_RULE_SUFFIX}", m.rule),
            confidence: m.confidence.map(|s| (s * INTENT_CONFIDENCE * 100.0).round() / 100.0),
            ..m.clone()
        })
    }

    /// `agreed to an extension of the mandate for the force in Lebanon`, `sont
    /// convenus d'une prolongation du mandat de la force au Liban`: an actor
    /// reached through a noun's complement in the object the verb takes is
    /// part of what is agreed, not the partner (`agreed to a truce with Kiev`).
    fn actor_inside_object(&self, verb_end: usize, actor_start: usize) -> bool {
        let pack = &self.lang.pack;
        verb_end < actor_start
            && actor_start <= self.tokens.len()
            && pack.is_determiner(&self.tokens[verb_end].norm)
            && self.tokens[verb_end + 1..actor_start].iter().any(|t| pack.is_genitive(&t.norm))
    }

    /// `The US said that Iraq had attacked Kuwait`, `X claimed that ISIL
    /// had taken Mosul`: a speaker named before its statement verb who
    /// reports force used by another country's actor accuses that actor of
    /// aggression (1123), as CAMEO codes such statements; the force keeps
    /// the factuality of the reported clause. Reports of one's own side,
    /// by a speaker of unknown country, or after the fact (`…, officials
    /// said`) accuse no one.
    fn reported_aggression(&self, c: &Candidate, coded: &[Mention], groups: &[Group], source: usize, reporters: &[Reporter], date: Option<&str>) -> Vec<Mention> {
        let lexicon = self.coder.lexicon;
        let Some(accuse) = lexicon.cameo.get(ACCUSATION_OF_AGGRESSION) else { return Vec::new() };
        let country = |code: &str| code.get(..3).filter(|k| !k.starts_with('-')).map(str::to_string);
        let mut out = Vec::new();
        // The speaker opens the sentence and its report runs on to the act
        // (`The US said that Iraq had attacked`), unlike an incise (`…, an AFP
        // correspondent said, two weeks after rebels kidnapped…`).
        let leads = |r: &&Reporter| {
            groups[r.group].start <= MAIN_SUBJECT_REACH
                && groups[r.group].end <= r.verb
                && r.verb_end <= c.head.0
                && !self.tokens[r.verb_end..c.head.0].iter().any(|t| t.kind == vigie_text::TokenKind::Punct)
        };
        out.extend(self.claimed_force(coded, source, reporters, &leads));
        for r in reporters.iter().filter(|r| r.group != source).filter(leads) {
            for m in coded.iter().filter(|m| m.factuality == Factuality::Asserted && matches!(m.cameo_root.as_str(), "18" | "19" | "20")) {
                // `Ukraine said its forces had shelled…`: a side of unknown country is accused by no one.
                let Some(accused) = m.source.as_deref().filter(|k| country(k).is_some()) else { continue };
                for a in groups[r.group].actors.iter().filter(|a| a.has_code()) {
                    let Some(speaker) = a.code(lexicon, date) else { continue };
                    if country(&speaker).is_none() || country(&speaker) == country(accused) {
                        continue;
                    }
                    let verb = Span(self.tokens[r.verb].start, self.tokens[r.verb_end - 1].end);
                    out.push(Mention {
                        source: Some(speaker),
                        source_text: Some(self.actor_text(a).to_string()),
                        source_person: a.person_on(lexicon, date).map(|p| lexicon.people[p].id.clone()),
                        target: m.source.clone(),
                        target_text: m.source_text.clone(),
                        target_person: m.source_person.clone(),
                        cameo: accuse.code.clone(),
                        cameo_label: accuse.label.clone(),
                        cameo_root: accuse.root.clone(),
                        quad_class: accuse.quad_class,
                        goldstein: accuse.goldstein,
                        plover_event: accuse.plover_event.clone(),
                        plover_mode: accuse.plover_mode.clone(),
                        factuality: Factuality::Asserted,
                        symmetric: false,
                        first: false,
                        rule: format!("{}+reported", c.rule.id),
                        spans: MentionSpans { sentence: self.span, source: Some(self.actor_span(a)), target: m.spans.source, verb },
                        ..m.clone()
                    });
                }
            }
        }
        out
    }

    /// `The rebels claimed that they had shelled the base`, `Le groupe
    /// prétend qu'il a attaqué la caserne`: a speaker opening the sentence
    /// who claims force its own side used claims responsibility for it (015,
    /// towards the act's target), as CAMEO codes such claims; the act stays
    /// coded, the claim being evidence of it. A plain `said` is no claim.
    fn claimed_force(&self, coded: &[Mention], source: usize, reporters: &[Reporter], leads: &dyn Fn(&&Reporter) -> bool) -> Vec<Mention> {
        let lexicon = self.coder.lexicon;
        let Some(claim) = lexicon.cameo.get(CLAIM_OF_RESPONSIBILITY) else { return Vec::new() };
        let mut out = Vec::new();
        for r in reporters.iter().filter(|r| r.claim && r.group == source).filter(|r| leads(r)) {
            for m in coded.iter().filter(|m| m.factuality == Factuality::Asserted && m.target.is_some() && matches!(m.cameo_root.as_str(), "18" | "19" | "20")) {
                let verb = Span(self.tokens[r.verb].start, self.tokens[r.verb_end - 1].end);
                out.push(Mention {
                    cameo: claim.code.clone(),
                    cameo_label: claim.label.clone(),
                    cameo_root: claim.root.clone(),
                    quad_class: claim.quad_class,
                    goldstein: claim.goldstein,
                    plover_event: claim.plover_event.clone(),
                    plover_mode: claim.plover_mode.clone(),
                    factuality: Factuality::Asserted,
                    symmetric: false,
                    first: false,
                    rule: format!("{}+claimed", m.rule),
                    spans: MentionSpans { verb, ..m.spans.clone() },
                    ..m.clone()
                });
            }
        }
        out
    }

    /// The code of an actor named by an agent word alone (`police`,
    /// `insurgents`, `the government`): the country a place right after it
    /// gives (`security forces in Guinea`), else `home` (a target acts where
    /// the event happens, or in its source's country), else the country of
    /// the latest actor of the same agent named before it in the sentence,
    /// the dateline's (`Irlande : la Cour suprême…`), or that of the latest
    /// actor of the same agent in the article (`Kenyan police … Police
    /// arrested`); with none, the
    /// country is unknown, `---` as the Phoenix and PLOVER codebooks write
    /// it (`---REB`). The coder never guesses a country the text does not give.
    fn bare_agent_code(&self, a: &Actor, groups: &[Group], places: &[PlaceMention], home: Option<&str>) -> String {
        let agent = a.agent.as_deref().unwrap_or("");
        let lexicon = self.coder.lexicon;
        // `the Sudanese army and paramilitaries`: coordinated with an actor
        // of known country in one phrase, it shares that country.
        let partner = groups
            .iter()
            .find(|g| g.start <= a.start && a.end <= g.end)
            .and_then(|g| g.actors.iter().filter(|b| b.person.is_none() && b.organisation.is_none()).find_map(|b| b.country.clone()));
        // `the mayor of Nablus`, `le maire de Lviv`: a genitive right after
        // the agent word ties it to the place as a locative does.
        // `rebel-held areas of Idlib`: the genitive after the held place.
        let holder = a.end > a.start && actors::names_a_holder(&self.tokens[a.end - 1].norm, self.lang);
        let genitive_at = |k: usize| self.tokens.get(k).is_some_and(|t| self.lang.pack.is_genitive(&t.norm));
        let genitive_after = genitive_at(a.end) || (holder && genitive_at(a.end + 1));
        let attached_place = places.iter().find(|p| {
            p.start >= a.end
                && p.start <= a.end + LOCATIVE_REACH
                && (self.locative_before(p.start) || genitive_after)
                && !groups.iter().any(|g| g.start >= a.end && g.start < p.start)
        });
        let earlier_in_sentence = || {
            groups
                .iter()
                .flat_map(|g| &g.actors)
                .filter(|b| b.end <= a.start && b.agent.as_deref() == Some(agent) && b.person.is_none() && b.organisation.is_none())
                .filter_map(|b| b.country.clone())
                .next_back()
        };
        // `opposed the deployment of a regional peacekeeping force`: a
        // peacekeeping force serves in a country not its own, so neither
        // where it stands nor who speaks of it says whose it is.
        let abroad = agent == PEACEKEEPERS;
        let attached_place = attached_place.filter(|_| !abroad);
        let home = home.filter(|_| !abroad);
        let country = partner
            .or_else(|| attached_place.map(|p| lexicon.places[p.place].country.clone()))
            .or_else(|| home.map(str::to_string))
            .or_else(earlier_in_sentence)
            // `Irlande : la Cour suprême a rejeté…`: the dateline says whose
            // institutions the item speaks of.
            .or_else(|| places.iter().filter(|_| !abroad).find(|p| p.dateline).map(|p| lexicon.places[p.place].country.clone()))
            .or_else(|| self.discourse.country_of_agent(agent))
            // `le président` after `Emmanuel Macron`: the holder named earlier;
            // not `le président de la CPME`, who heads something else.
            .or_else(|| a.title.filter(|_| !genitive_after).and_then(|t| self.discourse.country_of_title_holder(lexicon, t, self.article_dates.reference().as_deref())))
            .or_else(|| self.home_country_of(agent, groups, places))
            .unwrap_or_else(|| UNKNOWN_COUNTRY.to_string());
        format!("{country}{agent}")
    }

    /// `À Montpellier, la police a fait usage de gaz lacrymogènes`, `30
    /// personnes ont été interpellées à Paris par les forces de l'ordre`:
    /// police, protesters, strikers or judges who use force or coercion
    /// (quad class 4) do it where they are, so a bare agent word of theirs
    /// belongs to the country of the place the event is located in. A
    /// government, a legislature or an elite may act on a place far from
    /// home (`a rappelé son ambassadeur à Alger`), so they take no country
    /// from it.
    fn acts_where_it_stands<'l>(&self, s: &Actor, cameo: &CameoCode, location: Option<&'l Location>) -> Option<&'l str> {
        let agent = s.agent.as_deref()?;
        let lexicon = self.coder.lexicon;
        (cameo.quad_class == 4 && DOMESTIC_AGENTS.contains(&agent) && !AGENTS_ACTING_AFAR.contains(&agent))
            .then_some(location?)
            .map(|l| l.country.as_str())
            .filter(|c| lexicon.country_place(c).is_some())
    }

    /// `staged a hunger strike in protest against`, `ont entamé une grève
    /// de la faim en signe de protestation contre`: a protest named by a
    /// noun after a preposition, following another protest in its clause,
    /// says what that protest was, not a second one.
    fn restates_protest(&self, a: &Candidate, b: &Candidate, near: bool) -> bool {
        let pack = &self.lang.pack;
        let k = b.head.0;
        near && k > a.head.1
            && a.rule.cameo.starts_with(PROTEST_ROOT)
            && b.rule.cameo.starts_with(PROTEST_ROOT)
            && (pack.is_one_word_locative(&self.tokens[k - 1].lower()) || pack.is_genitive(&self.tokens[k - 1].norm))
    }

    /// The publisher's country for a domestic agent word, when neither this
    /// sentence nor an earlier one of the article names another country.
    fn home_country_of(&self, agent: &str, groups: &[Group], places: &[PlaceMention]) -> Option<String> {
        if !DOMESTIC_AGENTS.contains(&agent) {
            return None;
        }
        let home = match self.home_country {
            Some(home) => home,
            None => self.article_country(agent, places)?,
        };
        let own = |c: Option<&str>| c.is_none_or(|c| c == home);
        let actors_at_home = groups.iter().flat_map(|g| &g.actors).all(|b| own(b.country.as_deref()));
        // A place counts where the text puts something (`à Rome`, a dateline):
        // a name that merely matches a far city (`la loi Garot`) does not.
        let places_at_home = places.iter().filter(|p| p.dateline || self.locative_before(p.start)).all(|p| own(Some(&self.coder.lexicon.places[p.place].country)));
        (actors_at_home && places_at_home && self.discourse.names_no_country_but(home)).then(|| home.to_string())
    }

    /// With no publisher's country known, the one country the article has
    /// named so far — its actors, and the places it put something in — or,
    /// in its first sentences, the country of a place this sentence puts
    /// something in: `Emmanuel Macron … Les manifestants ont défilé`. A
    /// government may act on a place abroad (`a rappelé son ambassadeur à
    /// Alger`), so such a place alone gives it none. The caller still
    /// checks that nothing here belongs to another country.
    fn article_country<'p>(&'p self, agent: &str, places: &[PlaceMention]) -> Option<&'p str> {
        let lexicon = self.coder.lexicon;
        self.discourse.sole_country().or_else(|| {
            places
                .iter()
                .filter(|_| !AGENTS_ACTING_AFAR.contains(&agent))
                .find(|p| p.dateline || self.locative_before(p.start))
                .map(|p| lexicon.places[p.place].country.as_str())
        })
    }

    /// Whether an agent word or title is followed by a capitalised word of
    /// no lexicon entry (`President Francois Mitterand`, `Judge Alejandro
    /// Rivera`): one person the lexicon does not know, not a group of that
    /// sector; a person's country is never guessed, so it names no actor.
    fn names_someone_unknown(&self, a: &Actor) -> bool {
        // `the newspaper La Prensa`, `le parti Unamos`: a body's own name.
        let names_a_body = a.end > a.start && self.lang.named_bodies.contains(&self.tokens[a.end - 1].norm);
        !names_a_body && self.tokens.get(a.end).is_some_and(|t| t.kind == vigie_text::TokenKind::Word && t.capitalised && !self.lang.pack.is_function_word(&t.norm))
    }

    /// `reimposed blockades in the West Bank following the deaths of two
    /// Israelis`, `a bombardé Gaza après la mort de deux soldats`: coercion
    /// and force aim at what stands before the event they answer; the
    /// victims of that event are not their target, the place before is.
    fn behind_a_cause(&self, c: &Candidate, g: &Group) -> bool {
        let coercion_or_force = c.rule.cameo.starts_with("17") || is_force_code(&c.rule.cameo);
        coercion_or_force && g.start > c.verb_end && self.tokens[c.verb_end..g.start].iter().any(|t| self.lang.pack.is_cause_opener(&t.norm))
    }

    /// `ont versé 50 milliards d'euros à leurs actionnaires`, `paid $2bn to
    /// its shareholders`: aid whose recipient, right after the dative, is
    /// the giver's own (a possessive) and names no actor is a payment within
    /// the body (dividends, wages), no aid to anyone.
    fn pays_its_own(&self, c: &Candidate) -> bool {
        if !c.rule.cameo.starts_with(AID_ROOT) {
            return false;
        }
        let pack = &self.lang.pack;
        let phrase_end = c.literals.iter().map(|l| l.1).max().unwrap_or(c.verb_end).max(c.verb_end);
        let end = self.tokens.len().min(phrase_end + PAYEE_REACH);
        let reach = self.tokens.get(c.head.0..end).unwrap_or_default();
        reach
            .iter()
            .take_while(|t| !matches!(t.norm.as_str(), "," | ";" | "." | ":"))
            .zip(reach.iter().skip(1))
            .any(|(t, next)| pack.is_infinitive_marker(&t.norm) && !pack.is_genitive(&t.norm) && self.lang.possessives.contains(&next.norm))
    }

    /// `l'arrivée d'Emmanuel Macron à l'Élysée`, `since Trump's arrival at
    /// the White House`: a journey to the seat of the traveller's own
    /// government is taking or holding office, no visit to anyone.
    fn reaches_own_seat(&self, c: &Candidate, groups: &[Group], source_code: Option<&str>) -> bool {
        let Some(source_code) = source_code.filter(|_| c.rule.flags.travel) else { return false };
        let end = c.verb_end + SEAT_REACH;
        groups.iter().filter(|g| g.start > c.head.0 && g.start <= end).any(|g| {
            !self.tokens[c.head.0..g.start].iter().any(|t| t.kind == vigie_text::TokenKind::Punct)
                && g.actors.iter().all(|a| a.is_seat_only() && a.country.as_deref().is_some_and(|k| source_code.starts_with(k)))
        })
    }

    /// `Palestinian prisoners rioted, setting fire to their mattresses`,
    /// `ont incendié leurs matelas`: damage or force whose object, right
    /// after the verb's words, is the actor's own (a possessive) falls on
    /// no one else; with no actor named as target it is no act on anyone,
    /// wherever it happens.
    fn damages_its_own(&self, c: &Candidate) -> bool {
        let damage = c.rule.cameo.starts_with(PROPERTY_DAMAGE) || is_force_code(&c.rule.cameo);
        let phrase_end = c.literals.iter().map(|l| l.1).max().unwrap_or(c.verb_end).max(c.verb_end);
        damage && !c.rule.flags.nominal && self.tokens.get(phrase_end).is_some_and(|t| self.lang.possessives.contains(&t.norm))
    }

    /// Whether a token only links words (a determiner, a preposition, a
    /// function word), naming nothing of its own.
    fn only_links(&self, t: &Token) -> bool {
        let pack = &self.lang.pack;
        t.kind == vigie_text::TokenKind::Word && (pack.is_determiner(&t.norm) || pack.is_function_word(&t.norm) || pack.is_group_break(&t.norm) || pack.is_genitive(&t.norm))
    }

    /// Whether the subordinator at `k` opens a clause of its own: an actor
    /// right after it (past determiners) stands right before a verb form
    /// (`withdrew from the village as Ukrainian forces threatened to
    /// encircle it`). Its actors are not the main verb's object.
    fn opens_a_subordinate_clause(&self, k: usize, groups: &[Group]) -> bool {
        let pack = &self.lang.pack;
        if !pack.is_subordinator(&self.tokens[k].norm) {
            return false;
        }
        groups.iter().any(|h| {
            let mut s = h.start;
            while s > k + 1 && pack.is_determiner(&self.tokens[s - 1].norm) {
                s -= 1;
            }
            // (A finite verb: `cities such as Kharkiv, killing…` opens no clause.)
            let finite = |t: &Token| self.lang.verb_forms.contains(&t.norm) && !pack.is_gerund(&t.norm);
            s == k + 1 && self.tokens[h.end..(h.end + 3).min(self.tokens.len())].iter().take_while(|t| t.kind != vigie_text::TokenKind::Punct).any(finite)
        })
    }

    /// `Le chef de l'État a déclaré depuis Bruxelles`: the places a speaker's
    /// agent word may take its country from stop at the first place after
    /// the verb that a standpoint word introduces (phrase_words.tsv).
    fn before_standpoint<'p>(&self, places: &'p [PlaceMention], verb: usize) -> &'p [PlaceMention] {
        let pack = &self.lang.pack;
        let standpoint = |p: &PlaceMention| {
            let mut k = p.start;
            if k > 0 && pack.is_determiner(&self.tokens[k - 1].norm) {
                k -= 1;
            }
            k > verb && self.lang.standpoints.contains(&self.tokens[k - 1].norm)
        };
        match places.iter().position(standpoint) {
            Some(i) => &places[..i],
            None => places,
        }
    }

    /// `les policiers se mobilisaient contre la réforme`: an actor named by
    /// the members of a security force (phrase_words.tsv, staff) rather
    /// than by the force as a body.
    fn names_staff(&self, a: &Actor) -> bool {
        self.tokens.get(a.start..a.end).is_some_and(|ts| ts.iter().any(|t| self.lang.staff.contains(&t.norm)))
    }

    /// `Speaking in Paris, Biden…`, `S'exprimant à Paris, Biden…`: whether a
    /// place stands in a participle clause that opens the sentence and
    /// closes with a comma before the verb.
    fn in_opening_participle(&self, place_start: usize, verb: usize) -> bool {
        let pack = &self.lang.pack;
        let Some(comma) = self.tokens[..verb.min(self.tokens.len())].iter().position(|t| t.norm == ",") else { return false };
        let first = usize::from(self.tokens.first().is_some_and(|t| pack.is_reflexive(&t.norm)));
        place_start < comma
            && self.tokens.get(first).is_some_and(|t| t.kind == vigie_text::TokenKind::Word && pack.is_gerund(&t.norm) && self.lang.verb_forms.contains(&t.norm))
    }

    /// `bans on travel to Canada against four Russian officers`,
    /// `interdictions de voyager vers le Canada contre quatre officiers
    /// russes`: in a conflictual act, a group a destination preposition
    /// opens, right followed by `against`/`contre` and an actor, is where the
    /// act leads; the actor after `against` is what it is aimed at. A
    /// cooperative act keeps its recipient (`sent arms to Ukraine against
    /// Russia`).
    fn destination_before_target(&self, c: &Candidate, g: &Group, groups: &[Group], clause_end: usize) -> bool {
        let pack = &self.lang.pack;
        let Some(p) = self.tokens.get(g.end) else { return false };
        if !pack.is_target_preposition(&p.norm) {
            return false;
        }
        // (`au`, `aux` are a preposition and a determiner in one word.)
        let mut k = g.start;
        while k > 0 && pack.is_determiner(&self.tokens[k - 1].norm) && !pack.is_destination_preposition(&self.tokens[k - 1].norm) {
            k -= 1;
        }
        if k == 0 || !pack.is_destination_preposition(&self.tokens[k - 1].norm) {
            return false;
        }
        let conflict = self.coder.lexicon.cameo.get(c.rule.cameo.as_str()).is_some_and(|k| k.quad_class >= CONFLICT_QUAD_CLASS);
        conflict && groups.iter().any(|h| h.start > g.end && h.start <= g.end + TARGET_PREPOSITION_REACH && h.end <= clause_end && !self.tokens[g.end..h.start].iter().any(|t| t.kind == vigie_text::TokenKind::Punct))
    }

    /// `a appelé au calme lors d'une visite en Égypte`, `criticised the
    /// violence during a meeting with the government`: a time preposition
    /// between the verb and the group, no punctuation closing its phrase
    /// (a comma, a bracket: `(décédés lors du massacre de 1897) à une
    /// délégation`), makes the group part of when the act happened.
    fn in_a_time_phrase(&self, c: &Candidate, g: &Group) -> bool {
        let pack = &self.lang.pack;
        let Some(between) = self.tokens.get(c.verb_end..g.start) else { return false };
        between
            .iter()
            .rposition(|t| pack.is_time_preposition(&t.norm))
            .is_some_and(|k| !between[k..].iter().any(|t| t.kind == vigie_text::TokenKind::Punct))
    }

    /// Whether a group can be what the verb acts on: an actor with a code,
    /// or an agent word standing as a noun of its own, with or without a
    /// determiner (`the government`, `contre le gouvernement`, `accused
    /// rebels of`), not as a modifier (`military aid`, `l'aide militaire`),
    /// which says what kind of thing, not who.
    fn may_be_object(&self, g: &Group) -> bool {
        if g.actors.iter().any(Actor::has_code) {
            return true;
        }
        let pack = &self.lang.pack;
        // A date word is no noun an agent word qualifies (`rebels yesterday`),
        // and an agent word that already qualifies a place held by force
        // (`positions rebelles près de Nyala`) names the group there.
        let after_site = (pack.adjectives_follow_noun && g.start > 0 && actors::names_a_group_site(self.tokens, g.start - 1, self.lang))
            || (g.end > g.start && actors::names_a_holder(&self.tokens[g.end - 1].norm, self.lang));
        let modifies_next = !after_site
            && self
                .tokens
                .get(g.end)
                .is_some_and(|t| {
                    t.kind == vigie_text::TokenKind::Word
                        && !pack.is_function_word(&t.norm)
                        && !pack.is_group_break(&t.norm)
                        && !actors::is_date_word(pack, &t.norm)
                        // `found 14 activists guilty`: an adjective said of the object.
                        && !self.lang.predicatives.contains(&t.norm)
                        // `the newspaper Cumhuriyet`: the body's own name.
                        && !(t.capitalised && g.end > g.start && self.lang.named_bodies.contains(&self.tokens[g.end - 1].norm))
                })
            && !actors::names_a_group_site(self.tokens, g.end, self.lang);
        g.actors.iter().any(Actor::is_bare_agent) && !modifies_next
    }

    /// The end of a dateline: a few capitalised words (names, commas) that
    /// open the sentence and end at a colon; 0 when there is none. The
    /// lower-case words of a name (`Arabie saoudite`, `Émirats arabes
    /// unis`) and the conjunctions of a list (`Qatar et Arabie saoudite`)
    /// belong to it too.
    fn dateline_end(&self, entities: &[EntityMatch]) -> usize {
        let pack = &self.lang.pack;
        let colon = self.tokens.iter().take(DATELINE_REACH + 1).position(|t| t.norm == ":");
        let in_name = |i: usize| {
            entities.iter().any(|e| {
                e.start <= i && i < e.end && self.tokens[e.start].capitalised && e.refs.iter().any(|r| matches!(r, EntityRef::Place(_) | EntityRef::Country { .. }))
            })
        };
        match colon {
            Some(k)
                if k > 0
                    && self.tokens[..k].iter().enumerate().all(|(i, t)| {
                        t.capitalised
                            || t.kind != vigie_text::TokenKind::Word
                            || pack.is_function_word(&t.norm)
                            || pack.is_determiner(&t.norm)
                            || pack.is_conjunction(&t.norm)
                            || in_name(i)
                    }) =>
            {
                k
            }
            _ => 0,
        }
    }

    /// Whether the verb at `head` is a present participle right after a comma
    /// (an adverb may stand between): `…, renforçant ainsi`, `…, killing`.
    fn continues_main_clause(&self, head: usize) -> bool {
        let pack = &self.lang.pack;
        if !pack.is_gerund(&self.tokens[head].norm) {
            return false;
        }
        let mut k = head;
        while k > 0 {
            let t = &self.tokens[k - 1];
            if t.norm == "," {
                return true;
            }
            if t.kind != vigie_text::TokenKind::Word || k + 2 < head {
                return false;
            }
            // `According to the newspaper, France is investigating`: after
            // a subject and its auxiliary the -ing form is a tense of its own
            // clause's verb (`…, but was still refusing` has no subject).
            let subject_before = k >= 2 && self.tokens[k - 2].kind == vigie_text::TokenKind::Word && !pack.is_function_word(&self.tokens[k - 2].norm);
            if subject_before && (pack.is_passive_auxiliary(&t.norm) || pack.is_auxiliary(&t.lower())) {
                return false;
            }
            k -= 1;
        }
        false
    }

    fn actor_span(&self, a: &Actor) -> Span {
        Span(self.tokens[a.start].start, self.tokens[a.end - 1].end)
    }

    fn actor_text(&self, a: &Actor) -> &str {
        let s = self.actor_span(a);
        self.text.slice(s.0, s.1)
    }

    fn location(&self, place: &Place, start: usize, end: usize) -> Location {
        let name = self.text.slice(self.tokens[start].start, self.tokens[end - 1].end).to_string();
        self.location_named(place, name)
    }

    fn location_named(&self, place: &Place, name: String) -> Location {
        Location { name, country: place.country.clone(), lat: place.lat, lon: place.lon, place_id: place.id.clone() }
    }
}

/// `vendredi matin`, `Monday evening`: a part of the day right after a date
/// belongs to it, so verb patterns and incise speakers step over it too.
fn mark_day_part(tokens: &[Token], pack: &vigie_text::LanguagePack, at: usize, in_date: &mut [bool]) {
    if tokens.get(at).is_some_and(|t| pack.is_day_part(&t.norm)) {
        in_date[at] = true;
    }
}
