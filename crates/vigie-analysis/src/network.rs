//! The actor network: actors as nodes, events as directed edges weighted by
//! quad class; degree and betweenness centrality (Brandes, on the
//! undirected graph), an actor's strongest ties; GraphML and GEXF for Gephi.

use std::collections::{BTreeMap, VecDeque};
use std::fmt::Write;

use serde::Serialize;
use vigie_store::dedup::actor_key;

use crate::Dataset;

#[derive(Debug, Clone, Default)]
pub struct NetworkOptions {
    /// Keep full actor codes (`RUSGOV`) instead of countries (`RUS`).
    pub agents: bool,
    /// Count negated, planned and hypothetical events too.
    pub all_factualities: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Node {
    pub id: String,
    /// Distinct neighbours, either direction.
    pub degree: usize,
    /// Events the actor is in, as source or target.
    pub weighted_degree: u64,
    /// Shortest paths between other actors that pass through this one
    /// (undirected, unweighted; each pair of actors counted once).
    pub betweenness: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Edge {
    pub source: String,
    pub target: String,
    pub events: u64,
    /// Events per quad class 1–4.
    pub quad: [u64; 4],
    pub goldstein_sum: f64,
    pub event_ids: Vec<i64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Network {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

pub fn actor_network(ds: &Dataset, opts: &NetworkOptions) -> Network {
    actor_network_min_weight(ds, opts, 1)
}

/// The network without ties of fewer than `min_weight` events (degree and
/// betweenness are computed on the ties kept).
pub fn actor_network_min_weight(ds: &Dataset, opts: &NetworkOptions, min_weight: u64) -> Network {
    let name = |c: &str| if opts.agents { c.to_string() } else { actor_key(Some(c)) };
    let mut edges: BTreeMap<(String, String), Edge> = BTreeMap::new();
    for e in &ds.events {
        if !opts.all_factualities && !e.asserted() {
            continue;
        }
        let (Some(s), Some(t)) = (e.event.source.as_deref(), e.event.target.as_deref()) else { continue };
        let (s, t) = (name(s), name(t));
        if s == t || s.is_empty() || t.is_empty() {
            continue;
        }
        let edge = edges.entry((s.clone(), t.clone())).or_insert_with(|| Edge {
            source: s,
            target: t,
            events: 0,
            quad: [0; 4],
            goldstein_sum: 0.0,
            event_ids: vec![],
        });
        edge.events += 1;
        edge.quad[(e.event.quad_class.clamp(1, 4) - 1) as usize] += 1;
        edge.goldstein_sum = crate::series::round2(edge.goldstein_sum + e.event.goldstein);
        edge.event_ids.push(e.event.id);
    }
    edges.retain(|_, e| e.events >= min_weight.max(1));
    let mut ids: Vec<String> = edges.keys().flat_map(|(a, b)| [a.clone(), b.clone()]).collect();
    ids.sort();
    ids.dedup();
    let index: BTreeMap<&str, usize> = ids.iter().enumerate().map(|(i, s)| (s.as_str(), i)).collect();
    let n = ids.len();
    let mut adj: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut weighted = vec![0u64; n];
    for ((a, b), e) in &edges {
        let (i, j) = (index[a.as_str()], index[b.as_str()]);
        adj[i].push(j);
        adj[j].push(i);
        weighted[i] += e.events;
        weighted[j] += e.events;
    }
    for list in &mut adj {
        list.sort_unstable();
        list.dedup();
    }
    let bc = betweenness(&adj);
    let nodes = ids
        .iter()
        .enumerate()
        .map(|(i, id)| Node { id: id.clone(), degree: adj[i].len(), weighted_degree: weighted[i], betweenness: bc[i] })
        .collect();
    Network { nodes, edges: edges.into_values().collect() }
}

/// Brandes' algorithm on an undirected, unweighted graph given as adjacency
/// lists; each unordered pair of endpoints counted once.
pub fn betweenness(adj: &[Vec<usize>]) -> Vec<f64> {
    let n = adj.len();
    let mut bc = vec![0.0; n];
    for s in 0..n {
        let mut stack = Vec::with_capacity(n);
        let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut sigma = vec![0.0f64; n];
        let mut dist = vec![-1i64; n];
        sigma[s] = 1.0;
        dist[s] = 0;
        let mut queue = VecDeque::from([s]);
        while let Some(v) = queue.pop_front() {
            stack.push(v);
            for &w in &adj[v] {
                if dist[w] < 0 {
                    dist[w] = dist[v] + 1;
                    queue.push_back(w);
                }
                if dist[w] == dist[v] + 1 {
                    sigma[w] += sigma[v];
                    preds[w].push(v);
                }
            }
        }
        let mut delta = vec![0.0f64; n];
        while let Some(w) = stack.pop() {
            for &v in &preds[w] {
                delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
            }
            if w != s {
                bc[w] += delta[w];
            }
        }
    }
    bc.iter().map(|b| b / 2.0).collect()
}

/// An actor's ties, strongest (most events, either direction) first.
#[derive(Debug, Clone, Serialize)]
pub struct Tie {
    pub actor: String,
    pub events: u64,
    pub quad: [u64; 4],
    pub goldstein_sum: f64,
}

impl Network {
    pub fn strongest_ties(&self, actor: &str, top: usize) -> Vec<Tie> {
        let mut ties: BTreeMap<&str, Tie> = BTreeMap::new();
        for e in &self.edges {
            let other = if e.source == actor {
                &e.target
            } else if e.target == actor {
                &e.source
            } else {
                continue;
            };
            let t = ties.entry(other).or_insert_with(|| Tie { actor: other.clone(), events: 0, quad: [0; 4], goldstein_sum: 0.0 });
            t.events += e.events;
            for q in 0..4 {
                t.quad[q] += e.quad[q];
            }
            t.goldstein_sum = crate::series::round2(t.goldstein_sum + e.goldstein_sum);
        }
        let mut list: Vec<Tie> = ties.into_values().collect();
        list.sort_by(|a, b| b.events.cmp(&a.events).then(a.actor.cmp(&b.actor)));
        list.truncate(top);
        list
    }

    pub fn to_graphml(&self) -> String {
        let mut s = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n",
        );
        for (id, on, ty) in [
            ("degree", "node", "int"),
            ("weighted_degree", "node", "int"),
            ("betweenness", "node", "double"),
            ("weight", "edge", "int"),
            ("q1", "edge", "int"),
            ("q2", "edge", "int"),
            ("q3", "edge", "int"),
            ("q4", "edge", "int"),
            ("goldstein", "edge", "double"),
        ] {
            let _ = writeln!(s, "  <key id=\"{id}\" for=\"{on}\" attr.name=\"{id}\" attr.type=\"{ty}\"/>");
        }
        s.push_str("  <graph id=\"vigie\" edgedefault=\"directed\">\n");
        for n in &self.nodes {
            let _ = writeln!(
                s,
                "    <node id=\"{}\"><data key=\"degree\">{}</data><data key=\"weighted_degree\">{}</data><data key=\"betweenness\">{}</data></node>",
                xml(&n.id),
                n.degree,
                n.weighted_degree,
                n.betweenness
            );
        }
        for (i, e) in self.edges.iter().enumerate() {
            let _ = writeln!(
                s,
                "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\"><data key=\"weight\">{}</data><data key=\"q1\">{}</data><data key=\"q2\">{}</data><data key=\"q3\">{}</data><data key=\"q4\">{}</data><data key=\"goldstein\">{}</data></edge>",
                xml(&e.source),
                xml(&e.target),
                e.events,
                e.quad[0],
                e.quad[1],
                e.quad[2],
                e.quad[3],
                e.goldstein_sum
            );
        }
        s.push_str("  </graph>\n</graphml>\n");
        s
    }

    pub fn to_gexf(&self) -> String {
        let mut s = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n  <graph defaultedgetype=\"directed\">\n",
        );
        s.push_str("    <attributes class=\"node\">\n      <attribute id=\"0\" title=\"degree\" type=\"integer\"/>\n      <attribute id=\"1\" title=\"betweenness\" type=\"double\"/>\n    </attributes>\n");
        s.push_str("    <attributes class=\"edge\">\n      <attribute id=\"0\" title=\"q1\" type=\"integer\"/>\n      <attribute id=\"1\" title=\"q2\" type=\"integer\"/>\n      <attribute id=\"2\" title=\"q3\" type=\"integer\"/>\n      <attribute id=\"3\" title=\"q4\" type=\"integer\"/>\n    </attributes>\n");
        s.push_str("    <nodes>\n");
        for n in &self.nodes {
            let _ = writeln!(
                s,
                "      <node id=\"{0}\" label=\"{0}\"><attvalues><attvalue for=\"0\" value=\"{1}\"/><attvalue for=\"1\" value=\"{2}\"/></attvalues></node>",
                xml(&n.id),
                n.degree,
                n.betweenness
            );
        }
        s.push_str("    </nodes>\n    <edges>\n");
        for (i, e) in self.edges.iter().enumerate() {
            let _ = writeln!(
                s,
                "      <edge id=\"{i}\" source=\"{}\" target=\"{}\" weight=\"{}\"><attvalues><attvalue for=\"0\" value=\"{}\"/><attvalue for=\"1\" value=\"{}\"/><attvalue for=\"2\" value=\"{}\"/><attvalue for=\"3\" value=\"{}\"/></attvalues></edge>",
                xml(&e.source),
                xml(&e.target),
                e.events,
                e.quad[0],
                e.quad[1],
                e.quad[2],
                e.quad[3]
            );
        }
        s.push_str("    </edges>\n  </graph>\n</gexf>\n");
        s
    }
}

pub(crate) fn xml(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&apos;")
}

#[cfg(test)]
mod tests {
    use super::betweenness;

    #[test]
    fn betweenness_of_a_path_and_a_star() {
        // Path 0-1-2-3: 1 and 2 each lie on 2 shortest paths.
        let path = vec![vec![1], vec![0, 2], vec![1, 3], vec![2]];
        assert_eq!(betweenness(&path), vec![0.0, 2.0, 2.0, 0.0]);
        // Star with centre 0 and 4 leaves: C(4,2) = 6 pairs through the centre.
        let star = vec![vec![1, 2, 3, 4], vec![0], vec![0], vec![0], vec![0]];
        assert_eq!(betweenness(&star)[0], 6.0);
        // Square 0-1-2-3-0: two shortest paths between opposite corners, half each.
        let square = vec![vec![1, 3], vec![0, 2], vec![1, 3], vec![0, 2]];
        assert_eq!(betweenness(&square), vec![0.5; 4]);
    }
}
