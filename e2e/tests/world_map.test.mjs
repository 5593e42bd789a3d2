// The committed base map is what the generator makes from world-atlas, and
// its projection puts places where they are: a point given in degrees falls
// inside the right country's outline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ASSET_PATH, buildWorldMap } from '../tools/build_world_map.mjs';

const committed = readFileSync(ASSET_PATH, 'utf8');
const map = JSON.parse(committed);

/** The rings of a path made of "Mx y l dx dy dx dy … z" subpaths. */
function rings(d) {
  return d
    .split('M')
    .filter(Boolean)
    .map((subpath) => {
      const [start, relative = ''] = subpath.replace(/z$/, '').split('l');
      const [x0, y0] = start.trim().split(/\s+/).map(Number);
      const numbers = relative.trim().split(/\s+/).filter(Boolean).map(Number);
      const ring = [[x0, y0]];
      for (let i = 0; i + 1 < numbers.length; i += 2) {
        const [x, y] = ring[ring.length - 1];
        ring.push([x + numbers[i], y + numbers[i + 1]]);
      }
      return ring;
    });
}

function insideRing([px, py], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Even-odd rule over all rings, so holes (Lesotho in South Africa) count. */
function inside(point, d) {
  return rings(d).filter((ring) => insideRing(point, ring)).length % 2 === 1;
}

const project = (lon, lat) => [lon + 180, 90 - lat];

function countryAt(lon, lat) {
  return map.countries.filter((country) => inside(project(lon, lat), country.d)).map((country) => country.name);
}

test('the committed world-110m.json is exactly what build_world_map.mjs generates from world-atlas', () => {
  assert.equal(committed, buildWorldMap());
});

test('the base map has the Natural Earth countries, each ring in the view box, none drawn across the map', () => {
  assert.ok(map.countries.length >= 170, `${map.countries.length} countries`);
  assert.match(map.source, /Natural Earth/);
  for (const country of map.countries) {
    for (const ring of rings(country.d)) {
      const xs = ring.map(([x]) => x);
      const ys = ring.map(([, y]) => y);
      assert.ok(Math.max(...xs) > 0 && Math.min(...xs) < 360, `${country.name}: a ring outside the view box`);
      assert.ok(Math.min(...ys) >= -0.05 && Math.max(...ys) <= 180.05, `${country.name}: a ring beyond a pole`);
      // Rings cut by the antimeridian are drawn on both sides, never joined
      // by an edge across the whole map; only the ring round the South Pole
      // closes along the map's bottom edge.
      for (let i = 1; i < ring.length; i += 1) {
        const wide = Math.abs(ring[i][0] - ring[i - 1][0]) > 180;
        assert.ok(!wide || (country.name === 'Antarctica' && ring[i][1] > 170), `${country.name}: an edge across the map at ${ring[i]}`);
      }
    }
  }
});

test('places land in their country: Donetsk in Ukraine, Moscow in Russia, Pyongyang in North Korea, Paris in France', () => {
  assert.deepEqual(countryAt(37.8, 48.0), ['Ukraine']);
  assert.deepEqual(countryAt(37.62, 55.75), ['Russia']);
  assert.deepEqual(countryAt(125.75, 39.03), ['North Korea']);
  assert.deepEqual(countryAt(2.35, 48.85), ['France']);
  assert.deepEqual(countryAt(-30, 30), [], 'the middle of the Atlantic is sea');
});
