//! Symfony's console box, as PHP tools print an uncaught exception: the class alone in
//! brackets (`[GuzzleHttp\Exception\ClientException]`), its message on the next line. PHP's
//! `A\B\X: message` and `Uncaught exception 'X' with message` are read with the shared
//! shapes in [`super::exception`].

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::builtin as re;

use super::exception::{self, Exception};
use super::forms::Form;

/// Symfony's bracketed exception box.
pub const FORMS: &[Form] = &[Form {
    name: "php.symfony-box",
    triggers: &["Error]", "Exception]"],
    finds: |t| exception::in_text(t, bracketed),
    examples: &["  [Services_Twilio_RestException]   \n  The 'To' number is not valid.  "],
}];

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
