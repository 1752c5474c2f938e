//! Integration tests of apidiag, by topic: extraction fixtures, the command line, the rule
//! pack and its texts, and the human reports.

mod cli;
mod extraction;
mod formats;
mod paste;
mod pipeline;
mod reports;
mod rules;
mod width;

use std::path::{Path, PathBuf};

/// The project's own fixtures directory.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures")
}
