// Builds the dashboard's base map, crates/vigie-server/assets/world-110m.json,
// from the npm package world-atlas (ISC licence; the data are Natural Earth's
// 1:110m admin-0 countries, in the public domain).
//
// The TopoJSON arcs are decoded here (quantised, delta-encoded, shared between
// neighbours) and each country becomes one SVG path in an equirectangular
// projection whose viewBox is 0 0 360 180: x = lon + 180, y = 90 - lat. The
// dashboard then places an event at (lon + 180, 90 - lat) with no projection
// code of its own. Coordinates keep one decimal (0.1 degree, finer than the
// 1:110m data), written as relative moves to keep the file small.
//
//   node tools/build_world_map.mjs            # writes the asset
//   node tools/build_world_map.mjs --check    # exits 1 if the committed asset differs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const ASSET_PATH = join(here, '..', '..', 'crates', 'vigie-server', 'assets', 'world-110m.json');

/** Decodes a quantised TopoJSON arc into absolute [lon, lat] points. */
function decodeArc(arc, transform) {
  const [scaleX, scaleY] = transform.scale;
  const [translateX, translateY] = transform.translate;
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [x * scaleX + translateX, y * scaleY + translateY];
  });
}

/** A ring's points from its arc indices; a negative index ~i is arc i reversed. */
function ringPoints(arcIndices, decodedArcs) {
  const points = [];
  for (const index of arcIndices) {
    const arc = index < 0 ? decodedArcs[~index].slice().reverse() : decodedArcs[index];
    // Consecutive arcs share their joining point: keep it once.
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return points;
}

const round1 = (value) => Math.round(value * 10);

/**
 * A ring that crosses the antimeridian (eastern Russia, Fiji) jumps by about
 * 360 degrees between two neighbouring points, which would draw a line across
 * the whole map. Such a ring is unwrapped into one continuous shape and drawn
 * twice, once on each side, the view box clipping what falls outside. A ring
 * around a pole (Antarctica) also jumps, but its jumps add up to a full turn:
 * it is left as it is.
 */
function ringCopies(points) {
  let turn = 0;
  for (let i = 0; i < points.length; i += 1) {
    const next = points[(i + 1) % points.length];
    const step = next[0] - points[i][0];
    turn += step > 180 ? step - 360 : step < -180 ? step + 360 : step;
  }
  const crosses = points.some((point, i) => i > 0 && Math.abs(point[0] - points[i - 1][0]) > 180);
  if (!crosses || Math.abs(turn) > 180) return [points];
  const unwrapped = [points[0]];
  for (let i = 1; i < points.length; i += 1) {
    let lon = points[i][0];
    const previous = unwrapped[i - 1][0];
    while (lon - previous > 180) lon -= 360;
    while (lon - previous < -180) lon += 360;
    unwrapped.push([lon, points[i][1]]);
  }
  const lons = unwrapped.map(([lon]) => lon);
  const copies = [unwrapped];
  if (Math.max(...lons) > 180) copies.push(unwrapped.map(([lon, lat]) => [lon - 360, lat]));
  if (Math.min(...lons) < -180) copies.push(unwrapped.map(([lon, lat]) => [lon + 360, lat]));
  return copies;
}

/** One closed subpath per ring, in tenths of a degree, relative after the first point. */
function ringToPath(points) {
  let path = '';
  let previous = null;
  const parts = [];
  for (const [lon, lat] of points) {
    const x = round1(lon + 180);
    const y = round1(90 - lat);
    if (previous === null) {
      path += `M${x / 10} ${y / 10}`;
    } else {
      const dx = x - previous[0];
      const dy = y - previous[1];
      if (dx === 0 && dy === 0) continue; // collapsed by rounding
      parts.push(`${dx / 10} ${dy / 10}`);
    }
    previous = [x, y];
  }
  if (parts.length < 2) return ''; // a ring smaller than the rounding step
  return `${path}l${parts.join(' ')}z`;
}

function geometryToPath(geometry, decodedArcs) {
  const polygons =
    geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
  return polygons
    .flatMap((rings) => rings.flatMap((ring) => ringCopies(ringPoints(ring, decodedArcs)).map(ringToPath)))
    .join('');
}

export function buildWorldMap() {
  const require = createRequire(import.meta.url);
  const topology = require('world-atlas/countries-110m.json');
  const atlasVersion = require('world-atlas/package.json').version;
  const decodedArcs = topology.arcs.map((arc) => decodeArc(arc, topology.transform));
  const countries = topology.objects.countries.geometries
    .map((geometry) => ({
      id: geometry.id ?? null,
      name: geometry.properties?.name ?? '',
      d: geometryToPath(geometry, decodedArcs),
    }))
    .filter((country) => country.d !== '');
  const map = {
    source: `Natural Earth 1:110m admin-0 countries (public domain), via the npm package world-atlas ${atlasVersion} (ISC); generated by e2e/tools/build_world_map.mjs`,
    projection: 'equirectangular: x = lon + 180, y = 90 - lat',
    viewBox: [0, 0, 360, 180],
    countries,
  };
  return `${JSON.stringify(map)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const generated = buildWorldMap();
  if (process.argv.includes('--check')) {
    const committed = readFileSync(ASSET_PATH, 'utf8');
    if (committed !== generated) {
      console.error(`${ASSET_PATH} differs from what world-atlas generates: run node tools/build_world_map.mjs`);
      process.exit(1);
    }
    console.log(`${ASSET_PATH} is up to date`);
  } else {
    writeFileSync(ASSET_PATH, generated);
    console.log(`wrote ${ASSET_PATH} (${generated.length} bytes)`);
  }
}
