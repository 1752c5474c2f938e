//! Settings: what the typed arguments and the environment decide (locale, colour, rule
//! sources, format).

use std::io::IsTerminal;
use std::path::PathBuf;

use crate::cli::{Args, ColorChoice, Format};
use crate::i18n::Locale;
use crate::Config;

/// Everything a run needs, resolved.
#[derive(Debug, Clone)]
pub struct Settings {
    pub format: Format,
    pub color: bool,
    pub exit_zero: bool,
    pub config: Config,
}

fn env(k: &str) -> Option<String> {
    std::env::var(k).ok().filter(|v| !v.is_empty())
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

/// Rule paths in force: `--rules`, then `APIDIAG_RULES` (path list), then the config dir.
pub fn rule_paths(args: &[PathBuf], env: impl Fn(&str) -> Option<String>) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = Vec::new();
    let config_home = env("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .or_else(|| env("HOME").map(|h| PathBuf::from(h).join(".config")));
    if let Some(dir) = config_home.map(|c| c.join("apidiag").join("rules")) {
        if dir.is_dir() {
            out.push(dir);
        }
    }
    if let Some(list) = env("APIDIAG_RULES") {
        out.extend(std::env::split_paths(&list).filter(|p| !p.as_os_str().is_empty()));
    }
    out.extend(args.iter().cloned());
    out
}

impl Settings {
    pub fn from_args(args: &Args) -> Settings {
        Settings {
            format: args.format,
            color: color(args.color, std::io::stdout().is_terminal(), env),
            exit_zero: args.exit_zero,
            config: Config {
                locale: Locale::resolve(args.lang.as_deref(), env),
                redact: !args.no_redact,
                rule_paths: rule_paths(&args.rule_paths, env),
                check_examples: true,
                lenient: args.rules_lenient,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
