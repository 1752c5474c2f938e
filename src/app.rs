//! The commands: diagnose inputs, run a command, list and test rules, explain a rule, print
//! completions and the manual page.

use std::collections::BTreeSet;
use std::io::{self, Write};

use anyhow::bail;

use crate::check;
use crate::cli::{self, Args, Command, RulesAction};
use crate::exit::ExitCode;
use crate::render::{human::Human, sanitize, RenderContext};
use crate::report::{Labels, Output};
use crate::rules;
use crate::settings::Settings;
use crate::{explain, pager, suggest, Config, Engine};

/// Runs apidiag with parsed arguments, writing to `out`; returns the exit code.
pub fn run(args: &Args, out: &mut dyn Write) -> anyhow::Result<ExitCode> {
    let settings = Settings::from_args(args)?;
    for w in &settings.warnings {
        eprintln!("apidiag: warning: {w}");
    }
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
        Some(Command::Explain { id }) => explain(&settings, id, out),
        Some(Command::Run { command }) => {
            let engine = engine(&settings.config)?;
            let output = args.output.as_deref();
            crate::run::run(&engine, &settings, command, output, out)
        }
        Some(Command::Completions { shell }) => {
            clap_complete::generate(*shell, &mut cli::command(), "apidiag", out);
            Ok(ExitCode::Clean)
        }
        Some(Command::Man) => {
            clap_mangen::Man::new(cli::command()).render(out)?;
            Ok(ExitCode::Clean)
        }
    }
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
    if let Some(first) = args.files.first().filter(|f| !f.exists()) {
        let name = first.to_string_lossy();
        let names: Vec<String> = cli::command()
            .get_subcommands()
            .map(|c| c.get_name().to_string())
            .collect();
        if let Some(sub) = suggest::closest(&name, &names) {
            bail!("`{name}` is neither a file nor a subcommand; did you mean `apidiag {sub}`?");
        }
    }
    let engine = engine(&settings.config)?;
    crate::diagnose::inputs(&engine, args, settings, out)
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

fn explain(settings: &Settings, id: &str, out: &mut dyn Write) -> anyhow::Result<ExitCode> {
    let engine = Engine::new(&settings.config)?;
    let Some(rule) = engine.rules().get(id) else {
        bail!("no rule with id `{id}` (see `apidiag rules list`)");
    };
    let d = explain::diagnosis(&engine, rule);
    let labels = Labels::new(engine.texts(), engine.locale());
    let ctx = RenderContext {
        labels: &labels,
        color: settings.color,
        width: settings.width,
    };
    // The human report whatever the format: a rule's text is for reading.
    let mut text = Vec::new();
    writeln!(
        text,
        "{} · {} · {}",
        rule.id,
        rule.category.as_str(),
        rule.origin
    )?;
    let mut printer = if settings.brief {
        Human::brief(ctx)
    } else {
        Human::new(ctx)
    };
    crate::render::print_all(&mut printer, &Output::new(vec![d]), &mut text)?;
    match pager::show(settings.pager.as_deref(), settings.height, &text, out) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => return Err(e.into()),
        _ => {}
    }
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
