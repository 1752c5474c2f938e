//! Exit codes, one meaning each.

/// How apidiag ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitCode {
    /// No API error found (or `--exit-zero`).
    Clean = 0,
    /// At least one API error diagnosed, or a rule test failed.
    Found = 1,
    /// Usage, configuration, rule or I/O error.
    Error = 2,
}

impl From<ExitCode> for std::process::ExitCode {
    fn from(c: ExitCode) -> Self {
        std::process::ExitCode::from(c as u8)
    }
}
