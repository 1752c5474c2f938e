//! npm's error block: `npm ERR! code E401` (or npm 9's `npm error code`), the `METHOD url -
//! message` line, or the first line of npm's own text after the code.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::builtin as re;

use super::forms::Form;

/// npm's error block.
pub const FORMS: &[Form] = &[Form {
    name: "npm.error-block",
    triggers: &["ERR! code ", "error code "],
    finds: |t| npm(t).is_some(),
    examples: &["npm ERR! code E401\nnpm ERR! Unable to authenticate, need: Basic realm=\"GitHub Package Registry\""],
}];

/// npm's `npm ERR! code E401` block: (code, message).
pub fn npm(text: &str) -> Option<(String, Option<String>)> {
    static CODE: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?m)(?:^|npm )(?:ERR!|error) code (E\d{3}|EOTP)\b"));
    static URL_MSG: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?m)(?:^|npm )(?:ERR!|error) \d{3} [^\n]*? - (?:GET|PUT|POST|DELETE|HEAD|PATCH) \S+ - ([^\n]+)",
        )
    });
    static LINE: LazyLock<Regex> = LazyLock::new(|| re(r"npm (?:ERR!|error) ([A-Z][^\n]+)"));
    static AFTER: LazyLock<Regex> = LazyLock::new(|| re(r"(?m)^npm (?:ERR!|error) (\S[^\n]*)$"));
    // npm's own advice after a 403, and npm 3's `: package` after the message.
    static ADVICE: LazyLock<Regex> = LazyLock::new(|| {
        re(r"\s*In most cases, you or one of your dependencies are requesting\b.*$|\s+: [\w@/.-]+$")
    });
    const BOILERPLATE: &[&str] = &[
        "A complete log",
        "If you need help",
        "Please include",
        "<http",
        "This is probably not a problem with npm",
        "Log files were not written",
        "You can rerun",
        "Verbose",
    ];
    let c = CODE.captures(text)?;
    let code = c[1].to_string();
    let after_code = &text[c.get(0).expect("group 0").end()..];
    let msg = URL_MSG
        .captures(text)
        .map(|c| c[1].trim().to_string())
        .or_else(|| {
            AFTER
                .captures_iter(after_code)
                .map(|c| c[1].trim().to_string())
                .find(|l| {
                    // Status summaries and npm's own `Registry returned 401 for GET on URL`.
                    !BOILERPLATE.iter().any(|b| l.starts_with(b))
                        && !l.starts_with(|c: char| c.is_ascii_digit())
                        && !l.contains("://")
                })
        })
        .or_else(|| {
            LINE.captures_iter(text)
                .map(|c| c[1].trim().to_string())
                .find(|l| !l.starts_with("A complete log"))
        })
        .map(|m| ADVICE.replace(&m, "").trim().to_string());
    Some((code, msg))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_message_after_the_code() {
        let t = "npm ERR! Darwin 15.5.0\nnpm ERR! code E403\n\nnpm ERR! you do not have permission to publish \"p\". Are you logged in as the correct user? : p\nnpm ERR! If you need help, you may report this error at:";
        assert_eq!(
            npm(t).and_then(|n| n.1).as_deref(),
            Some("you do not have permission to publish \"p\". Are you logged in as the correct user?")
        );
    }
}
