//! The secret shapes data file (`data/secrets.toml`): its format, and loading it into
//! one compiled pattern.
//!
//! Loading follows the rule loader: unknown keys are errors, and every error names the
//! file, line and column. Each shape's examples and counter-examples are checked by
//! [`super::Redactor::self_test`].

use serde::Deserialize;
use toml::Spanned;

use crate::source::{location, LoadError, Source};

/// The whole file: `[[secret]]` tables.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SecretFile {
    #[serde(default)]
    secret: Vec<SecretDef>,
}

/// One `[[secret]]` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SecretDef {
    id: Spanned<String>,
    pattern: Spanned<String>,
    #[serde(default)]
    examples: Vec<String>,
    #[serde(default)]
    counter_examples: Vec<String>,
}

/// One loaded shape.
#[derive(Debug, Clone)]
pub struct Shape {
    pub id: String,
    pub pattern: String,
    pub examples: Vec<String>,
    pub counter_examples: Vec<String>,
    /// Where the shape was written: `file:line:column`.
    pub origin: String,
}

/// Named groups a shape's pattern masks start with this.
pub const SECRET_GROUP: &str = "secret";

/// Whether a file's text is a secret shapes file (its top level holds `secret` tables) rather
/// than a rule file.
pub fn is_shapes_file(text: &str) -> bool {
    text.parse::<toml::Table>()
        .is_ok_and(|t| t.contains_key("secret"))
}

/// Parses and validates a shapes file; stops at the first problem.
pub fn parse(src: &Source) -> Result<Vec<Shape>, LoadError> {
    let (shapes, mut problems) = parse_all(src);
    match problems.is_empty() {
        true => Ok(shapes),
        false => Err(problems.remove(0)),
    }
}

/// Whether a text reads as a shapes file (for checks that go past the first error).
pub fn reads(text: &str) -> Result<(), toml::de::Error> {
    toml::from_str::<SecretFile>(text).map(|_| ())
}

/// Parses a shapes file, returning the shapes that are valid and every problem found.
pub fn parse_all(src: &Source) -> (Vec<Shape>, Vec<LoadError>) {
    let file: SecretFile = match toml::from_str(&src.text) {
        Ok(f) => f,
        Err(e) => {
            let at = e.span().map_or(0, |s| s.start);
            return (
                Vec::new(),
                vec![LoadError {
                    location: location(&src.name, &src.text, at),
                    message: e.message().trim().to_string(),
                }],
            );
        }
    };
    let mut shapes: Vec<Shape> = Vec::new();
    let mut problems = Vec::new();
    for def in file.secret {
        let origin = location(&src.name, &src.text, def.id.span().start);
        let id = def.id.into_inner();
        if let Some(first) = shapes.iter().find(|s| s.id == id) {
            problems.push(LoadError {
                location: origin,
                message: format!(
                    "duplicate secret id `{id}` (first defined at {}): give it a new id",
                    first.origin
                ),
            });
            continue;
        }
        if let Err(e) = check_pattern(src, &def.pattern) {
            problems.push(e);
            continue;
        }
        shapes.push(Shape {
            id,
            pattern: def.pattern.into_inner(),
            examples: def.examples,
            counter_examples: def.counter_examples,
            origin,
        });
    }
    (shapes, problems)
}

/// A pattern must compile and mask something: at least one `secret…` group, no other names.
fn check_pattern(src: &Source, spanned: &Spanned<String>) -> Result<(), LoadError> {
    let pattern = spanned.get_ref();
    let at = |offset: usize| location(&src.name, &src.text, spanned.span().start + offset);
    if let Err(e) = regex_syntax::ast::parse::Parser::new().parse(pattern) {
        // The value starts after its opening quotes (`'''` or `'`).
        let quote = src.text[spanned.span().start..]
            .chars()
            .take_while(|c| *c == '\'' || *c == '"')
            .count();
        return Err(LoadError {
            location: at(quote + e.span().start.offset),
            message: format!("bad regex: {}: fix the pattern", e.kind()),
        });
    }
    let re = regex::Regex::new(pattern).map_err(|e| LoadError {
        location: at(0),
        message: format!(
            "bad regex: {}",
            e.to_string().lines().last().unwrap_or("invalid").trim()
        ),
    })?;
    let names: Vec<&str> = re.capture_names().flatten().collect();
    if let Some(other) = names.iter().find(|n| !n.starts_with(SECRET_GROUP)) {
        return Err(LoadError {
            location: at(0),
            message: format!(
                "group `{other}` is not a secret group: name the parts to mask `secret`, \
                 `secret2`... and write other groups as `(?:...)`"
            ),
        });
    }
    if names.is_empty() {
        return Err(LoadError {
            location: at(0),
            message: "the pattern masks nothing: put the secret part in `(?P<secret>...)`"
                .to_string(),
        });
    }
    Ok(())
}
