//! Exception lines in the shapes most languages share: `x.y.Name: message` (Python, Java,
//! JS, Ruby's `A::B`, PHP's `A\B`), `Name - message` (Ruby, LiteLLM), PHP's `Uncaught
//! exception 'X' with message`, a class wrapped around its message (`X('...')`, Rust's
//! `X { .. }`, `X [HTTP 429]`), a class with its status, and a class named in a labelled
//! field (`Type: X`). The forms a single language prints live in that language's file.
//!
//! The [`Exception`] type is shared by all of them; which form reads a line is declared in
//! [`super::forms::EXCEPTION_LINES`].

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::builtin as re;

use super::forms::{self, Form, LineReader};

/// Exception lines in the shared shapes.
pub const FORMS: &[Form] = &[
    Form {
        name: "exception.named-field",
        triggers: &["error", "exception"],
        finds: |t| in_text(t, named_field),
        examples: &["Type: Twilio\\Exceptions\\RestException"],
    },
    Form {
        name: "exception.with-status",
        triggers: &["error", "exception"],
        finds: |t| in_text(t, with_status),
        examples: &["API call failed (attempt 1/3): RateLimitError [HTTP 429]"],
    },
    Form {
        name: "exception.colon",
        triggers: &[":"],
        finds: |t| in_text(t, colon),
        examples: &["openai.AuthenticationError: Error code: 401"],
    },
    Form {
        name: "exception.keyed",
        triggers: &["error", "exception"],
        finds: |t| keyed(t).is_some(),
        examples: &[
            "{\"level\":50,\"errType\":\"RateLimitError\",\"msg\":\"route failed\"}",
            "  name: 'AI_APICallError',",
            "call failed: status=400 type=BadRequestError body={}",
        ],
    },
    Form {
        name: "exception.dash-or-wrapped",
        triggers: &["error", "exception"],
        finds: |t| in_text(t, other_form),
        examples: &[
            "Stripe::InvalidRequestError - This customer has no attached card",
            "CardError(u'Your card was declined.',)",
            "provider unreachable: APITimeoutError('Request timed out.') (cause: ReadTimeout('x'))",
            "batch 14 gave up (TooManyRequestsError): status_code: 429, body: {}",
        ],
    },
];

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

impl Exception {
    /// A class named on line `line` with no message after it.
    pub fn bare(path: &str, line: usize) -> Exception {
        Exception {
            name: last_component(path).to_string(),
            path: path.to_string(),
            rest: String::new(),
            code: None,
            line,
        }
    }
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

/// A class named with its status after a colon: `failed: RateLimitError [HTTP 429]`,
/// gcloud's `(gcloud.x) HTTPError 403: ...`.
/// A repr `X('message')` after a colon: the exception an application's log line reports
/// (`provider unreachable: APITimeoutError('Request timed out.')`), unless it is introduced as
/// a cause.
static EXCEPTION_REPR: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?i:(caused by|cause|from))?:\s+((?:[A-Za-z_][\w$]*\.)*([A-Z_][\w$]*(?:Error|Exception)))\(u?['"]"#,
    )
});

/// A class in parentheses before a colon: `gave up (TooManyRequestsError): status_code: 429`.
static EXCEPTION_PARENS: LazyLock<Regex> =
    LazyLock::new(|| re(r"\(((?:[A-Za-z_][\w$]*\.)*([A-Z_][\w$]*(?:Error|Exception)))\):\s"));

static EXCEPTION_STATUS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|[:)]\s+)((?:[A-Za-z_][\w$]*\.)*([A-Z_][\w$]*(?:Error|Exception)))(?: \[HTTP \d{3}\]| [45]\d\d:)",
    )
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
    if crate::knowledge::get()
        .exception_modules
        .iter()
        .any(|m| path.starts_with(m.as_str()))
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

/// A field of a log record or an error dump whose key says it holds the exception class, in
/// any notation: `"errType":"RateLimitError"`, `name: 'AI_APICallError'`, `exc_type=X`, and
/// logfmt's `type=BadRequestError` (in a body, `"type"` is the service's own error type).
pub fn keyed(text: &str) -> Option<String> {
    static FIELD: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r#"(?:^|[\s{,(\[|])(["']?)([A-Za-z_][\w-]*)["']?\s*([:=])\s*["']?((?:[A-Za-z_][\w$]*(?:\.|::|\\{1,2}))*([A-Z][\w$]*(?:Error|Exception)))\b"#,
        )
    });
    let keys = &crate::knowledge::get().keys;
    FIELD
        .captures_iter(text)
        .find(|c| {
            let key = crate::knowledge::normalize_key(&c[2]);
            let logfmt = c[1].is_empty() && &c[3] == "=";
            // A JSON record's `"type"` spelled exactly so (pino's and winston's error
            // serialisers), not AWS's `__type`, which names the service's error.
            let exact = !c[1].is_empty() && c[2] == *key && in_log_record(text, c.get(0));
            keys.exception.contains(&key)
                || (logfmt || exact) && keys.exception_logfmt.contains(&key)
        })
        .map(|c| c[5].to_string())
}

/// A class name an application prints in front of a call's labelled fields (`anthropic
/// rejected request: BadRequestError status=400 request_id=req_1 type=...`).
pub fn before_pairs(text: &str) -> Option<String> {
    static R: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?m)(?:^|[\s:(\[])(?:[A-Za-z_]\w*\.)*([A-Z][A-Za-z0-9]*(?:Error|Exception)) [A-Za-z_][\w.]*=[^\s=]",
        )
    });
    R.captures(text).map(|c| c[1].to_string())
}

/// Whether the match is on a JSON log record's line (one with a level key): a service's body
/// may name its own type like a class (`"type": "CreditsError"`).
fn in_log_record(text: &str, m: Option<regex::Match>) -> bool {
    let Some(m) = m else { return false };
    let start = text[..m.start()].rfind('\n').map_or(0, |i| i + 1);
    let end = text[m.end()..]
        .find('\n')
        .map_or(text.len(), |i| m.end() + i);
    let line = &text[start..end];
    crate::knowledge::get()
        .keys
        .level
        .iter()
        .any(|k| line.contains(&format!("\"{k}\"")))
}

/// Every exception line in the text, in order: each line is read by the first form in
/// [`forms::EXCEPTION_LINES`] that reads it.
pub fn exceptions(lines: &[&str]) -> Vec<Exception> {
    (0..lines.len())
        .filter_map(|i| {
            forms::EXCEPTION_LINES
                .iter()
                .find_map(|read| read(lines, i))
        })
        .collect()
}

/// Whether `read` reads an exception from any of the text's lines.
pub(super) fn in_text(text: &str, read: LineReader) -> bool {
    let lines: Vec<&str> = text.lines().collect();
    (0..lines.len()).any(|i| read(&lines, i).is_some())
}

/// `Type: x.y.ZError` or `error name: ZError`: a class named in a labelled field.
pub fn named_field(lines: &[&str], i: usize) -> Option<Exception> {
    let c = NAMED_FIELD.captures(lines[i])?;
    Some(Exception::bare(&c[1], i))
}

/// A class named with its status: `failed: RateLimitError [HTTP 429]`, `HTTPError 403: ...`,
/// unless a class named before it on the line is the one raised.
pub fn with_status(lines: &[&str], i: usize) -> Option<Exception> {
    let line = lines[i];
    let c = EXCEPTION_STATUS.captures(line)?;
    let before = &line[..c.get(1).expect("group 1").start()];
    let named_before = EXCEPTION
        .captures_iter(before)
        .any(|b| is_exception_name(&b[2], &b[1]));
    if !is_exception_name(&c[2], &c[1]) || named_before {
        return None;
    }
    let end = c.get(0).expect("group 0").end();
    Some(Exception {
        name: c[2].to_string(),
        path: c[1].to_string(),
        rest: line[end..].trim().to_string(),
        code: None,
        line: i,
    })
}

/// `x.y.Name: message` (with discord.js's `Name[CODE]:`): the first class on a line is the
/// one raised; later ones are inside its message. Java may print `a.b.XException:cause`
/// without a space after a qualified name.
pub fn colon(lines: &[&str], i: usize) -> Option<Exception> {
    let line = lines[i];
    let followed_by_space = |c: &regex::Captures| {
        let end = c.get(0).map_or(0, |m| m.end());
        line[end..].chars().next().is_none_or(char::is_whitespace)
            || c[1].matches('.').count() >= 2 && c[2].ends_with("Exception")
    };
    let c = EXCEPTION
        .captures_iter(line)
        .find(|c| followed_by_space(c) && is_exception_name(&c[2], &c[1]))?;
    let end = c.get(0).expect("group 0").end();
    Some(Exception {
        name: c[2].to_string(),
        path: c[1].to_string(),
        rest: line[end..].trim().to_string(),
        code: c
            .get(3)
            .map(|m| m.as_str().to_string())
            .filter(|s| !s.is_empty()),
        line: i,
    })
}

/// An exception printed in one of the forms other than `X: message`.
pub fn other_form(lines: &[&str], i: usize) -> Option<Exception> {
    let line = lines[i];
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
    // A repr `X('message',)` carries its message in its first string argument.
    let quoted = |end: usize| match line[..end].chars().last() {
        Some(q @ ('\'' | '"')) => line[end..].split(q).next().unwrap_or_default().to_string(),
        _ => String::new(),
    };
    if let Some(c) = EXCEPTION_WRAPPED.captures(line) {
        let end = c.get(0).expect("group 0").end();
        return is_exception_name(&c[2], &c[1]).then(|| exception(&c[1], &c[2], quoted(end)));
    }
    if let Some(c) = EXCEPTION_REPR
        .captures_iter(line)
        .find(|c| c.get(1).is_none())
    {
        let end = c.get(0).expect("group 0").end();
        return is_exception_name(&c[3], &c[2]).then(|| exception(&c[2], &c[3], quoted(end)));
    }
    let c = EXCEPTION_PARENS.captures(line)?;
    let end = c.get(0).expect("group 0").end();
    is_exception_name(&c[2], &c[1]).then(|| exception(&c[1], &c[2], line[end..].trim().into()))
}

/// The class name at the end of a printed path (`a.b.X`, `A::X`, `A\\X`).
pub(super) fn last_component(path: &str) -> &str {
    path.rsplit(['.', ':', '\\']).next().unwrap_or(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_class_before_labelled_fields() {
        assert_eq!(
            before_pairs("call failed: BadRequestError status=400 type=invalid_request_error")
                .as_deref(),
            Some("BadRequestError")
        );
        assert_eq!(before_pairs("Error status=400 type=x"), None);
        assert_eq!(before_pairs("RateLimitError: 429 status=429"), None);
    }

    #[test]
    fn reads_a_class_named_in_a_field() {
        for (text, name) in [
            (
                r#"{"level":50,"errType":"RateLimitError","detail":{"type":"x"}}"#,
                Some("RateLimitError"),
            ),
            (
                "generation failed {\n  name: 'AI_APICallError',\n  statusCode: 404,",
                Some("AI_APICallError"),
            ),
            (
                "call failed: status=404 type=NotFoundError body={}",
                Some("NotFoundError"),
            ),
            (
                r#"{"exc_type": "openai.APITimeoutError"}"#,
                Some("APITimeoutError"),
            ),
            // A body's `type` is the service's error type, and a message is no class.
            (r#"{"type": "NotFoundError", "message": "m"}"#, None),
            ("message=ValueError raised", None),
            // A log record's error, as pino serialises it, and a record's `class` field.
            (
                r#"{"level":50,"err":{"type":"BadRequestError","message":"400 bad"}}"#,
                Some("BadRequestError"),
            ),
            (
                r#"{"level":"error","error":{"class":"PermissionDeniedError"}}"#,
                Some("PermissionDeniedError"),
            ),
            (r#"{"__type": "ValidationException", "level": "x"}"#, None),
        ] {
            assert_eq!(keyed(text).as_deref(), name, "{text}");
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
