//! Treaties and obligations. A treaty is an agreement whose signature is a
//! stored event (a `sign_cameo` code, CAMEO 057), or one the stored
//! sentences name with a qualified name (`the comprehensive strategic
//! partnership treaty`, `a mutual defence pact`) in a sentence that also
//! holds an event between two countries (its parties); a link word there
//! (`ratified`, `concluded`) says how that event relates to it. Its name is read in the sentences
//! (`traité de partenariat stratégique global`, `defence pact`); its date is
//! its signature's. Its obligations are read in the stored sentences that
//! follow it in the same article and carry an obligation cue (`stipule que`,
//! `shall`): who must do what (`fournira une assistance militaire
//! immédiate`) — every party (`chaque partie`, `mutual`), or the one party
//! the clause names (`oblige la Russie à`) — and when (`en cas d'agression
//! armée`). Events are linked to it as its signature,
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
    /// The action is an infinitive (`fournir`, `provide`: after `s'engage à`,
    /// `shall`), not a clause of its own (`fournira`, after `stipule que`).
    #[serde(skip)]
    pub infinitive: bool,
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
    /// The id of its signature event, or of the event of the sentence that
    /// names it (unique among the treaties of a dataset).
    pub id: i64,
    /// The stored event of its signature, when there is one.
    pub signature_event: Option<i64>,
    /// `event` (a signature event) or `text` (named in the sentences).
    pub found_in: String,
    pub name: String,
    /// Every name the sources give it.
    pub names: Vec<String>,
    /// The name to use in a language (`fr`, `en`): the longest qualified
    /// name its sources in that language give, when there is one.
    pub name_by_language: std::collections::BTreeMap<String, String>,
    /// Actor codes of the signatories.
    pub parties: Vec<String>,
    /// Its signature's date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), when known.
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
        // `d'accord` is agreement between people, not an agreement.
        if i == 0 || !cues.contains(lang, "name_not_after", &ws[i - 1].norm) {
            out.push(name_at(cues, lang, sentence, &ws, i));
        }
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
        let mut name_by_language = std::collections::BTreeMap::new();
        for m in &e.mentions {
            for (n, q) in names_in(cues, &m.mention.language, &m.mention.sentence, "treaty_noun") {
                let slot: &mut String = name_by_language.entry(m.mention.language.clone()).or_default();
                if q && n.chars().count() > slot.chars().count() {
                    *slot = n;
                }
            }
        }
        name_by_language.retain(|_, n: &mut String| !n.is_empty());
        let parties: Vec<String> = [&e.event.source, &e.event.target].into_iter().flatten().cloned().collect();
        treaties.push(Treaty {
            id: e.event.id,
            signature_event: Some(e.event.id),
            found_in: "event".into(),
            name: best.0,
            names: all,
            name_by_language,
            parties,
            date: e.event.date.clone(),
            clauses,
            obligations: Vec::new(),
            events: vec![TreatyLink { role: "sign".into(), event_id: e.event.id, cite: e.cites[0].clone() }],
            cites: e.cites.clone(),
        });
    }
    treaties_from_text(ds, cues, &mut treaties);
    let rows: std::collections::HashMap<&str, i64> = ds.articles.iter().map(|(row, a)| (a.info.external_id.as_str(), *row)).collect();
    for t in &mut treaties {
        find_obligations(ds, cues, &rows, t);
    }
    link_events(ds, cues, &mut treaties);
    treaties
}

/// Obligation clauses in the sentences that name a treaty and the three
/// after them (not past a sentence naming another treaty).
fn find_obligations(ds: &Dataset, cues: &Cues, rows: &std::collections::HashMap<&str, i64>, t: &mut Treaty) {
    let mut seen = std::collections::HashSet::new();
    let keys = t.party_keys();
    for cite in t.cites.clone() {
        let Some(&row) = rows.get(cite.article_id.as_str()) else { continue };
        let Some(article) = ds.articles.get(&row) else { continue };
        let lang = article.info.language.as_str();
        for s in article.sentences.iter().filter(|s| s.index >= cite.sentence && s.index <= cite.sentence + 3) {
            if s.boilerplate || !seen.insert((row, s.index)) {
                continue;
            }
            let ws = words(&s.text);
            if s.index > cite.sentence {
                let other = names_in(cues, lang, &s.text, "treaty_noun").into_iter().any(|(n, q)| q && !t.names.iter().any(|x| same_name(x, &n)));
                if other {
                    break;
                }
            }
            let Some((oi, on, cue)) = cues.find(lang, "obligation", &ws, 0) else { continue };
            let mut infinitive = cue.value == "inf";
            let after = oi + on;
            let each = cues.find(lang, "each_party", &ws, 0);
            let trig = cues.find(lang, "trigger", &ws, after);
            let mut action_from = match each {
                Some((ei, en, _)) if ei >= after => ei + en,
                _ => after,
            };
            // `each party shall provide`: the second cue is not part of the action.
            if let Some((i, n, c)) = cues.find(lang, "obligation", &ws, action_from).filter(|(i, _, _)| *i == action_from) {
                action_from = i + n;
                infinitive = c.value == "inf";
            }
            // Who is bound: every party, or the one the clause names as its
            // subject (`la Russie s'engage à`) or object (`oblige la Russie à`).
            let mutual = each.is_some() || cues.find(lang, "mutual_word", &ws, 0).is_some();
            let mut obligor: Option<String> = None;
            if !mutual {
                let object_end = (after..ws.len().min(after + 8)).find(|&k| cues.contains(lang, "obligor_end", &ws[k].norm));
                if let Some(end) = object_end {
                    if let [one] = cues.names.named_in(&ws, after, end, &keys).as_slice() {
                        obligor = Some(one.clone());
                        action_from = end + 1;
                        infinitive = true;
                    }
                }
                if obligor.is_none() {
                    if let [one] = cues.names.named_in(&ws, 0, oi, &keys).as_slice() {
                        obligor = Some(one.clone());
                    }
                }
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
            let (obligors, beneficiaries) = match &obligor {
                Some(o) => {
                    let bound: Vec<String> = t.parties.iter().filter(|p| actor_key(Some(p)) == *o).cloned().collect();
                    let others: Vec<String> = t.parties.iter().filter(|p| actor_key(Some(p)) != *o).cloned().collect();
                    (if bound.is_empty() { vec![o.clone()] } else { bound }, others)
                }
                None => (t.parties.clone(), t.parties.clone()),
            };
            t.obligations.push(Obligation {
                obligors,
                beneficiaries,
                mutual,
                action,
                infinitive,
                action_cameo,
                trigger,
                trigger_cameo,
                cite: Cite { article_id: article.info.external_id.clone(), sentence: s.index, text: s.text.clone() },
            });
        }
    }
}

/// Treaties the sentences name without a signature event: a sentence with
/// a treaty noun that is qualified (`defence pact`) or carries a link word
/// (`ratified the treaty`), not already a treaty's, and an event between two
/// countries in the same sentence, whose actors are the parties. A name
/// already known adds the sentence to that treaty instead.
fn treaties_from_text(ds: &Dataset, cues: &Cues, treaties: &mut Vec<Treaty>) {
    let mut by_sentence: std::collections::HashMap<(i64, usize), Vec<&Ev>> = std::collections::HashMap::new();
    for e in &ds.events {
        for m in &e.mentions {
            let list = by_sentence.entry((m.article.row_id, m.mention.sentence_index)).or_default();
            if !list.iter().any(|x| x.event.id == e.event.id) {
                list.push(e);
            }
        }
    }
    let mut cited: std::collections::HashSet<(String, usize)> =
        treaties.iter().flat_map(|t| t.cites.iter().map(|c| (c.article_id.clone(), c.sentence))).collect();
    for (&row, article) in &ds.articles {
        let lang = article.info.language.as_str();
        let external = &article.info.external_id;
        for s in article.sentences.iter().filter(|s| !s.boilerplate) {
            let named = names_in(cues, lang, &s.text, "treaty_noun");
            if named.is_empty() || !cited.insert((external.clone(), s.index)) {
                continue;
            }
            let cite = Cite { article_id: external.clone(), sentence: s.index, text: s.text.clone() };
            let qualified: Vec<&String> = named.iter().filter(|(_, q)| *q).map(|(n, _)| n).collect();
            if let Some(t) = treaties.iter_mut().find(|t| t.names.iter().any(|n| qualified.iter().any(|q| same_name(n, q)))) {
                t.cites.push(cite);
                continue;
            }
            let longest = qualified.iter().max_by_key(|n| n.chars().count()).map(|n| n.to_string());
            let ws = words(&s.text);
            let role = cues.find(lang, "link", &ws, 0).map(|(_, _, c)| c.value.clone());
            // A bare `the treaty` is only linked to a treaty already known (below, in `link_events`).
            if qualified.is_empty() {
                continue;
            }
            let Some(e) = by_sentence
                .get(&(row, s.index))
                .into_iter()
                .flatten()
                .copied()
                .find(|e| !e.source_key().is_empty() && !e.target_key().is_empty() && e.source_key() != e.target_key() && e.event.factuality != vigie_model::Factuality::Negated)
            else {
                continue;
            };
            if treaties.iter().any(|t| t.id == e.event.id) {
                continue;
            }
            let name = longest.clone().unwrap_or_else(|| named[0].0.clone());
            let mut names: Vec<String> = named.iter().map(|(n, _)| n.clone()).collect();
            names.sort();
            names.dedup();
            let signed = role.as_deref() == Some("sign");
            let mut events = Vec::new();
            if let Some(r) = &role {
                events.push(TreatyLink { role: r.clone(), event_id: e.event.id, cite: cite.clone() });
            }
            treaties.push(Treaty {
                id: e.event.id,
                signature_event: signed.then_some(e.event.id),
                found_in: "text".into(),
                name,
                names,
                name_by_language: longest.map(|n| [(lang.to_string(), n)].into_iter().collect()).unwrap_or_default(),
                parties: [&e.event.source, &e.event.target].into_iter().flatten().cloned().collect(),
                date: if signed { e.event.date.clone() } else { None },
                clauses: names_in(cues, lang, &s.text, "clause_noun").into_iter().filter(|(_, q)| *q).map(|(c, _)| c).collect(),
                obligations: Vec::new(),
                events,
                cites: vec![cite],
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
    let linked: std::collections::HashSet<i64> = treaties.iter().flat_map(|t| t.events.iter().map(|l| l.event_id)).collect();
    let by_id = ds.index();
    // Country-level party keys of every treaty, computed once.
    let party_keys: Vec<Vec<String>> = treaties.iter().map(|t| t.party_keys()).collect();
    for e in &ds.events {
        if linked.contains(&e.event.id) {
            continue;
        }
        let (sk, tk) = (e.source_key(), e.target_key());
        if !party_keys.iter().any(|k| k.contains(&sk) || k.contains(&tk)) {
            continue;
        }
        for m in &e.mentions {
            let Some(role) = link_role(cues, m).filter(|r| r != "sign") else { continue };
            let named: Vec<String> = names_in(cues, &m.mention.language, &m.mention.sentence, "treaty_noun")
                .into_iter()
                .filter(|(_, q)| *q)
                .map(|(n, _)| n)
                .collect();
            let candidates = treaties.iter().enumerate().filter(|(i, _)| party_keys[*i].contains(&sk) || party_keys[*i].contains(&tk));
            let chosen = if named.is_empty() {
                let sign_day = |t: &Treaty| t.date.as_deref().and_then(vigie_store::dates::interval).map(|i| i.0);
                candidates
                    .filter(|(_, t)| sign_day(t).is_none_or(|s| e.day.is_none_or(|d| s <= d)))
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
    // Events' country keys, computed once (the loop below is treaties × events).
    let event_keys: Vec<(String, String)> = ds.events.iter().map(|e| (e.source_key(), e.target_key())).collect();
    for (ti, t) in treaties.iter_mut().enumerate() {
        let keys = &party_keys[ti];
        if t.obligations.iter().all(|o| o.action_cameo.is_none()) {
            continue;
        }
        // Unknown signature date: from its first linked event (a ratification).
        let sign_day = t
            .date
            .as_deref()
            .and_then(vigie_store::dates::interval)
            .map(|i| i.0)
            .or_else(|| t.events.iter().filter_map(|l| by_id.get(&l.event_id).and_then(|e| e.day)).min());
        for (ei, e) in ds.events.iter().enumerate() {
            let between = keys.contains(&event_keys[ei].0) && keys.contains(&event_keys[ei].1);
            let after = matches!((e.day, sign_day), (Some(d), Some(s)) if d >= s);
            if t.events.iter().any(|l| l.event_id == e.event.id) || !between || !after || !e.asserted() {
                continue;
            }
            // An event read from a clause itself (`obliges Russia to provide…`) is the obligation, not its fulfilment.
            let in_clause = e.mentions.iter().all(|m| t.obligations.iter().any(|o| o.cite.article_id == m.article.external_id && o.cite.sentence == m.mention.sentence_index));
            let fulfils = !in_clause && t.obligations.iter().any(|o| o.action_cameo.as_deref().is_some_and(|c| e.event.cameo.starts_with(c)));
            if fulfils && !t.events.iter().any(|l| l.event_id == e.event.id) {
                t.events.push(TreatyLink { role: "fulfil".into(), event_id: e.event.id, cite: e.cites[0].clone() });
            }
        }
    }
}
