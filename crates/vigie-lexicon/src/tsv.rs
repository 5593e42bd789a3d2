//! The one reader for every lexicon file: tab-separated columns, `#`
//! comments, a header line that must name the expected columns.

use crate::LexiconError;

pub(crate) struct Row<'a> {
    pub line: usize,
    pub cols: Vec<&'a str>,
}

pub(crate) fn rows<'a>(file: &str, content: &'a str, header: &[&str]) -> Result<Vec<Row<'a>>, LexiconError> {
    rows_with_optional(file, content, header, &[])
}

/// Like [`rows`], but the columns named in `optional` may be empty.
pub(crate) fn rows_with_optional<'a>(
    file: &str,
    content: &'a str,
    header: &[&str],
    optional: &[&str],
) -> Result<Vec<Row<'a>>, LexiconError> {
    let mut out = Vec::new();
    let mut header_seen = false;
    for (i, raw) in content.lines().enumerate() {
        let line = i + 1;
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let mut cols: Vec<&str> = raw.split('\t').map(str::trim).collect();
        // Trailing empty optional columns may be left out altogether.
        while cols.len() < header.len() && optional.contains(&header[cols.len()]) {
            cols.push("");
        }
        if cols.len() != header.len() {
            return Err(LexiconError::at(
                file,
                line,
                format!("expected {} tab-separated columns ({}), found {}", header.len(), header.join(", "), cols.len()),
            ));
        }
        if !header_seen {
            // A header may leave out trailing optional columns (older files of a kind that gained one).
            let named = cols.iter().zip(header).all(|(c, h)| c == h || c.is_empty() && optional.contains(h));
            if !named {
                return Err(LexiconError::at(file, line, format!("header must be: {}", header.join("\t"))));
            }
            header_seen = true;
            continue;
        }
        if let Some(empty) = header.iter().zip(&cols).find(|(h, c)| c.is_empty() && !optional.contains(h)) {
            return Err(LexiconError::at(file, line, format!("column {} is empty", empty.0)));
        }
        out.push(Row { line, cols });
    }
    if !header_seen {
        return Err(LexiconError::at(file, 0, format!("no header line ({})", header.join(", "))));
    }
    Ok(out)
}

/// The `|`-separated alternatives of a column, trimmed, empty ones dropped.
pub(crate) fn alternatives(col: &str) -> impl Iterator<Item = &str> {
    col.split('|').map(str::trim).filter(|s| !s.is_empty())
}
