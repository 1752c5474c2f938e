//! `--format json`: the stable contract, one object for the whole input, written as the
//! diagnoses come: each is the report type serialized by serde.

use std::io::{self, Write};

use serde::Serialize;

use super::Printer;
use crate::report::{Diagnosis, Summary};

#[derive(Default)]
pub struct Json {
    written: usize,
}

/// Writes `value` pretty-printed, its lines after the first indented by `indent`, so that it
/// nests in the enclosing object.
fn nested(w: &mut dyn Write, value: &impl Serialize, indent: &str) -> io::Result<()> {
    let text = serde_json::to_string_pretty(value)?;
    // Pretty JSON escapes newlines inside strings, so every line break here is structural.
    w.write_all(text.replace('\n', &format!("\n{indent}")).as_bytes())
}

const HEAD: &str = "{\n  \"version\": 1,\n  \"diagnoses\": [";

impl Printer for Json {
    fn diagnosis(&mut self, d: &Diagnosis, w: &mut dyn Write) -> io::Result<()> {
        let sep = if self.written == 0 { HEAD } else { "," };
        write!(w, "{sep}\n    ")?;
        nested(w, d, "    ")?;
        self.written += 1;
        Ok(())
    }

    fn finish(&mut self, summary: &Summary, w: &mut dyn Write) -> io::Result<()> {
        if self.written == 0 {
            write!(w, "{HEAD}],\n  \"summary\": ")?;
        } else {
            write!(w, "\n  ],\n  \"summary\": ")?;
        }
        nested(w, summary, "  ")?;
        writeln!(w, "\n}}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Output;

    #[test]
    fn streamed_json_is_the_serialized_output() {
        let engine = crate::Engine::new(&crate::Config::default()).unwrap();
        let out = engine.diagnose(
            "HTTP/1.1 429 Too Many Requests\n\nfine\nfine\nfine\nfine\nfine\nHTTP/1.1 401 Unauthorized\n",
        );
        assert_eq!(out.diagnoses.len(), 2);
        for out in [out, Output::new(Vec::new())] {
            let mut buf = Vec::new();
            super::super::print_all(&mut Json::default(), &out, &mut buf).unwrap();
            let got: serde_json::Value = serde_json::from_slice(&buf).unwrap();
            assert_eq!(got, serde_json::to_value(&out).unwrap());
            let pretty = serde_json::to_string_pretty(&out).unwrap() + "\n";
            assert_eq!(String::from_utf8(buf).unwrap(), pretty);
        }
    }
}
