//! The strategic brief, in the founding article's shape: summary; what
//! happened (asserted events only); the treaty and its obligations;
//! third-party reactions; what is possible but not established (planned,
//! hypothetical and denied events, and the sources' own possibilities,
//! each labelled); what to watch (escalation signals); evidence. Every
//! statement ends with its citations, numbered in the evidence list (article,
//! sentence, text). The wording is in `templates/*.tsv`.

use std::collections::HashMap;

use serde::Serialize;
use vigie_model::Factuality;
use vigie_store::dedup::actor_key;

use crate::names::{capitalise, fr_de, ActorNames};
use crate::reactions::{reactions_to, Reaction};
use crate::series::{dyad_series, in_dyad, DyadSeries, Period, SeriesOptions};
use crate::signals::{escalation_signals, SignalOptions};
use crate::text::{words, Cues};
use crate::treaties::detect_treaties;
use crate::{actor_matches, AnalysisError, Cite, Dataset, Ev};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Fr,
    En,
}

impl Lang {
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim() {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BriefFormat {
    Markdown,
    Html,
}

#[derive(Debug, Clone)]
pub struct BriefOptions {
    pub a: String,
    pub b: String,
    pub since: Option<String>,
    pub lang: Lang,
    pub format: BriefFormat,
}

const PHRASES: &str = include_str!("../templates/brief.tsv");
const CAMEO: &str = include_str!("../templates/cameo.tsv");

/// Rows of a template file: key → [fr, en] (or [kind, fr, en] flattened by the caller).
fn rows(text: &str) -> Vec<Vec<&str>> {
    text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).skip(1).map(|l| l.split('\t').collect()).collect()
}

/// The brief's wording in one language: phrases, event names, actor names, dates.
struct Words<'a> {
    lang: Lang,
    li: usize,
    phrases: HashMap<String, [String; 2]>,
    cameo: Vec<(String, [String; 2])>,
    names: &'a ActorNames,
}

impl<'a> Words<'a> {
    fn new(lang: Lang, names: &'a ActorNames) -> Words<'a> {
        let two = |r: &[&str], i: usize| [r.get(i).unwrap_or(&"").to_string(), r.get(i + 1).unwrap_or(&"").to_string()];
        let phrases = rows(PHRASES).iter().map(|r| (r[0].to_string(), two(r, 1))).collect();
        let mut cameo: Vec<(String, [String; 2])> = rows(CAMEO).iter().map(|r| (r[0].to_string(), two(r, 1))).collect();
        cameo.sort_by_key(|c| std::cmp::Reverse(c.0.len()));
        Words { lang, li: if lang == Lang::Fr { 0 } else { 1 }, phrases, cameo, names }
    }

    fn t(&self, key: &str) -> String {
        self.phrases.get(key).map(|p| p[self.li].clone()).unwrap_or_else(|| key.to_string())
    }

    fn f(&self, key: &str, vals: &[(&str, String)]) -> String {
        let mut s = self.t(key);
        for (k, v) in vals {
            s = s.replace(&format!("{{{k}}}"), v);
        }
        s
    }

    /// A phrase that agrees with a number: `{key}_one` for 0 or 1 in French
    /// and 1 in English, else `{key}_many`; `{n}` is the number.
    fn count(&self, key: &str, n: usize, vals: &[(&str, String)]) -> String {
        let one = n == 1 || (n == 0 && self.lang == Lang::Fr);
        let mut all = vals.to_vec();
        all.push(("n", n.to_string()));
        self.f(&format!("{key}_{}", if one { "one" } else { "many" }), &all)
    }

    /// An actor as prose (`le gouvernement russe`, `Yoon Suk Yeol (Corée du Sud)`).
    fn actor(&self, code: Option<&str>, person: Option<&str>) -> String {
        match code {
            Some(c) => self.names.actor(c, person, self.lang),
            None => self.t("nobody"),
        }
    }

    /// `la Russie et la Corée du Nord`, `Russia, China and Iran`.
    fn list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => format!("{} {} {last}", init.join(", "), self.t("and")),
        }
    }

    /// The parties of a treaty at country level, as prose.
    fn parties(&self, parties: &[String]) -> String {
        let mut keys: Vec<String> = Vec::new();
        for p in parties {
            let k = actor_key(Some(p));
            if !keys.contains(&k) {
                keys.push(k);
            }
        }
        self.list(&keys.iter().map(|k| self.names.country(k, self.lang)).collect::<Vec<_>>())
    }

    fn what(&self, cameo: &str, label: &str) -> String {
        self.cameo.iter().find(|(c, _)| cameo.starts_with(c.as_str())).map(|(_, v)| v[self.li].clone()).unwrap_or_else(|| label.to_string())
    }

    /// Who did what to whom: `l’armée nord-coréenne → la Russie`, with the
    /// place unless it only repeats the target country.
    fn who(&self, e: &Ev) -> String {
        let ev = &e.event;
        let source = self.actor(ev.source.as_deref(), ev.source_person.as_deref());
        let mut s = match &ev.target {
            Some(t) => {
                let target = self.actor(Some(t), ev.target_person.as_deref());
                let key = if ev.symmetric { "event_sym" } else { "event_pair" };
                self.f(key, &[("source", source), ("target", target)])
            }
            None => source,
        };
        if let Some(l) = &ev.location {
            let target_country = ev.target.as_deref().map(|t| actor_key(Some(t)));
            let whole_country = l.place_id.starts_with("country-") || l.place_id.is_empty() && target_country.as_deref() == Some(l.country.as_str());
            if !(whole_country && target_country.as_deref() == Some(l.country.as_str())) {
                s.push_str(&self.f("event_place", &[("place", l.name.clone())]));
            }
        }
        s
    }

    /// `Visite : l’armée nord-coréenne → la Russie` (a statement of its own).
    fn event(&self, e: &Ev) -> String {
        self.f("event_line", &[("what", self.what(&e.event.cameo, &e.event.cameo_label)), ("who", self.who(e))])
    }

    /// `visite (l’armée nord-coréenne → la Russie, 2024)` (inside a sentence).
    fn event_inline(&self, e: &Ev) -> String {
        let what = lower_first(&self.what(&e.event.cameo, &e.event.cameo_label));
        self.f("event_inline", &[("what", what), ("who", self.who(e)), ("date", self.date(e.event.date.as_deref()))])
    }

    /// `19 juin 2024`, `juillet 2024`, `2024`, or the phrase for no date.
    fn date(&self, d: Option<&str>) -> String {
        let Some(d) = d else { return self.t("undated") };
        let months: Vec<String> = self.t("months").split('|').map(str::to_string).collect();
        let parts: Vec<&str> = d.split('-').collect();
        let month = |m: &str| m.parse::<usize>().ok().and_then(|m| months.get(m.wrapping_sub(1)).cloned());
        match parts.as_slice() {
            [y, m, day] => match (month(m), day.parse::<u32>()) {
                (Some(mn), Ok(dn)) => {
                    let dayname = if dn == 1 { self.t("first_day") } else { dn.to_string() };
                    self.f("day_date", &[("day", dayname), ("month", mn), ("year", y.to_string())])
                }
                _ => d.to_string(),
            },
            [y, m] => month(m).map(|mn| self.f("month_date", &[("month", mn), ("year", y.to_string())])).unwrap_or_else(|| d.to_string()),
            _ => d.to_string(),
        }
    }

    /// `le 19 juin 2024`, `en juillet 2024`, `à une date inconnue`.
    fn on_date(&self, d: Option<&str>) -> String {
        let key = match d.map(|d| d.split('-').count()) {
            None => return self.t("on_unknown"),
            Some(3) => "on_day",
            _ => "on_period",
        };
        self.f(key, &[("date", self.date(d))])
    }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        // Keep acronyms (`ONG`) as they are.
        Some(f) if !c.clone().next().is_some_and(|n| n.is_uppercase()) => f.to_lowercase().chain(c).collect(),
        _ => s.to_string(),
    }
}

/// One statement of the brief with the evidence numbers it cites.
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub text: String,
    /// Numbers in [`Brief::evidence`] (1-based).
    pub cites: Vec<usize>,
    /// The stored events the statement is about (none for a source's own sentence).
    pub event_ids: Vec<i64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Section {
    /// `summary`, `facts`, `treaty`, `reactions`, `possible`, `watch`.
    pub key: String,
    pub title: String,
    pub items: Vec<Item>,
    /// Statements the section has in the store; more than `items` when the
    /// brief keeps only the [`MAX_ITEMS`] most reported ones.
    pub total: usize,
}

/// The most statements a section of the brief lists (a brief is read, not
/// searched: the rest is in the store, and its count in the section's title).
pub const MAX_ITEMS: usize = 40;

/// The most treaties a brief describes (the latest).
pub const MAX_TREATIES: usize = 5;

/// The brief as data (what `write_brief` renders; the API serves it as JSON).
#[derive(Debug, Clone, Serialize)]
pub struct Brief {
    /// `fr` or `en`.
    pub lang: String,
    /// The two actors as asked (`RUS`, `PRK`).
    pub actors: [String; 2],
    pub since: Option<String>,
    pub title: String,
    pub scope: String,
    pub sections: Vec<Section>,
    /// Every cited sentence, numbered from 1 in order of first use.
    pub evidence: Vec<Cite>,
    /// The dyad's monthly series the chart draws.
    pub series: DyadSeries,
    #[serde(skip)]
    pub chart: Option<String>,
    pub chart_caption: String,
}

#[derive(Default)]
struct Evidence {
    list: Vec<Cite>,
}

impl Evidence {
    fn cite(&mut self, cites: &[Cite]) -> Vec<usize> {
        let mut out = Vec::new();
        for c in cites {
            let n = match self.list.iter().position(|x| x.article_id == c.article_id && x.sentence == c.sentence) {
                Some(i) => i + 1,
                None => {
                    self.list.push(c.clone());
                    self.list.len()
                }
            };
            if !out.contains(&n) {
                out.push(n);
            }
        }
        out
    }

    fn item(&mut self, text: String, cites: &[Cite], event_ids: Vec<i64>) -> Item {
        Item { text, cites: self.cite(cites), event_ids }
    }
}

/// A third party's reaction, its targets merged (`envers la Russie et la Corée du Nord`).
struct ReactionGroup<'r> {
    first: &'r Reaction,
    targets: Vec<String>,
    event_ids: Vec<i64>,
}

fn group_reactions(reactions: &[Reaction]) -> Vec<ReactionGroup<'_>> {
    let mut groups: Vec<ReactionGroup> = Vec::new();
    for r in reactions {
        let same = groups.iter_mut().find(|g| {
            let f = g.first;
            f.actor == r.actor && f.person == r.person && f.cameo == r.cameo && f.date == r.date && f.cites.first() == r.cites.first()
        });
        match same {
            Some(g) => {
                if let Some(t) = &r.target {
                    g.targets.push(t.clone());
                }
                g.event_ids.push(r.event_id);
            }
            None => groups.push(ReactionGroup { first: r, targets: r.target.iter().cloned().collect(), event_ids: vec![r.event_id] }),
        }
    }
    groups
}

/// Builds the brief on the dyad `a`–`b` from a dataset (a whole store's, or
/// one loaded with [`crate::Scope::brief`]).
pub fn build_brief(ds: &Dataset, cues: &Cues, opts: &BriefOptions) -> Result<Brief, AnalysisError> {
    let w = Words::new(opts.lang, &cues.names);
    let names = &cues.names;
    let (a, b) = (opts.a.as_str(), opts.b.as_str());
    let bare = |spec: &str| if actor_key(Some(spec)) == spec { names.country_bare(spec, opts.lang) } else { capitalise(&names.actor(spec, None, opts.lang)) };
    let prose = |spec: &str| if actor_key(Some(spec)) == spec { names.country(spec, opts.lang) } else { names.actor(spec, None, opts.lang) };
    for spec in [a, b] {
        if !ds.knows_actor(spec) {
            let store_note = if ds.events.is_empty() { " (the store holds no event in this period)" } else { "" };
            return Err(AnalysisError::Usage(format!("no stored event involves {spec}{store_note}")));
        }
    }
    let mut ev = Evidence::default();
    let by_id = ds.index();
    let involves = |e: &Ev| [a, b].iter().any(|s| actor_matches(s, e.event.source.as_deref()) || actor_matches(s, e.event.target.as_deref()));
    let mut treaties: Vec<_> = detect_treaties(ds, cues)
        .into_iter()
        .filter(|t| t.parties.iter().any(|p| actor_matches(a, Some(p))) && t.parties.iter().any(|p| actor_matches(b, Some(p))))
        .collect();
    if treaties.len() > MAX_TREATIES {
        // The latest ones (by signature, else by their first link).
        let day = |t: &crate::Treaty| t.date.as_deref().and_then(vigie_store::dates::interval).map(|i| i.0);
        treaties.sort_by_key(|t| std::cmp::Reverse((day(t), t.id)));
        treaties.truncate(MAX_TREATIES);
        treaties.sort_by_key(|t| (day(t), t.id));
    }
    // A treaty clause says what must happen, not what did: an event read
    // only from clause sentences is not a fact (the obligation states it).
    let clause_sentences: Vec<(String, usize)> =
        treaties.iter().flat_map(|t| t.obligations.iter().map(|o| (o.cite.article_id.clone(), o.cite.sentence))).collect();
    let from_clause = |e: &Ev| {
        !e.mentions.is_empty() && e.mentions.iter().all(|m| clause_sentences.contains(&(m.article.external_id.clone(), m.mention.sentence_index)))
    };
    let dyad: Vec<&Ev> = ds.events.iter().filter(|e| in_dyad(e, a, b, false) && !from_clause(e)).collect();
    // Facts in date order, the undated last.
    let mut facts: Vec<&Ev> = dyad.iter().copied().filter(|e| e.asserted()).collect();
    facts.sort_by_key(|e| (e.day.is_none(), e.day, e.event.id));

    // What happened.
    let mut fact_items = Vec::new();
    let mut totals: HashMap<&str, usize> = HashMap::new();
    totals.insert("facts", facts.len());
    // Events that ratify, invoke or breach a treaty say so among the facts.
    let mut link_tags: HashMap<i64, String> = HashMap::new();
    for t in &treaties {
        let name = t.name_by_language.get(if opts.lang == Lang::Fr { "fr" } else { "en" }).unwrap_or(&t.name);
        for l in t.events.iter().filter(|l| ["ratify", "invoke", "breach"].contains(&l.role.as_str())) {
            let role = lower_first(&w.t(&format!("role_{}", l.role)));
            link_tags.entry(l.event_id).or_insert_with(|| w.f("fact_link", &[("role", role), ("name", name.clone())]));
        }
    }
    for e in &most_reported(&facts, MAX_ITEMS) {
        let mut text = w.event(e);
        if e.first_in_text {
            text.push_str(&w.t("first_tag"));
        }
        if let Some(tag) = link_tags.get(&e.event.id) {
            text.push_str(tag);
        }
        let line = w.f("fact_line", &[("date", w.date(e.event.date.as_deref())), ("event", text)]);
        fact_items.push(ev.item(line, &e.cites, vec![e.event.id]));
    }

    // The treaty and its obligations.
    let nature = |key: &str, code: &Option<String>| -> String {
        code.as_ref().map(|c| w.f(key, &[("what", lower_first(&w.what(c, c))), ("code", c.clone())])).unwrap_or_default()
    };
    let of_party = |code: &str| -> String {
        let name = names.country(&actor_key(Some(code)), opts.lang);
        if opts.lang == Lang::Fr { fr_de(&name) } else { name }
    };
    let mut treaty_items = Vec::new();
    let brief_lang = if opts.lang == Lang::Fr { "fr" } else { "en" };
    for t in &treaties {
        // A name quoted from a source in another language says so.
        let source_lang = t.cites.first().and_then(|c| ds.article_row(&c.article_id)).and_then(|r| ds.articles.get(&r)).map(|a| a.info.language.clone());
        let quoted = match source_lang {
            Some(l) if l != brief_lang && w.phrases.contains_key(&format!("language_{l}")) => {
                w.f("quoted_other", &[("language", w.t(&format!("language_{l}")))])
            }
            _ => String::new(),
        };
        let (name, quoted) = match t.name_by_language.get(brief_lang) {
            Some(n) => (n.clone(), String::new()),
            None => (t.name.clone(), quoted),
        };
        let line = if t.signature_event.is_some() || t.date.is_some() {
            w.f("treaty_line", &[("name", name.clone()), ("quoted", quoted), ("date", w.on_date(t.date.as_deref())), ("parties", w.parties(&t.parties))])
        } else {
            w.f("treaty_line_text", &[("name", name.clone()), ("quoted", quoted), ("parties", w.parties(&t.parties))])
        };
        treaty_items.push(ev.item(line, &t.cites, t.signature_event.into_iter().collect()));
        for c in &t.clauses {
            let cites: Vec<Cite> = t.cites.iter().filter(|x| x.text.contains(c.as_str())).cloned().collect();
            treaty_items.push(ev.item(w.f("treaty_clause", &[("clause", c.clone())]), &cites, vec![]));
        }
        for o in &t.obligations {
            let trigger = o.trigger.as_ref().map(|tr| w.f("obligation_trigger", &[("trigger", tr.clone())])).unwrap_or_default();
            let must = if o.infinitive { w.t("obligation_must") } else { String::new() };
            let vals = |extra: Vec<(&'static str, String)>| {
                let mut v = vec![("action", o.action.clone()), ("trigger", trigger.clone()), ("must", must.clone()), ("nature", nature("obligation_nature", &o.action_cameo)), ("parties", w.parties(&o.obligors))];
                v.extend(extra);
                v
            };
            let text = if o.mutual {
                w.f("obligation_mutual", &vals(vec![]))
            } else if o.obligors.len() == 1 {
                let towards = if o.beneficiaries.is_empty() { String::new() } else { w.f("obligation_towards", &[("beneficiary", w.parties(&o.beneficiaries))]) };
                w.f("obligation_one", &vals(vec![("obligor", of_party(&o.obligors[0])), ("towards", towards)]))
            } else {
                w.f("obligation_parties", &vals(vec![]))
            };
            treaty_items.push(ev.item(text, std::slice::from_ref(&o.cite), vec![]));
        }
        for l in t.events.iter().filter(|l| l.role != "sign") {
            if let Some(e) = by_id.get(&l.event_id) {
                let role = w.t(&format!("role_{}", l.role));
                // A ratification or signature is said by its role; other links say what happened too.
                let what = if l.role == "ratify" || l.role == "sign" { String::new() } else { w.f("treaty_event_what", &[("what", lower_first(&w.what(&e.event.cameo, &e.event.cameo_label)))]) };
                let text = w.f("treaty_event", &[("role", role), ("date", w.date(e.event.date.as_deref())), ("what", what), ("who", w.who(e))]);
                treaty_items.push(ev.item(text, std::slice::from_ref(&l.cite), vec![e.event.id]));
            }
        }
    }

    // Third-party reactions: to the treaties and the dyad's asserted events.
    let mut ids: Vec<i64> = treaties.iter().filter_map(|t| t.signature_event).collect();
    ids.extend(facts.iter().map(|e| e.event.id));
    let reactions = if ids.is_empty() { Vec::new() } else { reactions_to(ds, &ids) };
    let mut reaction_items = Vec::new();
    let mut groups = group_reactions(&reactions);
    totals.insert("reactions", groups.len());
    if groups.len() > MAX_ITEMS {
        // The most reported reactions, then in date order.
        groups.sort_by_key(|g| std::cmp::Reverse(by_id.get(&g.first.event_id).map(|e| (e.event.num_articles, e.event.num_mentions)).unwrap_or_default()));
        groups.truncate(MAX_ITEMS);
        groups.sort_by_key(|g| by_id.get(&g.first.event_id).map(|e| (e.day, e.event.id)));
    }
    for g in groups {
        let r = g.first;
        let tone = w.t(match r.tone.as_str() {
            "cooperative" => "tone_coop",
            "hostile" => "tone_hostile",
            _ => "tone_neutral",
        });
        let targets: Vec<String> = g.targets.iter().map(|t| w.actor(Some(t), None)).collect();
        let target = if targets.is_empty() { String::new() } else { w.f("reaction_target", &[("target", w.list(&targets))]) };
        let text = w.f(
            "reaction_line",
            &[
                ("date", w.date(r.date.as_deref())),
                ("actor", w.actor(Some(&r.actor), r.person.as_deref())),
                ("what", lower_first(&w.what(&r.cameo, &r.cameo_label))),
                ("target", target),
                ("tone", tone),
                ("goldstein", format!("{:+.1}", r.goldstein)),
            ],
        );
        reaction_items.push(ev.item(text, &r.cites, g.event_ids));
    }

    // Possible but not established.
    let mut possible_items = Vec::new();
    let (mut planned, mut hypotheses, mut denied, mut possibilities) = (0, 0, 0, 0);
    let not_facts: Vec<&Ev> = ds.events.iter().filter(|e| !e.asserted() && involves(e) && !from_clause(e)).collect();
    let mut possible_total = not_facts.len();
    for e in &most_reported(&not_facts, MAX_ITEMS) {
        let key = match e.event.factuality {
            Factuality::Planned => {
                planned += 1;
                "possible_planned"
            }
            Factuality::Negated => {
                denied += 1;
                "possible_negated"
            }
            _ => {
                hypotheses += 1;
                "possible_hypothetical"
            }
        };
        let text = w.f(key, &[("event", w.event(e)), ("date", w.date(e.event.date.as_deref()))]);
        possible_items.push(ev.item(text, &e.cites, vec![e.event.id]));
    }
    // The sources' own possibilities: sentences of the dyad's articles with a
    // possibility cue that state no asserted event and are not treaty clauses.
    let mut rows: Vec<i64> = dyad.iter().flat_map(|e| e.article_rows()).collect();
    rows.extend(treaties.iter().flat_map(|t| t.cites.iter().filter_map(|c| ds.article_row(&c.article_id))));
    rows.sort_unstable();
    rows.dedup();
    let stated: std::collections::HashSet<(i64, usize)> = ds
        .events
        .iter()
        .flat_map(|e| e.mentions.iter())
        .filter(|m| m.mention.factuality != Factuality::Hypothetical)
        .map(|m| (m.article.row_id, m.mention.sentence_index))
        .collect();
    for row in rows {
        let Some(article) = ds.articles.get(&row) else { continue };
        let lang = article.info.language.as_str();
        for s in &article.sentences {
            if s.boilerplate || clause_sentences.contains(&(article.info.external_id.clone(), s.index)) {
                continue;
            }
            if stated.contains(&(row, s.index)) || cues.find(lang, "possibility", &words(&s.text), 0).is_none() {
                continue;
            }
            possibilities += 1;
            possible_total += 1;
            if possible_items.len() >= MAX_ITEMS {
                continue;
            }
            let cite = Cite { article_id: article.info.external_id.clone(), sentence: s.index, text: s.text.clone() };
            possible_items.push(ev.item(w.f("possible_sentence", &[("text", s.text.trim().to_string())]), &[cite], vec![]));
        }
    }

    // What to watch.
    let sig_opts = SignalOptions { actor: Some(a.to_string()), with: Some(b.to_string()), ..Default::default() };
    let mut signals = escalation_signals(ds, cues, &treaties, &sig_opts);
    // Threats and military cooperation of third parties towards either actor matter too.
    for spec in [a, b] {
        let o = SignalOptions { actor: Some(spec.to_string()), ..Default::default() };
        for s in escalation_signals(ds, cues, &treaties, &o) {
            if s.kind != "conflict_zscore" && !signals.iter().any(|x| x.kind == s.kind && x.event_ids == s.event_ids) {
                signals.push(s);
            }
        }
    }
    let mut watch_items = Vec::new();
    totals.insert("possible", possible_total);
    totals.insert("watch", signals.len());
    // The latest signals matter most.
    let skip = signals.len().saturating_sub(MAX_ITEMS);
    for s in signals.iter().skip(skip) {
        let dyad = w.list(&[names.country(&s.dyad[0], opts.lang), names.country(&s.dyad[1], opts.lang)]);
        let event = s.event_ids.first().and_then(|id| by_id.get(id));
        let text = match s.kind.as_str() {
            "conflict_zscore" => w.f(
                "signal_zscore",
                &[
                    ("period", s.period.clone().unwrap_or_default()),
                    ("value", format!("{:.1}", s.value.unwrap_or(0.0))),
                    ("mean", format!("{:.1}", s.baseline_mean.unwrap_or(0.0))),
                    ("z", format!("{:.1}", s.z.unwrap_or(0.0))),
                    ("dyad", dyad),
                ],
            ),
            "defence_commitment" => {
                let t = treaties.iter().find(|t| Some(t.id) == s.treaty_id);
                let military = t.and_then(|t| t.obligations.iter().find_map(|o| o.action_cameo.clone()));
                w.f(
                    "signal_alliance",
                    &[
                        ("treaty", t.map(|t| t.name_by_language.get(brief_lang).unwrap_or(&t.name).clone()).unwrap_or_default()),
                        ("parties", t.map(|t| w.parties(&t.parties)).unwrap_or_default()),
                        ("nature", nature("summary_nature", &military)),
                    ],
                )
            }
            kind => {
                let key = if kind == "threat" { "signal_threat" } else { "signal_milcoop" };
                w.f(key, &[("dyad", dyad), ("event", event.map(|e| w.event_inline(e)).unwrap_or_default())])
            }
        };
        watch_items.push(ev.item(text, &s.cites, s.event_ids.clone()));
    }

    // Summary, written last but placed first; its statements cite what they summarise.
    let mut summary = Vec::new();
    let coop = facts.iter().filter(|e| e.event.quad_class <= 2).count();
    let conf = facts.len() - coop;
    let all_fact_cites: Vec<Cite> = facts.iter().flat_map(|e| e.cites.iter().take(1).cloned()).collect();
    summary.push(ev.item(
        w.count("summary_counts", facts.len(), &[("a", prose(a)), ("b", prose(b)), ("coop", coop.to_string()), ("conf", conf.to_string())]),
        &all_fact_cites,
        facts.iter().map(|e| e.event.id).collect(),
    ));
    for e in facts.iter().filter(|e| e.first_in_text) {
        summary.push(ev.item(w.f("summary_first", &[("event", w.event_inline(e))]), &e.cites[..1], vec![e.event.id]));
    }
    for t in &treaties {
        let mut obligations: Vec<String> = t
            .obligations
            .iter()
            .map(|o| {
                let nature = nature("summary_nature", &o.action_cameo);
                if o.mutual {
                    w.f("summary_obligation_mutual", &[("nature", nature)])
                } else if o.obligors.len() == 1 {
                    w.f("summary_obligation_one", &[("obligor", of_party(&o.obligors[0])), ("nature", nature)])
                } else {
                    w.f("summary_obligation_parties", &[("nature", nature)])
                }
            })
            .collect();
        // The same obligation stated by several sources is summarised once.
        let mut seen = std::collections::HashSet::new();
        obligations.retain(|o| seen.insert(o.clone()));
        let obligations = if obligations.is_empty() { String::new() } else { w.f("summary_obligations", &[("list", w.list(&obligations))]) };
        let n_parties = t.party_keys().len();
        let text = w.count(
            "summary_treaty",
            n_parties,
            &[("parties", capitalise(&w.parties(&t.parties))), ("name", t.name_by_language.get(brief_lang).unwrap_or(&t.name).clone()), ("date", w.on_date(t.date.as_deref())), ("obligations", obligations)],
        );
        let mut cites = t.cites.clone();
        cites.extend(t.obligations.iter().map(|o| o.cite.clone()));
        summary.push(ev.item(text, &cites, t.signature_event.into_iter().collect()));
    }
    if !reactions.is_empty() {
        let mut actors: Vec<String> = Vec::new();
        for r in &reactions {
            let name = names.country_bare(&actor_key(Some(&r.actor)), opts.lang);
            if !actors.contains(&name) {
                actors.push(name);
            }
        }
        let cites: Vec<Cite> = reactions.iter().flat_map(|r| r.cites.iter().take(1).cloned()).collect();
        let n = totals.get("reactions").copied().unwrap_or(reaction_items.len());
        summary.push(ev.item(w.count("summary_reactions", n, &[("actors", actors.join(", "))]), &cites, reactions.iter().map(|r| r.event_id).collect()));
    }
    if !possible_items.is_empty() {
        let parts: Vec<String> = [("n_planned", planned), ("n_hypotheses", hypotheses), ("n_denied", denied), ("n_possibilities", possibilities)]
            .into_iter()
            .filter(|(_, n)| *n > 0)
            .map(|(k, n)| w.count(k, n, &[]))
            .collect();
        let cites: Vec<usize> = possible_items.iter().flat_map(|i| i.cites.clone()).collect();
        let ids: Vec<i64> = possible_items.iter().flat_map(|i| i.event_ids.clone()).collect();
        summary.push(Item { text: w.f("summary_possible", &[("list", w.list(&parts))]), cites: dedup(cites), event_ids: ids });
    }
    if !watch_items.is_empty() {
        let cites: Vec<usize> = watch_items.iter().flat_map(|i| i.cites.clone()).collect();
        let ids: Vec<i64> = watch_items.iter().flat_map(|i| i.event_ids.clone()).collect();
        summary.push(Item { text: w.count("summary_signals", signals.len(), &[]), cites: dedup(cites), event_ids: ids });
    }

    let mut sections = Vec::new();
    for (key, items) in [
        ("summary", summary),
        ("facts", fact_items),
        ("treaty", treaty_items),
        ("reactions", reaction_items),
        ("possible", possible_items),
        ("watch", watch_items),
    ] {
        // A statement with no evidence is not written.
        let items: Vec<Item> = items.into_iter().filter(|i| !i.cites.is_empty()).collect();
        let total = totals.get(key).copied().unwrap_or(0).max(items.len());
        let mut title = w.t(&format!("h_{key}"));
        if total > items.len() {
            title.push_str(&w.f("h_partial", &[("shown", items.len().to_string()), ("total", total.to_string())]));
        }
        sections.push(Section { key: key.into(), title, total, items });
    }
    // The period: the most precise dates bound it (a year-only date does
    // not stretch it to 1 January).
    let precise: Vec<&&Ev> = dyad.iter().filter(|e| e.day.is_some() && e.event.date_precision != Some(vigie_model::DatePrecision::Year)).collect();
    let dated: Vec<&&Ev> = if precise.is_empty() { dyad.iter().filter(|e| e.day.is_some()).collect() } else { precise };
    let from = dated.iter().min_by_key(|e| e.day).map(|e| w.date(e.event.date.as_deref()));
    let to = dated.iter().max_by_key(|e| e.day).map(|e| w.date(e.event.date.as_deref()));
    let range = match (from, to) {
        (Some(f), Some(t)) if f == t => f,
        (Some(f), Some(t)) => w.f("range", &[("from", f), ("to", t)]),
        _ => w.t("undated"),
    };
    let articles = {
        let mut r: Vec<i64> = dyad.iter().flat_map(|e| e.article_rows()).collect();
        r.sort_unstable();
        r.dedup();
        r.len()
    };
    let scope = w.f(
        "scope",
        &[("range", range), ("articles", w.count("scope_articles", articles, &[])), ("events", w.count("scope_events", dyad.len(), &[]))],
    );
    let series = dyad_series(ds, a, b, &SeriesOptions { period: Period::Month, ..Default::default() });
    let chart_caption = w.f("chart_caption", &[("period", w.t("period_month"))]);
    let chart = (!series.points.is_empty()).then(|| crate::svg::chart(&series, &chart_caption));
    Ok(Brief {
        lang: if opts.lang == Lang::Fr { "fr".into() } else { "en".into() },
        actors: [a.to_string(), b.to_string()],
        since: opts.since.clone(),
        title: w.f("title", &[("a", bare(a)), ("b", bare(b))]),
        scope,
        sections,
        evidence: ev.list,
        series,
        chart,
        chart_caption,
    })
}

/// At most `max` events: the most reported (articles, then mentions), in date order.
fn most_reported<'e>(events: &[&'e Ev], max: usize) -> Vec<&'e Ev> {
    let mut list = events.to_vec();
    if list.len() > max {
        list.sort_by_key(|e| (std::cmp::Reverse((e.event.num_articles, e.event.num_mentions)), e.event.id));
        list.truncate(max);
        list.sort_by_key(|e| (e.day.is_none(), e.day, e.event.id));
    }
    list
}

fn dedup(mut v: Vec<usize>) -> Vec<usize> {
    v.sort_unstable();
    v.dedup();
    v
}

fn cite_marks(cites: &[usize]) -> String {
    if cites.is_empty() {
        return String::new();
    }
    let marks: Vec<String> = cites.iter().map(|n| format!("[{n}]")).collect();
    format!(" {}", marks.join(""))
}

impl Brief {
    pub fn to_markdown(&self, lang: Lang) -> String {
        let names = ActorNames::builtin();
        let w = Words::new(lang, &names);
        let mut s = format!("# {}\n\n{}\n", self.title, self.scope);
        for sec in &self.sections {
            s.push_str(&format!("\n## {}\n\n", sec.title));
            if sec.items.is_empty() {
                s.push_str(&format!("{}\n", w.t("none")));
            }
            for it in &sec.items {
                s.push_str(&format!("- {}{}\n", it.text, cite_marks(&it.cites)));
            }
        }
        s.push_str(&format!("\n## {}\n\n", w.t("h_evidence")));
        for (i, c) in self.evidence.iter().enumerate() {
            s.push_str(&format!(
                "{}\n",
                w.f("evidence_line", &[("n", (i + 1).to_string()), ("article", c.article_id.clone()), ("sentence", c.sentence.to_string()), ("text", c.text.trim().to_string())])
            ));
        }
        s
    }

    pub fn to_html(&self, lang: Lang) -> String {
        let names = ActorNames::builtin();
        let w = Words::new(lang, &names);
        let e = |t: &str| crate::network::xml(t);
        let code = if lang == Lang::Fr { "fr" } else { "en" };
        let mut s = format!(
            "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head><meta charset=\"utf-8\"><title>{}</title>\n<style>body{{font-family:sans-serif;max-width:48em;margin:2em auto;line-height:1.4}} sup a{{text-decoration:none}} .evidence li{{font-size:.9em}}</style></head>\n<body>\n<h1>{}</h1>\n<p>{}</p>\n",
            e(&self.title),
            e(&self.title),
            e(&self.scope)
        );
        for sec in &self.sections {
            s.push_str(&format!("<h2>{}</h2>\n", e(&sec.title)));
            if sec.key == "summary" {
                if let Some(chart) = &self.chart {
                    s.push_str(&format!("<figure>{chart}<figcaption>{}</figcaption></figure>\n", e(&self.chart_caption)));
                }
            }
            if sec.items.is_empty() {
                s.push_str(&format!("<p>{}</p>\n", e(&w.t("none"))));
                continue;
            }
            s.push_str("<ul>\n");
            for it in &sec.items {
                let marks: String = it.cites.iter().map(|n| format!("<a href=\"#e{n}\">[{n}]</a>")).collect();
                s.push_str(&format!("<li>{} <sup>{marks}</sup></li>\n", e(&it.text)));
            }
            s.push_str("</ul>\n");
        }
        s.push_str(&format!("<h2>{}</h2>\n<ol class=\"evidence\">\n", e(&w.t("h_evidence"))));
        for (i, c) in self.evidence.iter().enumerate() {
            s.push_str(&format!(
                "<li id=\"e{}\"><code>{}</code>, {} {}{}</li>\n",
                i + 1,
                e(&c.article_id),
                w.t("evidence_sentence"),
                c.sentence,
                e(&w.f("evidence_quote", &[("text", c.text.trim().to_string())]))
            ));
        }
        s.push_str("</ol>\n</body>\n</html>\n");
        s
    }
}

/// Builds the brief and renders it.
pub fn write_brief(ds: &Dataset, cues: &Cues, opts: &BriefOptions) -> Result<String, AnalysisError> {
    let brief = build_brief(ds, cues, opts)?;
    Ok(match opts.format {
        BriefFormat::Markdown => brief.to_markdown(opts.lang),
        BriefFormat::Html => brief.to_html(opts.lang),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_phrase_has_french_and_english() {
        for (file, cols) in [(PHRASES, 3), (CAMEO, 3)] {
            for r in rows(file) {
                assert_eq!(r.len(), cols, "{r:?}");
                assert!(r.iter().all(|c| !c.trim().is_empty()), "{r:?}");
            }
        }
        // Placeholders are the same in both languages.
        for r in rows(PHRASES) {
            let holes = |s: &str| {
                let mut v: Vec<String> = s.split('{').skip(1).filter_map(|p| p.split_once('}').map(|x| x.0.to_string())).collect();
                v.sort();
                v
            };
            assert_eq!(holes(r[1]), holes(r[2]), "{}", r[0]);
        }
    }

    #[test]
    fn dates_in_both_languages() {
        let names = ActorNames::builtin();
        let fr = Words::new(Lang::Fr, &names);
        let en = Words::new(Lang::En, &names);
        assert_eq!(fr.date(Some("2024-06-19")), "19 juin 2024");
        assert_eq!(fr.date(Some("2024-07-01")), "1er juillet 2024");
        assert_eq!(en.date(Some("2024-07")), "July 2024");
        assert_eq!(en.date(Some("2024")), "2024");
        assert_eq!(fr.date(None), "date inconnue");
    }

    #[test]
    fn the_cue_file_parses() {
        let cues = Cues::builtin();
        assert_eq!(cues.values("sign_cameo"), ["057"]);
        assert!(!cues.of("fr", "obligation").is_empty() && !cues.of("en", "obligation").is_empty());
    }
}
