//! apidiag: an offline diagnoser for API errors.
//!
//! The pipeline runs one way: [`input`] turns bytes into numbered lines (after [`decode`]
//! has turned UTF-16 into UTF-8), [`extract`] finds error incidents and their fields,
//! [`rules`] picks the most specific rule for each, [`report`] writes the localized report,
//! and [`render`] prints it. [`Engine`] is built once (rules compiled, texts loaded) and then
//! diagnoses any number of inputs.
//!
//! # Diagnosing a string
//!
//! ```
//! use apidiag::i18n::Locale;
//! use apidiag::{Config, Engine};
//!
//! // Bundled rules and texts; `rule_paths` would add a team's own rules on top.
//! let engine = Engine::new(&Config {
//!     locale: Locale::EnUs,
//!     ..Config::default()
//! })?;
//! let text = "openai.AuthenticationError: Error code: 401 - {'error': {'message': \
//!     '无效的令牌 (request id: 2026021910081416145658450315fK)', 'type': 'new_api_error', \
//!     'param': '', 'code': None}}";
//! let output = engine.diagnose(text);
//! let d = &output.diagnoses[0];
//!
//! // What was read from the text.
//! assert_eq!(d.fields.status, Some(401));
//! assert_eq!(d.fields.error_type.as_deref(), Some("new_api_error"));
//! assert_eq!(d.fields.message.as_deref(), Some("无效的令牌"));
//! assert_eq!(d.fields.request_id.as_deref(), Some("2026021910081416145658450315fK"));
//! assert_eq!(d.fields.provider.as_deref(), Some("new-api"));
//!
//! // Which rule decided, and the report in the engine's language.
//! assert_eq!(d.rule.as_deref(), Some("newapi.invalid-token"));
//! assert_eq!(d.category.as_str(), "auth");
//! assert!(d.report.title.contains("gateway"));
//! assert!(!d.report.fixes[0].text.is_empty());
//! # Ok::<(), anyhow::Error>(())
//! ```
//!
//! # Scanning a stream and printing the report
//!
//! [`Engine::scan`] reads any [`std::io::BufRead`] line by line and calls back with each
//! occurrence as soon as it is complete; the returned [`report::Output`] folds repeats into
//! one diagnosis. Each output format is a [`render::Printer`]; [`render::human::Human`]
//! prints the readable report to any writer, its headings taken from [`report::Labels`]
//! (the JSON contract is [`report::Output`] serialized with serde).
//!
//! ```
//! use apidiag::render::{human::Human, print_all, RenderContext};
//! use apidiag::report::Labels;
//! use apidiag::{Config, Engine};
//!
//! let engine = Engine::new(&Config::default())?;
//! let log = "step 1 ok\nHTTP/1.1 429 Too Many Requests\nretry-after: 20\nstep 2 ok\n";
//! let mut seen = 0;
//! let output = engine.scan(log.as_bytes(), |_occurrence| seen += 1)?;
//! assert_eq!((seen, output.diagnoses.len()), (1, 1));
//! assert_eq!(output.diagnoses[0].lines.start, 2);
//!
//! let labels = Labels::new(engine.texts(), engine.locale());
//! let ctx = RenderContext {
//!     labels: &labels,
//!     color: false,
//!     width: 80,
//! };
//! let mut report = Vec::new();
//! print_all(&mut Human::new(ctx), &output, &mut report)?;
//! assert!(String::from_utf8(report)?.starts_with("1. "));
//!
//! let json = serde_json::to_value(&output)?;
//! assert_eq!(json["diagnoses"][0]["fields"]["status"], 429);
//! # Ok::<(), anyhow::Error>(())
//! ```

pub mod app;
pub mod check;
pub mod cli;
pub mod config;
pub mod decode;
pub mod diagnose;
pub mod exit;
pub mod explain;
pub mod extract;
pub mod i18n;
pub mod input;
pub mod knowledge;
mod layers;
pub mod pager;
pub mod paste;
pub mod pattern;
pub mod redact;
pub mod render;
pub mod report;
pub mod rules;
pub mod run;
mod selftest;
pub mod settings;
pub mod situation;
pub mod source;
pub mod suggest;
pub mod visit;
pub mod wrap;

use std::collections::HashMap;
use std::io::{self, BufRead};
use std::path::{Path, PathBuf};

use anyhow::Context;
use include_dir::{include_dir, Dir};

use extract::{Block, Incident, Segmenter};
use i18n::{Locale, TextFile, Texts};
use report::{Diagnosis, DiagnosisLabels, Output, Span};
use rules::{Category, RuleSet, Source};

static RULES_DIR: Dir = include_dir!("$CARGO_MANIFEST_DIR/rules");
static LOCALES_DIR: Dir = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// The rule files embedded in the binary.
pub fn builtin_rule_sources() -> Vec<Source> {
    let mut out: Vec<Source> = RULES_DIR
        .files()
        .filter(|f| f.path().extension().is_some_and(|e| e == "toml"))
        .map(|f| Source {
            name: format!("rules/{}", f.path().display()),
            text: f.contents_utf8().unwrap_or_default().to_string(),
        })
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

/// The `.ftl` files embedded in the binary.
pub fn builtin_text_files() -> Vec<TextFile> {
    let mut out = Vec::new();
    for dir in LOCALES_DIR.dirs() {
        for f in dir
            .files()
            .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
        {
            if let Some(locale) = TextFile::locale_of(f.path()) {
                out.push(TextFile {
                    locale,
                    source: Source {
                        name: format!("locales/{}", f.path().display()),
                        text: f.contents_utf8().unwrap_or_default().to_string(),
                    },
                });
            }
        }
    }
    out.sort_by(|a, b| a.source.name.cmp(&b.source.name));
    out
}

/// Rule and text files of a user's rule path (a `.toml` file or a directory). Texts are read
/// from `<dir>/locales/<lang>/*.ftl`, or, for a repository laid out like apidiag's own, from
/// `<dir>/../locales/<lang>/<stem>.ftl`.
pub fn user_sources(path: &Path) -> anyhow::Result<(Vec<Source>, Vec<TextFile>)> {
    let files = rules::rule_files(path)?;
    let dir = if path.is_file() {
        path.parent().unwrap_or(Path::new(".")).to_path_buf()
    } else {
        path.to_path_buf()
    };
    let mut sources = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f)
            .with_context(|| format!("cannot read rule file {}", f.display()))?;
        sources.push(Source {
            name: f.display().to_string(),
            text,
        });
    }
    let mut texts = Vec::new();
    let own = dir.join("locales");
    let sibling = dir.join("..").join("locales");
    for locale in Locale::ALL {
        let mut candidates: Vec<PathBuf> = Vec::new();
        if own.is_dir() {
            if let Ok(rd) = std::fs::read_dir(own.join(locale.tag())) {
                candidates.extend(
                    rd.filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|p| p.extension().is_some_and(|e| e == "ftl")),
                );
            }
        } else {
            for f in &files {
                if let Some(stem) = f.file_stem() {
                    let p = sibling.join(locale.tag()).join(stem).with_extension("ftl");
                    if p.is_file() {
                        candidates.push(p);
                    }
                }
            }
        }
        candidates.sort();
        for p in candidates {
            let text = std::fs::read_to_string(&p)
                .with_context(|| format!("cannot read {}", p.display()))?;
            texts.push(TextFile {
                locale,
                source: Source {
                    name: p.display().to_string(),
                    text,
                },
            });
        }
    }
    Ok((sources, texts))
}

/// Parses the rule files of one layer; an id used twice within the layer is an error.
fn parse_layer(
    sources: impl Iterator<Item = Source>,
) -> Result<Vec<rules::Rule>, rules::LoadError> {
    let mut out: Vec<rules::Rule> = Vec::new();
    let mut origins: HashMap<String, String> = HashMap::new();
    for src in sources {
        for rule in rules::parse(&src)? {
            if let Some(first) = origins.get(&rule.id) {
                return Err(rules::LoadError {
                    location: rule.origin.clone(),
                    message: format!("duplicate rule id `{}` (first defined at {first})", rule.id),
                });
            }
            origins.insert(rule.id.clone(), rule.origin.clone());
            out.push(rule);
        }
    }
    Ok(out)
}

/// How an engine is set up.
#[derive(Debug, Clone)]
pub struct Config {
    pub locale: Locale,
    pub redact: bool,
    /// User rule paths, applied in order on top of the bundled rules.
    pub rule_paths: Vec<PathBuf>,
    /// Refuse user rules whose examples do not behave (off for `rules test`, which lists
    /// every failure instead of stopping at the first).
    pub check_examples: bool,
    /// Leave out broken user rule and text files with a warning instead of failing.
    pub lenient: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            locale: Locale::EnUs,
            redact: true,
            rule_paths: Vec::new(),
            check_examples: true,
            lenient: false,
        }
    }
}

/// The compiled pipeline: rules and texts loaded once, then reused for every input.
pub struct Engine {
    rules: RuleSet,
    texts: Texts,
    locale: Locale,
    redact: bool,
    warnings: Vec<String>,
}

/// Rules up to this priority are broad fallbacks (by status class or category).
const FALLBACK_PRIORITY: i32 = 30;

/// Rules from this priority up are specific to one provider's errors (see CONTRIBUTING.md).
const SPECIFIC_PRIORITY: i32 = 50;

impl Engine {
    /// Bundled rules and texts, with the user's rule paths on top.
    pub fn new(config: &Config) -> anyhow::Result<Engine> {
        let mut rule_sources = builtin_rule_sources();
        let mut text_files = builtin_text_files();
        let bundled_texts = text_files.len();
        let mut warnings = Vec::new();
        let mut user_layers = Vec::new();
        for path in &config.rule_paths {
            let (s, t) = match user_sources(path) {
                Ok(found) => found,
                // A file that cannot be read at all (not UTF-8, no permission) takes its
                // path out of a lenient load.
                Err(e) if config.lenient => {
                    warnings.push(format!("{e:#} (skipped)"));
                    continue;
                }
                Err(e) => return Err(e),
            };
            user_layers.push(s);
            text_files.extend(t);
        }
        let mut set = RuleSet::default();
        set.layer(parse_layer(rule_sources.drain(..))?);
        let mut user_rules = Vec::new();
        for mut layer in user_layers {
            if config.lenient {
                layer = layers::good_rule_files(layer, &mut warnings);
            }
            let rules = parse_layer(layer.into_iter())?;
            user_rules.extend(rules.iter().map(|r| r.id.clone()));
            set.layer(rules);
        }
        if config.lenient {
            layers::good_text_files(&mut text_files, bundled_texts, &mut warnings);
        }
        let texts = Texts::new(&text_files)?;
        let mut engine = Engine {
            rules: set,
            texts,
            locale: config.locale,
            redact: config.redact,
            warnings,
        };
        // A user's rule must behave as its examples say before it is trusted; the bundled
        // rules are held to the same check by the test suite.
        for id in user_rules.iter().filter(|_| config.check_examples) {
            let rule = engine.rules.get(id).expect("a loaded rule is in the set");
            if let Some(problem) = engine.example_problems(rule).into_iter().next() {
                if !config.lenient {
                    anyhow::bail!("{problem}");
                }
                engine.warnings.push(format!("{problem} (rule skipped)"));
                engine.rules.remove(id);
            }
        }
        Ok(engine)
    }

    /// Problems met while loading leniently, one per skipped file or rule.
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// An engine from rules and texts already loaded (checks build one from what they could
    /// read).
    pub fn from_parts(rules: RuleSet, texts: Texts, locale: Locale, redact: bool) -> Engine {
        Engine {
            rules,
            texts,
            locale,
            redact,
            warnings: Vec::new(),
        }
    }

    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    pub fn texts(&self) -> &Texts {
        &self.texts
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// Diagnoses a whole text held in memory.
    pub fn diagnose(&self, text: &str) -> Output {
        self.scan(text.as_bytes(), |_| {})
            .expect("reading from memory does not fail")
    }

    /// Diagnoses a stream; `each` sees every occurrence as soon as it is complete.
    pub fn scan<R: BufRead>(&self, reader: R, each: impl FnMut(&Diagnosis)) -> io::Result<Output> {
        self.scan_source(reader, None, each)
    }

    /// Diagnoses a stream read from `path` (a file's path, which locations carry; `None` for
    /// standard input); `each` sees every occurrence as soon as it is complete.
    pub fn scan_source<R: BufRead>(
        &self,
        reader: R,
        path: Option<&str>,
        mut each: impl FnMut(&Diagnosis),
    ) -> io::Result<Output> {
        let mut seg = Segmenter::with_triggers(self.rules.triggers());
        let mut acc = Accumulator {
            path: path.map(str::to_string),
            ..Accumulator::default()
        };
        for line in input::lines(decode::reader(reader)?) {
            if let Some(block) = seg.push(line?) {
                self.take(&block, &mut acc, &mut each);
            }
        }
        if let Some(block) = seg.finish() {
            self.take(&block, &mut acc, &mut each);
        }
        let mut diagnoses = acc.order;
        for d in diagnoses.iter_mut().filter(|d| d.count > 1) {
            d.labels = DiagnosisLabels::new(d, &self.texts, self.locale);
        }
        Ok(Output::new(diagnoses))
    }

    /// Diagnoses a block's errors, one per part when it holds several.
    fn take(&self, block: &Block, acc: &mut Accumulator, each: &mut impl FnMut(&Diagnosis)) {
        if let Some(units) = extract::split::records(block) {
            for unit in &units {
                self.take_unit(unit, acc, each);
            }
            return;
        }
        self.take_unit(block, acc, each);
    }

    /// Diagnoses one unit of a block (a run of lines between log records, or a record).
    fn take_unit(&self, block: &Block, acc: &mut Accumulator, each: &mut impl FnMut(&Diagnosis)) {
        let parts = extract::split::split(block);
        if parts.len() > 1 {
            let found: Vec<Incident> = parts.iter().filter_map(|p| self.accepted(p)).collect();
            if !found.is_empty() {
                for inc in found {
                    self.emit(inc, acc, each);
                }
                return;
            }
        }
        if let Some(inc) = self.accepted(block) {
            self.emit(inc, acc, each);
        }
    }

    /// The block's incident, when it shows an error or a rule recognises its shape.
    fn accepted(&self, block: &Block) -> Option<Incident> {
        extract::incident(block).filter(|inc| inc.evidence || self.rules.recognises(inc))
    }

    fn emit(&self, inc: Incident, acc: &mut Accumulator, each: &mut impl FnMut(&Diagnosis)) {
        let mut d = self.diagnosis(inc);
        if acc.path.is_some() {
            d.lines.path.clone_from(&acc.path);
            d.occurrences[0].path.clone_from(&acc.path);
            d.labels = DiagnosisLabels::new(&d, &self.texts, self.locale);
        }
        each(&d);
        acc.add(d);
    }

    /// Matches an incident to its rule and writes its report.
    pub fn diagnosis(&self, inc: Incident) -> Diagnosis {
        let rule = self.rules.best(&inc);
        let mut fields = inc.fields.clone();
        if fields.message.is_none() && !inc.evidence {
            // An error recognised by its wording alone: the sentence the rule found is the
            // service's message.
            fields.message = rule
                .and_then(|r| RuleSet::text_match(r, &inc))
                .and_then(|(at, _)| extract::sentence::around(&inc.text, at))
                .map(|m| extract::boundary::continued(&inc.text, &m));
        }
        if let Some(r) = rule {
            if let Some(p) = &r.provider {
                // A rule fills an unknown provider; it replaces a weak guess only when it is
                // specific to that provider's errors and the guess does not name the service.
                let specific = r.priority >= SPECIFIC_PRIORITY;
                let weak = inc.provider_guess.as_ref().is_none_or(|g| {
                    extract::provider::replaces(g, p)
                        || (!g.strong && extract::provider::named_in(&inc.text, p))
                });
                if fields.provider.is_none() || (weak && specific) {
                    fields.provider = Some(p.clone());
                }
            }
        }
        let category = rule.map_or(Category::Unknown, |r| r.category);
        let network_kind = matches!(
            category,
            Category::Network | Category::Tls | Category::Timeout
        );
        if fields.provider.is_none() && (fields.status.is_some() || network_kind) {
            fields.provider = Some("generic-http".to_string());
        }
        let situation = situation::Situation::read(&inc.text, &inc.context);
        let report = report::build_in(
            rule,
            category,
            &fields,
            &self.texts,
            self.locale,
            &situation,
        );
        let span = Span {
            path: None,
            start: inc.start,
            end: inc.end,
        };
        let mut d = Diagnosis {
            rule: rule.map(|r| r.id.clone()),
            category,
            fields,
            lines: span.clone(),
            count: 1,
            occurrences: vec![span],
            report,
            retryable: rule.map(|r| r.retryable),
            fallback: rule.is_none_or(|r| r.priority <= FALLBACK_PRIORITY),
            severity: rule.map(|r| r.severity).unwrap_or_default(),
            labels: DiagnosisLabels::default(),
        };
        // The one place secrets are masked: every printer sees only this diagnosis, and the
        // labels below are written from its masked fields.
        if self.redact {
            redact::Redactor::builtin().diagnosis(&mut d);
        }
        d.labels = DiagnosisLabels::new(&d, &self.texts, self.locale);
        d
    }
}

/// Folds repeated occurrences of the same error into one diagnosis, in order of first
/// appearance.
#[derive(Default)]
struct Accumulator {
    order: Vec<Diagnosis>,
    index: HashMap<String, usize>,
    /// The input's path, which every location carries.
    path: Option<String>,
}

impl Accumulator {
    fn key(d: &Diagnosis) -> String {
        d.identity()
    }

    fn add(&mut self, d: Diagnosis) {
        let key = Self::key(&d);
        match self.index.get(&key) {
            Some(&i) => {
                let first = &mut self.order[i];
                first.count += 1;
                first.occurrences.push(d.lines);
            }
            None => {
                self.index.insert(key, self.order.len());
                self.order.push(d);
            }
        }
    }
}
