//! The commands: diagnose inputs, list and test rules, explain a rule.

use std::collections::BTreeSet;
use std::fs::File;
use std::io::{self, BufReader, IsTerminal, Write};

use anyhow::{bail, Context};

use crate::check;
use crate::cli::{Args, Command, Format, RulesAction};
use crate::exit::ExitCode;
use crate::i18n::{self, Locale};
use crate::render::{human::Human, json::Json, sanitize, RenderContext, Renderer};
use crate::report::{self, Output};
use crate::rules;
use crate::settings::Settings;
use crate::{Config, Engine};

/// Runs apidiag with parsed arguments, writing to `out`; returns the exit code.
pub fn run(args: &Args, out: &mut dyn Write) -> anyhow::Result<ExitCode> {
    let settings = Settings::from_args(args);
    colored::control::set_override(settings.color);
    match &args.command {
        None => diagnose(args, &settings, out),
        Some(Command::Rules {
            action: RulesAction::List,
        }) => list(&settings, out),
        Some(Command::Rules {
            action: RulesAction::Test { paths },
        }) => test(&settings, paths, out),
        Some(Command::Rules {
            action: RulesAction::Check { paths },
        }) => rules_check(paths, out),
        Some(Command::Explain { id, lang }) => explain(&settings, id, lang.as_deref(), out),
    }
}

fn width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(80)
        .min(100)
}

/// The engine for a run; warnings of a lenient load go to standard error once each.
fn engine(config: &Config) -> anyhow::Result<Engine> {
    let engine = Engine::new(config)?;
    for w in engine.warnings() {
        eprintln!("apidiag: warning: {}", sanitize::escape_controls(w));
    }
    Ok(engine)
}

fn diagnose(args: &Args, settings: &Settings, out: &mut dyn Write) -> anyhow::Result<ExitCode> {
    let engine = engine(&settings.config)?;
    let mut all = Output {
        version: 1,
        diagnoses: Vec::new(),
    };
    let stdin_only = args.files.is_empty() || args.files.iter().all(|f| f.as_os_str() == "-");
    if args.files.is_empty() && io::stdin().is_terminal() {
        let prompt = engine
            .texts()
            .format(engine.locale(), "ui-paste-prompt", None, &i18n::args(&[]))
            .unwrap_or_default();
        eprintln!("{prompt}");
    }
    if stdin_only {
        let got = engine
            .scan(io::stdin().lock(), |_| {})
            .context("cannot read standard input")?;
        all.diagnoses.extend(got.diagnoses);
    } else {
        for path in &args.files {
            let got = if path.as_os_str() == "-" {
                engine
                    .scan(io::stdin().lock(), |_| {})
                    .context("cannot read standard input")?
            } else {
                let file =
                    File::open(path).with_context(|| format!("{}: cannot open", path.display()))?;
                engine
                    .scan(BufReader::new(file), |_| {})
                    .with_context(|| format!("{}: cannot read", path.display()))?
            };
            all.diagnoses.extend(got.diagnoses);
        }
    }
    let ctx = RenderContext {
        texts: engine.texts(),
        locale: engine.locale(),
        color: settings.color,
        width: width(),
    };
    let renderer: &dyn Renderer = match settings.format {
        Format::Human => &Human,
        Format::Json => &Json,
    };
    renderer.render(&all, &ctx, out)?;
    Ok(if all.diagnoses.is_empty() || settings.exit_zero {
        ExitCode::Clean
    } else {
        ExitCode::Found
    })
}

fn list(settings: &Settings, out: &mut dyn Write) -> anyhow::Result<ExitCode> {
    let engine = engine(&settings.config)?;
    let rules = engine.rules().rules();
    let w = rules.iter().map(|r| r.id.len()).max().unwrap_or(10);
    for r in rules {
        writeln!(
            out,
            "{:<w$}  {:<17}  {}",
            r.id,
            r.category.as_str(),
            r.provider.as_deref().unwrap_or("-")
        )?;
    }
    Ok(ExitCode::Clean)
}

fn test(
    settings: &Settings,
    paths: &[std::path::PathBuf],
    out: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    // The rules under test are loaded on top of the bundled ones, as they would be in use.
    let config = Config {
        rule_paths: [settings.config.rule_paths.clone(), paths.to_vec()].concat(),
        check_examples: false,
        ..settings.config.clone()
    };
    let engine = Engine::new(&config)?;
    let tested: Vec<rules::Rule> = if paths.is_empty() {
        engine.rules().rules().to_vec()
    } else {
        let mut ids = BTreeSet::new();
        for p in paths {
            let (sources, _) = crate::user_sources(p)?;
            for s in sources {
                ids.extend(rules::parse(&s)?.into_iter().map(|r| r.id));
            }
        }
        engine
            .rules()
            .rules()
            .iter()
            .filter(|r| ids.contains(&r.id))
            .cloned()
            .collect()
    };
    if tested.is_empty() {
        bail!("no rules found to test");
    }
    let groups: BTreeSet<String> = tested.iter().map(|r| r.group.clone()).collect();
    let mut problems = check::texts(&tested, engine.texts(), &groups);
    let mut examples = 0;
    for rule in &tested {
        examples += rule.examples.len() + rule.counter_examples.len();
        problems.extend(engine.example_problems(rule));
    }
    for p in &problems {
        writeln!(out, "FAIL {p}")?;
    }
    writeln!(
        out,
        "{} rules, {examples} examples: {} problems",
        tested.len(),
        problems.len()
    )?;
    Ok(if problems.is_empty() {
        ExitCode::Clean
    } else {
        ExitCode::Found
    })
}

fn explain(
    settings: &Settings,
    id: &str,
    lang: Option<&str>,
    out: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let locale = lang
        .and_then(Locale::parse)
        .unwrap_or(settings.config.locale);
    let engine = Engine::new(&Config {
        locale,
        ..settings.config.clone()
    })?;
    let Some(rule) = engine.rules().get(id) else {
        bail!("no rule with id `{id}` (see `apidiag rules list`)");
    };
    let placeholder = |name: &str| Some(format!("<{name}>"));
    let fields = crate::extract::Fields {
        status: None,
        exception: placeholder("exception"),
        error_type: placeholder("error_type"),
        error_code: placeholder("error_code"),
        message: placeholder("message"),
        request_id: placeholder("request_id"),
        provider: rule.provider.clone().or_else(|| placeholder("provider")),
        client: None,
    };
    let mut report = report::build(Some(rule), rule.category, &fields, engine.texts(), locale);
    // Show every snippet of the rule, not only the one for one client.
    for (i, fix) in report.fixes.iter_mut().enumerate() {
        let codes: Vec<String> = rule
            .snippets
            .iter()
            .filter(|s| s.fix == i + 1)
            .map(|s| format!("# {}\n{}", s.lang.as_str(), s.code.trim_end()))
            .collect();
        if !codes.is_empty() {
            fix.code = Some(codes.join("\n"));
        }
    }
    let span = report::Span { start: 0, end: 0 };
    let d = report::Diagnosis {
        rule: Some(rule.id.clone()),
        category: rule.category,
        fields,
        lines: span,
        count: 1,
        occurrences: vec![span],
        report,
        retryable: Some(rule.retryable),
    };
    let ctx = RenderContext {
        texts: engine.texts(),
        locale,
        color: settings.color,
        width: width(),
    };
    writeln!(
        out,
        "{} · {} · {}",
        rule.id,
        rule.category.as_str(),
        rule.origin
    )?;
    Human.render(
        &Output {
            version: 1,
            diagnoses: vec![d],
        },
        &ctx,
        out,
    )?;
    Ok(ExitCode::Clean)
}

/// `rules check`: every problem in the given files, one per line, then a count.
fn rules_check(paths: &[std::path::PathBuf], out: &mut dyn Write) -> anyhow::Result<ExitCode> {
    let found = check::run(paths);
    for p in &found.problems {
        // Problems quote the files' text, which may hold control characters.
        writeln!(out, "{}", sanitize::escape_controls(&p.to_string()))?;
    }
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    writeln!(
        out,
        "{} checked: {}",
        plural(found.files, "file"),
        plural(found.problems.len(), "problem")
    )?;
    Ok(if found.problems.is_empty() {
        ExitCode::Clean
    } else {
        ExitCode::Error
    })
}
