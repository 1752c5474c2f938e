//! `--format human`: the report as a person reads it, wrapped to the terminal and coloured
//! by section when colour is on.

use std::io::{self, Write};

use colored::{ColoredString, Colorize};

use super::{sanitize, RenderContext, Renderer};
use crate::i18n;
use crate::report::{Diagnosis, Output};

pub struct Human;

impl Human {
    fn ui(ctx: &RenderContext, id: &str, args: &[(&'static str, Option<String>)]) -> String {
        let a = i18n::args(args);
        ctx.texts
            .format(ctx.locale, id, None, &a)
            .unwrap_or_else(|| id.to_string())
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
        textwrap::fill(text, opts)
    }

    fn heading(ctx: &RenderContext, w: &mut dyn Write, id: &str) -> io::Result<()> {
        let h = Self::ui(ctx, id, &[]);
        writeln!(w, "{}", Self::paint(ctx, &h, |s| s.bold().cyan()))
    }

    fn one(
        &self,
        n: usize,
        d: &Diagnosis,
        ctx: &RenderContext,
        w: &mut dyn Write,
    ) -> io::Result<()> {
        let f = &d.fields;
        let mut summary: Vec<String> = Vec::new();
        if let Some(s) = f.status {
            summary.push(format!("HTTP {s}"));
        }
        summary.extend(f.error_type.iter().cloned());
        summary.extend(f.error_code.iter().cloned());
        summary.extend(f.provider.iter().cloned());
        if let Some(r) = &f.request_id {
            summary.push(Self::ui(ctx, "ui-request-id", &[("id", Some(r.clone()))]));
        }
        summary.push(d.category.as_str().to_string());
        let lines = if d.count > 1 {
            Self::ui(
                ctx,
                "ui-lines-repeated",
                &[
                    ("start", Some(d.lines.start.to_string())),
                    ("count", Some(d.count.to_string())),
                ],
            )
        } else if d.lines.start == d.lines.end {
            Self::ui(
                ctx,
                "ui-line",
                &[("start", Some(d.lines.start.to_string()))],
            )
        } else {
            Self::ui(
                ctx,
                "ui-lines",
                &[
                    ("start", Some(d.lines.start.to_string())),
                    ("end", Some(d.lines.end.to_string())),
                ],
            )
        };
        let head = Self::wrap(ctx, &d.report.title, &format!("{n}. "), "   ");
        writeln!(w, "{}", Self::paint(ctx, &head, |s| s.bold().red()))?;
        // A report shown without an input (`apidiag explain`) has no lines to point at.
        if d.lines.start > 0 {
            summary.push(lines);
        }
        let line = Self::wrap(ctx, &summary.join(" · "), "   ", "   ");
        writeln!(w, "{}", Self::paint(ctx, &line, |s| s.dimmed()))?;
        if let Some(m) = &f.message {
            writeln!(w)?;
            Self::heading(ctx, w, "ui-message")?;
            writeln!(w, "{}", Self::wrap(ctx, m, "  ", "  "))?;
            if let Some(t) = &d.report.translation {
                writeln!(w, "{}", Self::wrap(ctx, t, "  → ", "    "))?;
            }
        }
        if !d.report.cause.is_empty() {
            writeln!(w)?;
            Self::heading(ctx, w, "ui-cause")?;
            writeln!(w, "{}", Self::wrap(ctx, &d.report.cause, "  ", "  "))?;
        }
        if !d.report.analysis.is_empty() {
            writeln!(w)?;
            Self::heading(ctx, w, "ui-analysis")?;
            for a in &d.report.analysis {
                writeln!(w, "{}", Self::wrap(ctx, a, "  • ", "    "))?;
            }
        }
        if !d.report.fixes.is_empty() {
            writeln!(w)?;
            Self::heading(ctx, w, "ui-fixes")?;
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
            Self::heading(ctx, w, "ui-prevention")?;
            for p in &d.report.prevention {
                writeln!(w, "{}", Self::wrap(ctx, p, "  • ", "    "))?;
            }
        }
        if let Some(retry) = d.retryable {
            writeln!(w)?;
            let id = if retry { "ui-retry-yes" } else { "ui-retry-no" };
            writeln!(
                w,
                "{}",
                Self::wrap(ctx, &Self::ui(ctx, id, &[]), "  ", "  ")
            )?;
        }
        if let Some(r) = &f.request_id {
            writeln!(w)?;
            Self::heading(ctx, w, "ui-support")?;
            let text = Self::ui(ctx, "ui-support-text", &[("id", Some(r.clone()))]);
            writeln!(w, "{}", Self::wrap(ctx, &text, "  ", "  "))?;
        }
        if !d.report.references.is_empty() {
            writeln!(w)?;
            Self::heading(ctx, w, "ui-references")?;
            for r in &d.report.references {
                writeln!(w, "  {}", Self::paint(ctx, r, |s| s.underline()))?;
            }
        }
        Ok(())
    }
}

impl Renderer for Human {
    fn render(&self, out: &Output, ctx: &RenderContext, w: &mut dyn Write) -> io::Result<()> {
        if out.diagnoses.is_empty() {
            return writeln!(w, "{}", Self::ui(ctx, "ui-none-found", &[]));
        }
        for (i, d) in out.diagnoses.iter().enumerate() {
            if i > 0 {
                writeln!(w, "\n{}", "─".repeat(ctx.width.clamp(40, 80)))?;
            }
            self.one(i + 1, &sanitize::diagnosis(d), ctx, w)?;
        }
        Ok(())
    }
}
