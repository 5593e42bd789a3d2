// Vigie's dashboard: hash routing (#/events, #/event/12, #/dyad?a=RUS&b=PRK,
// #/network, #/map, #/treaties, #/brief), the header (store status,
// language toggle) and the global keys. Each view lives in its own module
// and renders into <main> from the API; nothing is loaded in bulk.

import { getJson } from './api.js';
import { h, mount } from './dom.js';
import { lang, setLang, t, formatNumber } from './i18n.js';
import { errorBox } from './render.js';
import { parseHash, navigate, rememberEventsRoute, lastEventsRoute } from './router.js';
import { renderEvents } from './view-events.js';
import { renderEvent } from './view-event.js';
import { renderDyad } from './view-dyad.js';
import { renderNetwork } from './view-network.js';
import { renderMap } from './view-map.js';
import { renderTreaties } from './view-treaties.js';
import { renderBrief } from './view-brief.js';

const VIEWS = {
  events: renderEvents,
  event: renderEvent,
  dyad: renderDyad,
  network: renderNetwork,
  map: renderMap,
  treaties: renderTreaties,
  brief: renderBrief,
};

const main = () => document.getElementById('main');
let currentController = null;

async function route() {
  const { name, arg, params } = parseHash(location.hash);
  if (name === 'events') rememberEventsRoute(location.hash);
  if (currentController) currentController.abort();
  const controller = new AbortController();
  currentController = controller;
  for (const link of document.querySelectorAll('#mainnav a')) {
    const active = link.dataset.route === name || (name === 'event' && link.dataset.route === 'events');
    if (active) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const container = main();
  container.dataset.view = name;
  const context = { signal: controller.signal, isCurrent: () => currentController === controller };
  try {
    await VIEWS[name](container, { arg, params }, context);
  } catch (error) {
    if (error.name === 'AbortError' || !context.isCurrent()) return;
    console.error(error);
    mount(container, errorBox(error));
  }
}

function translateShell() {
  document.title = t('app.title');
  for (const element of document.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
  for (const element of document.querySelectorAll('[data-i18n-aria]')) {
    element.setAttribute('aria-label', t(element.dataset.i18nAria));
  }
  for (const button of document.querySelectorAll('#lang-toggle button')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang()));
  }
  renderStatus();
}

let health = null;

function renderStatus() {
  const status = document.getElementById('store-status');
  if (!status) return;
  if (!health) {
    mount(status);
    return;
  }
  if (health.error) {
    mount(status, h('span', { class: 'status-offline' }, t('status.offline')));
    return;
  }
  const counts = health.counts || {};
  mount(
    status,
    counts.events !== undefined ? h('span', { class: 'status-count', 'data-count': 'events' }, t('status.events', { n: formatNumber(counts.events) })) : null,
    counts.articles !== undefined ? h('span', { class: 'status-count', 'data-count': 'articles' }, t('status.articles', { n: formatNumber(counts.articles) })) : null,
    health.read_only ? h('span', { class: 'status-readonly' }, t('status.readonly')) : null,
    health.version ? h('span', { class: 'status-version' }, `v${health.version}`) : null,
  );
}

async function loadHealth() {
  try {
    health = await getJson('/api/health');
  } catch (error) {
    health = { error };
  }
  renderStatus();
}

function isTyping(target) {
  return target && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));
}

function onKey(event) {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.key === '/' && !isTyping(event.target)) {
    const search = document.querySelector('[data-search]');
    if (search) {
      event.preventDefault();
      search.focus();
      search.select();
    }
  } else if (event.key === 'Escape' && parseHash(location.hash).name === 'event' && !isTyping(event.target)) {
    navigate(lastEventsRoute());
  }
}

function start() {
  setLang(lang());
  translateShell();
  for (const button of document.querySelectorAll('#lang-toggle button')) {
    button.addEventListener('click', () => {
      if (button.dataset.lang === lang()) return;
      setLang(button.dataset.lang);
      translateShell();
      route();
    });
  }
  document.getElementById('skip-link').addEventListener('click', () => main().focus());
  document.addEventListener('keydown', onKey);
  window.addEventListener('hashchange', route);
  loadHealth();
  route();
}

start();
