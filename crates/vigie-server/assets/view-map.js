// The map of located events: the places of /api/places (one request,
// aggregated by the server, whatever the number of events) drawn over a
// Natural Earth country outline (world-110m.json, already projected:
// x = lon + 180, y = 90 - lat). Zoom with the buttons, the wheel or + / -;
// drag or arrow keys to pan.

import { getJson } from './api.js';
import { h, s, mount } from './dom.js';
import { t, formatNumber } from './i18n.js';
import { navigate, routeHash } from './router.js';
import { filterControls, filtersFromParams, formFilters } from './view-events.js';
import { errorBox, loadingBox } from './render.js';

let worldPromise = null;

function loadWorld() {
  if (!worldPromise) {
    worldPromise = fetch('/assets/world-110m.json').then((response) => {
      if (!response.ok) throw new Error(`world-110m.json: ${response.status}`);
      return response.json();
    });
    worldPromise.catch(() => {
      worldPromise = null;
    });
  }
  return worldPromise;
}

export function project(lon, lat) {
  return [lon + 180, 90 - lat];
}

function mapSvg(world, places, selectedPlace) {
  const full = { x: 0, y: 0, w: 360, h: 180 };
  let view = { ...full };
  const svg = s('svg', {
    class: 'chart map-chart',
    viewBox: '0 0 360 180',
    role: 'group',
    tabindex: '0',
    'aria-label': t('map.label', { n: places.length }),
  });
  svg.appendChild(s('rect', { class: 'sea', x: -360, y: -180, width: 1080, height: 540 }));
  const graticule = s('g', { class: 'graticule' });
  for (let lon = -150; lon <= 150; lon += 30) graticule.appendChild(s('line', { x1: lon + 180, x2: lon + 180, y1: 0, y2: 180 }));
  for (let lat = -60; lat <= 60; lat += 30) graticule.appendChild(s('line', { x1: 0, x2: 360, y1: 90 - lat, y2: 90 - lat }));
  svg.appendChild(graticule);
  const land = s('g', { class: 'land' });
  for (const country of world.countries || []) {
    land.appendChild(s('path', { d: country.d, class: 'country', 'data-id': country.id }, s('title', {}, country.name)));
  }
  svg.appendChild(land);

  const maxEvents = Math.max(1, ...places.map((place) => place.events || 1));
  const pointLayer = s('g', { class: 'places' });
  const sorted = places.slice().sort((x, y) => (y.events || 0) - (x.events || 0));
  for (const place of sorted) {
    if (typeof place.lat !== 'number' || typeof place.lon !== 'number') continue;
    const [x, y] = project(place.lon, place.lat);
    const countryLevel = typeof place.place_id === 'string' && place.place_id.startsWith('country-');
    const label = t('map.point', { name: place.name, country: place.country || '—', n: formatNumber(place.events) });
    const point = s(
      'circle',
      {
        class: ['place-point', countryLevel ? 'country-level' : null, selectedPlace && (place.place_id === selectedPlace || place.name === selectedPlace) ? 'selected' : null],
        cx: x.toFixed(2),
        cy: y.toFixed(2),
        'data-base-r': (0.7 + 2.3 * Math.sqrt((place.events || 1) / maxEvents)).toFixed(2),
        'data-place': place.place_id || place.name,
        'data-events': place.events,
        tabindex: '0',
        role: 'link',
        'aria-label': label,
      },
      s('title', {}, label),
    );
    const open = () => navigate(routeHash('events', { place: place.place_id || place.name }));
    point.addEventListener('click', open);
    point.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') open();
    });
    pointLayer.appendChild(point);
  }
  svg.appendChild(pointLayer);

  const apply = () => {
    svg.setAttribute('viewBox', `${view.x.toFixed(3)} ${view.y.toFixed(3)} ${view.w.toFixed(3)} ${view.h.toFixed(3)}`);
    // Points keep their on-screen size whatever the zoom.
    const scale = view.w / full.w;
    for (const point of pointLayer.children) {
      point.setAttribute('r', (Number(point.dataset.baseR) * Math.max(0.15, scale)).toFixed(3));
    }
    svg.style.setProperty('--zoom-stroke', `${(0.3 * scale).toFixed(3)}px`);
  };
  const zoom = (factor, cx = view.x + view.w / 2, cy = view.y + view.h / 2) => {
    const w = Math.min(full.w, Math.max(full.w / 64, view.w / factor));
    const hh = (w * full.h) / full.w;
    view = { x: cx - ((cx - view.x) * w) / view.w, y: cy - ((cy - view.y) * hh) / view.h, w, h: hh };
    clamp();
    apply();
  };
  const clamp = () => {
    view.x = Math.min(full.w - view.w, Math.max(0, view.x));
    view.y = Math.min(full.h - view.h, Math.max(0, view.y));
  };
  const pan = (dx, dy) => {
    view.x += dx * view.w;
    view.y += dy * view.h;
    clamp();
    apply();
  };
  svg.addEventListener(
    'wheel',
    (e) => {
      e.preventDefault();
      const box = svg.getBoundingClientRect();
      const cx = view.x + ((e.clientX - box.left) / box.width) * view.w;
      const cy = view.y + ((e.clientY - box.top) / box.height) * view.h;
      zoom(e.deltaY < 0 ? 1.25 : 0.8, cx, cy);
    },
    { passive: false },
  );
  let drag = null;
  svg.addEventListener('pointerdown', (e) => {
    if (e.target.classList.contains('place-point')) return;
    drag = { x: e.clientX, y: e.clientY };
    svg.setPointerCapture(e.pointerId);
  });
  svg.addEventListener('pointermove', (e) => {
    if (!drag) return;
    const box = svg.getBoundingClientRect();
    view.x -= ((e.clientX - drag.x) / box.width) * view.w;
    view.y -= ((e.clientY - drag.y) / box.height) * view.h;
    drag = { x: e.clientX, y: e.clientY };
    clamp();
    apply();
  });
  svg.addEventListener('pointerup', () => {
    drag = null;
  });
  svg.addEventListener('keydown', (e) => {
    const moves = { ArrowLeft: [-0.1, 0], ArrowRight: [0.1, 0], ArrowUp: [0, -0.1], ArrowDown: [0, 0.1] };
    if (moves[e.key] && e.target === svg) {
      e.preventDefault();
      pan(...moves[e.key]);
    } else if (e.key === '+' || e.key === '=') zoom(1.5);
    else if (e.key === '-') zoom(1 / 1.5);
  });
  apply();
  const controls = h(
    'div',
    { class: 'map-controls' },
    h('button', { type: 'button', onclick: () => zoom(1.5), 'aria-label': t('map.zoom_in'), title: t('map.zoom_in') }, '+'),
    h('button', { type: 'button', onclick: () => zoom(1 / 1.5), 'aria-label': t('map.zoom_out'), title: t('map.zoom_out') }, '−'),
    h(
      'button',
      {
        type: 'button',
        onclick: () => {
          view = { ...full };
          apply();
        },
      },
      t('map.zoom_reset'),
    ),
  );
  return { svg, controls, focusOn: (x, y) => zoom(4, x, y) };
}

function placesTable(places) {
  const sorted = places.slice().sort((x, y) => (y.events || 0) - (x.events || 0)).slice(0, 100);
  return h(
    'table',
    { class: 'grid places-table', 'aria-label': t('map.table') },
    h('thead', {}, h('tr', {}, ['place', 'country', 'events'].map((c) => h('th', { scope: 'col' }, t(`map.col.${c}`))))),
    h(
      'tbody',
      {},
      sorted.map((place) =>
        h(
          'tr',
          {},
          h('td', {}, h('a', { href: routeHash('events', { place: place.place_id || place.name }) }, place.name)),
          h('td', {}, place.country || '—'),
          h('td', { class: 'num' }, formatNumber(place.events)),
        ),
      ),
    ),
  );
}

export async function renderMap(container, { params }, context) {
  const filters = filtersFromParams(params);
  const form = h(
    'form',
    { class: 'filters', 'aria-label': t('map.title') },
    filterControls(filters),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'primary' }, t('common.apply')), h('button', { type: 'reset' }, t('common.reset'))),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    navigate(routeHash('map', formFilters(form)));
  });
  form.addEventListener('reset', (e) => {
    e.preventDefault();
    navigate('#/map');
  });
  const results = h('section', { class: 'results' }, loadingBox());
  mount(container, h('div', { class: 'view-head' }, h('h1', {}, t('map.title'))), form, results);

  let world;
  let body;
  try {
    [world, body] = await Promise.all([loadWorld(), getJson('/api/places', filters, context.signal)]);
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    mount(results, errorBox(error));
    return;
  }
  if (!context.isCurrent()) return;
  const places = body.places || [];
  const map = mapSvg(world, places, filters.place);
  mount(
    results,
    h('div', { class: 'map-layout' }, h('figure', { class: 'chart-frame map-frame' }, map.controls, map.svg, h('figcaption', { class: 'muted' }, t('map.basemap'))), places.length ? placesTable(places) : h('p', { class: 'empty' }, t('map.empty'))),
  );
  if (filters.place && places.length === 1) {
    const [x, y] = project(places[0].lon, places[0].lat);
    map.focusOn(x, y);
  }
}
