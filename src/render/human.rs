//! `--format human`: the report as a person reads it, wrapped to the terminal and coloured
//! by section when colour is on.

use std::io::{self, Write};

use colored::{ColoredString, Colorize};

use super::{safe, Printer, RenderContext};
use crate::report::{Diagnosis, Summary};

pub struct Human<'a> {
    ctx: RenderContext<'a>,
    /// Diagnoses printed so far.
    printed: usize,
}

impl<'a> Human<'a> {
    pub fn new(ctx: RenderContext<'a>) -> Human<'a> {
        Human { ctx, printed: 0 }
    }

    fn paint(ctx: &RenderContext, s: &str, f: fn(&str) -> ColoredString) -> String {
        if ctx.color {
            f(s).to_string()
        } else {
            s.to_string()
        }
    }

    fn wrap(ctx: &RenderContext, text: &str, first: &str, rest: &str) -> String {
        // Latin text breaks at spaces only (never inside a URL or `1-1`); text with CJK
        // needs Unicode line-break rules, since it has no spaces between words.
        let cjk = text.chars().any(|c| ('\u{2e80}'..='\u{9fff}').contains(&c));
        let separator = if cjk {
            textwrap::WordSeparator::UnicodeBreakProperties
        } else {
            textwrap::WordSeparator::AsciiSpace
        };
        let opts = textwrap::Options::new(ctx.width.max(40))
            .initial_indent(first)
            .subsequent_indent(rest)
            .word_separator(separator)
            .word_splitter(textwrap::WordSplitter::NoHyphenation)
            .break_words(true);
        textwrap::fill(&safe(text), opts)
    }

    fn heading(ctx: &RenderContext, w: &mut dyn Write, h: &str) -> io::Result<()> {
        writeln!(w, "{}", Self::paint(ctx, h, |s| s.bold().cyan()))
    }

    fn one(n: usize, d: &Diagnosis, ctx: &RenderContext, w: &mut dyn Write) -> io::Result<()> {
        let f = &d.fields;
        let labels = ctx.labels;
        let mut summary: Vec<String> = Vec::new();
        if let Some(s) = f.status {
            summary.push(format!("HTTP {s}"));
        }
        summary.extend(f.error_type.iter().cloned());
        summary.extend(f.error_code.iter().cloned());
        summary.extend(f.provider.iter().cloned());
        summary.extend(d.labels.request_id.iter().cloned());
        summary.push(d.category.as_str().to_string());
        let head = Self::wrap(ctx, &d.report.title, &format!("{n}. "), "   ");
        writeln!(w, "{}", Self::paint(ctx, &head, |s| s.bold().red()))?;
        // A report shown without an input (`apidiag explain`) has no lines to point at.
        if !d.labels.location.is_empty() {
            summary.push(d.labels.location.clone());
        }
        let line = Self::wrap(ctx, &summary.join(" · "), "   ", "   ");
        writeln!(w, "{}", Self::paint(ctx, &line, |s| s.dimmed()))?;
        if let Some(m) = &f.message {
            writeln!(w)?;
            Self::heading(ctx, w, &labels.message)?;
            writeln!(w, "{}", Self::wrap(ctx, m, "  ", "  "))?;
            if let Some(t) = &d.report.translation {
                writeln!(w, "{}", Self::wrap(ctx, t, "  → ", "    "))?;
            }
        }
        if !d.report.cause.is_empty() {
            writeln!(w)?;
            Self::heading(ctx, w, &labels.cause)?;
            writeln!(w, "{}", Self::wrap(ctx, &d.report.cause, "  ", "  "))?;
        }
        if !d.report.analysis.is_empty() {
            writeln!(w)?;
            Self::heading(ctx, w, &labels.analysis)?;
            for a in &d.report.analysis {
                writeln!(w, "{}", Self::wrap(ctx, a, "  • ", "    "))?;
            }
        }
        if !d.report.fixes.is_empty() {
            writeln!(w)?;
            Self::heading(ctx, w, &labels.fixes)?;
            for (i, fix) in d.report.fixes.iter().enumerate() {
                let first = format!("  {}. ", i + 1);
                writeln!(w, "{}", Self::wrap(ctx, &fix.text, &first, "     "))?;
                if let Some(code) = &fix.code {
                    for line in code.lines() {
                        writeln!(
                            w,
                            "     {}",
                            Self::paint(ctx, &format!("│ {line}"), |s| s.green())
                        )?;
                    }
                }
            }
        }
        if !d.report.prevention.is_empty() {
            writeln!(w)?;
            Self::heading(ctx, w, &labels.prevention)?;
            for p in &d.report.prevention {
                writeln!(w, "{}", Self::wrap(ctx, p, "  • ", "    "))?;
            }
        }
        if let Some(retry) = &d.labels.retry {
            writeln!(w)?;
            writeln!(w, "{}", Self::wrap(ctx, retry, "  ", "  "))?;
        }
        if let Some(text) = &d.labels.support {
            writeln!(w)?;
            Self::heading(ctx, w, &labels.support)?;
            writeln!(w, "{}", Self::wrap(ctx, text, "  ", "  "))?;
        }
        if !d.report.references.is_empty() {
            writeln!(w)?;
            Self::heading(ctx, w, &labels.references)?;
            for r in &d.report.references {
                writeln!(w, "  {}", Self::paint(ctx, r, |s| s.underline()))?;
            }
        }
        Ok(())
    }
}

impl Printer for Human<'_> {
    fn diagnosis(&mut self, d: &Diagnosis, w: &mut dyn Write) -> io::Result<()> {
        if self.printed > 0 {
            writeln!(w, "\n{}", "─".repeat(self.ctx.width.clamp(40, 80)))?;
        }
        self.printed += 1;
        Self::one(self.printed, d, &self.ctx, w)
    }

    fn finish(&mut self, summary: &Summary, w: &mut dyn Write) -> io::Result<()> {
        if self.printed == 0 {
            return writeln!(w, "{}", self.ctx.labels.none_found);
        }
        // One error needs no tally; several get a short table of where they fall.
        if summary.errors > 1 {
            super::human_summary::write(&self.ctx, summary, w)?;
        }
        Ok(())
    }
}
