//! Symfony's console box, as PHP tools print an uncaught exception: the class alone in
//! brackets (`[GuzzleHttp\Exception\ClientException]`), its message on the next line; and
//! Laravel's log context, `[object] (A\\B\\X(code: 403): message at file:line)`. PHP's
//! `A\B\X: message` and `Uncaught exception 'X' with message` are read with the shared
//! shapes in [`super::exception`]; an uncaught text with no class (`Uncaught (Status 404) ...
//! thrown in file on line 38`) here.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::builtin as re;

use super::exception::{self, Exception};
use super::forms::Form;

/// Symfony's bracketed exception box and Laravel's logged exception.
pub const FORMS: &[Form] = &[
    Form {
        name: "php.symfony-box",
        triggers: &["Error]", "Exception]"],
        finds: |t| exception::in_text(t, bracketed),
        examples: &["  [Services_Twilio_RestException]   \n  The 'To' number is not valid.  "],
    },
    Form {
        name: "php.laravel-context",
        triggers: &["[object] ("],
        finds: |t| exception::in_text(t, laravel),
        examples: &[
            r#"{"exception":"[object] (GuzzleHttp\\Exception\\ClientException(code: 403): Client error)"}"#,
        ],
    },
    Form {
        name: "php.uncaught-text",
        triggers: &["Uncaught "],
        finds: |t| uncaught_text(t).is_some(),
        examples: &["Fatal error: Uncaught (Status 404) No such customer: 'cus_1' thrown in /v/a.php on line 38"],
    },
];

/// PHP's fatal error for an exception whose text names no class (an SDK's `__toString`):
/// `Uncaught <text> thrown in <file> on line <n>`.
static UNCAUGHT: LazyLock<Regex> =
    LazyLock::new(|| re(r"\bUncaught ((?:\(|[^\s\\:]+ )[^\n]*?)\s+thrown in \S+ on line \d+"));

/// The text of an uncaught exception that PHP printed without a class.
pub fn uncaught_text(text: &str) -> Option<String> {
    UNCAUGHT.captures(text).map(|c| c[1].to_string())
}

/// Laravel's `[object] (Class(code: N): message`, the class path JSON-escaped in a JSON log.
static LARAVEL: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\[object\] \(((?:[A-Za-z_][\w$]*\\{1,2})*([A-Z][\w$]*))\(code: -?\d+\):\s*")
});

/// The class of Laravel's logged exception and the message after it.
pub fn laravel(lines: &[&str], i: usize) -> Option<Exception> {
    let c = LARAVEL.captures(lines[i])?;
    let end = c.get(0).expect("group 0").end();
    Some(Exception {
        name: c[2].to_string(),
        path: c[1].replace("\\\\", "\\"),
        rest: lines[i][end..].trim().to_string(),
        code: None,
        line: i,
    })
}

/// Symfony's console box: the class alone in brackets, its message on the next line.
static BRACKETED: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*\[((?:[A-Za-z_][\w$]*\\)*([A-Z][\w$]*(?:Error|Exception)))\]\s*$"));

/// The bracketed class and the message on the line after it.
pub fn bracketed(lines: &[&str], i: usize) -> Option<Exception> {
    let c = BRACKETED.captures(lines[i])?;
    let rest = lines.get(i + 1).map_or("", |l| l.trim()).to_string();
    Some(Exception {
        name: c[2].to_string(),
        path: c[1].to_string(),
        rest,
        code: None,
        line: i,
    })
}
