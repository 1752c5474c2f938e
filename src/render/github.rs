//! `--format github`: GitHub Actions workflow commands, one annotation per diagnosis
//! (`::error title=...,file=...,line=...,endLine=...::message`). GitHub shows only the first
//! ten annotations of a kind per step, so the most important come first.

use std::cmp::Reverse;
use std::io::{self, Write};

use super::{headline, safe, Printer};
use crate::report::{Diagnosis, Summary};
use crate::rules::{Category, Severity};

#[derive(Default)]
pub struct Github {
    diagnoses: Vec<Diagnosis>,
}

/// Escapes a command's message: `%`, CR and LF.
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value: as a message, and `:` and `,` too.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// The annotation level: an error rule's diagnosis is an error, a warning rule's a warning,
/// an error no rule describes a notice.
fn level(d: &Diagnosis) -> &'static str {
    match (d.rule.is_some(), d.severity) {
        (false, _) => "notice",
        (true, Severity::Warning) => "warning",
        (true, Severity::Error) => "error",
    }
}

/// Orders by importance: level, then known categories before unknown ones, then how often
/// the error occurred, then where it first appeared.
fn importance(d: &Diagnosis) -> (u8, bool, Reverse<usize>) {
    let rank = match level(d) {
        "error" => 0,
        "warning" => 1,
        _ => 2,
    };
    (rank, d.category == Category::Unknown, Reverse(d.count))
}

fn message(d: &Diagnosis) -> String {
    let mut lines = vec![headline(d)];
    if !d.report.cause.is_empty() {
        lines.push(d.report.cause.clone());
    }
    if let Some(fix) = d.report.fixes.first() {
        lines.push(format!("→ {}", fix.text));
    }
    let mut facts = vec![d.category.as_str().to_string()];
    facts.extend(d.fields.provider.clone());
    facts.extend(d.labels.request_id.clone());
    if !d.labels.location.is_empty() {
        facts.push(d.labels.location.clone());
    }
    lines.push(format!("({})", facts.join(" · ")));
    safe(&lines.join("\n"))
}

/// One workflow command for a diagnosis.
pub fn command(d: &Diagnosis) -> String {
    let mut props = vec![format!("title={}", escape_property(&safe(&d.report.title)))];
    if let Some(path) = &d.lines.path {
        props.push(format!("file={}", escape_property(path)));
    }
    if d.lines.start > 0 {
        props.push(format!("line={}", d.lines.start));
        props.push(format!("endLine={}", d.lines.end));
    }
    format!(
        "::{} {}::{}",
        level(d),
        props.join(","),
        escape_data(&message(d))
    )
}

impl Printer for Github {
    fn diagnosis(&mut self, d: &Diagnosis, _w: &mut dyn Write) -> io::Result<()> {
        self.diagnoses.push(d.clone());
        Ok(())
    }

    fn finish(&mut self, _summary: &Summary, w: &mut dyn Write) -> io::Result<()> {
        // A stable sort keeps the order of appearance among equals.
        self.diagnoses.sort_by_key(importance);
        for d in &self.diagnoses {
            writeln!(w, "{}", command(d))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_data_and_properties() {
        assert_eq!(escape_data("100% a:b,c\r\nd"), "100%25 a:b,c%0D%0Ad");
        assert_eq!(
            escape_property("100% a:b,c\r\nd"),
            "100%25 a%3Ab%2Cc%0D%0Ad"
        );
        // `%` is escaped first, so an escape already in the text is not decoded by GitHub.
        assert_eq!(escape_data("%0A"), "%250A");
    }
}
