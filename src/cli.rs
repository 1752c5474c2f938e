//! Command-line arguments as typed (clap derive). Decisions are made in [`crate::settings`].

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::rules::Category;

const AFTER_HELP: &str = "\
Exit codes:
  0  no API error found (or --exit-zero; with --fail-on, none of those categories)
  1  at least one API error diagnosed (of the --fail-on categories when given), also when
     the reader of the output went away early; for `rules test`, a rule failed its checks
  2  usage, configuration, rule or I/O error
  `apidiag run` exits with the command's code instead (128+N when a signal N ended it),
  unless --fail-on is given.

Examples:
  some-command 2>&1 | apidiag
  apidiag build.log --format json
  apidiag run --format github -- cargo test
  make 2>&1 | apidiag --tee --output report.md --format markdown
  apidiag              (then paste an error and press Ctrl-D)";

/// Diagnose API errors offline: paste or pipe an error, get the cause and the fix.
#[derive(Debug, Parser)]
#[command(name = "apidiag", version, about, after_help = AFTER_HELP, args_conflicts_with_subcommands = true)]
pub struct Args {
    /// Files to read; none or `-` reads standard input.
    #[arg(value_name = "FILE", help_heading = "Input")]
    pub files: Vec<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human, global = true, help_heading = "Output")]
    pub format: Format,

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

    /// Exit 1 only for errors of these categories (comma-separated, e.g. auth,billing).
    #[arg(long, value_name = "CATEGORY,...", value_delimiter = ',', value_parser = parse_category, global = true, help_heading = "Output")]
    pub fail_on: Vec<Category>,

    /// Report language (en-US, zh-CN; zh-TW and zh-HK get zh-CN). Default: APIDIAG_LANG,
    /// LC_ALL, LC_MESSAGES, LANG, else en-US.
    #[arg(long, value_name = "LANG", help_heading = "Output")]
    pub lang: Option<String>,

    /// When to colour the human output (NO_COLOR and CLICOLOR_FORCE are honoured in auto).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN", global = true, help_heading = "Output")]
    pub color: ColorChoice,

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

    #[command(subcommand)]
    pub command: Option<Command>,
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
        /// Rule id, e.g. new-api.invalid-token.
        id: String,
        /// Report language.
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
    },
    /// Run a command, pass its output through unchanged, and diagnose the API errors in it
    /// when it ends (on standard error, or --output). Exits with the command's code, or with
    /// apidiag's when --fail-on is given.
    #[command(
        after_help = "Example:\n  apidiag run --format github -- python train.py --epochs 3"
    )]
    Run {
        /// Report language.
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
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
}

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
fn parse_category(s: &str) -> Result<Category, String> {
    Category::ALL
        .into_iter()
        .find(|c| c.as_str() == s.trim())
        .ok_or_else(|| {
            let names: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
            format!("unknown category `{s}`; one of: {}", names.join(", "))
        })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_valid() {
        Args::command().debug_assert();
    }
}
