//! Integration tests of apidiag, by topic: extraction fixtures, provider evidence, the command
//! line, the rule pack and its texts, the human reports, secret masking, hostile input,
//! `rules check`, and running without a network.

mod check;
mod cli;
mod extraction;
mod formats;
mod hostile;
mod offline;
mod paste;
mod pipeline;
mod providers;
mod redact;
mod reports;
mod rules;
mod run;
mod width;

use std::path::{Path, PathBuf};

/// The project's own fixtures directory.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures")
}
