//! Splitting a block that holds several errors into one part per error.
//!
//! A log often prints different failures close together (an npm 401, then a Python
//! traceback, then a docker rate limit). Each *anchor* line opens a new error: an exception
//! line at column 0, an HTTP status line, a CLI's error header. A part runs from the end of
//! the previous part through its anchor and the lines that continue it (indented frames,
//! lines with the same prefix). Parts joined by a chain marker ("During handling of the above
//! exception", "Caused by") stay one error.

use std::sync::LazyLock;

use regex::Regex;

use super::patterns;
use super::segment::{Block, Line};

static ANCHOR: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(
        r"^(?:npm (?:ERR!|error) code E\d{3}|(?:docker: )?Error response from daemon:|curl: \(\d+\)|(?:< )?HTTP/\d(?:\.\d)? [45]\d\d|Error from server \(|ERROR: \(gcloud\.|An error occurred \()",
    )
});

static CHAIN: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(
        r"(?i)during handling of the above exception|the above exception was the direct cause|caused by|\[cause\]|^\s*cause:",
    )
});

fn is_anchor(line: &str) -> bool {
    if line.starts_with(char::is_whitespace) {
        return false;
    }
    ANCHOR.is_match(line)
        || patterns::exceptions(&[line])
            .first()
            .is_some_and(|e| !e.rest.is_empty() && line.starts_with(e.path.as_str()))
}

/// Whether `line` continues the error whose anchor is `anchor`.
fn continues(line: &str, anchor: &str) -> bool {
    let t = line.trim_start();
    if line.starts_with(char::is_whitespace) && !t.is_empty() {
        return true;
    }
    if t.starts_with(['{', '}', ']', ')']) || t.starts_with("at ") {
        return true;
    }
    let first = |s: &str| s.split_whitespace().next().map(str::to_string);
    !t.is_empty() && first(t) == first(anchor) && !is_anchor(line)
}

/// Whether `line` is a whole structured log record on its own line (a JSON object with a
/// level and a time, as pino, zap or structlog print): a unit of its own, never part of
/// the error printed next to it.
pub fn is_record(line: &str) -> bool {
    let t = line.trim();
    t.starts_with('{')
        && t.ends_with('}')
        && serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(t)
            .is_ok_and(|m| super::payload::log_record(&m))
}

/// The block cut at its structured log records: each record is a part, and so is each run
/// of lines between them. `None` when the block holds no record.
pub fn records(block: &Block) -> Option<Vec<Block>> {
    let marks: Vec<bool> = block.lines.iter().map(|l| is_record(&l.text)).collect();
    if !marks.contains(&true) {
        return None;
    }
    let mut parts: Vec<Block> = Vec::new();
    let mut run: Vec<Line> = Vec::new();
    let flush = |run: &mut Vec<Line>, parts: &mut Vec<Block>| {
        if let Some(last) = run.last() {
            parts.push(Block {
                last_signal: last.no,
                context: Vec::new(),
                lines: std::mem::take(run),
            });
        }
    };
    let vocabulary = &crate::knowledge::get().vocabulary;
    let total = block.lines.len();
    for (i, (line, record)) in block.lines.iter().zip(marks).enumerate() {
        // A record announcing a retry, with the log going on after it, was retried: as if
        // it had not been printed.
        if record && i + 1 < total && vocabulary.is_retry_notice(&line.text) {
            flush(&mut run, &mut parts);
            continue;
        }
        if record {
            // The client's line for the same call right before the record (httpx's `HTTP
            // Request: POST ... "HTTP/1.1 403 Forbidden"`) belongs to the error it logs.
            let exchange = run
                .last()
                .filter(|prev| same_failed_status(&prev.text, &line.text))
                .is_some()
                .then(|| run.pop())
                .flatten();
            flush(&mut run, &mut parts);
            run.extend(exchange);
            run.push(line.clone());
            flush(&mut run, &mut parts);
        } else {
            run.push(line.clone());
        }
    }
    flush(&mut run, &mut parts);
    if let Some(first) = parts.first_mut() {
        first.context.clone_from(&block.context);
    }
    Some(parts)
}

/// Whether `line` states a failed status that the record after it names too.
fn same_failed_status(line: &str, record: &str) -> bool {
    super::status::statuses(line)
        .iter()
        .any(|&(_, s)| s >= 400 && record.contains(&s.to_string()))
}

/// The parts of a block, one per error; a block with one error is returned whole.
pub fn split(block: &Block) -> Vec<Block> {
    let lines = &block.lines;
    let anchors: Vec<usize> = (0..lines.len())
        .filter(|&i| is_anchor(&lines[i].text))
        .collect();
    if anchors.len() < 2 {
        return vec![block.clone()];
    }
    // Where each part ends: after its anchor's continuation lines, before the next anchor.
    let mut ends = Vec::new();
    for (k, &a) in anchors.iter().enumerate() {
        let limit = anchors.get(k + 1).copied().unwrap_or(lines.len());
        let mut end = a;
        while end + 1 < limit && continues(&lines[end + 1].text, &lines[a].text) {
            end += 1;
        }
        if k + 1 == anchors.len() {
            end = lines.len() - 1;
        }
        ends.push(end);
    }
    // Chained exceptions are one error: merge a part into the previous one when the lines
    // leading to its anchor hold a chain marker.
    let mut parts: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    for (k, &end) in ends.iter().enumerate() {
        let chained = k > 0
            && lines[ends[k - 1] + 1..=anchors[k]]
                .iter()
                .any(|l| CHAIN.is_match(&l.text));
        match parts.last_mut() {
            Some(last) if chained => last.1 = end,
            _ => parts.push((start, end)),
        }
        start = end + 1;
    }
    if parts.len() < 2 {
        return vec![block.clone()];
    }
    parts
        .into_iter()
        .enumerate()
        .map(|(i, (s, e))| {
            let part: Vec<Line> = lines[s..=e].to_vec();
            Block {
                last_signal: if e + 1 == lines.len() {
                    block.last_signal
                } else {
                    lines[e].no
                },
                context: if i == 0 {
                    block.context.clone()
                } else {
                    Vec::new()
                },
                lines: part,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(text: &str) -> Block {
        let lines: Vec<Line> = text
            .lines()
            .enumerate()
            .map(|(i, t)| Line {
                no: i + 1,
                text: t.to_string(),
            })
            .collect();
        Block {
            last_signal: lines.len(),
            lines,
            context: Vec::new(),
        }
    }

    fn starts(text: &str) -> Vec<usize> {
        split(&block(text)).iter().map(|b| b.lines[0].no).collect()
    }

    #[test]
    fn different_errors_become_parts() {
        let text = "npm error code E401\nnpm error 401 Unauthorized - GET https://r/x\n##[endgroup]\nTraceback (most recent call last):\n  File \"a.py\", line 1, in <module>\nopenai.RateLimitError: Error code: 429 - {}\n##[endgroup]\nError response from daemon: toomanyrequests: slow down";
        assert_eq!(starts(text), vec![1, 3, 7]);
    }

    #[test]
    fn chained_exceptions_stay_one_part() {
        let text = "httpx.ReadTimeout: timed out\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n  File \"a.py\", line 2, in f\nopenai.APITimeoutError: Request timed out.";
        assert_eq!(starts(text), vec![1]);
    }

    #[test]
    fn log_records_are_units_of_their_own() {
        let text = "Error response from daemon: toomanyrequests: slow down\n{\"level\":\"info\",\"ts\":1,\"msg\":\"served\",\"status\":200}\n{\"level\":\"warn\",\"ts\":2,\"msg\":\"attempt failed, retrying\"}\n{\"level\":\"info\",\"ts\":3,\"msg\":\"ok\"}";
        let parts = records(&block(text)).unwrap();
        // The retried attempt is dropped; the error and each other record stand alone.
        let starts: Vec<usize> = parts.iter().map(|p| p.lines[0].no).collect();
        assert_eq!(starts, vec![1, 2, 4]);
        assert!(records(&block("HTTP/1.1 429 Too Many Requests\n{\"error\":{}}")).is_none());
    }

    #[test]
    fn a_clients_line_for_the_call_joins_the_record_of_its_failure() {
        let text = "INFO:httpx:HTTP Request: POST http://h/v1/x \"HTTP/1.1 403 Forbidden\"\n{\"level\":\"error\",\"ts\":1,\"error\":{\"status_code\":403}}\nINFO:httpx:HTTP Request: POST http://h/v1/x \"HTTP/1.1 429 Too Many Requests\"\n{\"level\":\"error\",\"ts\":2,\"error\":{\"status_code\":500}}";
        let parts = records(&block(text)).unwrap();
        let spans: Vec<(usize, usize)> = parts
            .iter()
            .map(|p| (p.lines[0].no, p.lines.len()))
            .collect();
        // The 403 line names the record's status; the 429 line does not.
        assert_eq!(spans, vec![(1, 2), (3, 1), (4, 1)]);
    }

    #[test]
    fn a_status_line_and_its_body_stay_together() {
        let text =
            "HTTP/1.1 429 Too Many Requests\nretry-after: 3\n\n{\"error\":{\"message\":\"slow\"}}";
        assert_eq!(starts(text), vec![1]);
    }
}
