//! The commands: diagnose inputs, list and test rules, explain a rule.

use std::collections::BTreeSet;
use std::io::{self, IsTerminal, Write};

use anyhow::bail;

use crate::cli::{Args, Command, RulesAction};
use crate::exit::ExitCode;
use crate::i18n::{self, Locale};
use crate::render::{human::Human, RenderContext};
use crate::report::{self, Labels, Output};
use crate::rules::{self, check};
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
        Some(Command::Explain { id, lang }) => explain(&settings, id, lang.as_deref(), out),
        Some(Command::Run { lang, command }) => {
            let mut settings = settings.clone();
            if lang.is_some() {
                settings.config.locale = Locale::resolve(lang.as_deref(), |_| None);
            }
            let engine = Engine::new(&settings.config)?;
            let output = args.output.as_deref();
            crate::run::run(&engine, &settings, command, output, &args.fail_on, out)
        }
    }
}

fn width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(80)
        .min(100)
}

fn diagnose(args: &Args, settings: &Settings, out: &mut dyn Write) -> anyhow::Result<ExitCode> {
    let engine = Engine::new(&settings.config)?;
    if args.files.is_empty() && io::stdin().is_terminal() {
        let prompt = engine
            .texts()
            .format(engine.locale(), "ui-paste-prompt", None, &i18n::args(&[]))
            .unwrap_or_default();
        eprintln!("{prompt}");
    }
    crate::diagnose::inputs(&engine, args, settings, out)
}

fn list(settings: &Settings, out: &mut dyn Write) -> anyhow::Result<ExitCode> {
    let engine = Engine::new(&settings.config)?;
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
        problems.extend(check::examples(&engine, rule));
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
    let span = report::Span {
        path: None,
        start: 0,
        end: 0,
    };
    let mut d = report::Diagnosis {
        rule: Some(rule.id.clone()),
        category: rule.category,
        fields,
        lines: span.clone(),
        count: 1,
        occurrences: vec![span],
        report,
        retryable: Some(rule.retryable),
        severity: rule.severity,
        labels: report::DiagnosisLabels::default(),
    };
    d.labels = report::DiagnosisLabels::new(&d, engine.texts(), locale);
    let labels = Labels::new(engine.texts(), locale);
    let ctx = RenderContext {
        labels: &labels,
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
    crate::render::print_all(&mut Human::new(ctx), &Output::new(vec![d]), out)?;
    Ok(ExitCode::Clean)
}
