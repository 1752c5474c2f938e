//! Go's `%+v` struct dumps: `{Error:{Message:quota is not enough Type:new_api_error Param:
//! Code:insufficient_quota} StatusCode:403}`, `&{Code:invalid_api_key Message:... }` and
//! `map[Action:pull Name:x]`.
//!
//! Field names are bare Go identifiers glued to their value by `:`, values are unquoted and
//! end where the next ` Name:` begins. The reader returns a `serde_json::Value` so that the
//! body reader interprets it like any other notation.
//!
//! Applies only where an object opens directly on a field name: `{Name:` or `map[name:` (see
//! [`TRIGGERS`]); JSON (`{"`), Python (`{'`) and JS dumps (`{ name: `) never do.

use serde_json::{Map, Number, Value};

/// The literals of which one occurs wherever a Go struct dump is present.
pub const TRIGGERS: &[&str] = &["{", ":"];

/// Whether `text[start..]` opens a Go struct dump: `{` directly followed by `Name:`, or a
/// map printed with `%v` (`map[code:x message:...]`, not part of a longer word).
pub fn opens_at(text: &str, start: usize) -> bool {
    let s = text.as_bytes();
    let Some((body, _)) = opening(s, start) else {
        return false;
    };
    let name = ident_len(s, body);
    name > 0 && s.get(body + name) == Some(&b':') && s[body].is_ascii_alphabetic()
}

/// Where the fields of a dump opening at `start` begin, and the byte that closes it.
fn opening(s: &[u8], start: usize) -> Option<(usize, u8)> {
    match s.get(start)? {
        b'{' => Some((start + 1, b'}')),
        b'm' if s[start..].starts_with(b"map[")
            && (start == 0 || !(s[start - 1].is_ascii_alphanumeric() || s[start - 1] == b'_')) =>
        {
            Some((start + 4, b']'))
        }
        _ => None,
    }
}

/// Where the next dump may open at or after `from`: a `{` or a `map[`.
pub fn next_open(text: &str, from: usize) -> Option<usize> {
    let rest = &text[from..];
    let brace = rest.find('{');
    // Only up to the next brace, so that a scan that steps from brace to brace stays linear.
    let map = rest[..brace.unwrap_or(rest.len())].find("map[");
    map.or(brace).map(|i| from + i)
}

/// Parses the dump that opens at `text[start]` (a `{`); returns it and the offset past it.
pub fn parse_at(text: &str, start: usize) -> Option<(Value, usize)> {
    parse_within(text, start, &mut usize::MAX.to_owned())
}

/// Like [`parse_at`], scanning at most `budget` bytes in all, which a caller trying many
/// starts in one text shares between them so that its work stays linear.
pub fn parse_within(text: &str, start: usize, budget: &mut usize) -> Option<(Value, usize)> {
    if !opens_at(text, start) {
        return None;
    }
    let (body, close) = opening(text.as_bytes(), start)?;
    let mut p = Parser {
        s: text.as_bytes(),
        src: text,
        i: body,
        depth: 0,
        budget: *budget,
    };
    let v = p.fields(close);
    *budget = p.budget;
    Some((v?, p.i))
}

/// Length of the Go identifier at `s[i..]`.
fn ident_len(s: &[u8], i: usize) -> usize {
    s.get(i..).map_or(0, |r| {
        r.iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
            .count()
    })
}

struct Parser<'a> {
    s: &'a [u8],
    src: &'a str,
    i: usize,
    depth: usize,
    /// Bytes the scan may still look at.
    budget: usize,
}

impl Parser<'_> {
    /// Reads `Name:value` pairs up to `close`; `self.i` is just past the opening bracket.
    fn fields(&mut self, close: u8) -> Option<Value> {
        self.depth += 1;
        if self.depth > 32 {
            return None;
        }
        let mut map = Map::new();
        // Exported fields are capitalised: then a lower-case `word:` is message text.
        let exported = self.s.get(self.i).is_some_and(u8::is_ascii_uppercase);
        loop {
            while self.s.get(self.i) == Some(&b' ') {
                self.i += 1;
            }
            if *self.s.get(self.i)? == close {
                self.i += 1;
                break;
            }
            let n = ident_len(self.s, self.i);
            if n == 0 || self.s.get(self.i + n) != Some(&b':') {
                return None;
            }
            let key = self.src[self.i..self.i + n].to_string();
            self.i += n + 1;
            let v = self.value(close, exported)?;
            map.insert(key, v);
        }
        self.depth -= 1;
        Some(Value::Object(map))
    }

    fn value(&mut self, close: u8, exported: bool) -> Option<Value> {
        let rest = &self.s[self.i..];
        if rest.starts_with(b"{") && opens_at(self.src, self.i) {
            self.i += 1;
            return self.fields(b'}');
        }
        if rest.starts_with(b"&{") && opens_at(self.src, self.i + 1) {
            self.i += 2;
            return self.fields(b'}');
        }
        if rest.starts_with(b"map[") {
            self.i += 4;
            return self.fields(b']');
        }
        if rest.starts_with(b"{}") {
            self.i += 2;
            return Some(Value::Object(Map::new()));
        }
        let start = self.i;
        let end = self.text_end(close, exported)?;
        self.i = end;
        Some(scalar(self.src[start..end].trim()))
    }

    /// Where an unquoted value ends: before ` Name:` or at the closing bracket.
    fn text_end(&mut self, close: u8, exported: bool) -> Option<usize> {
        let mut j = self.i;
        let mut nested = 0usize;
        loop {
            self.budget = self.budget.checked_sub(1)?;
            let c = *self.s.get(j)?;
            match c {
                b'\n' => return None,
                b'{' | b'[' => nested += 1,
                b'}' | b']' if nested > 0 => nested -= 1,
                _ if c == close && nested == 0 => return Some(j),
                b' ' if nested == 0 => {
                    let n = ident_len(self.s, j + 1);
                    let key = n > 0
                        && self.s.get(j + 1 + n) == Some(&b':')
                        && self.s[j + 1].is_ascii_alphabetic()
                        && (!exported || self.s[j + 1].is_ascii_uppercase());
                    if key {
                        return Some(j);
                    }
                }
                _ => {}
            }
            j += 1;
        }
    }
}

fn scalar(t: &str) -> Value {
    match t {
        "" | "<nil>" => Value::Null,
        "true" => Value::Bool(true),
        "false" => Value::Bool(false),
        _ => match t.parse::<i64>() {
            Ok(n) if !t.starts_with('0') || t == "0" => Value::Number(Number::from(n)),
            _ => Value::String(t.to_string()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Value {
        parse_at(s, s.find('{').unwrap()).expect("parses").0
    }

    #[test]
    fn reads_nested_fields_with_spaces_in_values() {
        let v = parse("failed: {Error:{Message:the key is not valid: check it Type:api_error Param: Code:bad_key} StatusCode:401}");
        assert_eq!(v["Error"]["Message"], "the key is not valid: check it");
        assert_eq!(v["Error"]["Type"], "api_error");
        assert_eq!(v["Error"]["Param"], Value::Null);
        assert_eq!(v["Error"]["Code"], "bad_key");
        assert_eq!(v["StatusCode"], 401);
    }

    #[test]
    fn reads_pointers_and_maps() {
        let v = parse("&{Code:rate_limit Message:slow down Param:<nil> Type:requests HTTPStatusCode:429 Meta:map[Region:us]}");
        assert_eq!(v["Code"], "rate_limit");
        assert_eq!(v["Param"], Value::Null);
        assert_eq!(v["HTTPStatusCode"], 429);
        assert_eq!(v["Meta"]["Region"], "us");
    }

    #[test]
    fn reads_a_map_printed_alone() {
        let t = "Error from API: map[code:model_not_found message:The model `m` does not exist. param:<nil> type:invalid_request_error]";
        let v = parse_at(t, t.find("map[").unwrap()).expect("parses").0;
        assert_eq!(v["code"], "model_not_found");
        assert_eq!(v["message"], "The model `m` does not exist.");
        assert_eq!(v["type"], "invalid_request_error");
        assert!(parse_at("bitmap[a:1]", 3).is_none());
    }

    #[test]
    fn other_notations_do_not_open_a_dump() {
        for t in [r#"{"a":1}"#, "{'a': 1}", "{ a: 1 }", "{}", "{1:2}"] {
            assert!(parse_at(t, 0).is_none(), "{t}");
        }
        assert!(parse_at("{Message:unterminated", 0).is_none());
    }

    #[test]
    fn a_shared_budget_bounds_the_scan() {
        let text = format!("{{Message:{}", "x".repeat(1000));
        let mut budget = 100;
        assert!(parse_within(&text, 0, &mut budget).is_none());
        assert_eq!(budget, 0);
        assert!(parse_within("{Code:1}", 0, &mut 0).is_none());
        assert!(parse_within("{Code:1}", 0, &mut 100).is_some());
    }
}
