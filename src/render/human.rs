//! `--format human`: the report as a person reads it, wrapped to the terminal and coloured
//! by section when colour is on.

use std::io::{self, Write};

use colored::{ColoredString, Colorize};

use super::{RenderContext, Renderer};
use crate::i18n;
use crate::report::{Diagnosis, Output};
use crate::wrap;

/// The human printer. `brief` keeps only the first block of each report.
#[derive(Debug, Clone, Copy, Default)]
pub struct Human {
    pub brief: bool,
}

/// Removes control characters from text echoed from the input.
fn safe(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect()
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
        wrap::fill(&safe(text), ctx.width.max(20), first, rest)
    }

    fn heading(ctx: &RenderContext, w: &mut dyn Write, id: &str) -> io::Result<()> {
        let h = Self::ui(ctx, id, &[]);
        writeln!(w, "{}", Self::paint(ctx, &h, |s| s.bold().cyan()))
    }

    /// The error's fields, each with its label, as units that are never split.
    fn fields(d: &Diagnosis, ctx: &RenderContext) -> Vec<String> {
        let f = &d.fields;
        let label = |id: &str, v: &str| format!("{} {v}", Self::ui(ctx, id, &[]));
        let mut out: Vec<String> = Vec::new();
        if let Some(s) = f.status {
            out.push(label("ui-field-status", &s.to_string()));
        }
        if let Some(t) = &f.error_type {
            out.push(label("ui-field-type", t));
        }
        if let Some(c) = &f.error_code {
            out.push(label("ui-field-code", c));
        }
        if let Some(p) = &f.provider {
            out.push(label("ui-field-provider", p));
        }
        if let Some(r) = &f.request_id {
            out.push(Self::ui(ctx, "ui-request-id", &[("id", Some(r.clone()))]));
        }
        out.push(label("ui-field-category", d.category.as_str()));
        // A report shown without an input (`apidiag explain`) has no lines to point at.
        if d.lines.start > 0 {
            out.push(Self::lines(d, ctx));
        }
        out.into_iter().map(|s| safe(&s)).collect()
    }

    fn lines(d: &Diagnosis, ctx: &RenderContext) -> String {
        let start = Some(d.lines.start.to_string());
        if d.count > 1 {
            Self::ui(
                ctx,
                "ui-lines-repeated",
                &[("start", start), ("count", Some(d.count.to_string()))],
            )
        } else if d.lines.start == d.lines.end {
            Self::ui(ctx, "ui-line", &[("start", start)])
        } else {
            Self::ui(
                ctx,
                "ui-lines",
                &[("start", start), ("end", Some(d.lines.end.to_string()))],
            )
        }
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
        let missing = Self::ui(ctx, "ui-not-found", &[]);
        for (name, value) in &all {
            let first = format!("  {name:<name_width$}  ");
            let rest = " ".repeat(first.len());
            let text = match value {
                Some(v) => Self::wrap(ctx, v, &first, &rest),
                None => format!("{first}{}", Self::paint(ctx, &missing, |s| s.dimmed())),
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
            Self::ui(ctx, "ui-message", &[]),
            Self::ui(ctx, "ui-cause", &[]),
            Self::ui(ctx, "ui-fix-first", &[]),
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
            cut.message = part(w, &labels[0], m, MESSAGE_LINES)?;
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
            cut.cause = part(w, &labels[1], &d.report.cause, CAUSE_LINES)?;
        }
        if let Some(fix) = d.report.fixes.first() {
            part(w, &labels[2], &fix.text, 1)?;
        }
        Ok(cut)
    }

    fn one(
        &self,
        n: usize,
        d: &Diagnosis,
        ctx: &RenderContext,
        w: &mut dyn Write,
    ) -> io::Result<()> {
        let f = &d.fields;
        let cut = Self::first_block(n, d, ctx, w)?;
        if self.brief {
            return Ok(());
        }
        if d.fallback {
            writeln!(w)?;
            Self::heading(ctx, w, "ui-extracted")?;
            Self::extracted(d, ctx, w)?;
        }
        if let (true, Some(m)) = (cut.message, &f.message) {
            writeln!(w)?;
            Self::heading(ctx, w, "ui-message")?;
            writeln!(w, "{}", Self::wrap(ctx, m, "  ", "  "))?;
            if let Some(t) = &d.report.translation {
                writeln!(w, "{}", Self::wrap(ctx, t, "  → ", "    "))?;
            }
        }
        if cut.cause {
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
            self.one(i + 1, d, ctx, w)?;
        }
        Ok(())
    }
}
