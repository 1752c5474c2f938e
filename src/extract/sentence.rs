//! The sentence around a position: the message of an error recognised by its wording alone.
//!
//! A bare line such as `v0.1 频繁：Selected model is at capacity. Please try a different
//! model.` holds the service's sentence after whatever the person or a log put before it; the
//! sentence runs from the last separator before the wording to the end of the line.

use std::sync::LazyLock;

use regex::Regex;

use super::{boundary, request_id};

/// Where a message starts after a lead-in: a colon, a closing bracket, a status code, a quote.
static LEAD_IN: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(r#"(?:[:：]\s+|：|\]\s+|\b[45]\d\d\s+|(?:^|\s)["“'`(]|\|\s+|\s-\s)"#)
});

/// An unescaped quote that closes a JSON string, before the next key or the object's end.
static JSON_STRING_END: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::builtin(r#"[^\\]"\s*[,}]"#));

/// The message around byte `at` of `text`: the rest of its line after the last lead-in before
/// `at`, without quotes, a status prefix or a gateway's `(request id: ...)`.
pub fn around(text: &str, at: usize) -> Option<String> {
    let at = floor(text, at.min(text.len()));
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let before = &text[line_start..at];
    let start = LEAD_IN
        .find_iter(before)
        .last()
        .map_or(line_start, |m| line_start + m.end());
    // Inside a JSON string, the sentence ends where the string does (`...again","time":`).
    let line_end = JSON_STRING_END
        .find(&text[at..line_end])
        .map_or(line_end, |m| {
            at + m.start() + m.as_str().find('"').unwrap_or(0)
        });
    let raw = &text[start..line_end];
    let (m, _) = request_id::split_id(raw);
    let m = m
        .trim()
        .trim_end_matches(['”', ')'])
        .trim_end_matches(['(', ' ']);
    let m = boundary::strip_stray_quotes(m);
    boundary::clean(m).filter(|m| m.chars().count() >= 8)
}

fn floor(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_the_sentence_after_a_lead_in() {
        let t = "v0.1.155 频繁：Selected model is at capacity. Please try a different model.";
        let at = t.find("Selected").unwrap() + 9;
        assert_eq!(
            around(t, at).as_deref(),
            Some("Selected model is at capacity. Please try a different model.")
        );
        let t = "在用的时候会出现，429 当前分组上游负载已饱和，请稍后再试 (request id: 2025042302014273633)";
        let at = t.find("上游").unwrap();
        assert_eq!(
            around(t, at).as_deref(),
            Some("当前分组上游负载已饱和，请稍后再试")
        );
    }

    #[test]
    fn a_json_string_ending_in_a_multibyte_character_is_cut_at_its_quote() {
        let t = r#"{"success": false, "message": "无权进行此操作，权限不足"}"#;
        let at = t.find("权限").unwrap();
        assert_eq!(around(t, at).as_deref(), Some("无权进行此操作，权限不足"));
    }

    #[test]
    fn a_sentence_in_a_json_string_ends_with_it() {
        let t = r#"{"level":"error","msg":"Update err: the object has been modified; please apply your changes","time":"2023-10-19T07:15:41Z"}"#;
        let at = t.find("modified").unwrap();
        assert_eq!(
            around(t, at).as_deref(),
            Some("the object has been modified; please apply your changes")
        );
    }

    #[test]
    fn a_whole_line_is_its_own_sentence() {
        let t = "intro\nThis model's maximum context length is 4097 tokens. However, you requested 4268 tokens.\nnext";
        let at = t.find("maximum").unwrap();
        assert!(around(t, at).unwrap().starts_with("This model's maximum"));
    }
}
