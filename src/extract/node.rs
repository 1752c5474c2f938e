//! JavaScript: an exception's class named in a serialised error's field (`"name": "HttpError"`,
//! `"errorType": "ClientError"`) or constructed in a printed code frame (`new APICallError({`).

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::builtin as re;

use super::forms::Form;

/// Classes named in JavaScript error dumps.
pub const FORMS: &[Form] = &[Form {
    name: "node.named-exception",
    triggers: &["Error\"", "Exception\"", "Error({", "Exception({"],
    finds: |t| named_exception(t).is_some(),
    examples: &[
        "{\"errorType\": \"ClientError\", \"message\": \"x\"}",
        "throw new APICallError({",
    ],
}];

/// An exception named in a JSON field (`"errorType": "ClientError"`, `"name": "HttpError"`)
/// or constructed in a printed code frame (`new APICallError(`).
pub fn named_exception(text: &str) -> Option<String> {
    static FIELD: LazyLock<Regex> =
        LazyLock::new(|| re(r#""(?:errorType|error|name)"\s*:\s*"([A-Z]\w*(?:Error|Exception))""#));
    static NEW: LazyLock<Regex> = LazyLock::new(|| re(r"\bnew ([A-Z]\w*(?:Error|Exception))\(\{"));
    FIELD
        .captures(text)
        .or_else(|| NEW.captures(text))
        .map(|c| c[1].to_string())
        .filter(|n| n != "Error")
}
