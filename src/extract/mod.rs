//! Extraction: find error incidents in text and pull out their [`Fields`].
//!
//! Input arrives as blocks from [`segment`]; each block is read by every form it may contain
//! (structured bodies in [`payload`], printed forms in [`patterns`]) and the most specific
//! value of each field wins. A block with no sign of an API, HTTP or network error is dropped,
//! so ordinary logs, warnings and unrelated tracebacks give no incident.

pub mod answered;
pub mod aws;
pub mod azcli;
pub mod boundary;
pub mod cloudflare;
pub mod codes;
pub mod curl;
pub mod discourse;
pub mod docker;
pub mod dotnet;
pub mod exception;
pub mod forms;
pub mod gateway;
pub mod gcloud;
pub mod git;
pub mod go;
pub mod gostruct;
pub mod grpc;
pub mod kubectl;
pub mod labelled;
pub mod lenient;
pub mod logs;
pub mod mobile;
pub mod node;
pub mod npm;
pub mod patterns;
pub mod payload;
pub mod php;
pub mod provider;
pub mod python;
pub mod request_id;
pub mod ruby;
pub mod rust_client;
pub mod safety;
pub mod scavenge;
pub mod segment;
pub mod sentence;
pub mod span;
pub mod split;
pub mod status;
pub mod wording;
pub mod wrappers;

use serde::{Deserialize, Serialize};

use crate::knowledge::{self, Vocabulary};

pub use segment::{Block, Line, Segmenter};

/// What an incident says, field by field (the JSON contract's `fields`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fields {
    pub status: Option<u16>,
    pub exception: Option<String>,
    pub error_type: Option<String>,
    pub error_code: Option<String>,
    pub message: Option<String>,
    pub request_id: Option<String>,
    pub provider: Option<String>,
    pub client: Option<String>,
}

/// One error with its chained causes, as found in the input.
#[derive(Debug, Clone)]
pub struct Incident {
    pub fields: Fields,
    /// The evidence `fields.provider` rests on, which decides whether a rule's provider
    /// may replace it ([`provider::replaces`]).
    pub provider_guess: Option<provider::ProviderGuess>,
    /// First and last input line (1-based, inclusive).
    pub start: usize,
    pub end: usize,
    /// The incident's text, for rules that match on it.
    pub text: String,
    /// The quiet lines just before it (a command, a model name), which rules may also read.
    pub context: String,
    /// Whether the text itself shows an API, HTTP or network error. Without it, only a rule
    /// that recognises the text's shape may turn the block into a diagnosis.
    pub evidence: bool,
    /// The status the exception's class stands for when none is printed (`RateLimitError`),
    /// which status rules match on; it is not reported.
    pub implied_status: Option<u16>,
}

/// Reads one block into an incident, or `None` when it holds no API error.
pub fn incident(block: &Block) -> Option<Incident> {
    let vocabulary = &knowledge::get().vocabulary;
    let all = unquote(block.lines.iter().map(|l| l.text.as_str()).collect());
    let recovered = recovered(&all);
    // A passed check, a metric sample or a heading is no part of an error, even naming one.
    // A retry notice followed by progress is as if it had not been printed.
    // So is a region beside it that quotes or describes errors (grep hits, code, a changelog).
    let context: Vec<&str> = block.context.iter().map(|l| l.text.as_str()).collect();
    // A catalogue of statuses may run through the lines above the block (a table copied from a
    // page puts each cell on a line of its own, blank lines between).
    let around = [context.as_slice(), all.as_slice()].concat();
    let catalogue = discourse::lists_statuses(&around) || discourse::documents_errors(&around);
    let talk = discourse::talk_regions(&context, &all);
    let answered = answered::answered_later(&all, failed);
    let settled = settled_retries(&all)
        .into_iter()
        .zip(answered)
        .map(|(r, a)| r || a);
    let lines: Vec<&str> = all
        .into_iter()
        .zip(talk.into_iter().zip(settled).map(|(t, s)| t || s))
        .filter(|&(l, talk)| {
            !(talk || vocabulary.is_quiet_line(l) || recovered && vocabulary.is_retry_notice(l))
        })
        .map(|(l, _)| l)
        .collect();
    if lines.iter().all(|l| l.trim().is_empty())
        || discourse::talks_about_errors(&lines)
        || catalogue
    {
        return None;
    }
    let text = lines.join("\n");
    let context = context.join("\n");
    let (fields, guess, evidence) = read(&text, &lines, &context, recovered)?;
    let first = block.lines.first()?.no;
    let (start, end) =
        span::extent(&block.lines, &fields).unwrap_or((first, block.last_signal.max(first)));
    let k = knowledge::get();
    let implied_status = fields
        .error_type
        .as_ref()
        .and_then(|t| k.type_statuses.get(t.as_str()))
        .or_else(|| {
            let e = fields.exception.as_ref()?;
            k.exception_statuses.get(e.as_str())
        })
        .copied()
        .filter(|_| fields.status.is_none());
    Some(Incident {
        fields,
        provider_guess: guess,
        evidence,
        implied_status,
        start,
        end,
        text,
        context,
    })
}

/// Strips a Markdown quote (`> `) that prefixes most lines of a pasted block.
fn unquote(lines: Vec<&str>) -> Vec<&str> {
    let non_empty = lines.iter().filter(|l| !l.trim().is_empty()).count();
    let quoted = lines
        .iter()
        .filter(|l| l.trim_start().starts_with('>'))
        .count();
    if non_empty == 0 || quoted * 2 < non_empty || lines.iter().any(|l| l.starts_with("->")) {
        return lines;
    }
    lines
        .into_iter()
        .map(|l| {
            let t = l.trim_start();
            t.strip_prefix('>')
                .map_or(l, |r| r.strip_prefix(' ').unwrap_or(r))
        })
        .collect()
}

/// Codes a client invents for itself (errno names, undici and axios codes): not API codes.
fn client_side_code(code: &str) -> bool {
    let upper_e = code.len() > 2
        && code.starts_with('E')
        && code[1..]
            .chars()
            .all(|c| c.is_ascii_uppercase() || c == '_')
        && code != "EOTP";
    upper_e || code.starts_with("UND_ERR") || code.starts_with("ERR_")
}

fn read(
    text: &str,
    lines: &[&str],
    context: &str,
    recovered: bool,
) -> Option<(Fields, Option<provider::ProviderGuess>, bool)> {
    let mut bodies = payload::find_bodies(text, &status::status_before);
    // A body too mangled to parse (quotes lost in a paste) still shows its keys; a log
    // record that parsed whole was read above, and held no API error.
    if payload::primary(&bodies).is_none() && !lines.iter().any(|l| split::is_record(l)) {
        bodies.extend(scavenge::scavenge(text));
    }
    let body = payload::primary(&bodies);
    let exception = pick_exception(lines);
    // `An error occurred (403) when calling ...`: a bare status where the AWS code would be.
    let (aws, aws_status) = match aws::aws_cli(text) {
        Some((code, _)) if code.len() == 3 && code.bytes().all(|b| b.is_ascii_digit()) => {
            (None, code.parse::<u16>().ok())
        }
        other => (other, None),
    };
    // The Go SDK v2 names the AWS code where a class would stand (`RequestID: X,
    // ValidationException: msg`); Go has no exception class.
    let exception = exception.filter(|e| {
        !(lines[e.line].contains("https response error")
            && aws.as_ref().is_some_and(|a| a.0 == e.name))
    });
    let xml = aws::xml_error(text);
    let aws_log = aws::aws_log(text);
    let aws_go = aws::aws_go_v1(text);
    let grpc = grpc::grpc(text);
    let kube = kubectl::kubernetes(text);
    let registry = docker::registry(text);
    let npm = npm::npm(text);
    let git = git::git_remote(text);
    let cloudflare = cloudflare::cloudflare_page(text);
    let zhipu = codes::zhipu_pack(text);
    let slack = codes::slack_node(text);
    let angle = codes::angle_status_code(text);
    let gcloud = gcloud::gcloud(text);
    let az = azcli::az_cli(text);
    let wrangler = cloudflare::wrangler(text);
    let go_http = go::go_http(text);
    let curl = curl::curl_error(text);
    let code_message = codes::code_then_message(text);
    let code_dash = codes::code_dash_message(text);
    let paren = codes::paren_code(text);
    let dotnet_codes = dotnet::summary_codes(text);
    let statuses = status::statuses(text);
    let labels = labelled::read(text).unwrap_or_default();
    let network = network_evidence(lines);
    let safety = safety::safety_block(text);
    // AWS SDK for JavaScript v3 names the error class after the AWS error code.
    let aws_js =
        text.contains("$metadata") || text.contains("$fault") || text.contains("ExceptionRes (");
    let aws_js_error = if aws_js {
        aws::aws_js_error(lines)
    } else {
        None
    };
    let whole = if context.is_empty() {
        text.to_string()
    } else {
        format!("{context}\n{text}")
    };
    let guess = provider::guess(&whole);
    // An AWS code on an application's own line is read only in a text about AWS, and only
    // where none of AWS's own printed forms holds one.
    let aws_line = (guess.as_ref().is_some_and(|g| g.slug == "aws")
        && aws.is_none()
        && xml.is_none()
        && aws_log.is_none()
        && aws_js_error.is_none())
    .then(|| aws::code_in_line(text))
    .flatten();

    // Status: the body's (or the one printed right before it), else the first one stated.
    let status = body
        .and_then(|b| b.status)
        .or_else(|| angle.as_ref().map(|a| a.0))
        .or(labels.status)
        .or(aws_status)
        .or_else(|| exception.as_ref().and_then(|e| leading_status(&e.rest)))
        .or_else(|| statuses.iter().map(|s| s.1).find(|&s| s >= 400))
        .filter(|&s| s >= 400);
    let mut f = Fields {
        status,
        ..Fields::default()
    };

    f.error_type = aws::error_type_header(text)
        .or_else(|| body.and_then(|b| b.error_type.clone()))
        .or_else(|| labels.error_type.clone())
        .or_else(|| aws.as_ref().map(|a| a.0.clone()))
        .or_else(|| xml.as_ref().map(|x| x.0.clone()))
        .or_else(|| aws_log.as_ref().map(|a| a.0.clone()))
        .or_else(|| grpc.as_ref().and_then(|g| g.0.clone()))
        .or_else(|| kube.as_ref().and_then(|k| k.0.clone()))
        .or_else(|| gcloud.as_ref().and_then(|g| g.0.clone()))
        .or_else(|| aws_js_error.as_ref().map(|e| e.0.clone()))
        .or_else(|| aws_line.as_ref().map(|e| e.0.clone()))
        .or_else(|| aws_go.as_ref().map(|a| a.0.clone()))
        .or_else(|| dotnet_codes.as_ref().and_then(|d| d.0.clone()))
        .or_else(|| labels.aside_type.clone());

    let exception_line = exception.as_ref().map(|e| lines[e.line]).unwrap_or("");
    f.error_code = body
        .and_then(|b| b.error_code.clone())
        .or_else(|| labels.error_code.clone())
        .or_else(|| az.as_ref().map(|a| a.0.clone()))
        .or_else(|| wrangler.as_deref().and_then(cloudflare::bracket_code))
        .or_else(|| zhipu.as_ref().map(|z| z.0.clone()))
        .or_else(|| exception.as_ref().and_then(|e| e.code.clone()))
        .or_else(|| codes::discord_code(text))
        .or_else(|| npm.as_ref().map(|n| n.0.clone()))
        .or_else(|| registry.as_ref().map(|r| r.0.clone()))
        .or_else(|| codes::code_then_message(exception_line).map(|c| c.0))
        .or_else(|| code_message.as_ref().map(|c| c.0.clone()))
        .or_else(|| angle.as_ref().map(|a| a.1.clone()))
        .or_else(|| code_dash.as_ref().map(|c| c.0.clone()))
        .or_else(|| {
            cloudflare
                .as_ref()
                .map(|c| c.0.clone())
                .filter(|c| c.len() == 4)
        })
        .or_else(|| git.as_ref().and_then(|g| g.0.clone()))
        .or_else(|| slack.clone())
        .or_else(|| paren.as_ref().map(|p| p.0.clone()))
        .or_else(|| dotnet_codes.as_ref().map(|d| d.1.clone()))
        .or_else(|| labels.aside_code.clone());
    if let Some(code) = &f.error_code {
        let repeats_status = f.status.is_some_and(|s| code == &s.to_string());
        if client_side_code(code) || repeats_status {
            f.error_code = None;
        }
    }

    let mut request_id = None;
    f.message = message(
        text,
        lines,
        body,
        exception.as_ref(),
        &mut request_id,
        &Forms {
            aws: &aws,
            xml: &xml,
            aws_log: &aws_log,
            grpc: &grpc,
            kube: &kube,
            registry: &registry,
            npm: &npm,
            git: &git,
            cloudflare: &cloudflare,
            zhipu: &zhipu,
            angle: &angle,
            gcloud: &gcloud,
            az: &az,
            aws_js: &aws_js_error,
            aws_line: &aws_line,
            aws_go: &aws_go,
            code_message: &code_message,
            code_dash: &code_dash,
            paren: &paren,
            labels: &labels,
        },
    );
    if let (Some(m), Some(code)) = (&f.message, &f.error_code) {
        f.message = Some(boundary::without_code(m, code));
    }
    f.request_id = body
        .and_then(|b| b.request_id.clone())
        .or(request_id)
        .or_else(|| zhipu.as_ref().and_then(|z| z.2.clone()))
        .or_else(|| request_id::request_id(text))
        .or_else(|| labels.request_id.clone())
        .filter(|id| !request_id::placeholder(id));
    f.exception = exception
        .as_ref()
        .map(|e| e.name.clone())
        .or_else(|| exception::keyed(text))
        .or_else(|| exception::before_pairs(text))
        .or_else(|| node::constructed_exception(text))
        .or_else(|| aws_js_error.as_ref().map(|e| e.0.clone()));

    let api_exception = exception.as_ref().is_some_and(|e| {
        known_api_exception(&e.name, &e.path) && (!e.rest.is_empty() || e.path.contains('.'))
    });
    let evidence = body.is_some()
        || f.status.is_some()
        || network
        || safety
        || api_exception
        || thrown_in_sdk(lines).is_some()
        || aws.is_some()
        || xml.is_some()
        || aws_log.is_some()
        || grpc
            .as_ref()
            .is_some_and(|g| g.0.is_some() || g.1.as_deref().is_some_and(wording::api_phrase))
        || kube.is_some()
        || registry.is_some()
        || npm.is_some()
        || git.is_some()
        || cloudflare.is_some()
        || zhipu.is_some()
        || slack.is_some()
        || gcloud.is_some()
        || az.is_some()
        || wrangler.is_some()
        || go_http.is_some()
        || curl.is_some()
        || aws_js_error.is_some()
        || aws_line.is_some()
        || labels.error_type.is_some()
        || labels.error_code.is_some()
        || gateway::gateway_request_id(text).is_some()
        || (wording::api_phrase(text) && errorish(text) && api_phrase_outside_names(text));
    // A failed attempt that a retry then turned into a success is no error to fix.
    if recovered && body.is_none() && exception.is_none() {
        return None;
    }

    f.provider = guess.as_ref().map(|g| g.slug.to_string());
    f.client = provider::client(&whole).map(str::to_string);
    Some((f, guess, evidence))
}

/// Lines of progress after a retry notice that show the retry went on.
const SETTLED_PROGRESS: usize = 1;

/// Which lines are a retry the log then got past: a retry notice followed by lines of
/// progress before any further failure, and the failure lines just before it that it retried.
/// A later failure in the same block is an error of its own (`pip` retried a download and
/// installed the package; the traceback after it is the application's).
fn settled_retries(lines: &[&str]) -> Vec<bool> {
    let vocabulary = &knowledge::get().vocabulary;
    let mut settled = vec![false; lines.len()];
    for i in (0..lines.len()).filter(|&i| vocabulary.is_retry_notice(lines[i])) {
        let progress = lines[i + 1..]
            .iter()
            .take_while(|l| !failed(l))
            .filter(|l| !l.trim().is_empty() && !vocabulary.is_retry_notice(l))
            .count();
        if progress < SETTLED_PROGRESS {
            continue;
        }
        settled[i] = true;
        if !lines[i + 1..].iter().any(|l| failed(l)) {
            // Without a later failure, `recovered` judges the failure it retried.
            continue;
        }
        let mut j = i;
        while j > 0 && i - j < RETRY_DISTANCE && failed(lines[j - 1]) {
            j -= 1;
            settled[j] = true;
        }
    }
    settled
}

/// A line that shows a failure: an error word or a failed status, outside quiet lines and
/// retry notices.
fn failed(l: &str) -> bool {
    let vocabulary = &knowledge::get().vocabulary;
    !vocabulary.is_quiet_line(l)
        && !vocabulary.is_retry_notice(l)
        && (errorish(l)
            || Vocabulary::has_word(&vocabulary.network_words, l)
            || status::statuses(l).iter().any(|&(_, s)| s >= 400))
}

/// Whether a retry was announced and the log then went on normally: the last retry notice
/// follows the last failure (a failed status, an error line) closely, no failure follows it,
/// and a line of progress does. A failure printed after the retry notice, or well before it,
/// is an error of its own, not the one that was retried.
fn recovered(lines: &[&str]) -> bool {
    let vocabulary = &knowledge::get().vocabulary;
    let Some(retry) = lines.iter().rposition(|l| vocabulary.is_retry_notice(l)) else {
        return false;
    };
    let failed = |l: &&str| failed(l);
    let after = &lines[retry + 1..];
    // The notices a client prints in a row (`Retrying due to status code 429`, `3 retries
    // left`, `Retrying request in 0.3 seconds`) are one notice: the distance runs to the first.
    let retried = lines[..retry].iter().rposition(failed).is_none_or(|f| {
        lines[f + 1..retry]
            .iter()
            .filter(|l| !l.trim().is_empty() && !vocabulary.is_retry_notice(l))
            .count()
            < RETRY_DISTANCE
    });
    retried && !after.iter().any(failed) && after.iter().any(|l| !l.trim().is_empty())
}

/// Lines a retry notice may follow the failure it retries by (the failure's detail lines).
const RETRY_DISTANCE: usize = 2;

/// The text of an error (`Error: ...`, `XError: ...`) whose stack runs through an API SDK's
/// package.
fn thrown_in_sdk(lines: &[&str]) -> Option<String> {
    let sdk = &knowledge::get().vocabulary.sdk_frame;
    lines.iter().enumerate().find_map(|(i, l)| {
        let (name, rest) = l.trim_start().split_once(": ")?;
        let head = (name.ends_with("Error") || name.ends_with("Exception")) && !name.contains(' ');
        let in_sdk = lines[i + 1..]
            .iter()
            .take(6)
            .take_while(|f| f.trim_start().starts_with("at "))
            .any(|f| sdk.is_match(f));
        (head && in_sdk).then(|| rest.trim().to_string())
    })
}

fn errorish(text: &str) -> bool {
    Vocabulary::has_word(&knowledge::get().vocabulary.error_words, text)
}

/// Whether the API wording is more than part of a plain language error's name (.NET's
/// `UnauthorizedAccessException` is about a file, not an API key).
fn api_phrase_outside_names(text: &str) -> bool {
    let names = &knowledge::get().vocabulary.language_errors;
    if !names.iter().any(|n| text.contains(n.as_str())) {
        return true;
    }
    let rest = names
        .iter()
        .fold(text.to_string(), |t, n| t.replace(n.as_str(), ""));
    wording::api_phrase(&rest)
}

fn network_evidence(lines: &[&str]) -> bool {
    let vocabulary = &knowledge::get().vocabulary;
    lines.iter().any(|l| {
        // A counter at zero (`"timeouts": 0`) reports no failure.
        let l = vocabulary.without_empty_errors(l);
        wording::network_failure(&l) && Vocabulary::has_word(&vocabulary.network_words, &l)
    })
}

fn known_api_exception(name: &str, path: &str) -> bool {
    let v = &knowledge::get().vocabulary;
    v.api_exceptions.iter().any(|n| n == name) || in_sdk_path(path)
}

/// Whether a class's module path is an API client's (`sdk_paths`).
fn in_sdk_path(path: &str) -> bool {
    let v = &knowledge::get().vocabulary;
    v.sdk_paths.iter().any(|p| path.contains(p.as_str()))
}

/// A plain language error (`KeyError`, `ValueError`...): its text is the program's, never a
/// service's message.
fn is_language_error(name: &str) -> bool {
    const BUILTIN: &[&str] = &[
        "ValueError",
        "TypeError",
        "RuntimeError",
        "OSError",
        "IOError",
    ];
    BUILTIN.contains(&name)
        || knowledge::get()
            .vocabulary
            .language_errors
            .iter()
            .any(|n| n == name)
}

/// Picks the exception that carries the API error: the last one whose line is about the API,
/// else the last one that is not a plain language error.
fn pick_exception(lines: &[&str]) -> Option<exception::Exception> {
    let all = exception::exceptions(lines);
    let related = |e: &&exception::Exception| {
        let line = lines[e.line];
        !status::statuses(line).is_empty()
            || line.contains('{')
            || wording::network_failure(line)
            || known_api_exception(&e.name, &e.path)
    };
    // A framework that wraps an SDK's error (`instructor...InstructorRetryException` from
    // `groq.RateLimitError`) repeats its text; the SDK's class names the error.
    let sdk = |e: &&exception::Exception| in_sdk_path(&e.path);
    let last = all.iter().rev().find(related);
    // Jupyter names a chained traceback's exception in its header (`HfHubHTTPError    Traceback
    // (most recent call last)`); a paste may stop before the exception's own last line.
    let chained_header = all.iter().rev().find(|e| {
        lines[e.line].contains("Traceback (most recent call last)")
            && last.is_some_and(|l| l.line < e.line)
            && lines[..e.line]
                .iter()
                .rev()
                .find(|l| {
                    l.contains("exception was the direct cause") || l.contains("During handling")
                })
                .is_some_and(|l| l.contains("exception was the direct cause"))
    });
    if let Some(e) = chained_header {
        return Some(e.clone());
    }
    // On one line (`gax.rpc.InternalException: io.grpc.StatusRuntimeException: INTERNAL`),
    // the outer class is the one raised.
    if let Some(e) = all
        .iter()
        .rev()
        .filter(related)
        .find(sdk)
        .filter(|e| last.is_none_or(|l| l.line != e.line))
    {
        return Some(e.clone());
    }
    if let Some(e) = last {
        return Some(e.clone());
    }
    all.iter()
        .rev()
        .find(|e| {
            !knowledge::get()
                .vocabulary
                .language_errors
                .contains(&e.name)
        })
        .cloned()
}

/// The printed forms found in a block, for message selection.
struct Forms<'a> {
    aws: &'a Option<(String, String)>,
    xml: &'a Option<(String, Option<String>)>,
    aws_log: &'a Option<(String, Option<String>)>,
    grpc: &'a Option<(Option<String>, Option<String>)>,
    kube: &'a Option<(Option<String>, String)>,
    registry: &'a Option<(String, String)>,
    npm: &'a Option<(String, Option<String>)>,
    git: &'a Option<(Option<String>, String)>,
    cloudflare: &'a Option<(String, Option<String>)>,
    zhipu: &'a Option<(String, String, Option<String>)>,
    angle: &'a Option<(u16, String, String)>,
    gcloud: &'a Option<(Option<String>, String)>,
    az: &'a Option<(String, String)>,
    aws_js: &'a Option<(String, String)>,
    aws_line: &'a Option<(String, String)>,
    aws_go: &'a Option<(String, String)>,
    code_message: &'a Option<(String, Option<String>)>,
    code_dash: &'a Option<(String, String)>,
    paren: &'a Option<(String, String)>,
    labels: &'a labelled::Labelled,
}

/// The service's own message, from the most specific form that states one, whole where it
/// was printed over several lines.
fn message(
    text: &str,
    lines: &[&str],
    body: Option<&payload::Body>,
    exception: Option<&exception::Exception>,
    request_id: &mut Option<String>,
    forms: &Forms,
) -> Option<String> {
    let m = chosen_message(text, lines, body, exception, request_id, forms)?;
    Some(boundary::continued(text, &m))
}

fn chosen_message(
    text: &str,
    lines: &[&str],
    body: Option<&payload::Body>,
    exception: Option<&exception::Exception>,
    request_id: &mut Option<String>,
    forms: &Forms,
) -> Option<String> {
    let usable = |m: &str| {
        let t = m.trim();
        let tag = t.starts_with('<')
            && t[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '!' || c == '/');
        !t.is_empty() && !tag && !t.contains("</") && !wording::is_client_wording(t)
    };
    // An OS error printed as a struct (`Os { code: 111, message: "Connection refused" }`)
    // is the client's wording, not a service's body.
    let service_body = body.filter(|b| {
        b.error_type.is_some()
            || b.error_code.is_some()
            || !b
                .message
                .as_deref()
                .is_some_and(|m| m.len() < 40 && wording::network_failure(m))
    });
    if let Some(m) = service_body.and_then(|b| b.message.as_deref()) {
        let (m, rid) = request_id::split_id(m);
        if rid.is_some() {
            *request_id = rid;
        }
        if let Some((_, inner, rid)) =
            codes::zhipu_pack(&m).filter(|z| m.trim_start().starts_with(&format!("[{}]", z.0)))
        {
            if let Some(rid) = rid {
                *request_id = Some(rid);
            }
            return Some(inner);
        }
        // A proxy that passes on a client's exception text (`litellm.BadRequestError: ...`).
        let m = if wrappers::opens_with_client_class(&m) {
            boundary::clean(&wrappers::strip_message_prefixes(&m)).unwrap_or(m)
        } else {
            m
        };
        if usable(&m) {
            return Some(m);
        }
    }
    // An AWS code printed with nothing after it: its body had no message.
    if forms.aws.as_ref().is_some_and(|a| a.1.is_empty()) {
        return None;
    }
    let candidates = [
        forms.zhipu.as_ref().map(|z| z.1.clone()),
        forms.xml.as_ref().and_then(|x| x.1.clone()),
        forms.aws.as_ref().map(|a| a.1.clone()),
        forms.aws_go.as_ref().map(|a| a.1.clone()),
        aws::s3cmd(text),
        forms.aws_log.as_ref().and_then(|a| a.1.clone()),
        forms.aws_line.as_ref().map(|a| a.1.clone()),
        forms.grpc.as_ref().and_then(|g| g.1.clone()),
        rust_client::unexpected_status(text),
        logs::logfmt_error(text),
        forms.labels.message.clone(),
        forms.kube.as_ref().map(|k| k.1.clone()),
        forms.gcloud.as_ref().map(|g| g.1.clone()),
        forms.az.as_ref().map(|a| a.1.clone()),
        forms.registry.as_ref().map(|r| r.1.clone()),
        forms.npm.as_ref().and_then(|n| n.1.clone()),
        python::twine(text),
        status::html_title(text),
        php::uncaught_text(text),
        cloudflare::wrangler(text),
        python::requests_reason(text),
        python::after_http_error_summary(text),
        dotnet::dotnet_http(text),
        dotnet::azure_status(text),
        git::gh_http(text),
        mobile::ns_error(text),
        mobile::dart_unhandled(text),
        forms.cloudflare.as_ref().and_then(|c| c.1.clone()),
        logs::nginx_error(text),
        gateway::gateway_log(text).map(|m| {
            let (m, rid) = request_id::split_id(&m);
            if request_id.is_none() {
                *request_id = rid;
            }
            m
        }),
        forms.git.as_ref().map(|g| g.1.clone()),
        forms.angle.as_ref().map(|a| a.2.clone()),
        forms.code_message.as_ref().and_then(|c| c.1.clone()),
        forms.code_dash.as_ref().map(|c| c.1.clone()),
        forms.paren.as_ref().map(|p| p.1.clone()),
    ];
    // Free-form candidates: a client's own words about a network failure are not a message.
    // Whether a candidate is only the server's: text it sent after its status (`500 Internal
    // Server Error: timed out waiting for ...`) may speak of a timeout.
    let after_status = status::after_status(text);
    let servers = after_status
        .as_deref()
        .is_some_and(|m| status::follows_reason(text, m));
    let loose = [
        (python::google_http_error(text), false),
        (forms.aws_js.as_ref().map(|e| e.1.clone()), false),
        (
            exception
                .filter(|e| {
                    known_api_exception(&e.name, &e.path)
                        || !status::statuses(lines[e.line]).is_empty()
                        || !is_language_error(&e.name) && !wording::network_failure(lines[e.line])
                })
                .and_then(|e| exception_message(lines, e)),
            false,
        ),
        (logs::labelled_message(text), false),
        (thrown_in_sdk(lines), false),
        (after_status.clone(), servers),
        (status::before_status(text), false),
        (last_segment(lines), false),
    ];
    // A service's sentence may mention a timeout; a client's short errno text is dropped.
    let loose = loose
        .into_iter()
        .filter_map(|(m, servers)| m.map(|m| (m, servers)))
        .filter(|(m, servers)| *servers || !wording::client_network_text(m))
        .map(|(m, _)| m);
    candidates
        .into_iter()
        .flatten()
        .chain(loose)
        .filter_map(|m| boundary::clean(&m))
        .find(|m| usable(m))
        .map(|m| {
            let (m, rid) = request_id::split_id(&m);
            if request_id.is_none() {
                *request_id = rid;
            }
            m
        })
}

/// `401 invalid x-api-key`: a status that opens an exception's text.
fn leading_status(rest: &str) -> Option<u16> {
    let rest = rest.trim_start();
    let digits = rest.get(..3)?;
    let after = rest[3..].chars().next();
    (digits.bytes().all(|b| b.is_ascii_digit()) && after.is_none_or(|c| c == ' '))
        .then(|| digits.parse().ok())
        .flatten()
        .filter(|s| (400..600).contains(s))
}

/// The message an exception line carries, or the detail line printed under a summary.
fn exception_message(lines: &[&str], e: &exception::Exception) -> Option<String> {
    if labelled::is_argument_list(&e.rest) {
        return None;
    }
    let mut m = wrappers::strip_message_prefixes(&e.rest);
    if let Some((_, msg)) = codes::code_then_message(&m).filter(|c| m.starts_with(&c.0)) {
        m = msg.unwrap_or_default();
    }
    if let Some(i) = m.find(" - http") {
        m.truncate(i);
    }
    // Octokit lists a validation failure's details under `Error summary:`; the `message:`
    // there says what was wrong.
    let below = lines.get(e.line + 1..).unwrap_or_default();
    if let Some(k) = below
        .iter()
        .take(2)
        .position(|l| l.trim() == "Error summary:")
    {
        let detail = below[k + 1..]
            .iter()
            .take(6)
            .find_map(|l| l.trim().strip_prefix("message: "));
        if let Some(d) = detail {
            return Some(d.to_string());
        }
    }
    // A status name alone (`StatusRuntimeException: RESOURCE_EXHAUSTED`) is the type, not a
    // message.
    if grpc::is_status_name(m.trim()) {
        return None;
    }
    if m.starts_with('{') || m.starts_with('[') && m.contains('{') {
        return None;
    }
    // A summary with its detail after it (discord.py's `Invalid Form Body In content: ...`,
    // or the detail on the next line).
    if let Some(rest) = wording::after_summary(&m) {
        if rest.contains(": ") {
            return Some(rest.to_string());
        }
        let next = lines.get(e.line + 1).map(|l| l.trim()).unwrap_or_default();
        if rest.is_empty() && next.contains(": ") && !next.starts_with("at ") {
            return Some(next.to_string());
        }
    }
    if let Some(next) = lines.get(e.line + 1).map(|l| l.trim()) {
        // A label the exception's own line opens with too is the application's log tag
        // (`release: HttpError 422: ...`, then `release: x-request-id=...`), not a detail.
        let own = lines[e.line].trim_start();
        let detail = next.split_once(": ").is_some_and(|(k, _)| {
            !k.is_empty()
                && !k.contains(' ')
                && k.chars().all(|c| c.is_alphanumeric() || "._[]".contains(c))
                && !own.starts_with(&format!("{k}: "))
        });
        if detail && !m.is_empty() && !next.starts_with("at ") && m.split_whitespace().count() <= 4
        {
            return Some(labelled_block_message(&lines[e.line + 1..]).unwrap_or(next.to_string()));
        }
    }
    (!m.is_empty()).then_some(m)
}

/// The most specific message in a block of `key: value` lines printed under an exception
/// (replicate's `title: Unauthenticated` / `status: 401` / `detail: ...`), by the order of the
/// message keys.
fn labelled_block_message(lines: &[&str]) -> Option<String> {
    let keys = &knowledge::get().keys;
    let pairs: Vec<(usize, &str)> = lines
        .iter()
        .take(8)
        .map_while(|l| l.trim().split_once(": "))
        .filter_map(|(k, v)| {
            let k = knowledge::normalize_key(k);
            let rank = keys.message.iter().position(|m| *m == k)?;
            Some((rank, v.trim()))
        })
        .collect();
    pairs
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .min_by_key(|(rank, _)| *rank)
        .map(|(_, v)| v.to_string())
}

/// `Error: context: the message` — the last segment of an error line naming an API refusal.
fn last_segment(lines: &[&str]) -> Option<String> {
    lines.iter().find_map(|l| {
        let low = l.to_lowercase();
        if !(low.contains("error") && wording::api_phrase(l)) {
            return None;
        }
        let (l, _) = request_id::split_id(l);
        // The innermost segment that still states the refusal: a message may itself hold
        // `Limit: 150000 / min. Current: ...`.
        let tails: Vec<&str> = l
            .match_indices(": ")
            .map(|(i, _)| l[i + 2..].trim())
            .collect();
        let last = tails.last()?;
        let tail = tails
            .iter()
            .filter(|t| t.len() > 8 && t.contains(' ') && !t.contains("://"))
            .rfind(|t| wording::api_phrase(t))
            .unwrap_or(last);
        (tail.len() > 8 && tail.contains(' ') && !tail.contains("://")).then(|| tail.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(text: &str) -> Option<Fields> {
        read_block(text).filter(|i| i.evidence).map(|i| i.fields)
    }

    #[test]
    fn counters_at_zero_report_no_failure() {
        assert!(!network_evidence(&[
            r#"{"level":"info","msg":"minute stats","errors":0,"timeouts":0}"#
        ]));
        assert!(!network_evidence(&[
            "stats requests=40 timeouts=0 conn_refused=0"
        ]));
        assert!(network_evidence(&["error: upstream timeout after 30s"]));
    }

    fn read_block(text: &str) -> Option<Incident> {
        let block = Block {
            lines: text
                .lines()
                .enumerate()
                .map(|(i, t)| Line {
                    no: i + 1,
                    text: t.to_string(),
                })
                .collect(),
            context: Vec::new(),
            last_signal: text.lines().count(),
        };
        incident(&block)
    }

    #[test]
    fn reads_sdk_exceptions_of_ruby_php_java_and_go() {
        let f = fields("PHP Fatal error:  Uncaught Stripe\\Exception\\IdempotencyException: There is currently another in-progress request using this Stripe-Idempotency-Key. in /v/ApiErrorException.php:38").unwrap();
        assert_eq!(f.exception.as_deref(), Some("IdempotencyException"));
        let f = fields("[bot] Octokit::UnprocessableEntity: POST https://api.github.com/repos/a/b/issues: 422 - Validation Failed\nError summary:\n  resource: Issue\n  code: custom\n  message: body is too long").unwrap();
        assert_eq!(f.exception.as_deref(), Some("UnprocessableEntity"));
        assert_eq!(f.message.as_deref(), Some("body is too long"));
        let f = fields("com.google.api.gax.rpc.ResourceExhaustedException: io.grpc.StatusRuntimeException: RESOURCE_EXHAUSTED: Quota exceeded for region.").unwrap();
        assert_eq!(f.error_type.as_deref(), Some("RESOURCE_EXHAUSTED"));
        assert_eq!(f.message.as_deref(), Some("Quota exceeded for region."));
        let f = fields("Error from API: map[code:model_not_found message:The model `m` does not exist. param:<nil> type:invalid_request_error]").unwrap();
        assert_eq!(f.error_code.as_deref(), Some("model_not_found"));
        assert_eq!(f.message.as_deref(), Some("The model `m` does not exist."));
        let f = fields("call failed: {'error_code': 18, 'error_msg': 'Open api qps request limit reached', 'log_id': 3195846027413825}").unwrap();
        assert_eq!(f.request_id.as_deref(), Some("3195846027413825"));
    }

    #[test]
    fn reads_go_dotnet_spring_and_problem_detail_forms() {
        let f = fields("invoke failed: operation error Bedrock Runtime: InvokeModel, https response error StatusCode: 400, RequestID: 1d2c, ValidationException: The provided model identifier is invalid.").unwrap();
        assert_eq!(f.exception, None);
        assert_eq!(f.error_type.as_deref(), Some("ValidationException"));
        assert_eq!(
            f.message.as_deref(),
            Some("The provided model identifier is invalid.")
        );
        let f = fields("Error: creating S3 Bucket (x): operation error S3: CreateBucket, https response error StatusCode: 409, RequestID: 4R6V, HostID: abc=, BucketAlreadyExists: ").unwrap();
        assert_eq!(f.error_type.as_deref(), Some("BucketAlreadyExists"));
        assert_eq!(f.message, None);
        let f = fields("Unhandled exception. System.ClientModel.ClientResultException: HTTP 401 (invalid_request_error: invalid_api_key)\n\nIncorrect API key provided: sk-x.\n   at OpenAI.ClientPipelineExtensions.ProcessMessageAsync()").unwrap();
        assert_eq!(f.error_type.as_deref(), Some("invalid_request_error"));
        assert_eq!(f.error_code.as_deref(), Some("invalid_api_key"));
        assert_eq!(
            f.message.as_deref(),
            Some("Incorrect API key provided: sk-x.")
        );
        let f = fields("org.springframework.web.client.HttpClientErrorException$TooManyRequests: 429 Too Many Requests: \"{<EOL>  \"error\": {<EOL>    \"message\": \"Rate limit reached\",<EOL>    \"code\": \"rate_limit_exceeded\"<EOL>  }<EOL>}<EOL>\"").unwrap();
        assert_eq!(f.error_code.as_deref(), Some("rate_limit_exceeded"));
        assert_eq!(f.message.as_deref(), Some("Rate limit reached"));
        let f = fields("replicate.exceptions.ReplicateError: ReplicateError Details:\ntitle: Unauthenticated\nstatus: 401\ndetail: You did not pass a valid authentication token").unwrap();
        assert_eq!(
            f.message.as_deref(),
            Some("You did not pass a valid authentication token")
        );
        let f = fields("Caused by:\n    0: HTTP status client error (429 Too Many Requests) for url (https://api.example.com/v1/x)").unwrap();
        assert_eq!((f.status, f.message), (Some(429), None));
        let f = fields("retrofit2.HttpException: HTTP 429 \n\tat retrofit2.OkHttpCall$1.onResponse(OkHttpCall.java:164)").unwrap();
        assert_eq!((f.status, f.message), (Some(429), None));
    }

    #[test]
    fn reads_cli_sdk_and_page_forms_without_a_body() {
        let f = fields("ERROR: (InsufficientQuota) This operation require 450 new capacity.\nCode: InsufficientQuota\nMessage: This operation require 450 new capacity.").unwrap();
        assert_eq!(f.error_code.as_deref(), Some("InsufficientQuota"));
        assert_eq!(
            f.message.as_deref(),
            Some("This operation require 450 new capacity.")
        );
        let f = fields("✘ [ERROR] A request to the Cloudflare API (/accounts/a/workers/scripts/x/versions) failed.\n\n  Your Worker exceeded the size limit of 3 MiB. [code: 10027]").unwrap();
        assert_eq!(f.error_code.as_deref(), Some("10027"));
        let f = fields("Error: an error was encountered while running the model: unexpected EOF\n    at [Symbol.asyncIterator] (file:///app/node_modules/ollama/dist/browser.mjs:40:15)").unwrap();
        assert_eq!(
            f.message.as_deref(),
            Some("an error was encountered while running the model: unexpected EOF")
        );
        assert_eq!(f.provider.as_deref(), Some("ollama"));
        let f = fields(
            "    raise errors.AccessTokenExpiredError\nqianfan.errors.AccessTokenExpiredError",
        )
        .unwrap();
        assert_eq!(f.exception.as_deref(), Some("AccessTokenExpiredError"));
        let f = fields("error: Failed to publish\n  cause: Server returned status code 403 Forbidden. Server says: <html>\n<title>403 The user 'x' isn't allowed to upload to project 'y'.</title>").unwrap();
        assert_eq!(
            f.message.as_deref(),
            Some("The user 'x' isn't allowed to upload to project 'y'.")
        );
        let f = fields("Error: 500 Internal Server Error: timed out waiting for llama runner to start - progress 0.28").unwrap();
        assert_eq!(
            f.message.as_deref(),
            Some("timed out waiting for llama runner to start - progress 0.28")
        );
        let f = fields("Stripe::IdempotencyError: (Status 400) (Request req_Qm4Lr8Tz2VbN6x) Keys for idempotent requests can only be used with the same parameters they were first used with.").unwrap();
        assert_eq!(f.request_id.as_deref(), Some("req_Qm4Lr8Tz2VbN6x"));
        let f = fields("ERROR -- job: response headers={\"msh-request-id\"=>\"3b9f1c7e-d42a\", \"retry-after\"=>\"1\"} status=429").unwrap();
        assert_eq!(f.request_id.as_deref(), Some("3b9f1c7e-d42a"));
        let f = fields("litellm.InternalServerError: VertexAIException - {\n  \"error\": {\n    \"code\": 503,\n    \"message\": \"The model is overloaded. Please try again later.\",").unwrap();
        assert_eq!(
            f.message.as_deref(),
            Some("The model is overloaded. Please try again later.")
        );
        assert_eq!(f.provider.as_deref(), Some("vertex-ai"));
    }

    #[test]
    fn a_class_that_stands_for_a_status_implies_it_unreported() {
        let block = Block {
            lines: vec![Line {
                no: 1,
                text: "voyageai.error.RateLimitError: You have not yet added your payment method."
                    .into(),
            }],
            ..Default::default()
        };
        let i = incident(&block).unwrap();
        assert_eq!((i.fields.status, i.implied_status), (None, Some(429)));
    }

    #[test]
    fn a_summary_gives_way_to_its_detail() {
        for text in [
            "discord.errors.HTTPException: 400 Bad Request (error code: 50035): Invalid Form Body\nIn content: Must be 2000 or fewer in length.",
            "Command raised an exception: HTTPException: 400 Bad Request (error code: 50035): Invalid Form Body In content: Must be 2000 or fewer in length.",
        ] {
            let f = fields(text).unwrap();
            assert_eq!(f.error_code.as_deref(), Some("50035"));
            assert_eq!(
                f.message.as_deref(),
                Some("In content: Must be 2000 or fewer in length.")
            );
        }
        let f = fields(
            "discord.errors.Forbidden: 403 Forbidden (error code: 50013): Missing Permissions",
        )
        .unwrap();
        assert_eq!(f.message.as_deref(), Some("Missing Permissions"));
    }

    #[test]
    fn reads_a_stainless_sdk_error() {
        let f = fields("openai.AuthenticationError: Error code: 401 - {'error': {'code': '', 'message': '无效的令牌 (request id: 20260219100814161456584b503l5fK)', 'type': 'new_api_error'}}").unwrap();
        assert_eq!(f.status, Some(401));
        assert_eq!(f.exception.as_deref(), Some("AuthenticationError"));
        assert_eq!(f.error_type.as_deref(), Some("new_api_error"));
        assert_eq!(f.error_code, None);
        assert_eq!(f.message.as_deref(), Some("无效的令牌"));
        assert_eq!(
            f.request_id.as_deref(),
            Some("20260219100814161456584b503l5fK")
        );
        assert_eq!(f.provider.as_deref(), Some("new-api"));
        assert_eq!(f.client.as_deref(), Some("python-openai"));
    }

    #[test]
    fn ordinary_errors_are_not_incidents() {
        assert!(fields("KeyError: 'mining_runs'").is_none());
        assert!(fields(
            "(node:1) [DEP0040] DeprecationWarning: The punycode module is deprecated."
        )
        .is_none());
        assert!(fields("INFO HTTP Request: POST https://api.openai.com/v1/chat/completions \"HTTP/1.1 200 OK\"").is_none());
        let retried = "INFO HTTP Request: POST https://api.openai.com/v1/chat/completions \"HTTP/1.1 429 Too Many Requests\"\nINFO Retrying request to /chat/completions in 0.8 seconds\nINFO HTTP Request: POST https://api.openai.com/v1/chat/completions \"HTTP/1.1 200 OK\"";
        assert!(fields(retried).is_none(), "a successful retry is no error");
        assert!(fields(&retried.replace("200 OK", "429 Too Many Requests")).is_some());
        // A retry of something else, lines later, does not take an error back.
        let unrelated = "Error response from daemon: toomanyrequests: You have reached your pull rate limit.\nStep 3/9 : RUN make\nCollecting x==1.0\nWARN retrying cache after transient failure (attempt 2/5)\nStep 4/9 : RUN make";
        assert!(fields(unrelated).is_some());
        // An application's own error inside a log record (no failed status) is not an API
        // error, even though its keys look like a body's.
        let record = r#"{"level":50,"time":1796082008321,"reqId":"req-9","err":{"type":"ValidationError","message":"\"quantity\" must be a positive integer"},"msg":"order rejected"}"#;
        assert!(fields(record).is_none());
    }

    #[test]
    fn network_errors_have_no_status() {
        let f = fields("requests.exceptions.ConnectionError: HTTPConnectionPool(host='127.0.0.1', port=5665): Max retries exceeded with url: /x (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x1>: Failed to establish a new connection: [Errno 111] Connection refused'))").unwrap();
        assert_eq!(f.status, None);
        assert_eq!(f.exception.as_deref(), Some("ConnectionError"));
        assert_eq!(f.message, None);
        assert_eq!(f.client.as_deref(), Some("requests"));
    }

    #[test]
    fn a_retry_the_log_got_past_is_not_the_next_error() {
        // pip retried a download and went on; the traceback after it is the application's.
        let text = "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError(\"Failed to establish a new connection: [Errno 101] Network is unreachable\")': /simple/pandas/\nDownloading pandas-2.2.3-cp312-cp312-manylinux2014_x86_64.whl (12.7 MB)\nERROR tasks.export failed\nsqlite3.IntegrityError: UNIQUE constraint failed: users.email";
        let inc = read_block(text).unwrap();
        assert!(!inc.evidence && !inc.text.contains("Retrying"));
        // Retries that end in a failure keep the failure.
        let gave_up = "WARNING: Retrying (Retry(total=0)) after connection broken by 'ProxyError('Cannot connect to proxy.')': /simple/flask/\nERROR: Could not find a version that satisfies the requirement flask (from versions: none)";
        assert!(read_block(gave_up).unwrap().text.contains("Retrying"));
    }

    #[test]
    fn the_message_is_the_innermost_segment_that_states_the_refusal() {
        let f = fields("OpenAI error: Rate limit reached for tokens. Limit: 150000 / min. Current: 176000 / min. Contact support if you continue to have issues.").unwrap();
        assert!(f
            .message
            .unwrap()
            .starts_with("Rate limit reached for tokens."));
    }

    #[test]
    fn an_exception_of_any_non_language_class_gives_its_message() {
        let f = fields("HTTP 403\nContextWindowExceededError: OpenAIException - Input tokens exceed the configured limit of 272000 tokens.").unwrap();
        assert_eq!(
            f.message.as_deref(),
            Some("Input tokens exceed the configured limit of 272000 tokens.")
        );
        let f =
            fields("HTTP 500 from the service\nValueError: could not convert string to float: 'x'")
                .unwrap();
        assert_eq!(f.message, None);
    }

    #[test]
    fn a_file_access_exception_is_no_api_error() {
        assert!(fields("System.UnauthorizedAccessException: Access to the path 'C:\\ProgramData\\app\\log.txt' is denied.").is_none());
        assert!(fields("HTTP 401 Unauthorized: invalid api key").is_some());
    }
}
