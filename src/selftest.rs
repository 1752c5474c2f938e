//! A rule's self-test: its examples must be diagnosed with it and its counter-examples must
//! not. The engine runs them, as it would any input; bundled rules are held to this by the
//! test suite, a user's rules when they load and by `apidiag rules test` / `rules check`.

use crate::rules::Rule;
use crate::Engine;

impl Engine {
    /// Runs a rule's examples and counter-examples; returns the failures.
    pub fn example_problems(&self, rule: &Rule) -> Vec<String> {
        let engine = self;
        let mut problems = Vec::new();
        let first = |text: &str| engine.diagnose(text).diagnoses.into_iter().next();
        for (i, ex) in rule.examples.iter().enumerate() {
            let got = first(ex);
            let got_id = got.as_ref().and_then(|d| d.rule.clone());
            if got_id.as_deref() != Some(rule.id.as_str()) {
                let fields = got.map_or_else(
                    || "no incident found".to_string(),
                    |d| format!("{:?}", d.fields),
                );
                problems.push(format!(
                    "{}: example {} of `{}` is diagnosed as {} ({fields})",
                    rule.origin,
                    i + 1,
                    rule.id,
                    got_id.map_or_else(|| "nothing".to_string(), |g| format!("`{g}`")),
                ));
            }
        }
        for (i, ex) in rule.counter_examples.iter().enumerate() {
            let got = first(ex).and_then(|d| d.rule);
            if got.as_deref() == Some(rule.id.as_str()) {
                problems.push(format!(
                    "{}: counter-example {} of `{}` is matched by it",
                    rule.origin,
                    i + 1,
                    rule.id
                ));
            }
        }
        problems
    }
}
