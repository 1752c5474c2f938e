//! Lenient loading of a user's rule files (`--rules-lenient`): broken files are left out
//! with one warning each, so the good files and the bundled rules keep working.

use std::collections::HashSet;

use crate::i18n::{TextFile, Texts};
use crate::rules::{self, Source};

/// The files of a layer that load, in order; one warning for each that does not (a file
/// whose rule ids repeat an earlier file's is left out too).
pub fn good_rule_files(layer: Vec<Source>, warnings: &mut Vec<String>) -> Vec<Source> {
    let mut ids: HashSet<String> = HashSet::new();
    let mut good = Vec::new();
    for src in layer {
        match rules::parse(&src) {
            Ok(rules) => {
                if let Some(r) = rules.iter().find(|r| ids.contains(&r.id)) {
                    warnings.push(skipped(&format!(
                        "{}: duplicate rule id `{}`",
                        r.origin, r.id
                    )));
                    continue;
                }
                ids.extend(rules.into_iter().map(|r| r.id));
                good.push(src);
            }
            Err(e) => warnings.push(skipped(&e.to_string())),
        }
    }
    good
}

/// Leaves out the user text files (after the first `bundled`) that do not load.
pub fn good_text_files(files: &mut Vec<TextFile>, bundled: usize, warnings: &mut Vec<String>) {
    let mut i = bundled;
    while i < files.len() {
        match Texts::new(std::slice::from_ref(&files[i])) {
            Ok(_) => i += 1,
            Err(e) => {
                warnings.push(skipped(&e.to_string()));
                files.remove(i);
            }
        }
    }
}

fn skipped(problem: &str) -> String {
    format!("{problem} (file skipped: `apidiag rules check` lists every problem)")
}
