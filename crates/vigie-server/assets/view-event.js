// One event: its evidence sentence with source, target and verb highlighted,
// its factuality, date, place, CAMEO code, every mention with its article,
// and the third-party reactions to it.

import { getJson } from './api.js';
import { h, mount } from './dom.js';
import { t, formatNumber } from './i18n.js';
import { navigate, lastEventsRoute, routeHash } from './router.js';
import { listedEventIds } from './view-events.js';
import {
  factualityBadge,
  quadBadge,
  actorLink,
  actorCountry,
  cameoText,
  cameoRootName,
  placeText,
  goldsteinText,
  highlightedSentence,
  highlightLegend,
  errorBox,
  loadingBox,
} from './render.js';

const MENTION_BATCH = 100;

/** The mention whose sentence is the event's evidence, else the first. */
function evidenceMention(event, mentions) {
  return mentions.find((m) => m.mention && m.mention.sentence === event.evidence) || mentions[0] || null;
}

function facts(rows) {
  return h(
    'dl',
    { class: 'facts' },
    rows.filter(Boolean).map(([label, value, key]) => [h('dt', {}, label), h('dd', { 'data-fact': key }, value)]),
  );
}

function actorFact(code, text, person) {
  if (!code) return '—';
  return [actorLink(code, text), text ? h('span', { class: 'muted' }, ` “${text}”`) : null, person ? h('span', { class: 'muted' }, ` · ${person}`) : null];
}

function articleLine(article) {
  if (!article) return null;
  const title = article.title || article.external_id || t('event.mention.untitled');
  return h(
    'div',
    { class: 'article-line' },
    article.url ? h('a', { href: article.url, rel: 'noopener noreferrer', target: '_blank' }, title) : h('span', { class: 'article-title' }, title),
    article.publisher ? h('span', { class: 'muted' }, ` · ${t('event.mention.publisher', { v: article.publisher })}`) : null,
    article.published ? h('span', { class: 'muted' }, ` · ${t('event.mention.published', { v: article.published })}`) : null,
    article.language ? h('span', { class: 'lang-tag' }, article.language) : null,
  );
}

function mentionItem(stored) {
  const mention = stored.mention || {};
  return h(
    'li',
    { class: 'mention', 'data-mention-id': stored.id },
    articleLine(stored.article),
    h('blockquote', { class: 'evidence-sentence', lang: mention.language || null }, highlightedSentence(mention.sentence, mention.spans)),
    h(
      'div',
      { class: 'mention-meta' },
      factualityBadge(mention.factuality),
      ` ${mention.cameo || ''} · `,
      h('span', { class: 'muted' }, t('event.mention.sentence', { n: mention.sentence_index })),
      ' · ',
      h('span', { class: 'muted' }, t('event.mention.rule', { v: '' })),
      h('code', {}, mention.rule || '—'),
      mention.date ? h('span', { class: 'muted' }, ` · ${mention.date}`) : null,
      stored.confidence !== null && stored.confidence !== undefined ? h('span', { class: 'muted' }, ` · ${formatNumber(stored.confidence, 2)}`) : null,
    ),
  );
}

function toneLabel(tone) {
  const key = `tone.${tone}`;
  const text = t(key);
  return text === key ? tone : text;
}

async function reactionsSection(id, signal) {
  const section = h('section', { class: 'panel reactions' }, h('h2', {}, t('event.reactions')));
  let body;
  try {
    body = await getJson('/api/reactions', { event: id }, signal);
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    section.appendChild(errorBox(error));
    return section;
  }
  const list = Array.isArray(body) ? body : body.reactions || [];
  if (!list.length) {
    section.appendChild(h('p', { class: 'muted' }, t('event.reactions.none')));
    return section;
  }
  section.appendChild(
    h(
      'ul',
      { class: 'plain-list' },
      list.map((reaction) => {
        const eventId = reaction.event_id ?? reaction.id;
        const cite = (reaction.cites && reaction.cites[0]) || reaction.cite;
        return h(
          'li',
          {},
          eventId !== undefined ? h('a', { href: `#/event/${eventId}` }, `#${eventId}`) : null,
          ' ',
          actorLink(reaction.source || reaction.actor),
          ` ${reaction.cameo || ''} `,
          reaction.tone ? h('span', { class: ['tone', `tone-${reaction.tone}`], 'data-tone': reaction.tone }, toneLabel(reaction.tone)) : null,
          reaction.date ? h('span', { class: 'muted' }, ` · ${reaction.date}`) : null,
          cite && cite.text ? h('blockquote', { class: 'cite' }, cite.text) : null,
        );
      }),
    ),
  );
  return section;
}

export async function renderEvent(container, { arg }, context) {
  const id = Number(arg);
  mount(container, loadingBox());
  if (!Number.isInteger(id) || id < 0) {
    mount(container, errorBox(new Error(t('event.not_found', { id: arg }))));
    return;
  }
  let body;
  try {
    body = await getJson(`/api/events/${id}`, {}, context.signal);
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    mount(container, h('p', {}, h('a', { href: lastEventsRoute() }, t('event.back'))), errorBox(error.status === 404 ? new Error(t('event.not_found', { id })) : error));
    return;
  }
  if (!context.isCurrent()) return;
  const event = body.event;
  const mentions = body.mentions || [];
  const best = evidenceMention(event, mentions);

  const ids = listedEventIds();
  const position = ids.indexOf(event.id);
  const previousId = position > 0 ? ids[position - 1] : null;
  const nextId = position >= 0 && position < ids.length - 1 ? ids[position + 1] : null;

  const a = actorCountry(event.source);
  const b = actorCountry(event.target);
  const location = event.location;

  const evidence = h(
    'section',
    { class: 'panel evidence', 'aria-labelledby': 'evidence-title' },
    h('h2', { id: 'evidence-title' }, t('event.evidence')),
    h(
      'blockquote',
      { class: 'evidence-sentence main-evidence', lang: event.language || null },
      best ? highlightedSentence(best.mention.sentence, best.mention.spans) : h('span', { class: 'sentence' }, event.evidence || ''),
    ),
    highlightLegend(),
    best ? articleLine(best.article) : null,
  );

  const details = h(
    'section',
    { class: 'panel details' },
    facts([
      [t('event.source'), actorFact(event.source, event.source_text, event.source_person), 'source'],
      [t('event.target'), actorFact(event.target, event.target_text, event.target_person), 'target'],
      [t('event.cameo'), h('span', { title: event.cameo_label || '' }, cameoText(event)), 'cameo'],
      [t('event.cameo_root'), cameoRootName(event.cameo_root), 'cameo_root'],
      [t('event.quad'), [quadBadge(event.quad_class), ' ', event.quad_class ? t(`quad.${event.quad_class}`) : ''], 'quad'],
      [t('event.goldstein'), goldsteinText(event.goldstein), 'goldstein'],
      event.plover_event ? [t('event.plover'), `${event.plover_event}${event.plover_mode ? ` / ${event.plover_mode}` : ''}`, 'plover'] : null,
      [
        t('event.date'),
        [event.date || '—', event.date_precision ? h('span', { class: 'muted' }, ` (${t('event.precision', { p: t(`precision.${event.date_precision}`) })})`) : null],
        'date',
      ],
      [
        t('event.place'),
        location
          ? [
              placeText(location),
              location.lat !== null && location.lat !== undefined ? h('span', { class: 'muted' }, ` ${formatNumber(location.lat, 2)}, ${formatNumber(location.lon, 2)}`) : null,
              ' ',
              h('a', { href: routeHash('map', { place: location.place_id || location.name }) }, t('event.on_map')),
            ]
          : h('span', { class: 'muted' }, t('event.place.none')),
        'place',
      ],
      [t('event.confidence'), event.confidence === null || event.confidence === undefined ? '—' : formatNumber(event.confidence, 2), 'confidence'],
      [t('event.counts'), `${event.num_mentions} / ${event.num_sources} / ${event.num_articles}`, 'counts'],
      event.first_seen || event.last_seen ? [t('event.seen'), `${event.first_seen || '—'} / ${event.last_seen || '—'}`, 'seen'] : null,
      event.historical || event.symmetric || (best && best.mention.first)
        ? [
            t('event.flags'),
            [
              event.historical ? h('span', { class: 'flag' }, t('event.flag.historical')) : null,
              event.symmetric ? h('span', { class: 'flag' }, t('event.flag.symmetric')) : null,
              best && best.mention.first ? h('span', { class: 'flag flag-first' }, t('event.flag.first')) : null,
            ],
            'flags',
          ]
        : null,
    ]),
    a && b && a !== b ? h('p', {}, h('a', { class: 'button-link', href: routeHash('dyad', { a, b }) }, t('event.open_dyad', { a, b }))) : null,
  );

  // An event reported by thousands of articles: draw the mentions by batches.
  const list = h('ol', { class: 'mention-list' });
  const more = h('button', { type: 'button', class: 'more-mentions' });
  let shown = 0;
  const showMore = () => {
    const next = mentions.slice(shown, shown + MENTION_BATCH);
    for (const stored of next) list.appendChild(mentionItem(stored));
    shown += next.length;
    more.textContent = t('event.more_mentions', { n: Math.min(MENTION_BATCH, mentions.length - shown), left: mentions.length - shown });
    more.hidden = shown >= mentions.length;
  };
  more.addEventListener('click', showMore);
  showMore();
  const mentionList = h('section', { class: 'panel mentions' }, h('h2', {}, t('event.mentions', { n: mentions.length })), list, more);

  mount(
    container,
    h(
      'nav',
      { class: 'event-nav', 'aria-label': t('event.nav') },
      h('a', { href: lastEventsRoute(), class: 'back-link' }, t('event.back')),
      previousId !== null ? h('a', { href: `#/event/${previousId}`, rel: 'prev' }, t('event.prev')) : null,
      nextId !== null ? h('a', { href: `#/event/${nextId}`, rel: 'next' }, t('event.next')) : null,
    ),
    h(
      'div',
      { class: 'view-head event-head' },
      h('h1', {}, t('event.title', { id: event.id })),
      factualityBadge(event.factuality),
      h('span', { class: 'event-summary' }, `${event.source || '—'} → ${cameoText(event)} → ${event.target || '—'}`),
    ),
    h('div', { class: 'event-layout' }, h('div', { class: 'event-main' }, evidence, mentionList), h('div', { class: 'event-side' }, details)),
  );
  const heading = container.querySelector('h1');
  if (heading) {
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }
  container.addEventListener(
    'keydown',
    (e) => {
      if (e.target.tagName === 'INPUT') return;
      if (e.key === 'j' && nextId !== null) navigate(`#/event/${nextId}`);
      if (e.key === 'k' && previousId !== null) navigate(`#/event/${previousId}`);
    },
    { signal: context.signal },
  );
  try {
    const reactions = await reactionsSection(event.id, context.signal);
    if (context.isCurrent()) container.querySelector('.event-side').appendChild(reactions);
  } catch (error) {
    if (error.name !== 'AbortError') console.error(error);
  }
}
