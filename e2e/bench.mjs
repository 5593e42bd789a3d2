// How fast the dashboard answers a person on a big store, measured in
// headless Chromium against a running `vigie serve` (nothing is started
// here). Prints the median and worst of several rounds for each step, and
// the page's own size, to show that it holds one page of events whatever
// the store's size.
//
//   vigie serve --db big.db --addr 127.0.0.1:8080 &
//   node e2e/bench.mjs http://127.0.0.1:8080 [ROUNDS]
//
// Steps: load the dashboard until the first page of events is drawn; search
// the evidence for a word; go to the next page; open an event; draw the dyad
// chart of the two most active countries; draw the map.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const base = process.argv[2];
const rounds = Number(process.argv[3] || 5);
if (!base) {
  console.error('usage: node e2e/bench.mjs http://127.0.0.1:PORT [ROUNDS]');
  process.exit(2);
}
const TIMEOUT = 120000;

async function apiJson(path) {
  const response = await fetch(`${base}${path}`);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

function summary(times) {
  const sorted = times.slice().sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], worst: sorted[sorted.length - 1] };
}

const health = await apiJson('/api/health');
const firstPage = await apiJson('/api/events?limit=50');
const word = (firstPage.events.find((event) => event.evidence)?.evidence || 'the')
  .split(/\s+/)
  .find((token) => /^\p{L}{4,}$/u.test(token)) || 'the';
const actors = (await apiJson('/api/actors?limit=50')).actors;
const countries = [...new Set(actors.map((actor) => actor.country).filter(Boolean))].slice(0, 2);

const userDataDir = mkdtempSync(join(tmpdir(), 'vigie-bench-chromium-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM_BIN || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  locale: 'en-GB',
  viewport: { width: 1440, height: 900 },
});
context.setDefaultTimeout(TIMEOUT);
const page = context.pages()[0] || (await context.newPage());

const steps = {
  'load, first page of 50 events drawn': async () => {
    await page.goto(`${base}/#/events`);
    await page.locator('.events-table tbody tr').first().waitFor();
  },
  [`search the evidence for "${word}"`]: async () => {
    await page.goto(`${base}/#/events`);
    await page.locator('.events-table tbody tr').first().waitFor();
    const started = performance.now();
    await page.locator('input[name="q"]').fill(word);
    await page.locator('input[name="q"]').press('Enter');
    await page.waitForFunction(() => location.hash.includes('q=') && document.querySelector('.results')?.getAttribute('aria-busy') === 'false');
    return performance.now() - started;
  },
  'next page': async () => {
    await page.goto(`${base}/#/events`);
    await page.locator('.events-table tbody tr').first().waitFor();
    const first = await page.locator('.events-table tbody tr').first().getAttribute('data-id');
    const started = performance.now();
    await page.locator('button[data-next]').click();
    await page.waitForFunction((id) => {
      const row = document.querySelector('.events-table tbody tr');
      return row && row.dataset.id !== id;
    }, first);
    return performance.now() - started;
  },
  'open an event (evidence highlighted)': async () => {
    await page.goto(`${base}/#/event/${firstPage.events[0].id}`);
    await page.locator('.main-evidence .sentence').waitFor();
  },
  [`dyad chart ${countries.join('–')}, by month`]: async () => {
    await page.goto(`${base}/#/dyad?a=${countries[0]}&b=${countries[1]}`);
    await page.locator('svg.dyad-chart, .results .empty, .results .error').first().waitFor();
  },
  'map of located events': async () => {
    await page.goto(`${base}/#/map`);
    await page.locator('svg.map-chart, .results .error').first().waitFor();
  },
};

console.log(`store: ${health.counts?.events ?? '?'} events, ${health.counts?.articles ?? '?'} articles; ${rounds} rounds; ${base}`);
console.log('step | median ms | worst ms');
console.log('---|---:|---:');
for (const [name, run] of Object.entries(steps)) {
  const times = [];
  for (let round = 0; round < rounds; round += 1) {
    await page.goto('about:blank');
    const started = performance.now();
    const own = await run();
    times.push(typeof own === 'number' ? own : performance.now() - started);
  }
  const { median, worst } = summary(times);
  console.log(`${name} | ${median.toFixed(0)} | ${worst.toFixed(0)}`);
}
await page.goto(`${base}/#/events`);
await page.locator('.events-table tbody tr').first().waitFor();
const size = await page.evaluate(() => ({ rows: document.querySelectorAll('.events-table tbody tr').length, nodes: document.getElementsByTagName('*').length }));
console.log(`events page holds ${size.rows} rows, ${size.nodes} DOM elements`);
await context.close();
rmSync(userDataDir, { recursive: true, force: true });
