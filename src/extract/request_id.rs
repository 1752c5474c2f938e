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
        " | ",
    ],
    finds: |t| request_id(t).is_some(),
    examples: &[
        "x-request-id: req_abc123",
        "Request req_8f2a9c: No such customer",
        "remote: error: Trace: 0123456789abcdef0123",
    ],
}];

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

/// Stripe's `Request req_...: message`.
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

fn first(r: &Regex, text: &str) -> Option<String> {
    r.captures_iter(text)
        .map(|c| {
            c[1].trim_end_matches(['.', ',', ')', ']', '\'', '"'])
                .to_string()
        })
        .find(|v| !placeholder(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_id_prefers_headers_over_cf_ray_and_skips_placeholders() {
        assert_eq!(
            request_id("cf-ray: 8a1b2c3d4e5f6a7b-SJC\nx-request-id: req_abc123").as_deref(),
            Some("req_abc123")
        );
        assert_eq!(request_id("apim-request-id: REDACTED"), None);
    }
}
