//! Go's net/http client error: `Post "https://host/path": <cause>`. Go's `%+v` struct dumps are
//! read in [`super::gostruct`].

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::builtin as re;

use super::forms::Form;

/// Go's net/http client error.
pub const FORMS: &[Form] = &[Form {
    name: "go.net-http",
    triggers: &[" \"http"],
    finds: |t| go_http(t).is_some(),
    examples: &[
        "Post \"https://api.example.com/v1/x\": dial tcp: lookup api.example.com: no such host",
    ],
}];

/// Go's net/http client error: `Post "https://...": <cause>` (the cause).
pub fn go_http(text: &str) -> Option<String> {
    static R: LazyLock<Regex> = LazyLock::new(|| {
        re(r#"(?m)\b(?:Get|Post|Put|Patch|Delete|Head) "https?://[^"]+": ([^\n]+)$"#)
    });
    R.captures(text).map(|c| c[1].trim().to_string())
}
