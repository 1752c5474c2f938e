//! Text from the input made safe for a terminal: control characters (C0 but for newline
//! and tab, DEL, C1, and the bidirectional overrides that reorder what a person sees) are
//! shown escaped (`\x1b`, `\u{202e}`), never emitted, so a pasted message cannot move the
//! cursor, set the window title, ring the bell or hide text.

use std::borrow::Cow;

use crate::report::Diagnosis;

/// Whether `c` must not reach a terminal or a line-based format as it is.
pub fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every unsafe character escaped.
pub fn escape_controls(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            c if !is_unsafe(c) => out.push(c),
            c if (c as u32) < 0x80 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
        }
    }
    Cow::Owned(out)
}

/// A copy of `d` with every string escaped for a terminal.
pub fn diagnosis(d: &Diagnosis) -> Diagnosis {
    let mut copy = d.clone();
    crate::visit::strings(&mut copy, &escape_controls);
    copy
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_controls_and_keeps_layout_and_text() {
        assert_eq!(
            escape_controls("a\x1b]0;t\x07b\x1b[2Jc\u{9b}d\u{202e}e"),
            "a\\x1b]0;t\\x07b\\x1b[2Jc\\u{9b}d\\u{202e}e"
        );
        assert_eq!(escape_controls("无效的令牌\n\tok"), "无效的令牌\n\tok");
        assert!(matches!(escape_controls("plain"), Cow::Borrowed(_)));
        assert_eq!(escape_controls("\r\x00\x7f"), "\\x0d\\x00\\x7f");
    }
}
