//! A safety block reported inside a successful response: Gemini's `promptFeedback.blockReason`
//! and a `finishReason` of `SAFETY`, `RECITATION`, `PROHIBITED_CONTENT`, `BLOCKLIST` or `SPII`.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::builtin as re;

use super::forms::Form;

/// Safety blocks.
pub const FORMS: &[Form] = &[Form {
    name: "safety.block",
    triggers: &[
        "block_reason",
        "blockreason",
        "finish_reason",
        "finishreason",
    ],
    finds: safety_block,
    examples: &["{\"promptFeedback\": {\"blockReason\": \"SAFETY\"}}"],
}];

/// A safety block reported in a 200 response (Gemini `promptFeedback` / `finishReason`).
pub fn safety_block(text: &str) -> bool {
    static R: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r#"(?i)\bblock_?reason"?\s*[:=]\s*"?[A-Z_]{4,}|\bfinish_?reason"?\s*[:=]\s*"?(?:SAFETY|RECITATION|PROHIBITED_CONTENT|BLOCKLIST|SPII)\b"#,
        )
    });
    R.is_match(text)
}
