//! `apidiag explain`: a rule's report without an input, its fields shown as placeholders and
//! every snippet of every fix shown.

use crate::extract::Fields;
use crate::report::{self, Diagnosis, DiagnosisLabels, Span};
use crate::rules::{Rule, Snippet};
use crate::situation::Situation;
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
    // Placeholders show their defaults (or `<name>`): there is no error text to fill them.
    let fill = Situation::default();
    let mut report = report::build(Some(rule), rule.category, &fields, engine.texts(), locale);
    // Show every snippet of the rule, not only the one for one client.
    for (i, fix) in report.fixes.iter_mut().enumerate() {
        let shown = |s: &&Snippet| match &s.locale {
            Some(l) => l == locale.tag(),
            // The default snippet gives way to its translation into the report's language.
            None => !rule.snippets.iter().any(|t| {
                t.locale.as_deref() == Some(locale.tag())
                    && (t.fix, t.lang, &t.os, t.java_min, t.java_max)
                        == (s.fix, s.lang, &s.os, s.java_min, s.java_max)
            }),
        };
        let codes: Vec<String> = rule
            .snippets
            .iter()
            .filter(|s| s.fix == i + 1)
            .filter(shown)
            .map(|s| format!("# {}\n{}", label(s), fill.fill(s.code.trim_end())))
            .collect();
        if !codes.is_empty() {
            fix.code = Some(codes.join("\n"));
        }
    }
    let span = Span {
        path: None,
        start: 0,
        end: 0,
    };
    let mut d = Diagnosis {
        rule: Some(rule.id.clone()),
        category: rule.category,
        fields,
        lines: span.clone(),
        count: 1,
        occurrences: vec![span],
        report,
        retryable: Some(rule.retryable),
        fallback: false,
        severity: rule.severity,
        labels: DiagnosisLabels::default(),
    };
    d.labels = DiagnosisLabels::new(&d, engine.texts(), locale);
    d
}

/// A snippet's language and the conditions it is chosen under, e.g. `shell (java 9+)`.
fn label(s: &Snippet) -> String {
    let mut when: Vec<String> =
        s.os.iter()
            .map(|o| format!("{o:?}").to_lowercase())
            .collect();
    match (s.java_min, s.java_max) {
        (Some(a), Some(b)) => when.push(format!("java {a}-{b}")),
        (Some(a), None) => when.push(format!("java {a}+")),
        (None, Some(b)) => when.push(format!("java ≤{b}")),
        (None, None) => {}
    }
    when.extend(s.locale.clone());
    if when.is_empty() {
        s.lang.as_str().to_string()
    } else {
        format!("{} ({})", s.lang.as_str(), when.join(", "))
    }
}
