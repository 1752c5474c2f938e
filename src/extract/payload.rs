//! Error bodies: find the structured payloads in a text and read their error envelope.
//!
//! Handles every envelope providers use (OpenAI-style `error{message,type,code}`, Anthropic,
//! Google with a gRPC `status`, OpenRouter's numeric code, `{code,message}` bodies, Kubernetes
//! `Status`, OCI `errors[]`, OAuth `error_description`, Slack `ok:false`) and follows JSON
//! escaped inside strings, so a gateway's wrapped upstream body yields the innermost error.

use std::sync::LazyLock;

use regex::Regex;
use serde_json::{Map, Value};

use super::{gostruct, lenient};
use crate::knowledge::{self, normalize_key};

/// One error envelope found in the text.
#[derive(Debug, Clone, Default)]
pub struct Body {
    pub message: Option<String>,
    pub error_type: Option<String>,
    pub error_code: Option<String>,
    pub status: Option<u16>,
    pub request_id: Option<String>,
    /// How many strings deep the envelope was embedded (0: in the text itself).
    pub level: usize,
    /// Byte offset of the outermost payload that holds it, in the scanned text.
    pub offset: usize,
    /// Read from an application's log record's own fields (`{"level":"error","msg":...}`):
    /// an error envelope nested in the record says more.
    pub from_record: bool,
    /// How many envelopes enclose it in one object (a client's error object that keeps the
    /// service's own body under `body`): the inner one is the service's.
    pub nested: usize,
}

/// What an enclosing object passes down to the envelopes inside it.
#[derive(Clone, Default)]
struct Inherited {
    status: Option<u16>,
    request_id: Option<String>,
    /// Inside a structured log record.
    in_record: bool,
    /// Envelopes read from the objects around this one.
    enclosing: usize,
    /// Held under one of the error-holding keys (`"error": {...}`, `"aws_error": {...}`).
    under_error_key: bool,
}

/// Finds status hints in the text just before a payload (`Error code: 429 - {`).
pub type StatusBefore<'a> = &'a dyn Fn(&str) -> Option<u16>;

/// All error envelopes in `text`, in order of appearance.
pub fn find_bodies(text: &str, status_before: StatusBefore) -> Vec<Body> {
    let mut out = Vec::new();
    // Spring's `HttpStatusCodeException` writes the body's line breaks as `<EOL>`; as many
    // spaces keep every offset.
    let text: std::borrow::Cow<str> = if text.contains("<EOL>") {
        text.replace("<EOL>", "     ").into()
    } else {
        text.into()
    };
    scan(&text, 0, &Inherited::default(), status_before, &mut out);
    out
}

/// The envelope that best describes the error: the innermost with a message or code.
pub fn primary(bodies: &[Body]) -> Option<&Body> {
    let informative =
        |b: &&Body| b.message.is_some() || b.error_code.is_some() || b.error_type.is_some();
    // Deepest first; at one depth, an envelope beats the log record around it, one with a
    // message beats one without, an envelope inside another beats the one around it, and one
    // naming its type or code beats a bare message.
    let rank = |b: &Body| {
        (
            b.level,
            !b.from_record,
            b.message.is_some(),
            b.nested,
            b.error_type.is_some() || b.error_code.is_some(),
        )
    };
    let best = bodies.iter().filter(informative).map(rank).max()?;
    bodies.iter().filter(informative).find(|b| rank(b) == best)
}

fn scan(text: &str, level: usize, inh: &Inherited, sb: StatusBefore, out: &mut Vec<Body>) {
    if level > 6 {
        return;
    }
    let mut pos = 0;
    let mut budget = MIN_WORK;
    let mut line_end = 0;
    while let Some(start) = gostruct::next_open(text, pos) {
        // Each line brings its own allowance, so that a pathological line cannot starve the
        // bodies printed on the lines after it.
        if start >= line_end {
            line_end = text[start..]
                .find('\n')
                .map_or(text.len(), |i| start + i + 1);
            budget += WORK_PER_BYTE * (line_end - start) + LINE_WORK;
        }
        let brace = text.as_bytes()[start] == b'{';
        let lenient = brace
            .then(|| lenient::parse_within(text, start, &mut budget))
            .flatten();
        let (parsed, deeper) = match lenient {
            Some((value, end)) if value.is_object() => (Some((value, end)), 0),
            _ => match gostruct::parse_within(text, start, &mut budget) {
                Some(found) => (Some(found), 0),
                None => (escaped_at(text, start, 0), 1),
            },
        };
        match parsed {
            Some((value, end)) if value.is_object() => {
                let window_start =
                    floor_char(text, start.saturating_sub(160)).min(response_head(text, start));
                let mut here = inh.clone();
                if let Some(s) = sb(&text[window_start..start]) {
                    here.status = Some(s);
                }
                walk(&value, level + deeper, start, &here, sb, out);
                pos = end;
            }
            _ => pos = start + 1,
        }
    }
}

/// A line between an HTTP response's status line and its body: a header, the blank line
/// that ends them, curl's `* ` notes (`* Connection #0 to host ... left intact`).
static HEAD_LINE: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::builtin(r"^(?:[<*] ?)?(?:[A-Za-z][\w-]*:\s.*|\* .*)?\s*$"));

/// How many header lines may stand between a status line and its body.
const HEAD_LINES: usize = 64;

/// Where the response head above the body at `start` begins: back over its header lines to
/// the line before them (the status line), so that a body under many headers still has
/// its status before it.
fn response_head(text: &str, start: usize) -> usize {
    let mut at = text[..start].rfind('\n').map_or(0, |i| i + 1);
    for _ in 0..HEAD_LINES {
        if at == 0 {
            break;
        }
        let prev = text[..at - 1].rfind('\n').map_or(0, |i| i + 1);
        at = prev;
        if !HEAD_LINE.is_match(text[prev..].split('\n').next().unwrap_or_default()) {
            break;
        }
    }
    at
}

/// Parser steps a scan may spend per byte of its text, over all the starts it tries, with
/// a floor per scan and per line.
const WORK_PER_BYTE: usize = 16;
const MIN_WORK: usize = 1_000_000;
const LINE_WORK: usize = 20_000;

/// How many levels of escaping a body printed inside a string may carry.
const ESCAPES: usize = 3;

/// How far an escaped body may reach, in bytes, so that each attempt stays bounded.
const ESCAPED_WINDOW: usize = 32 * 1024;

/// A body printed inside a quoted string with its quotes escaped (`{\"error\": ...}`,
/// `{\'type\': ...}`, or escaped twice): parses it with one level of escapes removed and
/// returns it with the offset just past it in `text`.
fn escaped_at(text: &str, start: usize, depth: usize) -> Option<(Value, usize)> {
    let after = text[start + 1..].trim_start();
    let quote = after.starts_with('\\') && after.trim_start_matches('\\').starts_with(['"', '\'']);
    if depth >= ESCAPES || !quote {
        return None;
    }
    let window = floor_char(text, (start + ESCAPED_WINDOW).min(text.len()));
    let (plain, origin) = unescape_once(&text[start..window]);
    let (value, end) = match lenient::parse_at(&plain, 0) {
        Some(found) if found.0.is_object() => found,
        _ => escaped_at(&plain, 0, depth + 1)?,
    };
    let end = origin.get(end).copied().unwrap_or(text.len() - start);
    Some((value, start + end))
}

/// Removes one level of backslash escapes; returns the text and, for each of its byte
/// offsets (and its end), the offset in `s` it came from.
fn unescape_once(s: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(s.len());
    let mut origin = Vec::with_capacity(s.len() + 1);
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let c = match (c, chars.peek()) {
            ('\\', Some(&(_, e))) => {
                chars.next();
                match e {
                    // `\u` escapes stay for the inner string to decode.
                    'u' => {
                        origin.push(i);
                        out.push('\\');
                        'u'
                    }
                    'n' => '\n',
                    't' => '\t',
                    'r' => '\r',
                    _ => e,
                }
            }
            _ => c,
        };
        origin.extend(std::iter::repeat_n(i, c.len_utf8()));
        out.push(c);
    }
    origin.push(s.len());
    (out, origin)
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn walk(
    v: &Value,
    level: usize,
    offset: usize,
    inh: &Inherited,
    sb: StatusBefore,
    out: &mut Vec<Body>,
) {
    match v {
        Value::Object(map) => {
            let mut here = inh.clone();
            if let Some(s) = own_status(map) {
                here.status = Some(s);
            }
            // A log record (a level and a time) is the application's, not a response body:
            // what it holds is an API error only under a failed HTTP status. Its trace id is
            // the application's too.
            let record = inh.in_record || log_record(map);
            if let Some(r) = own_request_id(map).filter(|_| !log_record(map)) {
                here.request_id = Some(r);
            }
            here.in_record = record;
            // An object the record holds under an error key is the error it logs.
            let logged_error = inh.in_record && inh.under_error_key;
            let (mut env, skip) = if record && !logged_error && here.status.is_none_or(|s| s < 400)
            {
                (None, None)
            } else {
                interpret(map)
            };
            if env.is_none() && inh.status.is_some() && map.len() <= 3 {
                // A bare `{"message": ...}` printed right after a status is that error's body.
                env = ["message", "detail", "error"]
                    .iter()
                    .find_map(|k| text_of(map.get(*k)).or_else(|| listed_text(map.get(*k))))
                    .map(|m| Body {
                        message: Some(m),
                        ..Body::default()
                    });
            }
            // A gateway's generic message with the upstream's own words relayed beside it (in
            // a child object of the error: OpenRouter's `metadata.raw`): those words, one level
            // in, are the message. A body in them is scanned as a string below.
            let relayed = |m: &Map<String, Value>| {
                m.values()
                    .filter_map(Value::as_object)
                    .find_map(|c| keyed_text(c, &knowledge::get().keys.relayed))
                    .filter(|r| !r.contains('{'))
            };
            let read_here = env.is_some();
            let raw = env.as_ref().and_then(|_| {
                skip.as_deref()
                    .and_then(|k| map.get(k))
                    .and_then(Value::as_object)
                    .and_then(relayed)
                    .or_else(|| relayed(map))
            });
            if let Some(mut b) = env {
                b.level = level;
                b.offset = offset;
                b.nested = here.enclosing;
                b.from_record = leveled(map);
                b.status = b.status.or(here.status);
                b.request_id = b.request_id.or_else(|| here.request_id.clone());
                if let Some(raw) = raw {
                    out.push(Body {
                        message: Some(raw),
                        level: level + 1,
                        ..b.clone()
                    });
                }
                out.push(b);
            }
            let keys = &knowledge::get().keys;
            let enclosing = here.enclosing;
            for (k, child) in map {
                let key = normalize_key(k);
                here.under_error_key = keys.holds_error(&key);
                // The service's body a client's error object keeps (`"body": {...}`) is read
                // one level further in than the object that keeps it.
                here.enclosing = enclosing + usize::from(read_here && keys.keeps_body(&key));
                if skip.as_deref() == Some(k.as_str()) {
                    // The error object itself was read above; only its strings, and the
                    // service's body it keeps, may hold more.
                    strings_only(child, level, &here, sb, out);
                    let kept = child
                        .as_object()
                        .into_iter()
                        .flatten()
                        .filter(|(k, v)| v.is_object() && keys.keeps_body(&normalize_key(k)));
                    for (_, body) in kept {
                        let inner = Inherited {
                            enclosing: enclosing + 1,
                            under_error_key: false,
                            ..here.clone()
                        };
                        walk(body, level, offset, &inner, sb, out);
                    }
                } else {
                    walk(child, level, offset, &here, sb, out);
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                walk(item, level, offset, inh, sb, out);
            }
        }
        Value::String(s) if s.contains('{') => scan(s, level + 1, &into_string(inh), sb, out),
        _ => {}
    }
}

/// What a body printed inside a string inherits: a wrapper's request id only when the
/// wrapper is about a failed call; otherwise the id is its record's (a trace id), not the
/// request's.
fn into_string(inh: &Inherited) -> Inherited {
    let mut inner = inh.clone();
    if inh.status.is_none() {
        inner.request_id = None;
    }
    inner
}

fn strings_only(v: &Value, level: usize, inh: &Inherited, sb: StatusBefore, out: &mut Vec<Body>) {
    match v {
        Value::Object(map) => map
            .values()
            .for_each(|c| strings_only(c, level, inh, sb, out)),
        Value::Array(items) => items
            .iter()
            .for_each(|c| strings_only(c, level, inh, sb, out)),
        Value::String(s) if s.contains('{') => scan(s, level + 1, inh, sb, out),
        _ => {}
    }
}

fn text_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => {
            let t = s.trim();
            (!t.is_empty()).then(|| t.to_string())
        }
        _ => None,
    }
}

fn http_status(v: Option<&Value>) -> Option<u16> {
    let n = match v? {
        Value::Number(n) => n.as_u64()?,
        Value::String(s) if s.len() == 3 => s.parse().ok()?,
        _ => return None,
    };
    (100..600).contains(&n).then_some(n as u16)
}

/// The values of `map` under the keys of one synonym group of `data/keys.toml`, in the
/// group's order (its most specific key first).
fn keyed<'a>(map: &'a Map<String, Value>, group: &[String]) -> Vec<&'a Value> {
    let keys: Vec<(String, &Value)> = map.iter().map(|(k, v)| (normalize_key(k), v)).collect();
    group
        .iter()
        .flat_map(|g| keys.iter().filter(move |(k, _)| k == g).map(|(_, v)| *v))
        .collect()
}

/// The first non-empty string under a key of `group`.
fn keyed_text(map: &Map<String, Value>, group: &[String]) -> Option<String> {
    keyed(map, group).into_iter().find_map(|v| text_of(Some(v)))
}

/// The first string of a list of strings (`["must be less than 3001 characters"]`).
fn listed_text(v: Option<&Value>) -> Option<String> {
    let items = v?.as_array()?;
    items
        .iter()
        .all(Value::is_string)
        .then(|| items.iter().find_map(|i| text_of(Some(i))))
        .flatten()
}

/// The service's message under a message key of `data/keys.toml`: a string, or the first of
/// a list of strings (GitLab's `{"message": ["..."]}`).
fn message_text(map: &Map<String, Value>) -> Option<String> {
    let keys = &knowledge::get().keys;
    keyed_text(map, &keys.message).or_else(|| {
        keyed(map, &keys.message)
            .into_iter()
            .find_map(|v| listed_text(Some(v)))
    })
}

fn own_status(map: &Map<String, Value>) -> Option<u16> {
    keyed(map, &knowledge::get().keys.status)
        .into_iter()
        .find_map(|v| http_status(Some(v)))
}

fn own_request_id(map: &Map<String, Value>) -> Option<String> {
    let keys = &knowledge::get().keys;
    // Some services send the id as a number (Qianfan's `"log_id": 3195846027413825`).
    let id = |v: &Value| {
        text_of(Some(v)).or_else(|| v.as_u64().map(|n| n.to_string()).filter(|n| n.len() >= 8))
    };
    let rid = keyed(map, &keys.request_id)
        .into_iter()
        .find_map(id)
        .or_else(|| keyed_text(map, &keys.aws_request_id));
    // Qianfan returns its request id as the body's `id` (`as-...`), Cohere as a UUID beside the
    // message.
    let uuid = |id: &str| {
        let parts: Vec<usize> = id.split('-').map(str::len).collect();
        parts == [8, 4, 4, 4, 12] && id.chars().all(|c| c.is_ascii_hexdigit() || c == '-')
    };
    rid.or_else(|| {
        text_of(map.get("id")).filter(|id| {
            id.starts_with("as-") || uuid(id) && keyed_text(map, &keys.message).is_some()
        })
    })
}

/// Whether a body carries a request id only AWS SDKs print: its code is then the AWS error
/// code, which names the error's type.
fn aws_body(map: &Map<String, Value>) -> bool {
    !keyed(map, &knowledge::get().keys.aws_request_id).is_empty()
}

/// Code from a body's `code`: numbers that are HTTP statuses are not codes.
fn code_of(v: Option<&Value>) -> (Option<String>, Option<u16>) {
    match v {
        Some(Value::Number(n)) => match n.as_u64() {
            Some(x) if (100..600).contains(&x) => (None, Some(x as u16)),
            _ => (Some(n.to_string()), None),
        },
        Some(Value::String(s)) => {
            let t = s.trim();
            if t.is_empty() {
                (None, None)
            } else if t.len() == 3 && t.bytes().all(|b| b.is_ascii_digit()) {
                let x: u16 = t.parse().unwrap_or(0);
                if (100..600).contains(&x) {
                    (None, Some(x))
                } else {
                    (Some(t.to_string()), None)
                }
            } else {
                (Some(t.to_string()), None)
            }
        }
        _ => (None, None),
    }
}

fn looks_like_class(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '.')
        && (s.ends_with("Error") || s.ends_with("Exception"))
}

fn is_identifier(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c == '_' || c.is_ascii_digit())
}

/// Reads an object as an error envelope. Returns it and the key whose object it consumed.
fn interpret(map: &Map<String, Value>) -> (Option<Body>, Option<String>) {
    if succeeded(map) {
        return (None, None);
    }
    let error = map.iter().find(|(k, _)| normalize_key(k) == "error");
    match error {
        // Anthropic's `{"type": "error", "error": {...}}` printed inside an SDK's error.
        Some((_, Value::Object(e))) if nested_error(e) => interpret(e),
        Some((k, Value::Object(e))) => (Some(from_error_object(e, map)), Some(k.clone())),
        Some((_, Value::Array(items))) => match items.iter().find_map(Value::as_object) {
            Some(e) => (Some(from_error_object(e, map)), None),
            None => (from_flat(map), None),
        },
        Some((_, Value::String(s))) => (from_error_string(s, map).or_else(|| from_flat(map)), None),
        _ => match error_object(map) {
            // `{"fault": {...}}`, `{"errorInfo": {...}}`: another key that holds the error.
            Some((k, e)) => (Some(from_error_object(e, map)), Some(k.clone())),
            None => (from_flat(map), None),
        },
    }
}

/// Whether an error object wraps another one.
fn nested_error(e: &Map<String, Value>) -> bool {
    e.iter()
        .any(|(k, v)| v.is_object() && normalize_key(k) == "error")
}

/// The object under one of the error-holding keys of `data/keys.toml` other than `error`,
/// when it reads as an error (it has a message or a code).
fn error_object(map: &Map<String, Value>) -> Option<(&String, &Map<String, Value>)> {
    let keys = &knowledge::get().keys;
    // An application's name for the error object (`aws_error`) counts where the object around
    // it has no message or code of its own; a body's `inner_error` only adds detail to them.
    let own_message =
        keyed_text(map, &keys.message).is_some() || !keyed(map, &keys.code).is_empty();
    map.iter()
        .filter(|(k, _)| {
            let k = normalize_key(k);
            k != "error"
                && (keys.error_objects.contains(&k) || !own_message && keys.holds_error(&k))
        })
        .find_map(|(k, v)| Some((k, v.as_object()?)))
        .filter(|(_, e)| keyed_text(e, &keys.message).is_some() || !keyed(e, &keys.code).is_empty())
}

/// `{"success": true}`, `{"ok": true}`, `{"errors": []}` with nothing else wrong, `{"code": 0}`,
/// a status below 400: a call that worked.
fn succeeded(map: &Map<String, Value>) -> bool {
    let yes = |k: &str| map.get(k) == Some(&Value::Bool(true));
    let zero_code = ["code", "errcode", "error_code", "errCode"]
        .iter()
        .any(|k| match map.get(*k) {
            Some(Value::Number(n)) => n.as_u64() == Some(0),
            Some(Value::String(s)) => s == "0",
            _ => false,
        });
    yes("success") || yes("ok") || zero_code || own_status(map).is_some_and(|s| s < 400)
}

/// Whether an object is a structured log record: it has a level and a time.
/// An object with a log level: an application's record, whether or not it has a time.
fn leveled(map: &Map<String, Value>) -> bool {
    knowledge::get()
        .keys
        .level
        .iter()
        .any(|k| map.contains_key(k))
}

pub(super) fn log_record(map: &Map<String, Value>) -> bool {
    let has = |keys: &[&str]| keys.iter().any(|k| map.contains_key(*k));
    leveled(map)
        && has(&[
            "time",
            "ts",
            "timestamp",
            "@t",
            "@timestamp",
            "asctime",
            "datetime",
        ])
}

fn from_error_object(e: &Map<String, Value>, outer: &Map<String, Value>) -> Body {
    let keys = &knowledge::get().keys;
    let (code, code_status) = code_of(keyed(e, &keys.code).into_iter().next());
    let status_text = keyed_text(e, &keys.status).filter(|s| s.parse::<u16>().is_err());
    let mut b = Body {
        message: message_text(e),
        error_type: type_of(e).or(status_text),
        error_code: code,
        status: own_status(e).or(code_status).or_else(|| own_status(outer)),
        request_id: own_request_id(e).or_else(|| own_request_id(outer)),
        ..Body::default()
    };
    if aws_body(e) || aws_body(outer) {
        aws_code_is_type(&mut b);
    }
    b
}

/// The error's type: the first value under a type key, other than the bare word `error`.
/// AWS's JSON protocol qualifies it with a namespace (`com.amazonaws.dynamodb#Code`).
fn type_of(map: &Map<String, Value>) -> Option<String> {
    let t = keyed_text(map, &knowledge::get().keys.kind)?;
    let t = t.rsplit_once('#').map_or(t.as_str(), |(_, code)| code);
    (!t.is_empty() && t != "error").then(|| t.to_string())
}

/// Whether the type is an AWS shape id (`namespace#Code`), which names an AWS error code
/// even where it ends in `Exception`.
fn aws_shape(map: &Map<String, Value>) -> bool {
    keyed_text(map, &knowledge::get().keys.kind).is_some_and(|t| t.contains('#'))
}

/// An AWS error code names the error's type.
fn aws_code_is_type(b: &mut Body) {
    if b.error_type.is_none() {
        b.error_type = b.error_code.take();
    }
}

/// A short summary naming a kind of error: `Upstream error`, `Validation Error`.
fn error_summary(s: &str) -> bool {
    s.split_whitespace().count() <= 3 && s.to_ascii_lowercase().ends_with(" error")
}

fn from_error_string(s: &str, map: &Map<String, Value>) -> Option<Body> {
    let s = s.trim();
    if s.is_empty() || looks_like_class(s) {
        return None;
    }
    let mut b = Body {
        status: own_status(map),
        request_id: own_request_id(map),
        ..Body::default()
    };
    if let Some(desc) = text_of(map.get("error_description")) {
        // OAuth: `error` is the code, `error_description` the message.
        b.error_code = Some(s.to_string());
        b.message = Some(desc);
    } else if map.get("ok") == Some(&Value::Bool(false))
        || (is_identifier(s) && !map.contains_key("message"))
    {
        b.error_code = Some(s.to_string());
        // Slack lists what is wrong with a request under `errors` (`invalid_blocks`).
        b.message = listed_text(map.get("errors"));
    } else if let Some(m) = text_of(map.get("message"))
        .filter(|_| super::patterns::is_reason_phrase(s) || error_summary(s))
    {
        // `{"error": "Unauthorized", "message": "..."}`: the error is a summary, the
        // message says what went wrong.
        b.message = Some(m);
    } else if let Some(m) = text_of(map.get("message")).filter(|_| is_identifier(s)) {
        // `{"error": "request_timeout", "message": "..."}`: the error names a code, the
        // message says what went wrong.
        b.error_code = Some(s.to_string());
        b.message = Some(m);
    } else {
        b.message = Some(s.to_string());
    }
    Some(b)
}

/// How deep a tree of per-field errors is searched.
const FIELD_ERROR_DEPTH: usize = 8;

/// The first detail message in a tree of per-field errors (`{"content": {"_errors": [{"message":
/// ...}]}}`).
fn field_error(v: &Value, depth: usize) -> Option<String> {
    let map = v.as_object().filter(|_| depth > 0)?;
    let keys = &knowledge::get().keys;
    let listed = map
        .iter()
        .filter(|(k, _)| keys.field_errors.iter().any(|f| f == *k))
        .filter_map(|(_, v)| v.as_array())
        .flatten()
        .filter_map(Value::as_object)
        .find_map(|e| text_of(e.get("message")));
    listed.or_else(|| map.values().find_map(|v| field_error(v, depth - 1)))
}

/// Bodies without an `error` key: `{code, message}`, Kubernetes `Status`, OCI `errors[]`,
/// FastAPI `detail`, and SDK object dumps that carry only code / type / status.
fn from_flat(map: &Map<String, Value>) -> Option<Body> {
    if let Some(first) = map
        .get("errors")
        .and_then(Value::as_array)
        .and_then(|a| a.iter().find_map(Value::as_object))
    {
        if first.contains_key("message") {
            let (code, code_status) = code_of(first.get("code"));
            return Some(Body {
                message: text_of(first.get("message")),
                error_code: code,
                status: code_status.or_else(|| own_status(map)),
                request_id: own_request_id(map),
                ..Body::default()
            });
        }
    }
    let keys = &knowledge::get().keys;
    let message = message_text(map).map(|summary| {
        map.get("errors")
            .and_then(|e| field_error(e, FIELD_ERROR_DEPTH))
            .unwrap_or(summary)
    });
    // `error_code` is always a business code (Baidu's 110 is not an HTTP status).
    let (code, code_status) = match map.get("error_code") {
        Some(Value::Number(n)) => (Some(n.to_string()), None),
        Some(v) => code_of(Some(v)),
        None => code_of(keyed(map, &keys.code).into_iter().next()),
    };
    // GitLab and others put the status in front of the message: `404 Project Not Found`.
    let message_status = message
        .as_deref()
        .and_then(|m| m.get(..4))
        .filter(|p| p.ends_with(' '))
        .and_then(|p| p.trim().parse::<u16>().ok())
        .filter(|s| (400..600).contains(s));
    let kind_status = map.get("kind").and_then(Value::as_str) == Some("Status");
    let error_type = if kind_status {
        text_of(map.get("reason"))
    } else {
        type_of(map)
            // A class name is the error's type in AWS's bodies and in the `"object": "error"`
            // envelope of OpenAI-compatible servers (vLLM's `"type": "BadRequestError"`); in
            // a log record it names the client's exception.
            .filter(|t| {
                !looks_like_class(t)
                    || aws_shape(map)
                    || map.get("object").and_then(Value::as_str) == Some("error")
            })
            // Google's `{"code": 400, "status": "INVALID_ARGUMENT", "message": ...}`.
            .or_else(|| keyed_text(map, &keys.status).filter(|s| super::grpc::is_status_name(s)))
    };
    let status = own_status(map).or(code_status).or(message_status);
    // A record of a call that succeeded (`"status": 200`, `"code": 0`) is no error body.
    if status.is_some_and(|s| s < 400) || code.as_deref() == Some("0") {
        return None;
    }
    let request_id = own_request_id(map);
    let errorish = code.is_some()
        || status.is_some()
        || error_type.is_some()
        || request_id.is_some()
        || map.contains_key("documentation_url")
        || map.contains_key("more_info")
        || (map.contains_key("detail") && map.len() <= 2);
    if !errorish || (message.is_none() && code.is_none() && error_type.is_none()) {
        return None;
    }
    // `{"object":"error","message":{...},"type":...}`: the type alone still names the error.
    let error_object =
        map.get("object").and_then(Value::as_str) == Some("error") || map.contains_key("param");
    if message.is_none() && status.is_none() && !(error_object && error_type.is_some()) {
        return None;
    }
    let mut b = Body {
        message,
        error_type,
        error_code: code,
        status,
        request_id,
        ..Body::default()
    };
    if aws_body(map) {
        aws_code_is_type(&mut b);
    }
    Some(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn none(_: &str) -> Option<u16> {
        None
    }

    fn first(text: &str) -> Body {
        let bodies = find_bodies(text, &none);
        primary(&bodies).cloned().expect("an envelope")
    }

    #[test]
    fn reads_openai_dict_repr() {
        let b = first("Error code: 401 - {'error': {'message': 'Incorrect API key', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}");
        assert_eq!(b.message.as_deref(), Some("Incorrect API key"));
        assert_eq!(b.error_type.as_deref(), Some("invalid_request_error"));
        assert_eq!(b.error_code.as_deref(), Some("invalid_api_key"));
    }

    #[test]
    fn google_status_becomes_type_and_code_becomes_status() {
        let b = first(
            r#"{"error": {"code": 429, "message": "Quota", "status": "RESOURCE_EXHAUSTED"}}"#,
        );
        assert_eq!(b.status, Some(429));
        assert_eq!(b.error_type.as_deref(), Some("RESOURCE_EXHAUSTED"));
        assert_eq!(b.error_code, None);
    }

    #[test]
    fn follows_escaped_json_to_the_innermost_error() {
        let text = r#"{"$error": "failed: Error code: 403 - {\"code\":\"AccountOverdueError\",\"message\":\"overdue\",\"type\":\"Forbidden\",\"request_id\":\"abc123\"}"}"#;
        let b = first(text);
        assert_eq!(b.level, 1);
        assert_eq!(b.error_code.as_deref(), Some("AccountOverdueError"));
        assert_eq!(b.request_id.as_deref(), Some("abc123"));
    }

    #[test]
    fn a_detail_under_a_summary_is_the_message() {
        let b = first(
            r#"{"message": "Invalid Form Body", "code": 50035, "errors": {"embeds": {"0": {"title": {"_errors": [{"code": "BASE_TYPE_REQUIRED", "message": "This field is required"}]}}}}}"#,
        );
        assert_eq!(b.message.as_deref(), Some("This field is required"));
        assert_eq!(b.error_code.as_deref(), Some("50035"));
        let b = first(r#"{"message": "Invalid Form Body", "code": 50035, "errors": {}}"#);
        assert_eq!(b.message.as_deref(), Some("Invalid Form Body"));
    }

    #[test]
    fn anthropic_envelope_keeps_top_level_request_id() {
        let b = first(
            r#"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_011"}"#,
        );
        assert_eq!(b.error_type.as_deref(), Some("overloaded_error"));
        assert_eq!(b.request_id.as_deref(), Some("req_011"));
    }

    #[test]
    fn kubernetes_status_reason_is_the_type() {
        let b = first(
            r#"{"kind":"Status","status":"Failure","message":"Unauthorized","reason":"Unauthorized","code":401}"#,
        );
        assert_eq!(b.error_type.as_deref(), Some("Unauthorized"));
        assert_eq!(b.status, Some(401));
    }

    #[test]
    fn reads_bodies_escaped_inside_strings() {
        let b = first(
            r#"BadRequestError('Error code: 400 - {\'error\': {\'message\': "It\'s too long", \'type\': \'invalid_request_error\', \'code\': \'context_length_exceeded\'}}')"#,
        );
        assert_eq!(b.message.as_deref(), Some("It's too long"));
        assert_eq!(b.error_code.as_deref(), Some("context_length_exceeded"));
        let b = first(
            r#"503 - "{\"error\":{\"message\":\"\u65e0 channel\",\"type\":\"new_api_error\"}}""#,
        );
        assert_eq!(b.message.as_deref(), Some("无 channel"));
        assert_eq!(b.error_type.as_deref(), Some("new_api_error"));
        let twice =
            r#"log="{\\\"error\\\":{\\\"code\\\":\\\"bad_key\\\",\\\"message\\\":\\\"no\\\"}}""#;
        assert_eq!(first(twice).error_code.as_deref(), Some("bad_key"));
    }

    #[test]
    fn reads_go_and_rust_struct_dumps() {
        let b = first("quota failed: {Error:{Message:user quota is not enough Type:one_api_error Param: Code:insufficient_user_quota} StatusCode:403}");
        assert_eq!(b.message.as_deref(), Some("user quota is not enough"));
        assert_eq!(b.error_type.as_deref(), Some("one_api_error"));
        assert_eq!(b.error_code.as_deref(), Some("insufficient_user_quota"));
        assert_eq!(b.status, Some(403));
        let b = first(
            r#"ApiError { message: "Invalid key", type: Some("invalid_request_error"), param: None, code: Some("invalid_api_key") }"#,
        );
        assert_eq!(b.error_type.as_deref(), Some("invalid_request_error"));
        assert_eq!(b.error_code.as_deref(), Some("invalid_api_key"));
        let b = first(
            r#"BackendError { message: "Incorrect key", error_type: "invalid_request_error" }"#,
        );
        assert_eq!(b.error_type.as_deref(), Some("invalid_request_error"));
    }

    #[test]
    fn an_aws_body_names_its_type_by_code() {
        let b = first(
            r#"Error { code: "ThrottlingException", message: "Too many requests", aws_request_id: "bc9a-1" }"#,
        );
        assert_eq!(b.error_type.as_deref(), Some("ThrottlingException"));
        assert_eq!(b.error_code, None);
        assert_eq!(b.request_id.as_deref(), Some("bc9a-1"));
        let b = first(
            r#"{"__type":"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException","message":"Rate exceeded"}"#,
        );
        assert_eq!(
            b.error_type.as_deref(),
            Some("ProvisionedThroughputExceededException")
        );
    }

    #[test]
    fn a_summary_error_string_gives_way_to_the_message() {
        let b = first(
            r#"{"error":"Unauthorized","message":"Full authentication is required","status":401}"#,
        );
        assert_eq!(
            b.message.as_deref(),
            Some("Full authentication is required")
        );
        let b = first(r#"{"error":"invalid_grant","error_description":"Token expired"}"#);
        assert_eq!(b.error_code.as_deref(), Some("invalid_grant"));
        assert_eq!(b.message.as_deref(), Some("Token expired"));
    }

    #[test]
    fn an_error_naming_a_code_beside_a_message() {
        let b = first(r#"{"error":"request_timeout","message":"Upstream sent no request in 30s"}"#);
        assert_eq!(b.error_code.as_deref(), Some("request_timeout"));
        assert_eq!(
            b.message.as_deref(),
            Some("Upstream sent no request in 30s")
        );
    }

    #[test]
    fn a_message_given_as_a_list_of_strings() {
        // A bare body right after its failed status.
        let conflict = |_: &str| Some(409);
        let bodies = find_bodies(
            r#"409 Conflict: {"message":["Another open merge request already exists"]}"#,
            &conflict,
        );
        let b = primary(&bodies).expect("an envelope");
        assert_eq!(
            b.message.as_deref(),
            Some("Another open merge request already exists")
        );
        let b = first(
            r#"{"ok":false,"error":"invalid_blocks","errors":["must be less than 3001 characters"]}"#,
        );
        assert_eq!(b.error_code.as_deref(), Some("invalid_blocks"));
        assert_eq!(
            b.message.as_deref(),
            Some("must be less than 3001 characters")
        );
    }

    #[test]
    fn a_trace_id_of_a_wrapping_record_is_not_the_request_id() {
        let text = r#"{"trace_id": "t-1", "event": "data: {\"error\":{\"type\":\"server_error\",\"message\":\"failed\"}}"}"#;
        assert_eq!(first(text).request_id, None);
    }

    #[test]
    fn plain_log_objects_are_not_errors() {
        let bodies = find_bodies(r#"{"message": "server started", "port": 8080}"#, &none);
        assert!(primary(&bodies).is_none());
    }

    #[test]
    fn the_service_body_a_client_error_keeps_is_the_error() {
        let text = r#"{"level":"error","ts":"t","error":{"class":"PermissionDeniedError","message":"Error code: 403 - no access","status_code":403,"body":{"message":"no access","type":"one_api_error"}}}"#;
        let b = first(text);
        assert_eq!(b.message.as_deref(), Some("no access"));
        assert_eq!(b.error_type.as_deref(), Some("one_api_error"));
        assert_eq!(b.status, Some(403));
    }

    #[test]
    fn a_record_names_its_error_object_as_it_likes() {
        let text = r#"{"level":"error","op":"Decrypt","aws_error":{"Message":"denied","Code":"AccessDeniedException"},"http_status":400,"aws_request_id":"3e7b1c94"}"#;
        let b = first(text);
        assert_eq!(b.error_type.as_deref(), Some("AccessDeniedException"));
        assert_eq!(b.message.as_deref(), Some("denied"));
        // A body's inner error adds detail to the body's own code.
        let text = r#"{"code":"content_filter","message":"filtered","inner_error":{"code":"ResponsibleAIPolicyViolation"}}"#;
        assert_eq!(first(text).error_code.as_deref(), Some("content_filter"));
    }

    #[test]
    fn a_logged_google_error_names_its_status() {
        let text = r#"{"ts":"t","level":"error","error":{"class":"ClientError","message":"too long","code":400,"status":"INVALID_ARGUMENT"}}"#;
        let b = first(text);
        assert_eq!(b.error_type.as_deref(), Some("INVALID_ARGUMENT"));
        assert_eq!(b.status, Some(400));
    }

    #[test]
    fn slack_error_string_is_a_code() {
        let b = first("{'ok': False, 'error': 'ratelimited'}");
        assert_eq!(b.error_code.as_deref(), Some("ratelimited"));
        assert_eq!(b.message, None);
    }

    #[test]
    fn a_bare_body_under_many_response_headers_keeps_its_status() {
        fn status(prefix: &str) -> Option<u16> {
            prefix.contains("HTTP/1.1 429").then_some(429)
        }
        let mut text = String::from("< HTTP/1.1 429 Too Many Requests\r\n");
        for i in 0..12 {
            text.push_str(&format!("< x-ratelimit-header-{i}: value-{i}\r\n"));
        }
        text.push_str(
            "< \r\n* Connection #0 to host 127.0.0.1 left intact\n{\"message\":\"slow down\"}",
        );
        let bodies = find_bodies(&text, &status);
        assert_eq!(bodies.first().and_then(|b| b.status), Some(429));
        assert_eq!(response_head("no head\n{}", 8), 0);
    }

    #[test]
    fn a_gateways_relayed_upstream_text_is_the_message() {
        let b = first(
            r#"{"error":{"message":"Provider returned error","code":429,"metadata":{"raw":"model-x is rate-limited upstream","provider_name":"P"}}}"#,
        );
        assert_eq!(
            b.message.as_deref(),
            Some("model-x is rate-limited upstream")
        );
        assert_eq!(b.status, Some(429));
    }
}
