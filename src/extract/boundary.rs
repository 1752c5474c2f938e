//! Message boundaries: what clients, logs and CLIs print around a service's sentence.
//!
//! A message read from a printed form (not from a body) often carries a wrapper: a bracketed
//! status in front (`[HTTP 400] `), an SDK's label list or a CLI's verb and resource behind
//! (`(get pods)`), a doc link (`// See: https://...`), a truncation mark. Some printed
//! "messages" are no service sentence at all: a method and URL, a reason phrase with a request
//! id, a bare `status_code: 429`.

use std::sync::LazyLock;

use regex::Regex;

use super::{labelled, status};
use crate::knowledge;

/// Wrappers in front of a message, in the shapes of HTTP and gRPC themselves; what one client
/// or tool prints is in `data/vocabulary.toml` (`message_prefixes`).
static PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(concat!(
        r"^(?:\[HTTP \d{3}\]\s*|HTTP \d{3}:\s+|\[\d{3}\]\s+",
        // npm's `METHOD url - message`.
        r"|(?:GET|POST|PUT|PATCH|DELETE|HEAD) https?://\S+ - ",
        // An application's account of the call with the status in brackets before the
        // service's words: `OpenRouter request failed (402): message`.
        r"|(?:[\w.-]+ ){1,4}failed \(\d{3}\):\s+",
        // gRPC clients' `8 RESOURCE_EXHAUSTED: ` (numeric code and its name).
        r"|\d{1,2} (?:CANCELLED|UNKNOWN|INVALID_ARGUMENT|DEADLINE_EXCEEDED|NOT_FOUND|ALREADY_EXISTS",
        r"|PERMISSION_DENIED|RESOURCE_EXHAUSTED|FAILED_PRECONDITION|ABORTED|OUT_OF_RANGE",
        r"|UNIMPLEMENTED|INTERNAL|UNAVAILABLE|DATA_LOSS|UNAUTHENTICATED):\s+",
        r")",
    ))
});

/// Wrappers behind a message, each anchored at its end; what one client or tool prints is in
/// `data/vocabulary.toml` (`message_suffixes`).
static SUFFIX: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(concat!(
        r"(?:\s*//\s*See:?\s*https?://\S+",
        r"|\s*\[code:\s*\d+\]",
        r"|\s*\(Code \d+\)",
        r"|\s+\((?:get|post|put|patch|delete|list|watch|create|update|head) [\w./-]+\)",
        r"|\s*\(truncated\.*\)",
        // The URL or status a CLI repeats after the message (`gh`: `msg (HTTP 403)`).
        r"|\s*\(https?://[^\s()]+\)",
        r"|\s*\(HTTP \d{3}\)",
        // PHP's uncaught exception names the file and line after the message.
        r"|\s+in (?:[A-Za-z]:)?[\\/][^\s:]*\.php(?::\d+| on line \d+)",
        r")\s*$",
    ))
});

/// Swift's print of an optional string (`Optional("message")`), as SDK error structs show it.
static SWIFT_OPTIONAL: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::builtin(r#"^Optional\("((?:[^"\\]|\\.)*)"\)"#));

/// Text that only names the request, not what went wrong.
static NOT_A_MESSAGE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(concat!(
        r"(?i)^(?:[\w ]+ (?:from|for) )?(?:GET|POST|PUT|PATCH|DELETE|HEAD) https?://\S+(?:\s*\[\w+\])?$",
        r"|^status(?:_code)?:?\s*\d{3}$",
    ))
});

/// A reason phrase followed by a request id: the client's summary of a status.
static REASON_WITH_ID: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(r"(?i)^([A-Za-z][A-Za-z ]+?),?\s+request[ _-]?id:?\s*\S+$")
});

/// A person's aside in brackets after a pasted message (`(got this after I ...)`).
static ASIDE: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::builtin(r"\s*\([^()]*\b(?:I|I'm|my|me)\b[^()]*\)\s*$"));

/// The string value of a message key in a body fragment (`{"code":1,"msg":"..."`), which a
/// log printed where a message would be.
static FRAGMENT_MESSAGE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(
        r#""(?:message|msg|error_description|errorMessage)"\s*:\s*"((?:[^"\\]|\\.)*)(?:"|$)"#,
    )
});

/// A proxy's account of a failure whose last field is the upstream's own message
/// (`...; upstream_status: HTTP 403; cause: <message>`).
static CAUSE: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::builtin(r"(?:^|;\s*)cause:\s+(\S.*)$"));

/// An application's template around a service's message: `401 <message>. Please verify your
/// settings and try again.`
static APP_TEMPLATE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(r"^[45]\d\d (.+?)\.?\s*Please verify your settings and try again\.?$")
});

/// A message that opens with the error's own code (`4006: you have used up ...`,
/// `toomanyrequests - ...`): the code goes to its field, the message is the rest.
pub fn without_code(message: &str, code: &str) -> String {
    message
        .strip_prefix(code)
        .and_then(|rest| {
            let rest = rest.trim_start_matches(' ');
            rest.strip_prefix(':')
                .or_else(|| rest.strip_prefix("- "))
                .filter(|r| r.starts_with(char::is_whitespace))
        })
        .map(str::trim)
        .filter(|rest| !rest.is_empty())
        .unwrap_or(message)
        .to_string()
}

/// A status that opens a message (`429 Your account ... reached its rate limit`), as clients
/// print it before the service's words. A status before a title (`404 Project Not Found`,
/// `403 Forbidden - ...`) is part of what the service said, and stays.
fn without_status(m: &str) -> &str {
    static LEAD: LazyLock<Regex> =
        LazyLock::new(|| crate::pattern::builtin(r"^[45]\d\d\s+(\S.*)$"));
    let Some(rest) = LEAD.captures(m).and_then(|c| c.get(1)) else {
        return m;
    };
    let rest = rest.as_str();
    let words: Vec<&str> = rest.split_whitespace().collect();
    let reason = (1..=words.len().min(4)).any(|n| status::is_reason_phrase(&words[..n].join(" ")));
    let title = words.len() <= 5
        && words
            .iter()
            .all(|w| !w.starts_with(|c: char| c.is_lowercase()));
    if reason || title {
        m
    } else {
        rest
    }
}

/// The service's sentence inside a printed message, or `None` when it holds none.
pub fn clean(message: &str) -> Option<String> {
    let message = message.trim();
    let unwrapped = message
        .starts_with('{')
        .then(|| FRAGMENT_MESSAGE.captures(message))
        .flatten()
        .map(|c| c[1].replace("\\\"", "\""));
    let mut m = labelled::strip_list(unwrapped.as_deref().unwrap_or(message)).to_string();
    if let Some(c) = CAUSE.captures_iter(&m).last() {
        m = c[1].to_string();
    }
    if let Some(c) = APP_TEMPLATE.captures(&m) {
        m = c[1].to_string();
    }
    if let Some(c) = SWIFT_OPTIONAL.captures(&m) {
        m = c[1].replace("\\\"", "\"");
    }
    let vocabulary = &knowledge::get().vocabulary;
    loop {
        let before = m.len();
        m = PREFIX.replace(&m, "").trim().to_string();
        m = without_status(&m).to_string();
        m = vocabulary.message_prefix.replace(&m, "").trim().to_string();
        m = SUFFIX.replace(&m, "").trim().to_string();
        m = vocabulary.message_suffix.replace(&m, "").trim().to_string();
        m = ASIDE.replace(&m, "").trim().to_string();
        m = strip_unbalanced_close(&m).to_string();
        if m.len() == before {
            break;
        }
    }
    if let Some(once) = said_twice(&m) {
        m = once;
    }
    // An empty body as a client prints it (`Body: ""`) says nothing.
    if m.trim_matches(['"', '\'']).trim().is_empty() || NOT_A_MESSAGE.is_match(&m) {
        return None;
    }
    if let Some(c) = REASON_WITH_ID.captures(&m) {
        if status::is_reason_phrase(&c[1]) {
            return None;
        }
    }
    Some(m)
}

/// Shortest opening of a message that counts as said twice.
const REPEATED_MIN: usize = 20;

/// A message printed twice in a row, as a dump prints an error's message and then its string
/// form (`msg Error: msg`, a page's heading over its title): the first time, whole.
fn said_twice(m: &str) -> Option<String> {
    m.char_indices()
        .filter(|&(i, c)| c == ' ' && i >= REPEATED_MIN)
        .map(|(i, _)| (m[..i].trim_end(), m[i..].trim_start()))
        .find(|(first, rest)| {
            let rest = rest.strip_prefix("Error: ").unwrap_or(rest);
            rest.starts_with(first)
                && rest[first.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
        .map(|(first, _)| first.to_string())
}

/// A bare URL at the start of a line, up to a space or the bracket or quote that closes what
/// it was printed in.
static URL_LINE: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::builtin(r#"^https?://[^\s"'<>\]]+"#));

/// A sentence that points to a page, on a line of its own under a message: `To learn more
/// about provider routing, visit: https://...`.
static POINTER_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(
        r"^(?:To|For) [\w ,'-]{3,100}?\b(?:see|visit|refer to|head to|go to|read)\b:?\s+https?://\S+$",
    )
});

/// Lines a message may continue over.
const CONTINUATION_LINES: usize = 8;

/// The message `m` whole, where `text` prints it over several lines, as printed: a line
/// ending with a backslash goes on in the next; a sentence that points to a page
/// (`For details, see:`) goes on with the URL on the next line, and after that URL with a line
/// that starts in lower case or with punctuation, or with another URL where the sentence before
/// it is left open; a pointer sentence to a page on the next line belongs to the message.
pub fn continued(text: &str, m: &str) -> String {
    let Some(end) = text.match_indices(m).map(|(i, _)| i + m.len()).find(|&e| {
        text[e..]
            .split('\n')
            .next()
            .is_some_and(|rest| rest.trim().is_empty())
    }) else {
        return m.to_string();
    };
    let start = end - m.len();
    // Where the message ends so far, and where the line after it starts.
    let mut stop = end;
    let mut next_start = text[end..].find('\n').map(|i| end + i + 1);
    let mut last = m.trim_end();
    let mut continuing = false;
    let mut after_url = false;
    for _ in 0..CONTINUATION_LINES {
        let Some(from) = next_start else { break };
        let line_end = text[from..].find('\n').map_or(text.len(), |i| from + i);
        let line = &text[from..line_end];
        let next = line.trim();
        let open = !last.ends_with(['.', '!', '?', '。', '！', '？']);
        let mut take = line_end;
        let mut stop_here = false;
        if last.ends_with('\\') && !next.is_empty() {
        } else if let Some(url) = URL_LINE
            .find(next)
            .filter(|_| last.ends_with([':', '：']) || continuing && open)
        {
            let after = &next[url.end()..];
            if !(after.trim().is_empty() || after.starts_with(' ') && lower_start(after.trim())) {
                take = from + (line.len() - line.trim_start().len()) + url.end();
                stop_here = true;
            }
        } else if after_url && (next.starts_with(['.', ',', ';']) || lower_start(next)) {
        } else if !open && POINTER_LINE.is_match(next) {
            stop_here = true;
        } else if open && !last.ends_with([':', '：', ',', ';']) && goes_on(line) {
        } else {
            break;
        }
        stop = take;
        if stop_here {
            break;
        }
        after_url = URL_LINE.is_match(next) && !next.contains(' ');
        continuing = true;
        last = next;
        next_start = (line_end < text.len()).then_some(line_end + 1);
    }
    text[start..stop].trim_end().to_string()
}

/// A line a tool prints on its own: a log line under the tool's name and level (`npm error
/// 404`), a shell prompt (`user@host:~$`).
static TOOL_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(
        r"^[\w.-]+ (?:(?:error|warn|WARN|notice|info|verb|http)\b|ERR!)|^[\w.-]+@[\w.-]+:|[$#>]\s*$",
    )
});

/// A line that goes on with a sentence left open on the line above: printed from its first
/// column, it starts in lower case or with a quoted name (`` `projects/x` ``), and is neither
/// code, a stack frame, a tool's own line, a labelled field, a heading nor a line that names an
/// error of its own (a log record under the message).
fn goes_on(line: &str) -> bool {
    let next = line.trim_end();
    !next.is_empty()
        && !TOOL_LINE.is_match(next)
        && !next.to_lowercase().contains("error")
        && !line.starts_with([' ', '\t'])
        && (lower_start(next) || next.starts_with('`'))
        && !next.starts_with("at ")
        && !next.contains(": ")
        && !next.ends_with(':')
        && !knowledge::get().vocabulary.code_line.is_match(next)
}

fn lower_start(s: &str) -> bool {
    s.starts_with(|c: char| c.is_lowercase())
}

/// Quotes a message may be printed in, or may quote names in.
const QUOTES: [char; 3] = ['\'', '"', '`'];

/// How many of `q` in `s` open a quotation (at a word's start) and how many close one (at a
/// word's end); an apostrophe inside a word (`card's`) does neither.
fn quote_marks(s: &str, q: char) -> (usize, usize) {
    let chars: Vec<char> = s.chars().collect();
    let word = |c: Option<&char>| c.is_some_and(|c| c.is_alphanumeric());
    let (mut open, mut close) = (0, 0);
    for (i, _) in chars.iter().enumerate().filter(|(_, &c)| c == q) {
        let before = i.checked_sub(1).and_then(|j| chars.get(j));
        let after = chars.get(i + 1);
        match (word(before), word(after)) {
            (true, true) => {}
            (false, _) if after.is_some_and(|c| !c.is_whitespace()) => open += 1,
            _ => close += 1,
        }
    }
    (open, close)
}

/// `s` without the quotes it was printed in (`'message'`), and without a quote at either end
/// that closes or opens nothing inside it; a name quoted at the end (`No such customer:
/// 'cus_1'`) keeps its quotes.
pub fn strip_stray_quotes(s: &str) -> &str {
    let mut s = s.trim();
    loop {
        let before = s.len();
        for q in QUOTES {
            let inner = s
                .strip_prefix(q)
                .and_then(|r| r.strip_suffix(q))
                .filter(|inner| {
                    let (open, close) = quote_marks(inner, q);
                    open == close
                });
            if let Some(inner) = inner {
                s = inner.trim();
                continue;
            }
            let (open, close) = quote_marks(s, q);
            if s.ends_with(q) && close > open {
                s = s[..s.len() - 1].trim_end();
            } else if s.starts_with(q) && open > close {
                s = s[1..].trim_start();
            }
        }
        if s.len() == before {
            return s;
        }
    }
}

/// Drops a closing bracket or quote left behind by the text the message was cut out of
/// (`(404: 404 Project Not Found)` read from its colon on).
fn strip_unbalanced_close(m: &str) -> &str {
    let count = |c: char| m.matches(c).count();
    for (open, close) in [('(', ')'), ('（', '）')] {
        if m.ends_with(close) && count(close) > count(open) {
            return m[..m.len() - close.len_utf8()].trim_end();
        }
    }
    if m.ends_with("\",") || m.ends_with('"') && count('"') % 2 == 1 {
        return m.trim_end_matches(',').trim_end_matches('"').trim_end();
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_wrappers() {
        assert_eq!(
            clean("Bad credentials // See: https://developer.github.com/v3").as_deref(),
            Some("Bad credentials")
        );
        assert_eq!(
            clean("[HTTP 400] The 'To' number +1 is not a valid phone number.").as_deref(),
            Some("The 'To' number +1 is not a valid phone number.")
        );
        assert_eq!(
            clean("the server does not allow access to the requested resource (post replicationcontrollers)").as_deref(),
            Some("the server does not allow access to the requested resource")
        );
        assert_eq!(
            clean("Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: X), S3 Extended Request ID: Y").as_deref(),
            Some("Access Denied")
        );
        assert_eq!(
            clean("Authentication error [code: 10000]").as_deref(),
            Some("Authentication error")
        );
    }

    #[test]
    fn strips_what_clients_print_around_a_message() {
        for (printed, want) in [
            (
                "PUT https://registry.npmjs.org/x - Too Many Requests",
                "Too Many Requests",
            ),
            (
                "Resource not accessible by integration (HTTP 403)",
                "Resource not accessible by integration",
            ),
            (
                "Bad credentials (https://api.github.com/graphql)",
                "Bad credentials",
            ),
            ("8 RESOURCE_EXHAUSTED: Quota exceeded.", "Quota exceeded."),
            (
                "[HTTP 400] Unable to create record: The 'To' number is not valid.",
                "The 'To' number is not valid.",
            ),
            ("404 Project Not Found)", "404 Project Not Found"),
            (
                "Quota exceeded (for project x)",
                "Quota exceeded (for project x)",
            ),
            (
                "Key limit exceeded (got this after I rotated my key)",
                "Key limit exceeded",
            ),
            (
                "Budget exceeded. Received Model Group=m\nAvailable Model Group Fallbacks=None",
                "Budget exceeded.",
            ),
            (
                "Not authorized.\nRequestId:eac84bcc-f01e\nTime:2023-11-13T14:13:17Z",
                "Not authorized.",
            ),
            (
                "Overloaded. This is a server-side issue, usually temporary — try again.",
                "Overloaded",
            ),
            (
                r#"{"code":11102,"msg":"model [] service info not found","requestId":"19"#,
                "model [] service info not found",
            ),
            (
                r#"{"message":"Requests rate limit exceeded"}"#,
                "Requests rate limit exceeded",
            ),
            (
                "proxy failed. Provider: X; upstream_status: HTTP 403; cause: 余额不足",
                "余额不足",
            ),
            (
                "401 No auth credentials found. Please verify your settings and try again.",
                "No auth credentials found",
            ),
            (
                "(Status 400) (Request req_1a2b) No such price: p_1",
                "No such price: p_1",
            ),
            (
                "[code=permission-denied]: Missing permissions.",
                "Missing permissions.",
            ),
            (
                "API rate limit exceeded for 10.0.0.1. [rate reset in 12m3s]",
                "API rate limit exceeded for 10.0.0.1.",
            ),
            (
                "Billing request failed (402): Insufficient credits in /srv/app/bill.php:12",
                "Insufficient credits",
            ),
            (
                "The 'From' number is invalid. (Code 21212)",
                "The 'From' number is invalid.",
            ),
            (
                r#"Optional("Too many requests, slow down."), httpResponse: x"#,
                "Too many requests, slow down.",
            ),
            (
                "namespaces is forbidden: no access Error: namespaces is forbidden: no access",
                "namespaces is forbidden: no access",
            ),
            (
                "Origin is unreachable Origin is unreachable Error code 523",
                "Origin is unreachable",
            ),
        ] {
            assert_eq!(clean(printed).as_deref(), Some(want), "{printed}");
        }
    }

    #[test]
    fn a_status_before_a_sentence_goes_and_before_a_title_stays() {
        for (printed, want) in [
            (
                "429 Your account reached its TPM rate limit",
                "Your account reached its TPM rate limit",
            ),
            (
                "403 Access denied due to Virtual Network/Firewall rules.",
                "Access denied due to Virtual Network/Firewall rules.",
            ),
            ("404 Project Not Found", "404 Project Not Found"),
            ("401 Unauthorized", "401 Unauthorized"),
            (
                "403 Forbidden - Not authorized to access /api/v4/users",
                "403 Forbidden - Not authorized to access /api/v4/users",
            ),
            (
                "Forbidden. Server says: 403 Invalid API Token: not valid for project 'x'",
                "Invalid API Token: not valid for project 'x'",
            ),
        ] {
            assert_eq!(clean(printed).as_deref(), Some(want), "{printed}");
        }
    }

    #[test]
    fn a_code_that_opens_a_message_goes() {
        assert_eq!(
            without_code("4006: you have used up your allocation", "4006"),
            "you have used up your allocation"
        );
        assert_eq!(
            without_code(
                "toomanyrequests: You have reached your pull rate limit",
                "toomanyrequests"
            ),
            "You have reached your pull rate limit"
        );
        assert_eq!(
            without_code("manifest unknown", "manifest"),
            "manifest unknown"
        );
        assert_eq!(without_code("4006:", "4006"), "4006:");
    }

    #[test]
    fn a_message_said_once_is_kept_whole() {
        for m in [
            "Too many requests from this IP, slow down",
            "Invalid key Invalid",
            "Quota exceeded for quota metric",
        ] {
            assert_eq!(clean(m).as_deref(), Some(m));
        }
    }

    #[test]
    fn a_message_goes_on_over_the_lines_it_was_printed_on() {
        let text = "Error: Invalid key. For details, see: \nhttps://example.com/errors#key]\nnext";
        assert_eq!(
            continued(text, "Invalid key. For details, see:"),
            "Invalid key. For details, see: \nhttps://example.com/errors#key"
        );
        let text = "Last error: Over the limit, refer to:\nhttps://example.com/limits\n. Reduce the prompt or contact sales at\nhttps://example.com/sales\n to raise it.\nDone.";
        assert_eq!(
            continued(text, "Over the limit, refer to:"),
            "Over the limit, refer to:\nhttps://example.com/limits\n. Reduce the prompt or contact sales at\nhttps://example.com/sales\n to raise it."
        );
        let text = "Rate limit reached on tokens per \\\nminute (TPM): Limit 6000.\nat x";
        assert_eq!(
            continued(text, "Rate limit reached on tokens per \\"),
            "Rate limit reached on tokens per \\\nminute (TPM): Limit 6000."
        );
        let text = "Error: Model\n`projects/p/models/m`\nwas not found.\nRetrying";
        assert_eq!(
            continued(text, "Model"),
            "Model\n`projects/p/models/m`\nwas not found."
        );
        let text = "error: No endpoints found.\nTo learn more about routing, visit: https://example.com/routing\n";
        assert_eq!(
            continued(text, "No endpoints found."),
            "No endpoints found.\nTo learn more about routing, visit: https://example.com/routing"
        );
    }

    #[test]
    fn a_message_ends_where_its_sentence_does() {
        // A finished sentence does not take the URL or the line under it.
        let text = "Invalid key.\nhttps://example.com/x\nRetrying in 5s";
        assert_eq!(continued(text, "Invalid key."), "Invalid key.");
        // A message inside a line is not continued.
        let text = "Invalid key, see: (x)\nhttps://example.com/x";
        assert_eq!(continued(text, "Invalid key, see:"), "Invalid key, see:");
        // An open sentence takes a URL under it only where it points to one.
        let text = "Authenticate \n https://example.com/Accounts/AC1/Messages.json\n";
        assert_eq!(continued(text, "Authenticate"), "Authenticate");
        let text = "Quota exceeded\nUsing model: x";
        assert_eq!(continued(text, "Quota exceeded"), "Quota exceeded");
        let text = "Quota exceeded\n  at f (x.js:1:1)\nreturn x";
        assert_eq!(continued(text, "Quota exceeded"), "Quota exceeded");
        let text = "Invalid key\nerror: retry failed";
        assert_eq!(continued(text, "Invalid key"), "Invalid key");
        let text = "Not found\nnpm ERR! 404\nuser@host:~$";
        assert_eq!(continued(text, "Not found"), "Not found");
        let text = "bad status 524\nrelay error happen, won't retry";
        assert_eq!(continued(text, "bad status 524"), "bad status 524");
        let text = "file does not exist\nuser@host:~$";
        assert_eq!(
            continued(text, "file does not exist"),
            "file does not exist"
        );
    }

    #[test]
    fn quotes_around_a_message_go_and_quotes_in_it_stay() {
        for (printed, want) in [
            ("'Invalid key.'", "Invalid key."),
            ("No such customer: 'cus_1'", "No such customer: 'cus_1'"),
            ("'No such customer: 'cus_1''", "No such customer: 'cus_1'"),
            ("no access to model `o3`", "no access to model `o3`"),
            ("Your card's code is wrong.'", "Your card's code is wrong."),
            ("\"Rate limited", "Rate limited"),
            ("model \"x\" not found\"", "model \"x\" not found"),
        ] {
            assert_eq!(strip_stray_quotes(printed), want, "{printed}");
        }
    }

    #[test]
    fn a_request_line_is_no_message() {
        assert_eq!(clean("GET https://registry.npmjs.org/yarn"), None);
        assert_eq!(
            clean("Unauthorized from GET https://example.com/rest/x"),
            None
        );
        assert_eq!(clean("status_code: 429"), None);
        assert_eq!(clean("Too Many Requests, request id: 1ba6afca-2649"), None);
        assert!(clean("Rate limit reached for requests").is_some());
    }
}
