//! Knowledge as data: provider and client evidence, the vocabularies that decide whether a
//! block is an error, and what the keys of an error body mean.
//!
//! The files live under `data/` and are embedded at build time; they are read with the same
//! strictness as rule files (unknown keys and bad regexes are errors with `file:line:column`).
//! Extraction asks [`get`] for them; nothing in Rust repeats what they say.

use std::sync::LazyLock;

use include_dir::{include_dir, Dir};
use regex::Regex;
use serde::Deserialize;
use toml::Spanned;

use crate::rules::{location, LoadError, Source};

static DATA_DIR: Dir = include_dir!("$CARGO_MANIFEST_DIR/data");

/// One weighed piece of provider evidence.
#[derive(Debug)]
pub struct Evidence {
    pub pattern: Regex,
    pub provider: String,
    pub weight: u8,
    /// The row reads the service's own name or model family, not a shape others share.
    pub named: bool,
}

/// One way to recognise the client that printed an error.
#[derive(Debug)]
pub struct ClientSign {
    pub pattern: Regex,
    pub client: String,
}

/// Word lists and line shapes (`data/vocabulary.toml`).
#[derive(Debug)]
pub struct Vocabulary {
    pub error_words: Vec<String>,
    pub network_words: Vec<String>,
    /// `quiet_lines`, joined into one pattern.
    pub quiet_line: Regex,
    /// `retry_notices`, joined into one pattern.
    pub retry_notice: Regex,
    /// `success_records`, joined into one pattern.
    pub success_record: Regex,
    /// `empty_error_fields`, joined into one pattern.
    pub empty_error_field: Regex,
    /// `example_intros`, joined into one pattern.
    pub example_intro: Regex,
    /// `report_intros`, joined into one pattern.
    pub report_intro: Regex,
    /// `code_lines`, joined into one pattern.
    pub code_line: Regex,
    /// `passing_summaries`, joined into one pattern.
    pub passing_summary: Regex,
    /// `code_frame_heads`, joined into one pattern.
    pub code_frame_head: Regex,
    /// `code_frame_lines`, joined into one pattern.
    pub code_frame_line: Regex,
    /// `exchange_prefixes`, joined into one pattern.
    pub exchange_prefix: Regex,
    /// `message_prefixes`, joined into one pattern anchored at the message's start.
    pub message_prefix: Regex,
    /// `message_suffixes`, joined into one pattern anchored at the message's end.
    pub message_suffix: Regex,
    /// `catalogue_headers`, joined into one pattern.
    pub catalogue_header: Regex,
    /// `doc_sections`, joined into one pattern.
    pub doc_section: Regex,
    /// `message_request_ids`, joined into one pattern anchored at the message's end; the first
    /// group that matched is the id.
    pub message_request_id: Regex,
    /// `message_request_id_prefixes`, joined into one pattern anchored at the message's start.
    pub message_request_id_prefix: Regex,
    /// `client_wordings`, joined into one pattern that must match a whole message, any case.
    pub client_wording: Regex,
    /// `network_failures`, joined into one pattern, any case.
    pub network_failure: Regex,
    /// `network_report_openings`, joined into one pattern anchored at the text's start.
    pub network_report_opening: Regex,
    /// `api_phrases`, joined into one pattern, any case.
    pub api_phrase: Regex,
    /// `client_prefixes`, joined into one pattern anchored at the message's start.
    pub client_prefix: Regex,
    /// `signal_words_zh`, joined into one pattern.
    pub signal_word_zh: Regex,
    /// `detail_summaries`, joined into one pattern anchored at the message's start, any case.
    pub detail_summary: Regex,
    /// `sdk_frames`, joined into one pattern.
    pub sdk_frame: Regex,
    pub language_errors: Vec<String>,
    pub api_exceptions: Vec<String>,
    pub sdk_paths: Vec<String>,
    pub aws_codes: Vec<String>,
}

/// Key synonyms of error bodies (`data/keys.toml`), normalised by [`normalize_key`].
#[derive(Debug, Default)]
pub struct Keys {
    pub error_objects: Vec<String>,
    pub message: Vec<String>,
    pub code: Vec<String>,
    pub kind: Vec<String>,
    pub status: Vec<String>,
    pub request_id: Vec<String>,
    pub aws_request_id: Vec<String>,
    /// Response headers that carry a request id, lower-case, compared exactly.
    pub request_id_headers: Vec<String>,
    pub relayed: Vec<String>,
    /// Keys under which a client's error object keeps the service's response body.
    pub response_body: Vec<String>,
    /// Keys of per-field error lists, compared exactly.
    pub field_errors: Vec<String>,
    /// Keys whose value is the client's exception class.
    pub exception: Vec<String>,
    /// Keys that name the exception class only in `key=value` notation.
    pub exception_logfmt: Vec<String>,
    /// Keys of a structured log record's level, as written (JSON keys are compared raw).
    pub level: Vec<String>,
    /// The same keys normalised, for `key=value` records.
    pub level_normalized: Vec<String>,
}

/// Everything extraction knows about providers, clients and words.
#[derive(Debug)]
pub struct Knowledge {
    pub evidence: Vec<Evidence>,
    /// Hosts of documentation pages, which errors link to but nobody calls.
    pub docs_hosts: Vec<String>,
    /// Services that serve other makers' models (routers, gateways, model hosts).
    pub model_hosts: Vec<String>,
    pub clients: Vec<ClientSign>,
    /// SDK module prefixes whose capitalised names are exception classes.
    pub exception_modules: Vec<String>,
    /// SDK exception classes that stand for one HTTP status (`RateLimitError` → 429).
    pub exception_statuses: std::collections::BTreeMap<String, u16>,
    /// Error types that stand for one HTTP status (gRPC's `INTERNAL` → 500).
    pub type_statuses: std::collections::BTreeMap<String, u16>,
    pub vocabulary: Vocabulary,
    pub keys: Keys,
}

impl Keys {
    /// Whether a key holds an error object: one of `error_objects`, or an application's name
    /// for one (`aws_error`, `upstreamError`, `api_error`). `key` is normalised.
    pub fn holds_error(&self, key: &str) -> bool {
        self.error_objects.iter().any(|e| e == key)
            || key.len() > "error".len() + 1 && key.ends_with("error")
    }

    /// Whether a key of a client's error object keeps the service's response body
    /// (`"body"`, `"response"`). `key` is normalised.
    pub fn keeps_body(&self, key: &str) -> bool {
        self.response_body.iter().any(|b| b == key)
    }
}

/// The embedded knowledge. It is validated by the test suite, so loading cannot fail at run
/// time in a released build.
pub fn get() -> &'static Knowledge {
    static KNOWLEDGE: LazyLock<Knowledge> =
        LazyLock::new(|| load(&embedded()).unwrap_or_else(|e| panic!("embedded data: {e}")));
    &KNOWLEDGE
}

/// The data files embedded in the binary.
pub fn embedded() -> Vec<Source> {
    let mut out: Vec<Source> = DATA_DIR
        .files()
        .filter(|f| f.path().extension().is_some_and(|e| e == "toml"))
        .map(|f| Source {
            name: format!("data/{}", f.path().display()),
            text: f.contents_utf8().unwrap_or_default().to_string(),
        })
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

/// `errorMessage`, `error_message` and `Error-Message` are one key.
pub fn normalize_key(key: &str) -> String {
    key.chars()
        .filter(|c| *c != '_' && *c != '-')
        .flat_map(char::to_lowercase)
        .collect()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProvidersFile {
    #[serde(default)]
    docs_hosts: Vec<String>,
    #[serde(default)]
    model_hosts: Vec<String>,
    evidence: Vec<EvidenceDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EvidenceDef {
    provider: String,
    weight: u8,
    pattern: Spanned<String>,
    #[serde(default)]
    named: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ClientsFile {
    #[serde(default)]
    exception_modules: Vec<String>,
    #[serde(default)]
    exception_statuses: std::collections::BTreeMap<String, u16>,
    #[serde(default)]
    type_statuses: std::collections::BTreeMap<String, u16>,
    client: Vec<ClientDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ClientDef {
    client: String,
    pattern: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VocabularyFile {
    error_words: Vec<String>,
    network_words: Vec<String>,
    quiet_lines: Vec<Spanned<String>>,
    retry_notices: Vec<Spanned<String>>,
    success_records: Vec<Spanned<String>>,
    #[serde(default)]
    empty_error_fields: Vec<Spanned<String>>,
    #[serde(default)]
    example_intros: Vec<Spanned<String>>,
    #[serde(default)]
    report_intros: Vec<Spanned<String>>,
    #[serde(default)]
    code_lines: Vec<Spanned<String>>,
    #[serde(default)]
    passing_summaries: Vec<Spanned<String>>,
    #[serde(default)]
    code_frame_heads: Vec<Spanned<String>>,
    #[serde(default)]
    code_frame_lines: Vec<Spanned<String>>,
    #[serde(default)]
    exchange_prefixes: Vec<Spanned<String>>,
    #[serde(default)]
    message_prefixes: Vec<Spanned<String>>,
    #[serde(default)]
    message_suffixes: Vec<Spanned<String>>,
    #[serde(default)]
    catalogue_headers: Vec<Spanned<String>>,
    #[serde(default)]
    doc_sections: Vec<Spanned<String>>,
    message_request_ids: Vec<Spanned<String>>,
    #[serde(default)]
    message_request_id_prefixes: Vec<Spanned<String>>,
    #[serde(default)]
    client_wordings: Vec<Spanned<String>>,
    #[serde(default)]
    network_failures: Vec<Spanned<String>>,
    #[serde(default)]
    network_report_openings: Vec<Spanned<String>>,
    #[serde(default)]
    api_phrases: Vec<Spanned<String>>,
    #[serde(default)]
    client_prefixes: Vec<Spanned<String>>,
    #[serde(default)]
    signal_words_zh: Vec<Spanned<String>>,
    #[serde(default)]
    detail_summaries: Vec<Spanned<String>>,
    #[serde(default)]
    sdk_frames: Vec<Spanned<String>>,
    language_errors: Vec<String>,
    api_exceptions: Vec<String>,
    sdk_paths: Vec<String>,
    #[serde(default)]
    aws_codes: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct KeysFile {
    error_objects: Vec<String>,
    message: Vec<String>,
    code: Vec<String>,
    #[serde(rename = "type")]
    kind: Vec<String>,
    status: Vec<String>,
    request_id: Vec<String>,
    aws_request_id: Vec<String>,
    #[serde(default)]
    request_id_headers: Vec<String>,
    relayed: Vec<String>,
    #[serde(default)]
    response_body: Vec<String>,
    #[serde(default)]
    field_errors: Vec<String>,
    #[serde(default)]
    exception: Vec<String>,
    #[serde(default)]
    exception_logfmt: Vec<String>,
    #[serde(default)]
    level: Vec<String>,
}

/// Reads the data files; each of `providers`, `clients`, `vocabulary` and `keys` (`data/*.toml`)
/// must be present.
pub fn load(sources: &[Source]) -> Result<Knowledge, LoadError> {
    let find = |stem: &str| {
        sources
            .iter()
            .find(|s| s.name.ends_with(&format!("{stem}.toml")))
            .ok_or_else(|| LoadError {
                location: format!("data/{stem}.toml"),
                message: "data file missing".into(),
            })
    };
    let providers: ProvidersFile = parse(find("providers")?)?;
    let clients: ClientsFile = parse(find("clients")?)?;
    let vocabulary: VocabularyFile = parse(find("vocabulary")?)?;
    let keys: KeysFile = parse(find("keys")?)?;
    let src = find("providers")?;
    let evidence = providers
        .evidence
        .into_iter()
        .map(|e| {
            Ok(Evidence {
                pattern: regex(src, &e.pattern)?,
                provider: e.provider,
                weight: e.weight,
                named: e.named,
            })
        })
        .collect::<Result<_, LoadError>>()?;
    let docs_hosts = providers.docs_hosts;
    let model_hosts = providers.model_hosts;
    let src = find("clients")?;
    let exception_modules = clients.exception_modules;
    let exception_statuses = clients.exception_statuses;
    let type_statuses = clients.type_statuses;
    let clients = clients
        .client
        .into_iter()
        .map(|c| {
            Ok(ClientSign {
                pattern: regex(src, &c.pattern)?,
                client: c.client,
            })
        })
        .collect::<Result<_, LoadError>>()?;
    let src = find("vocabulary")?;
    // Each pattern is checked on its own (for its position), then all are joined into one.
    let shaped = |list: &[Spanned<String>], shape: &str| -> Result<Regex, LoadError> {
        for p in list {
            regex(src, p)?;
        }
        let alternation = list
            .iter()
            .map(|p| format!("(?:{})", p.get_ref()))
            .collect::<Vec<_>>()
            .join("|");
        // An empty list matches nothing.
        let alternation = if list.is_empty() {
            "[^\\s\\S]".to_string()
        } else {
            alternation
        };
        crate::pattern::compile(&shape.replace("{}", &alternation), false).map_err(|e| LoadError {
            location: src.name.clone(),
            message: format!("invalid regex: {e}"),
        })
    };
    let joined = |list: &[Spanned<String>]| shaped(list, "(?m){}");
    let vocabulary = Vocabulary {
        quiet_line: joined(&vocabulary.quiet_lines)?,
        retry_notice: joined(&vocabulary.retry_notices)?,
        success_record: joined(&vocabulary.success_records)?,
        empty_error_field: joined(&vocabulary.empty_error_fields)?,
        example_intro: joined(&vocabulary.example_intros)?,
        report_intro: joined(&vocabulary.report_intros)?,
        code_line: joined(&vocabulary.code_lines)?,
        passing_summary: joined(&vocabulary.passing_summaries)?,
        code_frame_head: joined(&vocabulary.code_frame_heads)?,
        code_frame_line: joined(&vocabulary.code_frame_lines)?,
        exchange_prefix: joined(&vocabulary.exchange_prefixes)?,
        message_prefix: shaped(&vocabulary.message_prefixes, "^(?:{})")?,
        message_suffix: shaped(&vocabulary.message_suffixes, "(?:{})\\s*$")?,
        catalogue_header: shaped(&vocabulary.catalogue_headers, "(?i)^(?:{})$")?,
        doc_section: joined(&vocabulary.doc_sections)?,
        message_request_id: shaped(&vocabulary.message_request_ids, "(?:{})\\s*$")?,
        message_request_id_prefix: shaped(&vocabulary.message_request_id_prefixes, "^(?:{})")?,
        client_wording: shaped(&vocabulary.client_wordings, "(?i)^(?:{})$")?,
        network_failure: shaped(&vocabulary.network_failures, "(?i)(?:{})")?,
        network_report_opening: shaped(&vocabulary.network_report_openings, "(?i)^(?:{})")?,
        api_phrase: shaped(&vocabulary.api_phrases, "(?i)(?:{})")?,
        client_prefix: shaped(&vocabulary.client_prefixes, "^(?:{})")?,
        signal_word_zh: shaped(&vocabulary.signal_words_zh, "{}")?,
        sdk_frame: joined(&vocabulary.sdk_frames)?,
        detail_summary: shaped(&vocabulary.detail_summaries, "(?i)^(?:{})\\b[ \\t.:]*")?,
        error_words: vocabulary.error_words,
        network_words: vocabulary.network_words,
        language_errors: vocabulary.language_errors,
        api_exceptions: vocabulary.api_exceptions,
        sdk_paths: vocabulary.sdk_paths,
        aws_codes: vocabulary.aws_codes,
    };
    let norm = |v: &[String]| v.iter().map(|k| normalize_key(k)).collect();
    let keys = Keys {
        error_objects: norm(&keys.error_objects),
        message: norm(&keys.message),
        code: norm(&keys.code),
        kind: norm(&keys.kind),
        status: norm(&keys.status),
        request_id: norm(&keys.request_id),
        aws_request_id: norm(&keys.aws_request_id),
        request_id_headers: keys
            .request_id_headers
            .iter()
            .map(|h| h.to_lowercase())
            .collect(),
        relayed: norm(&keys.relayed),
        response_body: norm(&keys.response_body),
        field_errors: keys.field_errors,
        exception: norm(&keys.exception),
        exception_logfmt: norm(&keys.exception_logfmt),
        level_normalized: norm(&keys.level),
        level: keys.level,
    };
    Ok(Knowledge {
        evidence,
        docs_hosts,
        model_hosts,
        clients,
        exception_modules,
        exception_statuses,
        type_statuses,
        vocabulary,
        keys,
    })
}

fn parse<T: for<'de> Deserialize<'de>>(src: &Source) -> Result<T, LoadError> {
    toml::from_str(&src.text).map_err(|e| LoadError {
        location: location(&src.name, &src.text, e.span().map_or(0, |s| s.start)),
        message: e.message().to_string(),
    })
}

fn regex(src: &Source, pattern: &Spanned<String>) -> Result<Regex, LoadError> {
    crate::pattern::compile(pattern.get_ref(), false).map_err(|e| LoadError {
        location: location(&src.name, &src.text, pattern.span().start),
        message: format!("invalid regex: {e}"),
    })
}

impl Vocabulary {
    /// Whether `line` is never part of an error (a passed check, a metric sample, a heading).
    pub fn is_quiet_line(&self, line: &str) -> bool {
        self.quiet_line.is_match(line)
            || (self.success_record.is_match(line)
                && !Self::has_word(&self.error_words, &self.without_empty_errors(line)))
    }

    /// `line` without the fields that say there was no error (`"error": null`).
    pub fn without_empty_errors<'a>(&self, line: &'a str) -> std::borrow::Cow<'a, str> {
        if self.empty_error_field.as_str() == "(?m)" {
            return line.into();
        }
        self.empty_error_field.replace_all(line, "")
    }

    /// Whether `line` announces that a request will be retried.
    pub fn is_retry_notice(&self, line: &str) -> bool {
        self.retry_notice.is_match(line)
    }

    /// Whether `line` is prose that introduces an example (`a body like this:`), not a report.
    pub fn is_example_intro(&self, line: &str) -> bool {
        let set = |r: &Regex| r.as_str() != "(?m)" && r.is_match(line);
        set(&self.example_intro) && !set(&self.report_intro)
    }

    /// Whether `line` speaks of the writer's own run (`I get this response:`).
    pub fn is_report_intro(&self, line: &str) -> bool {
        self.report_intro.as_str() != "(?m)" && self.report_intro.is_match(line)
    }

    /// Whether `line` is a line of source code (a statement, a declaration, a comment).
    pub fn is_code_line(&self, line: &str) -> bool {
        // A unified diff marks each line of the code it shows with `+` or `-`; indented
        // under it (a tab, two spaces), the line is code. A shell trace's `+ cmd` is not.
        if let Some(rest) = line.strip_prefix(['+', '-']) {
            if rest.starts_with('\t') || rest.starts_with("  ") {
                return true;
            }
        }
        self.code_line.as_str() != "(?m)" && self.code_line.is_match(line)
    }

    /// Whether `line` is a test runner's summary of a run in which nothing failed.
    pub fn is_passing_summary(&self, line: &str) -> bool {
        self.passing_summary.as_str() != "(?m)" && self.passing_summary.is_match(line)
    }

    /// Whether `line` opens a compiler's or linter's code frame (`  --> src/lib.rs:3:5`).
    pub fn is_code_frame_head(&self, line: &str) -> bool {
        self.code_frame_head.as_str() != "(?m)" && self.code_frame_head.is_match(line)
    }

    /// Whether `line` belongs to a code frame's gutter (`20 | pub struct X {`, `   |  ^^^`).
    pub fn is_code_frame_line(&self, line: &str) -> bool {
        self.code_frame_line.as_str() != "(?m)" && self.code_frame_line.is_match(line)
    }

    /// Whether `prefix`, the text before a stated status, names the exchange it answers (a
    /// request, a status line), so that a later line of the same shape answers it too.
    pub fn is_exchange_prefix(&self, prefix: &str) -> bool {
        self.exchange_prefix.as_str() != "(?m)" && self.exchange_prefix.is_match(prefix)
    }

    /// Whether `cell`, one cell of a table's header row, names a column of an error
    /// catalogue (`Error code`, `HTTP status`, `错误码`).
    pub fn is_catalogue_header(&self, cell: &str) -> bool {
        self.catalogue_header.is_match(cell.trim())
    }

    /// Whether `line` is a section title of a page that documents errors (`Possible causes`,
    /// `常见原因`), set alone on its line.
    pub fn is_doc_section(&self, line: &str) -> bool {
        self.doc_section.as_str() != "(?m)" && self.doc_section.is_match(line)
    }

    /// Whether `text` (any case) holds one of `words`.
    pub fn has_word(words: &[String], text: &str) -> bool {
        let low = text.to_lowercase();
        words.iter().any(|w| low.contains(w.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_data_loads() {
        let k = load(&embedded()).unwrap();
        assert!(k.evidence.len() > 50);
        assert!(k.clients.iter().any(|c| c.client == "curl"));
        assert!(k.keys.message.contains(&"errormessage".to_string()));
    }

    #[test]
    fn errors_name_file_line_and_column() {
        let mut sources = embedded();
        let clients = sources
            .iter_mut()
            .find(|s| s.name.ends_with("clients.toml"))
            .unwrap();
        clients.text = "[[client]]\nclient = \"x\"\npattern = '(unclosed'\n".into();
        let err = load(&sources).unwrap_err();
        assert_eq!(err.location, "data/clients.toml:3:11");
        assert!(err.message.contains("invalid regex"), "{}", err.message);
        clients_typo(&mut sources);
        let err = load(&sources).unwrap_err();
        assert!(err.location.starts_with("data/clients.toml:2:"));
    }

    fn clients_typo(sources: &mut [Source]) {
        let c = sources
            .iter_mut()
            .find(|s| s.name.ends_with("clients.toml"))
            .unwrap();
        c.text = "[[client]]\nclinet = \"x\"\npattern = 'x'\n".into();
    }

    #[test]
    fn keys_compare_without_case_or_separators() {
        assert_eq!(normalize_key("Error-Message"), "errormessage");
        assert_eq!(normalize_key("__type"), "type");
    }
}
