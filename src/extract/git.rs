//! git over HTTPS and the GitHub CLI: the server's `remote: error: GH013: ...` lines and
//! `gh`'s `message (HTTP 403)`.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::builtin as re;

use super::forms::Form;

/// git's `remote:` lines and gh's HTTP summary.
pub const FORMS: &[Form] = &[
    Form {
        name: "git.remote",
        triggers: &["remote: "],
        finds: |t| git_remote(t).is_some(),
        examples: &["remote: Permission to o/r.git denied to someone."],
    },
    Form {
        name: "git.gh-http",
        triggers: &[" (HTTP "],
        finds: |t| gh_http(t).is_some(),
        examples: &["gh: Resource not accessible by integration (HTTP 403)"],
    },
];

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

/// The GitHub CLI's `gh: message (HTTP 403)`.
pub fn gh_http(text: &str) -> Option<String> {
    static R: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?m)^(?:[\w.-]+: )?([A-Za-z][^\n]*?) \(HTTP \d{3}\)[ \t]*$"));
    R.captures(text).map(|c| c[1].trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_gh_messages() {
        assert_eq!(
            gh_http("gh: Resource not accessible by integration (HTTP 403)").as_deref(),
            Some("Resource not accessible by integration")
        );
    }
}
