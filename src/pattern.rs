//! Compiling the built-in and rule patterns.
//!
//! Patterns are compiled in ASCII mode where they allow it: ASCII `\b`, `\w` and case folding
//! compile much faster than their Unicode forms and keep the fast search engines usable on
//! lines holding non-ASCII text. A pattern that needs Unicode (`\p{Han}`, `.`, a negated
//! class) is compiled with it.

use regex::{Regex, RegexBuilder};

/// Compiles `pattern`, case-insensitively when asked, preferring ASCII mode.
pub fn compile(pattern: &str, case_insensitive: bool) -> Result<Regex, regex::Error> {
    let build = |unicode: bool| {
        RegexBuilder::new(pattern)
            .case_insensitive(case_insensitive)
            .unicode(unicode)
            .build()
    };
    build(false).or_else(|_| build(true))
}

/// Compiles a rule's pattern for byte-level matching, case-insensitively. Over bytes, ASCII
/// mode accepts any pattern (`.` may match part of a character, which only widens a match by
/// bytes), so only patterns naming Unicode classes (`\p{Han}`) need Unicode mode.
pub fn compile_bytes(pattern: &str) -> Result<regex::bytes::Regex, regex::Error> {
    let pattern = &unicode_dots(pattern);
    let build = |unicode: bool| {
        regex::bytes::RegexBuilder::new(pattern)
            .case_insensitive(true)
            .unicode(unicode)
            .build()
    };
    build(false).or_else(|_| build(true))
}

/// Makes every `.` outside a class match one whole character (`(?u:.)`), as it does in a
/// text pattern, while the rest of the pattern stays in fast ASCII mode.
fn unicode_dots(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let (mut escaped, mut class) = (false, 0usize);
    for c in pattern.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '[' => class += 1,
            ']' if class > 0 => class -= 1,
            '.' if class == 0 => {
                out.push_str("(?u:.)");
                continue;
            }
            _ => {}
        }
        out.push(c);
    }
    out
}

/// Compiles a built-in pattern, which is known to be valid.
pub fn builtin(pattern: &str) -> Regex {
    compile(pattern, false).expect("built-in pattern compiles")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_where_possible_unicode_where_needed() {
        assert!(builtin(r"(?i)\berror\b").is_match("ERROR ✓ here"));
        assert!(builtin(r"错误|失败").is_match("调用失败"));
        assert!(builtin(r"[\p{Han}]").is_match("令牌"));
        assert!(builtin(r"a.b").is_match("a✓b"));
        let rule = compile_bytes(r"openai.s [.]policy").unwrap();
        assert!(rule.is_match("Azure OpenAI’s .policy".as_bytes()));
        assert!(!rule.is_match("Azure OpenAI’s xpolicy".as_bytes()));
        assert_eq!(unicode_dots(r"a\.b[.]c.d"), r"a\.b[.]c(?u:.)d");
    }
}
