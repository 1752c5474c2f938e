//! Reading one line with a cap on what is kept: the rest of an over-long line is skipped
//! straight from the reader's buffer, so a single 300 MB line costs no more memory than the cap.

use std::io::{self, BufRead};

/// Reads the next line into `buf` (cleared first), keeping at most `cap` bytes of it and the
/// line ending when it fits. Returns the number of bytes consumed from `reader`, 0 at the end.
pub fn read_line<R: BufRead + ?Sized>(
    reader: &mut R,
    buf: &mut Vec<u8>,
    cap: usize,
) -> io::Result<usize> {
    buf.clear();
    let mut consumed = 0;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok(consumed);
        }
        let (used, done) = match memchr::memchr(b'\n', available) {
            Some(i) => (i + 1, true),
            None => (available.len(), false),
        };
        let room = cap.saturating_sub(buf.len());
        buf.extend_from_slice(&available[..used.min(room)]);
        reader.consume(used);
        consumed += used;
        if done {
            return Ok(consumed);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_at_most_the_cap_and_finds_the_next_line() {
        let mut long = vec![b'x'; 10_000];
        long.extend_from_slice(b"\nnext\nlast");
        // A tiny buffer makes the long line span many reads.
        let mut r = io::BufReader::with_capacity(7, &long[..]);
        let mut buf = Vec::new();
        assert_eq!(read_line(&mut r, &mut buf, 100).unwrap(), 10_001);
        assert_eq!(buf, vec![b'x'; 100]);
        assert!(buf.capacity() < 1_000, "the skipped part was never held");
        assert_eq!(read_line(&mut r, &mut buf, 100).unwrap(), 5);
        assert_eq!(buf, b"next\n");
        assert_eq!(read_line(&mut r, &mut buf, 100).unwrap(), 4);
        assert_eq!(buf, b"last");
        assert_eq!(read_line(&mut r, &mut buf, 100).unwrap(), 0);
    }
}
