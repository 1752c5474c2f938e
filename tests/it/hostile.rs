//! Hostile input: every case, in every output format, ends in time with exit 0 or 1 and
//! well-formed output; nothing from the input reaches a terminal as a control sequence.

use crate::redact::formats;
use crate::run::{apidiag, Ran};

const ERROR: &str = "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}";

fn utf16(text: &str, bom: bool) -> Vec<u8> {
    let mut out: Vec<u8> = if bom { vec![0xff, 0xfe] } else { Vec::new() };
    out.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
    out
}

/// A deterministic byte soup (no dependency on a random crate).
fn binary(len: usize) -> Vec<u8> {
    let mut x: u32 = 0x9e37_79b9;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x as u8
        })
        .collect()
}

/// The cases: (name, input).
fn cases() -> Vec<(&'static str, Vec<u8>)> {
    let deep = 100_000;
    vec![
        ("empty", Vec::new()),
        ("whitespace only", b" \t\n\n   \r\n\t ".to_vec()),
        ("invalid UTF-8", [b"\xff\xfe\xc3\x28 ", ERROR.as_bytes(), b" \xed\xa0\x80\n"].concat()),
        ("UTF-16 with BOM", utf16(&format!("{ERROR}\n"), true)),
        ("UTF-16 without BOM", utf16(&format!("{ERROR}\n"), false)),
        ("NUL bytes", format!("\0\0{}\0\n\0", ERROR.replace(' ', "\0 ")).into_bytes()),
        ("binary data", binary(1 << 20)),
        ("64 MB single line", {
            let mut v = format!("{ERROR} ").into_bytes();
            v.resize(64 << 20, b'x');
            v
        }),
        ("JSON nested 100,000 deep on one line", format!("HTTP/1.1 400 Bad Request\n{}{}\n", "{\"error\":".repeat(deep), "1}".repeat(deep)).into_bytes()),
        ("JSON nested 100,000 deep, one level a line", format!("HTTP/1.1 400 Bad Request\n{}", "{\"error\":\n".repeat(deep)).into_bytes()),
        ("arrays nested 100,000 deep", format!("error: {{\"a\":{}\n", "[".repeat(deep)).into_bytes()),
        ("unterminated string", b"HTTP/1.1 500 Internal Server Error\n{\"error\": {\"message\": \"never closed\n".to_vec()),
        ("unterminated brackets", format!("Error: 502 {}\n", "{[(".repeat(50_000)).into_bytes()),
        ("escaped quotes that never close", format!("Error: 400 {}\n", "{k:\"\\\"".repeat(30_000)).into_bytes()),
        ("million-digit number", format!("HTTP/1.1 429 Too Many Requests\n{{\"error\": {{\"code\": {}, \"message\": \"slow down\"}}}}\n", "9".repeat(1_000_000)).into_bytes()),
        ("CRLF", format!("{ERROR}\r\nnext\r\n").into_bytes()),
        ("lone CR", format!("noise\r{ERROR}\rmore\r").into_bytes()),
        ("ANSI and control sequences", format!("\x1b[31m{ERROR}\x1b[0m\x1b]0;title\x07\x1bP+q\x1b\\\x08\x0b\x0c\u{9b}2J\n").into_bytes()),
        ("controls inside a JSON message", b"HTTP/1.1 401 Unauthorized\n{\"error\": {\"message\": \"bad key \\u001b]0;owned\\u0007 \\u001b[2J \\u009b31m \\u202e done\", \"type\": \"invalid_request_error\"}}\n".to_vec()),
        ("many short errors", format!("{ERROR}\n").repeat(2_000).into_bytes()),
    ]
}

/// Whether `out` is well formed for `format`.
fn well_formed(format: &str, out: &[u8]) -> Result<(), String> {
    let text = std::str::from_utf8(out).map_err(|e| format!("not UTF-8: {e}"))?;
    match format {
        "json" | "sarif" => serde_json::from_str::<serde_json::Value>(text)
            .map(|_| ())
            .map_err(|e| format!("not JSON: {e}")),
        "ndjson" => text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .try_for_each(|l| serde_json::from_str::<serde_json::Value>(l).map(|_| ()))
            .map_err(|e| format!("a line is not JSON: {e}")),
        _ => match text
            .chars()
            .find(|c| c.is_control() && *c != '\n' && *c != '\t')
        {
            Some(c) => Err(format!("control character {c:?} in the output")),
            None => Ok(()),
        },
    }
}

fn check(name: &str, format: &str, ran: &Ran) -> Result<(), String> {
    let code = ran.status.code();
    if !matches!(code, Some(0 | 1)) {
        return Err(format!(
            "{name} / {format}: exit {code:?}: {}",
            String::from_utf8_lossy(&ran.stderr)
        ));
    }
    well_formed(format, &ran.stdout).map_err(|e| format!("{name} / {format}: {e}"))
}

#[test]
fn hostile_input_ends_cleanly_in_every_format() {
    let mut failures = Vec::new();
    for (name, input) in cases() {
        for format in formats() {
            let ran = apidiag(&["--format", &format, "--color", "never"], &input);
            if let Err(e) = check(name, &format, &ran) {
                failures.push(e);
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn input_controls_are_shown_escaped_in_the_human_report() {
    let input = b"HTTP/1.1 401 Unauthorized\n{\"error\": {\"message\": \"bad key \\u001b]0;owned\\u0007 then \\u001b[2J\", \"type\": \"invalid_request_error\"}}\n";
    for color in ["never", "always"] {
        let ran = apidiag(&["--color", color], input);
        let out = String::from_utf8(ran.stdout).unwrap();
        assert!(
            out.contains("bad key \\x1b]0;owned\\x07 then \\x1b[2J"),
            "{out}"
        );
        assert!(!out.contains('\u{7}') && !out.contains("\x1b]") && !out.contains("\x1b[2J"));
    }
}

#[test]
fn the_deepest_nesting_is_still_read_where_it_is_shallow() {
    // A depth limit must not cost the ordinary case: the same body at normal depth, after a
    // pathological one, is still diagnosed.
    let input = format!(
        "{}\n\nok\nok\nok\nok\nok\n{ERROR}\n",
        "{\"error\":".repeat(100_000)
    );
    let ran = apidiag(&["--format", "json"], input.as_bytes());
    let v: serde_json::Value = serde_json::from_slice(&ran.stdout).unwrap();
    let codes: Vec<&str> = v["diagnoses"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["fields"]["error_code"].as_str())
        .collect();
    assert!(codes.contains(&"invalid_api_key"), "{v}");
}

#[test]
fn errors_quoting_a_rule_file_are_escaped_too() {
    let dir = std::env::temp_dir().join(format!("apidiag-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let rule = "[[rule]]\nid = \"x.y\"\ncategory = \"auth\"\nexamples = [\"e\"]\n[rule.when]\n\"sta\\u001b]0;hi\\u0007tus\" = [401]\n";
    std::fs::write(dir.join("r.toml"), rule).unwrap();
    let ran = apidiag(&["--rules", dir.to_str().unwrap()], b"x\n");
    let err = String::from_utf8(ran.stderr).unwrap();
    assert_eq!(ran.status.code(), Some(2));
    assert!(err.contains("sta\\x1b]0;hi\\x07tus"), "{err}");
    assert!(!err.contains('\u{1b}') && !err.contains('\u{7}'), "{err}");
}
