//! Ruby's uncaught-exception form `file:12:in 'method': message (Mod::Class)` and Rails'
//! log form `Mod::Class (message):`.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::builtin as re;

use super::exception::{self, Exception};
use super::forms::Form;

/// Ruby's and Rails' exception lines.
pub const FORMS: &[Form] = &[Form {
    name: "ruby.exception",
    triggers: &["::"],
    finds: |t| exception::in_text(t, ruby_form),
    examples: &[
        "app.rb:56:in 'Client.parse': You didn't provide an API key. (RubyLLM::UnauthorizedError)",
        "Twilio::REST::RestError (Unable to create record: The number is invalid.):",
    ],
}];

/// Ruby's uncaught form `file:12:in 'method': message (Mod::Class)` and Rails' log form
/// `Mod::Class (message):`.
static RUBY_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^\s*(?:\S+:\d+:in [`'][^'\n]*': )?(.+?) \(((?:[A-Z]\w*::)+([A-Z]\w*))\)\s*$")
});

static RAILS: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*((?:[A-Z]\w*::)+([A-Z]\w*)) \((.+)\):\s*$"));
/// Ruby's `message (Mod::Class)` and Rails' `Mod::Class (message):`.
pub fn ruby_form(lines: &[&str], i: usize) -> Option<Exception> {
    let line = lines[i];
    let (path, name, rest) = if let Some(c) = RUBY_TAIL.captures(line) {
        (c[2].to_string(), c[3].to_string(), c[1].to_string())
    } else {
        let c = RAILS.captures(line)?;
        (c[1].to_string(), c[2].to_string(), c[3].to_string())
    };
    exception::is_exception_name(&name, &path).then(|| Exception {
        name,
        path,
        rest: rest.trim().to_string(),
        code: None,
        line: i,
    })
}
