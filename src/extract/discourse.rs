//! Text that talks about errors without being one: source code that handles statuses, and
//! catalogues that list them (a docs table, a `switch`, a dict of hints).
//!
//! An error that happened shows one failure; a text that lists several statuses, one per
//! line, or that is mostly code, describes errors in general.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

/// A line that starts with a status, after list, table, quote or `case` marks.
static LEADING_STATUS: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(
        r#"^\s*(?:[-*+|>]\s*)?(?:case\s+|`)?["'`]?([45]\d\d)\b["'`]?\s*(?:[-:|=,)]|=>|->|\s[A-Z`])"#,
    )
});

/// A line of source code: a statement, a declaration, a block opening or a comment.
static CODE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(concat!(
        r"^\s*(?:case\b|switch\b|match\b|func\b|fn\b|def\b|class\b|return\b|if\b|else\b|elif\b|",
        r"for\b|while\b|import\b|from\s+\S+\s+import\b|package\b|public\b|private\b|protected\b|",
        r"static\b|const\b|let\b|var\b|impl\b|pub\b|try\b|catch\b|default\s*:|//|/\*|\*/|@\w+|#\[)",
        r"|;\s*$|\)\s*\{\s*$|=>|\)\s*:\s*$",
    ))
});

/// The `path:line:` that grep puts before each line of source it found.
static GREP_PREFIX: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::builtin(r"^[\w./-]+\.\w+:\d+:(?:\d+:)?"));

/// Lines of brackets alone, which code and JSON bodies share.
static BRACKETS: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::builtin(r"^\s*[{}\[\]()]*[,;]?\s*$"));

/// Runtime output that no source text prints this way: a traceback, an uncaught exception.
static RUNTIME: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(
        r"(?m)^Traceback \(most recent call last\)|^\s+at .+[(:]\d+|^[\w.$]+(?:Error|Exception)(?:\[\w+\])?: |^Caused by: |^panic: |^fatal: |^Error: ",
    )
});

/// Whether `lines` describe errors in general rather than show one that happened.
pub fn talks_about_errors(lines: &[&str]) -> bool {
    if lines.iter().any(|l| RUNTIME.is_match(l)) {
        return false;
    }
    let statuses: HashSet<&str> = lines
        .iter()
        .filter_map(|l| LEADING_STATUS.captures(l))
        .filter_map(|c| c.get(1).map(|m| m.as_str()))
        .collect();
    if statuses.len() >= 3 {
        return true;
    }
    let filled: Vec<&&str> = lines.iter().filter(|l| !BRACKETS.is_match(l)).collect();
    let code = filled
        .iter()
        .filter(|l| CODE.is_match(GREP_PREFIX.replace(l, "").as_ref()))
        .count();
    filled.len() >= 4 && code * 5 >= filled.len() * 3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogues_and_code_are_talk() {
        let table = [
            "| Code | Overview |",
            "| 401 - Invalid Authentication | Ensure the correct API key |",
            "| 429 - Rate limit reached | Pace your requests |",
            "| 500 - Server error | Retry |",
        ];
        assert!(talks_about_errors(&table));
        let go = [
            "func classify(resp *http.Response) error {",
            "\tswitch resp.StatusCode {",
            "\tcase http.StatusTooManyRequests:",
            "\t\treturn ErrRateLimited",
            "\t}",
        ];
        assert!(talks_about_errors(&go));
    }

    #[test]
    fn a_real_error_is_not_talk() {
        let tb = [
            "Traceback (most recent call last):",
            "  File \"app.py\", line 3, in <module>",
            "    if resp.status_code == 429:",
            "openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit'}}",
        ];
        assert!(!talks_about_errors(&tb));
        let one = [
            "HTTP/1.1 429 Too Many Requests",
            "retry-after: 20",
            "",
            "{\"error\": {}}",
        ];
        assert!(!talks_about_errors(&one));
        let body = [
            "{",
            "  \"error\": {",
            "    \"message\": \"Rate limit reached\",",
            "    \"type\": \"requests\"",
            "  }",
            "}",
        ];
        assert!(!talks_about_errors(&body));
    }
}
