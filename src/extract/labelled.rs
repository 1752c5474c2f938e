//! Fields printed as labelled values rather than as a body: the lists SDKs append to a message
//! (`(Service: S3; Status Code: 403; Error Code: AccessDenied; Request ID: X)`,
//! `(request_id: req_1, path: /v1/messages, type: authentication_error)`), labelled lines
//! (`.NET`'s `Status: 404 (Not Found)` / `ErrorCode: DeploymentNotFound`), Go's gRPC status
//! (`rpc error: code = PermissionDenied desc = ...`) and aiohttp's
//! `ClientResponseError: 401, message='Unauthorized'`, and a logfmt record of a failed call
//! (`status=504 request_id=req_1 type=timeout_error`).
//!
//! Labels are read by meaning through the key synonyms of `data/keys.toml`.

use std::sync::LazyLock;

use regex::Regex;

use crate::knowledge::{self, normalize_key};

/// What labelled values say.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Labelled {
    pub status: Option<u16>,
    pub error_type: Option<String>,
    pub error_code: Option<String>,
    pub request_id: Option<String>,
    pub message: Option<String>,
    /// Byte range of an appended label list, which is no part of the message before it.
    pub list_at: Option<usize>,
    /// A type and a code named on a log line that is no record of a failure by itself (`code=X
    /// type=Y` printed after an exception): they complete an error found otherwise, and are
    /// no evidence of one.
    pub aside_type: Option<String>,
    pub aside_code: Option<String>,
}

impl Labelled {
    fn is_empty(&self) -> bool {
        self.status.is_none()
            && self.error_type.is_none()
            && self.error_code.is_none()
            && self.request_id.is_none()
            && self.message.is_none()
            && self.aside_type.is_none()
            && self.aside_code.is_none()
    }
}

/// A parenthesised list of `label: value` pairs that names a request id, status or code.
static LIST: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(
        r"(?i)[ \t]*\(((?:[^()\n]|\([^()\n]*\))*\b(?:request[_ -]?id|status[_ ]code|error[_ ]code|path)\s*[:=][^()\n]*(?:\([^()\n]*\)[^()\n]*)*)\)",
    )
});

/// One `label: value` or `label = value` in a list, separated by `;` or `,`.
static PAIR: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(r"([A-Za-z][\w -]*?)[ \t]*[:=][ \t]*([^;,\n]+?)[ \t]*(?:[;,]|$)")
});

/// `.NET`-style labelled lines at a line start.
static LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(
        r"(?m)^\s*(Status|ErrorCode|Error Code|Request ?ID|x-ms-request-id|apim-request-id)\s*:\s*(\S[^\r\n]*?)\s*$",
    )
});

/// Go's gRPC status error.
static GRPC: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::builtin(r"rpc error: code = (\w+) desc = ([^\r\n]+)"));

/// aiohttp's `ClientResponseError: 401, message='Unauthorized', url=...`.
static AIOHTTP: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(r#"ClientResponseError: ([1-5]\d\d), message=(?:'([^']*)'|"([^"]*)")"#)
});

/// Reads the labelled values in `text`.
pub fn read(text: &str) -> Option<Labelled> {
    let mut out = Labelled::default();
    // Lists printed one after another (a gateway's `(request id: X)`, then the SDK's
    // `(path: ..., type: ...)`) are read together; the first says where they start.
    for c in LIST.captures_iter(text) {
        let list = c.get(1).expect("group 1");
        out.list_at = out.list_at.or(c.get(0).map(|m| m.start()));
        let aws = list.as_str().contains("Service:");
        for p in PAIR.captures_iter(list.as_str()) {
            take(&mut out, &p[1], &p[2], aws);
        }
    }
    for c in LINE.captures_iter(text) {
        take(&mut out, &c[1], &c[2], false);
    }
    if let Some(c) = GRPC.captures(text) {
        out.error_type.get_or_insert_with(|| c[1].to_string());
        out.message
            .get_or_insert_with(|| c[2].trim().trim_end_matches('"').to_string());
    }
    comma_list(text, &mut out);
    logfmt(text, &mut out);
    if let Some(c) = AIOHTTP.captures(text) {
        out.status = out.status.or(c[1].parse().ok());
        // aiohttp's `message` is the reason phrase unless the service sent its own.
        let m = c.get(2).or(c.get(3)).map_or("", |m| m.as_str()).trim();
        if !m.is_empty() && !super::patterns::is_reason_phrase(m) {
            out.message.get_or_insert_with(|| m.to_string());
        }
    }
    (!out.is_empty()).then_some(out)
}

/// One `Label: value` segment of a comma-separated list.
static SEGMENT: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(r"^\s*([A-Za-z][A-Za-z _-]{0,30}?)\s*:\s*(\S.*?)\s*$")
});

/// Labelled values in a line's comma-separated list, the last of which is the message and
/// runs to the end of the line: Go's `error, status code: 429, status: 429 Too Many
/// Requests, message: ...`, `Status: 401, Code: X, Type: Y, Message: ...`, and the AWS SDK
/// for Java's `Status Code: 403, AWS Service: S3, AWS Error Code: X, AWS Error Message: ...`.
fn comma_list(text: &str, out: &mut Labelled) {
    let keys = &knowledge::get().keys;
    let norm = |l: &str| normalize_key(l.trim()).replace(' ', "");
    for line in text.lines().filter(|l| l.matches(", ").count() >= 2) {
        let segments: Vec<&str> = line.split(", ").collect();
        // The run of `Label: value` segments that ends in a message label.
        let Some(last) = segments.iter().rposition(|s| {
            SEGMENT
                .captures(s)
                .is_some_and(|c| keys.message.contains(&norm(&c[1]).replace("aws", "")))
        }) else {
            continue;
        };
        let first = (0..last)
            .rev()
            .take_while(|&i| SEGMENT.is_match(segments[i]))
            .last()
            .unwrap_or(last);
        let pairs: Vec<(String, String)> = segments[first..last]
            .iter()
            .filter_map(|s| SEGMENT.captures(s))
            .map(|c| (c[1].to_string(), c[2].to_string()))
            .collect();
        let known = pairs
            .iter()
            .filter(|(l, _)| {
                let l = norm(l);
                keys.status.contains(&l) || keys.code.contains(&l) || keys.kind.contains(&l)
            })
            .count();
        if pairs.len() < 2 || known == 0 {
            continue;
        }
        let aws = pairs.iter().any(|(l, _)| l.starts_with("AWS "));
        for (label, value) in &pairs {
            take(out, label.trim_start_matches("AWS "), value, aws);
        }
        let message = segments[last..].join(", ");
        let message = SEGMENT
            .captures(&message)
            .map(|c| c[2].to_string())
            .unwrap_or_default();
        if !message.is_empty() {
            out.message.get_or_insert(message);
        }
        return;
    }
}

/// One logfmt `key=value` pair, the value bare or quoted (double or single quotes), also the
/// first pair of a repr (`GenerationResponse(status_code=400, ...)`).
static LOGFMT_PAIR: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(
        r#"(?:^|\s|\w\()([A-Za-z][\w.]*)=("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|[^\s"']+)"#,
    )
});

/// What a logfmt key names, by its synonyms in `data/keys.toml` or, for an application's own
/// names (`err_type`, `biz_code`, `slack_error`, `err_msg`), by how the key ends.
#[derive(PartialEq)]
enum LogKey {
    Status,
    Kind,
    Code,
    RequestId,
    /// A message key that names an error (`err_msg`, `error_message`).
    ErrorMessage,
    /// The record's own `msg` / `message`: the service's words only when no error key
    /// says more.
    Message,
    /// The record's log level: its `msg` is the application's.
    Level,
    Other,
}

fn log_key(key: &str) -> LogKey {
    let keys = &knowledge::get().keys;
    // A dotted key names a field of an object (`err.type`, `error.message`).
    let k = normalize_key(&key.replace('.', ""));
    let errorish = k.starts_with("err") || k.contains("error");
    if keys.level_normalized.contains(&k) {
        LogKey::Level
    } else if keys.status.contains(&k) || errorish && k.ends_with("status") {
        LogKey::Status
    } else if keys.request_id.contains(&k) || k.ends_with("requestid") {
        LogKey::RequestId
    } else if keys.kind.contains(&k) || errorish && k.ends_with("type") {
        LogKey::Kind
    } else if keys.code.contains(&k) || k.ends_with("code") && !k.contains("status") {
        LogKey::Code
    } else if errorish
        && (keys.message.contains(&k) || k.ends_with("msg") || k.ends_with("message"))
    {
        LogKey::ErrorMessage
    } else if keys.message.contains(&k) {
        LogKey::Message
    } else if k.len() > 5 && k.ends_with("error") {
        // `slack_error=channel_not_found`: a service's error code under the app's name.
        LogKey::Code
    } else {
        LogKey::Other
    }
}

/// The fields of the logfmt records (three pairs or more) of a failed call: a record whose
/// status pair is a failure (`anthropic status=402 request_id=req_1 type=billing_error`,
/// `http_status=429 biz_code=1113 err_msg="..."`), or that names the error's message and code
/// (`error_code=resource_missing error_message="..."`). A record of a call that worked names no
/// error, whatever its other pairs say. The first record gives each field; an error's message
/// key outranks a record's own `msg`.
fn logfmt(text: &str, out: &mut Labelled) {
    let mut error_message = None;
    let mut message = None;
    for line in text.lines() {
        let pairs: Vec<Pair> = LOGFMT_PAIR
            .captures_iter(line)
            .map(|c| {
                let v = c.get(2).expect("group 2");
                Pair {
                    key: log_key(&c[1]),
                    raw: v.as_str(),
                    // A Python repr's `Name(status_code=400, code='X')` separates its pairs
                    // with commas.
                    bare: v
                        .as_str()
                        .trim_end_matches([',', ')'])
                        .trim_matches(['"', '\'']),
                    at: v.start(),
                }
            })
            // The pairs of a nested object (`details=StatusDetails(kind=statefulsets)`)
            // describe that object, not the error, and so does a repr's own kind
            // (`Status(kind=Status, ...)`).
            .filter(|p| {
                !placeholder(p.bare)
                    && paren_depth(&line[..p.at]) <= 1
                    && !(p.key == LogKey::Kind && line.contains(&format!("{}(", p.bare)))
            })
            .collect();
        let has = |key: LogKey| pairs.iter().any(|p| p.key == key);
        let status = |p: &Pair| {
            (p.key == LogKey::Status)
                .then(|| p.bare.parse::<u16>().ok())
                .flatten()
        };
        let named = pairs
            .iter()
            .find(|p| {
                status(p).is_some_and(|s| (400..600).contains(&s))
                    || p.key == LogKey::Status && status_name(p.bare)
            })
            .map(|p| p.bare);
        let failed = named.is_some()
            || has(LogKey::ErrorMessage) && (has(LogKey::Code) || has(LogKey::Kind));
        let succeeded = pairs.iter().any(|p| status(p).is_some_and(|s| s < 400));
        if pairs.len() >= 2 && !failed && !succeeded {
            aside(&pairs, out);
        }
        if pairs.len() < 3 || !failed {
            continue;
        }
        // Google's errors pair the HTTP status, as `code`, with a status name
        // (`code=400 status=INVALID_ARGUMENT`).
        if named.is_some_and(status_name) {
            for p in pairs.iter().filter(|p| p.key == LogKey::Code) {
                put_status(out, p.bare);
            }
        }
        let last_at = pairs.last().map(|p| p.at);
        let unquote = |p: &Pair| {
            if p.raw.starts_with(['"', '\'']) {
                p.raw[1..p.raw.len().saturating_sub(1)]
                    .replace("\\\"", "\"")
                    .replace("\\'", "'")
            } else {
                // A bare value that ends its line runs to the end: an application prints
                // its last field unquoted (`msg=Unable to create record: ...`).
                if last_at == Some(p.at) {
                    &line[p.at..]
                } else {
                    p.raw
                }
                .trim()
                .to_string()
            }
        };
        for p in &pairs {
            let bare = p.bare;
            match p.key {
                // A gRPC status name where the status goes (`status=PERMISSION_DENIED: msg`):
                // the type, and the rest of the line is the message.
                LogKey::Status if status_name(bare) => {
                    out.error_type
                        .get_or_insert_with(|| bare.trim_end_matches(':').to_string());
                    if bare.ends_with(':') && last_at == Some(p.at) {
                        let rest = line[p.at + p.raw.len()..].trim();
                        if !rest.is_empty() {
                            error_message.get_or_insert_with(|| rest.to_string());
                        }
                    }
                }
                LogKey::Status => put_status(out, bare),
                LogKey::RequestId if identifier(bare) => {
                    out.request_id.get_or_insert_with(|| bare.to_string());
                }
                LogKey::Kind if identifier(bare) && !class_name(bare) => {
                    out.error_type.get_or_insert_with(|| bare.to_string());
                }
                LogKey::Code if identifier(bare) && !class_name(bare) => {
                    out.error_code.get_or_insert_with(|| bare.to_string());
                }
                LogKey::ErrorMessage if !bare.starts_with('{') => {
                    error_message.get_or_insert_with(|| unquote(p));
                }
                LogKey::Message if !has(LogKey::Level) => {
                    message.get_or_insert_with(|| unquote(p));
                }
                _ => {}
            }
        }
    }
    // A structured logger's own `msg` is the application's summary (`msg="call failed"`).
    if let Some(m) = error_message.or(message).filter(|m| !m.is_empty()) {
        out.message.get_or_insert(m);
    }
}

/// One `key=value` pair of a record: the key's meaning, the value as written and unquoted, and
/// where the value starts on its line.
struct Pair<'a> {
    key: LogKey,
    raw: &'a str,
    bare: &'a str,
    at: usize,
}

/// How many parentheses are open at the end of `text`, outside double-quoted values.
fn paren_depth(text: &str) -> usize {
    let mut depth = 0usize;
    let mut quoted = false;
    let mut escaped = false;
    for c in text.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => quoted = !quoted,
            '(' if !quoted => depth += 1,
            ')' if !quoted => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    depth
}

/// A value that can be an id, type or code: a word of letters, digits, `_`, `.` and `-`.
fn identifier(v: &str) -> bool {
    v.starts_with(|c: char| c.is_ascii_alphanumeric())
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || "_.-".contains(c))
}

/// A class name is the client's exception, not the service's type or code.
fn class_name(v: &str) -> bool {
    v.ends_with("Error") || v.ends_with("Exception")
}

/// A status name where a status goes (`status=PERMISSION_DENIED`, `status=RESOURCE_EXHAUSTED:`):
/// gRPC's and Google's canonical names, upper-case words joined by `_`.
fn status_name(value: &str) -> bool {
    let v = value.trim_end_matches(':');
    v.len() > 3 && v.bytes().all(|b| b.is_ascii_uppercase() || b == b'_')
}

/// The type and code of a line that names them beside other fields but is no failure record by
/// itself (`code=RateLimitExceeded type=TooManyRequests endpoint=ep-1`).
fn aside(pairs: &[Pair], out: &mut Labelled) {
    // A success word or a flag names no error.
    let token = |v: &str| {
        let word = v.len() > 2 && v.starts_with(|c: char| c.is_ascii_alphabetic());
        let success = ["ok", "success", "succeeded", "true", "false"]
            .iter()
            .any(|w| v.eq_ignore_ascii_case(w));
        (word && identifier(v) && !class_name(v) && !success).then(|| v.to_string())
    };
    for p in pairs {
        match p.key {
            LogKey::Kind => out.aside_type = out.aside_type.take().or_else(|| token(p.bare)),
            LogKey::Code => out.aside_code = out.aside_code.take().or_else(|| token(p.bare)),
            _ => {}
        }
    }
}

/// A placeholder a client prints for a field the body did not have.
fn placeholder(value: &str) -> bool {
    ["null", "none", "nil", "<nil>", "undefined", "unknown"]
        .iter()
        .any(|p| value.eq_ignore_ascii_case(p))
}

/// A status stated as a number, if it is one an HTTP response can have.
fn put_status(out: &mut Labelled, value: &str) {
    if let Ok(s) = value.parse::<u16>() {
        if (100..600).contains(&s) {
            out.status.get_or_insert(s);
        }
    }
}

/// Whether an exception's text is only aiohttp's argument list, not a message.
pub fn is_argument_list(rest: &str) -> bool {
    static ARGS: LazyLock<Regex> =
        LazyLock::new(|| crate::pattern::builtin(r"^\s*[1-5]\d\d, message="));
    ARGS.is_match(rest)
}

/// The message without a label list appended to it (and the labelled text after it, or the
/// list's own start when the text was cut inside it).
pub fn strip_list(message: &str) -> &str {
    static CUT_OPEN: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::builtin(
            r"(?i)\s*\((?:Service|Status Code|Error Code|Request ID|request_id):",
        )
    });
    let tail_is_labels = |rest: &str| {
        let rest = rest.trim_start();
        rest.is_empty() || rest.starts_with([',', ';'])
    };
    if let Some(m) = LIST
        .find_iter(message)
        .find(|m| m.start() > 0 && tail_is_labels(&message[m.end()..]))
    {
        return message[..m.start()].trim_end();
    }
    match CUT_OPEN.find(message) {
        Some(m) if m.start() > 0 && !message[m.end()..].contains(')') => {
            message[..m.start()].trim_end()
        }
        _ => message,
    }
}

/// Files one labelled value under the field its label means.
fn take(out: &mut Labelled, label: &str, value: &str, aws: bool) {
    let keys = &knowledge::get().keys;
    let label = normalize_key(label.trim()).replace(' ', "");
    let value = value.trim().trim_matches(['\'', '"']);
    if value.is_empty() || placeholder(value) {
        return;
    }
    if keys.status.contains(&label) {
        // `Status: 404 (Not Found)`, `Status Code: 403`.
        let digits: String = value.chars().take_while(char::is_ascii_digit).collect();
        put_status(out, &digits);
    } else if keys.request_id.contains(&label) {
        out.request_id.get_or_insert_with(|| value.to_string());
    } else if keys.kind.contains(&label) {
        out.error_type.get_or_insert_with(|| value.to_string());
    } else if keys.code.contains(&label) {
        // An AWS SDK's `Error Code` is the AWS error code, which names the error's type.
        let slot = if aws {
            &mut out.error_type
        } else {
            &mut out.error_code
        };
        slot.get_or_insert_with(|| value.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dotted_keys_name_fields_of_an_error() {
        let l = read("err.status=429 err.type=new_api_error chat=7 queued=2").unwrap();
        assert_eq!(l.status, Some(429));
        assert_eq!(l.error_type.as_deref(), Some("new_api_error"));
    }

    #[test]
    fn a_line_naming_only_a_code_and_type_completes_an_error() {
        let l =
            read("[job] code=RateLimitExceeded.RPM type=TooManyRequests endpoint=ep-1").unwrap();
        assert_eq!(l.error_type, None);
        assert_eq!(l.aside_type.as_deref(), Some("TooManyRequests"));
        assert_eq!(l.aside_code.as_deref(), Some("RateLimitExceeded.RPM"));
        let l = read("done isError=false code=ok took=3ms");
        assert!(l.is_none_or(|l| l.aside_code.is_none()));
    }

    #[test]
    fn a_google_status_name_pairs_with_the_http_code() {
        let l = read("rejected: ClientError code=400 status=INVALID_ARGUMENT message='too big'")
            .unwrap();
        assert_eq!(l.status, Some(400));
        assert_eq!(l.error_type.as_deref(), Some("INVALID_ARGUMENT"));
        assert_eq!(l.message.as_deref(), Some("too big"));
    }

    #[test]
    fn reads_a_logfmt_record_of_a_failed_call() {
        let l = read(
            "ts=1 svc=billing status=429 type=rate_limit_error code=too_many msg=\"slow down\"",
        )
        .unwrap();
        assert_eq!(l.status, Some(429));
        assert_eq!(l.error_type.as_deref(), Some("rate_limit_error"));
        assert_eq!(l.error_code.as_deref(), Some("too_many"));
        // A record of a call that worked names no error.
        assert_eq!(read("ts=1 svc=billing status=200 type=chat"), None);
        // An application's own key names, and its last field printed bare to the line's end.
        let l = read("event=glm_failed http_status=429 err_class=APIReachLimitError biz_code=1113 err_type=quota req=req_9 err_msg=账户已欠费 请充值").unwrap();
        assert_eq!(l.error_code.as_deref(), Some("1113"));
        assert_eq!(l.error_type.as_deref(), Some("quota"));
        assert_eq!(l.request_id.as_deref(), Some("req_9"));
        assert_eq!(l.message.as_deref(), Some("账户已欠费 请充值"));
        // A structured logger's `msg` is the application's; an error key says more.
        let l = read(
            r#"level=ERROR msg="completion failed" http=503 err="No channel" code=model_not_found"#,
        )
        .unwrap();
        assert_eq!((l.status, l.message), (Some(503), None));
        let l =
            read("op=pi http_status=402 error_message='Your card was declined.' msg=x").unwrap();
        assert_eq!(l.message.as_deref(), Some("Your card was declined."));
    }

    #[test]
    fn reads_an_aws_java_list() {
        let l = read("com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: 8SV7S6VZTXYQZQMW; S3 Extended Request ID: abc=)").unwrap();
        assert_eq!(l.status, Some(403));
        assert_eq!(l.error_type.as_deref(), Some("AccessDenied"));
        assert_eq!(l.request_id.as_deref(), Some("8SV7S6VZTXYQZQMW"));
    }

    #[test]
    fn reads_an_sdk_suffix() {
        let t = "anthropic.AuthenticationError: 401 invalid x-api-key (request_id: req_011CVd3k, path: /v1/messages, type: authentication_error)";
        let l = read(t).unwrap();
        assert_eq!(l.request_id.as_deref(), Some("req_011CVd3k"));
        assert_eq!(l.error_type.as_deref(), Some("authentication_error"));
        assert_eq!(
            &t[..l.list_at.unwrap()],
            "anthropic.AuthenticationError: 401 invalid x-api-key"
        );
    }

    #[test]
    fn reads_dotnet_lines_grpc_and_aiohttp() {
        let l = read("Azure.RequestFailedException: The API deployment does not exist.\nStatus: 404 (Not Found)\nErrorCode: DeploymentNotFound").unwrap();
        assert_eq!(
            (l.status, l.error_code.as_deref()),
            (Some(404), Some("DeploymentNotFound"))
        );
        let l = read(
            "panic: rpc error: code = PermissionDenied desc = The caller does not have permission",
        )
        .unwrap();
        assert_eq!(l.error_type.as_deref(), Some("PermissionDenied"));
        assert_eq!(
            l.message.as_deref(),
            Some("The caller does not have permission")
        );
        let l = read("aiohttp.client_exceptions.ClientResponseError: 401, message='Unauthorized', url=URL('https://x')").unwrap();
        assert_eq!(l.status, Some(401));
    }

    #[test]
    fn reads_a_repr_and_skips_nested_objects() {
        let l = read("GenerationResponse(status_code=400, request_id='5c3e9a1f', code='Arrearage', message='Access denied.', output=None)").unwrap();
        assert_eq!(l.status, Some(400));
        assert_eq!(l.error_code.as_deref(), Some("Arrearage"));
        assert_eq!(l.message.as_deref(), Some("Access denied."));
        // A nested object's kind and the repr's own kind are not the error's type.
        let l = read("Received status: Status(apiVersion=v1, code=409, details=StatusDetails(kind=statefulsets, name=k), kind=Status, message=conflict)");
        assert!(l.is_none_or(|l| l.error_type.is_none()));
        // A bracketed aside in prose is no repr.
        let l = read("There was an unexpected error (type=Internal Server Error, status=500).");
        assert!(l.is_none_or(|l| l.error_type.is_none()));
    }

    #[test]
    fn strips_an_appended_list() {
        assert_eq!(
            strip_list("invalid x-api-key (request_id: req_1, path: /v1/messages, type: x)"),
            "invalid x-api-key"
        );
        assert_eq!(strip_list("plain (words)"), "plain (words)");
        // Without a request id the SDK prints the path and type alone, after a gateway's own
        // `(request id: ...)`.
        assert_eq!(
            strip_list("bad token (request id: 2026x) (path: /v1/messages, type: gw_error)"),
            "bad token (request id: 2026x)"
        );
        assert_eq!(
            read("AuthenticationError: 401 bad token (path: /v1/messages, type: gw_error)")
                .and_then(|l| l.error_type)
                .as_deref(),
            Some("gw_error")
        );
    }

    #[test]
    fn reads_comma_lists_that_end_in_a_message() {
        let l = read(
            "error, status code: 429, status: 429 Too Many Requests, message: Slow down, please",
        )
        .unwrap();
        assert_eq!(l.status, Some(429));
        assert_eq!(l.message.as_deref(), Some("Slow down, please"));
        let l = read("Error details: Status: 401, Code: bad_org, Type: invalid_request_error, Message: Wrong org.").unwrap();
        assert_eq!(l.error_code.as_deref(), Some("bad_org"));
        assert_eq!(l.error_type.as_deref(), Some("invalid_request_error"));
        let l = read("Details: Status: 401, Code: 401, Type: unknown, Message: No auth").unwrap();
        assert_eq!(l.error_type, None);
        let l = read("Status Code: 403, AWS Service: Amazon S3, AWS Request ID: E6B2, AWS Error Code: AccessDenied, AWS Error Message: Access Denied").unwrap();
        assert_eq!(l.error_type.as_deref(), Some("AccessDenied"));
        assert_eq!(l.request_id.as_deref(), Some("E6B2"));
        assert_eq!(l.message.as_deref(), Some("Access Denied"));
    }

    #[test]
    fn prose_with_commas_is_no_list() {
        assert_eq!(read("Note: this, that, and message: whatever"), None);
    }

    #[test]
    fn prose_in_brackets_is_no_list() {
        assert_eq!(read("Waiting (this may take a while)"), None);
    }
}
