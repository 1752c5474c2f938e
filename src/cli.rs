//! Command-line arguments as typed (clap derive). Decisions are made in [`crate::settings`].

use std::path::PathBuf;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

const AFTER_HELP: &str = "\
Exit codes:
  0  no API error found (or --exit-zero)
  1  at least one API error diagnosed; for `rules test`, a rule failed its checks
  2  usage, configuration, rule or I/O error

Configuration: $XDG_CONFIG_HOME/apidiag/config.toml (~/.config/apidiag/config.toml), or the file
APIDIAG_CONFIG names: lang, format, color, rules, pager, fail-on.

Examples:
  some-command 2>&1 | apidiag
  apidiag build.log --format json
  apidiag              (then paste an error and press Ctrl-D)
  apidiag explain newapi.invalid-token --lang zh-CN
  apidiag explain openai.insufficient-quota
  apidiag completions bash > ~/.local/share/bash-completion/completions/apidiag";

/// Diagnose API errors offline: paste or pipe an error, get the cause and the fix.
#[derive(Debug, Parser)]
#[command(name = "apidiag", version, about, after_help = AFTER_HELP, args_conflicts_with_subcommands = true)]
pub struct Args {
    /// Files to read; none or `-` reads standard input.
    #[arg(value_name = "FILE", help_heading = "Input")]
    pub files: Vec<PathBuf>,

    /// Output format [default: human, or `format` in the config file].
    #[arg(long, value_enum, help_heading = "Output")]
    pub format: Option<Format>,

    /// Report language (en-US, zh-CN; zh-TW and zh-HK get zh-CN). Default: APIDIAG_LANG,
    /// the config file's `lang`, LC_ALL, LC_MESSAGES, LANG, else en-US.
    #[arg(long, value_name = "LANG", global = true, help_heading = "Output")]
    pub lang: Option<String>,

    /// When to colour the human output [default: auto; NO_COLOR and CLICOLOR_FORCE are
    /// honoured, then the config file's `color`].
    #[arg(long, value_enum, value_name = "WHEN", help_heading = "Output")]
    pub color: Option<ColorChoice>,

    /// Print only the first block of each report: title, fields, message, cause, first fix.
    #[arg(long, help_heading = "Output")]
    pub brief: bool,

    /// Never page the human report (default: page through APIDIAG_PAGER, the config file's
    /// `pager`, PAGER, else `less -FRX` when it is longer than the terminal).
    #[arg(long, help_heading = "Output")]
    pub no_pager: bool,

    /// Print secrets found in errors as they are instead of masking them.
    #[arg(long, help_heading = "Output")]
    pub no_redact: bool,

    /// Exit 0 even when errors are diagnosed.
    #[arg(long, help_heading = "Output")]
    pub exit_zero: bool,

    /// Extra rule directory or file, on top of the bundled rules (repeatable; also
    /// APIDIAG_RULES, and $XDG_CONFIG_HOME/apidiag/rules when it exists).
    #[arg(
        long = "rules",
        value_name = "PATH",
        global = true,
        help_heading = "Rules"
    )]
    pub rule_paths: Vec<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The version text: the crate's version, the size of the bundled rule pack, the locales.
pub fn version() -> String {
    let rules: usize = crate::builtin_rule_sources()
        .iter()
        .map(|s| s.text.lines().filter(|l| l.trim() == "[[rule]]").count())
        .sum();
    let locales: Vec<&str> = crate::i18n::Locale::ALL.iter().map(|l| l.tag()).collect();
    format!(
        "{}\nrules: {rules} bundled\nlocales: {}",
        env!("CARGO_PKG_VERSION"),
        locales.join(", ")
    )
}

/// The clap command, with the version text filled in.
pub fn command() -> clap::Command {
    // clap keeps the version for the whole process; it is computed once.
    static VERSION: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let v: &'static str = VERSION.get_or_init(version);
    Args::command().long_version(v)
}

/// Parses the process's arguments (exits with clap's message and status 2 on a usage error).
pub fn parse() -> Args {
    let matches = command().get_matches();
    Args::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Work with rules.
    Rules {
        #[command(subcommand)]
        action: RulesAction,
    },
    /// Print a rule's report, with placeholders for the error's fields.
    Explain {
        /// Rule id, e.g. newapi.invalid-token (see `apidiag rules list`).
        id: String,
    },
    /// Print a shell completion script to standard output.
    Completions {
        /// The shell to complete for.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff) to standard output, e.g. `apidiag man | man -l -`.
    Man,
}

#[derive(Debug, Subcommand)]
pub enum RulesAction {
    /// List the rules in force: id, category, provider.
    List,
    /// Run every example of the given rule files or directories (default: the bundled rules)
    /// and check their texts.
    Test {
        /// Rule files or directories.
        paths: Vec<PathBuf>,
    },
}

/// `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A readable report.
    Human,
    /// One JSON object for the whole input.
    Json,
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cli_definition_is_valid() {
        Args::command().debug_assert();
    }
}
