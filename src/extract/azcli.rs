//! The Azure CLI's error: `(Code) message`, then the same error as `Code: X` and `Message: Y`
//! lines (after `ERROR: ` when it is the command's failure).

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::builtin as re;

use super::forms::Form;

/// The Azure CLI's error block.
pub const FORMS: &[Form] = &[Form {
    name: "azcli.error",
    triggers: &["\nCode: "],
    finds: |t| az_cli(t).is_some(),
    examples: &["(InsufficientQuota) This operation require 450 new capacity.\nCode: InsufficientQuota\nMessage: This operation require 450 new capacity."],
}];

/// The Azure CLI's `(Code) message` over `Code: Code` and `Message: ...` (code, message). The
/// code must be repeated on its own line: a bracketed word alone is only prose.
pub fn az_cli(text: &str) -> Option<(String, String)> {
    static HEAD: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?m)^(?:ERROR: )?\(([A-Za-z][\w.]*)\) ([^\n]+)$"));
    static MESSAGE: LazyLock<Regex> = LazyLock::new(|| re(r"(?m)^Message: ([^\n]+)$"));
    HEAD.captures_iter(text).find_map(|c| {
        let code = &c[1];
        let after = &text[c.get(0).expect("group 0").end()..];
        let repeated = after
            .lines()
            .take(4)
            .any(|l| l.trim_end() == format!("Code: {code}"));
        repeated.then(|| {
            let message = MESSAGE
                .captures(after)
                .map_or(c[2].trim(), |m| m.get(1).expect("group 1").as_str().trim());
            (code.to_string(), message.to_string())
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_code_and_message_the_cli_repeats() {
        let t = "ERROR: (AuthorizationFailed) The client 'x' does not have authorization.\nCode: AuthorizationFailed\nMessage: The client 'x' does not have authorization.";
        assert_eq!(
            az_cli(t),
            Some((
                "AuthorizationFailed".into(),
                "The client 'x' does not have authorization.".into()
            ))
        );
        assert_eq!(az_cli("(see below) nothing here\nCode: 42"), None);
    }
}
