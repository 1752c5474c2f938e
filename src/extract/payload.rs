//! Error bodies: find the structured payloads in a text and read their error envelope.
//!
//! Handles every envelope providers use (OpenAI-style `error{message,type,code}`, Anthropic,
//! Google with a gRPC `status`, OpenRouter's numeric code, `{code,message}` bodies, Kubernetes
//! `Status`, OCI `errors[]`, OAuth `error_description`, Slack `ok:false`) and follows JSON
//! escaped inside strings, so a gateway's wrapped upstream body yields the innermost error.

use serde_json::{Map, Value};

use super::lenient;

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
}

/// What an enclosing object passes down to the envelopes inside it.
#[derive(Clone, Default)]
struct Inherited {
    status: Option<u16>,
    request_id: Option<String>,
    /// Inside a structured log record.
    in_record: bool,
}

/// Finds status hints in the text just before a payload (`Error code: 429 - {`).
pub type StatusBefore<'a> = &'a dyn Fn(&str) -> Option<u16>;

/// All error envelopes in `text`, in order of appearance.
pub fn find_bodies(text: &str, status_before: StatusBefore) -> Vec<Body> {
    let mut out = Vec::new();
    scan(text, 0, &Inherited::default(), status_before, &mut out);
    out
}

/// The envelope that best describes the error: the innermost with a message or code.
pub fn primary(bodies: &[Body]) -> Option<&Body> {
    let informative =
        |b: &&Body| b.message.is_some() || b.error_code.is_some() || b.error_type.is_some();
    // Deepest first; at one depth, an envelope with a message beats one without, and one
    // naming its type or code beats a bare message.
    let rank = |b: &Body| {
        (
            b.level,
            b.message.is_some(),
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
    while let Some(rel) = text[pos..].find('{') {
        let start = pos + rel;
        match lenient::parse_at(text, start) {
            Some((value, end)) if value.is_object() => {
                let window_start = floor_char(text, start.saturating_sub(160));
                let mut here = inh.clone();
                if let Some(s) = sb(&text[window_start..start]) {
                    here.status = Some(s);
                }
                walk(&value, level, start, &here, sb, out);
                pos = end;
            }
            _ => pos = start + 1,
        }
    }
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
            if let Some(r) = own_request_id(map) {
                here.request_id = Some(r);
            }
            // A log record (a level and a time) is the application's, not a response body:
            // what it holds is an API error only under a failed HTTP status.
            let record = inh.in_record || log_record(map);
            here.in_record = record;
            let (mut env, skip) = if record && here.status.is_none_or(|s| s < 400) {
                (None, None)
            } else {
                interpret(map)
            };
            if env.is_none() && inh.status.is_some() && map.len() <= 3 {
                // A bare `{"message": ...}` printed right after a status is that error's body.
                env = ["message", "detail", "error"]
                    .iter()
                    .find_map(|k| text_of(map.get(*k)))
                    .map(|m| Body {
                        message: Some(m),
                        ..Body::default()
                    });
            }
            if let Some(mut b) = env {
                b.level = level;
                b.offset = offset;
                b.status = b.status.or(here.status);
                b.request_id = b.request_id.or_else(|| here.request_id.clone());
                out.push(b);
            }
            for (k, child) in map {
                if skip.as_deref() == Some(k.as_str()) {
                    // The error object itself was read above; only its strings may hold more.
                    strings_only(child, level, &here, sb, out);
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
        Value::String(s) if s.contains('{') => scan(s, level + 1, inh, sb, out),
        _ => {}
    }
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

fn own_status(map: &Map<String, Value>) -> Option<u16> {
    [
        "status",
        "statusCode",
        "status_code",
        "httpStatus",
        "http_status",
        "raw_status_code",
    ]
    .iter()
    .find_map(|k| http_status(map.get(*k)))
}

fn own_request_id(map: &Map<String, Value>) -> Option<String> {
    let rid = [
        "request_id",
        "requestId",
        "request-id",
        "requestID",
        "RequestId",
        "x-request-id",
    ]
    .iter()
    .find_map(|k| text_of(map.get(*k)));
    // Qianfan returns its request id as the body's `id` (`as-...`).
    rid.or_else(|| text_of(map.get("id")).filter(|id| id.starts_with("as-")))
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
    match map.get("error") {
        Some(Value::Object(e)) => (Some(from_error_object(e, map)), Some("error".into())),
        Some(Value::Array(items)) => match items.iter().find_map(Value::as_object) {
            Some(e) => (Some(from_error_object(e, map)), None),
            None => (from_flat(map), None),
        },
        Some(Value::String(s)) => (from_error_string(s, map).or_else(|| from_flat(map)), None),
        _ => (from_flat(map), None),
    }
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
pub(super) fn log_record(map: &Map<String, Value>) -> bool {
    let has = |keys: &[&str]| keys.iter().any(|k| map.contains_key(*k));
    has(&["level", "lvl", "severity", "@l", "levelname", "log.level"])
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
    let (code, code_status) = code_of(e.get("code"));
    let status_text = text_of(e.get("status")).filter(|s| s.parse::<u16>().is_err());
    Body {
        message: text_of(e.get("message"))
            .or_else(|| text_of(e.get("error_description")))
            .or_else(|| text_of(e.get("msg"))),
        error_type: text_of(e.get("type")).or(status_text),
        error_code: code,
        status: http_status(e.get("status"))
            .or(code_status)
            .or_else(|| own_status(outer)),
        request_id: own_request_id(e).or_else(|| own_request_id(outer)),
        ..Body::default()
    }
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
        b.error_code = Some(s.to_string());
        b.message = Some(desc);
    } else if map.get("ok") == Some(&Value::Bool(false))
        || (is_identifier(s) && !map.contains_key("message"))
    {
        b.error_code = Some(s.to_string());
    } else {
        b.message = Some(s.to_string());
    }
    Some(b)
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
    let message = [
        "message",
        "errorMessage",
        "error_message",
        "error_msg",
        "msg",
        "detail",
        "description",
    ]
    .iter()
    .find_map(|k| text_of(map.get(*k)));
    // `error_code` is always a business code (Baidu's 110 is not an HTTP status).
    let (code, code_status) = match map.get("error_code") {
        Some(Value::Number(n)) => (Some(n.to_string()), None),
        Some(v) => code_of(Some(v)),
        None => code_of(map.get("code")),
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
        text_of(map.get("type"))
            .or_else(|| text_of(map.get("errorType")))
            .filter(|t| t != "error" && !looks_like_class(t))
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
    Some(Body {
        message,
        error_type,
        error_code: code,
        status,
        request_id,
        ..Body::default()
    })
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
    fn plain_log_objects_are_not_errors() {
        let bodies = find_bodies(r#"{"message": "server started", "port": 8080}"#, &none);
        assert!(primary(&bodies).is_none());
    }

    #[test]
    fn slack_error_string_is_a_code() {
        let b = first("{'ok': False, 'error': 'ratelimited'}");
        assert_eq!(b.error_code.as_deref(), Some("ratelimited"));
        assert_eq!(b.message, None);
    }
}
