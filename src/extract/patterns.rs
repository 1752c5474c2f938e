//! Text forms: the line shapes clients, CLIs and servers print around an error.
//!
//! Each function reads one field (or one printed form) out of an incident's text. The
//! regexes are compiled once per process.

use std::sync::LazyLock;

use regex::Regex;

fn re(s: &str) -> Regex {
    crate::pattern::builtin(s)
}

/// Places an HTTP status is stated, each with the status in group 1.
static STATUS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        r"(?i)\berror(?: code| response)?:?\s*\[?(\d{3})\b",
        r"(?i)\b(?:http[_ ]?)?status(?:[ _-]?code)?['\x22]?\s*(?:[:=]|is)?\s*['\x22]?\[?(\d{3})\b",
        r#"(?i)\bHTTP/\d(?:\.\d)?"?\s+(\d{3})\b"#,
        r"(?i)\bHTTP(?: error)?\s+(\d{3})\b",
        r"\b(\d{3}) (?:Client|Server) Error\b",
        r"<HttpError (\d{3})\b",
        r"(?i)\bgoogleapi: Error (\d{3})\b",
        r"(?i)exception: \((\d{3})\)",
        r"(?i)\b([1-5]\d\d)\s*(?:-\s*)?(?:Bad Request|Unauthorized|Payment Required|Forbidden|Not Found|Method Not Allowed|Not Acceptable|Proxy Authentication Required|Request Time-?out|Conflict|Gone|Precondition Failed|Payload Too Large|Request Entity Too Large|Unsupported Media Type|Unprocessable Entity|Unprocessable Content|Too Many Requests|Internal Server Error|Not Implemented|Bad Gateway|Service Unavailable|Gateway Time-?out)\b",
        r#"(?m)(?:^|[\[\]>{}]\s*|[:：]\s+|[：，（"“]\s*)([45]\d\d)(?:\]:?|\s*[:\-]?\s)(?:\s*)[\{\[A-Z'"<\p{Han}]"#,
        r"\[GIN\][^\n]*?\|\s*([1-5]\d\d)\s*\|",
        r"does not indicate success: (\d{3})\b",
        // A status right before the body it came with: `API Error (529 {"type":...`.
        r#"(?:^|[\s(\[:：，,])([45]\d\d)\s*[:-]?\s*\{\s*["']"#,
        // `OpenAI API error (429):`, `Upload failed (403):`, `Response code error: ', 524)`.
        r"(?i)\b(?:error|failed|failure|exception|response code)\W{0,6}\(?([45]\d\d)\)?(?:\W|$)",
        // A body's or log's `code` that is a status (`code=403`, `'code': 400`, `Code: 422,`),
        // a camelCase status key (`responseStatusCode: "400"`, `StatusCode:403`), logfmt
        // `http=503`, `(HTTP code 500)`, `HTTPError 403:`, Chinese `状态码 400`.
        r#"(?i)\b(?:http_?)?code['"]?\s*[:=]\s*['"]?([45]\d\d)(?:[^\w.]|$)"#,
        r#"(?-i:[a-z]Status(?:Code)?)['"]?\s*[:=]\s*['"]?(\d{3})\b"#,
        r"(?i)\bhttp(?:_?status)?=(\d{3})\b|\bHTTP code (\d{3})\b|\bHTTPError:? (\d{3})\b",
        r"(?:状态码|状态|HTTP 状态)\s*[:：]?\s*(\d{3})\b",
        // npm's `Failed PUT 403`.
        r"\bFailed (?:GET|PUT|POST|PATCH|DELETE|HEAD) (\d{3})\b",
    ]
    .iter()
    .map(|p| re(p))
    .collect()
});

/// Every stated HTTP status with the byte offset where it is stated.
pub fn statuses(text: &str) -> Vec<(usize, u16)> {
    let mut out: Vec<(usize, u16)> = STATUS
        .iter()
        .flat_map(|r| r.captures_iter(text))
        .filter_map(|c| {
            let m = c.iter().skip(1).flatten().next()?;
            let s: u16 = m.as_str().parse().ok()?;
            (100..600).contains(&s).then_some((m.start(), s))
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The status stated last in `prefix` (the text right before a payload).
pub fn status_before(prefix: &str) -> Option<u16> {
    statuses(prefix).last().map(|&(_, s)| s)
}

static GATEWAY_RID: LazyLock<Regex> =
    LazyLock::new(|| re(r"\s*[(（]\s*request id[:：]?\s*([^)）\s]+)\s*[)）]\s*$"));

/// Splits a new-api / one-api message into its text and the trailing `(request id: ...)`.
pub fn split_gateway_suffix(message: &str) -> (String, Option<String>) {
    match GATEWAY_RID.captures(message) {
        Some(c) => {
            let whole = c.get(0).expect("group 0");
            (
                message[..whole.start()].trim_end().to_string(),
                Some(c[1].to_string()),
            )
        }
        None => (message.to_string(), None),
    }
}

static GATEWAY_RID_ANY: LazyLock<Regex> =
    LazyLock::new(|| re(r"[(（]\s*request id[:：]?\s*([A-Za-z0-9]{12,})\s*[)）]"));

/// Whether the text carries a new-api / one-api request-id suffix anywhere.
pub fn gateway_request_id(text: &str) -> Option<String> {
    GATEWAY_RID_ANY.captures(text).map(|c| c[1].to_string())
}

static ZHIPU_PACK: LazyLock<Regex> =
    LazyLock::new(|| re(r"\[(\d{3,5})\]\[([^\[\]]+)\](?:\[([0-9a-zA-Z]{12,})\])?"));

/// Zhipu's `[1211][message][request id]` packing: (code, message, request id).
pub fn zhipu_pack(text: &str) -> Option<(String, String, Option<String>)> {
    let c = ZHIPU_PACK.captures(text)?;
    Some((
        c[1].to_string(),
        c[2].trim().to_string(),
        c.get(3).map(|m| m.as_str().to_string()),
    ))
}

static HEADER_RID: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?i)\b(x-request-id|request-id|apim-request-id|x-amzn-requestid|x-amz-request-id|x-github-request-id|x-oneapi-request-id|x-ms-request-id|x-slack-req-id|audit-id|twilio-request-id|cf-ray)['"]?\s*[:=]\s*\[?['"]?([A-Za-z0-9][\w:.;=/+-]{5,})"#,
    )
});
static XML_RID: LazyLock<Regex> = LazyLock::new(|| re(r"<RequestId>\s*([^<\s]+)\s*</RequestId>"));
static GENERIC_RID: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?i)\b(?:request[ _-]?id|req[_-]?id|requestid|reqid)\b['"]?\s*[:=]\s*['"]?([A-Za-z0-9][\w:.;=/+-]{5,})"#,
    )
});
static SENTENCE_RID: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\brequest id ([0-9a-f][0-9a-f-]{15,})\b"));
static RAY_RID: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\bray id:?\s*([0-9a-f]{16})\b"));
static STRIPE_RID: LazyLock<Regex> = LazyLock::new(|| re(r"\bRequest (req_\w+):"));
static GIT_TRACE: LazyLock<Regex> = LazyLock::new(|| re(r"remote: error: Trace: ([0-9a-f]{16,})"));
static GIN_RID: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\[(?:ERR|ERROR|INFO|WARN|GIN|SYS|DEBUG)\]\s+\d{4}/\d\d/\d\d - \d\d:\d\d:\d\d \| ([0-9A-Za-z]{20,}) \|",
    )
});

fn placeholder(id: &str) -> bool {
    let l = id.to_ascii_lowercase();
    l.starts_with("redacted")
        || l.chars().all(|c| c == 'x' || c == '*')
        || matches!(l.as_str(), "null" | "none" | "undefined" | "unknown")
}

/// The request id stated in the text, from the most to the least specific form.
pub fn request_id(text: &str) -> Option<String> {
    let header = HEADER_RID
        .captures_iter(text)
        .map(|c| (c[1].to_ascii_lowercase(), c[2].to_string()))
        .filter(|(_, v)| !placeholder(v))
        .min_by_key(|(name, _)| (name == "cf-ray") as u8)
        .map(|(_, v)| v);
    gateway_request_id(text)
        .or(header)
        .or_else(|| first(&XML_RID, text))
        .or_else(|| first(&STRIPE_RID, text))
        .or_else(|| first(&GIN_RID, text))
        .or_else(|| first(&GENERIC_RID, text))
        .or_else(|| first(&SENTENCE_RID, text))
        .or_else(|| first(&RAY_RID, text))
        .or_else(|| first(&GIT_TRACE, text))
        .filter(|id| !placeholder(id))
}

fn first(r: &Regex, text: &str) -> Option<String> {
    r.captures_iter(text)
        .map(|c| {
            c[1].trim_end_matches(['.', ',', ')', ']', '\'', '"'])
                .to_string()
        })
        .find(|v| !placeholder(v))
}

/// A client-side exception printed in the text.
#[derive(Debug, Clone)]
pub struct Exception {
    pub name: String,
    /// Its dotted path as printed (`openai.error.Timeout`).
    pub path: String,
    /// The rest of the line after `Name: `.
    pub rest: String,
    /// A `Name[CODE]:` bracket (discord.js prints the API code there).
    pub code: Option<String>,
    pub line: usize,
}

/// `Name: message` with the class's path as each language prints it: `openai.X`,
/// Ruby's `Octokit::X`, PHP's `GuzzleHttp\Exception\X`.
static EXCEPTION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?:^|[\s:>(\[|"'`*])((?:[A-Za-z_][\w$]*(?:\.|::|\\))*([A-Z_][\w$]*))(?:\[([^\]\s]*)\])?(?: \[\w+\])?:"#,
    )
});
/// `X - message` (Ruby, LiteLLM), PHP's `Uncaught exception 'X' with message`, and
/// googleapiclient's `<HttpError 403 when requesting ...>`: a class before its message,
/// wherever on the line. Only names ending in Error or Exception count.
static EXCEPTION_DASH: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?:^|[\s:>(\[|"'`*])((?:[A-Za-z_][\w$]*(?:\.|::|\\))*([A-Z_][\w$]*(?:Error|Exception)))(?:( - )|' with message\b)|<((?:[A-Za-z_][\w$]*\.)*([A-Z_][\w$]*Error)) [45]\d\d when requesting\b"#,
    )
});
/// A class that opens its line wrapped around its message: a repr or constructor
/// `X('message')`, a Rust `X { .. }` dump, `X [HTTP 429]`, `X 403: ...`. Inside a line such
/// a name is usually a cause quoted in another error's message (`caused by X(...)`).
static EXCEPTION_WRAPPED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"^\s*(?:raise\s+|[`*\[<]+|Error: \[)?((?:[A-Za-z_][\w$]*(?:\.|::|\\))*([A-Z_][\w$]*(?:Error|Exception)))(?:\s?\((?:u?['"])?|\s\{\s|\s\[HTTP\b|\s[45]\d\d\b)"#,
    )
});
static CLASS_REPR: LazyLock<Regex> = LazyLock::new(|| re(r"<class '([\w.]+)'>"));
/// A class named with its status after a colon: `failed: RateLimitError [HTTP 429]`,
/// gcloud's `(gcloud.x) HTTPError 403: ...`.
static EXCEPTION_STATUS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|[:)]\s+)((?:[A-Za-z_][\w$]*\.)*([A-Z_][\w$]*(?:Error|Exception)))(?: \[HTTP \d{3}\]| [45]\d\d:)",
    )
});
/// Symfony's console box: the class alone in brackets, its message on the next line.
static BRACKETED: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*\[((?:[A-Za-z_][\w$]*\\)*([A-Z][\w$]*(?:Error|Exception)))\]\s*$"));
/// Ruby's uncaught form `file:12:in 'method': message (Mod::Class)` and Rails' log form
/// `Mod::Class (message):`.
static RUBY_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^\s*(?:\S+:\d+:in [`'][^'\n]*': )?(.+?) \(((?:[A-Z]\w*::)+([A-Z]\w*))\)\s*$")
});
static RAILS: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*((?:[A-Z]\w*::)+([A-Z]\w*)) \((.+)\):\s*$"));
static JUPYTER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^\s*([A-Z]\w*(?:Error|Exception))\s+Traceback \(most recent call last\)")
});
static NAMED_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:错误名称|error name|error type|^\s*type)\s*[:：]\s*[*`]*((?:[\w$]+(?:\.|::|\\))*[A-Za-z_]\w*(?:Error|Exception))\b",
    )
});

const EXCEPTION_SUFFIXES: &[&str] = &[
    "Error",
    "Exception",
    "Timeout",
    "Exhausted",
    "Denied",
    "Failure",
    "Fault",
    "Unavailable",
    "Unauthorized",
    "Unauthenticated",
    "Forbidden",
    "NotFound",
    "Conflict",
    "BadRequest",
    "InvalidArgument",
    "DeadlineExceeded",
    "TooManyRequests",
    "Cancelled",
];

/// Whether a printed name is a class worth naming (not `Error`, not a log level).
pub fn is_exception_name(name: &str, path: &str) -> bool {
    if matches!(
        name,
        "Error" | "Exception" | "Warning" | "TRACE" | "Traceback"
    ) {
        return false;
    }
    if name.len() > 2 && name.chars().all(|c| c.is_ascii_uppercase() || c == '_') {
        return false;
    }
    let in_error_module =
        path.contains(".exceptions.") || path.contains(".errors.") || path.contains(".error.");
    const SDK_MODULES: &[&str] = &[
        "openai.",
        "anthropic.",
        "groq.",
        "cohere.",
        "mistralai.",
        "litellm.",
        "google.genai.",
        "botocore.",
    ];
    if SDK_MODULES.iter().any(|m| path.starts_with(m))
        && name.chars().next().is_some_and(|c| c.is_ascii_uppercase())
    {
        return true;
    }
    if !path.contains(['.', ':', '\\']) {
        // A bare `Timeout:` or `Forbidden:` is an HTTP reason phrase, not a class.
        return ["Error", "Exception", "Failure", "Fault"]
            .iter()
            .any(|s| name.ends_with(s));
    }
    EXCEPTION_SUFFIXES.iter().any(|s| name.ends_with(s)) || in_error_module
}

/// Every exception line in the text, in order.
pub fn exceptions(lines: &[&str]) -> Vec<Exception> {
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if let Some(c) = CLASS_REPR.captures(line) {
            let path = c[1].to_string();
            let name = path.rsplit('.').next().unwrap_or(&path).to_string();
            if is_exception_name(&name, &path) {
                out.push(Exception {
                    name,
                    path,
                    rest: String::new(),
                    code: None,
                    line: i,
                });
                continue;
            }
        }
        if let Some(c) = JUPYTER
            .captures(line)
            .or_else(|| NAMED_FIELD.captures(line))
        {
            out.push(Exception {
                name: last_component(&c[1]).to_string(),
                path: c[1].to_string(),
                rest: String::new(),
                code: None,
                line: i,
            });
            continue;
        }
        if let Some(e) = ruby_form(line, i) {
            out.push(e);
            continue;
        }
        if let Some(c) = BRACKETED.captures(line) {
            let rest = lines.get(i + 1).map_or("", |l| l.trim()).to_string();
            out.push(Exception {
                name: c[2].to_string(),
                path: c[1].to_string(),
                rest,
                code: None,
                line: i,
            });
            continue;
        }
        if let Some(c) = EXCEPTION_STATUS.captures(line) {
            let before = &line[..c.get(1).expect("group 1").start()];
            let named_before = EXCEPTION
                .captures_iter(before)
                .any(|b| is_exception_name(&b[2], &b[1]));
            if is_exception_name(&c[2], &c[1]) && !named_before {
                let end = c.get(0).expect("group 0").end();
                out.push(Exception {
                    name: c[2].to_string(),
                    path: c[1].to_string(),
                    rest: line[end..].trim().to_string(),
                    code: None,
                    line: i,
                });
                continue;
            }
        }
        // The first class on a line is the one raised; later ones are inside its message.
        // Java may print `a.b.XException:cause` without a space after a qualified name.
        let followed_by_space = |c: &regex::Captures| {
            let end = c.get(0).map_or(0, |m| m.end());
            line[end..].chars().next().is_none_or(char::is_whitespace)
                || c[1].matches('.').count() >= 2 && c[2].ends_with("Exception")
        };
        if let Some(c) = EXCEPTION
            .captures_iter(line)
            .find(|c| followed_by_space(c) && is_exception_name(&c[2], &c[1]))
        {
            let end = c.get(0).expect("group 0").end();
            out.push(Exception {
                name: c[2].to_string(),
                path: c[1].to_string(),
                rest: line[end..].trim().to_string(),
                code: c
                    .get(3)
                    .map(|m| m.as_str().to_string())
                    .filter(|s| !s.is_empty()),
                line: i,
            });
        } else if let Some(e) = other_form(line, i) {
            out.push(e);
        }
    }
    out
}

/// Ruby's `message (Mod::Class)` and Rails' `Mod::Class (message):`.
fn ruby_form(line: &str, i: usize) -> Option<Exception> {
    let (path, name, rest) = if let Some(c) = RUBY_TAIL.captures(line) {
        (c[2].to_string(), c[3].to_string(), c[1].to_string())
    } else {
        let c = RAILS.captures(line)?;
        (c[1].to_string(), c[2].to_string(), c[3].to_string())
    };
    is_exception_name(&name, &path).then(|| Exception {
        name,
        path,
        rest: rest.trim().to_string(),
        code: None,
        line: i,
    })
}

/// An exception printed in one of the forms other than `X: message`.
fn other_form(line: &str, i: usize) -> Option<Exception> {
    let exception = |path: &str, name: &str, rest: String| Exception {
        name: name.to_string(),
        path: path.to_string(),
        rest,
        code: None,
        line: i,
    };
    // LiteLLM's `GroqException - ...` names the upstream provider, not a class raised.
    let upstream_tag = |c: &regex::Captures| c.get(3).is_some() && c[2].ends_with("Exception");
    if let Some(c) = EXCEPTION_DASH.captures_iter(line).find(|c| {
        let (path, name) = (c.get(1).or(c.get(4)), c.get(2).or(c.get(5)));
        !upstream_tag(c)
            && path
                .zip(name)
                .is_some_and(|(p, n)| is_exception_name(n.as_str(), p.as_str()))
    }) {
        // Only `X - message` has the message right after it; the other forms wrap it.
        let end = c.get(0).expect("group 0").end();
        return Some(match (c.get(1), c.get(3)) {
            (Some(path), Some(_)) => exception(path.as_str(), &c[2], line[end..].trim().into()),
            (Some(path), None) => exception(path.as_str(), &c[2], String::new()),
            _ => exception(&c[4], &c[5], String::new()),
        });
    }
    let c = EXCEPTION_WRAPPED.captures(line)?;
    // A repr `X('message',)` carries its message in its first string argument.
    let end = c.get(0).expect("group 0").end();
    let rest = match line[..end].chars().last() {
        Some(q @ ('\'' | '"')) => line[end..].split(q).next().unwrap_or_default().to_string(),
        _ => String::new(),
    };
    is_exception_name(&c[2], &c[1]).then(|| exception(&c[1], &c[2], rest))
}

/// The class name at the end of a printed path (`a.b.X`, `A::X`, `A\\X`).
fn last_component(path: &str) -> &str {
    path.rsplit(['.', ':', '\\']).next().unwrap_or(path)
}

/// Strips class names, statuses and client wording that clients print before the API's
/// own message: `litellm.BadRequestError: X`, `Error code: 400 - X`, `HTTP 400 error: X`.
pub fn strip_message_prefixes(rest: &str) -> String {
    static PREFIX: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r#"^(?:(?:[A-Za-z_][\w$]*\.)*[A-Z_][\w$]*(?:Error|Exception)(?:\[\w*\])?:\s*|Error code:\s*\d{3}\s*-?\s*|HTTP(?: ERROR)?\s*\d{3}(?: error)?:\s*|\d{3}:\s*|\d{3}\s+-\s+|\d{3}\s+(?:(?:GET|POST|PUT|DELETE|PATCH|HEAD) \S+:\s*)?|Request req_\w+:\s*|(?:GET|POST|PUT|PATCH|DELETE|HEAD) https?://\S+?:\s+|Unable to (?:create|fetch|update|delete|read) record:\s*|api return error,\s*|Failed after \d+ attempts\. Last error:\s*|\w+Exception - |(?:[A-Z][A-Z ]+ )?\(error code: \d+\):\s*)"#,
        )
    });
    static REASON: LazyLock<Regex> =
        LazyLock::new(|| re(r#"\s*\[reason: .*$|\s*\(status code: \d{3}\)$"#));
    let mut s = rest
        .trim()
        .trim_matches(|c| c == '\'' || c == '"' || c == '`')
        .trim()
        .to_string();
    s = REASON.replace(&s, "").to_string();
    static REASON_ONLY: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^\d{3} (?:Bad Request|Unauthorized|Payment Required|Forbidden|Not Found|Conflict|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out)$",
        )
    });
    for _ in 0..6 {
        // `401 Unauthorized` alone is the service's whole message (GitLab's bodies read so).
        if REASON_ONLY.is_match(&s) {
            break;
        }
        match PREFIX.find(&s) {
            Some(m) if m.end() > 0 => s = s[m.end()..].trim().to_string(),
            _ => break,
        }
    }
    s
}

/// Whether a message opens with a client's dotted class name (`litellm.BadRequestError: `).
pub fn opens_with_client_class(message: &str) -> bool {
    static R: LazyLock<Regex> =
        LazyLock::new(|| re(r"^(?:[a-z_]\w*\.)+[A-Z]\w*(?:Error|Exception):\s"));
    R.is_match(message)
}

static CLIENT_WORDING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:connection error\.?|request timed out\.?.*|fetch failed|network error|socket hang up|timeout of \d+ ?ms exceeded|request failed with status code \d+|(?:\d{3} )?(?:client|server) error\b.*|https?connectionpool.*|error communicating with .*|max retries exceeded.*|i/o error on .*|cannot connect to host.*|failed to establish a new connection.*|read timed out.*|connect timeout.*|request to \S+ failed, reason:.*|<[!a-z].*|an error occurred \(.*|response status code does not indicate success.*|status_code: \d{3}, body:.*|error in generating model output:?|(?:\d{3} )?status code \(no body\)\.?|the request to the slack api failed\..*)$",
    )
});

/// An HTTP reason phrase alone (`Not Found`): the status line's words, not a message.
pub fn is_reason_phrase(message: &str) -> bool {
    static R: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^(?:Bad Request|Unauthorized|Payment Required|Forbidden|Not Found|Method Not Allowed|Not Acceptable|Request Time-?out|Conflict|Gone|Payload Too Large|Request Entity Too Large|Unsupported Media Type|Unprocessable (?:Entity|Content)|Too Many Requests|Internal Server Error|Not Implemented|Bad Gateway|Service (?:Temporarily )?Unavailable|Gateway Time-?out)\.?$",
        )
    });
    R.is_match(message.trim())
}

/// Words a client library prints for itself: not the service's message.
pub fn is_client_wording(message: &str) -> bool {
    CLIENT_WORDING.is_match(message.trim())
}

static NETWORK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH)\b|UND_ERR_\w+|connection refused|actively refused|connection reset|connection aborted|remote end closed|server disconnected|socket hang up|fetch failed|network error|name or service not known|temporary failure in name resolution|nodename nor servname|getaddrinfo|no such host|could not resolve host|failed to resolve|nameresolutionerror|unknownhostexception|dial tcp|i/o timeout|context deadline exceeded|deadline exceeded|timed? ?out|timeout|certificate|CERT_|SSL|TLS handshake|x509:|PKIX|EPROTO|proxyerror|unable to connect to proxy|max retries exceeded|cannot connect to host|connect call failed|connection error|curl: \(\d+\)|incomplete chunked read|other side closed|empty reply from server|could not connect to the endpoint|econnaborted|err_network",
    )
});

/// Whether the text reports a client-side network, timeout or TLS failure.
pub fn network_failure(text: &str) -> bool {
    NETWORK.is_match(text)
}

/// A client's own report of a network or TLS failure (`[Errno 111] ...`, `[SSL: ...]`,
/// `connect ETIMEDOUT ...`): short texts about the network, or texts in a client's shape.
pub fn client_network_text(message: &str) -> bool {
    static SHAPE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^(?:\[(?:SSL|Errno|WinError)[^\]]*\]|\w*SSLError|HTTPS?ConnectionPool|(?:connect|read|write) E[A-Z]+|getaddrinfo|dial tcp|x509:|tls:)",
        )
    });
    network_failure(message) && (message.len() < 80 || SHAPE.is_match(message.trim()))
}

/// An AWS error code and message: the CLI's and boto3's `An error occurred (Code) when
/// calling the Op operation: message`, or the Go SDK v2's `..., api error Code: message`
/// (which Terraform prints too).
pub fn aws_cli(text: &str) -> Option<(String, String)> {
    static R: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?:An error occurred \(([\w.]+)\) when calling the \w+ operation(?: \(reached max retries: \d+\))?|\bapi error ([A-Z][\w.]+)): ([^\n\x22]+)",
        )
    });
    let c = R.captures(text)?;
    let code = c.get(1).or(c.get(2))?.as_str();
    Some((code.to_string(), c[3].trim().to_string()))
}

/// `(Code) Message` after a colon or at a line's start, as the Azure CLI and SDKs print a
/// service's code before its message: (code, message).
pub fn paren_code(text: &str) -> Option<(String, String)> {
    static R: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?m)(?:^\s*|:\s)\(([A-Za-z]\w{2,})\) ([A-Z][^\n]{8,})$"));
    // gcloud's `ERROR: (gcloud.group.command) ...` names the command, not a code.
    let c = R
        .captures_iter(text)
        .find(|c| !c[1].starts_with("gcloud"))?;
    Some((c[1].to_string(), c[2].trim().to_string()))
}

/// S3 and other XML error bodies: (code, message).
pub fn xml_error(text: &str) -> Option<(String, Option<String>)> {
    static CODE: LazyLock<Regex> = LazyLock::new(|| re(r"<Code>\s*([^<\s]+)\s*</Code>"));
    static MSG: LazyLock<Regex> = LazyLock::new(|| re(r"<Message>\s*([^<]+?)\s*</Message>"));
    if !text.contains("<Error>") && !text.contains("<Error ") {
        return None;
    }
    let code = CODE.captures(text)?[1].to_string();
    Some((code, MSG.captures(text).map(|c| c[1].to_string())))
}

/// The AWS C++ SDK's log form: `Exception name: X` / `Error message: Y`.
pub fn aws_log(text: &str) -> Option<(String, Option<String>)> {
    static NAME: LazyLock<Regex> = LazyLock::new(|| re(r"Exception name: (\w+)"));
    static MSG: LazyLock<Regex> = LazyLock::new(|| re(r"Error message: ([^\n\\]+)"));
    let name = NAME.captures(text)?[1].to_string();
    Some((name, MSG.captures(text).map(|c| c[1].trim().to_string())))
}

const GRPC_CODES: &[&str] = &[
    "CANCELLED",
    "UNKNOWN",
    "INVALID_ARGUMENT",
    "DEADLINE_EXCEEDED",
    "NOT_FOUND",
    "ALREADY_EXISTS",
    "PERMISSION_DENIED",
    "RESOURCE_EXHAUSTED",
    "FAILED_PRECONDITION",
    "ABORTED",
    "OUT_OF_RANGE",
    "UNIMPLEMENTED",
    "INTERNAL",
    "UNAVAILABLE",
    "DATA_LOSS",
    "UNAUTHENTICATED",
];

/// gRPC forms: `status = StatusCode.X` / `details = "..."`, `Status: X` (type, message).
pub fn grpc(text: &str) -> Option<(Option<String>, Option<String>)> {
    static CODE: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?:StatusCode\.|[Ss]tatus:\s*|\b\d{1,2} )([A-Z_]{5,})\b"));
    // Python's `details = "..."` and the older `terminated with (StatusCode.X, details)>`;
    // Ruby's `7:details. debug_error_string:{...}`.
    static DETAILS: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r#"\bdetails = "([^"]+)"|terminated with \(StatusCode\.[A-Z_]+, ([^\n]+?)\)>|\b\d{1,2}:([^\n]+?)\. debug_error_string:"#,
        )
    });
    let code = CODE
        .captures_iter(text)
        .map(|c| c[1].to_string())
        .find(|c| GRPC_CODES.contains(&c.as_str()));
    let details = DETAILS.captures(text).and_then(|c| {
        c.get(1)
            .or(c.get(2))
            .or(c.get(3))
            .map(|m| m.as_str().to_string())
    });
    (code.is_some() || details.is_some()).then_some((code, details))
}

/// `Error from server (Reason): message` (kubectl) and RBAC `... is forbidden: User ...`.
pub fn kubernetes(text: &str) -> Option<(Option<String>, String)> {
    static SERVER: LazyLock<Regex> = LazyLock::new(|| re(r"Error from server \((\w+)\): ([^\n]+)"));
    static FORBIDDEN: LazyLock<Regex> =
        LazyLock::new(|| re(r#"(\S+ is forbidden: User "[^"]*" cannot [^\n]+)"#));
    static LOGIN: LazyLock<Regex> =
        LazyLock::new(|| re(r"error: (You must be logged in to the server \((\w+)\))"));
    // The API server's conflict sentence, whole: resource and name included, up to the
    // quote or line end of whatever log printed it.
    static CONFLICT: LazyLock<Regex> = LazyLock::new(|| {
        re(r#"(Operation cannot be fulfilled on [\w.-]+ \\?"[^"\\\n]*\\?": [^"\n]+)"#)
    });
    // kubectl's `error when creating "file": ` before the server's message.
    static KUBECTL_LEAD: LazyLock<Regex> =
        LazyLock::new(|| re(r#"^error when [\w ]+? "[^"\n]*": "#));
    if let Some(c) = SERVER.captures(text) {
        let m = KUBECTL_LEAD.replace(c[2].trim(), "").to_string();
        return Some((Some(c[1].to_string()), m));
    }
    if let Some(c) = FORBIDDEN.captures(text) {
        return Some((None, c[1].trim().to_string()));
    }
    if let Some(c) = CONFLICT.captures(text) {
        return Some((None, c[1].trim().trim_end_matches('\\').trim().to_string()));
    }
    LOGIN
        .captures(text)
        .map(|c| (Some(c[2].to_string()), c[1].to_string()))
}

/// OCI registry codes as docker prints them: `toomanyrequests: message` (code, message).
pub fn registry(text: &str) -> Option<(String, String)> {
    static R: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?m)(?:^|: | - )(toomanyrequests|unauthorized|denied|manifest unknown|name unknown|blob unknown|name invalid|tag invalid|manifest invalid|digest invalid|unsupported|TOOMANYREQUESTS|UNAUTHORIZED|DENIED|MANIFEST_UNKNOWN|NAME_UNKNOWN|BLOB_UNKNOWN|NAME_INVALID|TAG_INVALID|MANIFEST_INVALID|DIGEST_INVALID|UNSUPPORTED): ([^\n]+)$",
        )
    });
    // go-containerregistry appends the error's detail: `CODE: message; [map[...]]`.
    static DETAIL: LazyLock<Regex> = LazyLock::new(|| re(r";\s*\[?map\[.*$"));
    let c = R.captures(text)?;
    let message = DETAIL.replace(c[2].trim(), "").trim().to_string();
    Some((c[1].to_string(), message))
}

/// npm's `npm ERR! code E401` block: (code, message).
pub fn npm(text: &str) -> Option<(String, Option<String>)> {
    static CODE: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?m)(?:^|npm )(?:ERR!|error) code (E\d{3}|EOTP)\b"));
    static URL_MSG: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?m)(?:^|npm )(?:ERR!|error) \d{3} [^\n]*? - (?:GET|PUT|POST|DELETE|HEAD|PATCH) \S+ - ([^\n]+)",
        )
    });
    static LINE: LazyLock<Regex> = LazyLock::new(|| re(r"npm (?:ERR!|error) ([A-Z][^\n]+)"));
    static AFTER: LazyLock<Regex> = LazyLock::new(|| re(r"(?m)^npm (?:ERR!|error) (\S[^\n]*)$"));
    // npm's own advice after a 403, and npm 3's `: package` after the message.
    static ADVICE: LazyLock<Regex> = LazyLock::new(|| {
        re(r"\s*In most cases, you or one of your dependencies are requesting\b.*$|\s+: [\w@/.-]+$")
    });
    const BOILERPLATE: &[&str] = &[
        "A complete log",
        "If you need help",
        "Please include",
        "<http",
        "This is probably not a problem with npm",
        "Log files were not written",
        "You can rerun",
        "Verbose",
    ];
    let c = CODE.captures(text)?;
    let code = c[1].to_string();
    let after_code = &text[c.get(0).expect("group 0").end()..];
    let msg = URL_MSG
        .captures(text)
        .map(|c| c[1].trim().to_string())
        .or_else(|| {
            AFTER
                .captures_iter(after_code)
                .map(|c| c[1].trim().to_string())
                .find(|l| {
                    // Status summaries and npm's own `Registry returned 401 for GET on URL`.
                    !BOILERPLATE.iter().any(|b| l.starts_with(b))
                        && !l.starts_with(|c: char| c.is_ascii_digit())
                        && !l.contains("://")
                })
        })
        .or_else(|| {
            LINE.captures_iter(text)
                .map(|c| c[1].trim().to_string())
                .find(|l| !l.starts_with("A complete log"))
        })
        .map(|m| ADVICE.replace(&m, "").trim().to_string());
    Some((code, msg))
}

/// `remote:` lines from git over HTTPS: (code, message, trace id).
pub fn git_remote(text: &str) -> Option<(Option<String>, String)> {
    static CODE: LazyLock<Regex> = LazyLock::new(|| re(r"remote: error: (GH\d{3}):"));
    static ERR: LazyLock<Regex> = LazyLock::new(|| re(r"(?m)^remote: (?:error: )?([^\n]+)$"));
    let code = CODE.captures(text).map(|c| c[1].to_string());
    let message = ERR
        .captures_iter(text)
        .map(|c| c[1].trim().to_string())
        .find(|l| {
            let low = l.to_ascii_lowercase();
            (low.contains("denied")
                || low.contains("not found")
                || low.contains("exceeds")
                || low.contains("invalid")
                || low.contains("removed")
                || low.contains("access"))
                && !low.starts_with("trace:")
                && !low.starts_with("see ")
        })?;
    Some((code, message))
}

/// A Cloudflare error page: `Error 1020 Ray ID: ...` then the title line.
pub fn cloudflare_page(text: &str) -> Option<(String, Option<String>)> {
    static R: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?m)^\s*Error (\d{3,4}) Ray ID: [0-9a-f]+[^\n]*$"));
    let mut last_end = 0;
    let mut code = None;
    for m in R.captures_iter(text) {
        code.get_or_insert_with(|| m[1].to_string());
        last_end = m.get(0).expect("group 0").end();
    }
    let code = code?;
    let title = text[last_end..]
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(str::to_string);
    Some((code, title))
}

/// twine's `HTTPError: 400 Bad Request from URL` followed by the server's message on the
/// next lines. Newer twine prints it in a rich panel wrapped to the panel's width (a long
/// URL split mid-way); the message keeps its lines as printed.
pub fn twine(text: &str) -> Option<String> {
    static R: LazyLock<Regex> = LazyLock::new(|| {
        re(r"HTTPError: \d{3}\s+[A-Za-z ]+?\s+from\s+https?://\S*(?:\n[^\sA-Z]\S*)*[ \t]*\n")
    });
    let start = text.find("HTTPError: ")?;
    let panel: String = text[start..]
        .lines()
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("\n");
    let end = R.find(&panel)?.end();
    let msg: Vec<&str> = panel[end..]
        .lines()
        .skip_while(|l| l.starts_with("NOTE:"))
        .take_while(|l| !l.is_empty() && !l.starts_with(['$', '>']) && !is_log_level_line(l))
        .collect();
    (!msg.is_empty()).then(|| msg.join("\n"))
}

/// A line a logger opened with a level (`ERROR    ...`, `INFO: ...`).
fn is_log_level_line(line: &str) -> bool {
    static R: LazyLock<Regex> =
        LazyLock::new(|| re(r"^(?:ERROR|WARNING|WARN|INFO|DEBUG|NOTE)\b[: ]"));
    R.is_match(line)
}

/// requests' `raise_for_status` text `400 Client Error: <reason> for url: <url>`. A service
/// that sets its own reason phrase (PyPI, the Python package index) puts its message there.
pub fn requests_reason(text: &str) -> Option<String> {
    static R: LazyLock<Regex> =
        LazyLock::new(|| re(r"\b\d{3} (?:Client|Server) Error: ([^\n]+?) for url: "));
    R.captures_iter(text)
        .map(|c| c[1].trim().to_string())
        .find(|m| !is_reason_phrase(m))
}

/// The OpenAI and Azure .NET clients' `HTTP 429 (type: code)` summary, followed by the
/// service's message on the same line or after a blank line, running to a blank line.
pub fn dotnet_http(text: &str) -> Option<String> {
    static R: LazyLock<Regex> = LazyLock::new(|| re(r"(?m)^\s*HTTP \d{3} \([^)\n]*\)[ \t]*"));
    let m = R.find(text)?;
    let mut rest = &text[m.end()..];
    if let Some(r) = rest.strip_prefix('\n') {
        rest = r.trim_start_matches([' ', '\t']);
        rest = rest.strip_prefix('\n').unwrap_or(rest);
    }
    let lines: Vec<&str> = rest
        .lines()
        .map(str::trim)
        .take_while(|l| !l.is_empty() && !l.starts_with("at ") && !l.starts_with("Status:"))
        .collect();
    (!lines.is_empty()).then(|| lines.join("\n"))
}

/// Azure.Core's `RequestFailedException`: the message, then `Status: 403 (reason)` and
/// `ErrorCode: X`. Azure Storage puts its message in the reason phrase.
pub fn azure_status(text: &str) -> Option<String> {
    static R: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?m)^Status: \d{3} \(([^)\n]+)\)[ \t]*\nErrorCode: "));
    static LEAD: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)^(?:an? )?(?:error|exception)(?: occurred| encountered)?:\s*"));
    let c = R.captures(text)?;
    if !is_reason_phrase(&c[1]) {
        return Some(c[1].trim().to_string());
    }
    let before = &text[..c.get(0).expect("group 0").start()];
    let line = before
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("RequestId:") && !l.starts_with("Time:"))?;
    let m = LEAD.replace(line, "").trim().to_string();
    (m != "Service request failed." && !m.is_empty()).then_some(m)
}

/// The GitHub CLI's `gh: message (HTTP 403)`.
pub fn gh_http(text: &str) -> Option<String> {
    static R: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?m)^(?:[\w.-]+: )?([A-Za-z][^\n]*?) \(HTTP \d{3}\)[ \t]*$"));
    R.captures(text).map(|c| c[1].trim().to_string())
}

/// Apple's `Error Domain=X Code=N "description" UserInfo={...}` (NSError, as iOS SDKs print it).
pub fn ns_error(text: &str) -> Option<String> {
    static R: LazyLock<Regex> = LazyLock::new(|| re(r#"Error Domain=\S+ Code=-?\d+ "([^"\n]+)""#));
    R.captures(text).map(|c| c[1].trim().to_string())
}

/// Dart's `Unhandled exception:` followed by the exception's text, up to the stack (`#0`).
pub fn dart_unhandled(text: &str) -> Option<String> {
    let at = text.find("Unhandled exception:\n")?;
    let lines: Vec<&str> = text[at..]
        .lines()
        .skip(1)
        .map(str::trim)
        .take_while(|l| !l.is_empty() && !l.starts_with("#0"))
        .collect();
    (!lines.is_empty()).then(|| lines.join("\n"))
}

/// A logfmt line's `err="..."` / `error="..."` value: the innermost error the line reports.
pub fn logfmt_error(text: &str) -> Option<String> {
    // A quoted value, or a body fragment (`msg={"code":1,"msg":"..."`) for the caller to read.
    static R: LazyLock<Regex> = LazyLock::new(|| {
        re(r#"(?:^|\s)(?:err|error)="((?:[^"\\\n]|\\.)+)"|(?:^|\s)(?:err|error|msg)=(\{[^\n]*)"#)
    });
    static PAIR: LazyLock<Regex> = LazyLock::new(|| re(r"(?:^|\s)\w+=\S"));
    // RFC 6750's `WWW-Authenticate: Bearer error="x", error_description="..."` names the
    // code in `error` and the sentence in `error_description`.
    static DESCRIPTION: LazyLock<Regex> =
        LazyLock::new(|| re(r#"\berror_description="((?:[^"\\\n]|\\.)+)""#));
    text.lines()
        .filter(|l| PAIR.find_iter(l).count() >= 2)
        .find_map(|l| {
            let c = DESCRIPTION.captures(l).or_else(|| R.captures(l))?;
            match c.get(2) {
                Some(fragment) => Some(fragment.as_str().to_string()),
                None => Some(c[1].replace("\\\"", "\"")),
            }
        })
}

/// Codex's `unexpected status 503 Service Unavailable: <body>, url: <url>`: the body when it
/// is text, without an error code that opens it (`auth_unavailable: ...`).
pub fn unexpected_status(text: &str) -> Option<String> {
    static R: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?m)unexpected status \d{3}(?: [A-Za-z ]+?)?: ([^\n]+?)(?:, url: \S+)?(?:, request id: \S+)?[ \t]*$",
        )
    });
    static CODE: LazyLock<Regex> = LazyLock::new(|| re(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)+: "));
    let body = R.captures(text)?[1].trim().to_string();
    if body.starts_with(['{', '[']) {
        return None;
    }
    Some(CODE.replace(&body, "").to_string())
}

/// wrangler's `A request to the Cloudflare API (/path) failed.` followed, after a blank line,
/// by the API's message (`Authentication error [code: 10000]`).
pub fn wrangler(text: &str) -> Option<String> {
    static R: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"A request to the Cloudflare API \([^)\n]*\) failed\.[ \t]*\n(?:[ \t]*\n)?[ \t]*(\S[^\n]*)",
        )
    });
    R.captures(text).map(|c| c[1].trim().to_string())
}

/// s3cmd's `S3 error: 403 (Code): message`.
pub fn s3cmd(text: &str) -> Option<String> {
    static R: LazyLock<Regex> = LazyLock::new(|| re(r"S3 error: \d{3} \(\w+\): ([^\n]+)"));
    R.captures(text).map(|c| c[1].trim().to_string())
}

/// The AWS SDK for Go v1's `Code: message` followed by `status code: 403, request id: X`.
pub fn aws_go_v1(text: &str) -> Option<String> {
    static R: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?m)(?:^|\s)[A-Z]\w+: ([^\n]+?)\s*\n?\s*status code: \d{3}, request id: ")
    });
    R.captures(text).map(|c| c[1].trim().to_string())
}

/// The server's message that huggingface_hub prints after a blank line under the
/// `401 Client Error: ... for url: ...` or `401 Client Error. (Request ID: ...)` summary.
/// Where the paragraph opens with the client's own line about the URL (`Cannot access gated
/// repo for url ...`), the server's message is the paragraph's last line.
pub fn after_http_error_summary(text: &str) -> Option<String> {
    static R: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?:Client|Server) Error(?:: [^\n]* for url: |\. \(Request ID: )[^\n]*\n[ \t]*\n((?:[ \t]*\S[^\n]*(?:\n|$))+)",
        )
    });
    let c = R.captures(text)?;
    let para: Vec<&str> = c[1].lines().map(str::trim).collect();
    let first = *para.first()?;
    let m = if para.len() > 1 && first.contains("for url") {
        *para.last()?
    } else {
        first
    };
    let skip = ["During handling", "The above exception", "Traceback"];
    (m.len() > 3 && m.starts_with(char::is_uppercase) && !skip.iter().any(|s| m.starts_with(s)))
        .then(|| m.to_string())
}

/// Labelled fields in logs: `Message: ...`, `Error message: ...`, `错误信息: ...`, `msg: ...`.
pub fn labelled_message(text: &str) -> Option<String> {
    static R: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?mi)(?:^|[\s,(])(?:error[ _]?message|message|msg|错误信息|错误消息)\s*[:：]\s*(.+?)(?:,\s*(?:status|code|body|type)\s*[:=].*)?\s*$",
        )
    });
    // A quoted value ends at its closing quote (`message: "...", error_type: ...`).
    static QUOTED: LazyLock<Regex> = LazyLock::new(|| re(r#"^"((?:[^"\\]|\\.)*)""#));
    // The next label of a list flattened onto one line (`错误信息: X 堆栈信息: ...`).
    static NEXT_LABEL: LazyLock<Regex> = LazyLock::new(|| re(r"\s+\p{Han}{2,5}[:：]\s"));
    R.captures_iter(text)
        .map(|c| {
            let v = c[1].trim();
            if let Some(q) = QUOTED.captures(v) {
                return q[1].replace("\\\"", "\"");
            }
            let v = NEXT_LABEL.find(v).map_or(v, |m| &v[..m.start()]);
            v.trim_matches(|c| c == '\'' || c == '"').to_string()
        })
        .find(|m| {
            !m.is_empty() && !m.starts_with('{') && !m.starts_with('%') && !m.starts_with('<')
        })
}

/// nginx's error log: `*123 upstream timed out (110: ...) while connecting to upstream, client: ...`.
pub fn nginx_error(text: &str) -> Option<String> {
    static R: LazyLock<Regex> =
        LazyLock::new(|| re(r"\[(?:error|crit|alert)\] \d+#\d+: \*\d+ ([^,\n]+)"));
    R.captures(text).map(|c| c[1].trim().to_string())
}

/// Gateway (new-api / one-api) logs: `relay error (...): msg`, `channel error (...): msg`.
pub fn gateway_log(text: &str) -> Option<String> {
    static R: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?m)(?:(?:relay error|channel error)(?: \((?:[^()\n]|\([^()\n]*\))*\))?:|\[abortWithMessage\])\s*(.+?)\s*(?:[(（]request id[^)）]*[)）])?\s*$",
        )
    });
    static INNER: LazyLock<Regex> = LazyLock::new(|| re(r#"^(?:Post|Get) "[^"]+": "#));
    static BAD_STATUS: LazyLock<Regex> =
        LazyLock::new(|| re(r"\b(bad response status code \d{3})\b"));
    let Some(c) = R.captures(text) else {
        return BAD_STATUS.captures(text).map(|c| c[1].to_string());
    };
    let msg = INNER.replace(c[1].trim(), "").to_string();
    (!msg.is_empty()).then_some(msg)
}

/// gcloud's `ERROR: (gcloud.group.cmd) STATUS: message` (type, message). The message goes on
/// over the next lines where the terminal wrapped it (mid-word, or inside an open quote), and
/// a summary ending in a colon is followed by the message itself.
pub fn gcloud(text: &str) -> Option<(Option<String>, String)> {
    static R: LazyLock<Regex> =
        LazyLock::new(|| re(r"ERROR: \(gcloud(?:\.[\w.-]+)?\) (?:([A-Z][A-Z_]{3,}): )?([^\n]+)"));
    // gcloud's own words before an OAuth error (`invalid_grant: Bad Request`).
    static REFRESH: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^There was a problem refreshing (?:your|the) current auth tokens?: (?:[a-z]+(?:_[a-z]+)+: )?",
        )
    });
    let c = R.captures(text)?;
    let first = c[2].trim_end();
    let next = text[c.get(0).expect("group 0").end()..]
        .lines()
        .skip(1)
        .take_while(|l| !l.trim().is_empty());
    let mut lines = vec![first];
    if first.ends_with(':') {
        let detail: Vec<&str> = next
            .map(|l| l.trim().trim_start_matches("- ").trim())
            .collect();
        if !detail.is_empty() {
            lines = detail;
        }
    } else {
        for l in next {
            let last = lines.last().copied().unwrap_or_default();
            let open_quote = last.ends_with(" '") || last.ends_with(" \"");
            let mid_word = last.ends_with(|c: char| c.is_alphanumeric())
                && l.starts_with(|c: char| c.is_lowercase());
            if !(open_quote || mid_word) {
                break;
            }
            lines.push(l.trim_end());
        }
    }
    let message = REFRESH.replace(&lines.join("\n"), "").to_string();
    Some((c.get(1).map(|m| m.as_str().to_string()), message))
}

/// Go's net/http client error: `Post "https://...": <cause>` (the cause).
pub fn go_http(text: &str) -> Option<String> {
    static R: LazyLock<Regex> = LazyLock::new(|| {
        re(r#"(?m)\b(?:Get|Post|Put|Patch|Delete|Head) "https?://[^"]+": ([^\n]+)$"#)
    });
    R.captures(text).map(|c| c[1].trim().to_string())
}

/// curl's own failure line: `curl: (60) SSL certificate problem: ...` (exit code).
pub fn curl_error(text: &str) -> Option<u16> {
    static R: LazyLock<Regex> = LazyLock::new(|| re(r"curl: \((\d{1,2})\) "));
    R.captures(text).and_then(|c| c[1].parse().ok())
}

/// googleapiclient's `<HttpError 403 when requesting URL returned "message">`.
pub fn google_http_error(text: &str) -> Option<String> {
    static R: LazyLock<Regex> =
        LazyLock::new(|| re(r#"<HttpError \d{3} when requesting \S+ returned "([^"]+)""#));
    R.captures(text).map(|c| c[1].trim().to_string())
}

/// An exception named in a JSON field (`"errorType": "ClientError"`, `"name": "HttpError"`)
/// or constructed in a printed code frame (`new APICallError(`).
pub fn named_exception(text: &str) -> Option<String> {
    static FIELD: LazyLock<Regex> =
        LazyLock::new(|| re(r#""(?:errorType|error|name)"\s*:\s*"([A-Z]\w*(?:Error|Exception))""#));
    static NEW: LazyLock<Regex> = LazyLock::new(|| re(r"\bnew ([A-Z]\w*(?:Error|Exception))\(\{"));
    FIELD
        .captures(text)
        .or_else(|| NEW.captures(text))
        .map(|c| c[1].to_string())
        .filter(|n| n != "Error")
}

/// A safety block reported in a 200 response (Gemini `promptFeedback` / `finishReason`).
pub fn safety_block(text: &str) -> bool {
    static R: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r#"(?i)\bblock_?reason"?\s*[:=]\s*"?[A-Z_]{4,}|\bfinish_?reason"?\s*[:=]\s*"?(?:SAFETY|RECITATION|PROHIBITED_CONTENT|BLOCKLIST|SPII)\b"#,
        )
    });
    R.is_match(text)
}

/// The first `Code: message` line of an AWS SDK for JavaScript v3 error (code, message).
pub fn aws_js_error(lines: &[&str]) -> Option<(String, String)> {
    static R: LazyLock<Regex> =
        LazyLock::new(|| re(r"^\s*(?:\w+ )?([A-Z][A-Za-z0-9]+)(?: \[\w+\])?: (.+)$"));
    lines.iter().find_map(|l| {
        let c = R.captures(l)?;
        let code = c[1].to_string();
        (code != "Error").then(|| (code, c[2].trim().to_string()))
    })
}

/// Reads `type` and `message` out of a body whose quoting is too broken to parse, or that
/// a paste cut short: the message string may run to the end of its line.
pub fn scavenge(text: &str) -> Option<super::payload::Body> {
    static MSG: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r#"(?m)['"]message\\?['"]?\s*:\s*(?:\\?'((?:[^'\\\n]|\\[^'])(?:[^'\\\n]|\\.){2,})(?:\\?'|$)|"((?:[^"\\\n]|\\.){3,})(?:"|$))"#,
        )
    });
    static TYPE: LazyLock<Regex> =
        LazyLock::new(|| re(r#"['"]?type\\?['"]?\s*:\s*\\?['"]([a-z_]+_error)\\?['"]"#));
    static KEYED: LazyLock<Regex> =
        LazyLock::new(|| re(r#"['"](?:code|type)\\?['"]\s*:\s*\\?['"][A-Za-z][\w.]{2,}\\?['"]"#));
    // A paste may have lost the body's opening brace.
    if !text.contains(['{', '}']) || !text.contains("error") && !KEYED.is_match(text) {
        return None;
    }
    let message = MSG.captures(text).and_then(|c| {
        c.get(1)
            .or(c.get(2))
            .map(|m| m.as_str().trim().to_string())
            // A value that is itself a serialised list or object is no message.
            .filter(|m| !m.starts_with(['[', '{']))
    });
    let error_type = TYPE.captures(text).map(|c| c[1].to_string());
    (message.is_some() && (error_type.is_some() || KEYED.is_match(text))).then(|| {
        super::payload::Body {
            message,
            error_type,
            status: status_before(text),
            ..Default::default()
        }
    })
}

/// Text stated right after a status: `API Error: 400 Model does not exist.`.
pub fn after_status(text: &str) -> Option<String> {
    static R: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r#"(?m)(?:^|[ \t\[\]:>=：，(（"])[45]\d\d(?:\]|\)|）)?(?:[ \t]+(?:Bad Request|Unauthorized|Payment Required|Forbidden|Not Found|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out|Conflict|Unprocessable Entity))?\]?(?:[ \t]*\(error code: \d+\))?[ \t]*[:\-,]?[ \t]+([A-Za-z\p{Han}][^\n{]{3,}?)(?:\s*\[reason: [^\n]*)?$"#,
        )
    });
    // After `error: 401` a service's refusal may start in lower case.
    static ERROR_STATUS: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\berror:\s*[45]\d\d$"));
    // `401 Unauthorized: <message>`: the reason phrase, then the service's own words.
    static AFTER_REASON: LazyLock<Regex> = LazyLock::new(|| re(r"\b[45]\d\d [A-Z][A-Za-z ]+:$"));
    static REFUSAL: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:invalid|expired|denied|refused|rejected|revoked|exceeded|required|missing|unauthori[sz]ed|forbidden|not found|not allowed)\b",
        )
    });
    let han = |m: &str| m.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    R.captures_iter(text)
        .filter(|c| {
            let before = text[..c.get(1).expect("group 1").start()].trim_end();
            !c[1].starts_with(|ch: char| ch.is_ascii_lowercase())
                || ERROR_STATUS.is_match(before) && REFUSAL.is_match(&c[1])
                || AFTER_REASON.is_match(before)
        })
        .map(|c| c[1].trim().to_string())
        .find(|m| {
            !is_client_wording(m)
                && !m.starts_with("Client Error")
                && !m.starts_with("Server Error")
                && !m.contains('<')
                && !m.contains("HTTP/")
                && !m.contains("map[")
                && (m.contains(' ') || han(m))
                && !is_reason_phrase(m)
        })
}

/// `(error code: 50013)` as discord.py prints it.
pub fn discord_code(text: &str) -> Option<String> {
    static R: LazyLock<Regex> = LazyLock::new(|| re(r"\(error code: (\d+)\)"));
    R.captures(text).map(|c| c[1].to_string())
}

/// `code: 336006, msg: ...` and `code: 20003: Authenticate` forms (code, message).
pub fn code_then_message(text: &str) -> Option<(String, Option<String>)> {
    static R: LazyLock<Regex> = LazyLock::new(|| re(r"\bcode:\s*(\d{1,6}),\s*msg:\s*([^\n]+)"));
    static TWILIO: LazyLock<Regex> = LazyLock::new(|| re(r"(?m)(?:^|:\s)(\d{5}): ([^\n]+)$"));
    if let Some(c) = R.captures(text) {
        return Some((c[1].to_string(), Some(c[2].trim().to_string())));
    }
    TWILIO
        .captures(text)
        .map(|c| (c[1].to_string(), Some(c[2].trim().to_string())))
}

/// `Code - Message` as DashScope's SDK prints `response.code - response.message`.
pub fn code_dash_message(text: &str) -> Option<(String, String)> {
    static R: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?m):\s([A-Z][a-z]+(?:[A-Z][a-z]+)+(?:\.[A-Za-z]+)*) - ([^\n]+)$"));
    R.captures_iter(text)
        .map(|c| (c[1].to_string(), c[2].trim().to_string()))
        .find(|(code, _)| !code.ends_with("Error") && !code.ends_with("Exception"))
}

/// `<500> InternalError.Algo: message` as DashScope's gateway prints it (code, message).
pub fn angle_status_code(text: &str) -> Option<(u16, String, String)> {
    static R: LazyLock<Regex> = LazyLock::new(|| re(r"<(\d{3})> ([A-Z][\w.]+): ([^\]\n]+)"));
    let c = R.captures(text)?;
    Some((
        c[1].parse().ok()?,
        c[2].to_string(),
        c[3].trim().to_string(),
    ))
}

/// Slack's Node SDK: `An API error occurred: missing_scope`.
pub fn slack_node(text: &str) -> Option<String> {
    static R: LazyLock<Regex> = LazyLock::new(|| re(r"An API error occurred: ([a-z_]+)"));
    R.captures(text).map(|c| c[1].to_string())
}

/// Well-known API refusal phrases that mark an error even in free-form log lines.
pub fn api_phrase(text: &str) -> bool {
    static R: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)rate limit|quota|insufficient (?:balance|credits?|funds)|invalid api[ -]?key|incorrect api key|api key not valid|budget has been exceeded|credit balance|permission '[^']+' denied|unauthorized|access denied|not authorized|model .{0,60}(?:not found|does not exist)|overloaded|无效的令牌|令牌|额度|余额|欠费|无可用渠道|限流|频率",
        )
    });
    R.is_match(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_statuses_in_common_forms() {
        for (text, want) in [
            ("openai.RateLimitError: Error code: 429 - {", 429),
            ("AxiosError: Request failed with status code 503", 503),
            ("< HTTP/2 401", 401),
            (
                "requests.exceptions.HTTPError: 404 Client Error: Not Found for url",
                404,
            ),
            ("<title>502 Bad Gateway</title>", 502),
            ("[ANTHROPIC] 401 {\"type\":\"error\"}", 401),
            ("status_code=524, The origin", 524),
            ("API Error (529 {\"type\":\"error\"})", 529),
            ("Error: OpenAI API error (429): {\"code\":\"x\"}", 429),
            (
                "Upload failed (403): Invalid or non-existent authentication information.",
                403,
            ),
            (
                "Unknown API response. Code: 422, Body: Failed to deserialize",
                422,
            ),
            ("failed to deploy: code=403 message=Permission denied", 403),
            (
                "'type': 'BadRequestError', 'param': None, 'code': 400}",
                400,
            ),
            (
                "responseStatusText: \"Bad Request\", responseStatusCode: \"400\"",
                400,
            ),
            ("level=warning status=error http=503 err=no_candidate", 503),
            ("(HTTP code 500) server error - manifest unknown", 500),
            ("ERROR: (gcloud.builds.submit) HTTPError 403: <?xml", 403),
            ("API 请求失败: 状态码 400, 错误信息: {}", 400),
            ("出现429报错（429 当前分组上游负载已饱和）", 429),
            (
                "[GIN] 2024/05/25 - 02:20:27 | 2024052502202733503658994402104 | 429 |  94ms |",
                429,
            ),
            ("npm ERR! publish Failed PUT 403", 403),
        ] {
            assert_eq!(statuses(text).first().map(|s| s.1), Some(want), "{text}");
        }
    }

    #[test]
    fn reads_classes_as_each_language_prints_them() {
        for (line, name) in [
            ("Octokit::Unauthorized: GET https://api.github.com/user: 401 - Bad credentials", "Unauthorized"),
            ("Stripe::InvalidRequestError - This customer has no attached card", "InvalidRequestError"),
            ("PHP Fatal error:  Uncaught GuzzleHttp\\Exception\\ClientException: Client error: `GET https://x` resulted in a `401 Unauthorized` response:", "ClientException"),
            ("Fatal error: Uncaught exception 'GuzzleHttp\\Exception\\ClientException' with message 'Client error'", "ClientException"),
            ("Type: Twilio\\Exceptions\\RestException", "RestException"),
            ("CardError(u'Your card was declined.',)", "CardError"),
            ("BackendError { message: \"Incorrect API key provided\" }", "BackendError"),
            ("Unable to list Projects: <HttpError 403 when requesting https://x returned \"denied\">", "HttpError"),
            ("`gitlab.exceptions.GitlabListError: 403: 403 Forbidden`", "GitlabListError"),
        ] {
            let found = exceptions(&[line]);
            assert_eq!(found.first().map(|e| e.name.as_str()), Some(name), "{line}");
        }
        // A cause quoted inside another error's message, and LiteLLM's upstream tag, are not
        // the class raised.
        for line in [
            "WARNING: Retrying (Retry(total=4)) after connection broken by 'NewConnectionError(\"x\")': /simple/",
            "Error while running the agent: GroqException - Error code: 400 - {}",
        ] {
            assert!(exceptions(&[line]).is_empty(), "{line}");
        }
    }

    #[test]
    fn reads_codes_in_brackets_and_aws_go_errors() {
        assert_eq!(
            paren_code("ERROR: (AuthorizationFailed) The client 'x' does not have authorization"),
            Some((
                "AuthorizationFailed".into(),
                "The client 'x' does not have authorization".into()
            ))
        );
        assert_eq!(
            paren_code("ERROR: (gcloud.run.deploy) PERMISSION_DENIED: Permission denied"),
            None
        );
        let go = "operation error S3: CreateBucket, https response error StatusCode: 409, RequestID: X, api error BucketAlreadyOwnedByYou: Your previous request succeeded.";
        assert_eq!(
            aws_cli(go),
            Some((
                "BucketAlreadyOwnedByYou".into(),
                "Your previous request succeeded.".into()
            ))
        );
    }

    #[test]
    fn ignores_numbers_that_are_not_statuses() {
        for text in [
            "File \"x.py\", line 403, in run",
            "added 242 packages in 2m",
            "port=443)",
            "\"code\": 4001, \"msg\": \"x\"",
            "error on line 404 of config",
            "code=200 message=ok",
        ] {
            assert!(statuses(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn splits_gateway_request_id() {
        let (m, id) = split_gateway_suffix("无效的令牌 (request id: 2026021910081416145658)");
        assert_eq!(m, "无效的令牌");
        assert_eq!(id.as_deref(), Some("2026021910081416145658"));
    }

    #[test]
    fn request_id_prefers_headers_over_cf_ray_and_skips_placeholders() {
        assert_eq!(
            request_id("cf-ray: 8a1b2c3d4e5f6a7b-SJC\nx-request-id: req_abc123").as_deref(),
            Some("req_abc123")
        );
        assert_eq!(request_id("apim-request-id: REDACTED"), None);
    }

    #[test]
    fn reads_exception_lines() {
        let lines = ["java.lang.Error: org.gitlab.api.GitlabAPIException: {\"message\":\"401 Unauthorized\"}"];
        let e = &exceptions(&lines)[0];
        assert_eq!(e.name, "GitlabAPIException");
        let lines = ["DiscordAPIError[50035]: Invalid Form Body"];
        let e = &exceptions(&lines)[0];
        assert_eq!(
            (e.name.as_str(), e.code.as_deref()),
            ("DiscordAPIError", Some("50035"))
        );
        assert!(exceptions(&["Exception: something failed"]).is_empty());
    }

    #[test]
    fn strips_client_prefixes_from_messages() {
        assert_eq!(
            strip_message_prefixes("litellm.BadRequestError: LLM Provider NOT provided"),
            "LLM Provider NOT provided"
        );
        assert_eq!(
            strip_message_prefixes(
                "HTTP 400 error: Unable to create record: Account not authorized"
            ),
            "Account not authorized"
        );
    }
}

#[cfg(test)]
mod message_form_tests {
    use super::*;

    #[test]
    fn reads_messages_after_client_summaries() {
        let t = "HTTPError: 400 Bad Request from https://upload.example.org/legacy/\nNOTE: Try --verbose to see response content.\nFile already exists. See https://example.org/help for more information.";
        assert_eq!(
            twine(t).as_deref(),
            Some("File already exists. See https://example.org/help for more information.")
        );
        // A rich panel wraps the URL mid-way; the message keeps its lines.
        let t = "ERROR    HTTPError: 403       \n         Forbidden from       \n         https://upload.exam\n         ple.org/legacy/      \n         Invalid or           \n         non-existent key.    ";
        assert_eq!(twine(t).as_deref(), Some("Invalid or\nnon-existent key."));
        assert_eq!(
            requests_reason(
                "HTTPError: 400 Client Error: File already exists. for url: https://x/"
            ),
            Some("File already exists.".into())
        );
        assert_eq!(
            requests_reason("HTTPError: 401 Client Error: Unauthorized for url: https://x/"),
            None
        );
        let t = "GatedRepoError: 401 Client Error. (Request ID: Root=1-abc)\n\nCannot access gated repo for url https://x/m/config.json.\nAccess to model m is restricted.";
        assert_eq!(
            after_http_error_summary(t).as_deref(),
            Some("Access to model m is restricted.")
        );
        assert_eq!(
            dotnet_http(
                "HTTP 429 (429)\n\nRate limit is exceeded. Try again in 40 seconds.\n   at X.Y()"
            )
            .as_deref(),
            Some("Rate limit is exceeded. Try again in 40 seconds.")
        );
        let azure = "Service request failed.\nStatus: 403 (This request is not authorized.)\nErrorCode: AuthorizationFailure";
        assert_eq!(
            azure_status(azure).as_deref(),
            Some("This request is not authorized.")
        );
        let azure = "An error occurred: The deployment does not exist.\nStatus: 404 (Not Found)\nErrorCode: DeploymentNotFound";
        assert_eq!(
            azure_status(azure).as_deref(),
            Some("The deployment does not exist.")
        );
        assert_eq!(
            gh_http("gh: Resource not accessible by integration (HTTP 403)").as_deref(),
            Some("Resource not accessible by integration")
        );
        assert_eq!(
            wrangler("✘ [ERROR] A request to the Cloudflare API (/zones/x) failed.\n\n  Authentication error [code: 10000]").as_deref(),
            Some("Authentication error [code: 10000]")
        );
    }

    #[test]
    fn reads_innermost_messages_of_printed_forms() {
        assert_eq!(
            ns_error(r#"Error Domain=com.example Code=70 "Your card was declined" UserInfo={}"#)
                .as_deref(),
            Some("Your card was declined")
        );
        assert_eq!(
            dart_unhandled(
                "Unhandled exception:\nQuota exceeded for x.\n#0      main (file.dart:1:1)"
            )
            .as_deref(),
            Some("Quota exceeded for x.")
        );
        assert_eq!(
            logfmt_error(r#"time=1 level=ERROR msg="loading failed" error="runner terminated: exit status 2""#).as_deref(),
            Some("runner terminated: exit status 2")
        );
        assert_eq!(
            logfmt_error(r#"WWW-Authenticate: Bearer error="invalid_token", error_description="Missing Authorization header""#).as_deref(),
            Some("Missing Authorization header")
        );
        assert_eq!(
            unexpected_status("unexpected status 503 Service Unavailable: auth_unavailable: no auth available (p=x), url: http://127.0.0.1:1/v1/responses").as_deref(),
            Some("no auth available (p=x)")
        );
        assert_eq!(
            s3cmd("ERROR: S3 error: 403 (SignatureDoesNotMatch): The signature does not match.")
                .as_deref(),
            Some("The signature does not match.")
        );
        assert_eq!(
            aws_go_v1(
                "AccessDenied: Access Denied\n\tstatus code: 403, request id: 03B8, host id: Fh"
            )
            .as_deref(),
            Some("Access Denied")
        );
        for t in [
            "grpc._channel._Rendezvous: <_Rendezvous of RPC that terminated with (StatusCode.RESOURCE_EXHAUSTED, Quota hit (e.g check quota).)>",
            "GaxError RPC failed, caused by 8:Quota hit (e.g check quota).. debug_error_string:{\"x\":1}",
        ] {
            assert_eq!(grpc(t).and_then(|g| g.1).as_deref(), Some("Quota hit (e.g check quota)."), "{t}");
        }
    }

    #[test]
    fn reads_kubernetes_registry_npm_and_gcloud_forms() {
        let t = r#"msg="sync error: Operation cannot be fulfilled on rollouts.argoproj.io \"app\": the object has been modified; please retry" ns=x"#;
        assert_eq!(
            kubernetes(t).map(|k| k.1).as_deref(),
            Some(
                r#"Operation cannot be fulfilled on rollouts.argoproj.io \"app\": the object has been modified; please retry"#
            )
        );
        let t = r#"Error from server (Conflict): error when creating "a.yaml": Operation cannot be fulfilled on namespaces "n": modified"#;
        assert_eq!(
            kubernetes(t).map(|k| k.1).as_deref(),
            Some(r#"Operation cannot be fulfilled on namespaces "n": modified"#)
        );
        assert_eq!(
            registry("POST https://index.docker.io/v2/x/blobs/uploads/: UNAUTHORIZED: authentication required; [map[Action:pull]]"),
            Some(("UNAUTHORIZED".into(), "authentication required".into()))
        );
        assert_eq!(
            registry("(HTTP code 500) server error - manifest unknown: manifest unknown")
                .map(|r| r.1),
            Some("manifest unknown".into())
        );
        let t = "npm ERR! Darwin 15.5.0\nnpm ERR! code E403\n\nnpm ERR! you do not have permission to publish \"p\". Are you logged in as the correct user? : p\nnpm ERR! If you need help, you may report this error at:";
        assert_eq!(
            npm(t).and_then(|n| n.1).as_deref(),
            Some("you do not have permission to publish \"p\". Are you logged in as the correct user?")
        );
        let t = "ERROR: (gcloud.run.deploy) PERMISSION_DENIED: Admin API has not been used. Enable it by v\nisiting https://console.example.com then retry.\nPlease run:";
        assert_eq!(
            gcloud(t).map(|g| g.1).as_deref(),
            Some("Admin API has not been used. Enable it by v\nisiting https://console.example.com then retry.")
        );
        let t = "ERROR: (gcloud.compute.disks.list) Some requests did not succeed:\n - Insufficient Permission\n\nnext";
        assert_eq!(
            gcloud(t).map(|g| g.1).as_deref(),
            Some("Insufficient Permission")
        );
        let t = "ERROR: (gcloud.projects.list) There was a problem refreshing your current auth tokens: invalid_grant: Bad Request\nPlease run:";
        assert_eq!(gcloud(t).map(|g| g.1).as_deref(), Some("Bad Request"));
    }

    #[test]
    fn reads_statuses_before_messages_and_scavenged_bodies() {
        assert_eq!(
            after_status("出现429报错（429 当前分组上游负载已饱和，请稍后再试").as_deref(),
            Some("当前分组上游负载已饱和，请稍后再试")
        );
        assert_eq!(
            after_status("Internal error: 401 invalid access token or token expired").as_deref(),
            Some("invalid access token or token expired")
        );
        assert_eq!(after_status("Server error: 413 trying to push blob"), None);
        assert_eq!(
            after_status("Error: 401 Unauthorized: the gateway refused the key").as_deref(),
            Some("the gateway refused the key")
        );
        let b = scavenge("报错信息:'code': 'Arrearage', 'param': None, 'message': 'Access denied, please top up.', 'type': 'Arrearage'}").unwrap();
        assert_eq!(b.message.as_deref(), Some("Access denied, please top up."));
        // A paste cut short inside the message still gives it.
        let b = scavenge("Error code: 404 - {'error': {'code': 'ModelNotOpen', 'message': 'Your account has not activated the model.\n").unwrap();
        assert_eq!(
            b.message.as_deref(),
            Some("Your account has not activated the model.")
        );
        assert!(scavenge(
            r#"{"err":{"type":"ZodError","message":"[\n  {\n  \"code\": \"too_small\"}]"}}"#
        )
        .is_none());
    }

    #[test]
    fn reads_ruby_symfony_repr_and_inline_status_classes() {
        for (line, name, rest) in [
            ("app.rb:56:in 'Client.parse': You didn't provide an API key. (RubyLLM::UnauthorizedError)", "UnauthorizedError", "You didn't provide an API key."),
            ("Twilio::REST::RestError (Unable to create record: The number is invalid.):", "RestError", "Unable to create record: The number is invalid."),
            ("CardError(u'Your card was declined.',)", "CardError", "Your card was declined."),
            ("API call failed (attempt 1/3): RateLimitError [HTTP 429]", "RateLimitError", ""),
            ("ERROR: (gcloud.builds.submit) HTTPError 403: <?xml version='1.0'?>", "HTTPError", "<?xml version='1.0'?>"),
            ("javax.net.ssl.SSLHandshakeException:sun.security.validator.ValidatorException:PKIX failed", "SSLHandshakeException", "sun.security.validator.ValidatorException:PKIX failed"),
        ] {
            let e = exceptions(&[line]);
            assert_eq!(e.first().map(|e| (e.name.as_str(), e.rest.as_str())), Some((name, rest)), "{line}");
        }
        let e = exceptions(&[
            "  [Services_Twilio_RestException]   ",
            "  The 'To' number is not valid.  ",
        ]);
        assert_eq!(e[0].name, "Services_Twilio_RestException");
        assert_eq!(e[0].rest, "The 'To' number is not valid.");
    }
}
