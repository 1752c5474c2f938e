//! What clients print before an API's own message: a class (`litellm.BadRequestError: `), a
//! status (`Error code: 400 - `, `HTTP 400 error: `), an operation (`Unable to create
//! record: `). Stripping them leaves the service's sentence. The prefixes are data
//! (`client_prefixes` in `data/vocabulary.toml`).

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::builtin as re;

/// Strips class names, statuses and client wording that clients print before the API's
/// own message: `litellm.BadRequestError: X`, `Error code: 400 - X`, `HTTP 400 error: X`.
pub fn strip_message_prefixes(rest: &str) -> String {
    static REASON: LazyLock<Regex> =
        LazyLock::new(|| re(r#"\s*\[reason: .*$|\s*\(status code: \d{3}\)$"#));
    let mut s = super::boundary::strip_stray_quotes(rest).to_string();
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
        match crate::knowledge::get().vocabulary.client_prefix.find(&s) {
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

#[cfg(test)]
mod tests {
    use super::*;

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
