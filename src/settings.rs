//! Settings: what the typed arguments, the environment and the config file decide (locale,
//! colour, rule sources, format, width, pager). The command line wins over the environment,
//! which wins over the config file; generic variables (LANG, PAGER) are only a fallback
//! below the config file. Everything is resolved here, once.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::ValueEnum;

use crate::cli::{self, Args, ColorChoice, Format};
use crate::config::ConfigFile;
use crate::i18n::Locale;
use crate::rules::Category;
use crate::Config;

/// Everything a run needs, resolved.
#[derive(Debug, Clone)]
pub struct Settings {
    pub format: Format,
    pub color: bool,
    pub exit_zero: bool,
    pub config: Config,
    /// Columns to wrap the human report at.
    pub width: usize,
    /// The pager command and its arguments, when the report may be paged.
    pub pager: Option<Vec<String>>,
    /// Rows of the terminal, when standard output is one.
    pub height: Option<usize>,
    /// Only the first block of each report.
    pub brief: bool,
    /// Categories that make the exit code 1 (all when empty): `--fail-on`, else the config
    /// file's `fail-on`.
    pub fail_on: Vec<Category>,
    /// Problems that do not stop the run (shown once on standard error).
    pub warnings: Vec<String>,
}

fn env_raw(k: &str) -> Option<String> {
    std::env::var(k).ok()
}

/// Colour: `--color` wins; in auto, NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal.
pub fn color(
    choice: ColorChoice,
    stdout_is_terminal: bool,
    env: impl Fn(&str) -> Option<String>,
) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            if env("NO_COLOR").is_some() {
                false
            } else if env("CLICOLOR_FORCE").is_some_and(|v| v != "0") {
                true
            } else {
                stdout_is_terminal
            }
        }
    }
}

/// Rule paths in force, later ones overriding earlier ones by id: the config dir's `rules`,
/// the config file's `rules`, `APIDIAG_RULES` (path list), then `--rules`.
pub fn rule_paths(
    args: &[PathBuf],
    file: &[PathBuf],
    env: impl Fn(&str) -> Option<String>,
) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = Vec::new();
    if let Some(dir) = crate::config::config_home(&env).map(|c| c.join("apidiag").join("rules")) {
        if dir.is_dir() {
            out.push(dir);
        }
    }
    out.extend(file.iter().cloned());
    if let Some(list) = env("APIDIAG_RULES") {
        out.extend(std::env::split_paths(&list).filter(|p| !p.as_os_str().is_empty()));
    }
    out.extend(args.iter().cloned());
    out
}

/// Width: `$COLUMNS`, else the terminal's width, else 80.
pub fn width(terminal: Option<usize>, env: impl Fn(&str) -> Option<String>) -> usize {
    env("COLUMNS")
        .and_then(|c| c.trim().parse().ok())
        .filter(|&c: &usize| c > 0)
        .or(terminal)
        .unwrap_or(80)
}

/// The pager: none with `--no-pager`; else `APIDIAG_PAGER`, the config file's `pager`,
/// `PAGER`, then `less -FRX`. An empty APIDIAG_PAGER or config `pager` turns paging off.
pub fn pager(
    no_pager: bool,
    file: Option<&str>,
    env_raw: impl Fn(&str) -> Option<String>,
) -> Option<Vec<String>> {
    if no_pager {
        return None;
    }
    let chosen = env_raw("APIDIAG_PAGER")
        .or_else(|| file.map(str::to_string))
        .or_else(|| env_raw("PAGER").filter(|p| !p.trim().is_empty()))
        .unwrap_or_else(|| "less -FRX".to_string());
    let words: Vec<String> = chosen.split_whitespace().map(str::to_string).collect();
    (!words.is_empty()).then_some(words)
}

/// The language: `--lang`, `APIDIAG_LANG`, the config file's `lang`, then the locale
/// variables. A value naming no shipped language is skipped with a warning.
fn locale(
    flag: Option<&str>,
    file: Option<&str>,
    env: impl Fn(&str) -> Option<String>,
    warnings: &mut Vec<String>,
) -> Locale {
    let shipped: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
    let mut explicit = |value: Option<String>, what: &str| -> Option<Locale> {
        let v = value?;
        let got = Locale::parse(&v);
        if got.is_none() {
            warnings.push(format!(
                "{what} `{v}` is not a shipped language ({}); using the next choice",
                shipped.join(", ")
            ));
        }
        got
    };
    explicit(flag.map(str::to_string), "--lang")
        .or_else(|| explicit(env("APIDIAG_LANG"), "APIDIAG_LANG"))
        .or_else(|| explicit(file.map(str::to_string), "config `lang`"))
        .unwrap_or_else(|| Locale::resolve(None, |k| (k != "APIDIAG_LANG").then(|| env(k))?))
}

/// A value enum from the config file, or an error at its position.
fn file_enum<T: ValueEnum>(
    file: &ConfigFile,
    value: Option<&toml::Spanned<String>>,
    what: &str,
) -> anyhow::Result<Option<T>> {
    let Some(v) = value else { return Ok(None) };
    T::from_str(v.get_ref(), true).map(Some).map_err(|_| {
        let names: Vec<String> = T::value_variants()
            .iter()
            .filter_map(|x| x.to_possible_value().map(|p| p.get_name().to_string()))
            .collect();
        file.value_error(
            v,
            &format!(
                "unknown {what} `{}` (one of: {})",
                v.get_ref(),
                names.join(", ")
            ),
        )
    })
}

/// The categories of `--fail-on`; without the flag, those of the config file's `fail-on`
/// (an unknown one is an error at its position).
fn fail_on(flag: &[Category], file: &ConfigFile) -> anyhow::Result<Vec<Category>> {
    if !flag.is_empty() {
        return Ok(flag.to_vec());
    }
    file.fail_on
        .iter()
        .map(|v| cli::parse_category(v.get_ref()).map_err(|e| file.value_error(v, &e)))
        .collect()
}

impl Settings {
    /// Resolves the arguments with the process's environment and config file.
    pub fn from_args(args: &Args) -> anyhow::Result<Settings> {
        let file = ConfigFile::load(|k| env_raw(k).filter(|v| !v.is_empty()))?;
        let terminal = std::io::stdout().is_terminal();
        let size = terminal
            .then(terminal_size::terminal_size)
            .flatten()
            .map(|(w, h)| (w.0 as usize, h.0 as usize));
        Self::resolve(args, &file, env_raw, terminal, size)
    }

    /// Resolves with an explicit environment (values as set, empty ones included), config
    /// file and terminal.
    pub fn resolve(
        args: &Args,
        file: &ConfigFile,
        env_raw: impl Fn(&str) -> Option<String>,
        stdout_is_terminal: bool,
        terminal_size: Option<(usize, usize)>,
    ) -> anyhow::Result<Settings> {
        let env = |k: &str| env_raw(k).filter(|v| !v.is_empty());
        let mut warnings = Vec::new();
        let format = match args.format {
            Some(f) => f,
            None => file_enum(file, file.format.as_ref(), "format")?.unwrap_or(Format::Human),
        };
        let color_choice = match args.color {
            Some(c) => c,
            None if env("NO_COLOR").is_some() || env("CLICOLOR_FORCE").is_some() => {
                ColorChoice::Auto
            }
            None => file_enum(file, file.color.as_ref(), "color")?.unwrap_or(ColorChoice::Auto),
        };
        let locale = locale(
            args.lang.as_deref(),
            file.lang.as_ref().map(|l| l.get_ref().as_str()),
            env,
            &mut warnings,
        );
        let pager = (stdout_is_terminal && format == Format::Human)
            .then(|| pager(args.no_pager, file.pager.as_deref(), &env_raw))
            .flatten();
        Ok(Settings {
            format,
            color: color(color_choice, stdout_is_terminal, env),
            exit_zero: args.exit_zero,
            config: Config {
                locale,
                redact: !args.no_redact,
                rule_paths: rule_paths(&args.rule_paths, &file.rules, env),
                check_examples: true,
                lenient: args.rules_lenient,
            },
            width: width(terminal_size.map(|s| s.0), env),
            pager,
            height: env("LINES")
                .and_then(|l| l.parse().ok())
                .or(terminal_size.map(|s| s.1)),
            brief: args.brief,
            fail_on: fail_on(&args.fail_on, file)?,
            warnings,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn colour_rules() {
        let none = |_: &str| None;
        assert!(!color(ColorChoice::Auto, false, none));
        assert!(color(ColorChoice::Auto, true, none));
        assert!(!color(ColorChoice::Auto, true, |k: &str| (k == "NO_COLOR")
            .then(|| "1".into())));
        assert!(color(ColorChoice::Auto, false, |k: &str| (k
            == "CLICOLOR_FORCE")
            .then(|| "1".into())));
        assert!(color(ColorChoice::Always, false, |k: &str| (k
            == "NO_COLOR")
            .then(|| "1".into())));
    }

    fn args(list: &[&str]) -> Args {
        use clap::Parser;
        Args::try_parse_from(std::iter::once("apidiag").chain(list.iter().copied())).unwrap()
    }

    fn vars(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |k: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn width_is_columns_then_terminal_then_80() {
        let none = ConfigFile::default();
        let at = |env: &'static [(&'static str, &'static str)], size| {
            Settings::resolve(&args(&[]), &none, vars(env), true, size)
                .unwrap()
                .width
        };
        assert_eq!(at(&[("COLUMNS", "100")], Some((60, 24))), 100);
        assert_eq!(at(&[], Some((60, 24))), 60);
        assert_eq!(at(&[], None), 80);
    }

    #[test]
    fn pager_choice_and_how_to_turn_it_off() {
        let none = ConfigFile::default();
        let pager = |a: &[&str], env: &'static [(&'static str, &'static str)], tty: bool| {
            Settings::resolve(&args(a), &none, vars(env), tty, None)
                .unwrap()
                .pager
                .map(|p| p.join(" "))
        };
        assert_eq!(pager(&[], &[], true).as_deref(), Some("less -FRX"));
        assert_eq!(
            pager(&[], &[("PAGER", "more")], true).as_deref(),
            Some("more")
        );
        let both = &[("PAGER", "more"), ("APIDIAG_PAGER", "bat -p")];
        assert_eq!(pager(&[], both, true).as_deref(), Some("bat -p"));
        assert_eq!(pager(&[], &[("APIDIAG_PAGER", "")], true), None);
        assert_eq!(pager(&["--no-pager"], &[], true), None);
        assert_eq!(pager(&[], &[], false), None, "only a terminal is paged");
        assert_eq!(pager(&["--format", "json"], &[], true), None);
        let file = ConfigFile::parse(Path::new("c.toml"), "pager = \"\"\n".into()).unwrap();
        let off = Settings::resolve(&args(&[]), &file, vars(&[("PAGER", "more")]), true, None);
        assert_eq!(off.unwrap().pager, None);
    }

    #[test]
    fn language_flag_environment_file_then_locale() {
        let file = ConfigFile::parse(Path::new("c.toml"), "lang = \"zh-CN\"\n".into()).unwrap();
        let lang = |a: &[&str], env: &'static [(&'static str, &'static str)]| {
            let s = Settings::resolve(&args(a), &file, vars(env), false, None).unwrap();
            (s.config.locale, s.warnings.len())
        };
        assert_eq!(lang(&[], &[("LANG", "en_US.UTF-8")]), (Locale::ZhCn, 0));
        assert_eq!(lang(&[], &[("APIDIAG_LANG", "en")]), (Locale::EnUs, 0));
        assert_eq!(
            lang(&["--lang", "en"], &[("APIDIAG_LANG", "zh")]),
            (Locale::EnUs, 0)
        );
        assert_eq!(lang(&["--lang", "fr"], &[]), (Locale::ZhCn, 1));
    }

    #[test]
    fn fail_on_from_the_file_unless_the_flag_is_given() {
        let file = ConfigFile::parse(
            Path::new("c.toml"),
            "fail-on = [\"auth\", \"billing\"]\n".into(),
        )
        .unwrap();
        let fail_on = |a: &[&str]| {
            Settings::resolve(&args(a), &file, vars(&[]), false, None)
                .unwrap()
                .fail_on
        };
        assert_eq!(fail_on(&[]), vec![Category::Auth, Category::Billing]);
        assert_eq!(
            fail_on(&["--fail-on", "rate_limit"]),
            vec![Category::RateLimit]
        );
        let bad = ConfigFile::parse(Path::new("c.toml"), "fail-on = [\"auht\"]\n".into()).unwrap();
        let err = Settings::resolve(&args(&[]), &bad, vars(&[]), false, None).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("c.toml:1:12: unknown category `auht`"),
            "{err}"
        );
    }
}
