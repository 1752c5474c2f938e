//! `--format human`: the report as a person reads it, wrapped to the terminal and coloured
//! by section when colour is on.

use std::io::{self, Write};

use colored::{ColoredString, Colorize};

use super::{safe, sanitize, Printer, RenderContext};
use crate::report::{Diagnosis, Summary};
use crate::wrap;

/// The human printer: a first block that fits one screen, then the rest of the report.
pub struct Human<'a> {
    ctx: RenderContext<'a>,
    /// Only the first block of each report.
    brief: bool,
    /// Diagnoses printed so far.
    printed: usize,
}

/// Lines the first block gives each part before cutting it with `…`.
const MESSAGE_LINES: usize = 3;
const TRANSLATION_LINES: usize = 2;
const CAUSE_LINES: usize = 3;

/// Indent of code under a fix: spaces only, so that a copied block runs as it is.
const CODE_INDENT: &str = "     ";

/// What the first block cut short, to be shown whole in the rest of the report.
struct Cut {
    message: bool,
    cause: bool,
}

impl<'a> Human<'a> {
    /// The whole report.
    pub fn new(ctx: RenderContext<'a>) -> Human<'a> {
        Human {
            ctx,
            brief: false,
            printed: 0,
        }
    }

    /// Only the first block of each report (`--brief`).
    pub fn brief(ctx: RenderContext<'a>) -> Human<'a> {
        Human {
            brief: true,
            ..Human::new(ctx)
        }
    }

    fn paint(ctx: &RenderContext, s: &str, f: fn(&str) -> ColoredString) -> String {
        if ctx.color {
            f(s).to_string()
        } else {
            s.to_string()
        }
    }

    fn wrap(ctx: &RenderContext, text: &str, first: &str, rest: &str) -> String {
        wrap::fill(&safe(text), ctx.width.max(20), first, rest)
    }

    fn heading(ctx: &RenderContext, w: &mut dyn Write, h: &str) -> io::Result<()> {
        writeln!(w, "{}", Self::paint(ctx, h, |s| s.bold().cyan()))
    }

    /// The error's fields, each with its label, as units that are never split.
    fn fields(d: &Diagnosis, ctx: &RenderContext) -> Vec<String> {
        let (f, l) = (&d.fields, ctx.labels);
        let label = |label: &str, v: &str| format!("{label} {v}");
        let mut out: Vec<String> = Vec::new();
        if let Some(s) = f.status {
            out.push(label(&l.field_status, &s.to_string()));
        }
        if let Some(t) = &f.error_type {
            out.push(label(&l.field_type, t));
        }
        if let Some(c) = &f.error_code {
            out.push(label(&l.field_code, c));
        }
        if let Some(p) = &f.provider {
            out.push(label(&l.field_provider, p));
        }
        out.extend(d.labels.request_id.iter().cloned());
        out.push(label(&l.field_category, d.category.as_str()));
        // A report shown without an input (`apidiag explain`) has no lines to point at.
        if !d.labels.location.is_empty() {
            out.push(d.labels.location.clone());
        }
        out.into_iter().map(|s| safe(&s)).collect()
    }

    /// Every field, with its value or "not found", for a general (fallback) report.
    fn extracted(d: &Diagnosis, ctx: &RenderContext, w: &mut dyn Write) -> io::Result<()> {
        let f = &d.fields;
        let all: [(&str, Option<String>); 8] = [
            ("status", f.status.map(|s| s.to_string())),
            ("exception", f.exception.clone()),
            ("error_type", f.error_type.clone()),
            ("error_code", f.error_code.clone()),
            ("message", f.message.clone()),
            ("request_id", f.request_id.clone()),
            ("provider", f.provider.clone()),
            ("client", f.client.clone()),
        ];
        let name_width = all.iter().map(|(n, _)| n.len()).max().unwrap_or(0);
        let missing = &ctx.labels.not_found;
        for (name, value) in &all {
            let first = format!("  {name:<name_width$}  ");
            let rest = " ".repeat(first.len());
            let text = match value {
                Some(v) => Self::wrap(ctx, v, &first, &rest),
                None => format!("{first}{}", Self::paint(ctx, missing, |s| s.dimmed())),
            };
            writeln!(w, "{text}")?;
        }
        Ok(())
    }

    /// Packs units into lines of `width` columns, joined by ` · `, never splitting one.
    fn pack(units: &[String], width: usize, indent: &str) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        let mut line = String::new();
        for u in units {
            if line.is_empty() {
                line = format!("{indent}{u}");
            } else if wrap::width(&line) + 3 + wrap::width(u) <= width {
                line.push_str(" · ");
                line.push_str(u);
            } else {
                lines.push(std::mem::take(&mut line));
                line = format!("{indent}{u}");
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
        lines
    }

    /// The first screen: title, fields, message and translation, cause, the first fix in one
    /// line. Long parts are cut with `…` and shown whole further down.
    fn first_block(
        n: usize,
        d: &Diagnosis,
        ctx: &RenderContext,
        w: &mut dyn Write,
    ) -> io::Result<Cut> {
        let width = ctx.width.max(20);
        let head = Self::wrap(ctx, &d.report.title, &format!("{n}. "), "   ");
        writeln!(w, "{}", Self::paint(ctx, &head, |s| s.bold().red()))?;
        for line in Self::pack(&Self::fields(d, ctx), width, "   ") {
            writeln!(w, "{}", Self::paint(ctx, &line, |s| s.dimmed()))?;
        }
        let labels = [
            &ctx.labels.message,
            &ctx.labels.cause,
            &ctx.labels.fix_first,
        ];
        let col = labels.iter().map(|l| wrap::width(l)).max().unwrap_or(0) + 2;
        let pad = " ".repeat(3 + col);
        let label = |l: &str| {
            let padded = format!("{l}{}", " ".repeat(col - wrap::width(l)));
            format!("   {}", Self::paint(ctx, &padded, |s| s.bold().cyan()))
        };
        // The coloured label is wider in bytes than on screen: wrap with plain padding, then
        // put the label in.
        let part = |w: &mut dyn Write, l: &str, text: &str, max: usize| -> io::Result<bool> {
            let (text, cut) = wrap::clip(&safe(text), width, &pad, &pad, max);
            let body = text.strip_prefix(pad.as_str()).unwrap_or(&text);
            writeln!(w, "{}{body}", label(l))?;
            Ok(cut)
        };
        let mut cut = Cut {
            message: false,
            cause: false,
        };
        if let Some(m) = &d.fields.message {
            cut.message = part(w, labels[0], m, MESSAGE_LINES)?;
            if let Some(t) = &d.report.translation {
                let arrow = format!("{pad}→ ");
                let (t, c) = wrap::clip(
                    &safe(t),
                    width,
                    &arrow,
                    &format!("{pad}  "),
                    TRANSLATION_LINES,
                );
                writeln!(w, "{t}")?;
                cut.message |= c;
            }
        }
        if !d.report.cause.is_empty() {
            cut.cause = part(w, labels[1], &d.report.cause, CAUSE_LINES)?;
        }
        if let Some(fix) = d.report.fixes.first() {
            part(w, labels[2], &fix.text, 1)?;
        }
        Ok(cut)
    }

    fn one(
        brief: bool,
        n: usize,
        d: &Diagnosis,
        ctx: &RenderContext,
        w: &mut dyn Write,
    ) -> io::Result<()> {
        let (f, l) = (&d.fields, ctx.labels);
        let cut = Self::first_block(n, d, ctx, w)?;
        if brief {
            return Ok(());
        }
        if d.fallback {
            writeln!(w)?;
            Self::heading(ctx, w, &l.extracted)?;
            Self::extracted(d, ctx, w)?;
        }
        if let (true, Some(m)) = (cut.message, &f.message) {
            writeln!(w)?;
            Self::heading(ctx, w, &l.message)?;
            writeln!(w, "{}", Self::wrap(ctx, m, "  ", "  "))?;
            if let Some(t) = &d.report.translation {
                writeln!(w, "{}", Self::wrap(ctx, t, "  → ", "    "))?;
            }
        }
        if cut.cause {
            writeln!(w)?;
            Self::heading(ctx, w, &l.cause)?;
            writeln!(w, "{}", Self::wrap(ctx, &d.report.cause, "  ", "  "))?;
        }
        if !d.report.analysis.is_empty() {
            writeln!(w)?;
            Self::heading(ctx, w, &l.analysis)?;
            for a in &d.report.analysis {
                writeln!(w, "{}", Self::wrap(ctx, a, "  • ", "    "))?;
            }
        }
        if !d.report.fixes.is_empty() {
            writeln!(w)?;
            Self::heading(ctx, w, &l.fixes)?;
            for (i, fix) in d.report.fixes.iter().enumerate() {
                let first = format!("  {}. ", i + 1);
                writeln!(w, "{}", Self::wrap(ctx, &fix.text, &first, "     "))?;
                if let Some(code) = &fix.code {
                    // Never wrapped, no margin characters: copied lines run as they are.
                    for line in code.lines() {
                        if line.is_empty() {
                            writeln!(w)?;
                        } else {
                            writeln!(w, "{CODE_INDENT}{}", Self::paint(ctx, line, |s| s.green()))?;
                        }
                    }
                }
            }
        }
        if !d.report.prevention.is_empty() {
            writeln!(w)?;
            Self::heading(ctx, w, &l.prevention)?;
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
            Self::heading(ctx, w, &l.support)?;
            writeln!(w, "{}", Self::wrap(ctx, text, "  ", "  "))?;
        }
        if !d.report.references.is_empty() {
            writeln!(w)?;
            Self::heading(ctx, w, &l.references)?;
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
        // Text from the input shows its control characters escaped, never emitted.
        let d = sanitize::diagnosis(d);
        Self::one(self.brief, self.printed, &d, &self.ctx, w)
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
