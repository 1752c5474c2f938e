//! The diagnosis types (the JSON output contract) and how a report is written from a rule's
//! localized text.

mod identity;
pub mod labels;
pub mod summary;

use serde::{Deserialize, Serialize};

use crate::extract::Fields;
use crate::i18n::{self, Locale, Texts};
use crate::rules::{Category, Rule, Severity, SnippetLang};
use crate::situation::Situation;

pub use identity::digest;
pub use labels::{DiagnosisLabels, Labels};
pub use summary::Summary;

/// The whole result for one input.
#[derive(Debug, Clone, Serialize)]
pub struct Output {
    pub version: u32,
    pub diagnoses: Vec<Diagnosis>,
    /// Counts over the whole input (added in version 1; only adds keys).
    pub summary: Summary,
}

impl Output {
    /// The output for a list of diagnoses, with its summary.
    pub fn new(diagnoses: Vec<Diagnosis>) -> Output {
        let summary = Summary::of(&diagnoses);
        Output {
            version: 1,
            diagnoses,
            summary,
        }
    }
}

/// One distinct error found in the input.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Diagnosis {
    pub rule: Option<String>,
    pub category: Category,
    pub fields: Fields,
    pub lines: Span,
    pub count: usize,
    pub occurrences: Vec<Span>,
    pub report: Report,
    /// Whether retrying the same request can help (shown by the human renderer).
    #[serde(skip)]
    pub retryable: Option<bool>,
    /// Whether the report is a general one (no rule, or a broad fallback rule), so that the
    /// human renderer shows which fields were found and which were not.
    #[serde(skip)]
    pub fallback: bool,
    /// How bad the error is, from its rule (CI annotations use it).
    #[serde(skip)]
    pub severity: Severity,
    /// Interface text about this diagnosis, resolved in the report's language.
    #[serde(skip)]
    pub labels: DiagnosisLabels,
}

/// Inclusive, 1-based input line range, in the file named by `path` when the input was a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    pub start: usize,
    pub end: usize,
}

impl Span {
    /// The input's name for printers that need one: its path, or `stdin`.
    pub fn source(&self) -> &str {
        self.path.as_deref().unwrap_or("stdin")
    }
}

/// What a person reads.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Report {
    pub title: String,
    pub translation: Option<String>,
    pub cause: String,
    pub analysis: Vec<String>,
    pub fixes: Vec<Fix>,
    pub prevention: Vec<String>,
    pub references: Vec<String>,
}

/// A numbered fix, with code for the person's client where there is some.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Fix {
    pub text: String,
    pub code: Option<String>,
    pub lang: Option<String>,
}

/// The snippet language that suits a client.
pub fn client_lang(client: Option<&str>) -> Option<SnippetLang> {
    let c = client?;
    Some(match c {
        "node-openai" | "axios" | "node-fetch" | "node" => SnippetLang::Node,
        "curl" => SnippetLang::Curl,
        "go" => SnippetLang::Go,
        "java" => SnippetLang::Java,
        "dotnet" => SnippetLang::Csharp,
        "kubectl" | "docker" | "npm" | "git" | "gcloud" | "aws-cli" | "pip" | "twine" => {
            SnippetLang::Shell
        }
        _ => SnippetLang::Python,
    })
}

/// Whether text is mostly in Chinese script.
fn is_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// The Fluent arguments a report may use.
pub fn arguments(fields: &Fields) -> fluent_bundle::FluentArgs<'static> {
    i18n::args(&[
        ("status", fields.status.map(|s| s.to_string())),
        ("exception", fields.exception.clone()),
        ("error_type", fields.error_type.clone()),
        ("error_code", fields.error_code.clone()),
        ("message", fields.message.clone()),
        ("request_id", fields.request_id.clone()),
        ("provider", fields.provider.clone()),
        ("client", fields.client.clone()),
    ])
}

/// Writes the report for a rule (or for no rule) in a locale, falling back to en-US text,
/// then to the category's general text.
pub fn build(
    rule: Option<&Rule>,
    category: Category,
    fields: &Fields,
    texts: &Texts,
    locale: Locale,
) -> Report {
    build_in(rule, category, fields, texts, locale, &Situation::default())
}

/// Like [`build`], with snippets chosen and filled for what the error text shows.
pub fn build_in(
    rule: Option<&Rule>,
    category: Category,
    fields: &Fields,
    texts: &Texts,
    locale: Locale,
    situation: &Situation,
) -> Report {
    let args = arguments(fields);
    let (id, loc) = match rule.map(|r| i18n::message_id(&r.id)) {
        Some(id) if texts.has(locale, &id) => (id, locale),
        Some(id) if texts.has(Locale::EnUs, &id) => (id, Locale::EnUs),
        _ => (
            format!("category-{}", category.as_str().replace('_', "-")),
            locale,
        ),
    };
    let get = |attr: Option<&str>| texts.format(loc, &id, attr, &args).unwrap_or_default();
    let numbered = |prefix: &str| -> Vec<String> {
        (1..)
            .map_while(|n| texts.format(loc, &id, Some(&format!("{prefix}-{n}")), &args))
            .collect()
    };
    let want = client_lang(fields.client.as_deref());
    let fixes = numbered("fix")
        .into_iter()
        .enumerate()
        .map(|(i, text)| {
            let snippets: Vec<_> = rule
                .map(|r| r.snippets.iter().filter(|s| s.fix == i + 1).collect())
                .unwrap_or_default();
            let pick = situation.pick(&snippets, want, locale);
            Fix {
                text,
                code: pick.map(|s| situation.fill(s.code.trim_end())),
                lang: pick.map(|s| s.lang.as_str().to_string()),
            }
        })
        .collect();
    let translation = fields
        .message
        .as_deref()
        .filter(|m| is_chinese(m) != (locale == Locale::ZhCn))
        .and_then(|_| texts.format(loc, &id, Some("translation"), &args));
    Report {
        title: get(None),
        translation,
        cause: get(Some("cause")),
        analysis: numbered("analysis"),
        fixes,
        prevention: numbered("prevention"),
        references: rule.map(|r| r.docs.clone()).unwrap_or_default(),
    }
}
