//! The short table that closes a human report of several errors: how many, by category and
//! by provider.

use std::io::{self, Write};

use colored::Colorize;

use super::RenderContext;
use crate::report::Summary;

/// Writes the summary table after the last diagnosis.
pub fn write(ctx: &RenderContext, summary: &Summary, w: &mut dyn Write) -> io::Result<()> {
    let l = ctx.labels;
    writeln!(w, "\n{}", "═".repeat(ctx.width.clamp(40, 80)))?;
    let head = format!("{} · {}: {}", l.summary, l.errors, summary.errors);
    if ctx.color {
        writeln!(w, "{}", head.bold())?;
    } else {
        writeln!(w, "{head}")?;
    }
    let mut providers: Vec<(&str, usize)> = summary
        .by_provider
        .iter()
        .map(|(k, n)| (k.as_str(), *n))
        .collect();
    providers.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let rows = [
        (l.category.as_str(), summary.categories()),
        (l.provider.as_str(), providers),
    ];
    let width = rows
        .iter()
        .flat_map(|(h, r)| std::iter::once(*h).chain(r.iter().map(|(k, _)| *k)))
        .map(|s| s.chars().count())
        .max()
        .unwrap_or(8);
    for (heading, list) in rows {
        writeln!(w, "  {heading:<width$}  {}", l.count)?;
        for (name, n) in list {
            writeln!(
                w,
                "    {name:<width$}{n:>w2$}",
                w2 = l.count.chars().count()
            )?;
        }
    }
    Ok(())
}
