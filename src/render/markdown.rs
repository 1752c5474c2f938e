//! `--format markdown`: a summary table, then one collapsed `<details>` section per
//! diagnosis, for a job summary (`>> $GITHUB_STEP_SUMMARY`) or a merge-request comment.
//!
//! GitHub refuses a step summary over 1 MiB, so the output stays under [`LIMIT`]: when the
//! full sections do not fit, the later ones are shortened, then left out, whole sections at
//! a time, never a diagnosis cut in half.

use std::io::{self, Write};

use super::{safe, Printer};
use crate::report::{Diagnosis, Labels, Summary};

/// The most the output may take, in bytes.
pub const LIMIT: usize = 1024 * 1024;

pub struct Markdown<'a> {
    labels: &'a Labels,
    diagnoses: Vec<Diagnosis>,
    limit: usize,
}

impl<'a> Markdown<'a> {
    pub fn new(labels: &'a Labels) -> Self {
        Markdown {
            labels,
            diagnoses: Vec::new(),
            limit: LIMIT,
        }
    }

    /// The same printer with another size limit.
    pub fn with_limit(labels: &'a Labels, limit: usize) -> Self {
        Markdown {
            limit,
            ..Markdown::new(labels)
        }
    }
}

/// Text for a table cell or an HTML summary: one line, no markup.
fn cell(s: &str) -> String {
    safe(s)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('|', "\\|")
        .replace(['\n', '\t'], " ")
}

/// A fenced block whose fence no backtick run in `text` can close.
fn fenced(text: &str, lang: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    format!("{fence}{lang}\n{}\n{fence}\n", safe(text))
}

fn summary_table(l: &Labels, s: &Summary, diagnoses: &[Diagnosis]) -> String {
    let mut out = format!("## apidiag · {}: {}\n\n", l.errors, s.errors);
    if diagnoses.is_empty() {
        out.push_str(&format!("{}\n", cell(&l.none_found)));
        return out;
    }
    out.push_str(&format!(
        "| {} | {} |\n| --- | ---: |\n",
        l.category, l.count
    ));
    for (c, n) in s.categories() {
        out.push_str(&format!("| {c} | {n} |\n"));
    }
    out.push('\n');
    out
}

fn row(n: usize, d: &Diagnosis) -> String {
    format!(
        "| {n} | {} | {} | {} | {} | {} |\n",
        cell(&d.report.title),
        d.category.as_str(),
        cell(d.fields.provider.as_deref().unwrap_or("")),
        cell(&d.labels.location),
        d.count
    )
}

fn opening(n: usize, d: &Diagnosis) -> String {
    let mut facts = vec![d.category.as_str().to_string()];
    facts.extend(d.fields.status.map(|s| format!("HTTP {s}")));
    facts.extend(d.fields.provider.clone());
    if !d.labels.location.is_empty() {
        facts.push(d.labels.location.clone());
    }
    format!(
        "<details><summary><b>{n}. {}</b> · {}</summary>\n\n",
        cell(&d.report.title),
        cell(&facts.join(" · "))
    )
}

/// A diagnosis's section with its whole report.
fn full(l: &Labels, n: usize, d: &Diagnosis) -> String {
    let mut s = opening(n, d);
    if let Some(m) = &d.fields.message {
        s.push_str(&format!("**{}**\n\n{}", l.message, fenced(m, "text")));
        if let Some(t) = &d.report.translation {
            s.push_str(&format!("→ {}\n", cell(t)));
        }
        s.push('\n');
    }
    if !d.report.cause.is_empty() {
        s.push_str(&format!("**{}** {}\n\n", l.cause, cell(&d.report.cause)));
    }
    if !d.report.analysis.is_empty() {
        s.push_str(&format!("**{}**\n\n", l.analysis));
        for a in &d.report.analysis {
            s.push_str(&format!("- {}\n", cell(a)));
        }
        s.push('\n');
    }
    if !d.report.fixes.is_empty() {
        s.push_str(&format!("**{}**\n\n", l.fixes));
        for (i, fix) in d.report.fixes.iter().enumerate() {
            s.push_str(&format!("{}. {}\n", i + 1, cell(&fix.text)));
            if let Some(code) = &fix.code {
                let block = fenced(code, fix.lang.as_deref().unwrap_or(""));
                for line in block.lines() {
                    s.push_str(&format!("   {line}\n"));
                }
            }
        }
        s.push('\n');
    }
    if !d.report.prevention.is_empty() {
        s.push_str(&format!("**{}**\n\n", l.prevention));
        for p in &d.report.prevention {
            s.push_str(&format!("- {}\n", cell(p)));
        }
        s.push('\n');
    }
    if let Some(text) = &d.labels.support {
        s.push_str(&format!("**{}** {}\n\n", l.support, cell(text)));
    }
    if !d.report.references.is_empty() {
        s.push_str(&format!("**{}**\n\n", l.references));
        for r in &d.report.references {
            s.push_str(&format!("- {}\n", safe(r).replace(['\n', '\t'], " ")));
        }
        s.push('\n');
    }
    s.push_str("</details>\n\n");
    s
}

/// A diagnosis's section with only its cause and first fix.
fn short(l: &Labels, n: usize, d: &Diagnosis) -> String {
    let mut s = opening(n, d);
    if !d.report.cause.is_empty() {
        s.push_str(&format!("**{}** {}\n\n", l.cause, cell(&d.report.cause)));
    }
    if let Some(fix) = d.report.fixes.first() {
        s.push_str(&format!("**{}** {}\n\n", l.fixes, cell(&fix.text)));
    }
    s.push_str(&format!("_{}_\n\n</details>\n\n", cell(&l.trimmed)));
    s
}

impl Printer for Markdown<'_> {
    fn diagnosis(&mut self, d: &Diagnosis, _w: &mut dyn Write) -> io::Result<()> {
        self.diagnoses.push(d.clone());
        Ok(())
    }

    fn finish(&mut self, summary: &Summary, w: &mut dyn Write) -> io::Result<()> {
        let l = self.labels;
        let ds = &self.diagnoses;
        let note = format!("_{}_\n", cell(&l.trimmed));
        let mut head = summary_table(l, summary, ds);
        let mut budget = self.limit.saturating_sub(head.len() + note.len());
        // The overview table: one row per diagnosis, as many as fit.
        if !ds.is_empty() {
            let top = format!(
                "| # | {} | {} | {} | {} | {} |\n| ---: | --- | --- | --- | --- | ---: |\n",
                l.diagnosis, l.category, l.provider, l.location, l.count
            );
            let mut table = top;
            for (i, d) in ds.iter().enumerate() {
                let r = row(i + 1, d);
                if table.len() + r.len() > budget {
                    break;
                }
                table.push_str(&r);
            }
            table.push('\n');
            budget = budget.saturating_sub(table.len());
            head.push_str(&table);
        }
        // Sections: full while the rest still fits shortened, else shortened, else left out.
        let shorts: Vec<String> = ds
            .iter()
            .enumerate()
            .map(|(i, d)| short(l, i + 1, d))
            .collect();
        let mut later: usize = shorts.iter().map(String::len).sum();
        let mut body = String::new();
        let mut trimmed = false;
        for (i, d) in ds.iter().enumerate() {
            later -= shorts[i].len();
            let f = full(l, i + 1, d);
            if body.len() + f.len() + later <= budget {
                body.push_str(&f);
            } else if body.len() + shorts[i].len() <= budget {
                body.push_str(&shorts[i]);
                trimmed = true;
            } else {
                trimmed = true;
            }
        }
        w.write_all(head.as_bytes())?;
        w.write_all(body.as_bytes())?;
        if trimmed {
            w.write_all(note.as_bytes())?;
        }
        Ok(())
    }
}
