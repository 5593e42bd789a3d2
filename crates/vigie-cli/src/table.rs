//! The human-readable event table of `vigie demo` and `vigie events`.

use std::io::{self, Write};

use vigie_model::Mention;

/// Shortens `s` to `width` characters, marking the cut with an ellipsis.
pub(crate) fn cut(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(width.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

pub fn write_mentions(out: &mut impl Write, mentions: &[Mention]) -> io::Result<()> {
    writeln!(out, "{:>3}  {:<8} {:<44} {:<8} {:<12} {:<10} NOTES", "#", "SOURCE", "EVENT (CAMEO)", "TARGET", "FACTUALITY", "DATE")?;
    for (i, m) in mentions.iter().enumerate() {
        let event = format!("{} {}", m.cameo, m.cameo_label);
        let mut notes = Vec::new();
        if m.first {
            notes.push("first".to_string());
        }
        if m.symmetric {
            notes.push("symmetric".to_string());
        }
        if m.historical {
            notes.push("historical".to_string());
        }
        if let Some(l) = &m.location {
            notes.push(format!("at {} ({})", l.name, l.country));
        }
        writeln!(
            out,
            "{:>3}  {:<8} {:<44} {:<8} {:<12} {:<10} {}",
            i + 1,
            m.source.as_deref().unwrap_or("-"),
            cut(&event, 44),
            m.target.as_deref().unwrap_or("-"),
            m.factuality.as_str(),
            m.date.as_deref().unwrap_or("-"),
            notes.join(", ")
        )?;
        writeln!(out, "     « {} »  [{}]", m.sentence, m.rule)?;
    }
    Ok(())
}
