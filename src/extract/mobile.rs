//! Mobile clients: Apple's `Error Domain=X Code=N "description" UserInfo={...}` (NSError, as
//! iOS SDKs print it) and Dart's `Unhandled exception:` followed by the exception's text.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::builtin as re;

use super::forms::Form;

/// NSError and Dart's unhandled exception.
pub const FORMS: &[Form] = &[
    Form {
        name: "mobile.ns-error",
        triggers: &["Error Domain="],
        finds: |t| ns_error(t).is_some(),
        examples: &["Error Domain=com.example Code=70 \"Your card was declined\" UserInfo={}"],
    },
    Form {
        name: "mobile.dart-unhandled",
        triggers: &["Unhandled exception:"],
        finds: |t| dart_unhandled(t).is_some(),
        examples: &["Unhandled exception:\nQuota exceeded for x.\n#0      main (file.dart:1:1)"],
    },
];

/// Apple's `Error Domain=X Code=N "description" UserInfo={...}` (NSError, as iOS SDKs print it).
pub fn ns_error(text: &str) -> Option<String> {
    static R: LazyLock<Regex> = LazyLock::new(|| re(r#"Error Domain=\S+ Code=-?\d+ "([^"\n]+)""#));
    R.captures(text).map(|c| c[1].trim().to_string())
}

/// Dart's `Unhandled exception:` followed by the exception's text, up to the stack (`#0`).
pub fn dart_unhandled(text: &str) -> Option<String> {
    let at = text.find("Unhandled exception:\n")?;
    let lines: Vec<&str> = text[at..]
        .lines()
        .skip(1)
        .map(str::trim)
        .take_while(|l| !l.is_empty() && !l.starts_with("#0"))
        .collect();
    (!lines.is_empty()).then(|| lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_description() {
        assert_eq!(
            ns_error(r#"Error Domain=com.example Code=70 "Your card was declined" UserInfo={}"#)
                .as_deref(),
            Some("Your card was declined")
        );
        assert_eq!(
            dart_unhandled(
                "Unhandled exception:\nQuota exceeded for x.\n#0      main (file.dart:1:1)"
            )
            .as_deref(),
            Some("Quota exceeded for x.")
        );
    }
}
