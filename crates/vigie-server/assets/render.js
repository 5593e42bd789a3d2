// Small pieces shared by the views: labels for factuality, quad class and
// CAMEO codes, actor links, dates, and the evidence sentence with its
// highlighted spans.

import { h } from './dom.js';
import { t, formatNumber } from './i18n.js';

export const FACTUALITIES = ['asserted', 'negated', 'hypothetical', 'planned'];
export const CAMEO_ROOTS = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0'));

/** The factuality as a visible, coloured label; data-factuality keeps the code. */
export function factualityBadge(factuality) {
  return h(
    'span',
    { class: ['factuality', `factuality-${factuality}`], 'data-factuality': factuality },
    t(`factuality.${factuality}`),
  );
}

export function quadBadge(quad) {
  if (!quad) return '—';
  return h('span', { class: ['quad', `quad-${quad}`], title: t(`quad.${quad}`), 'data-quad': quad }, `Q${quad}`);
}

/** CAMEO code with the stored (English) label, and the root's name in the interface language. */
export function cameoText(event) {
  return `${event.cameo} · ${event.cameo_label || ''}`;
}

export function cameoRootName(root) {
  return root ? `${root} · ${t(`cameo.${root}`)}` : '—';
}

/** The country or organisation part of an actor code (PRKMIL → PRK, NATO → NATO). */
export function actorCountry(code) {
  if (!code) return null;
  return /^[A-Z]{3}/.test(code) && code.length > 3 ? code.slice(0, 3) : code;
}

export function actorLink(code, text) {
  if (!code) return h('span', { class: 'actor actor-none' }, '—');
  return h(
    'a',
    { class: 'actor', href: `#/events?actor=${encodeURIComponent(code)}`, title: text ? `${code}: ${text}` : code },
    code,
  );
}

export function eventDate(event) {
  return event.date || '—';
}

export function placeText(location) {
  if (!location) return '';
  return location.country && location.country !== location.name ? `${location.name} (${location.country})` : location.name;
}

export function goldsteinText(value) {
  if (value === null || value === undefined) return '—';
  const text = formatNumber(value, 1);
  return value > 0 ? `+${text}` : text;
}

const ROLES = ['source', 'target', 'verb'];

/**
 * The sentence with the source, target and verb spans highlighted.
 * Spans are code-point offsets into the article; the sentence starts at
 * spans.sentence[0], so each span is shifted by it and the sentence is
 * indexed by code points (Array.from), not by UTF-16 units.
 */
export function highlightedSentence(sentence, spans) {
  const chars = Array.from(sentence || '');
  const base = spans && spans.sentence ? spans.sentence[0] : 0;
  const ranges = [];
  for (const role of ROLES) {
    const span = spans && spans[role];
    if (!Array.isArray(span) || span.length !== 2) continue;
    const start = Math.max(0, span[0] - base);
    const end = Math.min(chars.length, span[1] - base);
    if (end > start) ranges.push({ role, start, end });
  }
  // Outer spans first so that a span inside another nests in it; a span
  // that only partly overlaps an earlier one is cut where that one ends.
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const mark = (range, children) =>
    h(
      'mark',
      {
        class: ['hl', `hl-${range.role}`],
        'data-role': range.role,
        'data-label': t(`event.role.${range.role}`),
        title: t(`event.role.${range.role}`),
      },
      children,
    );
  function build(from, to, candidates) {
    const out = [];
    let position = from;
    let index = 0;
    while (index < candidates.length) {
      const range = candidates[index];
      const start = Math.max(range.start, position);
      const end = Math.min(range.end, to);
      index += 1;
      if (end <= start) continue;
      if (start > position) out.push(chars.slice(position, start).join(''));
      const inner = [];
      while (index < candidates.length && candidates[index].start < end) {
        inner.push(candidates[index]);
        index += 1;
      }
      out.push(mark(range, build(start, end, inner)));
      position = end;
    }
    if (position < to) out.push(chars.slice(position, to).join(''));
    return out;
  }
  return h('span', { class: 'sentence' }, build(0, chars.length, ranges));
}

export function highlightLegend() {
  return h(
    'p',
    { class: 'hl-legend' },
    t('event.legend'),
    ' ',
    ROLES.map((role) => [h('mark', { class: ['hl', `hl-${role}`, 'hl-sample'] }, t(`event.role.${role}`)), ' ']),
  );
}

export function errorBox(error) {
  return h('div', { class: 'error', role: 'alert' }, t('common.error', { message: error.message || String(error) }));
}

export function loadingBox() {
  return h('div', { class: 'loading', role: 'status' }, t('common.loading'));
}
