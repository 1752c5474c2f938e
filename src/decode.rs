//! Recognising UTF-16 input and turning it into UTF-8 before lines are read.
//!
//! Windows PowerShell's `>` redirection writes UTF-16 (with a byte-order mark); other tools
//! write it without one, which shows as ASCII interleaved with NUL bytes. Both are decoded
//! with `encoding_rs`; anything else passes through untouched (and is decoded lossily as
//! UTF-8 by [`crate::input`]).

use std::io::{self, BufRead, BufReader, Read};

use encoding_rs::{Decoder, Encoding, UTF_16BE, UTF_16LE};

/// The input, as UTF-8 bytes.
pub enum Decoded<R> {
    Utf8(R),
    Utf16(BufReader<Utf16<R>>),
}

/// The UTF-16 variant the first bytes show, if any.
pub fn sniff(head: &[u8]) -> Option<&'static Encoding> {
    // A byte-order mark, unless what follows is plainly 8-bit text (stray bytes before an
    // ASCII line): UTF-16 never shows four printable ASCII bytes in a row without a NUL.
    let text_follows = |rest: &[u8]| {
        rest.len() >= 4
            && rest
                .iter()
                .take(16)
                .all(|&b| b == b'\n' || b == b'\r' || b == b'\t' || (b' '..=b'~').contains(&b))
    };
    match head {
        [0xFF, 0xFE, rest @ ..] if !text_follows(rest) => return Some(UTF_16LE),
        [0xFE, 0xFF, rest @ ..] if !text_follows(rest) => return Some(UTF_16BE),
        _ => {}
    }
    let pairs: Vec<&[u8]> = head.chunks_exact(2).take(32).collect();
    if pairs.len() < 2 {
        return None;
    }
    // Mostly ASCII with a NUL beside each character; a few other characters are allowed.
    let ascii = |b: u8| b != 0 && b.is_ascii();
    let most = |n: usize| n * 4 >= pairs.len() * 3;
    if most(pairs.iter().filter(|p| ascii(p[0]) && p[1] == 0).count()) {
        Some(UTF_16LE)
    } else if most(pairs.iter().filter(|p| p[0] == 0 && ascii(p[1])).count()) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Wraps `reader` so that it yields UTF-8 when the input is UTF-16.
pub fn reader<R: BufRead>(mut reader: R) -> io::Result<Decoded<R>> {
    let encoding = sniff(reader.fill_buf()?);
    Ok(match encoding {
        Some(e) => Decoded::Utf16(BufReader::new(Utf16 {
            inner: reader,
            decoder: e.new_decoder(),
            pending: Vec::new(),
            at: 0,
            done: false,
        })),
        None => Decoded::Utf8(reader),
    })
}

/// A UTF-16 byte stream read as UTF-8.
pub struct Utf16<R> {
    inner: R,
    decoder: Decoder,
    pending: Vec<u8>,
    at: usize,
    done: bool,
}

impl<R: Read> Read for Utf16<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.at == self.pending.len() && !self.done {
            let mut raw = [0u8; 8192];
            let n = self.inner.read(&mut raw)?;
            let last = n == 0;
            let mut out = vec![0u8; self.decoder.max_utf8_buffer_length(n).unwrap_or(4 * n + 16)];
            let (_, _, written, _) = self.decoder.decode_to_utf8(&raw[..n], &mut out, last);
            out.truncate(written);
            self.pending = out;
            self.at = 0;
            self.done = last;
        }
        let n = buf.len().min(self.pending.len() - self.at);
        buf[..n].copy_from_slice(&self.pending[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

impl<R: BufRead> Read for Decoded<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Decoded::Utf8(r) => r.read(buf),
            Decoded::Utf16(r) => r.read(buf),
        }
    }
}

impl<R: BufRead> BufRead for Decoded<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        match self {
            Decoded::Utf8(r) => r.fill_buf(),
            Decoded::Utf16(r) => r.fill_buf(),
        }
    }

    fn consume(&mut self, amt: usize) {
        match self {
            Decoded::Utf8(r) => r.consume(amt),
            Decoded::Utf16(r) => r.consume(amt),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(s: &str, bom: bool) -> Vec<u8> {
        let mut out = if bom { vec![0xFF, 0xFE] } else { Vec::new() };
        out.extend(s.encode_utf16().flat_map(|u| u.to_le_bytes()));
        out
    }

    fn decode(bytes: &[u8]) -> String {
        let mut s = String::new();
        reader(bytes).unwrap().read_to_string(&mut s).unwrap();
        s
    }

    #[test]
    fn powershell_redirection_is_read() {
        let text = "Error code: 401\r\n{\"message\": \"无效的令牌\"}\r\n";
        assert_eq!(decode(&utf16le(text, true)), text);
        assert_eq!(decode(&utf16le(text, false)), text);
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain(text.encode_utf16().flat_map(|u| u.to_be_bytes()))
            .collect();
        assert_eq!(decode(&be), text);
    }

    #[test]
    fn utf8_passes_through() {
        assert_eq!(decode("plain ascii\n".as_bytes()), "plain ascii\n");
        assert_eq!(decode("无效的令牌\n".as_bytes()), "无效的令牌\n");
        assert_eq!(sniff(b"a\0"), None);
        assert_eq!(sniff(b"\xff\xfe HTTP/1.1 503"), None);
    }
}
