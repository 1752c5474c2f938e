//! Wrapping report text to the terminal's width.
//!
//! Lines break where Unicode line-breaking allows (so Chinese text without spaces wraps
//! too), measured in display columns (a CJK character takes two), but never inside a URL, an
//! identifier (`new_api_error`, `/v1/models`, `X-Request-Id`, `OPENAI_BASE_URL=...`) or inline
//! code in backticks: such a token moves to the next line whole, even when it is wider than
//! the line. Code blocks are not wrapped at all (see the human renderer).

use std::sync::OnceLock;

use regex::Regex;
use textwrap::core::Word;
use textwrap::{Options, WordSeparator, WordSplitter};

pub use unicode_width::UnicodeWidthStr;

/// Display columns of `s` (CJK characters count two).
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Byte ranges of `line` that must stay on one line.
pub fn protected_spans(line: &str) -> Vec<(usize, usize)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(concat!(
            // inline code
            r"`[^`]+`",
            // URLs: a scheme, then printable ASCII up to a space or a closing mark
            r"|[A-Za-z][A-Za-z0-9+.-]*://[!-~]*[A-Za-z0-9/_=#~&%-]",
            // identifiers, paths, flags, hosts, key=value: ASCII words joined by connectors
            r"|(?:--?|/|\.|\$|~|<)?[A-Za-z0-9_<>$]+(?:[-._/:@#%+=~?&*]+[A-Za-z0-9_<>$]+)+/?",
            r"|--?[A-Za-z0-9][A-Za-z0-9_]*",
        ))
        .expect("the token pattern compiles")
    });
    re.find_iter(line).map(|m| (m.start(), m.end())).collect()
}

/// Words for textwrap: Unicode break opportunities, except those inside a protected span.
fn find_words(line: &str) -> Box<dyn Iterator<Item = Word<'_>> + '_> {
    let spans = protected_spans(line);
    let base = line.as_ptr() as usize;
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for w in WordSeparator::UnicodeBreakProperties.find_words(line) {
        let off = w.word.as_ptr() as usize - base;
        let s = start.unwrap_or(off);
        let next = off + w.word.len() + w.whitespace.len();
        if spans.iter().any(|&(a, b)| a < next && next < b) {
            start = Some(s);
            continue;
        }
        out.push(Word::from(&line[s..next]));
        start = None;
    }
    if let Some(s) = start {
        out.push(Word::from(&line[s..]));
    }
    Box::new(out.into_iter())
}

fn options<'a>(width: usize, first: &'a str, rest: &'a str) -> Options<'a> {
    Options::new(width)
        .initial_indent(first)
        .subsequent_indent(rest)
        .word_separator(WordSeparator::Custom(find_words))
        .word_splitter(WordSplitter::NoHyphenation)
        .break_words(false)
}

/// Wraps `text` to `width` columns; the first line starts with `first`, the others with
/// `rest`.
pub fn fill(text: &str, width: usize, first: &str, rest: &str) -> String {
    textwrap::fill(text, options(width, first, rest))
}

/// Wraps like [`fill`] but keeps at most `max` lines, ending the last kept one with `…` at a
/// break opportunity. Returns the lines and whether anything was left out.
pub fn clip(text: &str, cols: usize, first: &str, rest: &str, max: usize) -> (String, bool) {
    // Fill each kept line greedily: balancing them against lines that are dropped anyway
    // would only leave the kept ones short.
    let opts = options(cols, first, rest).wrap_algorithm(textwrap::WrapAlgorithm::FirstFit);
    let lines: Vec<String> = textwrap::wrap(text, opts)
        .into_iter()
        .map(|l| l.into_owned())
        .collect();
    if lines.len() <= max {
        return (lines.join("\n"), false);
    }
    let mut kept: Vec<String> = lines[..max].to_vec();
    let last = kept.pop().unwrap_or_default();
    // Make room for the ellipsis by dropping whole words, never part of one.
    let indent = if max == 1 { first } else { rest };
    let body = &last[indent.len().min(last.len())..];
    let mut line = indent.to_string();
    for w in find_words(body) {
        if width(&line) + width(w.word) + 1 > cols && line.len() > indent.len() {
            break;
        }
        line.push_str(w.word);
        line.push_str(w.whitespace);
    }
    let trimmed = line.trim_end().to_string();
    kept.push(format!("{trimmed}…"));
    (kept.join("\n"), true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_line_wider(text: &str, w: usize) -> bool {
        text.lines().all(|l| width(l) <= w)
    }

    #[test]
    fn urls_and_identifiers_stay_whole() {
        let text = "Set base_url to https://api.example.com/v1/chat/completions and read X-Oneapi-Request-Id from /console/token now";
        for w in [20, 30, 40, 60] {
            let out = fill(text, w, "", "");
            for token in [
                "https://api.example.com/v1/chat/completions",
                "X-Oneapi-Request-Id",
                "/console/token",
                "base_url",
            ] {
                assert!(out.lines().any(|l| l.contains(token)), "{w}: {out}");
            }
        }
    }

    #[test]
    fn chinese_wraps_by_display_width_but_paths_stay_whole() {
        let text = "把 base_url（OPENAI_BASE_URL）设为网关地址，api_key 设为该网关“令牌管理”页面（new-api 为 /console/token，旧版和 one-api 为 /token）上显示的原始字符串。";
        let out = fill(text, 40, "  ", "  ");
        assert!(out.lines().count() > 2, "{out}");
        assert!(no_line_wider(&out, 40), "{out}");
        assert!(out.lines().any(|l| l.contains("/console/token")), "{out}");
        assert!(out.lines().any(|l| l.contains("OPENAI_BASE_URL")), "{out}");
    }

    #[test]
    fn inline_code_stays_whole() {
        let text = "run `docker logs new-api 2>&1` on the gateway host to see it";
        let out = fill(text, 20, "", "");
        assert!(
            out.lines()
                .any(|l| l.contains("`docker logs new-api 2>&1`")),
            "{out}"
        );
    }

    #[test]
    fn clip_keeps_whole_words_and_marks_the_cut() {
        let text = "one two three four five six seven eight nine ten eleven twelve";
        let (out, cut) = clip(text, 20, "> ", "  ", 2);
        assert!(cut);
        assert_eq!(out.lines().count(), 2, "{out}");
        assert!(out.ends_with('…'), "{out}");
        assert!(no_line_wider(&out, 20), "{out}");
        let (all, cut) = clip("short", 20, "> ", "  ", 2);
        assert_eq!((all.as_str(), cut), ("> short", false));
    }
}
