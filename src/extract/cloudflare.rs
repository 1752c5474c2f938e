//! Cloudflare: its error page (`Error 1020 Ray ID: ...` over the page's title) and wrangler's
//! `A request to the Cloudflare API (/path) failed.` followed by the API's message.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::builtin as re;

use super::forms::Form;

/// Cloudflare's error page and wrangler's API failure.
pub const FORMS: &[Form] = &[
    Form {
        name: "cloudflare.page",
        triggers: &[" Ray ID: "],
        finds: |t| cloudflare_page(t).is_some(),
        examples: &["Error 1020 Ray ID: 8a1b2c3d4e5f6a7b \u{2022} 2024-01-01\nAccess denied"],
    },
    Form {
        name: "cloudflare.wrangler",
        triggers: &["A request to the Cloudflare API ("],
        finds: |t| wrangler(t).is_some(),
        examples: &["A request to the Cloudflare API (/zones/x) failed.\n\n  Authentication error [code: 10000]"],
    },
];

/// A Cloudflare error page: `Error 1020 Ray ID: ...` then the title line.
pub fn cloudflare_page(text: &str) -> Option<(String, Option<String>)> {
    static R: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?m)^\s*Error (\d{3,4}) Ray ID: [0-9a-f]+[^\n]*$"));
    let mut last_end = 0;
    let mut code = None;
    for m in R.captures_iter(text) {
        code.get_or_insert_with(|| m[1].to_string());
        last_end = m.get(0).expect("group 0").end();
    }
    let code = code?;
    let title = text[last_end..]
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(str::to_string);
    Some((code, title))
}

/// wrangler's `A request to the Cloudflare API (/path) failed.` followed, after a blank line,
/// by the API's message (`Authentication error [code: 10000]`). Where wrangler dumps its error
/// object instead (a stack, then `notes: [ { text: '...' } ]`), the API's message is the first
/// note.
pub fn wrangler(text: &str) -> Option<String> {
    static R: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"A request to the Cloudflare API \([^)\n]*\) failed\.[ \t]*\n(?:[ \t]*\n)?[ \t]*(\S[^\n]*)",
        )
    });
    static NOTE: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?m)^\s*notes: \[\s*\{\s*text: '((?:[^'\\]|\\.)*)'"));
    let c = R.captures(text)?;
    let next = c[1].trim();
    if !next.starts_with("at ") {
        return Some(next.to_string());
    }
    NOTE.captures(&text[c.get(0).expect("group 0").end()..])
        .map(|n| n[1].trim().to_string())
}

/// The code wrangler prints after the API's message (`... [code: 10027]`).
pub fn bracket_code(message: &str) -> Option<String> {
    static R: LazyLock<Regex> = LazyLock::new(|| re(r"\[code: (\d+)\]\s*$"));
    R.captures(message).map(|c| c[1].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_wranglers_message() {
        assert_eq!(
            wrangler("✘ [ERROR] A request to the Cloudflare API (/zones/x) failed.\n\n  Authentication error [code: 10000]").as_deref(),
            Some("Authentication error [code: 10000]")
        );
        let dump = "✘ [ERROR] ParseError: A request to the Cloudflare API (/accounts/a/workers/x) failed.\n\n      at throwFetchError (/usr/lib/wrangler-dist/cli.js:1:1)\n  {\n    text: 'A request to the Cloudflare API (/accounts/a/workers/x) failed.',\n    notes: [ { text: 'Authentication error [code: 10000]' } ],\n    kind: 'error'\n  }";
        assert_eq!(
            wrangler(dump).as_deref(),
            Some("Authentication error [code: 10000]")
        );
        assert_eq!(
            wrangler("A request to the Cloudflare API (/x) failed.\n\n  at f (cli.js:1:1)"),
            None
        );
    }
}
