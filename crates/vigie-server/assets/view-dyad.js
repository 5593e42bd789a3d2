// The dyad view: two actors, their events per period from /api/dyad drawn
// as a diverging bar chart (cooperation up, conflict down, stacked by quad
// class) with the mean Goldstein score as a line, and the same series as a
// table for reading exact figures.

import { getJson } from './api.js';
import { h, s, mount, field, select } from './dom.js';
import { t, formatNumber } from './i18n.js';
import { navigate, routeHash } from './router.js';
import { actorDatalist } from './view-events.js';
import { errorBox, loadingBox, goldsteinText } from './render.js';

const PERIODS = ['month', 'week', 'day'];
const QUAD_COLOURS = { 1: 'var(--q1)', 2: 'var(--q2)', 3: 'var(--q3)', 4: 'var(--q4)' };
// A gap-free axis is drawn while it stays readable; past this many periods
// only the periods with events are shown.
const MAX_FILLED_PERIODS = 400;

function pad(n) {
  return String(n).padStart(2, '0');
}

/** Monday of ISO week `week` of ISO year `year`, in UTC. */
function isoWeekStart(year, week) {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const day = jan4.getUTCDay() || 7;
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - day + 1 + (week - 1) * 7);
  return monday;
}

function isoWeekLabel(date) {
  const thursday = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  thursday.setUTCDate(thursday.getUTCDate() - ((thursday.getUTCDay() + 6) % 7) + 3);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.round((thursday - isoWeekStart(year, 1)) / (7 * 86400000) - 3 / 7);
  return `${year}-W${pad(week)}`;
}

/** The periods from the first to the last label, gaps included, or null when the labels are not understood. */
export function fillPeriods(labels, period) {
  if (!labels.length) return [];
  const sorted = labels.slice().sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const out = [];
  if (period === 'month') {
    const m1 = /^(\d{4})-(\d{2})$/.exec(first);
    const m2 = /^(\d{4})-(\d{2})$/.exec(last);
    if (!m1 || !m2) return null;
    let y = Number(m1[1]);
    let m = Number(m1[2]);
    while (out.length <= MAX_FILLED_PERIODS) {
      const label = `${y}-${pad(m)}`;
      out.push(label);
      if (label === last) return out;
      m += 1;
      if (m > 12) {
        m = 1;
        y += 1;
      }
    }
    return null;
  }
  if (period === 'day' || period === 'week') {
    let date;
    if (period === 'day') {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(first)) return null;
      date = new Date(`${first}T00:00:00Z`);
    } else {
      const w = /^(\d{4})-W(\d{2})$/.exec(first);
      if (!w) return null;
      date = isoWeekStart(Number(w[1]), Number(w[2]));
    }
    while (out.length <= MAX_FILLED_PERIODS) {
      const label = period === 'day' ? date.toISOString().slice(0, 10) : isoWeekLabel(date);
      out.push(label);
      if (label === last) return out;
      if (label > last) return null;
      date.setUTCDate(date.getUTCDate() + (period === 'day' ? 1 : 7));
    }
    return null;
  }
  return null;
}

function quadCounts(point) {
  const quad = Array.isArray(point.quad) ? point.quad : [point.q1, point.q2, point.q3, point.q4].map((n) => n || 0);
  return [0, 1, 2, 3].map((i) => quad[i] || 0);
}

/** The SVG chart of a dyad series. */
export function dyadChart(series, { a, b, period }) {
  const byLabel = new Map((series.points || []).map((point) => [point.period, point]));
  const labels = fillPeriods([...byLabel.keys()], period) || [...byLabel.keys()].sort();
  const width = 1200;
  const height = 300;
  const margin = { top: 16, right: 48, bottom: 42, left: 44 };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const rows = labels.map((label) => {
    const point = byLabel.get(label);
    const quads = point ? quadCounts(point) : [0, 0, 0, 0];
    return { label, point, quads, coop: quads[0] + quads[1], conflict: quads[2] + quads[3] };
  });
  const maxCoop = Math.max(1, ...rows.map((r) => r.coop));
  const maxConflict = Math.max(0, ...rows.map((r) => r.conflict));
  // Cooperation above, conflict below, on one count scale.
  const scaleTotal = maxCoop + Math.max(maxConflict, maxCoop * 0.25);
  const unit = plotHeight / scaleTotal;
  const zeroY = margin.top + maxCoop * unit;
  const band = plotWidth / Math.max(1, rows.length);
  const barWidth = Math.max(1, Math.min(48, band * 0.7));
  // Goldstein 0 sits on the count axis' zero line: +10 at the top, -10 at the bottom.
  const goldsteinY = (g) => (g >= 0 ? zeroY - (g / 10) * (zeroY - margin.top) : zeroY + (-g / 10) * (margin.top + plotHeight - zeroY));

  const svg = s('svg', {
    class: 'chart dyad-chart',
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': t('dyad.chart.label', { a, b, period: t(`dyad.period.${period}`) }),
    preserveAspectRatio: 'xMidYMid meet',
  });
  svg.appendChild(s('title', {}, t('dyad.chart.label', { a, b, period: t(`dyad.period.${period}`) })));

  // Count ticks on the left, Goldstein ticks on the right.
  const ticks = s('g', { class: 'axis' });
  const step = Math.max(1, Math.ceil(maxCoop / 4));
  for (let v = 0; v <= maxCoop; v += step) {
    const y = zeroY - v * unit;
    ticks.appendChild(s('line', { x1: margin.left, x2: width - margin.right, y1: y, y2: y, class: v === 0 ? 'zero-line' : 'grid-line' }));
    ticks.appendChild(s('text', { x: margin.left - 6, y: y + 4, 'text-anchor': 'end' }, String(v)));
  }
  for (let v = step; v <= maxConflict; v += step) {
    const y = zeroY + v * unit;
    ticks.appendChild(s('line', { x1: margin.left, x2: width - margin.right, y1: y, y2: y, class: 'grid-line' }));
    ticks.appendChild(s('text', { x: margin.left - 6, y: y + 4, 'text-anchor': 'end' }, `−${v}`));
  }
  for (const g of [10, 0, -10]) {
    ticks.appendChild(s('text', { x: width - margin.right + 6, y: goldsteinY(g) + 4, class: 'goldstein-tick' }, g > 0 ? `+${g}` : String(g)));
  }
  svg.appendChild(ticks);

  const bars = s('g', { class: 'bars' });
  const labelEvery = Math.max(1, Math.ceil(rows.length / 12));
  rows.forEach((row, index) => {
    const x = margin.left + index * band + (band - barWidth) / 2;
    let up = zeroY;
    for (const quad of [1, 2]) {
      const count = row.quads[quad - 1];
      if (!count) continue;
      const barHeight = count * unit;
      up -= barHeight;
      bars.appendChild(
        s('rect', { class: `bar bar-q${quad}`, x, y: up, width: barWidth, height: barHeight, fill: QUAD_COLOURS[quad], 'data-period': row.label, 'data-quad': quad, 'data-count': count },
          s('title', {}, `${row.label}: ${count} ${t(`quad.${quad}`)}`)),
      );
    }
    let down = zeroY;
    for (const quad of [3, 4]) {
      const count = row.quads[quad - 1];
      if (!count) continue;
      const barHeight = count * unit;
      bars.appendChild(
        s('rect', { class: `bar bar-q${quad}`, x, y: down, width: barWidth, height: barHeight, fill: QUAD_COLOURS[quad], 'data-period': row.label, 'data-quad': quad, 'data-count': count },
          s('title', {}, `${row.label}: ${count} ${t(`quad.${quad}`)}`)),
      );
      down += barHeight;
    }
    if (index % labelEvery === 0) {
      bars.appendChild(s('text', { class: 'period-label', x: x + barWidth / 2, y: height - margin.bottom + 16, 'text-anchor': 'middle' }, row.label));
    }
  });
  svg.appendChild(bars);

  const withMean = rows
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => row.point && row.point.goldstein_mean !== null && row.point.goldstein_mean !== undefined);
  const cx = (index) => margin.left + index * band + band / 2;
  if (withMean.length > 1) {
    svg.appendChild(
      s('polyline', {
        class: 'goldstein-line',
        points: withMean.map(({ row, index }) => `${cx(index)},${goldsteinY(row.point.goldstein_mean)}`).join(' '),
      }),
    );
  }
  const points = s('g', { class: 'goldstein-points' });
  for (const { row, index } of withMean) {
    points.appendChild(
      s('circle', { class: 'point goldstein-point', cx: cx(index), cy: goldsteinY(row.point.goldstein_mean), r: Math.max(1.5, Math.min(4, band / 4)), 'data-period': row.label },
        s('title', {}, `${row.label}: Goldstein ${goldsteinText(row.point.goldstein_mean)}`)),
    );
  }
  svg.appendChild(points);
  return svg;
}

function legend() {
  return h(
    'ul',
    { class: 'legend' },
    [1, 2, 3, 4].map((q) => h('li', {}, h('span', { class: `swatch swatch-q${q}`, 'aria-hidden': 'true' }), t(`dyad.legend.q${q}`))),
    h('li', {}, h('span', { class: 'swatch swatch-line', 'aria-hidden': 'true' }), t('dyad.legend.goldstein')),
  );
}

function seriesTable(series) {
  const points = (series.points || []).slice().sort((x, y) => (x.period < y.period ? -1 : 1));
  return h(
    'table',
    { class: 'grid series-table', 'aria-label': t('dyad.table') },
    h(
      'thead',
      {},
      h('tr', {}, ['period', 'events', 'coop', 'conflict', 'goldstein_mean', 'ids'].map((c) => h('th', { scope: 'col' }, t(`dyad.col.${c}`)))),
    ),
    h(
      'tbody',
      {},
      points.map((point) => {
        const quads = quadCounts(point);
        return h(
          'tr',
          {},
          h('td', {}, point.period),
          h('td', { class: 'num' }, formatNumber(point.events)),
          h('td', { class: 'num' }, `${formatNumber(point.cooperation ?? quads[0] + quads[1])} (${quads[0]}+${quads[1]})`),
          h('td', { class: 'num' }, `${formatNumber(point.conflict ?? quads[2] + quads[3])} (${quads[2]}+${quads[3]})`),
          h('td', { class: 'num' }, goldsteinText(point.goldstein_mean)),
          h(
            'td',
            { class: 'ids' },
            (point.event_ids || []).slice(0, 20).map((id) => [h('a', { href: `#/event/${id}` }, `#${id}`), ' ']),
            (point.event_ids || []).length > 20 ? '…' : null,
          ),
        );
      }),
    ),
  );
}

function signalLabel(kind) {
  const key = `signal.${kind}`;
  const text = t(key);
  return text === key ? kind.replace(/_/g, ' ') : text;
}

/** The escalation signals of the dyad (/api/signals), each with its events and first sentence. */
async function signalsSection(a, b, signal) {
  const section = h('section', { class: 'panel signals' }, h('h2', {}, t('signals.title')));
  let body;
  try {
    body = await getJson('/api/signals', { actors: `${a},${b}` }, signal);
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    section.appendChild(errorBox(error));
    return section;
  }
  const signals = Array.isArray(body) ? body : body.signals || [];
  if (!signals.length) {
    section.appendChild(h('p', { class: 'muted' }, t('signals.none')));
    return section;
  }
  section.appendChild(
    h(
      'table',
      { class: 'grid signals-table', 'aria-label': t('signals.title') },
      h('thead', {}, h('tr', {}, ['kind', 'dyad', 'period', 'value', 'z', 'events'].map((c) => h('th', { scope: 'col' }, t(`signals.col.${c}`))))),
      h(
        'tbody',
        {},
        signals.map((item) =>
          h(
            'tr',
            { 'data-kind': item.kind },
            h('td', {}, signalLabel(item.kind)),
            h('td', {}, (item.dyad || []).join(' – ')),
            h('td', {}, item.period || '—'),
            h('td', { class: 'num' }, item.value === null || item.value === undefined ? '—' : formatNumber(item.value, 1)),
            h('td', { class: 'num' }, item.z === null || item.z === undefined ? '—' : formatNumber(item.z, 1)),
            h(
              'td',
              {},
              (item.event_ids || []).slice(0, 10).map((id) => [h('a', { href: `#/event/${id}` }, `#${id}`), ' ']),
              item.cites && item.cites[0] ? h('div', { class: 'muted cite-line' }, `« ${item.cites[0].text} »`) : null,
            ),
          ),
        ),
      ),
    ),
  );
  return section;
}

export async function renderDyad(container, { params }, context) {
  const a = (params.get('a') || '').toUpperCase();
  const b = (params.get('b') || '').toUpperCase();
  const period = PERIODS.includes(params.get('period')) ? params.get('period') : 'month';
  const directed = params.get('directed') === 'true';
  const all = params.get('all') === 'true';

  const form = h(
    'form',
    { class: 'filters', 'aria-label': t('dyad.title') },
    field(t('dyad.a'), h('input', { type: 'text', name: 'a', value: a, list: 'actor-codes', class: 'code-input', required: true, autocomplete: 'off', 'data-search': '' })),
    field(t('dyad.b'), h('input', { type: 'text', name: 'b', value: b, list: 'actor-codes', class: 'code-input', required: true, autocomplete: 'off' })),
    field(t('dyad.period'), select('period', PERIODS.map((p) => ({ value: p, label: t(`dyad.period.${p}`) })), period)),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'directed', checked: directed }), ' ', t('dyad.directed')),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'all', checked: all }), ' ', t('dyad.all')),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'primary' }, t('dyad.show'))),
    actorDatalist('actor-codes'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    navigate(
      routeHash('dyad', {
        a: String(data.get('a') || '').trim().toUpperCase(),
        b: String(data.get('b') || '').trim().toUpperCase(),
        period: data.get('period') !== 'month' ? data.get('period') : null,
        directed: data.get('directed') ? 'true' : null,
        all: data.get('all') ? 'true' : null,
      }),
    );
  });
  const results = h('section', { class: 'results', 'aria-live': 'polite' });
  mount(container, h('div', { class: 'view-head' }, h('h1', {}, t('dyad.title'))), form, results);
  if (!a || !b) {
    mount(results, h('p', { class: 'muted' }, t('dyad.pick')));
    return;
  }
  mount(results, loadingBox());
  let series;
  try {
    series = await getJson('/api/dyad', { a, b, period, directed: directed ? 'true' : 'false', all_factualities: all ? 'true' : 'false' }, context.signal);
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    mount(results, errorBox(error));
    return;
  }
  if (!context.isCurrent()) return;
  const points = series.points || [];
  const shown = points.reduce((sum, point) => sum + (point.events || 0), 0);
  mount(
    results,
    h(
      'p',
      { class: 'summary' },
      t('dyad.summary', { total: formatNumber(series.total_events ?? shown), shown: formatNumber(shown), imprecise: formatNumber(series.imprecise_events ?? 0) }),
      ' ',
      t('common.show_events'),
      ': ',
      h('a', { href: routeHash('events', { source: a, target: b }) }, `${a} → ${b}`),
      directed ? null : [', ', h('a', { href: routeHash('events', { source: b, target: a }) }, `${b} → ${a}`)],
      ' · ',
      h('a', { href: routeHash('brief', { actors: `${a},${b}` }) }, t('dyad.brief')),
    ),
    points.length ? [h('figure', { class: 'chart-frame' }, dyadChart(series, { a, b, period }), h('figcaption', {}, legend())), seriesTable(series)] : h('p', { class: 'empty' }, t('dyad.empty')),
  );
  try {
    const signals = await signalsSection(a, b, context.signal);
    if (context.isCurrent()) results.appendChild(signals);
  } catch (error) {
    if (error.name !== 'AbortError') console.error(error);
  }
}
