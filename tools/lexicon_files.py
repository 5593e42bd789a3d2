"""Reading Vigie's lexicon TSV files, for the import scripts of this folder.

The format is lexicons/README.md's: tab-separated columns, `#` comments,
blank lines ignored, a header line, `|`-separated alternatives.
"""

import sys


def read_tsv(path):
    """(header, rows) of a lexicon TSV file (comments and blank lines skipped)."""
    header, rows = None, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
            else:
                rows.append(cols)
    return header, rows


def read_rows(path, columns):
    """The rows of a lexicon TSV file whose header must begin with `columns`."""
    header, rows = read_tsv(path)
    if header is None or header[: len(columns)] != columns:
        sys.exit(f"{path}: header {header} is not {columns}")
    return rows


def alternatives(col):
    """The `|`-separated alternatives of a column, trimmed, empty ones dropped."""
    return [a.strip() for a in col.split("|") if a.strip()]


def column_values(path, column):
    """Every alternative of one named column, over all rows."""
    header, rows = read_tsv(path)
    i = header.index(column)
    for cols in rows:
        if i < len(cols):
            yield from alternatives(cols[i])
