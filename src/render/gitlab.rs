//! `--format gitlab`: a GitLab Code Quality report, a JSON array with one issue per
//! diagnosis. Each fingerprint is unique within the report and the same from run to run for
//! the same error in the same file, so GitLab can tell new errors from old ones.

use std::collections::HashSet;
use std::io::{self, Write};

use serde::Serialize;

use super::{headline, safe, Printer};
use crate::report::{digest, Diagnosis, Summary};
use crate::rules::Severity;

#[derive(Default)]
pub struct Gitlab {
    issues: Vec<Issue>,
    fingerprints: HashSet<String>,
}

#[derive(Serialize)]
struct Issue {
    description: String,
    check_name: String,
    fingerprint: String,
    severity: &'static str,
    location: Location,
}

#[derive(Serialize)]
struct Location {
    path: String,
    lines: Lines,
}

#[derive(Serialize)]
struct Lines {
    begin: usize,
    end: usize,
}

/// The check a diagnosis fails: its rule, or its category when no rule describes it.
pub fn check_name(d: &Diagnosis) -> String {
    d.rule
        .clone()
        .unwrap_or_else(|| format!("category.{}", d.category.as_str()))
}

fn severity(d: &Diagnosis) -> &'static str {
    match (d.rule.is_some(), d.severity) {
        (false, _) => "info",
        (true, Severity::Warning) => "minor",
        (true, Severity::Error) => "major",
    }
}

impl Gitlab {
    /// The error's identity in its file, hashed; a repeat within the report (two errors
    /// that only differ in what the identity leaves out) gets a numbered variant.
    fn fingerprint(&mut self, d: &Diagnosis) -> String {
        let base = format!("{}\u{0}{}", d.lines.source(), d.identity());
        let mut n = 0;
        loop {
            let text = if n == 0 {
                base.clone()
            } else {
                format!("{base}\u{0}{n}")
            };
            let f = digest(&text);
            if self.fingerprints.insert(f.clone()) {
                return f;
            }
            n += 1;
        }
    }
}

impl Printer for Gitlab {
    fn diagnosis(&mut self, d: &Diagnosis, _w: &mut dyn Write) -> io::Result<()> {
        let fingerprint = self.fingerprint(d);
        self.issues.push(Issue {
            description: safe(&headline(d)).replace(['\n', '\t'], " "),
            check_name: check_name(d),
            fingerprint,
            severity: severity(d),
            location: Location {
                path: d.lines.source().to_string(),
                lines: Lines {
                    begin: d.lines.start.max(1),
                    end: d.lines.end.max(1),
                },
            },
        });
        Ok(())
    }

    fn finish(&mut self, _summary: &Summary, w: &mut dyn Write) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut *w, &self.issues)?;
        writeln!(w)
    }
}
