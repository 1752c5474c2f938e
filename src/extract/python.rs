//! Forms Python clients print: a class repr `<class 'openai.RateLimitError'>`, Jupyter's
//! `XError    Traceback (most recent call last)` header, requests' `400 Client Error: <reason>
//! for url: <url>`, huggingface_hub's message under that summary, twine's `HTTPError: 400 Bad
//! Request from URL` with the server's message after it, and googleapiclient's `<HttpError 403
//! when requesting URL returned "message">`.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::builtin as re;

use super::exception::{self, Exception};
use super::forms::Form;
use super::status::is_reason_phrase;

/// Python clients' printed forms.
pub const FORMS: &[Form] = &[
    Form {
        name: "python.class-repr",
        triggers: &["<class '"],
        finds: |t| exception::in_text(t, class_repr),
        examples: &["<class 'openai.RateLimitError'>"],
    },
    Form {
        name: "python.jupyter",
        triggers: &["Traceback (most recent call last)"],
        finds: |t| exception::in_text(t, jupyter),
        examples: &["RateLimitError                            Traceback (most recent call last)"],
    },
    Form {
        name: "python.bare-raise",
        triggers: &["raise "],
        finds: |t| exception::in_text(t, bare_raise),
        examples: &["    raise errors.AccessTokenExpiredError\nqianfan.errors.AccessTokenExpiredError"],
    },
    Form {
        name: "python.twine",
        triggers: &["HTTPError: "],
        finds: |t| twine(t).is_some(),
        examples: &["HTTPError: 400 Bad Request from https://upload.example.org/legacy/\nFile already exists."],
    },
    Form {
        name: "python.requests-reason",
        triggers: &[" for url: ", "Client Error: ", "Server Error: "],
        finds: |t| requests_reason(t).is_some(),
        examples: &["HTTPError: 400 Client Error: File already exists. for url: https://x/"],
    },
    Form {
        name: "python.after-http-error-summary",
        triggers: &["Client Error", "Server Error"],
        finds: |t| after_http_error_summary(t).is_some(),
        examples: &["GatedRepoError: 401 Client Error. (Request ID: Root=1-abc)\n\nAccess to model m is restricted."],
    },
    Form {
        name: "python.google-http-error",
        triggers: &["<HttpError "],
        finds: |t| google_http_error(t).is_some(),
        examples: &["<HttpError 403 when requesting https://x returned \"The caller does not have permission\">"],
    },
];

static CLASS_REPR: LazyLock<Regex> = LazyLock::new(|| re(r"<class '([\w.]+)'>"));

static JUPYTER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^\s*([A-Z]\w*(?:Error|Exception))\s+Traceback \(most recent call last\)")
});

/// A class repr: `<class 'openai.RateLimitError'>`.
pub fn class_repr(lines: &[&str], i: usize) -> Option<Exception> {
    let c = CLASS_REPR.captures(lines[i])?;
    let e = Exception::bare(&c[1], i);
    exception::is_exception_name(&e.name, &e.path).then_some(e)
}

/// A traceback's last line that names the class alone, raised without arguments
/// (`raise errors.AccessTokenExpiredError` over `qianfan.errors.AccessTokenExpiredError`).
pub fn bare_raise(lines: &[&str], i: usize) -> Option<Exception> {
    static R: LazyLock<Regex> =
        LazyLock::new(|| re(r"^((?:[a-z_]\w*\.)+[A-Z]\w*(?:Error|Exception))\s*$"));
    let raised = i > 0 && lines[i - 1].trim_start().starts_with("raise ");
    let c = R.captures(lines[i]).filter(|_| raised)?;
    Some(Exception::bare(&c[1], i))
}

/// Jupyter's header over a traceback: `RateLimitError    Traceback (most recent call last)`.
pub fn jupyter(lines: &[&str], i: usize) -> Option<Exception> {
    let c = JUPYTER.captures(lines[i])?;
    Some(Exception::bare(&c[1], i))
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
/// that sets its own reason phrase (PyPI, the Python package index) puts its message there;
/// a terminal may have wrapped it once.
pub fn requests_reason(text: &str) -> Option<String> {
    static R: LazyLock<Regex> = LazyLock::new(|| {
        // Old releases of requests printed no URL after the reason.
        re(
            r"(?m)\b\d{3} (?:Client|Server) Error: ([^\n]+?(?:\n[^\n]+?)?) (?i:for url):? |\b\d{3} (?:Client|Server) Error: ([^\n]+?)$",
        )
    });
    R.captures_iter(text)
        .filter_map(|c| c.get(1).or(c.get(2)).map(|m| m.as_str().trim().to_string()))
        .find(|m| !is_reason_phrase(m) && !m.to_lowercase().contains(" for url"))
}

/// The server's message that huggingface_hub prints after a blank line under the
/// `401 Client Error: ... for url: ...` or `401 Client Error. (Request ID: ...)` summary, or
/// httpx's `Server error '503 Service Unavailable' for url '...'` and its
/// `For more information check:` line.
/// Where the paragraph opens with the client's own line about the URL (`Cannot access gated
/// repo for url ...`), the server's message is the paragraph's last line.
pub fn after_http_error_summary(text: &str) -> Option<String> {
    static R: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?:Client|Server) [Ee]rror(?:: [^\n]* for url: |\. \(Request ID: | '[^'\n]*' for url ')[^\n]*\n(?:For more information check: \S+\n)?[ \t]*\n((?:[ \t]*\S[^\n]*(?:\n|$))+)",
        )
    });
    let skip = ["During handling", "The above exception", "Traceback"];
    // A chained traceback prints the summary once per exception; the paragraph after the
    // first may be the chain's own words.
    R.captures_iter(text).find_map(|c| {
        let para: Vec<&str> = c[1].lines().map(str::trim).collect();
        let first = *para.first()?;
        let m = if para.len() > 1 && first.contains("for url") {
            *para.last()?
        } else {
            first
        };
        (m.len() > 3 && m.starts_with(char::is_uppercase) && !skip.iter().any(|s| m.starts_with(s)))
            .then(|| m.to_string())
    })
}

/// googleapiclient's `<HttpError 403 when requesting URL returned "message">`.
pub fn google_http_error(text: &str) -> Option<String> {
    static R: LazyLock<Regex> =
        LazyLock::new(|| re(r#"<HttpError \d{3} when requesting \S+ returned "([^"]+)""#));
    R.captures(text).map(|c| c[1].trim().to_string())
}

#[cfg(test)]
mod tests {
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
    }
}
