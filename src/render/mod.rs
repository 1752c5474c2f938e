//! Output formats. Only printers print; each is a streaming printer with a begin /
//! diagnosis / finish shape writing to any `Write`, one file per format. Printers read report
//! types only: every text they show was resolved when the report was built.

pub mod github;
pub mod gitlab;
pub mod human;
mod human_summary;
pub mod json;
pub mod markdown;
pub mod ndjson;
pub mod sanitize;
pub mod sarif;

use std::io::{self, Write};

use crate::cli::Format;
use crate::report::{Labels, Output, Summary};

pub use crate::report::Diagnosis;

/// What a printer needs besides the diagnoses.
pub struct RenderContext<'a> {
    /// Headings and fixed phrases in the report's language.
    pub labels: &'a Labels,
    pub color: bool,
    /// Terminal width to wrap at.
    pub width: usize,
}

/// One output format, fed as the input is read.
///
/// `occurrence` sees each error as soon as it is complete (streaming formats print it there);
/// `diagnosis` sees each distinct diagnosis of the whole input, in order of first appearance,
/// once the input is read; `finish` ends the output.
pub trait Printer {
    /// Before anything is read.
    fn begin(&mut self, _w: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }

    /// One occurrence, as soon as it is complete (`count` 1).
    fn occurrence(&mut self, _d: &Diagnosis, _w: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }

    /// One distinct diagnosis, after the input is read.
    fn diagnosis(&mut self, d: &Diagnosis, w: &mut dyn Write) -> io::Result<()>;

    /// After the last diagnosis, with the counts of the whole input.
    fn finish(&mut self, summary: &Summary, w: &mut dyn Write) -> io::Result<()>;
}

/// The printer of a format; `brief` keeps only the first block of each human report.
pub fn printer<'a>(format: Format, ctx: RenderContext<'a>, brief: bool) -> Box<dyn Printer + 'a> {
    match format {
        Format::Human if brief => Box::new(human::Human::brief(ctx)),
        Format::Human => Box::new(human::Human::new(ctx)),
        Format::Json => Box::new(json::Json::default()),
        Format::Ndjson => Box::new(ndjson::Ndjson),
        Format::Markdown => Box::new(markdown::Markdown::new(ctx.labels)),
        Format::Github => Box::new(github::Github::default()),
        Format::Gitlab => Box::new(gitlab::Gitlab::default()),
        Format::Sarif => Box::new(sarif::Sarif::default()),
    }
}

/// Prints a finished output: its diagnoses, then the end. Streaming formats print nothing
/// here beyond their end, having printed each occurrence as it came.
pub fn print_output(p: &mut dyn Printer, out: &Output, w: &mut dyn Write) -> io::Result<()> {
    for d in &out.diagnoses {
        p.diagnosis(d, w)?;
    }
    p.finish(&out.summary, w)
}

/// Prints a whole output with a fresh printer: begin, every occurrence, every diagnosis, end.
/// For outputs held in memory (tests, `apidiag explain`).
pub fn print_all(p: &mut dyn Printer, out: &Output, w: &mut dyn Write) -> io::Result<()> {
    p.begin(w)?;
    for d in &out.diagnoses {
        for span in &d.occurrences {
            let one = Diagnosis {
                lines: span.clone(),
                count: 1,
                occurrences: vec![span.clone()],
                ..d.clone()
            };
            p.occurrence(&one, w)?;
        }
    }
    print_output(p, out, w)
}

/// Removes control characters (other than newline and tab; the ones [`sanitize`] escapes for
/// the human report) from text echoed from the input,
/// so that a pasted escape sequence never reaches a terminal or breaks a line-based format.
pub fn safe(s: &str) -> String {
    s.chars().filter(|c| !sanitize::is_unsafe(*c)).collect()
}

/// A diagnosis's one-line description: its title, then the service's message when there is one.
pub fn headline(d: &Diagnosis) -> String {
    match &d.fields.message {
        Some(m) if !m.is_empty() => format!("{}: {}", d.report.title, m),
        _ => d.report.title.clone(),
    }
}
