#!/usr/bin/env python3
"""Reads a Parquet export of Vigie back with pyarrow and checks it row by row
against the JSON Lines export of the same store (`vigie export --format jsonl`).

    python3 tools/check_parquet.py events.parquet events.jsonl

Exit status 0 when every row and column agrees, 1 otherwise (the first
differences are printed)."""

import datetime
import json
import sys

import pyarrow.parquet as pq

TYPES = {
    "id": "int64", "quad_class": "int32", "goldstein": "double", "symmetric": "bool", "historical": "bool",
    "confidence": "double", "date_start": "date32[day]", "date_end": "date32[day]", "lat": "double", "lon": "double",
    "num_mentions": "int64", "num_sources": "int64", "num_articles": "int64", "sentence_index": "int64",
}


def expected(event, column):
    loc = event.get("location") or {}
    if column in ("location_name", "location_country", "lat", "lon", "place_id"):
        key = {"location_name": "name", "location_country": "country"}.get(column, column)
        return loc.get(key)
    value = event.get(column)
    if column in ("date_start", "date_end") and value is not None:
        return datetime.date.fromisoformat(value)
    return value


def main(parquet_path, jsonl_path):
    table = pq.read_table(parquet_path)
    errors = []
    for column, type_name in TYPES.items():
        actual = str(table.schema.field(column).type)
        if actual != type_name:
            errors.append(f"column {column}: type {actual}, expected {type_name}")
    rows = table.to_pylist()
    with open(jsonl_path, encoding="utf-8") as f:
        events = [json.loads(line) for line in f if line.strip()]
    if len(rows) != len(events):
        errors.append(f"{len(rows)} Parquet rows, {len(events)} events")
    for i, (row, event) in enumerate(zip(rows, events)):
        for column, value in row.items():
            want = expected(event, column)
            if value != want:
                errors.append(f"row {i} (event {event['id']}), column {column}: {value!r} != {want!r}")
    if errors:
        print("\n".join(errors[:20]), file=sys.stderr)
        return 1
    print(f"parquet check: {len(rows)} rows x {table.num_columns} columns agree with the JSON Lines export")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
