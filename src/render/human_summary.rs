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
    // Columns line up by display width: a CJK character takes two cells.
    let cells = textwrap::core::display_width;
    let width = rows
        .iter()
        .flat_map(|(h, r)| std::iter::once(*h).chain(r.iter().map(|(k, _)| *k)))
        .map(cells)
        .max()
        .unwrap_or(8);
    let pad = |s: &str, to: usize| format!("{s}{}", " ".repeat(to.saturating_sub(cells(s))));
    for (heading, list) in rows {
        writeln!(w, "  {}  {}", pad(heading, width), l.count)?;
        for (name, n) in list {
            let count = n.to_string();
            let gap = " ".repeat(cells(&l.count).saturating_sub(count.len()));
            writeln!(w, "    {}{gap}{count}", pad(name, width))?;
        }
    }
    Ok(())
}
