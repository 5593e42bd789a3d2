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
use vigie_store::dedup::{actor_agents, actor_key};

use crate::reactions::reactions_to;
use crate::series::{dyad_series, in_dyad, Period, SeriesOptions};
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
const ACTORS: &str = include_str!("../templates/actors.tsv");
const CAMEO: &str = include_str!("../templates/cameo.tsv");

/// Rows of a template file: key → [fr, en] (or [kind, fr, en] flattened by the caller).
fn rows(text: &str) -> Vec<Vec<&str>> {
    text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).skip(1).map(|l| l.split('\t').collect()).collect()
}

struct Words {
    lang: usize,
    phrases: HashMap<String, [String; 2]>,
    agents: HashMap<String, [String; 2]>,
    countries: HashMap<String, [String; 2]>,
    cameo: Vec<(String, [String; 2])>,
}

impl Words {
    fn new(lang: Lang) -> Words {
        let two = |r: &[&str], i: usize| [r.get(i).unwrap_or(&"").to_string(), r.get(i + 1).unwrap_or(&"").to_string()];
        let phrases = rows(PHRASES).iter().map(|r| (r[0].to_string(), two(r, 1))).collect();
        let mut agents = HashMap::new();
        let mut countries = HashMap::new();
        for r in rows(ACTORS) {
            let v = two(&r, 2);
            match r[0] {
                "agent" => agents.insert(r[1].to_string(), v),
                _ => countries.insert(r[1].to_string(), v),
            };
        }
        let mut cameo: Vec<(String, [String; 2])> = rows(CAMEO).iter().map(|r| (r[0].to_string(), two(r, 1))).collect();
        cameo.sort_by_key(|c| std::cmp::Reverse(c.0.len()));
        Words { lang: if lang == Lang::Fr { 0 } else { 1 }, phrases, agents, countries, cameo }
    }

    fn t(&self, key: &str) -> String {
        self.phrases.get(key).map(|p| p[self.lang].clone()).unwrap_or_else(|| key.to_string())
    }

    fn f(&self, key: &str, vals: &[(&str, String)]) -> String {
        let mut s = self.t(key);
        for (k, v) in vals {
            s = s.replace(&format!("{{{k}}}"), v);
        }
        s
    }

    fn country(&self, key: &str) -> String {
        self.countries.get(key).map(|c| c[self.lang].clone()).unwrap_or_else(|| key.to_string())
    }

    /// `Russie (gouvernement)`, `Yoon Suk Yeol (Corée du Sud, gouvernement)`.
    fn actor(&self, code: Option<&str>, person: Option<&str>) -> String {
        let Some(code) = code else { return "?".into() };
        let key = actor_key(Some(code));
        let mut parts = vec![self.country(&key)];
        for a in actor_agents(code) {
            parts.push(self.agents.get(a).map(|x| x[self.lang].clone()).unwrap_or_else(|| a.to_string()));
        }
        let body = if parts.len() > 1 { format!("{} ({})", parts[0], parts[1..].join(", ")) } else { parts[0].clone() };
        match person {
            Some(p) => {
                let name: Vec<String> = p
                    .split('-')
                    .map(|w| {
                        let mut c = w.chars();
                        c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
                    })
                    .collect();
                format!("{} ({})", name.join(" "), parts.join(", "))
            }
            None => body,
        }
    }

    fn what(&self, cameo: &str, label: &str) -> String {
        self.cameo.iter().find(|(c, _)| cameo.starts_with(c.as_str())).map(|(_, v)| v[self.lang].clone()).unwrap_or_else(|| label.to_string())
    }

    fn event(&self, e: &Ev) -> String {
        let ev = &e.event;
        let what = self.what(&ev.cameo, &ev.cameo_label);
        let source = self.actor(ev.source.as_deref(), ev.source_person.as_deref());
        let mut s = match &ev.target {
            Some(t) => {
                let target = self.actor(Some(t), ev.target_person.as_deref());
                let key = if ev.symmetric { "event_sym" } else { "event_pair" };
                self.f(key, &[("what", what), ("source", source), ("target", target)])
            }
            None => self.f("event_solo", &[("what", what), ("source", source)]),
        };
        if let Some(l) = &ev.location {
            s.push_str(&self.f("event_place", &[("place", l.name.clone())]));
        }
        s
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
}

/// One statement of the brief with the evidence numbers it cites.
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub text: String,
    pub cites: Vec<usize>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Section {
    /// `summary`, `facts`, `treaty`, `reactions`, `possible`, `watch`.
    pub key: String,
    pub title: String,
    pub items: Vec<Item>,
}

/// The brief as data (what `write_brief` renders; the API can serve it as JSON).
#[derive(Debug, Clone, Serialize)]
pub struct Brief {
    pub title: String,
    pub scope: String,
    pub sections: Vec<Section>,
    pub evidence: Vec<Cite>,
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
}

/// Builds the brief on the dyad `a`–`b` from a dataset.
pub fn build_brief(ds: &Dataset, cues: &Cues, opts: &BriefOptions) -> Result<Brief, AnalysisError> {
    let w = Words::new(opts.lang);
    let (a, b) = (opts.a.as_str(), opts.b.as_str());
    let (an, bn) = (w.actor(Some(a), None), w.actor(Some(b), None));
    for spec in [a, b] {
        if !ds.knows_actor(spec) {
            let store_note = if ds.events.is_empty() { " (the store holds no event in this period)" } else { "" };
            return Err(AnalysisError::Usage(format!("no stored event involves {spec}{store_note}")));
        }
    }
    let mut ev = Evidence::default();
    let dyad: Vec<&Ev> = ds.events.iter().filter(|e| in_dyad(e, a, b, false)).collect();
    let facts: Vec<&Ev> = dyad.iter().copied().filter(|e| e.asserted()).collect();
    let involves = |e: &Ev| [a, b].iter().any(|s| actor_matches(s, e.event.source.as_deref()) || actor_matches(s, e.event.target.as_deref()));
    let treaties: Vec<_> = detect_treaties(ds, cues)
        .into_iter()
        .filter(|t| t.parties.iter().any(|p| actor_matches(a, Some(p))) && t.parties.iter().any(|p| actor_matches(b, Some(p))))
        .collect();

    // What happened.
    let mut fact_items = Vec::new();
    for e in &facts {
        let mut text = w.event(e);
        if e.first_in_text {
            text = format!("{text} {}", w.t("first_tag"));
        }
        let line = w.f("fact_line", &[("date", w.date(e.event.date.as_deref())), ("event", text)]);
        fact_items.push(Item { text: line, cites: ev.cite(&e.cites) });
    }

    // The treaty and its obligations.
    let mut treaty_items = Vec::new();
    let party_names = |parties: &[String]| -> String {
        let names: Vec<String> = parties.iter().map(|p| w.actor(Some(p), None)).collect();
        names.join(&format!(" {} ", w.t("and")))
    };
    for t in &treaties {
        treaty_items.push(Item {
            text: w.f("treaty_line", &[("name", t.name.clone()), ("date", w.date(t.date.as_deref())), ("parties", party_names(&t.parties))]),
            cites: ev.cite(&t.cites),
        });
        for c in &t.clauses {
            let cites: Vec<Cite> = t.cites.iter().filter(|x| x.text.contains(c.as_str())).cloned().collect();
            treaty_items.push(Item { text: w.f("treaty_clause", &[("clause", c.clone())]), cites: ev.cite(&cites) });
        }
        for o in &t.obligations {
            let trigger = o.trigger.as_ref().map(|tr| w.f("obligation_trigger", &[("trigger", tr.clone())])).unwrap_or_default();
            let mut text = if o.mutual {
                w.f("obligation_mutual", &[("parties", party_names(&o.obligors)), ("action", o.action.clone()), ("trigger", trigger)])
            } else {
                w.f("obligation_one", &[("obligor", party_names(&o.obligors)), ("action", o.action.clone()), ("trigger", trigger)])
            };
            if let Some(c) = &o.action_cameo {
                let with_code = w.f("obligation_code", &[("code", c.clone())]);
                text = match text.strip_suffix('.') {
                    Some(t) => format!("{t}{with_code}."),
                    None => format!("{text}{with_code}"),
                };
            }
            treaty_items.push(Item { text, cites: ev.cite(std::slice::from_ref(&o.cite)) });
        }
        for l in t.events.iter().filter(|l| l.role != "sign") {
            if let Some(e) = ds.event(l.event_id) {
                let role = w.t(&format!("role_{}", l.role));
                treaty_items.push(Item { text: w.f("treaty_event", &[("role", role), ("event", w.event(e))]), cites: ev.cite(std::slice::from_ref(&l.cite)) });
            }
        }
    }

    // Third-party reactions: to the treaties and the dyad's asserted events.
    let mut ids: Vec<i64> = treaties.iter().map(|t| t.id).collect();
    ids.extend(facts.iter().map(|e| e.event.id));
    let reactions = if ids.is_empty() { Vec::new() } else { reactions_to(ds, &ids) };
    let mut reaction_items = Vec::new();
    for r in &reactions {
        let tone = w.t(match r.tone.as_str() {
            "cooperative" => "tone_coop",
            "hostile" => "tone_hostile",
            _ => "tone_neutral",
        });
        let target = r.target.as_deref().map(|t| w.f("reaction_target", &[("target", w.actor(Some(t), None))])).unwrap_or_default();
        let text = w.f(
            "reaction_line",
            &[
                ("date", w.date(r.date.as_deref())),
                ("actor", w.actor(Some(&r.actor), r.person.as_deref())),
                ("what", w.what(&r.cameo, &r.cameo_label)),
                ("target", target),
                ("tone", tone),
                ("goldstein", format!("{:+.1}", r.goldstein)),
            ],
        );
        reaction_items.push(Item { text, cites: ev.cite(&r.cites) });
    }

    // Possible but not established.
    let mut possible_items = Vec::new();
    let not_facts: Vec<&Ev> = ds.events.iter().filter(|e| !e.asserted() && involves(e)).collect();
    for e in &not_facts {
        let key = match e.event.factuality {
            Factuality::Planned => "possible_planned",
            Factuality::Negated => "possible_negated",
            _ => "possible_hypothetical",
        };
        let event = format!("{}, {}", w.event(e), w.date(e.event.date.as_deref()));
        possible_items.push(Item { text: w.f(key, &[("event", event)]), cites: ev.cite(&e.cites) });
    }
    // The sources' own possibilities: sentences of the dyad's articles with a
    // possibility cue that state no asserted event and are not treaty clauses.
    let mut rows: Vec<i64> = dyad.iter().flat_map(|e| e.article_rows()).collect();
    rows.extend(treaties.iter().flat_map(|t| ds.event(t.id).map(|e| e.article_rows()).unwrap_or_default()));
    rows.sort_unstable();
    rows.dedup();
    let clause_sentences: Vec<(String, usize)> =
        treaties.iter().flat_map(|t| t.obligations.iter().map(|o| (o.cite.article_id.clone(), o.cite.sentence))).collect();
    for row in rows {
        let Some(article) = ds.articles.get(&row) else { continue };
        let lang = article.info.language.as_str();
        for s in &article.sentences {
            if s.boilerplate || clause_sentences.contains(&(article.info.external_id.clone(), s.index)) {
                continue;
            }
            let stated = ds.events.iter().any(|e| {
                e.mentions.iter().any(|m| m.article.row_id == row && m.mention.sentence_index == s.index && m.mention.factuality != Factuality::Hypothetical)
            });
            if stated || cues.find(lang, "possibility", &words(&s.text), 0).is_none() {
                continue;
            }
            let cite = Cite { article_id: article.info.external_id.clone(), sentence: s.index, text: s.text.clone() };
            possible_items.push(Item { text: w.f("possible_sentence", &[("text", s.text.trim().to_string())]), cites: ev.cite(&[cite]) });
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
    for s in &signals {
        let dyad = format!("{} – {}", w.actor(Some(&s.dyad[0]), None), w.actor(Some(&s.dyad[1]), None));
        let event = s.event_ids.first().and_then(|id| ds.event(*id));
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
                let t = treaties.iter().find(|t| t.id == s.event_ids[0]);
                w.f(
                    "signal_alliance",
                    &[("treaty", t.map(|t| t.name.clone()).unwrap_or_default()), ("parties", t.map(|t| party_names(&t.parties)).unwrap_or_default())],
                )
            }
            kind => {
                let key = if kind == "threat" { "signal_threat" } else { "signal_milcoop" };
                let e = event.map(|e| format!("{}, {}", w.event(e), w.date(e.event.date.as_deref()))).unwrap_or_default();
                w.f(key, &[("dyad", dyad), ("event", e)])
            }
        };
        watch_items.push(Item { text, cites: ev.cite(&s.cites) });
    }

    // Summary, written last but placed first; its statements cite what they summarise.
    let mut summary = Vec::new();
    let coop = facts.iter().filter(|e| e.event.quad_class <= 2).count();
    let conf = facts.len() - coop;
    let all_fact_cites: Vec<Cite> = facts.iter().flat_map(|e| e.cites.iter().take(1).cloned()).collect();
    summary.push(Item {
        text: w.f(
            "summary_counts",
            &[("n", facts.len().to_string()), ("a", an.clone()), ("b", bn.clone()), ("coop", coop.to_string()), ("conf", conf.to_string())],
        ),
        cites: ev.cite(&all_fact_cites),
    });
    for e in facts.iter().filter(|e| e.first_in_text) {
        summary.push(Item { text: w.f("summary_first", &[("event", w.event(e))]), cites: ev.cite(&e.cites[..1]) });
    }
    for t in &treaties {
        summary.push(Item {
            text: w.f(
                "summary_treaty",
                &[
                    ("parties", party_names(&t.parties)),
                    ("name", t.name.clone()),
                    ("date", w.date(t.date.as_deref())),
                    ("n", t.obligations.len().to_string()),
                ],
            ),
            cites: ev.cite(&t.cites),
        });
    }
    if !reactions.is_empty() {
        let mut actors: Vec<String> = reactions.iter().map(|r| w.actor(Some(&actor_key(Some(&r.actor))), None)).collect();
        actors.dedup();
        let mut seen = Vec::new();
        actors.retain(|x| if seen.contains(x) { false } else { seen.push(x.clone()); true });
        let cites: Vec<Cite> = reactions.iter().flat_map(|r| r.cites.iter().take(1).cloned()).collect();
        summary.push(Item {
            text: w.f("summary_reactions", &[("n", reactions.len().to_string()), ("actors", actors.join(", "))]),
            cites: ev.cite(&cites),
        });
    }
    if !possible_items.is_empty() {
        let cites: Vec<usize> = possible_items.iter().flat_map(|i| i.cites.clone()).collect();
        summary.push(Item { text: w.f("summary_possible", &[("n", possible_items.len().to_string())]), cites: dedup(cites) });
    }
    if !watch_items.is_empty() {
        let cites: Vec<usize> = watch_items.iter().flat_map(|i| i.cites.clone()).collect();
        summary.push(Item { text: w.f("summary_signals", &[("n", watch_items.len().to_string())]), cites: dedup(cites) });
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
        let items = items.into_iter().filter(|i| !i.cites.is_empty()).collect();
        sections.push(Section { key: key.into(), title: w.t(&format!("h_{key}")), items });
    }
    let dated = || dyad.iter().filter(|e| e.day.is_some());
    let from = dated().min_by_key(|e| e.day).map(|e| w.date(e.event.date.as_deref()));
    let to = dated().max_by_key(|e| e.day).map(|e| w.date(e.event.date.as_deref()));
    let articles = {
        let mut r: Vec<i64> = dyad.iter().flat_map(|e| e.article_rows()).collect();
        r.sort_unstable();
        r.dedup();
        r.len()
    };
    let scope = w.f(
        "scope",
        &[
            ("from", from.unwrap_or_else(|| w.t("undated"))),
            ("to", to.unwrap_or_else(|| w.t("undated"))),
            ("articles", articles.to_string()),
            ("events", dyad.len().to_string()),
        ],
    );
    let series = dyad_series(ds, a, b, &SeriesOptions { period: Period::Month, ..Default::default() });
    let chart_caption = w.f("chart_caption", &[("period", w.t("period_month"))]);
    let chart = (!series.points.is_empty()).then(|| crate::svg::chart(&series, &chart_caption));
    Ok(Brief { title: w.f("title", &[("a", an), ("b", bn)]), scope, sections, evidence: ev.list, chart, chart_caption })
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
        let w = Words::new(lang);
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
        let w = Words::new(lang);
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
                "<li id=\"e{}\"><code>{}</code>, {} {} : « {} »</li>\n",
                i + 1,
                e(&c.article_id),
                if lang == Lang::Fr { "phrase" } else { "sentence" },
                c.sentence,
                e(c.text.trim())
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
        for (file, cols) in [(PHRASES, 3), (CAMEO, 3), (ACTORS, 4)] {
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
        let fr = Words::new(Lang::Fr);
        let en = Words::new(Lang::En);
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
