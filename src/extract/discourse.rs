//! Text that talks about errors without being one: source code that handles statuses, and
//! catalogues that list them (a docs table, a `switch`, a dict of hints).
//!
//! An error that happened shows one failure; a text that lists several statuses, one per
//! line, or that is mostly code, describes errors in general. Such text also comes in regions
//! beside log lines ([`talk_regions`]): grep hits over source, a snippet of code, a changelog
//! list, an example fenced under the prose that introduces it.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

/// A line that starts with a status, after list, table, quote or `case` marks, or the bullet
/// or symbol a rendered page puts before it (`•`, an emoji): followed by a separator, by its
/// name (`401 Unauthorized`, or run together with it as a copied table reads: `401Unauthorized`),
/// or alone on its line (a table copied from a page puts each cell on a line of its own).
static LEADING_STATUS: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(
        r#"^\s*(?:(?:[-*+|>•·▪◦‣►]|\p{So}\x{FE0F}?)\s*)?(?:case\s+|`|\*\*)?["'`]?([45]\d\d)\b["'`]?(?:\*\*)?\s*(?:[-:：|=,)]|=>|->|\s[A-Z`]|$)|^\s*(?:[-*+•·▪◦‣►]\s*)?([45]\d\d)[A-Z][a-z]"#,
    )
});

/// The `path:line:` that grep puts before each line of source it found.
static GREP_PREFIX: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::builtin(r"^[\w./-]+\.\w+:\d+:(?:\d+:)?"));

/// Lines of brackets alone, which code and JSON bodies share.
static BRACKETS: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::builtin(r"^\s*[{}\[\]()]*[,;]?\s*$"));

/// Runtime output that no source text prints this way: a traceback, an uncaught exception, a
/// JVM stack frame as a test runner prints it (`  com.acme.Client.send(Client.java:75)`), the
/// fields of Python gRPC's `_InactiveRpcError` (`status = StatusCode.X`, `debug_error_string =`).
static RUNTIME: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(
        r#"(?m)^Traceback \(most recent call last\)|^\s+File "[^"]+", line \d+|^\s+at .+[(:]\d+|^[\w.$]+(?:Error|Exception)(?:\[\w+\])?: |^Caused by: |^panic: |^fatal: |^Error: |^\s+(?:[\w$]+\.)+[\w$<>]+\([\w$]+\.(?:java|kt|scala):\d+\)\s*$|^\s*status = StatusCode\.[A-Z_]+\s*$|^\s*debug_error_string = "#,
    )
});

/// A numbered gutter and the source line after it (`12 |         OpenAIError::RateLimit(_)`).
static GUTTER: LazyLock<Regex> = LazyLock::new(|| crate::pattern::builtin(r"^\s*\d+\s*\|(.*)$"));

/// Whether `line` is a line of source code (`code_lines` in the vocabulary).
fn is_code(line: &str) -> bool {
    crate::knowledge::get().vocabulary.is_code_line(line)
}

/// Whether `lines` describe errors in general rather than show one that happened: a
/// catalogue of statuses, mostly code, or a test run that passed (its test names say what
/// was checked).
pub fn talks_about_errors(lines: &[&str]) -> bool {
    if lines.iter().any(|l| RUNTIME.is_match(l)) {
        return false;
    }
    let vocabulary = &crate::knowledge::get().vocabulary;
    if lines.iter().any(|l| vocabulary.is_passing_summary(l)) {
        return true;
    }
    if lists_statuses(lines) {
        return true;
    }
    let filled: Vec<&&str> = lines.iter().filter(|l| !BRACKETS.is_match(l)).collect();
    let code = filled
        .iter()
        .filter(|l| is_code(GREP_PREFIX.replace(l, "").as_ref()))
        .count();
    filled.len() >= 4 && code * 5 >= filled.len() * 3
}

/// Whether `lines` list statuses one per line, three or more different ones: a catalogue (a
/// docs table, a list of causes, a `switch`), which an error that happened never prints.
/// A catalogue is read before any of its lines is set apart as talk, so that the example
/// body a docs page shows under its table goes with the table.
pub fn lists_statuses(lines: &[&str]) -> bool {
    if lines.iter().any(|l| RUNTIME.is_match(l)) {
        return false;
    }
    let statuses: HashSet<&str> = lines
        .iter()
        .filter_map(|l| LEADING_STATUS.captures(l))
        .filter_map(|c| c.get(1).or_else(|| c.get(2)).map(|m| m.as_str()))
        .collect();
    let codes: HashSet<&str> = lines
        .iter()
        .filter_map(|l| CODE_ROW.captures(l))
        .filter_map(|c| c.get(1).map(|m| m.as_str()))
        .collect();
    statuses.len() >= 3 || codes.len() >= 4
}

/// A table row whose first or second cell is a bare code (`| 1113 | Account in arrears |`,
/// `Account Error | 1110 | ...`): four such rows with different codes are an error-code table.
static CODE_ROW: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::builtin(r"^\s*\|?\s*(?:[^|\n]*\|\s*)?(\d{3,6})\s*\|"));

/// Whether `lines` document errors rather than show one: a table whose header names an
/// error code or status column (`| Error code | Description | HTTP status |`) over two rows or
/// more, or a section title of an error page (`Possible causes`, `常见原因`).
pub fn documents_errors(lines: &[&str]) -> bool {
    if lines.iter().any(|l| RUNTIME.is_match(l)) {
        return false;
    }
    let vocabulary = &crate::knowledge::get().vocabulary;
    lines.iter().any(|l| vocabulary.is_doc_section(l)) || catalogue_table(lines)
}

/// A Markdown table (leading and trailing `|` optional) whose header row has a cell naming a
/// catalogue's column, with two rows or more under its rule.
fn catalogue_table(lines: &[&str]) -> bool {
    let vocabulary = &crate::knowledge::get().vocabulary;
    (1..lines.len()).any(|i| {
        TABLE_RULE.is_match(lines[i])
            && lines[i - 1].contains('|')
            && lines[i - 1]
                .split('|')
                .map(|c| c.trim().trim_matches(|c| c == '`' || c == '*'))
                .any(|c| !c.is_empty() && vocabulary.is_catalogue_header(c))
            && lines[i + 1..]
                .iter()
                .take_while(|l| l.contains('|'))
                .count()
                >= 2
    })
}

/// A line that opens or closes a block of code, whatever it holds (`{ super(msg) }`).
static BLOCK_EDGE: LazyLock<Regex> = LazyLock::new(|| crate::pattern::builtin(r"[{}]\s*$"));

/// A row of a Markdown table.
static TABLE_ROW: LazyLock<Regex> = LazyLock::new(|| crate::pattern::builtin(r"^\s*\|.*\|\s*$"));

/// A Markdown list item.
static LIST_ITEM: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::builtin(r"^\s*(?:[-*+]|\d+\.)\s+\S"));

/// The issue or pull request a changelog entry ends with: `(#812)`, `in #812`.
static ISSUE_REF: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(r"(?:\(#\d+(?:,\s*#\d+)*\)|\bin #\d+|\(\[#\d+\]\([^)]*\)\))\.?\s*$")
});

/// A Markdown fence line (```` ``` ```` or `~~~`, with or without a language).
/// The rule under a Markdown table's header row.
static TABLE_RULE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
});

/// A Markdown heading, which ends the section an example sits in.
static HEADING: LazyLock<Regex> = LazyLock::new(|| crate::pattern::builtin(r"^#{1,6}\s"));

/// How many lines of prose above a fence may introduce it.
const INTRO_LINES: usize = 3;

static FENCE: LazyLock<Regex> = LazyLock::new(|| crate::pattern::builtin(r"^\s*(?:```|~~~)"));

/// A shell prompt with a command (`$ grep -rn ...`).
static PROMPT: LazyLock<Regex> = LazyLock::new(|| crate::pattern::builtin(r"^\s*\$ \S"));

/// Which of `lines` sit in a region that quotes or describes errors rather than shows one:
/// grep hits over source (`path:line:` on consecutive lines, with the command before them),
/// a snippet of code (three statements or more in a row), a changelog list (entries that cite
/// their issue), and a fenced example under prose that introduces it (`a body like this:`).
/// `context` holds the lines just before `lines` (where a fence may open); only `lines` get
/// a mark.
pub fn talk_regions(context: &[&str], lines: &[&str]) -> Vec<bool> {
    let vocabulary = &crate::knowledge::get().vocabulary;
    let all: Vec<&str> = context.iter().chain(lines).copied().collect();
    let mut talk = vec![false; all.len()];
    let runs = |test: &dyn Fn(&str) -> bool| {
        let mut runs = Vec::new();
        let mut i = 0;
        while i < all.len() {
            let start = i;
            while i < all.len() && test(all[i]) {
                i += 1;
            }
            if i > start {
                runs.push((start, i));
            } else {
                i += 1;
            }
        }
        runs
    };
    // Grep hits: a source line quoted under its path is no runtime output, whatever it names.
    for (s, e) in runs(&|l| GREP_PREFIX.is_match(l) && !RUNTIME.is_match(l)) {
        if e - s >= 2 {
            let s = if s > 0 && PROMPT.is_match(all[s - 1]) {
                s - 1
            } else {
                s
            };
            talk[s..e].fill(true);
        }
    }
    // Code: statements in a row. A traceback's frames break the run at each `File` line, so
    // the one source line it prints per frame never makes one.
    let code_like = |l: &str| {
        !RUNTIME.is_match(l)
            && (is_code(l)
                || BRACKETS.is_match(l) && !l.trim().is_empty()
                || BLOCK_EDGE.is_match(l))
    };
    for (s, e) in runs(&code_like) {
        if all[s..e].iter().filter(|l| is_code(l)).count() >= 3 {
            talk[s..e].fill(true);
        }
    }
    // A table of statuses, one per row (a docs page pasted between log lines), or any Markdown
    // table under its `|---|` rule: clients and servers print no Markdown, documents do.
    for (s, e) in runs(&|l| TABLE_ROW.is_match(l)) {
        if talks_about_errors(&all[s..e]) || all[s..e].iter().any(|l| TABLE_RULE.is_match(l)) {
            talk[s..e].fill(true);
        }
    }
    // A compiler's code frame: the gutter lines under a `--> file:line:col` location.
    for i in (0..all.len()).filter(|&i| vocabulary.is_code_frame_head(all[i])) {
        let end = (i + 1..all.len())
            .find(|&j| !vocabulary.is_code_frame_line(all[j]))
            .unwrap_or(all.len());
        talk[i..end].fill(true);
    }
    // A source line a compiler or runtime shows under a numbered gutter (`11 |     x => y,`)
    // is code, wherever its frame's head is.
    for (i, l) in all.iter().enumerate() {
        if let Some(code) = GUTTER.captures(l).and_then(|c| c.get(1)) {
            if is_code(code.as_str()) {
                talk[i] = true;
            }
        }
    }
    // A changelog: a list whose entries cite the issue they close, two or more; the entries
    // that cite none belong to the same changelog.
    for (s, e) in runs(&|l| LIST_ITEM.is_match(l)) {
        if (s..e).filter(|&i| ISSUE_REF.is_match(all[i])).count() >= 2 {
            talk[s..e].fill(true);
        }
    }
    // A fenced example: the fence and what it holds, when the prose above it introduces it.
    let mut i = 0;
    while i < all.len() {
        if !FENCE.is_match(all[i]) {
            i += 1;
            continue;
        }
        let close = (i + 1..all.len())
            .find(|&j| FENCE.is_match(all[j]))
            .unwrap_or(all.len() - 1);
        // The prose of the section above the fence, up to its heading: `#### Response
        // example` and then a sentence about the body still introduce it.
        let intro = all[..i]
            .iter()
            .rev()
            .filter(|l| !l.trim().is_empty())
            .take(INTRO_LINES);
        let mut introduced = false;
        for l in intro {
            // The writer's own words closer to the fence make it a report.
            if vocabulary.is_report_intro(l) {
                break;
            }
            if vocabulary.is_example_intro(l) {
                introduced = true;
            }
            if HEADING.is_match(l) || FENCE.is_match(l) {
                break;
            }
        }
        if introduced {
            talk[i..=close].fill(true);
        }
        i = close + 1;
    }
    // An example shown without a fence, right under the prose that introduces it: a status
    // line with its headers, or a body, through the body's closing bracket.
    for i in (0..all.len()).filter(|&i| vocabulary.is_example_intro(all[i])) {
        let Some(j) = (i + 1..all.len().min(i + 3)).find(|&j| !all[j].trim().is_empty()) else {
            continue;
        };
        if !(BODY_OPEN.is_match(all[j]) || STATUS_LINE.is_match(all[j])) {
            continue;
        }
        let mut depth = 0;
        let mut opened = false;
        for k in j..all.len() {
            let l = all[k];
            if l.trim().is_empty() {
                // The blank line between a status line's headers and its body.
                let body_next = all.get(k + 1).is_some_and(|n| BODY_OPEN.is_match(n));
                if opened || !body_next {
                    break;
                }
            }
            talk[k] = true;
            depth += super::segment::depth_delta(l);
            opened |= depth > 0;
            if opened && depth <= 0 {
                break;
            }
        }
    }
    talk.split_off(context.len())
}

/// A line that opens a body (`{`, `[{`, `{"error": ...`).
static BODY_OPEN: LazyLock<Regex> = LazyLock::new(|| crate::pattern::builtin(r"^\s*[{\[]"));

/// An HTTP status line (`HTTP/1.1 429 Too Many Requests`).
static STATUS_LINE: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::builtin(r"^\s*HTTP/\d(?:\.\d)? [1-5]\d\d\b"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_table_or_a_causes_section_documents_errors() {
        let table = [
            "| Code | Meaning | Status |",
            "|---|---|---|",
            "| quota_exceeded | out of credit | 402 |",
            "| bad_key | unknown key | 401 |",
        ];
        assert!(documents_errors(&table));
        // A table of settings is no catalogue, nor is a single row.
        assert!(!documents_errors(&[
            "| Setting | Value |",
            "|---|---|",
            "| retries | 3 |",
            "| region | eu |"
        ]));
        assert!(!documents_errors(&table[..3]));
        assert!(documents_errors(&[
            "429: Too many requests",
            "Possible causes",
            "- a burst of calls"
        ]));
        assert!(documents_errors(&["限流", "常见原因", "- 并发过高"]));
        // Runtime output under the same title is an error that happened.
        assert!(!documents_errors(&[
            "Traceback (most recent call last):",
            "Possible causes"
        ]));
    }

    #[test]
    fn catalogues_and_code_are_talk() {
        let table = [
            "| Code | Overview |",
            "| 401 - Invalid Authentication | Ensure the correct API key |",
            "| 429 - Rate limit reached | Pace your requests |",
            "| 500 - Server error | Retry |",
        ];
        assert!(talks_about_errors(&table));
        let go = [
            "func classify(resp *http.Response) error {",
            "\tswitch resp.StatusCode {",
            "\tcase http.StatusTooManyRequests:",
            "\t\treturn ErrRateLimited",
            "\t}",
        ];
        assert!(talks_about_errors(&go));
    }

    #[test]
    fn a_real_error_is_not_talk() {
        let tb = [
            "Traceback (most recent call last):",
            "  File \"app.py\", line 3, in <module>",
            "    if resp.status_code == 429:",
            "openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit'}}",
        ];
        assert!(!talks_about_errors(&tb));
        let one = [
            "HTTP/1.1 429 Too Many Requests",
            "retry-after: 20",
            "",
            "{\"error\": {}}",
        ];
        assert!(!talks_about_errors(&one));
        let body = [
            "{",
            "  \"error\": {",
            "    \"message\": \"Rate limit reached\",",
            "    \"type\": \"requests\"",
            "  }",
            "}",
        ];
        assert!(!talks_about_errors(&body));
    }

    fn marked(context: &[&str], lines: &[&str]) -> Vec<usize> {
        let talk = talk_regions(context, lines);
        (0..lines.len()).filter(|&i| talk[i]).collect()
    }

    #[test]
    fn regions_that_quote_errors_are_talk() {
        let grep = [
            "$ rg -n \"AuthenticationError\" app/",
            "app/services/llm.py:7:from anthropic import AuthenticationError, APIStatusError",
            "app/services/llm.py:52:    except AuthenticationError:",
            "INFO worker started",
        ];
        assert_eq!(marked(&[], &grep), vec![0, 1, 2]);
        let java = [
            "2025-03-02 10:01:07 INFO started",
            "    switch (e.getStatusCode().value()) {",
            "        case 401: throw new BadCredentials(e);",
            "        case 429: return retryLater(e);",
            "    }",
        ];
        assert_eq!(marked(&[], &java), vec![1, 2, 3, 4]);
        let notes = [
            "* Raise `PermissionDeniedError` on 403 instead of `APIError` (#1204)",
            "* Honour `retry-after` on 429 responses (#1198)",
        ];
        assert_eq!(marked(&["## v1.9.0", ""], &notes), vec![0, 1]);
        let fence = [
            "{",
            "  \"error\": {\"code\": 429, \"status\": \"RESOURCE_EXHAUSTED\"}",
            "}",
            "```",
        ];
        let intro = [
            "A request over the quota fails, for example:",
            "",
            "```json",
        ];
        assert_eq!(marked(&intro, &fence), vec![0, 1, 2, 3]);
        // A heading that names an example introduces the fence under its section's prose.
        let section = [
            "#### Response example",
            "",
            "When the key is wrong the service answers with HTTP 401:",
            "```json",
        ];
        assert_eq!(marked(&section, &fence), vec![0, 1, 2, 3]);
        // A Markdown table of codes, whatever its columns hold.
        let table = [
            "| code | when |",
            "|---|---|",
            "| `invalid_api_key` | the key is unknown |",
            "| `insufficient_quota` | the budget is used up |",
        ];
        assert_eq!(marked(&[], &table), vec![0, 1, 2, 3]);
    }

    #[test]
    fn a_page_that_lists_statuses_is_a_catalogue() {
        // A table copied from a rendered page: each cell on its own line, bullets, run-together
        // names.
        let cells = [
            "400",
            "Bad request",
            "401",
            "Unauthorized",
            "429",
            "Slow down",
        ];
        assert!(lists_statuses(&cells));
        let bullets = ["• 401Unauthorized", "• 403Forbidden", "• 500Internal error"];
        assert!(lists_statuses(&bullets));
        // Two statuses are no catalogue.
        assert!(!lists_statuses(&["401", "Unauthorized", "429"]));
        let bold = [
            "- **400 - Bad Request**: x",
            "- **401 - Unauthorized**: y",
            "- **429 - Too Many**: z",
        ];
        assert!(lists_statuses(&bold));
        let bold_cn = [
            "* **400**：参数不正确",
            "* **401**：API Key 没有正确设置",
            "* **429**：触发了限流",
        ];
        assert!(lists_statuses(&bold_cn));
        // Rows of an error-code table, with or without the group cell before the code.
        let rows = [
            "Account Error | 1110 | Your account is inactive |",
            "| 1111 | Your account does not exist |",
            "| 1112 | Your account has been locked |",
            "| 1113 | Your account is in arrears |",
        ];
        assert!(lists_statuses(&rows));
        // A router's access log puts a status in a later cell.
        let gin = [
            "[GIN] 2025/02/17 - 21:40:09 | 2025021721400917720465539021 |     403 |",
            "[GIN] 2025/02/17 - 21:40:10 | 2025021721401017720465539022 |     429 |",
            "[GIN] 2025/02/17 - 21:40:11 | 2025021721401117720465539023 |     500 |",
            "[GIN] 2025/02/17 - 21:40:12 | 2025021721401217720465539024 |     502 |",
        ];
        assert!(!lists_statuses(&gin));
    }

    #[test]
    fn an_example_under_a_rendered_heading_is_talk() {
        let page = [
            "Example error response",
            "{",
            "  \"error\": {\"message\": \"Invalid key\", \"code\": 401}",
            "}",
            "ERROR real failure: 500",
        ];
        assert_eq!(marked(&[], &page), vec![1, 2, 3]);
    }

    #[test]
    fn a_report_above_a_fence_is_no_example() {
        let fence = ["{\"error\": {\"code\": \"invalid_api_key\"}}", "```"];
        let report = ["#### Response example", "I get this response:", "```"];
        assert!(marked(&report, &fence).is_empty());
        let far = ["## Examples", "a", "b", "c", "Then the call fails:", "```"];
        assert!(marked(&far, &fence).is_empty());
    }

    #[test]
    fn an_error_that_happened_is_no_talk_region() {
        let fence = [
            "{",
            "  \"error\": {\"code\": 429, \"status\": \"RESOURCE_EXHAUSTED\"}",
            "}",
            "```",
        ];
        let report = ["Since yesterday I get an error like this:", "", "```json"];
        assert!(marked(&report, &fence).is_empty());
        // A traceback prints one source line per frame: never a run of code.
        let tb = [
            "Traceback (most recent call last):",
            "  File \"bot.py\", line 40, in reply",
            "    if not resp.ok:",
            "  File \"bot.py\", line 12, in call",
            "    return client.messages.create(**kw)",
            "  File \"site-packages/anthropic/_base_client.py\", line 1063, in request",
            "    raise self._make_status_error_from_response(err.response) from None",
            "anthropic.RateLimitError: Error code: 429",
        ];
        assert!(marked(&[], &tb).is_empty());
        // One list entry naming a status is a report, not a changelog.
        let bullet = [
            "- the upload fails with `413 Payload Too Large` (#52)",
            "- macOS 14",
        ];
        assert!(marked(&[], &bullet).is_empty());
    }
    #[test]
    fn application_code_that_checks_statuses_is_talk() {
        let py = [
            "    for attempt in range(attempts):",
            "        resp = session.get(url, timeout=10)",
            "        if resp.status_code == 429:",
            "            log.info(\"429 Too Many Requests from %s\", url)",
            "            time.sleep(delay)",
            "            continue",
            "        resp.raise_for_status()",
        ];
        assert!(talks_about_errors(&py));
        let java = [
            "        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)",
            "                .header(HttpHeaders.RETRY_AFTER, \"1\")",
            "                .body(new ErrorBody(\"rate_limit_exceeded\", ex.getMessage()));",
            "    }",
        ];
        assert_eq!(marked(&[], &java), vec![0, 1, 2, 3]);
        // logfmt records are `key=value` without spaces: no assignments.
        let logfmt = [
            "time=\"2022-03-09T17:57:57Z\" level=error msg=\"sync error: 409 Conflict\"",
            "time=\"2022-03-09T17:57:58Z\" level=info msg=\"retrying\"",
            "time=\"2022-03-09T17:57:59Z\" level=error msg=\"sync error: 409 Conflict\"",
            "time=\"2022-03-09T17:58:00Z\" level=info msg=\"done\"",
        ];
        assert!(!talks_about_errors(&logfmt));
        let grpc = [
            "grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:",
            "\tstatus = StatusCode.RESOURCE_EXHAUSTED",
            "\tdetails = \"Resource has been exhausted (e.g. check quota).\"",
            "\tdebug_error_string = \"UNKNOWN:Error received from peer\"",
        ];
        assert!(marked(&[], &grpc).is_empty());
    }

    #[test]
    fn a_test_run_that_passed_is_talk() {
        let rspec = [
            "Client",
            "  raises Client::RateLimited when the API answers 429",
            "  retries once on 502 Bad Gateway",
            "",
            "2 examples, 0 failures",
        ];
        assert!(talks_about_errors(&rspec));
        let failed = [
            "  retries once on 502 Bad Gateway (FAILED - 1)",
            "2 examples, 1 failure",
        ];
        assert!(!talks_about_errors(&failed));
    }

    #[test]
    fn code_in_a_diff_or_under_a_gutter_is_talk() {
        let diff = [
            "+\t\tif token.RemainQuota < need {",
            "+\t\t\treturn types.NewErrorWithStatusCode(",
            "+\t\t\t\tfmt.Errorf(\"token quota is not enough\"),",
            "+\t\t\t\ttypes.ErrorCodePreConsumeTokenQuotaFailed, http.StatusForbidden)",
        ];
        assert!(talks_about_errors(&diff));
        let frame = [
            "11 |         OpenAIError::ApiError(api) => api.code == Some(\"rate_limit_exceeded\".to_string()),",
            "   |                                           ^^^^ unknown field",
        ];
        assert!(talk_regions(&[], &frame)[0]);
    }

    #[test]
    fn a_compiler_code_frame_is_talk() {
        let frame = [
            "warning: field `retry_after` is never read",
            "  --> src/errors.rs:22:5",
            "   |",
            "20 | pub struct RateLimited {",
            "   |            ----------- field in this struct",
            "",
            "ERROR openai: 429 Too Many Requests",
        ];
        assert_eq!(marked(&[], &frame), vec![1, 2, 3, 4]);
    }

    #[test]
    fn a_changelog_list_is_talk_entry_by_entry() {
        let notes = [
            "- Retry `429 Too Many Requests` with the `Retry-After` delay (#812).",
            "- A `401 Unauthorized` no longer logs the token (#809).",
            "- `overloaded_error` in a stream is raised as `OverloadedError`.",
        ];
        assert_eq!(marked(&["### Fixed"], &notes), vec![0, 1, 2]);
    }

    #[test]
    fn lines_that_describe_or_count_errors_are_quiet() {
        let v = &crate::knowledge::get().vocabulary;
        for quiet in [
            "[06/Dec/2026 10:44:23] \"GET /api/errors/?status=429 HTTP/1.1\" 200 2291",
            "summary: \"{{ $labels.upstream }} is returning 429 Too Many Requests\"",
            "expr: sum(rate(requests_total{code=\"429\"}[5m])) > 1",
            "3f9a2c1 (HEAD -> main) fix(retry): honour Retry-After on 429 responses",
            "#821  Retry-After header ignored on 429 Too Many Requests   bug   1 day ago",
            "ERROR 1213 (40001): Deadlock found when trying to get lock; try restarting transaction",
            "    Liveness:   http-get http://:8080/healthz delay=10s timeout=1s period=10s #failure=3",
            "**Requests fail with `429 Too Many Requests`.**",
            "    ok 3 - maps 401 Unauthorized to an auth error",
            "    # Subtest: retries 503 Service Unavailable",
            "ClientTest#test_raises_rate_limited_on_429 = 0.00 s = .",
            "{\"Action\":\"pass\",\"Test\":\"TestBackoffOn429\",\"Elapsed\":0}",
            "{\"Action\":\"output\",\"Test\":\"TestNoRetryOn401\",\"Output\":\"--- PASS: TestNoRetryOn401 (0.00s)\\n\"}",
            "→ Unauthorized without key is handled",
            "{\"level\":\"info\",\"message\":\"POST /v1/charges -> 200\",\"statusCode\":200,\"error\":null}",
            "level=info msg=\"call done\" status=201 err=nil",
        ] {
            assert!(v.is_quiet_line(quiet), "{quiet}");
        }
        for loud in [
            "[06/Dec/2026 10:44:23] \"POST /v1/chat/completions HTTP/1.1\" 429 112",
            "**API Error: Status Code 401, \"Invalid token\"**",
            "**NotFoundError - Error code: 404 - {'error': {'code': 'NotFound'}}**",
            "Error: pods is forbidden: User \"system:serviceaccount:{{NAMESPACE}}:default\" cannot list resource \"pods\"",
            "not ok 2 - maps 401 Unauthorized to an auth error",
            "{\"level\":\"warn\",\"statusCode\":200,\"error\":\"upstream failed\"}",
            "{\"Action\":\"output\",\"Test\":\"TestSync\",\"Output\":\"client_test.go:12: 401 Unauthorized\\n\"}",
        ] {
            assert!(!v.is_quiet_line(loud), "{loud}");
        }
    }
}
