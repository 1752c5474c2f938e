//! The rule file format (`rules/*.toml`), as serde reads it.
//!
//! Every struct denies unknown keys, so a misspelt condition is an error instead of a rule
//! that silently matches more than it should.

use serde::{Deserialize, Serialize};
use toml::Spanned;

/// A whole rule file: `[[rule]]` tables.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    #[serde(default)]
    pub rule: Vec<RuleDef>,
}

/// One `[[rule]]` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDef {
    pub id: Spanned<String>,
    pub category: Category,
    pub provider: Option<String>,
    #[serde(default = "default_priority")]
    pub priority: i32,
    #[serde(default)]
    pub severity: Severity,
    #[serde(default)]
    pub retryable: bool,
    #[serde(default)]
    pub docs: Vec<String>,
    #[serde(default)]
    pub examples: Vec<String>,
    #[serde(default)]
    pub counter_examples: Vec<String>,
    /// The provider's own wording for this error (a case-insensitive regex): the rule also
    /// matches a text that holds it, whatever `when` says, so a message printed without its
    /// body, status or code is still recognised.
    pub phrase: Option<Spanned<String>>,
    pub when: Spanned<When>,
    #[serde(default)]
    pub snippet: Vec<Snippet>,
}

fn default_priority() -> i32 {
    50
}

/// Conditions on an incident's fields; all given must hold.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct When {
    pub status: Option<Vec<StatusSpec>>,
    pub exception: Option<Vec<String>>,
    pub error_type: Option<Vec<String>>,
    pub error_code: Option<Vec<String>>,
    pub provider: Option<Vec<String>>,
    pub client: Option<Vec<String>>,
    pub message: Option<Spanned<String>>,
    pub text: Option<Spanned<String>>,
    pub has_status: Option<bool>,
}

/// A status as written: `429`, `"4xx"` or `"500-599"`.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum StatusSpec {
    Code(u16),
    Range(String),
}

/// Code shown with a fix, for one client language.
///
/// The optional keys narrow where a snippet applies; among the snippets of a fix, the one
/// that fits what the error text shows best is chosen (see [`crate::situation`]). `code` may
/// hold placeholders filled from the text: `{{model}}`, `{{host}}`, `{{base_url}}`,
/// `{{region}}`, `{{deployment}}`, each with an optional default: `{{model|gpt-4o-mini}}`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Snippet {
    pub fix: usize,
    pub lang: SnippetLang,
    pub code: String,
    /// Operating systems the snippet is for (`windows`, `macos`, `linux`); none: any.
    #[serde(default)]
    pub os: Vec<Os>,
    /// Lowest Java feature version the snippet works with (e.g. 9 for `keytool -cacerts`).
    pub java_min: Option<u32>,
    /// Highest Java feature version the snippet is for.
    pub java_max: Option<u32>,
    /// Report language of the snippet's comments (`zh-CN`); none: the default (English).
    pub locale: Option<String>,
}

/// An operating system an error text can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Os {
    Windows,
    Macos,
    Linux,
}

/// Languages a snippet may be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SnippetLang {
    Python,
    Node,
    Curl,
    Shell,
    Go,
    Java,
    Csharp,
    Powershell,
}

impl SnippetLang {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Python => "python",
            Self::Node => "node",
            Self::Curl => "curl",
            Self::Shell => "shell",
            Self::Go => "go",
            Self::Java => "java",
            Self::Csharp => "csharp",
            Self::Powershell => "powershell",
        }
    }
}

/// How bad the error is for the person's work.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    #[default]
    Error,
    Warning,
}

/// The root cause a person must fix (the corpus's category list).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Auth,
    Permission,
    Billing,
    RateLimit,
    Overloaded,
    NotFound,
    ModelNotFound,
    InvalidRequest,
    ContextLength,
    PayloadTooLarge,
    ContentFilter,
    Timeout,
    ServerError,
    Network,
    Tls,
    Conflict,
    Unknown,
}

impl Category {
    pub const ALL: [Category; 17] = [
        Self::Auth,
        Self::Permission,
        Self::Billing,
        Self::RateLimit,
        Self::Overloaded,
        Self::NotFound,
        Self::ModelNotFound,
        Self::InvalidRequest,
        Self::ContextLength,
        Self::PayloadTooLarge,
        Self::ContentFilter,
        Self::Timeout,
        Self::ServerError,
        Self::Network,
        Self::Tls,
        Self::Conflict,
        Self::Unknown,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Auth => "auth",
            Self::Permission => "permission",
            Self::Billing => "billing",
            Self::RateLimit => "rate_limit",
            Self::Overloaded => "overloaded",
            Self::NotFound => "not_found",
            Self::ModelNotFound => "model_not_found",
            Self::InvalidRequest => "invalid_request",
            Self::ContextLength => "context_length",
            Self::PayloadTooLarge => "payload_too_large",
            Self::ContentFilter => "content_filter",
            Self::Timeout => "timeout",
            Self::ServerError => "server_error",
            Self::Network => "network",
            Self::Tls => "tls",
            Self::Conflict => "conflict",
            Self::Unknown => "unknown",
        }
    }
}
