//! The partner of a visitor's acts. A delegation that travels to a country
//! and then `takes part in training exchanges` or `holds talks` does so with
//! its host, though the sentence names nobody on the other side: the article
//! named the host in the visit. This module only reads the article's coded
//! mentions; which codes are visits and which acts need a partner are CAMEO's
//! own structure, not vocabulary.

use vigie_model::{Factuality, Mention};

/// CAMEO 042, "make a visit" (source visits target).
const MAKE_VISIT: &str = "042";
/// CAMEO 043, "host a visit" (source hosts target).
const HOST_VISIT: &str = "043";

/// Ends the rule id of a mention whose target is the host of its source's visit.
const HOST_RULE_SUFFIX: &str = "+host";

/// Whether an act is one done with a partner, so that a visitor doing it with
/// nobody named does it with the host: consultations (04) other than visits
/// and meetings elsewhere or through a mediator (042–045), and material
/// cooperation (06).
fn is_done_with_a_partner(code: &str) -> bool {
    match code.get(..2) {
        Some("04") => !matches!(code.get(..3), Some("042" | "043" | "044" | "045")),
        Some("06") => true,
        _ => false,
    }
}

/// The visitor and host of a visit the article reports as done or planned.
fn visit_parties(m: &Mention) -> Option<(&str, &str)> {
    if m.historical || !matches!(m.factuality, Factuality::Asserted | Factuality::Planned) {
        return None;
    }
    let (source, target) = (m.source.as_deref()?, m.target.as_deref()?);
    let (visitor, host) = match m.cameo.as_str() {
        MAKE_VISIT => (source, target),
        HOST_VISIT => (target, source),
        _ => return None,
    };
    // Travelling inside one's own country makes no host of it.
    (visitor.get(..3) != host.get(..3)).then_some((visitor, host))
}

/// Gives each act done with a partner, whose source visited a country
/// earlier in the article (or in the same sentence) and whose sentence names
/// no target, that country as target. Mentions are in sentence order.
pub(crate) fn give_hosts_to_visitors(mentions: &mut [Mention]) {
    let mut visits: Vec<(usize, String, String)> = Vec::new();
    for i in 0..mentions.len() {
        if let Some((visitor, host)) = visit_parties(&mentions[i]) {
            visits.push((mentions[i].sentence_index, visitor.to_string(), host.to_string()));
            continue;
        }
        let m = &mentions[i];
        if m.target.is_some() || !is_done_with_a_partner(&m.cameo) {
            continue;
        }
        let Some(source) = m.source.as_deref() else { continue };
        // The latest visit of this very actor: a later trip elsewhere changes the host.
        let host = visits.iter().rev().find(|(at, visitor, _)| *at <= m.sentence_index && visitor == source).map(|(_, _, host)| host.clone());
        if let Some(host) = host {
            let m = &mut mentions[i];
            m.target = Some(host);
            m.rule.push_str(HOST_RULE_SUFFIX);
        }
    }
}
