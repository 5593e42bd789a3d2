#!/usr/bin/env python3
"""Validate Vigie's hand-written gold sentences (eval/sentences/{fr,en}.jsonl).

Checks: valid JSON per line, required fields, unique ids (across both files),
language and date format, variant and category consistency, CAMEO codes present
in lexicons/cameo/cameo.tsv, factuality values, actor codes (country from
lexicons/actors/countries.tsv + optional agent from agents.tsv, or an
organisation from organisations.tsv), and at least MIN_PER_ROOT sentences with
expected events per CAMEO root (01-20) in each language.

Exits 0 when everything is clean, 1 otherwise (each problem printed on stderr).
Usage: python3 tools/check_sentences.py [DIR]   (default: eval/sentences)
"""
import datetime
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEX = ROOT / "lexicons"
LANGS = ("fr", "en")
MIN_PER_ROOT = 10
FACTUALITY = {"asserted", "negated", "hypothetical", "planned"}
VARIANTS = {"asserted", "negated", "hypothetical", "planned", "historical", "passive", "metonymy",
            "former_leader", "nominalisation", "reported", "symmetric", "no_event"}
REQUIRED = ("id", "lang", "text", "date", "category", "variant", "expected", "notes")
ROOTS = [f"{i:02d}" for i in range(1, 21)]


def tsv_rows(path):
    """Rows of a lexicon TSV: comments and blank lines skipped, header dropped."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows[1:]


def load_lexicons():
    cameo = {r[0] for r in tsv_rows(LEX / "cameo" / "cameo.tsv")}
    countries = {r[0] for r in tsv_rows(LEX / "actors" / "countries.tsv")}
    agents = {r[0] for r in tsv_rows(LEX / "actors" / "agents.tsv")}
    orgs = {r[0] for r in tsv_rows(LEX / "actors" / "organisations.tsv")}
    return cameo, countries, agents, orgs


def actor_ok(code, countries, agents, orgs):
    if code in orgs:
        return True
    if len(code) == 3:
        return code in countries
    if len(code) == 6:
        # `---REB`: an agent of unknown country (the Phoenix/PLOVER convention).
        return (code[:3] in countries or code[:3] == "---") and code[3:] in agents
    return False


def check(directory):
    cameo, countries, agents, orgs = load_lexicons()
    problems = []
    seen_ids = set()
    per_root = {lang: Counter() for lang in LANGS}
    for lang in LANGS:
        path = directory / f"{lang}.jsonl"
        if not path.exists():
            problems.append(f"{path}: missing")
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.name}:{n}"
            if not line.strip():
                problems.append(f"{where}: blank line")
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"{where}: invalid JSON ({e})")
                continue
            missing = [k for k in REQUIRED if k not in rec]
            if missing:
                problems.append(f"{where}: missing fields {missing}")
                continue
            rid = rec["id"]
            where = f"{where} ({rid})"
            if rid in seen_ids:
                problems.append(f"{where}: duplicate id")
            seen_ids.add(rid)
            if not rid.startswith(f"{lang}-"):
                problems.append(f"{where}: id should start with '{lang}-'")
            if rec["lang"] != lang:
                problems.append(f"{where}: lang {rec['lang']!r} in {lang}.jsonl")
            if not isinstance(rec["text"], str) or not rec["text"].strip():
                problems.append(f"{where}: empty text")
            try:
                datetime.date.fromisoformat(rec["date"])
                if len(rec["date"]) != 10:
                    raise ValueError
            except (TypeError, ValueError):
                problems.append(f"{where}: date {rec['date']!r} is not YYYY-MM-DD")
            variant = rec["variant"]
            if variant not in VARIANTS:
                problems.append(f"{where}: unknown variant {variant!r}")
            cat = rec["category"]
            croot, _, cvariant = cat.partition("-")
            if cvariant != variant:
                problems.append(f"{where}: category {cat!r} does not end with the variant {variant!r}")
            expected = rec["expected"]
            if not isinstance(expected, list):
                problems.append(f"{where}: expected is not a list")
                continue
            if variant == "no_event":
                if expected:
                    problems.append(f"{where}: no_event record with expected events")
                if croot != "00" and croot not in ROOTS:
                    problems.append(f"{where}: category root {croot!r} is not 00-20")
                continue
            if not expected:
                problems.append(f"{where}: no expected event but variant is {variant!r}")
                continue
            if croot not in ROOTS:
                problems.append(f"{where}: category root {croot!r} is not 01-20")
            for i, ev in enumerate(expected):
                w = f"{where} event {i}"
                for key in ("source", "target", "code", "factuality", "historical"):
                    if key not in ev:
                        problems.append(f"{w}: missing {key}")
                code = ev.get("code", "")
                if code not in cameo or len(code) < 3:
                    problems.append(f"{w}: CAMEO code {code!r} not in lexicons/cameo/cameo.tsv")
                if ev.get("factuality") not in FACTUALITY:
                    problems.append(f"{w}: factuality {ev.get('factuality')!r}")
                if not isinstance(ev.get("historical"), bool):
                    problems.append(f"{w}: historical must be true/false")
                if "symmetric" in ev and not isinstance(ev["symmetric"], bool):
                    problems.append(f"{w}: symmetric must be true/false")
                src = ev.get("source", "")
                if not src or not actor_ok(src, countries, agents, orgs):
                    problems.append(f"{w}: source {src!r} is not a known actor code")
                tgt = ev.get("target", "")
                if tgt and not actor_ok(tgt, countries, agents, orgs):
                    problems.append(f"{w}: target {tgt!r} is not a known actor code")
            if expected[0].get("code", "")[:2] != croot:
                problems.append(f"{where}: category root {croot} but first event code {expected[0].get('code')}")
            facts = {e.get("factuality") for e in expected}
            if variant in ("negated", "hypothetical", "planned") and variant not in facts:
                problems.append(f"{where}: variant {variant} but no event has that factuality")
            if variant == "historical" and not any(e.get("historical") for e in expected):
                problems.append(f"{where}: historical variant without a historical event")
            if variant == "symmetric" and not any(e.get("symmetric") for e in expected):
                problems.append(f"{where}: symmetric variant without a symmetric event")
            per_root[lang][croot] += 1
    for lang in LANGS:
        for root in ROOTS:
            if per_root[lang][root] < MIN_PER_ROOT:
                problems.append(f"{lang}: root {root} has {per_root[lang][root]} sentences with events (< {MIN_PER_ROOT})")
    return problems


def main():
    directory = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "eval" / "sentences"
    problems = check(directory)
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"{directory}: clean")
    return 0


if __name__ == "__main__":
    sys.exit(main())
