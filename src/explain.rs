//! `apidiag explain`: a rule's report without an input, its fields shown as placeholders and
//! every snippet of every fix shown.

use crate::extract::Fields;
use crate::report::{self, Diagnosis, Span};
use crate::rules::Rule;
use crate::Engine;

/// The diagnosis `explain` prints for `rule`, in the engine's language.
pub fn diagnosis(engine: &Engine, rule: &Rule) -> Diagnosis {
    let placeholder = |name: &str| Some(format!("<{name}>"));
    let fields = Fields {
        status: None,
        exception: placeholder("exception"),
        error_type: placeholder("error_type"),
        error_code: placeholder("error_code"),
        message: placeholder("message"),
        request_id: placeholder("request_id"),
        provider: rule.provider.clone().or_else(|| placeholder("provider")),
        client: None,
    };
    let locale = engine.locale();
    let mut report = report::build(Some(rule), rule.category, &fields, engine.texts(), locale);
    // Show every snippet of the rule, not only the one for one client.
    for (i, fix) in report.fixes.iter_mut().enumerate() {
        let codes: Vec<String> = rule
            .snippets
            .iter()
            .filter(|s| s.fix == i + 1)
            .map(|s| format!("# {}\n{}", s.lang.as_str(), s.code.trim_end()))
            .collect();
        if !codes.is_empty() {
            fix.code = Some(codes.join("\n"));
        }
    }
    let span = Span { start: 0, end: 0 };
    Diagnosis {
        rule: Some(rule.id.clone()),
        category: rule.category,
        fields,
        lines: span,
        count: 1,
        occurrences: vec![span],
        report,
        retryable: Some(rule.retryable),
    }
}
