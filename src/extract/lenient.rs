//! A forgiving parser for the object notations errors are printed in.
//!
//! One grammar reads JSON, Python dict reprs (`{'a': None, 'b': True}`, `u'x'`), JavaScript
//! object dumps (`{ code: 'x', headers: [Object] }`) and JSON whose strings span raw newlines.
//! It returns `serde_json::Value` so the rest of extraction deals with one shape. It never
//! panics; input it cannot read yields `None`.

use serde_json::{Map, Number, Value};

/// Parse one value starting at `text[start..]` (which must begin with `{` or `[`).
/// Returns the value and the byte offset just past it.
pub fn parse_at(text: &str, start: usize) -> Option<(Value, usize)> {
    parse_within(text, start, &mut ATTEMPT_BUDGET.to_owned())
}

/// Steps one attempt may take on its own.
const ATTEMPT_BUDGET: usize = 200_000;

/// Like [`parse_at`], drawing its steps from `budget`, which a caller scanning many starts
/// in one text shares between them: a text of unterminated strings, each start running to
/// its end, then costs a bounded multiple of its length, not its square.
pub fn parse_within(text: &str, start: usize, budget: &mut usize) -> Option<(Value, usize)> {
    let mut p = Parser {
        s: text.as_bytes(),
        src: text,
        i: start,
        depth: 0,
        budget: (*budget).min(ATTEMPT_BUDGET),
    };
    let allowed = p.budget;
    let v = p.value();
    *budget -= allowed - p.budget;
    Some((v?, p.i))
}

struct Parser<'a> {
    s: &'a [u8],
    src: &'a str,
    i: usize,
    depth: usize,
    /// Bounds the work one attempt may do, so pathological input stays linear.
    budget: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn tick(&mut self) -> Option<()> {
        self.budget = self.budget.checked_sub(1)?;
        Some(())
    }

    fn ws(&mut self) {
        while let Some(c) = self.peek() {
            if c.is_ascii_whitespace() {
                self.i += 1;
            } else {
                break;
            }
        }
    }

    fn value(&mut self) -> Option<Value> {
        self.tick()?;
        self.ws();
        match self.peek()? {
            b'{' => self.object(),
            b'[' => self.array(),
            b'"' | b'\'' => self.string().map(Value::String),
            b'u' | b'b' | b'r' if matches!(self.s.get(self.i + 1), Some(b'\'' | b'"')) => {
                self.i += 1;
                self.string().map(Value::String)
            }
            b'-' | b'0'..=b'9' => self.number(),
            _ => self.word(),
        }
    }

    fn object(&mut self) -> Option<Value> {
        self.depth += 1;
        if self.depth > 64 {
            return None;
        }
        self.i += 1;
        let mut map = Map::new();
        loop {
            self.tick()?;
            self.ws();
            match self.peek()? {
                b'}' => {
                    self.i += 1;
                    break;
                }
                b',' => {
                    self.i += 1;
                    continue;
                }
                _ => {}
            }
            let key = self.key()?;
            self.ws();
            // Ruby's `Hash#inspect` separates a key from its value with `=>`.
            match self.peek()? {
                b':' => self.i += 1,
                b'=' if self.s.get(self.i + 1) == Some(&b'>') => self.i += 2,
                _ => return None,
            }
            let v = self.value()?;
            map.insert(key, v);
            self.ws();
            match self.peek()? {
                b',' => self.i += 1,
                b'}' => {}
                _ => return None,
            }
        }
        self.depth -= 1;
        Some(Value::Object(map))
    }

    /// The comma-separated values up to `close`, from the opening bracket under the cursor.
    fn items(&mut self, close: u8) -> Option<Vec<Value>> {
        self.depth += 1;
        if self.depth > 64 {
            return None;
        }
        self.i += 1;
        let mut items = Vec::new();
        loop {
            self.tick()?;
            self.ws();
            match self.peek()? {
                c if c == close => {
                    self.i += 1;
                    break;
                }
                b',' => {
                    self.i += 1;
                    continue;
                }
                _ => {}
            }
            items.push(self.value()?);
            self.ws();
            match self.peek()? {
                b',' => self.i += 1,
                c if c == close => {}
                _ => return None,
            }
        }
        self.depth -= 1;
        Some(items)
    }

    fn array(&mut self) -> Option<Value> {
        let items = self.items(b']')?;
        Some(Value::Array(items))
    }

    fn key(&mut self) -> Option<String> {
        match self.peek()? {
            b'"' | b'\'' => self.string(),
            // A Ruby symbol key (`:error=>`).
            b':' if self
                .s
                .get(self.i + 1)
                .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'_') =>
            {
                self.i += 1;
                self.key()
            }
            b'u' if matches!(self.s.get(self.i + 1), Some(b'\'' | b'"')) => {
                self.i += 1;
                self.string()
            }
            _ => {
                let start = self.i;
                while let Some(c) = self.peek() {
                    if c.is_ascii_alphanumeric() || matches!(c, b'_' | b'$' | b'-') {
                        self.i += 1;
                    } else {
                        break;
                    }
                }
                (self.i > start).then(|| self.src[start..self.i].to_string())
            }
        }
    }

    fn string(&mut self) -> Option<String> {
        let quote = self.peek()?;
        self.i += 1;
        let mut out = String::new();
        let mut run = self.i;
        loop {
            self.tick()?;
            let c = self.peek()?;
            if c == quote {
                out.push_str(&self.src[run..self.i]);
                self.i += 1;
                return Some(out);
            }
            if c == b'\\' {
                out.push_str(&self.src[run..self.i]);
                let e = *self.s.get(self.i + 1)?;
                self.i += 2;
                match e {
                    b'n' => out.push('\n'),
                    b't' => out.push('\t'),
                    b'r' => out.push('\r'),
                    b'b' | b'f' => {}
                    b'u' => {
                        let hex = self.src.get(self.i..self.i + 4)?;
                        let code = u32::from_str_radix(hex, 16).ok()?;
                        self.i += 4;
                        out.push(self.surrogate(code));
                    }
                    b'x' => {
                        let hex = self.src.get(self.i..self.i + 2)?;
                        let code = u32::from_str_radix(hex, 16).ok()?;
                        self.i += 2;
                        out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                    }
                    _ => {
                        // `\"`, `\'`, `\\`, `\/` and unknown escapes keep the character.
                        let ch = self.src[self.i - 1..].chars().next()?;
                        self.i += ch.len_utf8() - 1;
                        out.push(ch);
                    }
                }
                run = self.i;
                continue;
            }
            self.i += 1;
        }
    }

    /// Joins a UTF-16 surrogate pair written as two `\u` escapes.
    fn surrogate(&mut self, high: u32) -> char {
        if (0xD800..0xDC00).contains(&high) && self.src.get(self.i..self.i + 2) == Some("\\u") {
            if let Some(low) = self
                .src
                .get(self.i + 2..self.i + 6)
                .and_then(|h| u32::from_str_radix(h, 16).ok())
            {
                if (0xDC00..0xE000).contains(&low) {
                    self.i += 6;
                    let code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                    return char::from_u32(code).unwrap_or('\u{fffd}');
                }
            }
        }
        char::from_u32(high).unwrap_or('\u{fffd}')
    }

    fn number(&mut self) -> Option<Value> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        while let Some(c) = self.peek() {
            if c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-') {
                self.i += 1;
            } else {
                break;
            }
        }
        let text = &self.src[start..self.i];
        if let Ok(n) = text.parse::<i64>() {
            return Some(Value::Number(n.into()));
        }
        let f = text.parse::<f64>().ok()?;
        Number::from_f64(f).map(Value::Number)
    }

    /// Literals (`null`, `None`, `True`...), the bare words of JS dumps (`[Object]`) and
    /// the named values of Rust's `Debug`: `Some("x")` is `"x"`, `ApiError { .. }` its
    /// fields, `Status(429)` the object `{"Status": 429}`.
    fn word(&mut self) -> Option<Value> {
        let start = self.i;
        while let Some(c) = self.peek() {
            if c.is_ascii_alphanumeric() || matches!(c, b'_' | b'$' | b'.') {
                self.i += 1;
            } else if c == b':' && self.s.get(self.i + 1) == Some(&b':') {
                // A Rust path: `reqwest::Error`.
                self.i += 2;
            } else {
                break;
            }
        }
        let w = &self.src[start..self.i];
        let named = w.starts_with(|c: char| c.is_ascii_alphabetic());
        if named && self.peek() == Some(b'(') {
            return self.tuple(w);
        }
        let last = w.rsplit("::").next().unwrap_or(w);
        if named && last.starts_with(|c: char| c.is_ascii_uppercase()) {
            let after = self.i;
            self.ws();
            if self.peek() == Some(b'{') {
                return self.object();
            }
            self.i = after;
        }
        Some(match w {
            "" => return None,
            "null" | "None" | "undefined" | "nil" => Value::Null,
            "true" | "True" => Value::Bool(true),
            "false" | "False" => Value::Bool(false),
            _ => Value::String(w.to_string()),
        })
    }

    /// `Name(a, b)`: Rust's tuple structs and enum variants, Python's constructor calls.
    /// `Some`, `Ok` and `Err` wrap their value; other names keep it under their name.
    fn tuple(&mut self, name: &str) -> Option<Value> {
        let mut items = self.items(b')')?;
        let inner = match items.len() {
            0 => Value::Null,
            1 => items.pop().expect("one item"),
            _ => Value::Array(items),
        };
        Some(match name {
            "Some" | "Ok" | "Err" => inner,
            _ => {
                let mut map = Map::new();
                map.insert(name.to_string(), inner);
                Value::Object(map)
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Value {
        parse_at(s, 0).expect("parses").0
    }

    #[test]
    fn reads_ruby_hash_inspect() {
        let v = parse(
            r#"{"error"=>{"code"=>403, "message"=>"Denied", "errors"=>[{"reason"=>"forbidden"}]}, :status => nil}"#,
        );
        assert_eq!(v["error"]["code"], 403);
        assert_eq!(v["error"]["message"], "Denied");
        assert_eq!(v["error"]["errors"][0]["reason"], "forbidden");
        assert_eq!(v["status"], Value::Null);
    }

    #[test]
    fn reads_python_dict_repr() {
        let v = parse("{'error': {'message': \"It's\", 'param': None, 'ok': True, 'n': 3}}");
        assert_eq!(v["error"]["message"], "It's");
        assert_eq!(v["error"]["param"], Value::Null);
        assert_eq!(v["error"]["ok"], true);
        assert_eq!(v["error"]["n"], 3);
    }

    #[test]
    fn reads_js_dump_with_bare_keys() {
        let v = parse("{\n  status: 400,\n  headers: [Object],\n  code: 'model_x',\n}");
        assert_eq!(v["status"], 400);
        assert_eq!(v["code"], "model_x");
    }

    #[test]
    fn reads_rust_debug_values() {
        let v = parse(
            r#"{ message: "No key", type: Some("auth"), code: None, inner: Inner { code: "x" }, kind: Status(429) }"#,
        );
        assert_eq!(v["type"], "auth");
        assert_eq!(v["code"], Value::Null);
        assert_eq!(v["inner"]["code"], "x");
        assert_eq!(v["kind"]["Status"], 429);
        let v = parse("{ source: reqwest::Error { kind: Decode }, n: Some(3) }");
        assert_eq!(v["source"]["kind"], "Decode");
        assert_eq!(v["n"], 3);
    }

    #[test]
    fn decodes_escapes_and_surrogates() {
        let v = parse(r#"{"m":"\u65e0\u6548 \ud83d\ude00 \"q\""}"#);
        assert_eq!(v["m"], "无效 😀 \"q\"");
    }

    #[test]
    fn rejects_broken_text_without_panicking() {
        assert!(parse_at("{type ':' error ',", 0).is_none());
        assert!(parse_at("{", 0).is_none());
        assert!(parse_at("{\"a\": \"\\u12", 0).is_none());
    }

    #[test]
    fn reports_where_the_value_ends() {
        let (_, end) = parse_at("x {\"a\":1} tail", 2).unwrap();
        assert_eq!(end, 9);
    }

    #[test]
    fn a_shared_budget_bounds_the_attempts() {
        let text = format!("{{\"a\": \"{}", "x".repeat(1000));
        let mut budget = 5_000;
        for _ in 0..10 {
            assert!(parse_within(&text, 0, &mut budget).is_none());
        }
        assert!(budget < 5_000);
        assert!(parse_within("{\"a\": 1}", 0, &mut 0).is_none());
    }
}
