//! Reading every article the command line names: files, folders (walked by
//! `vigie-ingest`), standard input; bad input reported on stderr and counted,
//! a progress bar on a terminal when there are many files.

use std::io::IsTerminal;

use anyhow::Result;
use indicatif::{ProgressBar, ProgressStyle};
use vigie_model::Article;

/// A progress bar appears from this many input files on, and only on a terminal.
const BAR_FROM_FILES: usize = 10;

/// What a run read: how many articles went through, and what was skipped.
#[derive(Debug, Default)]
pub struct ReadSummary {
    pub files: usize,
    pub articles: usize,
    pub skipped: usize,
    pub passed_over: usize,
}

impl ReadSummary {
    /// The exit status rule: a run fails when nothing at all could be used, or,
    /// with `--strict`, when anything was skipped.
    pub fn succeeded(&self, strict: bool) -> bool {
        let nothing_used = self.articles == 0 && (self.skipped > 0 || self.files == 0);
        !(nothing_used || (strict && self.skipped > 0))
    }

    /// One line on stderr when something was skipped or passed over.
    pub fn report(&self) {
        if self.files == 0 {
            eprintln!("vigie: no input file found");
        } else if self.skipped > 0 || self.passed_over > 0 {
            let passed = if self.passed_over > 0 {
                format!("; {} file(s) in folders are not articles (by their extension) and were passed over", self.passed_over)
            } else {
                String::new()
            };
            eprintln!(
                "vigie: {} article(s) used from {} input(s); {} input(s) or record(s) skipped, listed above{passed}",
                self.articles, self.files, self.skipped
            );
        }
    }
}

/// What became of one article handed to a command.
pub enum Outcome {
    Used,
    /// Not used, and why (reported on stderr with the other skips).
    Skipped(String),
}

/// Feeds every article of every path to `each`.
pub fn for_each_article(paths: &[String], mut each: impl FnMut(Article) -> Result<Outcome>) -> Result<ReadSummary> {
    let expansion = vigie_ingest::expand(paths);
    let mut summary = ReadSummary { files: expansion.inputs.len(), passed_over: expansion.passed_over.len(), ..Default::default() };
    let bar = progress_bar(expansion.inputs.len());
    let say = |message: String| match &bar {
        Some(bar) => bar.suspend(|| eprintln!("{message}")),
        None => eprintln!("{message}"),
    };
    for error in &expansion.errors {
        say(format!("vigie: {error}"));
        summary.skipped += 1;
    }
    for input in &expansion.inputs {
        if let Some(bar) = &bar {
            bar.set_message(input.path.clone());
        }
        for item in vigie_ingest::open(&input.path) {
            match item {
                Ok(article) => match each(article)? {
                    Outcome::Used => summary.articles += 1,
                    Outcome::Skipped(reason) => {
                        say(format!("vigie: {reason}"));
                        summary.skipped += 1;
                    }
                },
                Err(e) => {
                    say(format!("vigie: {e}"));
                    summary.skipped += 1;
                }
            }
        }
        if let Some(bar) = &bar {
            bar.inc(1);
        }
    }
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    summary.report();
    Ok(summary)
}

fn progress_bar(files: usize) -> Option<ProgressBar> {
    if files < BAR_FROM_FILES || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = ProgressBar::new(files as u64);
    let style = ProgressStyle::with_template("{bar:30} {pos}/{len} files  {elapsed_precise}  {wide_msg}")
        .unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style);
    Some(bar)
}
