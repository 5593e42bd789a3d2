#!/usr/bin/env python3
"""Import PETRARCH2's Phoenix country actor dictionary into Vigie's people lexicon.

How to run (from the repository root, Python 3.8+, standard library only):

    python3 tools/import_phoenix.py

Options (all optional):

    --source PATH   the Phoenix dictionary (default:
                    ../shared/reference/phoenix_dictionaries/Phoenix.Countries.actors.txt)
    --lexicons DIR  the lexicons directory (default: lexicons/ next to tools/)
    --office TEXT   the office column of every role (default: empty, see OFFICE)
    --close-open-at YYYY-MM-DD
                    end the open terms on that day instead of leaving `to`
                    empty (Phoenix's open terms are "in office as of 2014")
    --quiet         do not print the summary

It reads the dictionary and the hand-made lexicons (actors/people.tsv,
countries.tsv, organisations.tsv, agents.tsv, titles.tsv, places/places.tsv)
and (re)writes two generated files:

    lexicons/actors/phoenix_people.tsv   person  country  names
    lexicons/actors/phoenix_roles.tsv    person  code  from  to  office

The output is deterministic (sorted) and depends only on those inputs, so the
script can be re-run whenever the hand-made files change: the hand-made files
always win (a Phoenix name already used there is dropped). Edit this script,
never the generated files.

Source: Phoenix.Countries.actors.txt, PETRARCH2 dictionaries, MIT licence,
Copyright (c) 2014 Open Event Data Alliance (built from CountryInfo.140130.txt).

The Phoenix (TABARI/PETRARCH) actor format, as this script reads it
--------------------------------------------------------------------
    VLADIMIR_PUTIN_  # comment           headword (an entry starts here)
    +PUTIN_                              synonym of the current entry
    +PRESIDENT_VLADIMIR_PUTIN_
    <TAB>[RUSGOV 000507-080507]          code line: code + date restriction
    <TAB>[RUSELI]                        code line without dates (= always)

- `#` starts a comment anywhere; a line whose first character is `#` is a
  comment, so is a TAB-indented `#...` line inside an entry (PETRARCH also
  ignores lines starting with `<!` and everything after `;`, and stops at
  `---STOP---`; none occur in the 2014 file but they are honoured).
- A headword may carry a default code on its own line (`AFGHANISTAN_  [AFG]`):
  those are the country entries themselves (countries.tsv covers them); they
  are NOT code lines and do not make an entry importable.
- A code line is a line whose first non-blank character is `[` (one is indented
  with spaces + TAB). A line indented with spaces whose content is only a
  comment (`  # CountryInfo.txt`) is a headword whose name is missing: it starts
  a new, anonymous entry (so the code lines under it do not leak into the
  previous person) which is dropped.
- Date restrictions (PETRARCH semantics, all bounds inclusive):
  `A-B` between A and B; `>A` from A on; `<B` up to B; none = always. A lone
  date (`[MNEGOV 20121204]`, 2 cases) is read as a start date. Dates are
  YYMMDD (YY <= 30 -> 20YY, else 19YY) or YYYYMMDD, spaces after `<`/`>`
  allowed; any other length (typos such as `9008223`, `1920030320`) or an
  impossible calendar date makes the line unusable: it is dropped and counted.
- `[---]` is PETRARCH's null code: dropped. `{...}` (agent plurals) and `~`
  (agent position) belong to the agents dictionary; should they appear in a
  name the name is dropped (bad characters), in a code the code is invalid.

Conversion rules (the Vigie brief, with the refinements marked *)
-----------------------------------------------------------------
- Only entries with at least one code line whose code is a country code
  (countries.tsv, or one of the historical CAMEO codes in HISTORICAL_COUNTRIES)
  alone or followed by agent codes (RUSGOV, AFGMIL, USAELI, AFGGOVBUS) are
  imported. `IGO`/`IMG` prefixes and `KNT` (Kinakuta, the fictional test
  country of the TABARI/PETRARCH dictionaries) are not countries.
  * An entry with a code line holding a bare country code (BELARUS_ with
    [USRBLR <910825] [BLR >910825], KOSOVO, LEIPZIG: 33 entries) is a country
    or territory, not a person: it is left to countries.tsv.
  * The same headword listed twice with codes of the same country (CHAN_SARUN
    and CHAN_SARUN_) is one person: the entries are merged.
  * An entry sharing a name with a hand-made people.tsv person is that person:
    the whole entry is left out (not only the shared name), so that one person
    is not coded two ways (hand-made terms vs Phoenix's 2014 terms).
- person: `phx-` + ASCII slug of the headword (in press writing, so without
  `(ACTING` or nicknames; suffix -2, -3... on collision, in file order).
  country: first 3 letters of the entry's first country(+agent) code.
- names: headword and synonyms in press writing (see press_name()), minus
  names with a title word (TITLE_WORDS, the one-word forms of titles.tsv;
  LEADING_TITLE_WORDS only as first word*) or a nationality word (adjective and
  demonym forms of countries.tsv, EXTRA_NATIONALITY_WORDS; NATIONALITY_NAME_WORDS
  spare people's names*), single words (except >= 6 letters for an institution,
  see is_institution), names averaging fewer than 2 letters per word, names
  already in a hand-made file, and names shared by two Phoenix entries (dropped
  from both). Entries left without a name are dropped.
- roles: one row per code line (code as written, identical rows merged); open
  start -> 1900-01-01, open end -> empty `to`; office empty* (see OFFICE). Rows
  whose code is not 3 upper-case letters + optional upper-case letters, or
  whose `from` > `to`, are dropped. Entries without a role in force on or after
  1990-01-01 are dropped.
"""

import argparse
import collections
import datetime
import os
import re
import sys
import unicodedata

from lexicon_files import column_values, read_tsv

DEFAULT_SOURCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared",
                              "reference", "phoenix_dictionaries", "Phoenix.Countries.actors.txt")
# Phoenix's knowledge stops at its build (CountryInfo.140130): a term still open
# then is only known to run until that day, after which the person is coded ELI.
DICTIONARY_DATE = "2014-01-30"
# Codes Phoenix used that Vigie writes otherwise.
RENAMED_COUNTRIES = {"TMP": "TLS", "KSV": "XKX"}
SCRIPT = "tools/import_phoenix.py"
# The dictionary names no office. The brief asked for `Phoenix` here, but the lexicon
# crate (people.rs, is_single_seat) treats a non-empty office without a collective
# word as a single seat, and the integrity test no_two_people_hold_one_seat_at_once
# then reports ~183,000 overlaps between Phoenix ministers sharing e.g. USAGOV. An
# empty office is what the crate expects from imported dictionaries ("Imported
# dictionaries name no office"), so it is the default; `--office Phoenix` restores
# the brief's wording once the crate treats it as a collective office.
OFFICE = ""
OPEN_START = "1900-01-01"
CUTOFF = "1990-01-01"

# CAMEO / CountryInfo country codes used in the Phoenix file that are not (or no
# longer) ISO 3166-1 codes listed in countries.tsv.
HISTORICAL_COUNTRIES = {
    "CSK",  # Czechoslovakia
    "DDR",  # German Democratic Republic
    "FRY",  # Federal Republic of Yugoslavia
    "KSV",  # Kosovo (CAMEO; Vigie uses XKX)
    "SCG",  # Serbia and Montenegro
    "SRP",  # Republika Srpska (as used in the Phoenix file)
    "SUN",  # Soviet Union
    "TMP",  # East Timor (pre-ISO TLS)
    "USR",  # Soviet Union (CAMEO)
    "YUG",  # Yugoslavia
}
NOT_COUNTRIES = {"IGO", "IMG", "KNT"}

CODE_RE = re.compile(r"^[A-Z]{3}[A-Z]*$")
COUNTRY_AGENT_RE = re.compile(r"^([A-Z]{3})((?:[A-Z]{3})*)$")

# Words that make a name a title + name (titles are handled by titles.tsv and
# agents.tsv). Compared with normalise() and trailing dots removed. The
# single-word forms of titles.tsv are added at run time. Honorifics the press
# keeps as part of a name (Sheikh, Ayatollah, Mullah, Imam) are not titles.
TITLE_WORDS = {
    "president", "presidente", "vice", "premier", "prime", "minister", "ministers",
    "ministre", "secretary", "chancellor", "monarch", "majesty", "highness",
    "excellency", "general", "gen", "lt", "colonel", "lieutenant", "admiral", "adm",
    "marshal", "brigadier", "commander", "commandant", "sergeant", "sgt",
    "senator", "governor", "mayor", "ambassador", "envoy", "speaker", "chairman",
    "chairwoman", "chairperson", "leader", "deputy", "foreign", "defense",
    "defence", "interior", "acting", "former", "interim", "elect", "mr", "mrs",
    "ms", "dr", "archbishop", "patriarch", "rev", "reverend", "attorney",
    "prosecutor", "commissioner", "director", "spokesman", "spokeswoman",
    "official", "rep", "representative", "congressman", "congresswoman", "mp",
    "pm", "fm", "pres", "taoiseach", "regent", "viceroy", "advisor", "adviser",
    "counsellor", "counselor",
}
# Title words that are also given names or surnames (Hun Sen, John Major, Julie
# Bishop, Alois King, Emir Kusturica): a title only as the first word of a name
# (King Abdullah, Sen. Kerry, Sir Paul Hasluck).
LEADING_TITLE_WORDS = {
    "king", "queen", "roi", "reine", "prince", "princess", "crown", "emir",
    "sir", "dame", "lord", "lady", "baroness", "viscount", "duke", "count",
    "major", "maj", "captain", "capt", "col", "chief", "sen", "gov", "judge",
    "justice", "pope", "cardinal", "bishop",
}
# Never titles here, although titles.tsv lists `sultan`: in this dictionary they
# are almost always given names (Sultan Ali Keshtmand, Sultan bin Abdulaziz, Amir
# Peretz, Amir Abbas Hoveida, Baron Waqa, Earl Deveaux).
NAME_NOT_TITLE = {"sultan", "amir", "baron", "earl"}
# Nationality words beyond the adjective/demonym forms of countries.tsv.
EXTRA_NATIONALITY_WORDS = {
    "soviet", "soviets", "arab", "arabs", "kurdish", "kurd", "kurds", "european",
    "african", "yugoslav", "yugoslavian", "czechoslovak", "czechoslovakian",
    "us", "u.s", "u.k", "u.n",
}
# Nationality words that are also given names or surnames (Germán Vargas Lleras,
# Nguyen Danh Thai, Humayun Aziz Kurd, Neville French, Ganesh Tiwari Nepali, Sher
# Afghan Khan Niazi): not a reason to drop a person's name (they still drop the
# names of institutions: German Democratic Republic).
NATIONALITY_NAME_WORDS = {"german", "thai", "kurd", "french", "nepali", "afghan", "lao", "uk"}
# A name holding one of these words marks the entry as an institution or group
# (not a person): its single-word names of >= 6 letters may be kept.
INSTITUTION_WORDS = {
    "army", "navy", "forces", "force", "military", "police", "party", "front",
    "movement", "council", "committee", "commission", "ministry", "department",
    "government", "parliament", "assembly", "congress", "senate", "court",
    "bank", "agency", "service", "services", "office", "bureau", "institute",
    "university", "union", "association", "federation", "league", "alliance",
    "coalition", "brigade", "brigades", "battalion", "regiment", "division",
    "corps", "guard", "guards", "militia", "militias", "organization",
    "organisation", "group", "authority", "administration", "cabinet",
    "republic", "kingdom", "tribe", "clan", "church", "corporation", "company",
    "network", "sabha", "knesset", "duma", "majlis", "jirga", "shura", "junta",
    "rebels", "insurgents", "fighters", "troops", "soldiers", "unit",
}
# Particles kept in lower case inside a name (not as its first word).
PARTICLES = {
    "al", "el", "bin", "ibn", "bint", "ben", "de", "da", "di", "do", "dos", "das",
    "del", "della", "degli", "der", "den", "van", "von", "du", "des", "y", "ul",
    "ud", "ur",
}
# English function words inside institution names: Department of State.
FUNCTION_WORDS = {"of", "the", "and", "for"}
# "Ben" is also a given name and a family name (Ben Ali, Ben Eliezer): keep its capital.
PARTICLES.discard("ben")
# Hyphenated Arabic articles: AL-ASSAD -> al-Assad (Al-Assad first in a name).
ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ad", "ed", "er", "es", "ul", "ud"}
# Regnal numbers, kept in capitals as the last word of a name (Letsie III; XI is left out: Xi Jinping).
ROMAN = {"II", "III", "IV", "VI", "VII", "VIII", "IX", "XII", "XIII", "XIV"}
NOT_ACRONYMS = {"JR", "SR", "ST", "MR", "MRS", "MS", "DR", "MT", "FT", "NG", "HNG", "MC"}


# ----------------------------------------------------------------- helpers

def normalise(s):
    """The lexicon loader's normalisation: NFD, no combining marks, lower case, ’ -> '."""
    s = unicodedata.normalize("NFD", s.replace("\u2019", "'"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return " ".join(s.split())


def tokens_of(s):
    """Normalised blank-separated tokens (hyphenated words kept whole: al-Iraqi), end dots dropped."""
    return [w.strip(".") for w in normalise(s).split() if w.strip(".")]


def words_of(s):
    """Normalised words of a name or form, split on blanks and hyphens, dots dropped."""
    return [w.strip(".") for w in re.split(r"[\s\-]+", normalise(s)) if w.strip(".")]


def ascii_slug(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def parse_date(s):
    """YYMMDD or YYYYMMDD -> ISO date, or None when malformed or impossible."""
    if not s.isdigit() or len(s) not in (6, 8):
        return None
    if len(s) == 6:
        yy = int(s[:2])
        year, rest = (2000 + yy if yy <= 30 else 1900 + yy), s[2:]
    else:
        year, rest = int(s[:4]), s[4:]
    try:
        return datetime.date(year, int(rest[:2]), int(rest[2:])).isoformat()
    except ValueError:
        return None


def parse_restriction(rest):
    """The text after the code -> (from, to) ISO dates (to may be None), or None if unusable."""
    rest = rest.replace(" ", "")
    if not rest:
        return (OPEN_START, None)
    if rest[0] in "<>":
        d = parse_date(rest[1:])
        if d is None:
            return None
        return (OPEN_START, d) if rest[0] == "<" else (d, None)
    if "-" in rest:
        a, _, b = rest.partition("-")
        da, db = parse_date(a), parse_date(b)
        if da is None or db is None:
            return None
        return (da, db)
    d = parse_date(rest)  # a lone date: read as the start of the term
    return None if d is None else (d, None)


# ----------------------------------------------------------------- reading Phoenix

class Entry:
    def __init__(self, headword, line):
        self.headword = headword  # raw text ("" for an anonymous entry)
        self.line = line
        self.synonyms = []  # raw texts
        self.codes = []  # (line, raw code, raw restriction)
        self.default_code = None  # inline code on the headword line


def strip_comment(text):
    return text.split("#", 1)[0].split(";", 1)[0]


def read_phoenix(path, stats):
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().split("\n")
    entries = []
    current = None
    for n, raw in enumerate(lines, 1):
        raw = raw.rstrip("\r")
        s = raw.strip()
        if "---STOP---" in raw:
            break
        if not s:
            continue
        if raw[0] == "#" or s.startswith("<!"):
            continue
        if s.startswith("["):
            content = strip_comment(s)
            inner = content[1:].split("]", 1)[0].strip()
            code, _, rest = inner.partition(" ")
            if current is None:
                stats["code lines outside any entry"] += 1
                continue
            current.codes.append((n, code.strip(), rest.strip()))
            continue
        if raw[0] == "\t" and s.startswith("#"):
            continue  # a comment inside an entry
        if raw[0] == "+":
            text = strip_comment(raw[1:]).split("[", 1)[0].strip()
            if current is None:
                stats["synonyms outside any entry"] += 1
            elif text:
                current.synonyms.append(text)
            continue
        # A headword (possibly with an inline default code, possibly missing).
        body = strip_comment(raw)
        name = body.split("[", 1)[0].strip()
        current = Entry(name, n)
        if "[" in body:
            current.default_code = body.split("[", 1)[1].split("]", 1)[0].strip()
        entries.append(current)
    return entries


# ----------------------------------------------------------------- names

def cap(part):
    """Capital on the first letter (after a leading apostrophe: 'Idalat), the rest lower case."""
    lead = len(part) - len(part.lstrip("'"))
    return part[:lead] + part[lead:lead + 1].upper() + part[lead + 1:].lower()


def press_word(word, first, last=False, after_particle=False):
    """One upper-case Phoenix word in press writing."""
    bare = word.rstrip(".")
    if bare in ROMAN and not first and last:
        return word
    if after_particle and word in ("LA", "LAS", "LOS", "LE"):  # de la, de los
        return word.lower()
    letters = [c for c in unicodedata.normalize("NFD", bare) if c.isalpha()]
    if (len(letters) >= 2 and bare not in NOT_ACRONYMS
            and not any(c in "AEIOUY" for c in letters)) or any(c.isdigit() for c in word):
        return word  # an acronym (ANSF, KGB) or a code-like word
    low = word.lower()
    if not first and (low in PARTICLES or low in FUNCTION_WORDS):
        return low
    parts = word.split("-")
    out = []
    for i, p in enumerate(parts):
        lowp = p.lower()
        if i == 0 and len(parts) > 1 and lowp in ARTICLES:
            out.append(cap(p) if first else lowp)
            continue
        if "'" in p:
            head, _, tail = p.partition("'")
            if len(head) == 1:  # O'Brien, D'Alema (d'Estaing inside a name)
                h = head.lower() if (not first or i > 0) and head.lower() in ("d", "l") else head.upper()
                out.append(h + "'" + cap(tail))
            else:  # Sa'id, Ba'ath
                out.append(cap(head) + "'" + tail.lower())
            continue
        if i > 0 and len(p) == 1:  # Mazar-i-Sharif, Sar-e Pol
            out.append(lowp)
            continue
        if "." in p:  # initials: J.D. -> J.D., ST. -> St.
            out.append(".".join(cap(x) for x in p.split(".")))
            continue
        if p.startswith("MC") and len(p) > 3:
            out.append("Mc" + cap(p[2:]))
            continue
        out.append(cap(p))
    return "-".join(out)


def hyphenated_article(name):
    """The press writes an Arabic article joined to its noun (`Bashir al-Munajid`), where
    Phoenix writes a space (`BASHIR_AL_MUNAJID`): the name with every inner `al X` as
    `al-X`, or None when it has none."""
    words = name.split(" ")
    out, changed, i = [], False, 0
    while i < len(words):
        if 0 < i < len(words) - 1 and words[i] in ARTICLES and words[i] == words[i].lower():
            out.append(words[i] + "-" + words[i + 1])
            changed, i = True, i + 2
            continue
        out.append(words[i])
        i += 1
    return " ".join(out) if changed else None


def press_name(raw):
    """A Phoenix phrase -> press writing, or None when it holds unusable characters."""
    s = raw.upper().replace("_", " ")
    s = re.sub(r'"[^"]*"', " ", s)  # nicknames: RICHARD_"DICKIE"_BRADLEY
    s = re.sub(r"\([^)]*\)", " ", s)  # (ACTING), (1ST TIME)
    s = re.sub(r"\(.*$", " ", s)  # unclosed: STANKO_TODOROV (ACTING_
    s = s.replace("\u2019", "'")
    s = " ".join(s.split())
    if not s:
        return None
    for c in s:
        if not (c.isalpha() or c in " .-'"):
            return None
    if re.search(r"(^|\s)[-'.]|[-']($|\s)|--|''|\.\.", s):
        return None
    words = s.split(" ")
    out = []
    for i, w in enumerate(words):
        after = i > 1 and out[-1] in PARTICLES
        out.append(press_word(w, i == 0, i == len(words) - 1, after))
    return " ".join(out)


# ----------------------------------------------------------------- hand-made lexicons

HAND_MADE = [
    ("actors/people.tsv", "names"),
    ("actors/countries.tsv", "forms"),
    ("actors/organisations.tsv", "forms"),
    ("actors/agents.tsv", "forms"),
    ("actors/titles.tsv", "forms"),
    ("places/places.tsv", "names"),
]


# ----------------------------------------------------------------- main

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--source", default=DEFAULT_SOURCE)
    ap.add_argument("--lexicons", default=os.path.join(here, "..", "lexicons"))
    ap.add_argument("--office", default=OFFICE, help="office column of every role (default: empty)")
    ap.add_argument("--close-open-at", metavar="YYYY-MM-DD", default=DICTIONARY_DATE,
                    help="end open terms on this day (default: the dictionary's date, %s); "
                         "'none' leaves them open" % DICTIONARY_DATE)
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()
    lex = os.path.normpath(args.lexicons)

    stats = collections.Counter()
    entry_drops = collections.Counter()
    name_drops = collections.Counter()
    row_drops = collections.Counter()
    title_hits = collections.Counter()
    nationality_hits = collections.Counter()

    # Hand-made knowledge.
    hand_made = set()
    for rel, col in HAND_MADE:
        for form in column_values(os.path.join(lex, rel), col):
            hand_made.add(normalise(form))
    hand_people = {normalise(n) for n in column_values(os.path.join(lex, "actors/people.tsv"), "names")}
    same_person = []  # headwords of the entries left to people.tsv, for the report
    _, country_rows = read_tsv(os.path.join(lex, "actors/countries.tsv"))
    countries = {c[0] for c in country_rows} | HISTORICAL_COUNTRIES
    countries -= NOT_COUNTRIES
    nationality_single = set(EXTRA_NATIONALITY_WORDS)
    nationality_multi = set()
    for c in country_rows:
        if len(c) >= 4 and c[2] in ("adjective", "demonym"):
            for form in c[3].split("|"):
                w = tuple(tokens_of(form))
                if len(w) == 1:
                    nationality_single.add(w[0])
                elif w:
                    nationality_multi.add(w)
    title_words = set(TITLE_WORDS)
    for form in column_values(os.path.join(lex, "actors/titles.tsv"), "forms"):
        w = words_of(form)
        if len(w) == 1 and w[0] not in LEADING_TITLE_WORDS | NAME_NOT_TITLE:
            title_words.add(w[0])

    entries = read_phoenix(args.source, stats)
    stats["entries read"] = len(entries)

    # 0. The dictionary lists some people twice (CHAN_SARUN and CHAN_SARUN_, SUSAN_RICE_
    # twice, STANKO_TODOROV_ and STANKO_TODOROV (ACTING_): the same headword in press
    # writing, codes of the same country). Those are one person: their synonyms and
    # code lines are merged into the first entry, so that the name is not taken for
    # one shared by two Phoenix entries (and dropped from both).
    def prefixes(e):
        return {c[:3] for _, c, _ in e.codes if CODE_RE.match(c)}

    by_head = {}
    merged_entries = []
    for e in entries:
        head = press_name(e.headword) if e.headword else None
        key = normalise(head) if head else None
        first = by_head.get(key)
        if first is not None and prefixes(first) & prefixes(e):
            first.synonyms += [e.headword] + e.synonyms
            first.codes += e.codes
            stats["duplicate entries merged"] += 1
            continue
        if key is not None and first is None:
            by_head[key] = e
        merged_entries.append(e)
    entries = merged_entries

    # 1. Codes and roles of each entry.
    candidates = []
    for e in entries:
        if not e.headword:
            entry_drops["no headword (name missing in the source)"] += 1
            continue
        if not e.codes:
            entry_drops["no code line (country entries, undated groups)" if e.default_code else "no code line"] += 1
            continue
        roles, first_country = set(), None
        for line, code, rest in e.codes:
            if code == "---":
                row_drops["null code [---]"] += 1
                continue
            if not CODE_RE.match(code):
                row_drops["invalid code"] += 1
                continue
            if code[:3] in RENAMED_COUNTRIES:
                code = RENAMED_COUNTRIES[code[:3]] + code[3:]
            m = COUNTRY_AGENT_RE.match(code)
            if first_country is None and m and m.group(1) in countries:
                first_country = m.group(1)
            dates = parse_restriction(rest)
            if dates is None:
                row_drops["malformed date (source line %d: %s %s)" % (line, code, rest)] += 1
                continue
            frm, to = dates
            if to is not None and frm > to:
                row_drops["from after to"] += 1
                continue
            if (code, frm, to) in roles:
                row_drops["duplicate row merged"] += 1
            roles.add((code, frm, to))
        if first_country is None:
            entry_drops["no country or country+agent code"] += 1
            continue
        if any(c in countries for _, c, _ in e.codes):
            # BELARUS_ [USRBLR <910825] [BLR >910825], KOSOVO, LEIPZIG...: a country or
            # territory whose code changed over time, not a person (countries.tsv's job).
            entry_drops["country or territory (a code line with a bare country code)"] += 1
            continue
        if not roles:
            entry_drops["no usable code line"] += 1
            continue
        if not any(to is None or to >= CUTOFF for _, _, to in roles):
            entry_drops["no role in force on or after %s" % CUTOFF] += 1
            continue
        candidates.append((e, first_country, roles))

    # 2. Names of every entry (all entries count for the Phoenix ambiguity test).
    def converted(e):
        out = []
        for raw in [e.headword] + e.synonyms:
            name = press_name(raw)
            out.append((raw, name))
        return out

    users = collections.defaultdict(set)  # normalised name -> entry indices
    for i, e in enumerate(entries):
        for _, name in converted(e):
            if name:
                users[normalise(name)].add(i)

    def is_institution(e, names):
        # An institution word in a name (Obama Administration, Michael Church,
        # William Duma are people: they have dated terms) and no dated code line.
        undated = all(not rest for _, _, rest in e.codes)
        return undated and any(set(words_of(n)) & INSTITUTION_WORDS for n in names if n)

    people = []
    for e, country, roles in candidates:
        conv = converted(e)
        if any(n and normalise(n) in hand_people for _, n in conv):
            # The same person (or, for a group, its leader) as a hand-made people.tsv
            # entry: the hand-made file knows them better (terms after 2014, current
            # offices). Keeping the entry's other spellings with Phoenix's stale terms
            # would code one person two ways, so the whole entry is left out.
            entry_drops["same person as a hand-made people.tsv entry"] += 1
            same_person.append(e.headword)
            continue
        institution = is_institution(e, [n for _, n in conv])
        kept, seen = [], set()
        for raw, name in conv:
            stats["names read"] += 1
            if name is None:
                name_drops["unusable characters (digits, commas, quotes, ...)"] += 1
                continue
            key = normalise(name)
            if key in seen:
                name_drops["same name twice in the entry"] += 1
                continue
            seen.add(key)
            w = words_of(name)
            titles = [x for x in w if x in title_words]
            titles += [w[0]] if w and w[0] in LEADING_TITLE_WORDS else []
            if titles:
                name_drops["title word"] += 1
                title_hits.update(titles)
                continue
            t = tokens_of(name)
            nat = [x for x in t if x in nationality_single
                   and (institution or x not in NATIONALITY_NAME_WORDS)]
            nat += [" ".join(m) for m in nationality_multi
                    if any(tuple(t[k:k + len(m)]) == m for k in range(len(t) - len(m) + 1))]
            if nat:
                name_drops["nationality word"] += 1
                nationality_hits.update(nat)
                continue
            tokens = name.split(" ")
            if len(tokens) == 1:
                letters = sum(c.isalpha() for c in name)
                if not institution:
                    name_drops["single word (person)"] += 1
                    continue
                if letters < 6:
                    name_drops["single word under 6 letters (group)"] += 1
                    continue
            if sum(c.isalpha() for c in name) / len(tokens) < 2:
                name_drops["fewer than 2 letters per word"] += 1
                continue
            if key in hand_made:
                name_drops["already in a hand-made file"] += 1
                continue
            if len(users[key]) > 1:
                name_drops["used by two Phoenix entries"] += 1
                continue
            kept.append(name)
            joined = hyphenated_article(name)
            if joined and normalise(joined) not in seen and normalise(joined) not in hand_made and not users.get(normalise(joined)):
                seen.add(normalise(joined))
                kept.append(joined)
        if not kept:
            entry_drops["no name left"] += 1
            continue
        people.append((e, country, roles, kept, institution))

    # 3. Ids (file order, so suffixes are stable), then sorted output.
    used_ids = set()
    rows_people, rows_roles = [], []
    for e, country, roles, names, institution in sorted(people, key=lambda p: p[0].line):
        base = "phx-" + (ascii_slug(press_name(e.headword) or e.headword) or "entry")
        pid, k = base, 1
        while pid in used_ids:
            k += 1
            pid = "%s-%d" % (base, k)
        if k > 1:
            stats["ids suffixed"] += 1
        used_ids.add(pid)
        rows_people.append((pid, country, "|".join(names)))
        for code, frm, to in roles:
            if to is None and args.close_open_at not in (None, "none") and frm <= args.close_open_at:
                to = args.close_open_at
            rows_roles.append((pid, code, frm, to or "", args.office))
        stats["institutions (single words >= 6 letters allowed)"] += institution
    rows_people.sort()
    rows_roles.sort()
    stats["names kept"] = sum(len(r[2].split("|")) for r in rows_people)

    head = [
        "# GENERATED: do not edit by hand. Re-run `python3 %s` (edit the script instead)." % SCRIPT,
        "# Source: %s (PETRARCH2 Phoenix dictionaries," % os.path.basename(args.source),
        "# built from CountryInfo.140130.txt), MIT licence, Copyright (c) 2014 Open Event Data Alliance.",
        "# Generated by %s; names already in the hand-made lexicons (people.tsv, countries.tsv," % SCRIPT,
        "# organisations.tsv, agents.tsv, titles.tsv, places/places.tsv) are left out: those files win.",
    ]
    people_path = os.path.join(lex, "actors/phoenix_people.tsv")
    roles_path = os.path.join(lex, "actors/phoenix_roles.tsv")
    with open(people_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(head) + "\n")
        f.write("# People (and a few institutions) of the Phoenix country dictionary, by id phx-<headword>;\n")
        f.write("# their terms are in phoenix_roles.tsv.\n")
        f.write("person\tcountry\tnames\n")
        for r in rows_people:
            f.write("\t".join(r) + "\n")
    with open(roles_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(head) + "\n")
        f.write("# One row per Phoenix code line: from %s = open start, empty to = open end;\n" % OPEN_START)
        f.write("# the dictionary names no office, so office is %s.\n" % ("`%s`" % args.office if args.office else "empty"))
        f.write("person\tcode\tfrom\tto\toffice\n")
        for r in rows_roles:
            f.write("\t".join(r) + "\n")

    if not args.quiet:
        out = sys.stdout
        out.write("entries read: %d\n" % stats["entries read"])
        out.write("entries merged into an earlier one with the same headword: %d\n" % stats["duplicate entries merged"])
        out.write("entries imported: %d\n" % len(rows_people))
        out.write("entries dropped:\n")
        for k, v in sorted(entry_drops.items(), key=lambda kv: (-kv[1], kv[0])):
            out.write("  %6d  %s\n" % (v, k))
        out.write("names read (imported candidates): %d, kept: %d\n" % (stats["names read"], stats["names kept"]))
        out.write("names dropped:\n")
        for k, v in sorted(name_drops.items(), key=lambda kv: (-kv[1], kv[0])):
            out.write("  %6d  %s\n" % (v, k))
        out.write("code lines dropped:\n")
        for k, v in sorted(row_drops.items(), key=lambda kv: (-kv[1], kv[0])):
            out.write("  %6d  %s\n" % (v, k))
        out.write("ids given a suffix: %d\n" % stats["ids suffixed"])
        out.write("left to the hand-made people.tsv (%d): %s\n" % (len(same_person), ", ".join(same_person)))
        out.write("institution entries: %d\n" % stats["institutions (single words >= 6 letters allowed)"])
        out.write("title words hit: %s\n" % ", ".join("%s %d" % kv for kv in title_hits.most_common(25)))
        out.write("nationality words hit: %s\n" % ", ".join("%s %d" % kv for kv in nationality_hits.most_common(40)))
        for p in (people_path, roles_path):
            with open(p, encoding="utf-8") as f:
                n = sum(1 for line in f if line.strip() and not line.startswith("#")) - 1
            out.write("%s: %d rows, %d bytes\n" % (os.path.relpath(p), n, os.path.getsize(p)))


if __name__ == "__main__":
    main()
