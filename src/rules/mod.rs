//! Rules: loading, validating and compiling `rules/*.toml`.
//!
//! Bundled rules are embedded at build time and go through the same loader as a user's
//! rule directories. Errors name the file, line and column, and what to change.

pub mod schema;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use std::sync::{Arc, OnceLock};

use regex_automata::Input;

use crate::extract::Incident;
pub use crate::source::{location, LoadError, Source};
pub use schema::{Category, Os, Severity, Snippet, SnippetLang};
use schema::{RuleDef, RuleFile, StatusSpec};

/// A compiled rule, ready to match.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    pub category: Category,
    pub provider: Option<String>,
    pub priority: i32,
    pub severity: Severity,
    pub retryable: bool,
    pub docs: Vec<String>,
    pub examples: Vec<String>,
    pub counter_examples: Vec<String>,
    pub snippets: Vec<Snippet>,
    pub conditions: Conditions,
    /// The provider's own wording for this error, matched on the incident's text.
    pub phrase: Option<LazyRegex>,
    /// Where the rule was written: `file:line:column`.
    pub origin: String,
    /// The file's stem: its texts live in `locales/<lang>/<group>.ftl`.
    pub group: String,
}

impl Rule {
    /// Whether the rule applies: all its conditions hold, or its wording is in the text.
    pub fn matches(&self, inc: &Incident) -> bool {
        self.matches_in(inc, true, Gate::All)
    }

    fn matches_in(&self, inc: &Incident, with_context: bool, gate: Gate) -> bool {
        (self.conditions.count() > 0 && self.conditions.matches_in(inc, with_context, gate))
            || self
                .phrase
                .as_ref()
                .is_some_and(|p| gate.may(Slot::Phrase, Hay::Text) && p.is_match(&inc.text))
    }
}

/// Which of a rule's patterns: its `text` and `message` conditions, its `phrase`.
#[derive(Debug, Clone, Copy)]
enum Slot {
    Text = 0,
    Phrase = 1,
    Message = 2,
}

const SLOTS: usize = 3;

/// Which of an incident's strings a pattern is about to search.
#[derive(Debug, Clone, Copy)]
enum Hay {
    Text,
    Context,
    Message,
}

/// Which patterns may match an incident's strings, as the prefilter's literals tell: a
/// pattern whose literals are all absent is neither compiled nor run.
#[derive(Debug, Clone, Copy)]
enum Gate<'a> {
    /// Run every pattern.
    All,
    /// The prefilter's findings for one rule.
    Found { found: &'a Found, rule: usize },
}

impl Gate<'_> {
    fn may(self, slot: Slot, hay: Hay) -> bool {
        match self {
            Gate::All => true,
            Gate::Found { found, rule } => {
                let may = match hay {
                    Hay::Text => &found.text,
                    Hay::Context => &found.context,
                    Hay::Message => &found.message,
                };
                may[rule * SLOTS + slot as usize]
            }
        }
    }
}

/// For each pattern (by rule and slot), whether it may match an incident's text, context
/// and message.
#[derive(Debug)]
struct Found {
    text: Vec<bool>,
    context: Vec<bool>,
    message: Vec<bool>,
}

/// A rule's compiled conditions.
#[derive(Debug, Clone, Default)]
pub struct Conditions {
    status: Vec<(u16, u16)>,
    exception: Vec<String>,
    error_type: Vec<String>,
    error_code: Vec<String>,
    provider: Vec<String>,
    client: Vec<String>,
    message: Option<LazyRegex>,
    text: Option<LazyRegex>,
    has_status: Option<bool>,
}

/// A case-insensitive rule pattern, checked when the rule loads and compiled on first use:
/// most rules never need their patterns for a given input, and compiling hundreds of
/// Unicode-aware patterns up front would cost more than the diagnosis itself.
#[derive(Debug, Clone)]
pub struct LazyRegex {
    pattern: String,
    compiled: OnceLock<regex_automata::meta::Regex>,
}

impl LazyRegex {
    fn compiled(&self) -> &regex_automata::meta::Regex {
        self.compiled.get_or_init(|| {
            crate::pattern::compile_bytes(&self.pattern)
                .expect("pattern was validated when the rule loaded")
        })
    }

    fn is_match(&self, haystack: &str) -> bool {
        let (re, input) = (self.compiled(), Input::new(haystack.as_bytes()));
        match Self::kept_cache(re) {
            true => re.is_match(input),
            false => re.is_match_with(&mut re.create_cache(), &input),
        }
    }

    fn find(&self, haystack: &str) -> Option<(usize, usize)> {
        let (re, input) = (self.compiled(), Input::new(haystack.as_bytes()));
        match Self::kept_cache(re) {
            true => re.find(input),
            false => re.search_with(&mut re.create_cache(), &input),
        }
        .map(|m| (m.start(), m.end()))
    }

    /// Whether the pattern keeps its search cache between searches. A pattern too large
    /// for a lazy DFA searches with its NFA, whose cache grows with the NFA (over a
    /// megabyte): it gets a cache for each search, freed after it, rather than one kept for
    /// the rest of the run.
    fn kept_cache(re: &regex_automata::meta::Regex) -> bool {
        re.get_config().get_hybrid()
    }
}

fn any_eq(list: &[String], value: Option<&str>) -> bool {
    list.is_empty() || value.is_some_and(|v| list.iter().any(|x| x.eq_ignore_ascii_case(v)))
}

impl Conditions {
    /// The providers the rule's conditions name.
    pub fn providers(&self) -> &[String] {
        &self.provider
    }

    /// How many conditions the rule states: more conditions, more specific.
    pub fn count(&self) -> usize {
        [
            !self.status.is_empty(),
            !self.exception.is_empty(),
            !self.error_type.is_empty(),
            !self.error_code.is_empty(),
            !self.provider.is_empty(),
            !self.client.is_empty(),
            self.message.is_some(),
            self.text.is_some(),
            self.has_status.is_some(),
        ]
        .iter()
        .filter(|b| **b)
        .count()
    }

    /// Whether every stated condition holds for the incident (a `text` pattern may match the
    /// incident's text or the lines just before it).
    pub fn matches(&self, inc: &Incident) -> bool {
        self.matches_in(inc, true, Gate::All)
    }

    fn matches_in(&self, inc: &Incident, with_context: bool, gate: Gate) -> bool {
        let f = &inc.fields;
        (self.status.is_empty()
            || f.status
                .or(inc.implied_status)
                .is_some_and(|s| self.status.iter().any(|(lo, hi)| (*lo..=*hi).contains(&s))))
            && self.has_status.is_none_or(|h| h == f.status.is_some())
            && any_eq(&self.exception, f.exception.as_deref())
            && any_eq(&self.error_type, f.error_type.as_deref())
            && any_eq(&self.error_code, f.error_code.as_deref())
            && any_eq(&self.provider, f.provider.as_deref())
            && any_eq(&self.client, f.client.as_deref())
            && self.message.as_ref().is_none_or(|r| {
                f.message
                    .as_deref()
                    .is_some_and(|m| gate.may(Slot::Message, Hay::Message) && r.is_match(m))
            })
            && self.text.as_ref().is_none_or(|r| {
                (gate.may(Slot::Text, Hay::Text) && r.is_match(&inc.text))
                    || (with_context
                        && !inc.context.is_empty()
                        && gate.may(Slot::Text, Hay::Context)
                        && r.is_match(&inc.context))
            })
    }
}

fn status_range(spec: &StatusSpec) -> Option<(u16, u16)> {
    match spec {
        StatusSpec::Code(c) if (100..600).contains(c) => Some((*c, *c)),
        StatusSpec::Code(_) => None,
        StatusSpec::Range(s) => {
            let s = s.trim().to_ascii_lowercase();
            if let Some(d) = s.strip_suffix("xx") {
                let d: u16 = d.parse().ok().filter(|d| (1..=5).contains(d))?;
                return Some((d * 100, d * 100 + 99));
            }
            let (lo, hi) = s.split_once('-')?;
            let (lo, hi): (u16, u16) = (lo.trim().parse().ok()?, hi.trim().parse().ok()?);
            (100 <= lo && lo <= hi && hi < 600).then_some((lo, hi))
        }
    }
}

fn regex(src: &Source, spanned: &toml::Spanned<String>) -> Result<LazyRegex, LoadError> {
    let pattern = spanned.get_ref();
    // Positions inside the pattern count from after the value's opening quotes.
    let value_at = spanned.span().start;
    let quotes = src.text[value_at..]
        .chars()
        .take_while(|c| *c == '\'' || *c == '"')
        .count();
    let err = |offset: usize, e: String| LoadError {
        location: location(&src.name, &src.text, value_at + quotes + offset),
        message: format!(
            "bad regex: {}: fix the pattern (see https://docs.rs/regex/#syntax)",
            e.lines().last().unwrap_or("invalid").trim()
        ),
    };
    // Parse fully (syntax and classes) without building the matcher.
    let ast = regex_syntax::ast::parse::Parser::new()
        .parse(pattern)
        .map_err(|e| err(e.span().start.offset, e.kind().to_string()))?;
    regex_syntax::hir::translate::Translator::new()
        .translate(pattern, &ast)
        .map_err(|e| err(e.span().start.offset, e.kind().to_string()))?;
    Ok(LazyRegex {
        pattern: pattern.clone(),
        compiled: OnceLock::new(),
    })
}

fn lower(list: Option<Vec<String>>) -> Vec<String> {
    list.unwrap_or_default()
        .into_iter()
        .map(|s| s.to_ascii_lowercase())
        .collect()
}

/// Parses and validates one rule file; stops at the first problem.
pub fn parse(src: &Source) -> Result<Vec<Rule>, LoadError> {
    let (rules, mut problems) = parse_all(src);
    match problems.is_empty() {
        true => Ok(rules),
        false => Err(problems.remove(0)),
    }
}

/// Parses one rule file, returning its valid rules and a problem for each invalid one. A
/// file that does not read as a rule file at all gives that one problem.
pub fn parse_all(src: &Source) -> (Vec<Rule>, Vec<LoadError>) {
    let file: RuleFile = match toml::from_str(&src.text) {
        Ok(f) => f,
        Err(e) => {
            let problem = LoadError {
                location: location(&src.name, &src.text, e.span().map_or(0, |s| s.start)),
                message: e.message().trim().to_string(),
            };
            return (Vec::new(), vec![problem]);
        }
    };
    let group = Path::new(&src.name)
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    let mut seen = HashSet::new();
    let (mut rules, mut problems) = (Vec::new(), Vec::new());
    for def in file.rule {
        match compile(src, def, &group) {
            Ok(rule) if !seen.insert(rule.id.clone()) => problems.push(LoadError {
                location: rule.origin.clone(),
                message: format!("duplicate rule id `{}`: give one of them a new id", rule.id),
            }),
            Ok(rule) => rules.push(rule),
            Err(e) => problems.push(e),
        }
    }
    (rules, problems)
}

fn compile(src: &Source, def: RuleDef, group: &str) -> Result<Rule, LoadError> {
    let origin = location(&src.name, &src.text, def.id.span().start);
    let err = |message: String| LoadError {
        location: origin.clone(),
        message,
    };
    let id = def.id.into_inner();
    let valid_id = id.split_once('.').is_some_and(|(a, b)| {
        !a.is_empty()
            && !b.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-._".contains(c))
    });
    if !valid_id {
        return Err(err(format!(
            "rule id `{id}` must look like `area.kebab-name` (lowercase)"
        )));
    }
    let when_at = def.when.span().start;
    let when = def.when.into_inner();
    let mut status = Vec::new();
    for spec in when.status.iter().flatten() {
        status.push(status_range(spec).ok_or_else(|| LoadError {
            location: location(&src.name, &src.text, when_at),
            message: format!(
                "bad status {spec:?} in rule `{id}`: use 100-599, \"4xx\" or \"500-599\""
            ),
        })?);
    }
    let conditions = Conditions {
        status,
        exception: lower(when.exception),
        error_type: lower(when.error_type),
        error_code: lower(when.error_code),
        provider: lower(when.provider),
        client: lower(when.client),
        message: when.message.as_ref().map(|r| regex(src, r)).transpose()?,
        text: when.text.as_ref().map(|r| regex(src, r)).transpose()?,
        has_status: when.has_status,
    };
    let phrase = def.phrase.as_ref().map(|r| regex(src, r)).transpose()?;
    if conditions.count() == 0 && phrase.is_none() {
        return Err(err(format!(
            "rule `{id}` has no conditions in [rule.when]: it would match every error"
        )));
    }
    if def.examples.is_empty() {
        return Err(err(format!(
            "rule `{id}` has no examples: add at least one text it must match"
        )));
    }
    if let Some(s) = def.snippet.iter().find(|s| s.fix == 0) {
        return Err(err(format!(
            "rule `{id}` has a snippet for fix {}: fixes count from 1",
            s.fix
        )));
    }
    if let Some(s) = def.snippet.iter().find(|s| {
        s.locale
            .as_deref()
            .is_some_and(|l| !crate::i18n::Locale::ALL.iter().any(|x| x.tag() == l))
    }) {
        return Err(err(format!(
            "rule `{id}` has a snippet for locale `{}`: use one of en-US, zh-CN",
            s.locale.as_deref().unwrap_or_default()
        )));
    }
    if let Some(p) = def
        .snippet
        .iter()
        .find_map(|s| crate::situation::unknown_placeholder(&s.code))
    {
        return Err(err(format!(
            "rule `{id}` has a snippet with the unknown placeholder `{{{{{p}}}}}` (known: {})",
            crate::situation::PLACEHOLDERS.join(", ")
        )));
    }
    Ok(Rule {
        id,
        category: def.category,
        provider: def.provider,
        priority: def.priority,
        severity: def.severity,
        retryable: def.retryable,
        docs: def.docs,
        examples: def.examples,
        counter_examples: def.counter_examples,
        snippets: def.snippet,
        conditions,
        phrase,
        origin,
        group: group.to_string(),
    })
}

/// The ordered set of rules in force: bundled first, then each user layer on top.
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    rules: Vec<Rule>,
    /// Literals that each `text` pattern's matches must start with, built on first use:
    /// recognising a block's shape then runs only the patterns whose literals occur in it.
    prefilter: OnceLock<Prefilter>,
}

/// One automaton over the literals that every match of a rule pattern starts with.
#[derive(Debug, Clone)]
struct Prefilter {
    literals: aho_corasick::AhoCorasick,
    /// The pattern (`rule * SLOTS + slot`) each literal belongs to.
    owner: Vec<usize>,
    /// For each pattern, whether it must run whatever the literals say: it has none (or
    /// none usable), or it folds case beyond ASCII, which the automaton does not.
    open: Vec<bool>,
    /// Rules with a `text` or `phrase` pattern that has no usable literal.
    always: Vec<usize>,
    /// The literals long enough to say a line may hold a rule's wording.
    triggers: Arc<aho_corasick::AhoCorasick>,
}

/// Shortest literal that opens a block on its own: shorter ones (`ssl`, `401`) are too common.
const MIN_TRIGGER: usize = 8;

impl Prefilter {
    fn new(rules: &[Rule]) -> Prefilter {
        use regex_syntax::hir::literal::{ExtractKind, Extractor};
        let (mut literals, mut owner, mut always) = (Vec::new(), Vec::new(), Vec::new());
        let mut open = vec![true; rules.len() * SLOTS];
        let mut long: Vec<Vec<u8>> = Vec::new();
        let patterns = rules.iter().enumerate().flat_map(|(i, rule)| {
            [
                (Slot::Text, rule.conditions.text.as_ref()),
                (Slot::Phrase, rule.phrase.as_ref()),
                (Slot::Message, rule.conditions.message.as_ref()),
            ]
            .into_iter()
            .filter_map(move |(slot, p)| p.map(|p| (i, slot, p)))
        });
        for (i, slot, text) in patterns {
            let id = i * SLOTS + slot as usize;
            let wording = !matches!(slot, Slot::Message);
            // Case is ignored by the automaton, so the literals come from the pattern as
            // written (a case-insensitive parse would list every case variant).
            let seq = regex_syntax::Parser::new()
                .parse(&text.pattern)
                .ok()
                .map(|hir| Extractor::new().kind(ExtractKind::Prefix).extract(&hir));
            match seq.as_ref().and_then(|s| s.literals()) {
                Some(lits) if !lits.is_empty() && lits.iter().all(|l| l.as_bytes().len() >= 2) => {
                    for l in lits {
                        if wording && l.as_bytes().len() >= MIN_TRIGGER {
                            long.push(l.as_bytes().to_vec());
                        }
                        literals.push(l.as_bytes().to_vec());
                        owner.push(id);
                    }
                    open[id] = !crate::pattern::ascii_case(&text.pattern);
                }
                _ if wording => always.push(i),
                _ => {}
            }
        }
        always.dedup();
        let build = |lits: &[Vec<u8>]| {
            aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(lits)
                .expect("literal automaton builds")
        };
        let triggers = Arc::new(build(&long));
        let literals = build(&literals);
        Prefilter {
            triggers,
            literals,
            owner,
            open,
            always,
        }
    }

    /// Rules whose `text` or `phrase` pattern may match `haystack`.
    fn candidates(&self, haystack: &str) -> Vec<usize> {
        let mut out = self.always.clone();
        out.extend(
            self.literals
                .find_overlapping_iter(haystack)
                .map(|m| self.owner[m.pattern().as_usize()])
                .filter(|id| id % SLOTS != Slot::Message as usize)
                .map(|id| id / SLOTS),
        );
        out.sort_unstable();
        out.dedup();
        out
    }

    /// For each pattern, whether it may match `haystack`.
    fn may_match(&self, haystack: &str) -> Vec<bool> {
        let mut may = self.open.clone();
        for m in self.literals.find_overlapping_iter(haystack) {
            may[self.owner[m.pattern().as_usize()]] = true;
        }
        may
    }

    /// For each pattern, whether it may match the incident's text, context and message.
    fn found(&self, inc: &Incident) -> Found {
        let none = || vec![false; self.open.len()];
        Found {
            text: self.may_match(&inc.text),
            context: match inc.context.is_empty() {
                true => none(),
                false => self.may_match(&inc.context),
            },
            message: inc
                .fields
                .message
                .as_deref()
                .map_or_else(none, |m| self.may_match(m)),
        }
    }
}

impl RuleSet {
    /// Adds a layer of rules; a rule with an id already present replaces it.
    pub fn layer(&mut self, rules: Vec<Rule>) {
        self.prefilter = OnceLock::new();
        for rule in rules {
            match self.rules.iter_mut().find(|r| r.id == rule.id) {
                Some(old) => *old = rule,
                None => self.rules.push(rule),
            }
        }
    }

    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// Takes a rule out of the set.
    pub fn remove(&mut self, id: &str) {
        self.prefilter = OnceLock::new();
        self.rules.retain(|r| r.id != id);
    }

    pub fn get(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }

    /// An automaton over the wording that rules recognise, for opening blocks at it.
    pub fn triggers(&self) -> Arc<aho_corasick::AhoCorasick> {
        self.prefilter().triggers.clone()
    }

    fn prefilter(&self) -> &Prefilter {
        self.prefilter.get_or_init(|| Prefilter::new(&self.rules))
    }

    /// Where the rule's wording (its `phrase`, else its `text` pattern) matches the
    /// incident's text, if it does.
    pub fn text_match(rule: &Rule, inc: &Incident) -> Option<(usize, usize)> {
        [rule.phrase.as_ref(), rule.conditions.text.as_ref()]
            .into_iter()
            .flatten()
            .find_map(|p| p.find(&inc.text))
    }

    /// Whether a rule that recognises text shapes (a `text` or `message` pattern) matches:
    /// such a rule marks an error that no generic form showed.
    pub fn recognises(&self, inc: &Incident) -> bool {
        let by_message = self
            .rules
            .iter()
            .filter(|r| r.conditions.text.is_none() && r.conditions.message.is_some())
            .any(|r| r.conditions.matches_in(inc, false, Gate::All));
        by_message
            || self
                .prefilter()
                .candidates(&inc.text)
                .into_iter()
                .any(|i| self.rules[i].matches_in(inc, false, Gate::All))
    }

    /// The most specific rule that matches: highest priority, then most conditions. A rule
    /// that can only say `unknown` (a gateway's catch-all) yields to any rule that knows the
    /// category, such as a status rule.
    ///
    /// Patterns whose literals the incident lacks are skipped: most rules never need their
    /// patterns compiled, which keeps the memory of a run to the patterns its input calls for.
    pub fn best(&self, inc: &Incident) -> Option<&Rule> {
        let found = self.prefilter().found(inc);
        let mut best: Option<&Rule> = None;
        for (i, rule) in self.rules.iter().enumerate() {
            let gate = Gate::Found {
                found: &found,
                rule: i,
            };
            if !rule.matches_in(inc, true, gate) {
                continue;
            }
            let rank = |r: &Rule| {
                (
                    r.category != Category::Unknown,
                    r.priority,
                    r.conditions.count(),
                )
            };
            let better = best.is_none_or(|b| rank(rule) > rank(b));
            if better {
                best = Some(rule);
            }
        }
        best
    }
}

/// The `*.toml` files of a rule path (a file, or a directory's files in name order).
pub fn rule_files(path: &Path) -> anyhow::Result<Vec<PathBuf>> {
    use anyhow::Context;
    if path.is_file() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(path)
        .with_context(|| format!("cannot read rule directory {}", path.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    Ok(files)
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

    const OK: &str = r#"
[[rule]]
id = "x.one"
category = "auth"
examples = ["e"]
[rule.when]
status = [401, "5xx"]
"#;

    #[test]
    fn parses_a_rule() {
        let rules = parse(&src(OK)).unwrap();
        assert_eq!(rules[0].id, "x.one");
        assert_eq!(rules[0].conditions.count(), 1);
        assert_eq!(rules[0].origin, "r.toml:3:6");
    }

    #[test]
    fn unknown_keys_are_errors_with_a_position() {
        let e = parse(&src(&OK.replace("status =", "stauts ="))).unwrap_err();
        assert!(e.location.starts_with("r.toml:7:"), "{e}");
        assert!(e.message.contains("stauts"), "{e}");
    }

    #[test]
    fn unknown_categories_and_bad_regexes_are_errors() {
        let e = parse(&src(&OK.replace("\"auth\"", "\"authz\""))).unwrap_err();
        assert!(e.to_string().starts_with("r.toml:4:"), "{e}");
        let e = parse(&src(&format!("{OK}message = '(unclosed'\n"))).unwrap_err();
        assert!(e.message.starts_with("bad regex"), "{e}");
        assert!(e.location.starts_with("r.toml:8:"), "{e}");
    }

    #[test]
    fn duplicate_ids_and_empty_conditions_are_errors() {
        let e = parse(&src(&format!("{OK}{OK}"))).unwrap_err();
        assert!(e.message.contains("duplicate"), "{e}");
        let e = parse(&src(
            "[[rule]]\nid = \"x.y\"\ncategory = \"auth\"\nexamples = [\"e\"]\n[rule.when]\n",
        ))
        .unwrap_err();
        assert!(e.message.contains("no conditions"), "{e}");
    }

    #[test]
    fn best_compiles_only_patterns_whose_literals_occur() {
        let rules = parse(&src(r#"
[[rule]]
id = "x.quota"
category = "billing"
examples = ["e"]
[rule.when]
text = 'quota (exceeded|exhausted)'
[[rule]]
id = "x.ollama"
category = "network"
examples = ["e"]
[rule.when]
text = '(?s)ollama.{0,3000}refused'
[[rule]]
id = "x.message"
category = "auth"
examples = ["e"]
[rule.when]
message = 'bad key'
"#))
        .unwrap();
        let mut set = RuleSet::default();
        set.layer(rules);
        let inc = |text: &str, message: Option<&str>| Incident {
            fields: crate::extract::Fields {
                message: message.map(str::to_string),
                ..Default::default()
            },
            provider_guess: None,
            start: 1,
            end: 1,
            text: text.to_string(),
            context: String::new(),
            evidence: true,
            implied_status: None,
        };
        let compiled = |set: &RuleSet| -> Vec<bool> {
            set.rules()
                .iter()
                .map(|r| {
                    [r.conditions.text.as_ref(), r.conditions.message.as_ref()]
                        .into_iter()
                        .flatten()
                        .any(|p| p.compiled.get().is_some())
                })
                .collect()
        };
        let best = set.best(&inc("Error: QUOTA EXHAUSTED", None));
        assert_eq!(best.map(|r| r.id.as_str()), Some("x.quota"));
        assert_eq!(compiled(&set), [true, false, false]);
        let best = set.best(&inc("Ollama: connection Refused", Some("a bad KEY")));
        assert_eq!(best.map(|r| r.id.as_str()), Some("x.ollama"));
        assert_eq!(compiled(&set), [true, true, true]);
    }

    #[test]
    fn status_ranges() {
        assert_eq!(
            status_range(&StatusSpec::Range("4xx".into())),
            Some((400, 499))
        );
        assert_eq!(
            status_range(&StatusSpec::Range("500-504".into())),
            Some((500, 504))
        );
        assert_eq!(status_range(&StatusSpec::Range("9xx".into())), None);
        assert_eq!(status_range(&StatusSpec::Code(42)), None);
    }
}
