//! Request ids outside a body: response headers (`x-request-id: ...`, `apim-request-id`,
//! `x-amzn-RequestId`, `cf-ray`), S3's `<RequestId>`, Stripe's `Request req_...:`, a gin log's
//! id column, `request_id=...` labels, `request id <uuid>` sentences, Cloudflare's `Ray ID`,
//! and GitHub's `remote: error: Trace: ...`.
//!
//! Which of them wins when several are printed is declared in [`super::forms::REQUEST_ID`].

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::builtin as re;

use super::forms::{self, Form};
use super::gateway;
use crate::knowledge;

/// Request ids stated outside a body.
pub const FORMS: &[Form] = &[Form {
    name: "request-id.stated",
    triggers: &[
        "request id",
        "request-id",
        "request_id",
        "requestid",
        "req_id",
        "req-id",
        "reqid",
        "req_",
        "audit-id",
        "cf-ray",
        "ray id",
        "trace: ",
        "tid",
        "root=1-",
        " | ",
    ],
    finds: |t| request_id(t).is_some(),
    examples: &[
        "x-request-id: req_abc123",
        "Request req_8f2a9c: No such customer",
        "remote: error: Trace: 0123456789abcdef0123",
    ],
}];

/// `<header>: <id>` for each of the response headers that carry a request id (data:
/// `request_id_headers` in `data/keys.toml`).
static HEADER_RID: LazyLock<Regex> = LazyLock::new(|| {
    let names = &crate::knowledge::get().keys.request_id_headers;
    let names: Vec<String> = names.iter().map(|n| regex::escape(n)).collect();
    re(&format!(
        r#"(?i)\b({})['"]?\s*(?:=>|[:=])\s*\[?['"]?([A-Za-z0-9][\w:.;=/+-]{{5,}})"#,
        names.join("|")
    ))
});

static XML_RID: LazyLock<Regex> = LazyLock::new(|| re(r"<RequestId>\s*([^<\s]+)\s*</RequestId>"));

static GENERIC_RID: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?i)\b(?:request[ _-]?id|req[_-]?id|requestid|reqid)\b['"]?\s*[:=]\s*['"]?([A-Za-z0-9][\w:.;=/+-]{5,})"#,
    )
});

static SENTENCE_RID: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\brequest id ([0-9a-f][0-9a-f:-]{15,})\b"));

static RAY_RID: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\bray id:?\s*([0-9a-f]{16})\b"));

// stripe-node's `Request req_x: message`, stripe-ruby's `(Request req_x)`.
static STRIPE_RID: LazyLock<Regex> =
    LazyLock::new(|| re(r"\bRequest (req_\w+):|\(Request (req_\w+)\)"));

static GIT_TRACE: LazyLock<Regex> = LazyLock::new(|| re(r"remote: error: Trace: ([0-9a-f]{16,})"));

static GIN_RID: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\[(?:ERR|ERROR|INFO|WARN|GIN|SYS|DEBUG)\]\s+\d{4}/\d\d/\d\d - \d\d:\d\d:\d\d \| ([0-9A-Za-z]{20,}) \|",
    )
});

pub(super) fn placeholder(id: &str) -> bool {
    let l = id.to_ascii_lowercase();
    l.starts_with("redacted")
        || l.chars().all(|c| c == 'x' || c == '*')
        || matches!(l.as_str(), "null" | "none" | "undefined" | "unknown")
}

/// The request id stated in the text, from the most to the least specific form.
pub fn request_id(text: &str) -> Option<String> {
    forms::REQUEST_ID
        .iter()
        .find_map(|read| read(text))
        .filter(|id| !placeholder(id))
}

/// A response header naming the request; `cf-ray` only where no other header does.
pub fn header(text: &str) -> Option<String> {
    HEADER_RID
        .captures_iter(text)
        .map(|c| (c[1].to_ascii_lowercase(), c[2].to_string()))
        .filter(|(_, v)| !placeholder(v))
        .min_by_key(|(name, _)| (name == "cf-ray") as u8)
        .map(|(_, v)| v)
}

/// S3's `<RequestId>` element.
pub fn xml(text: &str) -> Option<String> {
    first(&XML_RID, text)
}

/// Stripe's `Request req_...: message` or `(Request req_...)`.
pub fn stripe(text: &str) -> Option<String> {
    first(&STRIPE_RID, text)
}

/// A gin-style log line's id column (`[ERR] 2026/02/14 - 10:00:00 | <id> |`).
pub fn gin(text: &str) -> Option<String> {
    first(&GIN_RID, text)
}

/// `request_id: ...`, `reqId=...` and the like.
pub fn labelled(text: &str) -> Option<String> {
    first(&GENERIC_RID, text)
}

/// `request id <uuid>` in a sentence.
pub fn sentence(text: &str) -> Option<String> {
    first(&SENTENCE_RID, text)
}

/// Cloudflare's `Ray ID: ...`.
pub fn ray(text: &str) -> Option<String> {
    first(&RAY_RID, text)
}

/// GitHub's `remote: error: Trace: ...` after a refused push.
pub fn git_trace(text: &str) -> Option<String> {
    first(&GIT_TRACE, text)
}

/// Splits a message into its text and the request id printed with it: a gateway's
/// `(request id: ...)`, or one of the shapes of `data/vocabulary.toml` (`message_request_ids`
/// after the message, `message_request_id_prefixes` before it). Several appended one after
/// another are all cut; the id is the first found from the end.
pub fn split_id(message: &str) -> (String, Option<String>) {
    let (mut m, mut id) = gateway::split_gateway_suffix(message);
    let vocabulary = &knowledge::get().vocabulary;
    if let Some(c) = vocabulary.message_request_id_prefix.captures(&m) {
        let whole = c.get(0).expect("group 0");
        if !m[whole.end()..].trim().is_empty() {
            let found = c
                .iter()
                .skip(1)
                .flatten()
                .next()
                .map(|g| g.as_str().to_string());
            id = id.or(found);
            m = m[whole.end()..].trim_start().to_string();
        }
    }
    let appended = &vocabulary.message_request_id;
    while let Some(c) = appended.captures(&m) {
        let whole = c.get(0).expect("group 0");
        if m[..whole.start()].trim().is_empty() {
            break;
        }
        let found = c.iter().skip(1).flatten().next().map(|g| g.as_str());
        if id.is_none() {
            id = found.filter(|f| !placeholder(f)).map(str::to_string);
        }
        m = m[..whole.start()].trim_end().to_string();
    }
    (m, id)
}

/// A request id appended to a line's message (`... (Trace: X)`, `... (Root=1-...)`).
pub fn appended(text: &str) -> Option<String> {
    text.lines().find_map(|l| split_id(l.trim_end()).1)
}

fn first(r: &Regex, text: &str) -> Option<String> {
    r.captures_iter(text)
        .filter_map(|c| c.iter().skip(1).flatten().next())
        .map(|g| {
            g.as_str()
                .trim_end_matches(['.', ',', ';', ')', ']', '\'', '"'])
                .to_string()
        })
        .find(|v| !placeholder(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_appended_to_a_message_is_split_off() {
        for (printed, text, id) in [
            (
                "Out of credits. [request_id=Root=1-6931a2f4-5c8e1d7b9a0f3e2d4c6b8a19]",
                "Out of credits.",
                "Root=1-6931a2f4-5c8e1d7b9a0f3e2d4c6b8a19",
            ),
            (
                "Awaiting review. (Root=1-6931a3b7-2e4f6a8c0b1d3f5e7a9c2b4d)",
                "Awaiting review.",
                "Root=1-6931a3b7-2e4f6a8c0b1d3f5e7a9c2b4d",
            ),
            (
                "Try again. (RequestId b8d3f1a2-9c7e-4605-8e1d-2a3b4c5d6e7f)",
                "Try again.",
                "b8d3f1a2-9c7e-4605-8e1d-2a3b4c5d6e7f",
            ),
            (
                "model not supported (tid: 2025122206110598)",
                "model not supported",
                "2025122206110598",
            ),
            (
                "[1301][内容不安全]（Trace: 2026090500202657dce7）",
                "[1301][内容不安全]",
                "2026090500202657dce7",
            ),
            (
                "Socket idle. request_id=E2A9C4F7B1D83650",
                "Socket idle.",
                "E2A9C4F7B1D83650",
            ),
            (
                "[req_Wn4tL8qP1xZk7M] Your card was declined.",
                "Your card was declined.",
                "req_Wn4tL8qP1xZk7M",
            ),
            (
                "无效的令牌 (request id: 2026021910081416145658)",
                "无效的令牌",
                "2026021910081416145658",
            ),
        ] {
            let (m, got) = split_id(printed);
            assert_eq!((m.as_str(), got.as_deref()), (text, Some(id)), "{printed}");
        }
    }

    #[test]
    fn a_message_without_an_appended_id_is_kept() {
        for m in [
            "Quota exceeded (for project x)",
            "See the trace (trace: short)",
            "Request id: 0217399555030747f2940eb6648219d4dab6",
            "Access denied. Request id: 0217399555030747f2940eb6648219d4dab6",
            "Too many requests, request id is missing",
        ] {
            assert_eq!(split_id(m), (m.to_string(), None), "{m}");
        }
    }

    #[test]
    fn request_id_prefers_headers_over_cf_ray_and_skips_placeholders() {
        assert_eq!(
            request_id("cf-ray: 8a1b2c3d4e5f6a7b-SJC\nx-request-id: req_abc123").as_deref(),
            Some("req_abc123")
        );
        assert_eq!(request_id("apim-request-id: REDACTED"), None);
    }
}
