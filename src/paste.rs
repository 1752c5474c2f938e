//! Interactive paste: reading standard input when it is a terminal.
//!
//! A terminal in canonical mode hands over one line per `read`. Ctrl-D on an empty line ends
//! the input; Ctrl-D after some text on the current line only hands that text over, without a
//! newline, and a plain reader would then wait for a second Ctrl-D. [`PasteReader`] treats a
//! read that does not end in a newline as the end of the paste, so one Ctrl-D always ends it,
//! whatever the last line. Ctrl-C keeps its default meaning: the process ends (status 130 in
//! the shell) without printing anything.

use std::io::{self, Read, Write};

/// Large enough for a whole canonical-mode line (the kernel keeps at most 4096 bytes of one).
const CHUNK: usize = 64 * 1024;

/// A reader over a terminal that ends at the first Ctrl-D.
pub struct PasteReader<R> {
    inner: R,
    done: bool,
    /// Whether the last byte handed over was a newline (or nothing was read at all).
    ended_with_newline: bool,
}

impl<R: Read> PasteReader<R> {
    pub fn new(inner: R) -> Self {
        PasteReader {
            inner,
            done: false,
            ended_with_newline: true,
        }
    }

    /// Whether the paste ended at the start of a line, i.e. the cursor is in column 1.
    pub fn ended_with_newline(&self) -> bool {
        self.ended_with_newline
    }
}

impl<R: Read> Read for PasteReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.done || buf.is_empty() {
            return Ok(0);
        }
        let n = self.inner.read(buf)?;
        if n == 0 {
            self.done = true;
            return Ok(0);
        }
        self.ended_with_newline = buf[n - 1] == b'\n';
        // A short read without a newline is what Ctrl-D after text on a line produces.
        if !self.ended_with_newline && n < buf.len() {
            self.done = true;
        }
        Ok(n)
    }
}

/// Reads a whole paste from `inner` (a terminal), ending at the first Ctrl-D.
///
/// Returns the bytes and whether they ended with a newline.
pub fn read_paste<R: Read>(inner: R) -> io::Result<(Vec<u8>, bool)> {
    let mut reader = PasteReader::new(inner);
    let mut all = Vec::new();
    let mut chunk = vec![0u8; CHUNK];
    loop {
        let n = reader.read(&mut chunk)?;
        if n == 0 {
            break;
        }
        all.extend_from_slice(&chunk[..n]);
    }
    Ok((all, reader.ended_with_newline()))
}

/// Separates the paste on screen from the report that follows: ends the pasted line when
/// Ctrl-D left the cursor after it, then leaves one blank line.
pub fn separate(screen: &mut dyn Write, ended_with_newline: bool) -> io::Result<()> {
    if !ended_with_newline {
        writeln!(screen)?;
    }
    writeln!(screen)?;
    screen.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hands over one scripted `read` result per call, as a terminal does.
    struct Terminal(Vec<&'static [u8]>);

    impl Read for Terminal {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.0.is_empty() {
                panic!("read past the end of the paste: a second Ctrl-D would be needed");
            }
            let next = self.0.remove(0);
            buf[..next.len()].copy_from_slice(next);
            Ok(next.len())
        }
    }

    #[test]
    fn ctrl_d_after_a_line_without_newline_ends_the_paste() {
        let tty = Terminal(vec![b"first line\n", b"last without newline"]);
        let (got, nl) = read_paste(tty).unwrap();
        assert_eq!(got, b"first line\nlast without newline");
        assert!(!nl);
    }

    #[test]
    fn ctrl_d_on_an_empty_line_ends_the_paste() {
        let tty = Terminal(vec![b"one\n", b"two\n", b""]);
        let (got, nl) = read_paste(tty).unwrap();
        assert_eq!(got, b"one\ntwo\n");
        assert!(nl);
    }

    #[test]
    fn the_separator_leaves_one_blank_line() {
        let mut screen = Vec::new();
        separate(&mut screen, false).unwrap();
        assert_eq!(screen, b"\n\n");
        let mut screen = Vec::new();
        separate(&mut screen, true).unwrap();
        assert_eq!(screen, b"\n");
    }
}
