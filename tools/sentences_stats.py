#!/usr/bin/env python3
"""Counts of Vigie's hand-written gold sentences, as Markdown tables.

Per CAMEO root (category root; 00 = no event near no particular root) and
language, per variant and language, per factuality of the expected events.
Usage: python3 tools/sentences_stats.py [DIR]   (default: eval/sentences)
"""
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("fr", "en")
VARIANTS = ("asserted", "negated", "hypothetical", "planned", "historical", "passive", "metonymy",
            "former_leader", "nominalisation", "reported", "symmetric", "no_event")


def load(directory):
    return {lang: [json.loads(l) for l in (directory / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
            for lang in LANGS}


def table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(out)


def main():
    directory = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "eval" / "sentences"
    data = load(directory)
    by_root = {lang: Counter(r["category"].split("-", 1)[0] for r in recs) for lang, recs in data.items()}
    roots = sorted(set().union(*by_root.values()))
    rows = [[r] + [by_root[l][r] for l in LANGS] + [sum(by_root[l][r] for l in LANGS)] for r in roots]
    rows.append(["**total**"] + [len(data[l]) for l in LANGS] + [sum(len(data[l]) for l in LANGS)])
    print("Sentences per CAMEO root (category root; `00` = no-event sentences near no particular root)\n")
    print(table(["root", *LANGS, "all"], rows))

    by_var = {lang: Counter(r["variant"] for r in recs) for lang, recs in data.items()}
    rows = [[v] + [by_var[l][v] for l in LANGS] + [sum(by_var[l][v] for l in LANGS)] for v in VARIANTS]
    print("\nSentences per variant\n")
    print(table(["variant", *LANGS, "all"], rows))

    ev = {lang: [e for r in recs for e in r["expected"]] for lang, recs in data.items()}
    rows = []
    for name, pred in [("expected events", lambda e: True),
                       ("asserted", lambda e: e["factuality"] == "asserted"),
                       ("negated", lambda e: e["factuality"] == "negated"),
                       ("hypothetical", lambda e: e["factuality"] == "hypothetical"),
                       ("planned", lambda e: e["factuality"] == "planned"),
                       ("historical", lambda e: e["historical"]),
                       ("symmetric", lambda e: e.get("symmetric", False))]:
        rows.append([name] + [sum(1 for e in ev[l] if pred(e)) for l in LANGS] + [sum(1 for l in LANGS for e in ev[l] if pred(e))])
    empty = [sum(1 for r in data[l] if not r["expected"]) for l in LANGS]
    rows.append(["sentences with no event"] + empty + [sum(empty)])
    print("\nExpected events\n")
    print(table(["events", *LANGS, "all"], rows))


if __name__ == "__main__":
    main()
