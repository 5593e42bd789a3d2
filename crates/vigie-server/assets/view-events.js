// The event table: a filter bar whose values live in the hash, one page of
// events from /api/events at a time (keyset cursor; the page never asks for
// everything, so 100 000 events cost what 50 do), keyboard navigation.

import { getJson } from './api.js';
import { h, mount, field, select } from './dom.js';
import { t, formatNumber } from './i18n.js';
import { navigate, routeHash } from './router.js';
import {
  FACTUALITIES,
  CAMEO_ROOTS,
  factualityBadge,
  quadBadge,
  actorLink,
  eventDate,
  placeText,
  goldsteinText,
  errorBox,
  loadingBox,
} from './render.js';

export const FILTER_NAMES = ['q', 'actor', 'source', 'target', 'cameo', 'quad', 'factuality', 'from', 'to', 'place'];
export const PAGE_SIZES = [50, 100, 200];
const MAX_PAGE_SIZE = 500; // the API's own limit

// Cursors of the pages before the current one, per filter set, so that
// "Previous" works without the server counting or paging backwards.
const cursorHistory = new Map();
// Ids of the listed page, for "previous/next event" on an event's page.
let listedIds = [];

export function listedEventIds() {
  return listedIds;
}

export function filtersFromParams(params) {
  const filters = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name);
    if (value) filters[name] = value.trim();
  }
  return filters;
}

let actorOptions = null;
let actorRequest = null;

/**
 * A <datalist> of the store's most active actors. Counting actors is a scan
 * of the store, so the list is asked for once, when an actor field is first
 * focused, never on page load.
 */
export function actorDatalist(id) {
  const list = h('datalist', { id });
  const fill = (actors) => {
    if (list.childElementCount) return;
    for (const actor of actors) {
      list.appendChild(h('option', { value: actor.code }, `${actor.code} (${formatNumber(actor.events)})`));
    }
  };
  if (actorOptions) fill(actorOptions);
  const load = (event) => {
    if (!event.target.matches || !event.target.matches(`input[list="${id}"]`)) return;
    if (actorOptions) {
      fill(actorOptions);
      return;
    }
    if (!actorRequest) {
      actorRequest = getJson('/api/actors', { limit: 300 })
        .then((body) => {
          actorOptions = body.actors || [];
          return actorOptions;
        })
        .catch(() => {
          // Suggestions are a convenience: the field still takes any code.
          actorRequest = null;
          return [];
        });
    }
    actorRequest.then(fill);
  };
  document.addEventListener('focusin', load);
  // The listener goes with the view: it is removed once the list leaves the page.
  const watcher = new MutationObserver(() => {
    if (!list.isConnected) {
      document.removeEventListener('focusin', load);
      watcher.disconnect();
    }
  });
  queueMicrotask(() => {
    if (list.isConnected) watcher.observe(document.getElementById('main'), { childList: true, subtree: true });
    else document.removeEventListener('focusin', load);
  });
  return list;
}

/** The shared filter controls (events and map use the same filters). */
export function filterControls(filters, { withSearch = true } = {}) {
  const text = (name, labelKey, placeholderKey, extra = {}) =>
    field(
      t(labelKey),
      h('input', {
        type: 'text',
        name,
        value: filters[name] || '',
        placeholder: placeholderKey ? t(placeholderKey) : null,
        autocomplete: 'off',
        spellcheck: 'false',
        ...extra,
      }),
    );
  const any = { value: '', label: t('common.any') };
  return [
    withSearch
      ? field(
          t('filter.q'),
          h('input', {
            type: 'search',
            name: 'q',
            value: filters.q || '',
            placeholder: t('filter.q.placeholder'),
            'data-search': '',
            autocomplete: 'off',
          }),
          'field-wide',
        )
      : null,
    text('actor', 'filter.actor', 'filter.actor.placeholder', { list: 'actor-codes', class: 'code-input' }),
    text('source', 'filter.source', null, { list: 'actor-codes', class: 'code-input' }),
    text('target', 'filter.target', null, { list: 'actor-codes', class: 'code-input' }),
    field(
      t('filter.cameo'),
      select('cameo', [any, ...CAMEO_ROOTS.map((root) => ({ value: root, label: `${root} ${t(`cameo.${root}`)}` }))], filters.cameo),
    ),
    field(t('filter.quad'), select('quad', [any, ...[1, 2, 3, 4].map((q) => ({ value: q, label: `${q} ${t(`quad.${q}`)}` }))], filters.quad)),
    field(
      t('filter.factuality'),
      select('factuality', [any, ...FACTUALITIES.map((f) => ({ value: f, label: t(`factuality.${f}`) }))], filters.factuality),
    ),
    text('from', 'filter.from', 'filter.date.placeholder', { class: 'date-input', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' }),
    text('to', 'filter.to', 'filter.date.placeholder', { class: 'date-input', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' }),
    text('place', 'filter.place', 'filter.place.placeholder'),
    actorDatalist('actor-codes'),
  ];
}

/** The filter values of a form, for the hash. */
export function formFilters(form) {
  const data = new FormData(form);
  const filters = {};
  for (const name of FILTER_NAMES) {
    const value = (data.get(name) || '').toString().trim();
    if (value) filters[name] = name === 'actor' || name === 'source' || name === 'target' ? value.toUpperCase() : value;
  }
  return filters;
}

/** Lower case without accents, one entry per code point, so positions map back to the text. */
function foldedCodePoints(text) {
  return Array.from(text).map((char) => char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
}

/**
 * The text with the searched words marked, matched as the store's search
 * does: case and accents ignored.
 */
const CONTEXT_BEFORE_MATCH = 16;

export function markTerms(text, query) {
  const chars = Array.from(text || '');
  const terms = (query || '')
    .split(/[\s"«»“”]+/)
    .map((term) => foldedCodePoints(term).join(''))
    .filter((term) => term.length >= 2);
  if (!terms.length) return text || '';
  const folded = foldedCodePoints(text || '');
  // Where each code point's folded form starts in the folded text.
  const starts = [];
  let joined = '';
  for (const piece of folded) {
    starts.push(joined.length);
    joined += piece;
  }
  const marked = new Array(chars.length).fill(false);
  for (const term of terms) {
    let from = joined.indexOf(term);
    while (from >= 0) {
      const end = from + term.length;
      starts.forEach((start, i) => {
        if (start >= from && start < end) marked[i] = true;
      });
      from = joined.indexOf(term, end);
    }
  }
  // The column is narrow: start shortly before the first match so it shows.
  const out = [];
  const first = marked.indexOf(true);
  let i = 0;
  if (first > CONTEXT_BEFORE_MATCH) {
    i = first - CONTEXT_BEFORE_MATCH;
    out.push('…');
  }
  while (i < chars.length) {
    let j = i;
    while (j < chars.length && marked[j] === marked[i]) j += 1;
    const piece = chars.slice(i, j).join('');
    out.push(marked[i] ? h('mark', { class: 'hl-q' }, piece) : piece);
    i = j;
  }
  return out;
}

function evidenceCell(event, query) {
  return h('td', { class: 'col-evidence', title: event.evidence || '' }, markTerms(event.evidence || '', query));
}

function eventRow(event, query) {
  const open = () => navigate(`#/event/${event.id}`);
  return h(
    'tr',
    {
      tabindex: '0',
      class: 'event-row',
      'data-id': event.id,
      'data-factuality': event.factuality,
      onclick: (e) => {
        if (e.target.closest('a')) return; // links keep their own target
        open();
      },
      onkeydown: (e) => {
        if (e.key === 'Enter' && !e.target.closest('a')) open();
      },
    },
    h('td', { class: 'col-id num' }, h('a', { href: `#/event/${event.id}`, class: 'event-link' }, String(event.id))),
    h('td', { class: 'col-date' }, eventDate(event)),
    h('td', { class: 'col-actor' }, actorLink(event.source, event.source_text)),
    h('td', { class: 'col-event', title: event.cameo_label || '' }, h('span', { class: 'cameo-code' }, event.cameo), ' ', event.cameo_label || ''),
    h('td', { class: 'col-actor' }, actorLink(event.target, event.target_text)),
    h('td', { class: 'col-factuality' }, factualityBadge(event.factuality)),
    h('td', { class: 'col-quad' }, quadBadge(event.quad_class)),
    h('td', { class: ['col-goldstein', 'num', event.goldstein < 0 ? 'neg' : 'pos'] }, goldsteinText(event.goldstein)),
    h('td', { class: 'col-place' }, placeText(event.location)),
    h('td', { class: 'col-mentions num', title: `${event.num_mentions} / ${event.num_sources}` }, `${event.num_mentions}/${event.num_sources}`),
    evidenceCell(event, query),
  );
}

function moveFocus(table, step) {
  const rows = Array.from(table.querySelectorAll('tbody tr'));
  const index = rows.indexOf(document.activeElement.closest('tr'));
  const next = rows[Math.min(rows.length - 1, Math.max(0, index < 0 ? 0 : index + step))];
  if (next) next.focus();
}

export async function renderEvents(container, { params }, context) {
  const filters = filtersFromParams(params);
  // The select offers the usual sizes; a link may ask for any size the API allows.
  const askedLimit = Number(params.get('limit'));
  const limit = Number.isInteger(askedLimit) && askedLimit >= 1 && askedLimit <= MAX_PAGE_SIZE ? askedLimit : PAGE_SIZES[0];
  const sizeOptions = PAGE_SIZES.includes(limit) ? PAGE_SIZES : [...PAGE_SIZES, limit].sort((x, y) => x - y);
  const cursor = params.get('cursor') || '';
  const filterKey = JSON.stringify(filters) + limit;
  // pages[i] is the cursor of page i + 1 ('' for the first). A page opened
  // from a link, not through "Next", has no known predecessors.
  const knownPages = cursorHistory.get(filterKey) || [''];
  const pageIndex = knownPages.indexOf(cursor);
  const pageNumber = pageIndex >= 0 ? pageIndex + 1 : null;

  const form = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': t('events.title') },
    filterControls(filters),
    field(t('filter.limit'), select('limit', sizeOptions.map((n) => ({ value: n, label: String(n) })), limit)),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'primary' }, t('common.apply')), h('button', { type: 'reset' }, t('common.reset'))),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const next = formFilters(form);
    const size = Number(new FormData(form).get('limit'));
    navigate(routeHash('events', { ...next, limit: size !== PAGE_SIZES[0] ? size : null }));
  });
  form.addEventListener('reset', (e) => {
    e.preventDefault();
    navigate('#/events');
  });

  const results = h('section', { class: 'results', 'aria-live': 'polite', 'aria-busy': 'true' }, loadingBox());
  mount(
    container,
    h('div', { class: 'view-head' }, h('h1', {}, t('events.title')), h('p', { class: 'hint' }, t('keys.hint'))),
    form,
    results,
  );

  let body;
  try {
    body = await getJson('/api/events', { ...filters, limit, cursor }, context.signal);
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    mount(results, errorBox(error));
    results.setAttribute('aria-busy', 'false');
    return;
  }
  if (!context.isCurrent()) return;
  const events = body.events || [];
  listedIds = events.map((event) => event.id);

  const columns = ['id', 'date', 'source', 'event', 'target', 'factuality', 'quad', 'goldstein', 'place', 'mentions', 'evidence'];
  const table = h(
    'table',
    { class: 'grid events-table', 'aria-label': t('events.title') },
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col', class: `col-${c}` }, t(`events.col.${c}`))))),
    h('tbody', {}, events.map((event) => eventRow(event, filters.q))),
  );
  table.addEventListener('keydown', (e) => {
    if (e.target.tagName === 'A' && e.key === 'Enter') return;
    if (e.key === 'j' || e.key === 'ArrowDown') {
      e.preventDefault();
      moveFocus(table, 1);
    } else if (e.key === 'k' || e.key === 'ArrowUp') {
      e.preventDefault();
      moveFocus(table, -1);
    }
  });

  const pageHash = (nextCursor) => routeHash('events', { ...filters, limit: limit !== PAGE_SIZES[0] ? limit : null, cursor: nextCursor });
  const goNext = () => {
    if (pageIndex >= 0) cursorHistory.set(filterKey, [...knownPages.slice(0, pageIndex + 1), body.next_cursor]);
    navigate(pageHash(body.next_cursor));
  };
  const goPrevious = () => navigate(pageHash(knownPages[pageIndex - 1] || ''));
  const pager = h(
    'nav',
    { class: 'pager', 'aria-label': t('events.page', { n: pageNumber ?? '?' }) },
    h('button', { type: 'button', disabled: !cursor, onclick: () => navigate(pageHash('')) }, t('events.first')),
    h('button', { type: 'button', disabled: !pageNumber || pageNumber < 2, onclick: goPrevious }, t('events.prev')),
    h('span', { class: 'pager-status' }, pageNumber ? t('events.page', { n: pageNumber }) : '', ' · ', t('events.count', { n: events.length }), body.next_cursor ? '' : ` · ${t('events.last_page')}`),
    h('button', { type: 'button', class: 'primary', disabled: !body.next_cursor, onclick: goNext, 'data-next': '' }, t('events.next')),
  );

  mount(results, events.length ? [table, pager] : [h('p', { class: 'empty' }, t('common.empty')), cursor ? pager : null]);
  results.setAttribute('aria-busy', 'false');
}
