//! Exit codes, one meaning each.

use crate::report::Diagnosis;
use crate::rules::Category;

/// How apidiag ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitCode {
    /// No API error found (or `--exit-zero`).
    Clean,
    /// At least one API error diagnosed, or a rule test failed.
    Found,
    /// Usage, configuration, rule or I/O error.
    Error,
    /// `apidiag run`: the command's own exit code (128 + N when signal N ended it).
    Command(u8),
}

impl ExitCode {
    /// The code after diagnosing: `Found` when an error was diagnosed (of the `fail_on`
    /// categories, when any are given) unless `exit_zero`.
    pub fn for_diagnoses(diagnoses: &[Diagnosis], fail_on: &[Category], exit_zero: bool) -> Self {
        let failing = diagnoses
            .iter()
            .any(|d| fail_on.is_empty() || fail_on.contains(&d.category));
        if failing && !exit_zero {
            ExitCode::Found
        } else {
            ExitCode::Clean
        }
    }

    pub fn code(self) -> u8 {
        match self {
            ExitCode::Clean => 0,
            ExitCode::Found => 1,
            ExitCode::Error => 2,
            ExitCode::Command(c) => c,
        }
    }
}

impl From<ExitCode> for std::process::ExitCode {
    fn from(c: ExitCode) -> Self {
        std::process::ExitCode::from(c.code())
    }
}
