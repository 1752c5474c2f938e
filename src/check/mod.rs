//! `apidiag rules check`: every problem in rule, data and `.ftl` files, in one run.
//!
//! Checking sits above the engine and the texts: it loads what it can of each file, keeps
//! going past each problem, then runs the good rules' examples through an engine and checks
//! their texts. [`rule_file`] reads rule files, [`fluent`] text files, [`mod@texts`] the texts
//! against the rules; secret shapes are checked by their own loader and self-test, and the
//! knowledge data files (`data/providers.toml`, `clients.toml`, `vocabulary.toml`,
//! `keys.toml`) by their loader, which stops at the first problem.

pub mod fluent;
pub mod rule_file;
pub mod texts;

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

pub use texts::texts;

use crate::i18n::{Locale, TextFile, Texts};
use crate::knowledge;
use crate::redact::{shapes, Redactor};
use crate::rules::{Rule, RuleSet};
use crate::source::{LoadError, Source};
use crate::{Config, Engine};

/// What a check found.
#[derive(Debug, Default)]
pub struct Findings {
    /// Problems, in file and line order: `location` is `path:line:column`.
    pub problems: Vec<LoadError>,
    /// How many files were read.
    pub files: usize,
}

/// The files to check: rule files, secret shapes files, knowledge data files and texts.
#[derive(Debug, Default)]
struct Inputs {
    toml: Vec<Source>,
    /// Knowledge data files (see [`is_knowledge`]).
    knowledge: Vec<Source>,
    texts: Vec<TextFile>,
    /// Files that could not be read or placed.
    problems: Vec<LoadError>,
}

/// Checks the given rule paths (files or directories), or the bundled rules, data and texts
/// when `paths` is empty.
pub fn run(paths: &[std::path::PathBuf]) -> Findings {
    let bundled = paths.is_empty();
    let inputs = if bundled {
        Inputs {
            toml: crate::builtin_rule_sources()
                .into_iter()
                .chain(std::iter::once(crate::redact::builtin_source()))
                .collect(),
            knowledge: knowledge::embedded()
                .into_iter()
                .filter(|s| is_knowledge(&s.name))
                .collect(),
            texts: crate::builtin_text_files(),
            problems: Vec::new(),
        }
    } else {
        let mut all = Inputs::default();
        for p in paths {
            gather(p, &mut all);
        }
        all
    };
    let files =
        inputs.toml.len() + inputs.knowledge.len() + inputs.texts.len() + inputs.problems.len();
    let mut problems = inputs.problems;
    problems.extend(check_knowledge(&inputs.knowledge));

    let rules = check_toml(&inputs.toml, &mut problems);
    let Some(texts) = check_texts(inputs.texts, bundled, &mut problems) else {
        return finish(problems, files);
    };
    let groups: BTreeSet<String> = rules.iter().map(|r| r.group.clone()).collect();
    // Unresolved variables are reported by the text check, at the variable.
    let unresolved = |s: &&String| s.contains("ResolverError(Reference(Variable");
    problems.extend(
        texts::texts(&rules, &texts, &groups)
            .iter()
            .filter(|s| !unresolved(s))
            .map(|s| split(s)),
    );

    // Examples, with the checked rules on top of the bundled ones as in use.
    match engine(&rules, texts, bundled) {
        Ok(engine) => {
            for rule in &rules {
                problems.extend(engine.example_problems(rule).iter().map(|s| split(s)));
            }
        }
        Err(e) => problems.push(e),
    }
    finish(problems, files)
}

/// Rule and secret shapes files, each on its own; the valid rules, with duplicates across
/// files and unknown providers reported.
fn check_toml(sources: &[Source], problems: &mut Vec<LoadError>) -> Vec<Rule> {
    let mut rules: Vec<Rule> = Vec::new();
    for src in sources {
        if shapes::is_shapes_file(&src.text) {
            problems.extend(check_shapes(src));
        } else {
            let (good, bad) = rule_file::check(src);
            problems.extend(bad);
            rules.extend(good);
        }
    }
    problems.extend(duplicates(&mut rules));
    problems.extend(providers(&rules, sources));
    rules
}

/// The knowledge data files that a checked file name stands for.
const KNOWLEDGE_FILES: [&str; 4] = ["providers", "clients", "vocabulary", "keys"];

/// Whether a file is one of the knowledge data files: `providers.toml`, `clients.toml`,
/// `vocabulary.toml` or `keys.toml` in a `data` directory.
fn is_knowledge(name: &str) -> bool {
    let path = Path::new(name);
    let in_data = path
        .parent()
        .and_then(Path::file_name)
        .is_some_and(|d| d == "data");
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    in_data && path.extension().is_some_and(|e| e == "toml") && KNOWLEDGE_FILES.contains(&stem)
}

/// Knowledge data files, loaded together (the bundled file stands in for one not given);
/// the loader's first problem, with its position.
fn check_knowledge(files: &[Source]) -> Option<LoadError> {
    if files.is_empty() {
        return None;
    }
    let stem = |s: &Source| {
        Path::new(&s.name)
            .file_stem()
            .map(|x| x.to_string_lossy().into_owned())
    };
    let given: BTreeSet<Option<String>> = files.iter().map(stem).collect();
    let mut sources = files.to_vec();
    sources.extend(
        knowledge::embedded()
            .into_iter()
            .filter(|s| is_knowledge(&s.name) && !given.contains(&stem(s))),
    );
    // The regex crate's message spans lines (pattern, caret, error): keep its first and last.
    knowledge::load(&sources).err().map(|mut e| {
        let lines: Vec<&str> = e.message.lines().map(str::trim).collect();
        if let [first, .., last] = lines.as_slice() {
            e.message = format!("{} {last}", first.trim_end_matches(':'));
        }
        e
    })
}

/// A secret shapes file: structure, patterns, then every shape's examples.
fn check_shapes(src: &Source) -> Vec<LoadError> {
    let (parts, mut problems) = rule_file::parts(src, "[[secret]]", shapes::reads);
    let mut good = Vec::new();
    for text in parts {
        let (ok, bad) = shapes::parse_all(&Source {
            name: src.name.clone(),
            text,
        });
        good.extend(ok);
        problems.extend(bad);
    }
    match Redactor::from_shapes(good) {
        Ok(r) => problems.extend(r.self_test().iter().map(|s| split(s))),
        Err(e) => problems.push(LoadError {
            location: format!("{}:1:1", src.name),
            message: e,
        }),
    }
    problems
}

/// Text files, each on its own, then the good parts together (on top of the bundled texts
/// when checking a user's files).
fn check_texts(
    files: Vec<TextFile>,
    bundled: bool,
    problems: &mut Vec<LoadError>,
) -> Option<Texts> {
    let known = fluent::known_variables();
    let mut good = if bundled {
        Vec::new()
    } else {
        crate::builtin_text_files()
    };
    for mut file in files {
        let (res, errors) = fluent::parse(&file.source);
        problems.extend(errors);
        problems.extend(fluent::unknown_variables(&file.source, &res, &known));
        // The broken entries are left out, so the rest is still checked against the rules.
        file.source.text = res.source().to_string();
        good.push(file);
    }
    Texts::new(&good).map_err(|e| problems.push(e)).ok()
}

fn finish(mut problems: Vec<LoadError>, files: usize) -> Findings {
    problems.sort_by_key(|p| position(&p.location));
    problems.dedup();
    Findings { problems, files }
}

/// An engine running the bundled rules with `rules` on top.
fn engine(rules: &[Rule], texts: Texts, bundled: bool) -> Result<Engine, LoadError> {
    let mut set = RuleSet::default();
    if !bundled {
        let base = Engine::new(&Config::default()).map_err(|e| LoadError {
            location: "rules".to_string(),
            message: format!("{e:#}"),
        })?;
        set.layer(base.rules().rules().to_vec());
    }
    set.layer(rules.to_vec());
    Ok(Engine::from_parts(set, texts, Locale::EnUs, true))
}

/// Reads what a rule path holds: `*.toml` files, `data/*.toml`, and texts.
fn gather(path: &Path, into: &mut Inputs) {
    let unreadable = |e: anyhow::Error| LoadError {
        location: format!("{}:1:1", path.display()),
        message: format!("{e:#}"),
    };
    if path.is_file() && is_knowledge(&path.display().to_string()) {
        match std::fs::read_to_string(path) {
            Ok(text) => into.knowledge.push(Source {
                name: path.display().to_string(),
                text,
            }),
            Err(e) => into.problems.push(unreadable(e.into())),
        }
        return;
    }
    if path.extension().is_some_and(|e| e == "ftl") {
        match (TextFile::locale_of(path), std::fs::read_to_string(path)) {
            (Some(locale), Ok(text)) => into.texts.push(TextFile {
                locale,
                source: Source {
                    name: path.display().to_string(),
                    text,
                },
            }),
            (None, _) => into.problems.push(LoadError {
                location: format!("{}:1:1", path.display()),
                message: format!(
                    "cannot tell the language: put the file under locales/<{}>/",
                    Locale::ALL.map(|l| l.tag()).join("|")
                ),
            }),
            (_, Err(e)) => into.problems.push(unreadable(e.into())),
        }
        return;
    }
    match crate::user_sources(path) {
        Ok((toml, texts)) => {
            // `rules check data` names the data directory itself.
            let (data, toml): (Vec<Source>, Vec<Source>) =
                toml.into_iter().partition(|s| is_knowledge(&s.name));
            into.knowledge.extend(data);
            into.toml.extend(toml);
            into.texts.extend(texts);
        }
        Err(e) => into.problems.push(unreadable(e)),
    }
    let data = path.join("data");
    if data.is_dir() {
        match crate::rules::rule_files(&data) {
            Ok(files) => {
                for f in files {
                    let name = f.display().to_string();
                    let list = if is_knowledge(&name) {
                        &mut into.knowledge
                    } else {
                        &mut into.toml
                    };
                    match std::fs::read_to_string(&f) {
                        Ok(text) => list.push(Source { name, text }),
                        Err(e) => into.problems.push(unreadable(e.into())),
                    }
                }
            }
            Err(e) => into.problems.push(unreadable(e)),
        }
    }
}

/// Rule ids defined in more than one checked file; the later definitions are dropped.
fn duplicates(rules: &mut Vec<Rule>) -> Vec<LoadError> {
    let mut first: HashMap<String, String> = HashMap::new();
    let mut problems = Vec::new();
    rules.retain(|r| match first.get(&r.id) {
        Some(at) => {
            problems.push(LoadError {
                location: r.origin.clone(),
                message: format!(
                    "duplicate rule id `{}` (first defined at {at}): ids are unique across \
                     files; rename one",
                    r.id
                ),
            });
            false
        }
        None => {
            first.insert(r.id.clone(), r.origin.clone());
            true
        }
    });
    problems
}

/// Providers a rule names that no bundled rule knows (a misspelt slug never matches).
fn providers(rules: &[Rule], sources: &[Source]) -> Vec<LoadError> {
    let known: BTreeSet<String> = crate::builtin_rule_sources()
        .iter()
        .flat_map(|s| crate::rules::parse_all(s).0)
        .filter_map(|r| r.provider)
        .chain(std::iter::once("generic-http".to_string()))
        .collect();
    let mut problems = Vec::new();
    for r in rules {
        let named = r.provider.iter().chain(r.conditions.providers());
        for p in named.filter(|p| !known.contains(p.as_str())) {
            problems.push(LoadError {
                location: near(sources, &r.origin, p),
                message: format!(
                    "unknown provider `{p}` in rule `{}`: {}",
                    r.id,
                    match known.iter().min_by_key(|k| distance(k, p)) {
                        Some(k) if distance(k, p) <= 3 => format!(
                            "did you mean `{k}`? (`apidiag rules list` shows the providers)"
                        ),
                        _ => "use a provider of the bundled rules (`apidiag rules list`)"
                            .to_string(),
                    }
                ),
            });
        }
    }
    problems
}

/// Edit distance between two short words, for suggesting a spelling.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let next = (prev + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            prev = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

/// The location of the first `"value"` at or after a rule's origin, else the origin.
fn near(sources: &[Source], origin: &str, value: &str) -> String {
    let (path, line, _) = position(origin);
    let Some(src) = sources.iter().find(|s| s.name == path) else {
        return origin.to_string();
    };
    let start: usize = src
        .text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let lower = src.text[start..].to_ascii_lowercase();
    [format!("\"{value}\""), format!("'{value}'")]
        .iter()
        .filter_map(|q| lower.find(q.as_str()))
        .min()
        .map_or(origin.to_string(), |i| {
            crate::source::location(&src.name, &src.text, start + i)
        })
}

/// `path:line:column: message` split back into its parts.
fn split(s: &str) -> LoadError {
    let cut = s
        .match_indices(": ")
        .map(|(i, _)| i)
        .find(|&i| position(&s[..i]).1 > 0);
    match cut {
        Some(i) => LoadError {
            location: s[..i].to_string(),
            message: s[i + 2..].to_string(),
        },
        None => LoadError {
            location: String::new(),
            message: s.to_string(),
        },
    }
}

/// `(path, line, column)` of a location, for ordering (line 0 when it has none).
fn position(location: &str) -> (String, usize, usize) {
    let mut parts = location.rsplitn(3, ':');
    let (col, line, path) = (parts.next(), parts.next(), parts.next());
    match (
        path,
        line.and_then(|l| l.parse().ok()),
        col.and_then(|c| c.parse().ok()),
    ) {
        (Some(p), Some(l), Some(c)) => (p.to_string(), l, c),
        _ => (location.to_string(), 0, 0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_nearest_spelling() {
        assert_eq!(distance("opneai", "openai"), 2);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("new-api", "new-api"), 0);
    }

    #[test]
    fn splits_and_orders_locations() {
        let p = split("a/b.toml:12:3: bad thing: really");
        assert_eq!(
            (p.location.as_str(), p.message.as_str()),
            ("a/b.toml:12:3", "bad thing: really")
        );
        assert!(position("a.toml:9:1") < position("a.toml:10:1"));
    }
}
