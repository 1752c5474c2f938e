//! curl's own failure line: `curl: (60) SSL certificate problem: ...`, whose number is curl's
//! exit code.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::builtin as re;

use super::forms::Form;

/// curl's failure line.
pub const FORMS: &[Form] = &[Form {
    name: "curl.failure",
    triggers: &["curl: ("],
    finds: |t| curl_error(t).is_some(),
    examples: &["curl: (60) SSL certificate problem: unable to get local issuer certificate"],
}];

/// curl's own failure line: `curl: (60) SSL certificate problem: ...` (exit code).
pub fn curl_error(text: &str) -> Option<u16> {
    static R: LazyLock<Regex> = LazyLock::new(|| re(r"curl: \((\d{1,2})\) "));
    R.captures(text).and_then(|c| c[1].parse().ok())
}
