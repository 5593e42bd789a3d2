// The strategic brief on a dyad: the HTML the server writes
// (/api/brief?format=html, in the interface's language), placed in the page
// after removing anything active (scripts, handlers, frames, javascript:
// links). Its [n] links point at its own evidence list, so they scroll
// instead of changing the route.

import { getText, apiUrl } from './api.js';
import { h, mount, field } from './dom.js';
import { lang, t } from './i18n.js';
import { navigate, routeHash } from './router.js';
import { errorBox, loadingBox } from './render.js';

const DROPPED_ELEMENTS = 'script, style, iframe, frame, frameset, object, embed, link, meta, base, form, input, button, textarea, select';

/** The body of the brief's document, without anything that could run or restyle the page. */
export function sanitisedBrief(html) {
  const documentBrief = new DOMParser().parseFromString(html, 'text/html');
  for (const element of documentBrief.body.querySelectorAll(DROPPED_ELEMENTS)) element.remove();
  for (const element of documentBrief.body.querySelectorAll('*')) {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value.trim().toLowerCase();
      if (name.startsWith('on') || name === 'style' || name === 'srcdoc') element.removeAttribute(attribute.name);
      else if ((name === 'href' || name === 'src' || name === 'xlink:href') && (value.startsWith('javascript:') || value.startsWith('data:'))) {
        element.removeAttribute(attribute.name);
      }
    }
    // Ids inside the brief are prefixed so they cannot clash with the page's.
    if (element.id) element.id = `brief-${element.id}`;
  }
  const fragment = document.createDocumentFragment();
  for (const node of Array.from(documentBrief.body.childNodes)) fragment.appendChild(document.importNode(node, true));
  return { fragment, language: documentBrief.documentElement.getAttribute('lang') || lang() };
}

export async function renderBrief(container, { params }, context) {
  const actors = (params.get('actors') || '').toUpperCase().replace(/\s+/g, '');
  const since = params.get('since') || '';
  const form = h(
    'form',
    { class: 'filters', 'aria-label': t('brief.title') },
    field(t('brief.actors'), h('input', { type: 'text', name: 'actors', value: actors, placeholder: 'RUS,PRK', class: 'code-input wide-code', required: true, 'data-search': '', autocomplete: 'off' })),
    field(t('brief.since'), h('input', { type: 'text', name: 'since', value: since, placeholder: t('filter.date.placeholder'), class: 'date-input' })),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'primary' }, t('brief.show'))),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    navigate(routeHash('brief', { actors: String(data.get('actors') || '').trim().toUpperCase(), since: String(data.get('since') || '').trim() }));
  });
  const results = h('section', { class: 'results' });
  mount(container, h('div', { class: 'view-head' }, h('h1', {}, t('brief.title'))), form, results);
  if (actors.split(',').filter(Boolean).length !== 2) {
    mount(results, h('p', { class: 'muted' }, t('brief.pick')));
    return;
  }
  mount(results, loadingBox());
  const query = { actors, lang: lang(), since };
  let html;
  try {
    html = await getText('/api/brief', { ...query, format: 'html' }, context.signal);
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    mount(results, errorBox(error));
    return;
  }
  if (!context.isCurrent()) return;
  const { fragment, language } = sanitisedBrief(html);
  const article = h('article', { class: 'brief', lang: language, 'data-lang': language });
  article.appendChild(fragment);
  article.addEventListener('click', (e) => {
    const link = e.target.closest('a[href^="#"]');
    if (!link || link.getAttribute('href').startsWith('#/')) return;
    e.preventDefault();
    const target = article.querySelector(`#brief-${CSS.escape(link.getAttribute('href').slice(1))}`);
    if (target) {
      target.scrollIntoView({ block: 'center' });
      target.classList.add('flash');
      setTimeout(() => target.classList.remove('flash'), 1200);
    }
  });
  mount(
    results,
    h(
      'p',
      { class: 'downloads' },
      t('brief.formats'),
      ' ',
      ['md', 'html', 'json'].map((format) => [h('a', { href: apiUrl('/api/brief', { ...query, format }), download: `brief-${actors.replace(',', '-')}-${lang()}.${format}` }, format.toUpperCase()), ' ']),
    ),
    article,
  );
}
