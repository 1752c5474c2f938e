//! The commands: diagnose inputs, list and test rules, explain a rule.

use std::collections::BTreeSet;
use std::fs::File;
use std::io::{self, BufReader, IsTerminal, Write};

use anyhow::{bail, Context};

use crate::cli::{self, Args, Command, Format, RulesAction};
use crate::exit::ExitCode;
use crate::i18n;
use crate::render::{human::Human, json::Json, RenderContext, Renderer};
use crate::report::Output;
use crate::rules::{self, check};
use crate::settings::Settings;
use crate::{explain, pager, paste, suggest, Config, Engine};

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
        Some(Command::Explain { id }) => explain(&settings, id, out),
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

/// Prints a rendered output, through the pager when it is a long human report.
fn show(
    settings: &Settings,
    all: &Output,
    ctx: &RenderContext,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let human = Human {
        brief: settings.brief,
    };
    let renderer: &dyn Renderer = match settings.format {
        Format::Human => &human,
        Format::Json => &Json,
    };
    let mut text = Vec::new();
    renderer.render(all, ctx, &mut text)?;
    pager::show(settings.pager.as_deref(), settings.height, &text, out)?;
    Ok(())
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
    let engine = Engine::new(&settings.config)?;
    let mut all = Output {
        version: 1,
        diagnoses: Vec::new(),
    };
    let stdin_only = args.files.is_empty() || args.files.iter().all(|f| f.as_os_str() == "-");
    let mut failed: Vec<anyhow::Error> = Vec::new();
    if stdin_only {
        all.diagnoses.extend(read_stdin(&engine)?.diagnoses);
    } else {
        for path in &args.files {
            let got = if path.as_os_str() == "-" {
                read_stdin(&engine)
            } else {
                File::open(path)
                    .with_context(|| format!("{}: cannot open", path.display()))
                    .and_then(|file| {
                        engine
                            .scan(BufReader::new(file), |_| {})
                            .with_context(|| format!("{}: cannot read", path.display()))
                    })
            };
            match got {
                Ok(got) => all.diagnoses.extend(got.diagnoses),
                Err(e) => failed.push(e),
            }
        }
        // Nothing could be read: one error, no empty report.
        if failed.len() == args.files.len() {
            return Err(failed.remove(0));
        }
    }
    let ctx = RenderContext {
        texts: engine.texts(),
        locale: engine.locale(),
        color: settings.color,
        width: settings.width,
    };
    show(settings, &all, &ctx, out)?;
    if !failed.is_empty() {
        // The report of the files that could be read comes first, then what went wrong.
        out.flush()?;
        for e in &failed {
            eprintln!("apidiag: {e:#}");
        }
        return Ok(ExitCode::Error);
    }
    Ok(if all.diagnoses.is_empty() || settings.exit_zero {
        ExitCode::Clean
    } else {
        ExitCode::Found
    })
}

/// Diagnoses standard input; from a terminal, as a paste that one Ctrl-D ends.
fn read_stdin(engine: &Engine) -> anyhow::Result<Output> {
    let context = "cannot read standard input";
    if !io::stdin().is_terminal() {
        return engine.scan(io::stdin().lock(), |_| {}).context(context);
    }
    let prompt = engine
        .texts()
        .format(engine.locale(), "ui-paste-prompt", None, &i18n::args(&[]))
        .unwrap_or_default();
    eprintln!("{prompt}");
    let (bytes, newline) = paste::read_paste(io::stdin().lock()).context(context)?;
    paste::separate(&mut io::stderr(), newline)?;
    Ok(engine.scan(&bytes[..], |_| {})?)
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

fn explain(settings: &Settings, id: &str, out: &mut dyn Write) -> anyhow::Result<ExitCode> {
    let engine = Engine::new(&settings.config)?;
    let Some(rule) = engine.rules().get(id) else {
        bail!("no rule with id `{id}` (see `apidiag rules list`)");
    };
    let d = explain::diagnosis(&engine, rule);
    let ctx = RenderContext {
        texts: engine.texts(),
        locale: engine.locale(),
        color: settings.color,
        width: settings.width,
    };
    writeln!(
        out,
        "{} · {} · {}",
        rule.id,
        rule.category.as_str(),
        rule.origin
    )?;
    let all = Output {
        version: 1,
        diagnoses: vec![d],
    };
    show(settings, &all, &ctx, out)?;
    Ok(ExitCode::Clean)
}
