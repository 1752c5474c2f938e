//! A body too mangled to parse (quotes lost in a paste, cut short): its `message` and a
//! `type` ending in `_error` read by their keys alone.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::builtin as re;

use super::forms::Form;
use super::status::status_before;

/// A body read by its keys.
pub const FORMS: &[Form] = &[Form {
    name: "scavenge.body-keys",
    triggers: &["message"],
    finds: |t| scavenge(t).is_some(),
    examples: &["报错信息:'code': 'Arrearage', 'param': None, 'message': 'Access denied, please top up.', 'type': 'Arrearage'}"],
}];

/// Reads `type` and `message` out of a body whose quoting is too broken to parse, or that
/// a paste cut short: the message string may run to the end of its line.
pub fn scavenge(text: &str) -> Option<super::payload::Body> {
    static MSG: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r#"(?m)['"]message\\?['"]?\s*:\s*(?:\\?'((?:[^'\\\n]|\\[^'])(?:[^'\\\n]|\\.){2,})(?:\\?'|$)|"((?:[^"\\\n]|\\.){3,})(?:"|$))"#,
        )
    });
    static TYPE: LazyLock<Regex> =
        LazyLock::new(|| re(r#"['"]?type\\?['"]?\s*:\s*\\?['"]([a-z_]+_error)\\?['"]"#));
    static KEYED: LazyLock<Regex> =
        LazyLock::new(|| re(r#"['"](?:code|type)\\?['"]\s*:\s*\\?['"][A-Za-z][\w.]{2,}\\?['"]"#));
    // A paste may have lost the body's opening brace.
    if !text.contains(['{', '}']) || !text.contains("error") && !KEYED.is_match(text) {
        return None;
    }
    let message = MSG.captures(text).and_then(|c| {
        c.get(1)
            .or(c.get(2))
            // A paste cut inside the message may end in the Markdown that quoted it.
            .map(|m| m.as_str().trim().trim_end_matches('`').to_string())
            // A value that is itself a serialised list or object is no message.
            .filter(|m| !m.starts_with(['[', '{']))
    });
    // An error object opened above the message (`"error": {` ... cut before it closed).
    static ERROR_OPEN: LazyLock<Regex> = LazyLock::new(|| re(r#"['"]error\\?['"]\s*:\s*\{"#));
    let error_type = TYPE.captures(text).map(|c| c[1].to_string());
    let keyed = KEYED.is_match(text) || ERROR_OPEN.is_match(text);
    (message.is_some() && (error_type.is_some() || keyed)).then(|| super::payload::Body {
        message,
        error_type,
        status: status_before(text),
        ..Default::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_keys_of_broken_bodies() {
        let b = scavenge("报错信息:'code': 'Arrearage', 'param': None, 'message': 'Access denied, please top up.', 'type': 'Arrearage'}").unwrap();
        assert_eq!(b.message.as_deref(), Some("Access denied, please top up."));
        // A paste cut short inside the message still gives it.
        let b = scavenge("Error code: 404 - {'error': {'code': 'ModelNotOpen', 'message': 'Your account has not activated the model.\n").unwrap();
        assert_eq!(
            b.message.as_deref(),
            Some("Your account has not activated the model.")
        );
        assert!(scavenge(
            r#"{"err":{"type":"ZodError","message":"[\n  {\n  \"code\": \"too_small\"}]"}}"#
        )
        .is_none());
    }
}
