// The actor network from /api/network: a force-directed layout computed here
// (deterministic: nodes start on a circle, fixed number of steps), node size
// by degree or betweenness, ties coloured by their balance of cooperation
// and conflict. A table ranks the actors; selecting one lists its ties.

import { getJson } from './api.js';
import { h, s, mount, field, select } from './dom.js';
import { t, formatNumber } from './i18n.js';
import { navigate, routeHash } from './router.js';
import { errorBox, loadingBox } from './render.js';

const NODE_LIMITS = [50, 100, 200];
const MAX_DRAWN_EDGES = 400;

const nodeCode = (node) => node.code ?? node.id ?? node.actor;
const edgeWeight = (edge) => edge.weight ?? edge.events ?? 1;
const edgeQuads = (edge) => (Array.isArray(edge.quad) ? edge.quad : Array.isArray(edge.quads) ? edge.quads : [0, 0, 0, 0]);

/** Fruchterman–Reingold layout in a unit square; positions are written on the nodes. */
export function layout(nodes, edges, steps = 300) {
  const n = nodes.length;
  if (!n) return;
  nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / n;
    node.x = 0.5 + 0.4 * Math.cos(angle);
    node.y = 0.5 + 0.4 * Math.sin(angle);
  });
  const k = Math.sqrt(1 / n) * 0.9;
  let temperature = 0.1;
  const cooling = temperature / (steps + 1);
  for (let step = 0; step < steps; step += 1) {
    for (const node of nodes) {
      node.dx = 0;
      node.dy = 0;
    }
    for (let i = 0; i < n; i += 1) {
      for (let j = i + 1; j < n; j += 1) {
        const a = nodes[i];
        const b = nodes[j];
        let dx = a.x - b.x;
        let dy = a.y - b.y;
        let distance = Math.hypot(dx, dy);
        if (distance < 1e-6) {
          dx = 1e-3 * (i - j);
          dy = 1e-3;
          distance = Math.hypot(dx, dy);
        }
        const force = (k * k) / distance;
        a.dx += (dx / distance) * force;
        a.dy += (dy / distance) * force;
        b.dx -= (dx / distance) * force;
        b.dy -= (dy / distance) * force;
      }
    }
    for (const edge of edges) {
      const a = edge.from;
      const b = edge.to;
      const dx = a.x - b.x;
      const dy = a.y - b.y;
      const distance = Math.max(1e-6, Math.hypot(dx, dy));
      const force = ((distance * distance) / k) * Math.min(3, 1 + Math.log(edgeWeight(edge)) / 3);
      a.dx -= (dx / distance) * force;
      a.dy -= (dy / distance) * force;
      b.dx += (dx / distance) * force;
      b.dy += (dy / distance) * force;
    }
    for (const node of nodes) {
      // A weak pull to the centre keeps unconnected actors on the canvas.
      node.dx += (0.5 - node.x) * k * 0.5;
      node.dy += (0.5 - node.y) * k * 0.5;
      const moved = Math.hypot(node.dx, node.dy);
      if (moved > 0) {
        const limited = Math.min(moved, temperature);
        node.x += (node.dx / moved) * limited;
        node.y += (node.dy / moved) * limited;
      }
      node.x = Math.min(0.97, Math.max(0.03, node.x));
      node.y = Math.min(0.97, Math.max(0.03, node.y));
    }
    temperature -= cooling;
  }
  // A dense graph settles in a tight ball: stretch the result to the canvas.
  const xs = nodes.map((node) => node.x);
  const ys = nodes.map((node) => node.y);
  const spanX = Math.max(...xs) - Math.min(...xs);
  const spanY = Math.max(...ys) - Math.min(...ys);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  for (const node of nodes) {
    node.x = spanX > 1e-9 ? 0.06 + (0.88 * (node.x - minX)) / spanX : 0.5;
    node.y = spanY > 1e-9 ? 0.06 + (0.88 * (node.y - minY)) / spanY : 0.5;
  }
}

function edgeClass(edge) {
  const q = edgeQuads(edge);
  const cooperation = (q[0] || 0) + (q[1] || 0);
  const conflict = (q[2] || 0) + (q[3] || 0);
  if (conflict > cooperation) return 'edge edge-conflict';
  if (cooperation > conflict) return 'edge edge-coop';
  return 'edge edge-mixed';
}

function tiesTable(code, edges) {
  const ties = edges
    .filter((edge) => edge.source === code || edge.target === code)
    .sort((x, y) => edgeWeight(y) - edgeWeight(x));
  return h(
    'div',
    { class: 'ties' },
    h('h2', {}, t('network.ties', { actor: code })),
    h(
      'table',
      { class: 'grid', 'aria-label': t('network.ties', { actor: code }) },
      h('thead', {}, h('tr', {}, ['with', 'events', 'quads'].map((c) => h('th', { scope: 'col' }, t(`network.col.${c}`))), h('th', {}, ''))),
      h(
        'tbody',
        {},
        ties.map((edge) => {
          const outgoing = edge.source === code;
          const other = outgoing ? edge.target : edge.source;
          return h(
            'tr',
            {},
            h('td', { title: `${edge.source} → ${edge.target}` }, outgoing ? `→ ${other}` : `← ${other}`),
            h('td', { class: 'num' }, formatNumber(edgeWeight(edge))),
            h('td', { class: 'num' }, edgeQuads(edge).join(' / ')),
            h('td', {}, h('a', { href: routeHash('dyad', { a: code, b: other }) }, t('nav.dyad'))),
          );
        }),
      ),
    ),
  );
}

export async function renderNetwork(container, { params }, context) {
  const since = params.get('since') || '';
  const minWeight = params.get('min_weight') || '';
  const sizeBy = params.get('size') === 'betweenness' ? 'betweenness' : 'degree';
  const maxNodes = NODE_LIMITS.includes(Number(params.get('nodes'))) ? Number(params.get('nodes')) : NODE_LIMITS[0];
  const agents = params.get('agents') === 'true';
  const all = params.get('all') === 'true';

  const form = h(
    'form',
    { class: 'filters', 'aria-label': t('network.title') },
    field(t('network.since'), h('input', { type: 'text', name: 'since', value: since, placeholder: t('filter.date.placeholder'), class: 'date-input' })),
    field(t('network.min_weight'), h('input', { type: 'number', name: 'min_weight', min: '1', value: minWeight, class: 'num-input' })),
    field(
      t('network.size_by'),
      select('size', ['degree', 'betweenness'].map((v) => ({ value: v, label: t(`network.size.${v}`) })), sizeBy),
    ),
    field(t('network.max_nodes'), select('nodes', NODE_LIMITS.map((v) => ({ value: v, label: String(v) })), maxNodes)),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'agents', checked: agents }), ' ', t('network.agents')),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'all', checked: all }), ' ', t('dyad.all')),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'primary' }, t('common.apply'))),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    navigate(
      routeHash('network', {
        since: String(data.get('since') || '').trim(),
        min_weight: data.get('min_weight'),
        size: data.get('size') !== 'degree' ? data.get('size') : null,
        nodes: Number(data.get('nodes')) !== NODE_LIMITS[0] ? data.get('nodes') : null,
        agents: data.get('agents') ? 'true' : null,
        all: data.get('all') ? 'true' : null,
      }),
    );
  });
  const results = h('section', { class: 'results' }, loadingBox());
  mount(container, h('div', { class: 'view-head' }, h('h1', {}, t('network.title'))), form, results);

  let network;
  try {
    network = await getJson('/api/network', { since, min_weight: minWeight, agents: agents ? 'true' : null, all_factualities: all ? 'true' : null }, context.signal);
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    mount(results, errorBox(error));
    return;
  }
  if (!context.isCurrent()) return;
  const allNodes = (network.nodes || []).map((node) => ({ ...node, code: nodeCode(node) }));
  const allEdges = network.edges || [];
  if (!allEdges.length) {
    mount(results, h('p', { class: 'empty' }, t('network.empty')));
    return;
  }
  const metric = (node) => Number(node[sizeBy] ?? 0);
  const ranked = allNodes.slice().sort((x, y) => metric(y) - metric(x) || (y.degree ?? 0) - (x.degree ?? 0) || (x.code < y.code ? -1 : 1));
  const nodes = ranked.slice(0, maxNodes);
  const byCode = new Map(nodes.map((node) => [node.code, node]));
  const edges = allEdges
    .filter((edge) => byCode.has(edge.source) && byCode.has(edge.target))
    .map((edge) => ({ ...edge, from: byCode.get(edge.source), to: byCode.get(edge.target) }));
  layout(nodes, edges);
  // Past a few hundred ties a drawing is a smudge: the strongest are drawn,
  // strongest last (on top); the tables keep them all.
  const drawnEdges = edges
    .slice()
    .sort((x, y) => edgeWeight(y) - edgeWeight(x))
    .slice(0, MAX_DRAWN_EDGES)
    .reverse();

  const size = 640;
  const maxMetric = Math.max(1e-9, ...nodes.map(metric));
  const maxWeight = Math.max(1, ...edges.map(edgeWeight));
  // Smaller nodes when there are many, so that they do not cover each other.
  const crowding = Math.min(1, Math.sqrt(20 / nodes.length));
  const radius = (node) => 4 + 16 * crowding * Math.sqrt(metric(node) / maxMetric);
  const svg = s('svg', {
    class: 'chart network-chart',
    viewBox: `0 0 ${size} ${size}`,
    role: 'group',
    'aria-label': t('network.label', { nodes: nodes.length, edges: edges.length }),
  });
  const edgeLayer = s('g', { class: 'edges' });
  for (const edge of drawnEdges) {
    edgeLayer.appendChild(
      s(
        'line',
        {
          class: edgeClass(edge),
          x1: edge.from.x * size,
          y1: edge.from.y * size,
          x2: edge.to.x * size,
          y2: edge.to.y * size,
          'stroke-width': (0.6 + 4 * crowding * Math.sqrt(edgeWeight(edge) / maxWeight)).toFixed(2),
          'data-source': edge.source,
          'data-target': edge.target,
        },
        s('title', {}, `${edge.source} – ${edge.target}: ${edgeWeight(edge)} (${edgeQuads(edge).join('/')})`),
      ),
    );
  }
  svg.appendChild(edgeLayer);
  const side = h('aside', { class: 'network-side' }, h('p', { class: 'muted' }, t('network.select')));
  const selectNode = (code) => {
    for (const element of svg.querySelectorAll('.node')) element.classList.toggle('selected', element.dataset.code === code);
    for (const element of svg.querySelectorAll('.edge')) {
      element.classList.toggle('dim', element.dataset.source !== code && element.dataset.target !== code);
    }
    mount(side, tiesTable(code, allEdges));
  };
  const nodeLayer = s('g', { class: 'nodes' });
  for (const node of nodes) {
    const r = radius(node);
    const group = s(
      'g',
      {
        class: 'node',
        tabindex: '0',
        role: 'button',
        'data-code': node.code,
        transform: `translate(${(node.x * size).toFixed(1)} ${(node.y * size).toFixed(1)})`,
        'aria-label': `${node.code}: ${t('network.col.degree')} ${node.degree ?? '—'}, ${t('network.col.betweenness')} ${formatNumber(node.betweenness ?? 0, 3)}`,
      },
      s('circle', { r }),
      s('text', { y: r + 11, 'text-anchor': 'middle' }, node.code),
      s('title', {}, `${node.code} · ${t('network.col.degree')} ${node.degree ?? '—'} · ${t('network.col.betweenness')} ${formatNumber(node.betweenness ?? 0, 3)}`),
    );
    group.addEventListener('click', () => selectNode(node.code));
    group.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        selectNode(node.code);
      }
    });
    nodeLayer.appendChild(group);
  }
  svg.appendChild(nodeLayer);

  const table = h(
    'table',
    { class: 'grid rank-table', 'aria-label': t('network.rank') },
    h('thead', {}, h('tr', {}, ['actor', 'degree', 'weighted', 'betweenness'].map((c) => h('th', { scope: 'col' }, t(`network.col.${c}`))))),
    h(
      'tbody',
      {},
      ranked.slice(0, 30).map((node) =>
        h(
          'tr',
          {},
          h('td', {}, h('a', { href: `#/events?actor=${encodeURIComponent(node.code)}` }, node.code)),
          h('td', { class: 'num' }, formatNumber(node.degree)),
          h('td', { class: 'num' }, node.weighted_degree !== undefined ? formatNumber(node.weighted_degree) : '—'),
          h('td', { class: 'num' }, formatNumber(node.betweenness ?? 0, 3)),
        ),
      ),
    ),
  );
  mount(
    results,
    h(
      'div',
      { class: 'network-layout' },
      h('figure', { class: 'chart-frame' }, svg, h('figcaption', { class: 'muted' }, t('network.label', { nodes: nodes.length, edges: edges.length }), allNodes.length > nodes.length ? ` ${t('network.hidden', { n: allNodes.length - nodes.length })}` : '', edges.length > drawnEdges.length ? ` ${t('network.edges_drawn', { n: drawnEdges.length })}` : '')),
      h('div', { class: 'network-panels' }, side, table),
    ),
  );
}
