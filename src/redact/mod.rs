//! Secret masking: API keys, bearer tokens and credentials in what leaves the engine.
//!
//! The shapes are data (`data/secrets.toml`, see [`shapes`]) compiled into one regex,
//! so a text is searched once however many shapes there are. [`Redactor::diagnosis`] is the
//! one step the engine applies to each diagnosis before any renderer sees it: it masks every
//! string the diagnosis serializes (fields, report text, and whatever is added to it later),
//! not a list of fields kept by hand.
//!
//! A masked secret keeps the prefix its shape does not mark as secret (a vendor prefix, a
//! header name) and its last four characters (`sk-proj-…a1B2`), so a person can still tell
//! which key was used. Values already masked (`sk-abc***xyz`, `…EFGH`) stay as printed.

pub mod shapes;

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::{Captures, Regex};

use crate::report::Diagnosis;
use crate::source::{LoadError, Source};
use shapes::{Shape, SECRET_GROUP};

/// The bundled shapes file, embedded at build time.
const BUILTIN: &str = include_str!("../../data/secrets.toml");

/// Name errors in the bundled file show.
const BUILTIN_NAME: &str = "data/secrets.toml";

/// The bundled shapes file.
pub fn builtin_source() -> Source {
    Source {
        name: BUILTIN_NAME.to_string(),
        text: BUILTIN.to_string(),
    }
}

/// The bundled shapes, compiled once per process.
static BUILTIN_REDACTOR: LazyLock<Redactor> = LazyLock::new(|| {
    Redactor::new(&builtin_source())
        .expect("the bundled secret shapes load (checked by the test suite)")
});

/// Characters that mark a value as masked already (`...` marks an elided example too).
const MASK_MARKS: [char; 2] = ['*', '…'];

/// Secrets shorter than this are masked whole: showing four characters would give too much.
const MIN_LEN_FOR_TAIL: usize = 12;

/// Compiled secret shapes.
#[derive(Debug)]
pub struct Redactor {
    shapes: Vec<Shape>,
    /// Every shape in one alternation, in file order.
    combined: Regex,
    /// Capture group indices that hold a secret.
    secret_groups: Vec<usize>,
}

impl Redactor {
    /// The bundled shapes.
    pub fn builtin() -> &'static Redactor {
        &BUILTIN_REDACTOR
    }

    /// Loads and compiles a shapes file.
    pub fn new(src: &Source) -> Result<Redactor, LoadError> {
        Self::from_shapes(shapes::parse(src)?).map_err(|e| LoadError {
            location: src.name.clone(),
            message: e,
        })
    }

    /// Compiles shapes that each passed validation into one alternation. Each shape's secret
    /// groups are renamed to be unique across the alternation.
    pub fn from_shapes(shapes: Vec<Shape>) -> Result<Redactor, String> {
        let combined = crate::pattern::compile(&alternation(&shapes), false)
            .map_err(|e| format!("the shapes do not compile together: {e}"))?;
        let secret_groups: Vec<usize> = combined
            .capture_names()
            .enumerate()
            .filter(|(_, n)| n.is_some())
            .map(|(i, _)| i)
            .collect();
        Ok(Redactor {
            shapes,
            combined,
            secret_groups,
        })
    }

    pub fn shapes(&self) -> &[Shape] {
        &self.shapes
    }

    /// Masks every secret in `text`.
    pub fn redact<'a>(&self, text: &'a str) -> Cow<'a, str> {
        self.redact_at(text, 0)
    }

    fn redact_at<'a>(&self, text: &'a str, depth: usize) -> Cow<'a, str> {
        if !self.combined.is_match(text) {
            return Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        for caps in self.combined.captures_iter(text) {
            let whole = caps.get(0).expect("group 0 is the match");
            let after = &text[whole.end()..];
            if after.starts_with(MASK_MARKS) || after.starts_with("...") {
                continue;
            }
            out.push_str(&text[last..whole.start()]);
            let mut pos = whole.start();
            for g in self.secrets(&caps) {
                out.push_str(&text[pos..g.start()]);
                out.push_str(&self.mask(g.as_str(), depth));
                pos = g.end();
            }
            out.push_str(&text[pos..whole.end()]);
            last = whole.end();
        }
        out.push_str(&text[last..]);
        if out == text {
            Cow::Borrowed(text)
        } else {
            Cow::Owned(out)
        }
    }

    /// The secret groups that took part in a match, in text order.
    fn secrets<'t>(&self, caps: &Captures<'t>) -> Vec<regex::Match<'t>> {
        let mut groups: Vec<regex::Match> = self
            .secret_groups
            .iter()
            .filter_map(|&i| caps.get(i))
            .collect();
        groups.sort_by_key(|m| m.start());
        groups
    }

    /// The masked form of one secret value. A value that is itself a key of a known shape
    /// (`Bearer sk-proj-…`) keeps that shape's prefix.
    fn mask(&self, secret: &str, depth: usize) -> String {
        if secret.contains(MASK_MARKS) || secret.contains("...") {
            return secret.to_string();
        }
        if depth == 0 && self.combined.find(secret).is_some_and(|m| m.start() == 0) {
            if let Cow::Owned(inner) = self.redact_at(secret, depth + 1) {
                return inner;
            }
        }
        let n = secret.chars().count();
        if n < MIN_LEN_FOR_TAIL {
            return "…".to_string();
        }
        let tail: String = secret.chars().skip(n - 4).collect();
        format!("…{tail}")
    }

    /// Masks every string a diagnosis serializes, in place (see [`crate::visit`]): a field
    /// added to the report later is masked without being listed here.
    pub fn diagnosis(&self, d: &mut Diagnosis) {
        crate::visit::strings(d, &|s| self.redact(s));
    }

    /// Runs every shape's examples (each must come out changed, with none of its secret
    /// groups' text left) and counter-examples (each must come out unchanged).
    pub fn self_test(&self) -> Vec<String> {
        let mut problems = Vec::new();
        for shape in &self.shapes {
            if shape.examples.is_empty() {
                problems.push(format!(
                    "{}: secret `{}` has no examples: add a text it must mask",
                    shape.origin, shape.id
                ));
            }
            let own = crate::pattern::compile(&shape.pattern, false).ok();
            for (n, ex) in shape.examples.iter().enumerate() {
                let masked = self.redact(ex);
                let leaked = own.as_ref().and_then(|re| {
                    let caps = re.captures(ex)?;
                    caps.iter()
                        .skip(1)
                        .flatten()
                        .map(|m| m.as_str())
                        .find(|s| s.chars().count() > 4 && masked.contains(s))
                        .map(str::to_string)
                });
                if masked == ex.as_str() {
                    problems.push(format!(
                        "{}: example {} of secret `{}` is not masked",
                        shape.origin,
                        n + 1,
                        shape.id
                    ));
                } else if let Some(s) = leaked {
                    problems.push(format!(
                        "{}: example {} of secret `{}` still shows `{s}` (masked: {masked})",
                        shape.origin,
                        n + 1,
                        shape.id
                    ));
                }
            }
            for (n, ex) in shape.counter_examples.iter().enumerate() {
                let masked = self.redact(ex);
                if masked != ex.as_str() {
                    problems.push(format!(
                        "{}: counter-example {} of secret `{}` is changed to {masked}",
                        shape.origin,
                        n + 1,
                        shape.id
                    ));
                }
            }
        }
        problems
    }
}

/// One pattern for all shapes, in order, each shape's secret groups renamed to be unique.
fn alternation(shapes: &[Shape]) -> String {
    let parts: Vec<String> = shapes
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let renamed = s
                .pattern
                .replace(&format!("(?P<{SECRET_GROUP}"), &format!("(?P<s{i}_"))
                .replace(&format!("(?<{SECRET_GROUP}"), &format!("(?<s{i}_"));
            format!("(?:{renamed})")
        })
        .collect();
    parts.join("|")
}

/// Masks every secret in `text` with the bundled shapes.
pub fn redact(text: &str) -> Cow<'_, str> {
    Redactor::builtin().redact(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_shapes_load_and_pass_their_examples() {
        let r = Redactor::builtin();
        assert!(r.shapes().len() >= 30, "{} shapes", r.shapes().len());
        let problems = r.self_test();
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn masks_keys_keeping_prefix_and_last_four() {
        let t = "Incorrect API key provided: sk-proj-abcdefghijklmnopqrstuvwxyzA1B2. You can";
        assert_eq!(
            redact(t),
            "Incorrect API key provided: sk-proj-…A1B2. You can"
        );
        assert_eq!(redact("api_key=0123456789abcdef0123"), "api_key=…0123");
    }

    #[test]
    fn a_header_holding_a_known_key_keeps_the_key_prefix() {
        assert_eq!(
            redact("Authorization: Bearer sk-ant-api03-abcdefghijklmnopqrstuvwxyzWXYZ"),
            "Authorization: Bearer sk-ant-api03-…WXYZ"
        );
    }

    #[test]
    fn the_bundled_shapes_compile_in_ascii_mode() {
        // ASCII `\b`, `\s` and case folding keep the one regex small and fast; a shape that
        // needs Unicode would switch the whole alternation to Unicode mode.
        let all = alternation(Redactor::builtin().shapes());
        let ascii = regex::RegexBuilder::new(&all).unicode(false).build();
        assert!(ascii.is_ok(), "{ascii:?}");
    }

    #[test]
    fn short_secrets_are_masked_whole() {
        assert_eq!(redact("?key=abc123"), "?key=…");
    }

    #[test]
    fn already_masked_keys_and_plain_text_stay() {
        for t in [
            "Incorrect API key provided: sk-abc***xyz",
            "Incorrect API key provided: sk-proj-****…EFGH",
            "Authorization: Bearer sk-proj-…EFGH",
            "rate limit reached",
        ] {
            assert_eq!(redact(t), t);
        }
    }

    #[test]
    fn masking_twice_changes_nothing_more() {
        let t = "Authorization: Bearer sk-proj-abcdefghijklmnopqrstuvwxyzA1B2 Cookie: a=bcdefgh";
        let once = redact(t).into_owned();
        assert_ne!(once, t);
        assert_eq!(redact(&once), once);
    }

    #[test]
    fn bad_shapes_are_errors_with_positions() {
        let src = |text: &str| Source {
            name: "s.toml".into(),
            text: text.into(),
        };
        let e = Redactor::new(&src("[[secret]]\nid = \"x\"\npattern = '''a(b'''\n")).unwrap_err();
        assert_eq!(e.location, "s.toml:3:15", "{e}");
        let e = Redactor::new(&src("[[secret]]\nid = \"x\"\npattern = 'ab'\n")).unwrap_err();
        assert!(e.message.contains("masks nothing"), "{e}");
        let e = Redactor::new(&src("[[secret]]\nid = \"x\"\npatern = 'ab'\n")).unwrap_err();
        assert!(e.location.starts_with("s.toml:3:"), "{e}");
        assert!(e.message.contains("patern"), "{e}");
    }
}
