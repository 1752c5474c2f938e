//! Streaming segmentation: groups input lines into blocks that may hold one error each.
//!
//! A block opens at a line that looks like part of an error and closes after a run of quiet
//! lines or at a size cap, so memory stays bounded however long the log is. A few quiet lines
//! before a block are kept as context (a model name, a command) without being part of it.

use std::collections::VecDeque;
use std::sync::{Arc, LazyLock};

use aho_corasick::AhoCorasick;
use regex::Regex;

pub use crate::input::Line;

/// A run of lines that may hold an error, with the quiet lines just before it.
#[derive(Debug, Clone, Default)]
pub struct Block {
    pub lines: Vec<Line>,
    pub context: Vec<Line>,
    /// The last line that looked like part of the error (detail lines may follow it).
    pub last_signal: usize,
}

const QUIET_LINES_TO_CLOSE: usize = 4;
/// After a retry notice a block stays open this long: the lines that show how the retried
/// call ended (a success, or the next failure) belong to it. Its quiet lines beyond the first
/// few still go to the next block's context, where they may introduce an example.
const QUIET_LINES_AFTER_RETRY: usize = 12;
const MAX_BLOCK_LINES: usize = 400;
/// A client's object dump (Node's `util.inspect` of an axios error) prints the response body
/// after a thousand lines of request internals; a block inside such a dump may grow this far.
const MAX_DUMP_LINES: usize = 5000;
const CONTEXT_LINES: usize = 8;
const DETAIL_LINES: usize = 2;
const HEAD_LINES: usize = 8;

static SIGNAL: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(concat!(
        r"(?i)\b(?:errors?|err|exceptions?|fail(?:s|ed|ure)?|fatal|denied|refused|reset|timeout|timed out|",
        r"unauthori[sz]ed|forbidden|invalid|traceback|caused by|quota|exceed(?:s|ed)?|overloaded|",
        r"unavailable|exhausted|insufficient|credits?|balance|cannot|unable|must|missing|unknown|",
        r"authenticat\w*|",
        r"credentials?|expired|permission|panic|status|throttl\w*)\b",
        r"|rate[ _-]?limit|not found|no such|could not|does not exist|not accessible|not allowed|ssl|tls|x509|certificate",
        // Case matters from here: a status before a capital (`401 Unauthorized`), a class
        // name (`RateLimitError`), a constant (`RESOURCE_EXHAUSTED`).
        r#"|(?-i:\b[45]\d\d(?:\s+[A-Z{\[(]|[:\])]|$)|\b(?:Get|Post|Put|Patch|Delete|Head) "https?://)|\bcors\b"#,
        r"|curl: \(|^remote:|npm (?:ERR|error)|^npm http [45]\d\d\b|HTTP/\d|(?-i:\w(?:Error|Exception)\b|\b[A-Z_]{4,}_[A-Z_]+\b)",
        r#"|^\s*[{\[]\s*$|^\s*[{\[]\s*["'{]|<Error>|<title>"#,
    ))
});

/// The line without a Markdown quote marker (`> `) before it.
pub(super) fn unquoted(text: &str) -> &str {
    match text.strip_prefix('>') {
        Some(rest) => rest.strip_prefix(' ').unwrap_or(rest),
        None => text,
    }
}

/// Whether a line reads as part of an error by its words or shape.
pub(super) fn is_signal(text: &str) -> bool {
    SIGNAL.is_match(text)
        || (!text.is_ascii()
            && crate::knowledge::get()
                .vocabulary
                .signal_word_zh
                .is_match(text))
}

/// Lines that carry on the error before them: frames (JS, Java, Python, Ruby's
/// `app/x.rb:42:in 'call'` and `from ...`, PHP's `#0 /app/x.php(28): ...`), indented or
/// bracketed lines, and the response headers curl prints under a status line (`< name:
/// value`, even empty) or .NET under a `Headers:` line.
static CONTINUATION: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(
        r#"^\s+at |^\s*File "|^\s*[}\])]|^\s*\.\.\. \d+ more|^< [A-Za-z][\w-]*:|^\s*(?:from )?\S+\.rb:\d+:in |^#\d+ (?:\S+\(\d+\): |\{main\}|\[internal function\])|^\s*(?:Response )?Headers:\s*$"#,
    )
});

/// Lines that carry on an error when they follow it directly: indented lines, headers
/// (`x-request-id: ...`) and XML elements.
static ADJACENT: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(r#"^[ \t]|^[\s<>\-"]*[A-Za-z][\w-]*\s*:\s*[!-~]|^\s*<[A-Za-z]"#)
});

/// Bracket depth a line adds (`{` `[` minus `}` `]`), ignoring quoted text roughly.
pub(super) fn depth_delta(text: &str) -> i64 {
    let mut d = 0;
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for c in text.chars() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None => match c {
                '"' => quote = Some(c),
                '{' | '[' => d += 1,
                '}' | ']' => d -= 1,
                _ => {}
            },
        }
    }
    d
}

/// Groups lines into blocks as they arrive.
#[derive(Default)]
pub struct Segmenter {
    /// Literals of the wording that rules recognise: a line holding one may open a block
    /// even when it has no error word (`This model's maximum context length is ...`).
    triggers: Option<Arc<AhoCorasick>>,
    block: Vec<Line>,
    context: Vec<Line>,
    ring: VecDeque<Line>,
    quiet: usize,
    last_signal: usize,
    /// Open brackets of a multi-line body in the current block.
    depth: i64,
    /// The last line of the block that was not quiet announced a retry.
    retry_pending: bool,
}

impl Segmenter {
    /// A segmenter that also opens blocks at the given wording.
    pub fn with_triggers(triggers: Arc<AhoCorasick>) -> Segmenter {
        Segmenter {
            triggers: Some(triggers),
            ..Segmenter::default()
        }
    }

    /// Takes the next line; returns a block when this line closed one.
    pub fn push(&mut self, line: Line) -> Option<Block> {
        // A Markdown quote (`> `) around a pasted error is no part of its lines' shape.
        let text = unquoted(&line.text);
        let blank =
            text.trim().is_empty() || crate::knowledge::get().vocabulary.is_quiet_line(text);
        let signal =
            !blank && (is_signal(text) || self.triggers.as_ref().is_some_and(|t| t.is_match(text)));
        if self.block.is_empty() {
            if signal {
                self.open(line);
            } else {
                self.remember(line);
            }
            return None;
        }
        // Inside a multi-line body, or right under an error line, lines continue the error.
        let continues = !blank
            && (self.depth > 0
                || CONTINUATION.is_match(text)
                || (self.quiet == 0 && ADJACENT.is_match(text)));
        // An indented line or a closer inside open brackets is still the dump's own.
        let in_dump = self.depth > 0 && text.starts_with([' ', '\t', '}', ']', ')']);
        self.depth = (self.depth + depth_delta(text)).clamp(0, 64);
        if signal || continues {
            self.quiet = 0;
            self.last_signal = line.no;
        } else {
            self.quiet += 1;
        }
        if crate::knowledge::get().vocabulary.is_retry_notice(text) {
            self.retry_pending = true;
        } else if signal {
            self.retry_pending = false;
        }
        self.block.push(line);
        let cap = if in_dump {
            MAX_DUMP_LINES
        } else {
            MAX_BLOCK_LINES
        };
        let limit = if self.retry_pending {
            QUIET_LINES_AFTER_RETRY
        } else {
            QUIET_LINES_TO_CLOSE
        };
        if self.quiet >= limit || self.block.len() >= cap {
            return self.close(DETAIL_LINES);
        }
        None
    }

    fn open(&mut self, line: Line) {
        // A block that opens on a continuation (a stack frame, an indented or bracketed line)
        // belongs to the lines right above it, which name the error (a JS or Java exception
        // line above its `at` frames): they open the block.
        let mut context: Vec<Line> = self.ring.drain(..).collect();
        let mut head = Vec::new();
        // So do the frames printed above a Python exception line.
        let continues = unquoted(&line.text).starts_with([' ', '\t', '{', '}', ']', ')'])
            || context
                .last()
                .is_some_and(|l| unquoted(&l.text).starts_with([' ', '\t']));
        while continues
            && head.len() < HEAD_LINES
            && context.last().is_some_and(|l| !l.text.trim().is_empty())
        {
            head.extend(context.pop());
        }
        head.reverse();
        self.context = context;
        self.depth = head
            .iter()
            .chain(std::iter::once(&line))
            .map(|l| depth_delta(unquoted(&l.text)))
            .sum::<i64>()
            .clamp(0, 64);
        self.block.extend(head);
        self.last_signal = line.no;
        self.retry_pending = crate::knowledge::get()
            .vocabulary
            .is_retry_notice(unquoted(&line.text));
        self.block.push(line);
        self.quiet = 0;
    }

    /// Closes the open block at end of input.
    pub fn finish(&mut self) -> Option<Block> {
        self.close(usize::MAX)
    }

    fn remember(&mut self, line: Line) {
        if self.ring.len() == CONTEXT_LINES {
            self.ring.pop_front();
        }
        self.ring.push_back(line);
    }

    /// Closes the block, keeping up to `detail` of its trailing quiet lines (a message is
    /// often printed on the lines right under an error); the rest are context for what
    /// follows.
    fn close(&mut self, detail: usize) -> Option<Block> {
        if self.block.is_empty() {
            return None;
        }
        let drop = self.quiet.saturating_sub(detail).min(self.block.len() - 1);
        let keep = self.block.len() - drop;
        let tail: Vec<Line> = self.block.drain(keep..).collect();
        // The quiet lines kept as the block's detail are also the lines just before what
        // follows: an `Example:` under one block introduces the body of the next.
        let quiet_kept = self.quiet.min(detail).min(self.block.len() - 1);
        let kept: Vec<Line> = self.block[self.block.len() - quiet_kept..].to_vec();
        let block = Block {
            lines: std::mem::take(&mut self.block),
            context: std::mem::take(&mut self.context),
            last_signal: self.last_signal,
        };
        self.quiet = 0;
        self.depth = 0;
        self.retry_pending = false;
        for line in kept.into_iter().chain(tail) {
            self.remember(line);
        }
        Some(block)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<Block> {
        let mut s = Segmenter::default();
        let mut out = Vec::new();
        for (i, t) in text.lines().enumerate() {
            out.extend(s.push(Line {
                no: i + 1,
                text: t.to_string(),
            }));
        }
        out.extend(s.finish());
        out
    }

    #[test]
    fn quiet_lines_separate_blocks_and_become_context() {
        let text = "Error: 401 one\nok\nok\nok\nok\nok\nok\n\nThrottled: x\n  at frame (a.js:1:2)";
        let blocks = run(text);
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[0].lines.len(), 3);
        // The line right above the error opens its block; quieter lines before are context.
        assert_eq!(blocks[1].lines[0].text, "Throttled: x");
        assert_eq!(blocks[1].lines[1].no, 10);
        assert_eq!(blocks[1].context.last().unwrap().text, "");
    }

    #[test]
    fn numbers_and_snake_case_words_are_no_error_signal() {
        assert!(!is_signal(
            "added 534 packages, and audited 33 packages in 534s"
        ));
        assert!(!is_signal(
            "  Downloading index-44.480.0-py3-none-any.whl (480 kB)"
        ));
        assert!(!is_signal(
            "at processTicksAndRejections (node:internal/task_queues:96:5)"
        ));
        assert!(is_signal("HTTP 404 Not Found"));
        assert!(is_signal(
            "google.api_core.exceptions.ResourceExhausted: RESOURCE_EXHAUSTED"
        ));
        assert!(is_signal("> Traceback (most recent call last):"));
    }

    #[test]
    fn a_retry_notice_keeps_its_block_open_for_the_outcome() {
        let text = "WARNING: 429 Too Many Requests, retrying in 2s\nstep 1\nstep 2\nstep 3\nstep 4\nstep 5\nx509: certificate signed by unknown authority";
        let blocks = run(text);
        assert_eq!(blocks.len(), 1);
        assert!(blocks[0].lines.last().unwrap().text.starts_with("x509"));
        // Without a retry notice the quiet lines close the block.
        let text = "Error: 429 Too Many Requests\nstep 1\nstep 2\nstep 3\nstep 4\nstep 5\nx509: certificate signed by unknown authority";
        assert_eq!(run(text).len(), 2);
    }

    #[test]
    fn a_quoted_traceback_stays_one_block() {
        let text = "> Traceback (most recent call last):\n>   File \"a.py\", line 1, in <module>\n>     x()\n>   File \"b.py\", line 2, in f\n>     y()\n>   File \"c.py\", line 3, in g\n>     raise E\n> twilio.base.exceptions.TwilioRestException: HTTP 404 error";
        assert_eq!(run(text).len(), 1);
    }

    #[test]
    fn a_traceback_stays_one_block() {
        let text = "Traceback (most recent call last):\n  File \"a.py\", line 1, in <module>\n    x()\nopenai.APIError: boom";
        assert_eq!(run(text).len(), 1);
    }

    #[test]
    fn an_object_dump_longer_than_a_block_stays_one_block() {
        let mut text =
            String::from("AxiosError: Request failed with status code 429\n    at async main {\n");
        for i in 0..(MAX_BLOCK_LINES * 2) {
            text.push_str(&format!("    field{i}: 0,\n"));
        }
        text.push_str("    data: { error: { message: 'quota' } }\n}\nnext step ok\n");
        let blocks = run(&text);
        assert_eq!(blocks.len(), 1);
        assert!(blocks[0].lines.iter().any(|l| l.text.contains("data:")));
    }

    #[test]
    fn unbalanced_brackets_do_not_stretch_a_block_over_unindented_lines() {
        let mut text = String::from("Error: bad body {\n");
        for i in 0..(MAX_BLOCK_LINES * 2) {
            text.push_str(&format!("error line {i}\n"));
        }
        assert!(run(&text).iter().all(|b| b.lines.len() <= MAX_BLOCK_LINES));
    }

    #[test]
    fn curl_response_headers_keep_the_body_under_them_in_the_block() {
        let mut text = String::from("< HTTP/1.1 403 Forbidden\r\n");
        for h in ["x-a: 1", "x-notice: ", "x-b: 2", "x-c: 3", "x-d: 4"] {
            text.push_str(&format!("< {h}\r\n"));
        }
        text.push_str(
            "< \r\n* Connection #0 to host 127.0.0.1 left intact\n{\"error\":\"denied\"}\n",
        );
        assert_eq!(run(&text).len(), 1);
    }

    #[test]
    fn ruby_and_php_frames_keep_what_follows_them_in_the_block() {
        let ruby = "Faraday::ServerError: the server responded with status 500
                    /gems/faraday/response/raise_error.rb:42:in `on_complete'
                    /gems/faraday/middleware.rb:57:in `block in call'
                    /gems/ruby-openai/http.rb:22:in `json_post'
                    /app/services/tagger.rb:31:in `tag!'
                    response body: {\"error\":{\"message\":\"boom\"}}";
        assert_eq!(run(ruby).len(), 1);
        let php =
            "PHP Fatal error:  Uncaught Stripe\\Exception\\CardException: declined in /v/a.php:38
                   Stack trace:
#0 /v/b.php(28): f()
#1 /v/c.php(263): g()
#2 /v/d.php(215): h()
#3 {main}
                   x-request-id: req_123";
        assert_eq!(run(php).len(), 1);
    }
}
