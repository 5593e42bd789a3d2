// The dashboard as a person uses it, in headless Chromium, against `vigie
// serve` on a store built from the founding article (e2e/run.sh sets
// VIGIE_URL and VIGIE_SEED_ARTICLE). Expected values come from the API and
// from the article file itself, so the tests check what the page shows
// against the data, not against copies of it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const BASE = process.env.VIGIE_URL;
const SEED = process.env.VIGIE_SEED_ARTICLE;
if (!BASE || !SEED) throw new Error('run through e2e/run.sh: VIGIE_URL and VIGIE_SEED_ARTICLE must be set');
const CHROMIUM = process.env.CHROMIUM_BIN || '/usr/bin/chromium';
const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts');
const TIMEOUT = 15000;
// Without the background-networking flags Chromium tries to reach Google's
// services, which fails (and slows) on a closed network.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let userDataDir;
let context;
let page;
const pageErrors = [];
const consoleErrors = [];
const requests = [];

async function api(path) {
  const response = await fetch(`${BASE}${path}`);
  assert.ok(response.ok, `${path}: ${response.status}`);
  return response.json();
}

async function screenshot(name) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Text of the first element matching `selector`, whitespace as in the DOM. */
async function textOf(selector) {
  return page.locator(selector).first().textContent({ timeout: TIMEOUT });
}

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  userDataDir = mkdtempSync(join(tmpdir(), 'vigie-e2e-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'en-GB',
    viewport: { width: 1440, height: 900 },
  });
  context.setDefaultTimeout(TIMEOUT);
  page = context.pages()[0] || (await context.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('request', (request) => requests.push(request.url()));
});

after(async () => {
  if (context) await context.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

test('the dashboard loads: navigation, store status, first page of events', async () => {
  const health = await api('/api/health');
  await page.goto(`${BASE}/`);
  await page.locator('.events-table tbody tr').first().waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.deepEqual(await page.locator('#mainnav a').allTextContents(), ['Events', 'Dyad', 'Network', 'Map', 'Treaties', 'Brief']);
  const listed = await api('/api/events?limit=50');
  assert.equal(await page.locator('.events-table tbody tr').count(), listed.events.length);
  assert.equal(
    await page.locator('.events-table tbody tr').first().getAttribute('data-id'),
    String(listed.events[0].id),
    'the table shows the API order',
  );
  if (health.counts && health.counts.events !== undefined) {
    assert.match(await textOf('[data-count="events"]'), new RegExp(`^${health.counts.events}\\b`));
  }
  await screenshot('01-events');
});

test('paging with the cursor walks every event once, in the API order, and back', async () => {
  const all = (await api('/api/events?limit=500')).events.map((event) => String(event.id));
  assert.ok(all.length >= 4, 'the founding article gives several events');
  await page.goto(`${BASE}/#/events?limit=3`);
  const seen = [];
  const pages = [];
  for (;;) {
    await page.locator('.events-table tbody tr').first().waitFor();
    const ids = await page.locator('.events-table tbody tr').evaluateAll((rows) => rows.map((row) => row.dataset.id));
    assert.ok(ids.length <= 3);
    pages.push(ids);
    seen.push(...ids);
    const next = page.locator('button[data-next]');
    if (await next.isDisabled()) break;
    const before = ids.join(',');
    await next.click();
    await page.waitForFunction(
      (previous) => Array.from(document.querySelectorAll('.events-table tbody tr')).map((row) => row.dataset.id).join(',') !== previous,
      before,
    );
  }
  assert.deepEqual(seen, all, 'every event once, in order');
  assert.match(await textOf('.pager-status'), new RegExp(`Page ${pages.length}\\b`));
  // "Previous" goes back one page, to the same events.
  await page.locator('.pager button', { hasText: 'Previous' }).click();
  await page.waitForFunction(
    (expected) => Array.from(document.querySelectorAll('.events-table tbody tr')).map((row) => row.dataset.id).join(',') === expected,
    pages[pages.length - 2].join(','),
  );
  await page.locator('.pager button', { hasText: 'First page' }).click();
  await page.waitForFunction(
    (expected) => Array.from(document.querySelectorAll('.events-table tbody tr')).map((row) => row.dataset.id).join(',') === expected,
    pages[0].join(','),
  );
});

test('highlighting counts code points, not UTF-16 units, and nests a span inside another', async () => {
  // A sentence with characters outside the Basic Multilingual Plane before
  // the spans (two UTF-16 units each), placed at offset 100 of an article.
  const sentence = '𝕏 🇫🇷 La délégation nord-coréenne s’est rendue à Moscou.';
  const chars = Array.from(sentence);
  const at = (text) => {
    const start = chars.join('').indexOf(text);
    return Array.from(chars.join('').slice(0, start)).length;
  };
  const span = (text) => [100 + at(text), 100 + at(text) + Array.from(text).length];
  const spans = {
    sentence: [100, 100 + chars.length],
    source: span('La délégation nord-coréenne'),
    verb: span('s’est rendue'),
    target: span('Moscou'),
  };
  const nested = { ...spans, source: span('délégation nord-coréenne s’est rendue'), verb: span('s’est rendue') };
  const result = await page.evaluate(
    async ({ sentence, spans, nested }) => {
      const { highlightedSentence } = await import('/assets/render.js');
      const read = (element) => ({
        text: element.textContent,
        source: element.querySelector('.hl-source')?.textContent,
        target: element.querySelector('.hl-target')?.textContent,
        verb: element.querySelector('.hl-verb')?.textContent,
        verbInSource: Boolean(element.querySelector('.hl-source .hl-verb')),
      });
      return { flat: read(highlightedSentence(sentence, spans)), nested: read(highlightedSentence(sentence, nested)) };
    },
    { sentence, spans, nested },
  );
  assert.deepEqual(result.flat, { text: sentence, source: 'La délégation nord-coréenne', target: 'Moscou', verb: 's’est rendue', verbInSource: false });
  assert.deepEqual(result.nested, {
    text: sentence,
    source: 'délégation nord-coréenne s’est rendue',
    target: 'Moscou',
    verb: 's’est rendue',
    verbInSource: true,
  });
});

test('the dictionary has every string in English and French, and every key the views use', async () => {
  const strings = await page.evaluate(async () => (await import('/assets/i18n.js')).STRINGS);
  const english = Object.keys(strings.en).sort();
  assert.deepEqual(Object.keys(strings.fr).sort(), english, 'the same keys in both languages');
  for (const key of english) {
    assert.ok(strings.en[key].trim() && strings.fr[key].trim(), `${key} is empty in a language`);
  }
  const assets = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'crates', 'vigie-server', 'assets');
  const used = new Set();
  for (const file of readdirSync(assets).filter((name) => name.endsWith('.js') && name !== 'i18n.js')) {
    for (const match of readFileSync(join(assets, file), 'utf8').matchAll(/\bt\('([a-z_.0-9]+)'/g)) used.add(match[1]);
  }
  assert.ok(used.size > 100);
  // A key written twice in one language silently keeps the last string.
  const source = readFileSync(join(assets, 'i18n.js'), 'utf8');
  const frenchStart = source.indexOf('\n  fr: {');
  assert.ok(frenchStart > 0);
  for (const block of [source.slice(0, frenchStart), source.slice(frenchStart)]) {
    const keys = Array.from(block.matchAll(/^ {4}'([^']+)':/gm), (match) => match[1]);
    assert.deepEqual(keys.filter((key, i) => keys.indexOf(key) !== i), [], 'keys written twice');
  }
  for (const key of used) assert.ok(key in strings.en, `t('${key}') has no string`);
});

let donetskId;

test('searching "Donetsk" lists the events whose evidence names it', async () => {
  const expected = await api('/api/events?q=Donetsk');
  // The founding article plans North Korean engineers in Donetsk: without
  // that event the coder has regressed, and the rest cannot be checked.
  assert.ok(expected.events.length >= 1, 'the store has no event whose evidence names Donetsk (see `vigie eval`: donetsk_engineers)');
  const search = page.locator('input[name="q"]');
  await search.fill('Donetsk');
  await search.press('Enter');
  await page.waitForFunction(() => location.hash.includes('q=Donetsk'));
  await page.locator('.events-table tbody tr').first().waitFor();
  const ids = await page.locator('.events-table tbody tr').evaluateAll((rows) => rows.map((row) => row.dataset.id));
  assert.deepEqual(ids, expected.events.map((event) => String(event.id)));
  for (const evidence of await page.locator('.events-table tbody td.col-evidence').allTextContents()) {
    assert.match(evidence, /Donetsk/);
  }
  // The searched word is marked in each evidence sentence.
  for (const marked of await page.locator('.events-table tbody td.col-evidence mark.hl-q').allTextContents()) {
    assert.equal(marked, 'Donetsk');
  }
  assert.equal(await page.locator('.events-table tbody td.col-evidence mark.hl-q').count(), expected.events.length);
  donetskId = expected.events.find((event) => event.location && /Donetsk/.test(event.location.name))?.id ?? expected.events[0].id;
  await screenshot('02-search-donetsk');
});

test('opening the event shows its evidence with source, target and verb highlighted, and the planned label', async () => {
  assert.ok(donetskId, 'the search found the event');
  await page.locator(`.events-table tbody tr[data-id="${donetskId}"]`).click();
  await page.waitForFunction((id) => location.hash === `#/event/${id}`, donetskId);
  await page.locator('.main-evidence .hl-source').waitFor();

  const detail = await api(`/api/events/${donetskId}`);
  const mention = (detail.mentions.find((m) => m.mention.sentence === detail.event.evidence) || detail.mentions[0]).mention;
  // Offsets are code points into the article: slice the file the same way.
  const article = Array.from(readFileSync(SEED, 'utf8'));
  const slice = ([start, end]) => article.slice(start, end).join('');
  assert.equal(slice(mention.spans.sentence), mention.sentence, 'the spans index the founding article');

  assert.equal(await textOf('.main-evidence .sentence'), mention.sentence);
  assert.equal(await textOf('.main-evidence .hl-source'), slice(mention.spans.source));
  assert.equal(await textOf('.main-evidence .hl-target'), slice(mention.spans.target));
  assert.equal(await textOf('.main-evidence .hl-verb'), slice(mention.spans.verb));
  // What the founding article says: North Korean forces, in Donetsk.
  assert.equal(await textOf('.main-evidence .hl-target'), 'Donetsk');
  assert.match(await textOf('.main-evidence .hl-source'), /nord-coréennes/);
  assert.equal(await page.locator('.main-evidence .hl-source').getAttribute('data-role'), 'source');

  const colours = await page.evaluate(() =>
    ['source', 'target', 'verb'].map((role) => getComputedStyle(document.querySelector(`.main-evidence .hl-${role}`)).backgroundColor),
  );
  assert.equal(new Set(colours).size, 3, `three distinct highlight colours: ${colours}`);

  const label = page.locator('.event-head .factuality');
  assert.equal(await label.getAttribute('data-factuality'), 'planned');
  assert.equal((await label.textContent()).trim(), 'planned');
  assert.ok(await label.isVisible());
  assert.equal(detail.event.factuality, 'planned');

  assert.equal(await textOf('[data-fact="cameo"]'), `${detail.event.cameo} · ${detail.event.cameo_label}`);
  assert.match(await textOf('[data-fact="date"]'), new RegExp(`^${detail.event.date}`));
  assert.match(await textOf('[data-fact="place"]'), /Donetsk/);
  assert.equal(await page.locator('.mention-list .mention').count(), detail.mentions.length);
  await screenshot('03-event-donetsk');
});

test('the dyad view charts Russia and North Korea: bars and Goldstein points from the series', async () => {
  await page.locator('#mainnav a[data-route="dyad"]').click();
  await page.locator('input[name="a"]').fill('RUS');
  // Focusing an actor field fetches the store's actors as suggestions.
  const actors = (await api('/api/actors?limit=300')).actors;
  await page.waitForFunction((n) => document.querySelectorAll('#actor-codes option').length === n, actors.length);
  assert.ok(actors.some((actor) => actor.code === 'RUSGOV'));
  await page.locator('input[name="b"]').fill('PRK');
  await page.locator('form.filters button[type="submit"]').click();
  await page.waitForFunction(() => location.hash.startsWith('#/dyad?') && location.hash.includes('a=RUS') && location.hash.includes('b=PRK'));
  await page.locator('svg.dyad-chart .bar').first().waitFor();

  const series = await api('/api/dyad?a=RUS&b=PRK&period=month');
  const quadTotal = series.points.reduce((sum, point) => sum + point.quad.reduce((a, b) => a + b, 0), 0);
  assert.ok(quadTotal > 0, 'the founding article gives the dyad dated events');
  const bars = await page.locator('svg.dyad-chart .bar').evaluateAll((rects) =>
    rects.map((rect) => ({ height: Number(rect.getAttribute('height')), count: Number(rect.dataset.count) })),
  );
  assert.ok(bars.length > 0);
  assert.ok(bars.every((bar) => bar.height > 0));
  assert.equal(bars.reduce((sum, bar) => sum + bar.count, 0), quadTotal, 'every event of the series is drawn once');
  const withMean = series.points.filter((point) => point.goldstein_mean !== null).length;
  assert.equal(await page.locator('svg.dyad-chart .goldstein-point').count(), withMean);
  assert.ok(withMean > 0);
  assert.equal(await page.locator('.series-table tbody tr').count(), series.points.length);
  const signals = (await api('/api/signals?actors=RUS,PRK')).signals;
  await page.locator('.signals h2').waitFor();
  assert.equal(await page.locator('.signals-table tbody tr').count(), signals.length);
  await screenshot('04-dyad-rus-prk');
});

test('the dyad axis fills the periods without events: months, ISO weeks across a year end, days across a month end', async () => {
  const filled = await page.evaluate(async () => {
    const { fillPeriods } = await import('/assets/view-dyad.js');
    return {
      months: fillPeriods(['2024-11', '2025-02'], 'month'),
      weeks: fillPeriods(['2021-W02', '2020-W52'], 'week'),
      days: fillPeriods(['2024-02-28', '2024-03-01'], 'day'),
      unknown: fillPeriods(['2024'], 'month'),
    };
  });
  assert.deepEqual(filled.months, ['2024-11', '2024-12', '2025-01', '2025-02']);
  assert.deepEqual(filled.weeks, ['2020-W52', '2020-W53', '2021-W01', '2021-W02']);
  assert.deepEqual(filled.days, ['2024-02-28', '2024-02-29', '2024-03-01']);
  assert.equal(filled.unknown, null);
});

test('the map shows the located events over the base map', async () => {
  await page.locator('#mainnav a[data-route="map"]').click();
  await page.locator('svg.map-chart .place-point').first().waitFor();
  const places = (await api('/api/places')).places;
  assert.ok(places.length >= 1);
  assert.equal(await page.locator('svg.map-chart .place-point').count(), places.filter((p) => typeof p.lat === 'number').length);
  assert.ok((await page.locator('svg.map-chart path.country').count()) > 150, 'the country outlines are drawn');
  const donetsk = places.find((place) => place.name === 'Donetsk');
  assert.ok(donetsk, 'Donetsk is a located place');
  const point = page.locator(`svg.map-chart .place-point[data-place="${donetsk.place_id}"]`);
  assert.ok(Math.abs(Number(await point.getAttribute('cx')) - (donetsk.lon + 180)) < 0.01);
  assert.ok(Math.abs(Number(await point.getAttribute('cy')) - (90 - donetsk.lat)) < 0.01);
  assert.ok(await point.isVisible());
  await screenshot('05-map');
});

test('the network draws the actors and their ties; selecting one lists its ties', async () => {
  await page.locator('#mainnav a[data-route="network"]').click();
  await page.locator('svg.network-chart .node').first().waitFor();
  const network = await api('/api/network');
  assert.equal(await page.locator('svg.network-chart .node').count(), Math.min(50, network.nodes.length));
  assert.ok((await page.locator('svg.network-chart .edge').count()) > 0);
  const node = page.locator('svg.network-chart .node[data-code="RUS"]');
  await node.focus();
  await page.keyboard.press('Enter');
  await page.locator('.ties table tbody tr').first().waitFor();
  const ties = network.edges.filter((edge) => edge.source === 'RUS' || edge.target === 'RUS');
  assert.equal(await page.locator('.ties table tbody tr').count(), ties.length);
  await screenshot('06-network');
});

test('the treaty list shows the Putin–Kim treaty and its mutual defence obligation', async () => {
  await page.locator('#mainnav a[data-route="treaties"]').click();
  await page.locator('.treaty').first().waitFor();
  const treaties = await api('/api/treaties');
  const list = Array.isArray(treaties) ? treaties : treaties.treaties;
  assert.equal(await page.locator('.treaty').count(), list.length);
  const withObligation = list.find((treaty) => treaty.obligations.length > 0);
  assert.ok(withObligation, 'the founding article has a treaty with an obligation');
  const card = page.locator(`.treaty[data-treaty-id="${withObligation.id}"]`);
  assert.equal(await card.locator('.obligation').count(), withObligation.obligations.length);
  assert.match(await card.locator('.obligation').first().textContent(), new RegExp(withObligation.obligations[0].action));
  await screenshot('07-treaties');
});

let englishTitle;

test('the brief renders, in English while the interface is English', async () => {
  await page.locator('#mainnav a[data-route="brief"]').click();
  await page.locator('input[name="actors"]').fill('RUS,PRK');
  await page.locator('input[name="actors"]').press('Enter');
  await page.locator('.brief h1').waitFor();
  assert.equal(await page.locator('.brief').getAttribute('lang'), 'en');
  englishTitle = (await textOf('.brief h1')).trim();
  assert.ok(englishTitle.length > 0);
  assert.ok((await page.locator('.brief h2').count()) >= 2, 'the brief has its sections');
  assert.ok((await page.locator('.brief svg rect').count()) > 0, 'with its chart');
  assert.equal(await page.locator('.brief script').count(), 0);
  // A citation link scrolls to the evidence list and keeps the route.
  const hashBefore = await page.evaluate(() => location.hash);
  const citation = page.locator('.brief sup a').first();
  if ((await citation.count()) > 0) {
    await citation.click();
    assert.equal(await page.evaluate(() => location.hash), hashBefore);
  }
  await screenshot('08-brief-en');
});

test('switching to French translates the interface, the labels and the brief, and is remembered', async () => {
  await page.locator('#lang-toggle button[data-lang="fr"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  assert.deepEqual(await page.locator('#mainnav a').allTextContents(), ['Événements', 'Dyade', 'Réseau', 'Carte', 'Traités', 'Note']);
  assert.equal(await page.locator('#lang-toggle button[data-lang="fr"]').getAttribute('aria-pressed'), 'true');
  // The brief on screen is written again in French.
  await page.waitForFunction(() => document.querySelector('.brief')?.getAttribute('lang') === 'fr');
  const frenchTitle = (await textOf('.brief h1')).trim();
  assert.notEqual(frenchTitle, englishTitle);
  await screenshot('09-brief-fr');

  await page.goto(`${BASE}/#/event/${donetskId}`);
  await page.reload();
  await page.locator('.event-head .factuality').waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'fr', 'the choice survives a reload');
  assert.equal((await textOf('.event-head .factuality')).trim(), 'prévu');
  assert.equal(await page.locator('.event-head .factuality').getAttribute('data-factuality'), 'planned');
  assert.match(await textOf('.event-nav .back-link'), /Retour aux événements/);
  assert.equal(await textOf('.main-evidence .hl-target'), 'Donetsk');
  await screenshot('10-event-fr');
  await page.locator('#lang-toggle button[data-lang="en"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
});

test('a browser set to French opens the dashboard in French', async () => {
  // A second, fresh browser (Playwright gives it its own temporary profile).
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const french = await browser.newContext({ locale: 'fr-FR' });
    const frenchPage = await french.newPage();
    await frenchPage.goto(`${BASE}/`);
    await frenchPage.locator('.events-table tbody tr').first().waitFor({ timeout: TIMEOUT });
    assert.equal(await frenchPage.getAttribute('html', 'lang'), 'fr');
    assert.equal(await frenchPage.locator('#mainnav a[data-route="events"]').textContent(), 'Événements');
    assert.equal(await frenchPage.locator('#lang-toggle button[data-lang="fr"]').getAttribute('aria-pressed'), 'true');
  } finally {
    await browser.close();
  }
});

test('keyboard: "/" focuses the search, arrows move between rows, Enter opens, Escape comes back', async () => {
  await page.goto(`${BASE}/#/events`);
  await page.locator('.events-table tbody tr').first().waitFor();
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.name), 'q');
  await page.keyboard.type('Donetsk');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.includes('q=Donetsk'));
  await page.locator('.events-table tbody tr').first().waitFor();
  await page.locator('.events-table tbody tr').first().focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.startsWith('#/event/'));
  await page.locator('.main-evidence').waitFor();
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => location.hash.startsWith('#/events') && location.hash.includes('q=Donetsk'));
});

test('every control of every view has an accessible name (Chromium accessibility tree)', async () => {
  const cdp = await context.newCDPSession(page);
  const roles = new Set(['textbox', 'searchbox', 'combobox', 'button', 'checkbox', 'link', 'img', 'navigation', 'search', 'form', 'table']);
  const views = [
    ['#/events', '.events-table tbody tr'],
    [`#/event/${donetskId}`, '.main-evidence .hl-source'],
    ['#/dyad?a=RUS&b=PRK', 'svg.dyad-chart'],
    ['#/network', 'svg.network-chart .node'],
    ['#/map', 'svg.map-chart .place-point'],
    ['#/treaties', '.treaty'],
    ['#/brief?actors=RUS,PRK', '.brief h1'],
  ];
  for (const [hash, ready] of views) {
    await page.goto(`${BASE}/${hash}`);
    await page.locator(ready).first().waitFor();
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const unnamed = nodes
      .filter((node) => !node.ignored && roles.has(node.role?.value) && !(node.name?.value || '').trim())
      .map((node) => node.role.value);
    assert.deepEqual(unnamed, [], `${hash}: controls without a name`);
  }
  await cdp.detach();
});

test('the page asks only its own server, pages events through the API, and raises no error', async () => {
  const foreign = requests.filter((url) => !url.startsWith(BASE) && !url.startsWith('data:'));
  assert.deepEqual(foreign, [], 'no CDN, no outside request');
  const listings = requests.filter((url) => new URL(url).pathname === '/api/events');
  assert.ok(listings.length > 0);
  for (const url of listings) {
    const limit = Number(new URL(url).searchParams.get('limit'));
    assert.ok(limit > 0 && limit <= 500, `${url} asks for one page`);
  }
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(consoleErrors, []);
});
