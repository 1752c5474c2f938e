//! JavaScript: an exception's class constructed in a printed code frame (`new APICallError({`).
//! A class named in a serialised error's field is read by [`super::exception::keyed`].

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::builtin as re;

use super::forms::Form;

/// Classes constructed in JavaScript code frames.
pub const FORMS: &[Form] = &[Form {
    name: "node.constructed-exception",
    triggers: &["Error({", "Exception({"],
    finds: |t| constructed_exception(t).is_some(),
    examples: &["throw new APICallError({"],
}];

/// An exception constructed in a printed code frame (`new APICallError(`).
pub fn constructed_exception(text: &str) -> Option<String> {
    static NEW: LazyLock<Regex> = LazyLock::new(|| re(r"\bnew ([A-Z]\w*(?:Error|Exception))\(\{"));
    NEW.captures(text).map(|c| c[1].to_string())
}
