//! `vigie export --format …`: the stored events in the field's formats, to a
//! file or standard output. The formats themselves live in `vigie-export`.

use std::io::{self, BufWriter, IsTerminal};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use vigie_export::Format;

use crate::query::{open_existing, quiet_broken_pipe, FilterArgs};

#[derive(clap::Args, Debug)]
pub struct ExportArgs {
    /// gdelt (GDELT 2.0 Events, 61 columns), gdelt-mentions, icews, plover, csv, jsonl or parquet.
    #[arg(long, value_name = "FORMAT")]
    pub format: String,
    /// Write to this file instead of standard output (required for parquet on a terminal).
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub filters: FilterArgs,
}

pub fn export(db: &Path, args: &ExportArgs) -> Result<bool> {
    quiet_broken_pipe(export_inner(db, args))
}

fn export_inner(db: &Path, args: &ExportArgs) -> Result<bool> {
    let Some(format) = Format::parse(&args.format) else {
        bail!("--format {:?}: one of {}", args.format, Format::NAMES.join(", "));
    };
    let filter = args.filters.filter()?;
    let store = open_existing(db)?;
    let n = match &args.output {
        Some(path) => {
            let file = std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
            let n = vigie_export::export(&store, &filter, format, BufWriter::new(file))?;
            eprintln!("vigie: {n} record(s) written to {}", path.display());
            n
        }
        None => {
            if format == Format::Parquet && io::stdout().is_terminal() {
                bail!("Parquet is binary: give --output FILE or redirect standard output");
            }
            vigie_export::export(&store, &filter, format, BufWriter::new(io::stdout()))?
        }
    };
    let _ = n;
    Ok(true)
}
