//! Interface text (headings, line references, support hints) resolved for the report's
//! language when the report is built, so that printers read report types only.

use crate::i18n::{self, Locale, Texts};

use super::Diagnosis;

fn ui(texts: &Texts, locale: Locale, id: &str, args: &[(&'static str, Option<String>)]) -> String {
    texts
        .format(locale, id, None, &i18n::args(args))
        .unwrap_or_else(|| id.to_string())
}

/// Headings and fixed phrases of one run, in its language.
#[derive(Debug, Clone, Default)]
pub struct Labels {
    pub message: String,
    pub cause: String,
    pub analysis: String,
    pub fixes: String,
    pub prevention: String,
    pub support: String,
    pub references: String,
    pub none_found: String,
    /// The first block of the human report: the first fix's label, the fields' labels.
    pub fix_first: String,
    pub field_status: String,
    pub field_type: String,
    pub field_code: String,
    pub field_provider: String,
    pub field_category: String,
    /// The fields of a general (fallback) report: the heading, and what a missing one shows.
    pub extracted: String,
    pub not_found: String,
    /// The summary: its heading and the column names of its tables.
    pub summary: String,
    pub errors: String,
    pub category: String,
    pub provider: String,
    pub count: String,
    pub diagnosis: String,
    pub location: String,
    /// Markdown output: the note that replaces details left out to stay under its size limit.
    pub trimmed: String,
}

impl Labels {
    pub fn new(texts: &Texts, locale: Locale) -> Labels {
        let t = |id: &str| ui(texts, locale, id, &[]);
        Labels {
            message: t("ui-message"),
            cause: t("ui-cause"),
            analysis: t("ui-analysis"),
            fixes: t("ui-fixes"),
            prevention: t("ui-prevention"),
            support: t("ui-support"),
            references: t("ui-references"),
            none_found: t("ui-none-found"),
            fix_first: t("ui-fix-first"),
            field_status: t("ui-field-status"),
            field_type: t("ui-field-type"),
            field_code: t("ui-field-code"),
            field_provider: t("ui-field-provider"),
            field_category: t("ui-field-category"),
            extracted: t("ui-extracted"),
            not_found: t("ui-not-found"),
            summary: t("out-summary"),
            errors: t("out-errors"),
            category: t("out-category"),
            provider: t("out-provider"),
            count: t("out-count"),
            diagnosis: t("out-diagnosis"),
            location: t("out-location"),
            trimmed: t("out-trimmed"),
        }
    }
}

/// Interface text about one diagnosis, in the report's language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DiagnosisLabels {
    /// `request id …`, when there is one.
    pub request_id: Option<String>,
    /// Where the error is: `build.log, lines 3-5`; empty for a report shown without input.
    pub location: String,
    /// Whether retrying helps, when the rule says.
    pub retry: Option<String>,
    /// What to give the provider's support, when there is a request id.
    pub support: Option<String>,
}

impl DiagnosisLabels {
    /// The labels of a diagnosis as it stands (its count and first location).
    pub fn new(d: &Diagnosis, texts: &Texts, locale: Locale) -> DiagnosisLabels {
        let ui = |id: &str, args: &[(&'static str, Option<String>)]| ui(texts, locale, id, args);
        let start = Some(d.lines.start.to_string());
        let lines = if d.count > 1 {
            ui(
                "ui-lines-repeated",
                &[("start", start), ("count", Some(d.count.to_string()))],
            )
        } else if d.lines.start == d.lines.end {
            ui("ui-line", &[("start", start)])
        } else {
            ui(
                "ui-lines",
                &[("start", start), ("end", Some(d.lines.end.to_string()))],
            )
        };
        let location = match (&d.lines.path, d.lines.start) {
            (_, 0) => String::new(),
            (Some(path), _) => ui(
                "out-in-file",
                &[("path", Some(path.clone())), ("lines", Some(lines))],
            ),
            (None, _) => lines,
        };
        let request_id = d.fields.request_id.clone();
        DiagnosisLabels {
            request_id: request_id
                .as_ref()
                .map(|id| ui("ui-request-id", &[("id", Some(id.clone()))])),
            location,
            retry: d
                .retryable
                .map(|r| ui(if r { "ui-retry-yes" } else { "ui-retry-no" }, &[])),
            support: request_id.map(|id| ui("ui-support-text", &[("id", Some(id))])),
        }
    }
}
