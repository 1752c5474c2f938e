//! Input: stdin, files or a paste, read as a stream of numbered lines.
//!
//! Bytes are decoded lossily (invalid UTF-8 never aborts), ANSI escapes are stripped, CRLF
//! becomes LF, and nothing is held beyond the current line, of which at most
//! [`MAX_LINE_BYTES`] are kept (`capped`). Timestamps and container names a logger puts
//! before each line are dropped ([`prefix`]).

mod capped;
pub mod prefix;

use std::io::{self, BufRead};

/// One input line with its 1-based number.
#[derive(Debug, Clone)]
pub struct Line {
    pub no: usize,
    pub text: String,
}

/// Longest line kept whole; longer lines are cut (a minified bundle is not an error message).
pub const MAX_LINE_BYTES: usize = 256 * 1024;

/// Reads `reader` line by line, numbering from 1.
pub fn lines<R: BufRead>(mut reader: R) -> impl Iterator<Item = io::Result<Line>> {
    let mut buf = Vec::new();
    let mut no = 0;
    std::iter::from_fn(move || {
        buf.clear();
        match capped::read_line(&mut reader, &mut buf, MAX_LINE_BYTES) {
            Ok(0) => None,
            Ok(_) => {
                no += 1;
                let mut text = clean(&buf);
                // A logger's timestamp or container name is not part of the error.
                let kept = prefix::strip_stamps(&text).len();
                if kept < text.len() {
                    text.drain(..text.len() - kept);
                }
                Some(Ok(Line { no, text }))
            }
            Err(e) => Some(Err(e)),
        }
    })
}

/// Decodes one raw line: lossy UTF-8, no line ending, no ANSI escapes.
pub fn clean(raw: &[u8]) -> String {
    let mut raw = raw;
    while let [rest @ .., b'\n' | b'\r'] = raw {
        raw = rest;
    }
    let raw = &raw[..raw.len().min(MAX_LINE_BYTES)];
    let text = String::from_utf8_lossy(raw);
    if text.contains('\u{1b}') {
        strip_ansi_escapes::strip_str(&text)
    } else {
        text.into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_lossily_and_strips_escapes() {
        let input: &[u8] = b"a\xff b\r\n\x1b[31mred\x1b[0m\nlast";
        let got: Vec<(usize, String)> = lines(input)
            .map(|l| l.unwrap())
            .map(|l| (l.no, l.text))
            .collect();
        assert_eq!(
            got,
            vec![
                (1, "a\u{fffd} b".into()),
                (2, "red".into()),
                (3, "last".into())
            ]
        );
    }
}
