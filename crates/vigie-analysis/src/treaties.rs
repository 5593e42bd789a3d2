//! Treaties and obligations. A treaty is an agreement whose signature is a
//! stored event (a `sign_cameo` code, CAMEO 057); its name is read in the
//! sentences of that event's mentions (`traité de partenariat stratégique
//! global`, `defence pact`), its parties are the event's actors, its date the
//! event's. Its obligations are read in the stored sentences that follow it
//! in the same article and carry an obligation cue (`stipule que`, `shall`):
//! who must do what (`fournira une assistance militaire immédiate`) and when
//! (`en cas d'agression armée`). Events are linked to it as its signature,
//! ratification, invocation or breach (cue words in their sentences), or as
//! a possible fulfilment of an obligation (the obligation's action between
//! the parties after the signature). Cue words are in `data/cues.tsv`.

use serde::Serialize;
use vigie_store::dedup::actor_key;

use crate::text::{words, Cues, Word};
use crate::{Cite, Dataset, Ev};

#[derive(Debug, Clone, Serialize)]
pub struct Obligation {
    /// Actor codes that must act.
    pub obligors: Vec<String>,
    /// Actor codes the obligation protects or serves.
    pub beneficiaries: Vec<String>,
    /// Every party owes it to the others.
    pub mutual: bool,
    /// What must be done, as the text says it.
    pub action: String,
    /// The CAMEO code such an action would be coded as.
    pub action_cameo: Option<String>,
    /// When it is due, as the text says it (`en cas d'agression armée contre l'une d'elles`).
    pub trigger: Option<String>,
    pub trigger_cameo: Option<String>,
    pub cite: Cite,
}

#[derive(Debug, Clone, Serialize)]
pub struct TreatyLink {
    /// `sign`, `ratify`, `invoke`, `breach` or `fulfil`.
    pub role: String,
    pub event_id: i64,
    pub cite: Cite,
}

#[derive(Debug, Clone, Serialize)]
pub struct Treaty {
    /// The id of its signature event.
    pub id: i64,
    pub name: String,
    /// Every name the sources give it.
    pub names: Vec<String>,
    /// Actor codes of the signatories.
    pub parties: Vec<String>,
    pub date: Option<String>,
    pub clauses: Vec<String>,
    pub obligations: Vec<Obligation>,
    pub events: Vec<TreatyLink>,
    pub cites: Vec<Cite>,
}

impl Treaty {
    pub fn party_keys(&self) -> Vec<String> {
        let mut k: Vec<String> = self.parties.iter().map(|p| actor_key(Some(p))).collect();
        k.dedup();
        k
    }
}

/// A treaty or clause name starting at word `i` (a noun of `noun_kind`).
/// Returns the name and whether it is qualified (more than the bare noun).
fn name_at(cues: &Cues, lang: &str, sentence: &str, ws: &[Word], i: usize) -> (String, bool) {
    let mut lo = i;
    let mut hi = i + 1;
    // Right: noun + link word (`de`, `on`) + qualifiers.
    if hi < ws.len() && !ws[hi].punct && cues.contains(lang, "name_link", &ws[hi].norm) {
        let mut j = hi + 1;
        let mut taken = 0;
        while j < ws.len() && !ws[j].punct && !cues.contains(lang, "name_stop", &ws[j].norm) && taken < 5 {
            j += 1;
            taken += 1;
        }
        if taken > 0 {
            hi = j;
        }
    }
    // Left (languages that qualify before the noun): `defence pact`.
    if !cues.of(lang, "name_left").is_empty() {
        let mut taken = 0;
        while lo > 0 && !ws[lo - 1].punct && !cues.contains(lang, "name_stop", &ws[lo - 1].norm) && taken < 4 {
            lo -= 1;
            taken += 1;
        }
    }
    (sentence[ws[lo].start..ws[hi - 1].end].to_string(), hi - lo > 1)
}

/// Every treaty or clause noun in a sentence, with its name.
fn names_in(cues: &Cues, lang: &str, sentence: &str, kind: &str) -> Vec<(String, bool)> {
    let ws = words(sentence);
    let mut out = Vec::new();
    let mut from = 0;
    while let Some((i, n, _)) = cues.find(lang, kind, &ws, from) {
        out.push(name_at(cues, lang, sentence, &ws, i));
        from = i + n;
    }
    out
}

fn is_sign(cues: &Cues, e: &Ev) -> bool {
    cues.values("sign_cameo").iter().any(|c| e.event.cameo.starts_with(c.as_str()))
}

/// The treaties the stored events and sentences show.
pub fn detect_treaties(ds: &Dataset, cues: &Cues) -> Vec<Treaty> {
    let mut treaties: Vec<Treaty> = Vec::new();
    for e in ds.events.iter().filter(|e| is_sign(cues, e) && e.event.factuality != vigie_model::Factuality::Negated) {
        // A signature-coded event that ratifies, invokes or breaches an
        // agreement (`ratified the defence pact`) is a link, not a new treaty.
        if e.mentions.iter().all(|m| link_role(cues, m).is_some_and(|r| r != "sign")) && !e.mentions.is_empty() {
            continue;
        }
        let mut names: Vec<(String, bool)> = Vec::new();
        let mut clauses = Vec::new();
        for m in &e.mentions {
            names.extend(names_in(cues, &m.mention.language, &m.mention.sentence, "treaty_noun"));
            for (c, q) in names_in(cues, &m.mention.language, &m.mention.sentence, "clause_noun") {
                if q && !clauses.contains(&c) {
                    clauses.push(c);
                }
            }
        }
        if names.is_empty() {
            continue;
        }
        // The qualified name of the most precisely dated mention, else the longest.
        let best = e
            .mentions
            .iter()
            .filter(|m| m.mention.date.as_deref() == e.event.date.as_deref())
            .flat_map(|m| names_in(cues, &m.mention.language, &m.mention.sentence, "treaty_noun"))
            .filter(|(_, q)| *q)
            .max_by_key(|(n, _)| n.chars().count())
            .or_else(|| names.iter().filter(|(_, q)| *q).max_by_key(|(n, _)| n.chars().count()).cloned())
            .unwrap_or_else(|| names[0].clone());
        let mut all: Vec<String> = names.into_iter().map(|(n, _)| n).collect();
        all.sort();
        all.dedup();
        let parties: Vec<String> = [&e.event.source, &e.event.target].into_iter().flatten().cloned().collect();
        treaties.push(Treaty {
            id: e.event.id,
            name: best.0,
            names: all,
            parties,
            date: e.event.date.clone(),
            clauses,
            obligations: Vec::new(),
            events: vec![TreatyLink { role: "sign".into(), event_id: e.event.id, cite: e.cites[0].clone() }],
            cites: e.cites.clone(),
        });
    }
    for t in &mut treaties {
        find_obligations(ds, cues, t);
    }
    link_events(ds, cues, &mut treaties);
    treaties
}

/// Obligation clauses in the sentences after a treaty's mentions (up to the
/// next treaty noun that is not this one, at most three sentences on).
fn find_obligations(ds: &Dataset, cues: &Cues, t: &mut Treaty) {
    let Some(sign) = ds.event(t.id) else { return };
    let mut seen = std::collections::HashSet::new();
    for m in &sign.mentions {
        let Some(article) = ds.articles.get(&m.article.row_id) else { continue };
        let lang = m.mention.language.as_str();
        for s in article.sentences.iter().filter(|s| s.index >= m.mention.sentence_index && s.index <= m.mention.sentence_index + 3) {
            if s.boilerplate || !seen.insert((m.article.row_id, s.index)) {
                continue;
            }
            let ws = words(&s.text);
            let Some((oi, on, _)) = cues.find(lang, "obligation", &ws, 0) else { continue };
            let after = oi + on;
            let each = cues.find(lang, "each_party", &ws, 0);
            let trig = cues.find(lang, "trigger", &ws, after);
            let mut action_from = match each {
                Some((ei, en, _)) if ei >= after => ei + en,
                _ => after,
            };
            // `each party shall provide`: the second cue is not part of the action.
            if let Some((i, n, _)) = cues.find(lang, "obligation", &ws, action_from).filter(|(i, _, _)| *i == action_from) {
                action_from = i + n;
            }
            let action_to = trig.map(|(ti, _, _)| ti).unwrap_or(ws.len());
            let action_to = (action_from..action_to).rev().find(|&k| !ws[k].punct).map(|k| k + 1).unwrap_or(action_from);
            if action_to <= action_from {
                continue;
            }
            let action = s.text[ws[action_from].start..ws[action_to - 1].end].to_string();
            let trigger = trig.map(|(ti, _, _)| {
                let end = (ti..ws.len()).rev().find(|&k| !ws[k].punct).unwrap_or(ti);
                s.text[ws[ti].start..ws[end].end].to_string()
            });
            let code_of = |kind: &str, from: usize, to: usize| -> Option<String> {
                cues.find(lang, kind, &ws[..to.min(ws.len())], from).map(|(_, _, c)| c.value.clone()).filter(|v| !v.is_empty())
            };
            let action_cameo = code_of("action", action_from, action_to);
            let trigger_cameo = trig.and_then(|(ti, _, _)| code_of("trigger_action", ti, ws.len()));
            let mutual = each.is_some();
            t.obligations.push(Obligation {
                obligors: t.parties.clone(),
                beneficiaries: t.parties.clone(),
                mutual,
                action,
                action_cameo,
                trigger,
                trigger_cameo,
                cite: Cite { article_id: article.info.external_id.clone(), sentence: s.index, text: s.text.clone() },
            });
        }
    }
}

/// The link a mention's sentence states (`ratify`, `invoke`, `breach`,
/// `sign`) when it also names an agreement.
fn link_role(cues: &Cues, m: &vigie_store::StoredMention) -> Option<String> {
    let lang = m.mention.language.as_str();
    let ws = words(&m.mention.sentence);
    cues.find(lang, "treaty_noun", &ws, 0)?;
    cues.find(lang, "link", &ws, 0).map(|(_, _, c)| c.value.clone())
}

fn same_name(a: &str, b: &str) -> bool {
    crate::text::normalise(a) == crate::text::normalise(b)
}

/// Links events to treaties: an event whose sentence names an agreement
/// with a link cue (ratify, invoke, breach) goes to the treaty of that name
/// among its actors' treaties, or, when the sentence only says `the pact`,
/// to their latest treaty signed on or before it. An asserted event between
/// the parties after the signature with an obligation's action code is a
/// possible fulfilment.
fn link_events(ds: &Dataset, cues: &Cues, treaties: &mut [Treaty]) {
    for e in &ds.events {
        if treaties.iter().any(|t| t.id == e.event.id) {
            continue;
        }
        let (sk, tk) = (e.source_key(), e.target_key());
        for m in &e.mentions {
            let Some(role) = link_role(cues, m).filter(|r| r != "sign") else { continue };
            let named: Vec<String> = names_in(cues, &m.mention.language, &m.mention.sentence, "treaty_noun")
                .into_iter()
                .filter(|(_, q)| *q)
                .map(|(n, _)| n)
                .collect();
            let candidates = treaties.iter().enumerate().filter(|(_, t)| {
                let keys = t.party_keys();
                keys.contains(&sk) || keys.contains(&tk)
            });
            let chosen = if named.is_empty() {
                let sign_day = |t: &Treaty| ds.event(t.id).and_then(|s| s.day);
                candidates
                    .filter(|(_, t)| matches!((sign_day(t), e.day), (Some(s), Some(d)) if s <= d) || e.day.is_none())
                    .max_by_key(|(_, t)| (sign_day(t), t.id))
                    .map(|(i, _)| i)
            } else {
                candidates.filter(|(_, t)| t.names.iter().any(|n| named.iter().any(|x| same_name(n, x)))).map(|(i, _)| i).next()
            };
            if let Some(i) = chosen {
                if !treaties[i].events.iter().any(|l| l.event_id == e.event.id) {
                    treaties[i].events.push(TreatyLink { role, event_id: e.event.id, cite: Cite::of(m) });
                }
                break;
            }
        }
    }
    for t in treaties.iter_mut() {
        let keys = t.party_keys();
        let sign_day = ds.event(t.id).and_then(|e| e.day);
        for e in &ds.events {
            let between = keys.contains(&e.source_key()) && keys.contains(&e.target_key());
            let after = matches!((e.day, sign_day), (Some(d), Some(s)) if d >= s);
            if e.event.id == t.id || !between || !after || !e.asserted() {
                continue;
            }
            let fulfils = t.obligations.iter().any(|o| o.action_cameo.as_deref().is_some_and(|c| e.event.cameo.starts_with(c)));
            if fulfils && !t.events.iter().any(|l| l.event_id == e.event.id) {
                t.events.push(TreatyLink { role: "fulfil".into(), event_id: e.event.id, cite: e.cites[0].clone() });
            }
        }
    }
}
