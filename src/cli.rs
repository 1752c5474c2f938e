//! Command-line arguments as typed (clap derive). Decisions are made in [`crate::settings`].

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

const AFTER_HELP: &str = "\
Exit codes:
  0  no API error found (or --exit-zero)
  1  at least one API error diagnosed; for `rules test`, a rule failed its checks
  2  usage, configuration, rule or I/O error

Examples:
  some-command 2>&1 | apidiag
  apidiag build.log --format json
  apidiag              (then paste an error and press Ctrl-D)";

/// Diagnose API errors offline: paste or pipe an error, get the cause and the fix.
#[derive(Debug, Parser)]
#[command(name = "apidiag", version, about, after_help = AFTER_HELP, args_conflicts_with_subcommands = true)]
pub struct Args {
    /// Files to read; none or `-` reads standard input.
    #[arg(value_name = "FILE", help_heading = "Input")]
    pub files: Vec<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human, help_heading = "Output")]
    pub format: Format,

    /// Report language (en-US, zh-CN; zh-TW and zh-HK get zh-CN). Default: APIDIAG_LANG,
    /// LC_ALL, LC_MESSAGES, LANG, else en-US.
    #[arg(long, value_name = "LANG", help_heading = "Output")]
    pub lang: Option<String>,

    /// When to colour the human output (NO_COLOR and CLICOLOR_FORCE are honoured in auto).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN", help_heading = "Output")]
    pub color: ColorChoice,

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

    /// Load the good files of a user rule directory and warn about the broken ones, instead
    /// of stopping.
    #[arg(long, global = true, help_heading = "Rules")]
    pub rules_lenient: bool,

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

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A readable report.
    Human,
    /// One JSON object for the whole input.
    Json,
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
