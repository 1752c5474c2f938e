//! Rust clients built on reqwest, as Codex prints their failures: `unexpected status 503
//! Service Unavailable: <body>, url: <url>`. Rust's `X { .. }` error dumps are read with the
//! shared exception shapes in [`super::exception`].

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::builtin as re;

use super::forms::Form;

/// reqwest-based clients' unexpected-status line.
pub const FORMS: &[Form] = &[Form {
    name: "rust.unexpected-status",
    triggers: &["unexpected status "],
    finds: |t| unexpected_status(t).is_some(),
    examples: &["unexpected status 401 Unauthorized: Missing bearer authentication, url: https://x/v1/responses"],
}];

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_a_code_before_the_body() {
        assert_eq!(
            unexpected_status("unexpected status 503 Service Unavailable: auth_unavailable: no auth available (p=x), url: http://127.0.0.1:1/v1/responses").as_deref(),
            Some("no auth available (p=x)")
        );
    }
}
