// Treaties read from the store (/api/treaties): parties, date, clauses, the
// obligations (who must do what, for whom, when triggered) with the sentence
// each comes from, the events linked to the treaty and the reactions.

import { getJson } from './api.js';
import { h, mount, field } from './dom.js';
import { navigate, routeHash } from './router.js';
import { t } from './i18n.js';
import { actorLink, errorBox, loadingBox } from './render.js';

function actorList(codes) {
  if (!codes || !codes.length) return '—';
  return codes.map((code, i) => [i ? ', ' : '', actorLink(code)]);
}

function cite(citation) {
  if (!citation) return null;
  return h(
    'blockquote',
    { class: 'cite' },
    citation.text || '',
    h('footer', { class: 'muted' }, `${citation.article_id || ''}${citation.sentence !== undefined ? ` · ${t('event.mention.sentence', { n: citation.sentence })}` : ''}`),
  );
}

function roleLabel(role) {
  const key = `treaties.role.${role}`;
  const text = t(key);
  return text === key ? role : text;
}

function obligationsTable(obligations) {
  if (!obligations || !obligations.length) return h('p', { class: 'muted' }, t('treaties.no_obligation'));
  return h(
    'table',
    { class: 'grid obligations', 'aria-label': t('treaties.obligations') },
    h('thead', {}, h('tr', {}, ['obligors', 'action', 'beneficiaries', 'trigger'].map((c) => h('th', { scope: 'col' }, t(`treaties.col.${c}`))))),
    h(
      'tbody',
      {},
      obligations.map((obligation) =>
        h(
          'tr',
          { class: 'obligation' },
          h('td', {}, actorList(obligation.obligors), obligation.mutual ? h('span', { class: 'flag' }, t('treaties.mutual')) : null),
          h('td', {}, obligation.action || '—', obligation.action_cameo ? h('span', { class: 'cameo-code' }, ` ${obligation.action_cameo}`) : null, cite(obligation.cite)),
          h('td', {}, actorList(obligation.beneficiaries)),
          h('td', {}, obligation.trigger || '—', obligation.trigger_cameo ? h('span', { class: 'cameo-code' }, ` ${obligation.trigger_cameo}`) : null),
        ),
      ),
    ),
  );
}

function treatyCard(treaty) {
  const otherNames = (treaty.names || []).filter((name) => name !== treaty.name);
  return h(
    'article',
    { class: 'panel treaty', 'data-treaty-id': treaty.id },
    h('h2', {}, treaty.name || `#${treaty.id}`),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, t('treaties.parties')),
      h('dd', {}, actorList(treaty.parties)),
      h('dt', {}, t('treaties.date')),
      h('dd', {}, treaty.date || '—'),
      otherNames.length ? [h('dt', {}, t('treaties.also_named')), h('dd', {}, otherNames.join(' · '))] : null,
      treaty.clauses && treaty.clauses.length ? [h('dt', {}, t('treaties.clauses')), h('dd', {}, treaty.clauses.join(' · '))] : null,
    ),
    h('h3', {}, t('treaties.obligations')),
    obligationsTable(treaty.obligations),
    treaty.events && treaty.events.length
      ? [
          h('h3', {}, t('treaties.events')),
          h(
            'ul',
            { class: 'plain-list' },
            treaty.events.map((link) =>
              h('li', {}, h('a', { href: `#/event/${link.event_id}` }, `#${link.event_id}`), ' ', h('span', { class: 'flag' }, roleLabel(link.role)), link.cite ? ` ${link.cite.text}` : ''),
            ),
          ),
        ]
      : null,
    treaty.reactions && treaty.reactions.length
      ? [
          h('h3', {}, t('treaties.reactions')),
          h(
            'ul',
            { class: 'plain-list' },
            treaty.reactions.map((reaction) => {
              const id = reaction.event_id ?? reaction.id;
              const citation = (reaction.cites && reaction.cites[0]) || reaction.cite;
              return h('li', {}, id !== undefined ? h('a', { href: `#/event/${id}` }, `#${id}`) : null, ' ', actorLink(reaction.source || reaction.actor), ` ${reaction.cameo || ''} `, citation ? citation.text : '');
            }),
          ),
        ]
      : null,
    treaty.cites && treaty.cites.length ? h('details', {}, h('summary', {}, `${t('treaties.sources')} (${treaty.cites.length})`), treaty.cites.map(cite)) : null,
  );
}

export async function renderTreaties(container, { params }, context) {
  const since = params.get('since') || '';
  const form = h(
    'form',
    { class: 'filters', 'aria-label': t('treaties.title') },
    field(t('network.since'), h('input', { type: 'text', name: 'since', value: since, placeholder: t('filter.date.placeholder'), class: 'date-input' })),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'primary' }, t('common.apply'))),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    navigate(routeHash('treaties', { since: String(new FormData(form).get('since') || '').trim() }));
  });
  const head = () => h('div', { class: 'view-head' }, h('h1', {}, t('treaties.title')));
  const results = h('section', { class: 'results' }, loadingBox());
  mount(container, head(), form, results);
  let body;
  try {
    body = await getJson('/api/treaties', { since }, context.signal);
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    mount(results, errorBox(error));
    return;
  }
  if (!context.isCurrent()) return;
  const treaties = Array.isArray(body) ? body : body.treaties || [];
  mount(results, treaties.length ? h('div', { class: 'treaty-list' }, treaties.map(treatyCard)) : h('p', { class: 'empty' }, t('treaties.empty')));
}
