//! Compiling the built-in and rule patterns.
//!
//! Patterns are compiled in ASCII mode where they allow it: ASCII `\b`, `\w` and case folding
//! compile much faster than their Unicode forms and keep the fast search engines usable on
//! lines holding non-ASCII text. A pattern that needs Unicode (`\p{Han}`, `.`, a negated
//! class) is compiled with it.

use regex::{Regex, RegexBuilder};
use regex_automata::nfa::thompson::WhichCaptures;
use regex_automata::util::syntax;
use regex_automata::{meta, MatchKind};

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

/// The lazy DFA cache of each rule pattern, in bytes. `regex` allows 2 MiB, and over a long
/// log each pattern that runs grows its cache toward that limit (on a 200 MB log, 13 MB in
/// all). A search that fills the cache clears and reuses it, and one that keeps clearing it
/// falls back to the NFA engine: the matches are the same.
///
/// It is also the largest NFA a pattern gets a lazy DFA for: the cache must hold sets of the
/// NFA's states, so a larger NFA would leave it no room. Every rule pattern's NFA is under
/// 220 KiB but three, which are 1 to 3 MiB.
const RULE_DFA_CACHE: usize = 256 * (1 << 10);

/// `regex`'s limit on the size of a pattern's NFA.
const NFA_LIMIT: usize = 10 * (1 << 20);

/// Compiles a rule's pattern for byte-level matching, case-insensitively. Over bytes, ASCII
/// mode accepts any pattern (`.` may match part of a character, which only widens a match by
/// bytes), so only patterns naming Unicode classes (`\p{Han}`) need Unicode mode.
///
/// This builds what `regex::bytes::RegexBuilder` builds (same syntax and match kind), except:
/// - groups do not capture: rules only ask whether and where a pattern matches, and each
///   group would add slots to every state of the NFA engine's search cache;
/// - the lazy DFA gets a smaller cache (`RULE_DFA_CACHE`);
/// - a pattern whose NFA outgrows that cache (`.{0,3000}` over whole characters: over 30,000
///   states forward, 100,000 reversed) is built without a lazy DFA, which could not fit in
///   its cache anyway, and so without the reverse NFA only a DFA uses (megabytes each).
pub fn compile_bytes(pattern: &str) -> Option<meta::Regex> {
    let pattern = &unicode_dots(pattern);
    let build = |unicode: bool, lazy_dfa: bool| {
        meta::Builder::new()
            .configure(
                meta::Config::new()
                    .nfa_size_limit(Some(if lazy_dfa { RULE_DFA_CACHE } else { NFA_LIMIT }))
                    .hybrid(lazy_dfa)
                    .hybrid_cache_capacity(RULE_DFA_CACHE)
                    .match_kind(MatchKind::LeftmostFirst)
                    .utf8_empty(false)
                    .which_captures(WhichCaptures::Implicit),
            )
            .syntax(
                syntax::Config::new()
                    .case_insensitive(true)
                    .unicode(unicode)
                    .utf8(false),
            )
            .build(pattern)
            // Whether it failed for being too large.
            .map_err(|e| e.size_limit().is_some())
    };
    let build = |unicode: bool| match build(unicode, true) {
        Err(true) => build(unicode, false),
        built => built,
    };
    build(false).or_else(|_| build(true)).ok()
}

/// Whether a rule pattern compiles in ASCII mode, where case is folded for ASCII letters
/// only (as an ASCII case-insensitive literal search does).
pub fn ascii_case(pattern: &str) -> bool {
    regex_syntax::ParserBuilder::new()
        .case_insensitive(true)
        .unicode(false)
        .utf8(false)
        .build()
        .parse(&unicode_dots(pattern))
        .is_ok()
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
        // Groups do not capture, yet whole matches are still found.
        let rule = compile_bytes(r"(rate) (limit)").unwrap();
        let mut caps = rule.create_captures();
        rule.captures("a RATE LIMIT hit".as_bytes(), &mut caps);
        assert_eq!(caps.get_group(0).map(|s| s.range()), Some(2..12));
        assert_eq!(caps.get_group(1), None);
        assert!(rule.get_config().get_hybrid());
        // Too large for a lazy DFA, still compiled and matching whole characters.
        let rule = compile_bytes(r"(?s)ollama.{0,3000}refused").unwrap();
        assert!(!rule.get_config().get_hybrid());
        let near = format!("Ollama {} Refused", "é".repeat(2990));
        assert_eq!(
            rule.find(near.as_bytes()).map(|m| m.end()),
            Some(near.len())
        );
        assert!(!rule.is_match(format!("ollama {} refused", "é".repeat(3000)).as_bytes()));
        assert!(ascii_case(r"rate.limit|限流"));
        assert!(!ascii_case(r"[\p{Han}]"));
        assert_eq!(unicode_dots(r"a\.b[.]c.d"), r"a\.b[.]c(?u:.)d");
    }
}
