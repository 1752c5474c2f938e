//! Rewriting every string a diagnosis carries, through its serialized form.
//!
//! Steps that must reach all text (secret masking, escaping controls for a terminal) use
//! this instead of listing fields, so a field added to the report later is covered too.

use std::borrow::Cow;

use serde_json::Value;

use crate::report::Diagnosis;

/// Applies `f` to every string `d` serializes; `d` is left alone when `f` changes nothing.
pub fn strings(d: &mut Diagnosis, f: &dyn Fn(&str) -> Cow<'_, str>) {
    let mut value = serde_json::to_value(&*d).expect("a diagnosis serializes");
    if !rewrite(&mut value, f) {
        return;
    }
    // What is kept out of the JSON contract does not survive the round trip; it is put back.
    // The labels are interface text written from the fields, so they are written again by
    // whoever changed the fields (the engine writes them after masking).
    let retryable = d.retryable;
    let fallback = d.fallback;
    let severity = d.severity;
    let labels = std::mem::take(&mut d.labels);
    *d = serde_json::from_value(value).expect("a diagnosis reads back what it wrote");
    d.retryable = retryable;
    d.fallback = fallback;
    d.severity = severity;
    d.labels = labels;
}

/// Rewrites the strings in a JSON value; whether anything changed.
fn rewrite(v: &mut Value, f: &dyn Fn(&str) -> Cow<'_, str>) -> bool {
    match v {
        Value::String(s) => match f(s) {
            Cow::Owned(new) => {
                *s = new;
                true
            }
            Cow::Borrowed(_) => false,
        },
        Value::Array(items) => items.iter_mut().fold(false, |c, i| rewrite(i, f) | c),
        Value::Object(map) => map.values_mut().fold(false, |c, i| rewrite(i, f) | c),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Fields;
    use crate::report::{Fix, Report, Span};
    use crate::rules::Category;

    #[test]
    fn reaches_every_string_and_keeps_what_json_leaves_out() {
        let span = Span {
            path: None,
            start: 1,
            end: 2,
        };
        let mut d = Diagnosis {
            rule: Some("x.y".into()),
            category: Category::Auth,
            fields: Fields {
                message: Some("a".into()),
                request_id: Some("a".into()),
                ..Fields::default()
            },
            lines: span.clone(),
            count: 1,
            occurrences: vec![span],
            report: Report {
                title: "a".into(),
                analysis: vec!["a".into()],
                fixes: vec![Fix {
                    text: "a".into(),
                    code: Some("a".into()),
                    lang: None,
                }],
                ..Report::default()
            },
            retryable: Some(true),
            fallback: true,
            severity: crate::rules::Severity::default(),
            labels: crate::report::DiagnosisLabels::default(),
        };
        strings(&mut d, &|s: &str| {
            if s == "a" {
                Cow::Owned("b".to_string())
            } else {
                Cow::Borrowed(s)
            }
        });
        assert_eq!(d.fields.message.as_deref(), Some("b"));
        assert_eq!(d.fields.request_id.as_deref(), Some("b"));
        assert_eq!(d.report.title, "b");
        assert_eq!(d.report.analysis, ["b"]);
        assert_eq!(d.report.fixes[0].code.as_deref(), Some("b"));
        assert_eq!(d.retryable, Some(true));
        assert!(d.fallback);
        assert_eq!(d.rule.as_deref(), Some("x.y"));
    }
}
