//! `--format json`: the stable contract, the report type serialized by serde.

use std::io::{self, Write};

use super::{RenderContext, Renderer};
use crate::report::Output;

pub struct Json;

impl Renderer for Json {
    fn render(&self, out: &Output, _ctx: &RenderContext, w: &mut dyn Write) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut *w, out)?;
        writeln!(w)
    }
}
