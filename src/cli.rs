//! Command-line arguments as typed (clap derive). Decisions are made in [`crate::settings`].

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::rules::Category;

const AFTER_HELP: &str = "\
Exit codes:
  0  no API error found (or --exit-zero; with --fail-on, none of those categories)
  1  at least one API error diagnosed (of the --fail-on categories when given), also when
     the reader of the output went away early; for `rules test`, a rule failed its checks
  2  usage, configuration, rule or I/O error
  `apidiag run` exits with the command's code instead (128+N when a signal N ended it),
  unless --fail-on (or the config file's fail-on) is given.

Configuration: $XDG_CONFIG_HOME/apidiag/config.toml (~/.config/apidiag/config.toml), or the file
APIDIAG_CONFIG names: lang, format, color, rules, pager, fail-on.

Examples:
  some-command 2>&1 | apidiag
  apidiag build.log --format json
  apidiag run --format github -- cargo test
  make 2>&1 | apidiag --tee --output report.md --format markdown
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
    #[arg(long, value_enum, global = true, help_heading = "Output")]
    pub format: Option<Format>,

    /// Write the diagnoses to FILE instead of standard output (standard error with --tee and
    /// `run`).
    #[arg(
        short,
        long,
        value_name = "FILE",
        global = true,
        help_heading = "Output"
    )]
    pub output: Option<PathBuf>,

    /// Copy the input to standard output byte for byte, and the diagnoses to standard error
    /// (or --output).
    #[arg(long, help_heading = "Output")]
    pub tee: bool,

    /// Exit 1 only for errors of these categories (comma-separated, e.g. auth,billing)
    /// [default: the config file's `fail-on`].
    #[arg(long, value_name = "CATEGORY,...", value_delimiter = ',', value_parser = parse_category, global = true, help_heading = "Output")]
    pub fail_on: Vec<Category>,

    /// Report language (en-US, zh-CN; zh-TW and zh-HK get zh-CN). Default: APIDIAG_LANG,
    /// the config file's `lang`, LC_ALL, LC_MESSAGES, LANG, else en-US.
    #[arg(long, value_name = "LANG", global = true, help_heading = "Output")]
    pub lang: Option<String>,

    /// When to colour the human output [default: auto; NO_COLOR and CLICOLOR_FORCE are
    /// honoured, then the config file's `color`].
    #[arg(
        long,
        value_enum,
        value_name = "WHEN",
        global = true,
        help_heading = "Output"
    )]
    pub color: Option<ColorChoice>,

    /// Print only the first block of each report: title, fields, message, cause, first fix.
    #[arg(long, global = true, help_heading = "Output")]
    pub brief: bool,

    /// Never page the human report (default: page through APIDIAG_PAGER, the config file's
    /// `pager`, PAGER, else `less -FRX` when it is longer than the terminal).
    #[arg(long, global = true, help_heading = "Output")]
    pub no_pager: bool,

    /// Print secrets found in errors as they are instead of masking them.
    #[arg(long, global = true, help_heading = "Output")]
    pub no_redact: bool,

    /// Exit 0 even when errors are diagnosed.
    #[arg(long, global = true, help_heading = "Output")]
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

    /// Load the good files of a user rule directory and warn about the broken ones, instead
    /// of stopping.
    #[arg(long, global = true, help_heading = "Rules")]
    pub rules_lenient: bool,

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
    /// Run a command, pass its output through unchanged, and diagnose the API errors in it
    /// when it ends (on standard error, or --output). Exits with the command's code, or with
    /// apidiag's when --fail-on (or the config file's fail-on) is given.
    #[command(
        after_help = "Example:\n  apidiag run --format github -- python train.py --epochs 3"
    )]
    Run {
        /// The command and its arguments.
        #[arg(
            value_name = "CMD",
            required = true,
            trailing_var_arg = true,
            allow_hyphen_values = true
        )]
        command: Vec<OsString>,
    },
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
    /// Check rule, data and `.ftl` files and list every problem with its file:line:column
    /// (default: the bundled ones); exits 2 when there is any.
    Check {
        /// Rule files, `.ftl` files or rule directories.
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
    /// One JSON object per line and per occurrence, written as soon as it is found.
    Ndjson,
    /// A summary table, then one collapsed section per diagnosis (for $GITHUB_STEP_SUMMARY).
    Markdown,
    /// GitHub Actions workflow commands (`::error ...`), most important first.
    Github,
    /// GitLab Code Quality report (a JSON array).
    Gitlab,
    /// SARIF 2.1.0, for code-scanning tools.
    Sarif,
}

/// A category name as written in rules and JSON (`rate_limit`).
pub fn parse_category(s: &str) -> Result<Category, String> {
    Category::ALL
        .into_iter()
        .find(|c| c.as_str() == s.trim())
        .ok_or_else(|| {
            let names: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
            format!("unknown category `{s}`; one of: {}", names.join(", "))
        })
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
