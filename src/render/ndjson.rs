//! `--format ndjson`: one diagnosis object per line and per occurrence (`count` 1), written
//! as soon as the occurrence is complete, for piping into other tools.

use std::io::{self, Write};

use super::Printer;
use crate::report::{Diagnosis, Summary};

pub struct Ndjson;

impl Printer for Ndjson {
    fn occurrence(&mut self, d: &Diagnosis, w: &mut dyn Write) -> io::Result<()> {
        serde_json::to_writer(&mut *w, d)?;
        writeln!(w)?;
        // A reader following the stream sees each error when it happens.
        w.flush()
    }

    fn diagnosis(&mut self, _d: &Diagnosis, _w: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }

    fn finish(&mut self, _summary: &Summary, _w: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}
