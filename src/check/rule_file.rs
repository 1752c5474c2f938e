//! Checks of one rule or secret shapes file on its own: every structural problem (TOML
//! syntax, unknown keys, wrong types, unknown categories) and every entry that fails
//! validation, not only the first.
//!
//! A loader stops at the first structural error, as a deserializer does. To go on, each
//! `[[rule]]` (or `[[secret]]`) is read on its own, with the rest of the file blanked; the
//! line holding an error is blanked too (same length, so positions stay) and the entry read
//! again, until it reads or a blanked line breaks the syntax.

use crate::rules::{self, Rule};
use crate::source::{location, LoadError, Source};

/// Structural errors one rule may show before the check moves on.
const MAX_PER_RULE: usize = 20;

/// Whether a text reads as the file format, and the first error when not.
type Reads = fn(&str) -> Result<(), toml::de::Error>;

/// The file's valid rules and all its problems.
pub fn check(src: &Source) -> (Vec<Rule>, Vec<LoadError>) {
    let (parts, mut problems) = parts(src, "[[rule]]", |t| {
        toml::from_str::<rules::schema::RuleFile>(t).map(|_| ())
    });
    let mut rules = Vec::new();
    for text in parts {
        let (good, bad) = rules::parse_all(&Source {
            name: src.name.clone(),
            text,
        });
        rules.extend(good);
        problems.extend(bad);
    }
    (rules, problems)
}

/// The texts of a file's entries that read, one per entry, and the structural problems.
pub fn parts(src: &Source, header: &str, reads: Reads) -> (Vec<String>, Vec<LoadError>) {
    if let Err(e) = toml::from_str::<toml::Table>(&src.text) {
        let at = e.span().map_or(0, |s| s.start);
        let problem = LoadError {
            location: location(&src.name, &src.text, at),
            message: format!("TOML syntax error: {}", e.message().trim()),
        };
        return (Vec::new(), vec![problem]);
    }
    let (mut good, mut problems) = (Vec::new(), Vec::new());
    for (start, end) in chunks(&src.text, header) {
        if let Some(text) = readable(src, only(&src.text, start, end), reads, &mut problems) {
            good.push(text);
        }
    }
    (good, problems)
}

/// Byte ranges of the file's parts: what comes before the first `[[rule]]`, then each rule
/// with its sub-tables.
fn chunks(text: &str, header: &str) -> Vec<(usize, usize)> {
    let mut starts = vec![0];
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if line.trim_start().starts_with(header) && offset > 0 {
            starts.push(offset);
        }
        offset += line.len();
    }
    let mut ends: Vec<usize> = starts[1..].to_vec();
    ends.push(text.len());
    starts.into_iter().zip(ends).collect()
}

/// `text` with everything outside `start..end` blanked (newlines kept, so positions stay).
fn only(text: &str, start: usize, end: usize) -> String {
    text.char_indices()
        .map(|(i, c)| match c {
            '\n' => '\n',
            _ if (start..end).contains(&i) => c,
            _ => ' ',
        })
        .collect()
}

/// Reads one part as a rule file, recording each structural problem and blanking its line
/// to find the next; the text once it reads, or None when it cannot be made to.
fn readable(
    src: &Source,
    mut text: String,
    reads: Reads,
    problems: &mut Vec<LoadError>,
) -> Option<String> {
    let mut blanked: Vec<String> = Vec::new();
    for _ in 0..MAX_PER_RULE {
        let err = match reads(&text) {
            Ok(_) => return Some(text),
            Err(e) => e,
        };
        let message = err.message().trim().to_string();
        let missing = message.starts_with("missing field");
        // A required key whose line was blanked was reported as what was wrong with it.
        if missing && blanked.iter().any(|k| message.contains(&format!("`{k}`"))) {
            return None;
        }
        let at = err.span().map_or(0, |s| s.start);
        problems.push(LoadError {
            location: location(&src.name, &src.text, at),
            message: hint(&message),
        });
        // A missing key cannot be blanked away, and a broken line may not be blanked when
        // that breaks the syntax or takes a table header with it.
        if missing || toml::from_str::<toml::Table>(&text).is_err() {
            return None;
        }
        blanked.push(blank_line(&mut text, at)?);
    }
    None
}

/// Blanks the line holding byte `at`; returns the key it defined, if any.
fn blank_line(text: &mut String, at: usize) -> Option<String> {
    let at = at.min(text.len());
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let line = &text[start..end];
    if line.trim().is_empty() || line.trim_start().starts_with('[') {
        return None;
    }
    let key = line
        .split('=')
        .next()
        .map(|k| k.trim().trim_matches(['"', '\'']).to_string())
        .unwrap_or_default();
    let spaces = " ".repeat(line.len());
    text.replace_range(start..end, &spaces);
    Some(key)
}

/// A serde message with a word on how to fix it.
fn hint(message: &str) -> String {
    if message.starts_with("unknown field") {
        format!("{message}: remove the key or correct its spelling")
    } else if message.starts_with("unknown variant") {
        format!("{message}: use one of the listed values")
    } else if message.starts_with("invalid type") {
        format!("{message}: write the value with the expected type")
    } else if message.starts_with("missing field") {
        format!("{message}: add it")
    } else {
        message.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(text: &str) -> Source {
        Source {
            name: "r.toml".into(),
            text: text.into(),
        }
    }

    #[test]
    fn reports_every_structural_problem_of_a_file() {
        let text = "[[rule]]\nid = \"x.a\"\ncategory = \"authz\"\nexamples = [\"e\"]\n[rule.when]\nstatus = [401]\n\n[[rule]]\nid = \"x.b\"\ncategory = \"auth\"\npriority = \"high\"\nexamples = [\"e\"]\n[rule.when]\nstatsu = [401]\n";
        let (_, problems) = check(&src(text));
        let at: Vec<&str> = problems.iter().map(|p| p.location.as_str()).collect();
        // The misspelt key leaves the second rule with no condition, which is said too.
        assert_eq!(at.len(), 4, "{problems:?}");
        assert!(
            problems[3].message.contains("no conditions"),
            "{problems:?}"
        );
        assert!(at[0].starts_with("r.toml:3:"), "{problems:?}");
        assert!(problems
            .iter()
            .any(|p| p.location.starts_with("r.toml:11:")));
        assert!(problems
            .iter()
            .any(|p| p.location.starts_with("r.toml:14:")));
    }

    #[test]
    fn a_syntax_error_is_reported_once() {
        let (_, problems) = check(&src("[[rule]\nid = \n"));
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].message.starts_with("TOML syntax error"));
    }
}
