//! Log prefixes: the timestamp, level and container name a logger puts before each line.
//!
//! They say when and where a line was printed, not what the error is: the same error with
//! and without them is one error. Recognised: ISO 8601 timestamps (GitHub Actions'
//! `2026-01-01T00:00:00.0000000Z `, `[2026-01-01 10:00:00,123]`), syslog's
//! `Nov 24 08:00:00 host app[12]: `, docker compose's `web-1  | `, pm2's `0|app  | `, bracketed levels
//! (`[ERROR]`) anywhere in the prefix, and bare upper-case levels (`ERROR `) after another
//! prefix. A bare level alone is kept: `ERROR: ...` may be the error's own text.

const LEVELS: &[&str] = &[
    "TRACE", "DEBUG", "INFO", "NOTICE", "WARN", "WARNING", "ERROR", "ERR", "FATAL", "CRITICAL",
    "CRIT", "SEVERE",
];

const MONTHS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The line without its log prefixes (the line itself when it has none): what identifies an
/// error.
pub fn strip(line: &str) -> &str {
    strip_with(line, true)
}

/// The line without the timestamps and container names before it, levels kept: what the
/// extractors read. Some log shapes they know start with a level (`[ERR] 2026/02/14 - ...`).
pub fn strip_stamps(line: &str) -> &str {
    strip_with(line, false)
}

fn strip_with(line: &str, levels: bool) -> &str {
    let mut rest = line;
    let mut after_prefix = false;
    loop {
        let before = rest.len();
        for step in [docker, pm2, timestamp, syslog] {
            if let Some(r) = step(rest) {
                rest = r;
                after_prefix = true;
            }
        }
        if let Some(r) = level(rest, after_prefix).filter(|_| levels) {
            rest = r;
            after_prefix = true;
        }
        if rest.len() == before {
            return rest;
        }
    }
}

fn digits(s: &[u8], n: usize) -> bool {
    s.len() >= n && s[..n].iter().all(u8::is_ascii_digit)
}

/// Skips the one space or tab that ends a timestamp: indentation after it is the line's own
/// (a traceback's frames).
fn one_space(s: &str) -> Option<&str> {
    s.strip_prefix([' ', '\t'])
}

/// Skips spaces and tabs; `None` when there are none (a prefix ends at whitespace).
fn spaces(s: &str) -> Option<&str> {
    let t = s.trim_start_matches([' ', '\t']);
    (t.len() < s.len()).then_some(t)
}

/// `2026-01-01T00:00:00.0000000Z `, `2026-01-01 10:00:00,123+02:00 `, `[2026-01-01 10:00:00] `.
fn timestamp(s: &str) -> Option<&str> {
    let (bracket, body) = match s.strip_prefix('[') {
        Some(b) => (true, b),
        None => (false, s),
    };
    let b = body.as_bytes();
    let date = digits(b, 4)
        && b.get(4) == Some(&b'-')
        && digits(&b[5..], 2)
        && b.get(7) == Some(&b'-')
        && digits(b.get(8..)?, 2)
        && matches!(b.get(10), Some(b'T' | b' '))
        && clock(b.get(11..)?);
    if !date {
        return None;
    }
    let mut i = 19;
    if matches!(b.get(i), Some(b'.' | b',')) {
        i += 1;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
    }
    match b.get(i) {
        Some(b'Z') => i += 1,
        Some(b'+' | b'-') if digits(b.get(i + 1..)?, 2) => {
            i += 3;
            if b.get(i) == Some(&b':') {
                i += 1;
            }
            if digits(b.get(i..)?, 2) {
                i += 2;
            }
        }
        _ => {}
    }
    if bracket {
        if b.get(i) != Some(&b']') {
            return None;
        }
        i += 1;
    }
    one_space(body.get(i..)?)
}

/// `hh:mm:ss`.
fn clock(b: &[u8]) -> bool {
    digits(b, 2)
        && b.get(2) == Some(&b':')
        && digits(&b[3..], 2)
        && b.get(5) == Some(&b':')
        && digits(&b[6..], 2)
}

/// `Nov 24 08:00:00 host app[12]: ` (the host and tag when present).
fn syslog(s: &str) -> Option<&str> {
    let month = s.get(..3)?;
    if !MONTHS.contains(&month) {
        return None;
    }
    let rest = spaces(&s[3..])?;
    let day_len = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&day_len) {
        return None;
    }
    let rest = spaces(&rest[day_len..])?;
    if !clock(rest.as_bytes()) {
        return None;
    }
    let rest = one_space(rest.get(8..)?)?;
    // `host tag[pid]: ` follows in real syslog lines; keep the text when it does not.
    let host_tag = rest.split_once(' ').and_then(|(host, after)| {
        let (tag, text) = after.split_once(": ")?;
        let name = tag.split('[').next()?;
        let plain = |t: &str| {
            !t.is_empty()
                && t.bytes()
                    .all(|c| c.is_ascii_alphanumeric() || b"._-/".contains(&c))
        };
        (plain(host) && plain(name) && (tag == name || tag.ends_with(']'))).then_some(text)
    });
    Some(host_tag.unwrap_or(rest))
}

/// `web-1  | ` (docker compose v2) or `web_1  | ` (v1).
fn docker(s: &str) -> Option<&str> {
    let b = s.as_bytes();
    let bar = b.iter().take(72).position(|&c| c == b'|')?;
    if bar < 2 || b[bar - 1] != b' ' || b.get(bar + 1) != Some(&b' ') {
        return None;
    }
    let name = s[..bar].trim_end();
    let (service, n) = name.rsplit_once(['-', '_'])?;
    let ok = !service.is_empty()
        && !n.is_empty()
        && n.bytes().all(|c| c.is_ascii_digit())
        && service
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || b"._-".contains(&c));
    ok.then(|| &s[bar + 2..])
}

/// `0|api  | ` (pm2's process id and name, padded).
fn pm2(s: &str) -> Option<&str> {
    let (id, rest) = s.split_once('|')?;
    if id.is_empty() || id.len() > 4 || !id.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let bar = rest.bytes().take(72).position(|c| c == b'|')?;
    let (name, after) = (&rest[..bar], &rest[bar + 1..]);
    let named = name.ends_with(' ')
        && !name.trim_end().is_empty()
        && name
            .trim_end()
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || b"._-@/:".contains(&c));
    named.then(|| after.strip_prefix(' ').unwrap_or(after))
}

/// `[ERROR] `, `[info]: `, or after another prefix `ERROR `, `WARN: `.
fn level(s: &str, after_prefix: bool) -> Option<&str> {
    if let Some(inner) = s.strip_prefix('[') {
        let close = inner.bytes().take(10).position(|c| c == b']')?;
        let (word, rest) = (&inner[..close], &inner[close + 1..]);
        if !LEVELS.iter().any(|l| l.eq_ignore_ascii_case(word)) {
            return None;
        }
        let rest = rest.strip_prefix(':').unwrap_or(rest);
        return spaces(rest).or((rest.is_empty()).then_some(rest));
    }
    if !after_prefix {
        return None;
    }
    let end = s.find([' ', '\t', ':'])?;
    if !LEVELS.contains(&&s[..end]) {
        return None;
    }
    let rest = &s[end..];
    let rest = rest.strip_prefix(':').unwrap_or(rest);
    spaces(rest)
}

#[cfg(test)]
mod tests {
    use super::{strip, strip_stamps};

    #[test]
    fn strips_the_prefixes_loggers_write() {
        let error = "openai.RateLimitError: Error code: 429";
        for prefixed in [
            "2026-01-01T00:00:00.0000000Z openai.RateLimitError: Error code: 429",
            "2026-11-24T08:00:00.000Z openai.RateLimitError: Error code: 429",
            "[2026-01-01 10:00:00,123] ERROR openai.RateLimitError: Error code: 429",
            "2026-01-01 10:00:00+02:00 [ERROR] openai.RateLimitError: Error code: 429",
            "[INFO] openai.RateLimitError: Error code: 429",
            "Nov 24 08:00:00 build-host worker[312]: openai.RateLimitError: Error code: 429",
            "web-1  | openai.RateLimitError: Error code: 429",
            "0|api-server  | openai.RateLimitError: Error code: 429",
            "api_1   | 2026-01-01T00:00:00Z WARN: openai.RateLimitError: Error code: 429",
        ] {
            assert_eq!(strip(prefixed), error, "{prefixed}");
        }
    }

    #[test]
    fn stamps_alone_leave_the_level() {
        assert_eq!(
            strip_stamps("web-1  | 2026-01-01T00:00:00Z [ERR] 2026/02/14 - 22:55:28 | id | failed"),
            "[ERR] 2026/02/14 - 22:55:28 | id | failed"
        );
        assert_eq!(
            strip("[ERR] 2026/02/14 - 22:55:28 | id | failed"),
            "2026/02/14 - 22:55:28 | id | failed"
        );
    }

    #[test]
    fn keeps_what_belongs_to_the_error() {
        for line in [
            "Error: 401 Unauthorized",
            "ERROR: Could not install packages due to an OSError",
            "2026 was a year",
            "a | b",
            "  File \"app.py\", line 3, in <module>",
            "[ERRORS] 3",
        ] {
            assert_eq!(strip(line), line);
        }
        // Indentation after a timestamp stays: it continues a traceback.
        assert_eq!(
            strip("2026-01-01T00:00:00Z   File \"app.py\", line 3"),
            "  File \"app.py\", line 3"
        );
    }
}
