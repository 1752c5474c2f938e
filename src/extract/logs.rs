//! Messages in log lines: logfmt's `err="..."` / `error="..."` (and RFC 6750's
//! `error_description="..."`), labelled fields (`Message: ...`, `msg: ...`, `错误信息: ...`),
//! and nginx's error log (`[error] 1#1: *123 upstream timed out ...`).

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::builtin as re;

use super::forms::Form;

/// Log lines' message fields.
pub const FORMS: &[Form] = &[
    Form {
        name: "logs.logfmt",
        triggers: &[
            "err=\"",
            "error=\"",
            "err={",
            "error={",
            "msg={",
            "error_description=\"",
        ],
        finds: |t| logfmt_error(t).is_some(),
        examples: &["time=1 level=ERROR msg=\"loading failed\" error=\"runner terminated: exit status 2\""],
    },
    Form {
        name: "logs.labelled-message",
        triggers: &["message", "msg", "错误信息", "错误消息"],
        finds: |t| labelled_message(t).is_some(),
        examples: &["Error message: The model does not exist", "错误信息: 额度不足"],
    },
    Form {
        name: "logs.nginx",
        triggers: &["[error] ", "[crit] ", "[alert] "],
        finds: |t| nginx_error(t).is_some(),
        examples: &["2024/01/01 00:00:00 [error] 31#31: *1 upstream timed out (110: Connection timed out) while reading"],
    },
];

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_logfmt_values() {
        assert_eq!(
            logfmt_error(r#"time=1 level=ERROR msg="loading failed" error="runner terminated: exit status 2""#).as_deref(),
            Some("runner terminated: exit status 2")
        );
        assert_eq!(
            logfmt_error(r#"WWW-Authenticate: Bearer error="invalid_token", error_description="Missing Authorization header""#).as_deref(),
            Some("Missing Authorization header")
        );
    }
}
