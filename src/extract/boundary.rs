//! Message boundaries: what clients, logs and CLIs print around a service's sentence.
//!
//! A message read from a printed form (not from a body) often carries a wrapper: a bracketed
//! status in front (`[HTTP 400] `), an SDK's label list or a CLI's verb and resource behind
//! (`(get pods)`), a doc link (`// See: https://...`), a truncation mark. Some printed
//! "messages" are no service sentence at all: a method and URL, a reason phrase with a request
//! id, a bare `status_code: 429`.

use std::sync::LazyLock;

use regex::Regex;

use super::{labelled, patterns};

/// Wrappers in front of a message.
static PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(r"^(?:\[HTTP \d{3}\]\s*|HTTP \d{3}:\s+|\[\d{3}\]\s+)")
});

/// Wrappers behind a message, each anchored at its end.
static SUFFIX: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(concat!(
        r"(?:\s*//\s*See:?\s*https?://\S+",
        r"|\s*\[code:\s*\d+\]",
        r"|\s+\((?:get|post|put|patch|delete|list|watch|create|update|head) [\w./-]+\)",
        r"|\s*Received Model Group=\S*",
        r"|\s*\(truncated\.*\)",
        r")\s*$",
    ))
});

/// Text that only names the request, not what went wrong.
static NOT_A_MESSAGE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(concat!(
        r"(?i)^(?:[\w ]+ (?:from|for) )?(?:GET|POST|PUT|PATCH|DELETE|HEAD) https?://\S+$",
        r"|^status(?:_code)?:?\s*\d{3}$",
    ))
});

/// A reason phrase followed by a request id: the client's summary of a status.
static REASON_WITH_ID: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(r"(?i)^([A-Za-z][A-Za-z ]+?),?\s+request[ _-]?id:?\s*\S+$")
});

/// The service's sentence inside a printed message, or `None` when it holds none.
pub fn clean(message: &str) -> Option<String> {
    let mut m = labelled::strip_list(message.trim()).to_string();
    loop {
        let before = m.len();
        m = PREFIX.replace(&m, "").trim().to_string();
        m = SUFFIX.replace(&m, "").trim().to_string();
        if m.len() == before {
            break;
        }
    }
    if m.is_empty() || NOT_A_MESSAGE.is_match(&m) {
        return None;
    }
    if let Some(c) = REASON_WITH_ID.captures(&m) {
        if patterns::is_reason_phrase(&c[1]) {
            return None;
        }
    }
    Some(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_wrappers() {
        assert_eq!(
            clean("Bad credentials // See: https://developer.github.com/v3").as_deref(),
            Some("Bad credentials")
        );
        assert_eq!(
            clean("[HTTP 400] The 'To' number +1 is not a valid phone number.").as_deref(),
            Some("The 'To' number +1 is not a valid phone number.")
        );
        assert_eq!(
            clean("the server does not allow access to the requested resource (post replicationcontrollers)").as_deref(),
            Some("the server does not allow access to the requested resource")
        );
        assert_eq!(
            clean("Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: X), S3 Extended Request ID: Y").as_deref(),
            Some("Access Denied")
        );
        assert_eq!(
            clean("Authentication error [code: 10000]").as_deref(),
            Some("Authentication error")
        );
    }

    #[test]
    fn a_request_line_is_no_message() {
        assert_eq!(clean("GET https://registry.npmjs.org/yarn"), None);
        assert_eq!(
            clean("Unauthorized from GET https://example.com/rest/x"),
            None
        );
        assert_eq!(clean("status_code: 429"), None);
        assert_eq!(clean("Too Many Requests, request id: 1ba6afca-2649"), None);
        assert!(clean("Rate limit reached for requests").is_some());
    }
}
