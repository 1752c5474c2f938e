//! Failed attempts that the same exchange then answered with success.
//!
//! A client that retries, follows an authentication challenge or re-sends a request prints
//! the same line twice: `"POST /v1/orders HTTP/1.1" 429` and then `"POST /v1/orders HTTP/1.1"
//! 200`, `< HTTP/1.1 401 Unauthorized` and then `< HTTP/1.1 200 OK`. When a line that states a
//! failed status is followed in the same block by a line that reads the same up to the status
//! (timestamps and counters aside) and states a success there, the failure was an attempt,
//! not the outcome: the call succeeded. A failure that no success answers stays an error.

use std::sync::LazyLock;

use regex::Regex;

use super::status;

/// A status where a later line may state the same exchange's outcome.
static SUCCESS_AT: LazyLock<Regex> = LazyLock::new(|| crate::pattern::builtin(r"\b[1-3]\d\d\b"));

/// An exception class printed with its message (`SDKError: ...`, `openai.RateLimitError:`).
static RAISED: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::builtin(r"\b[A-Z][A-Za-z]*(?:Error|Exception): "));

/// `text` with each run of digits as one `#`, so that timestamps, counters and ports compare
/// equal.
fn shape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_digits = false;
    for c in text.chars() {
        if c.is_ascii_digit() {
            if !in_digits {
                out.push('#');
            }
            in_digits = true;
        } else {
            out.push(c);
            in_digits = false;
        }
    }
    out
}

/// The failed status a line states and the shape of the text before it, when that text
/// names the exchange (a request, a status line: `exchange_lines` in the vocabulary).
fn failed_exchange(line: &str) -> Option<(u16, String)> {
    let vocabulary = &crate::knowledge::get().vocabulary;
    let found = status::statuses(line);
    let &(at, s) = found.iter().find(|&&(_, s)| s >= 400)?;
    if found.iter().any(|&(_, other)| other >= 400 && other != s) {
        return None;
    }
    let before = &line[..at];
    vocabulary
        .is_exchange_prefix(before)
        .then(|| (s, shape(before)))
}

/// Whether `line` states a success at a place shaped like `prefix`.
fn succeeds_as(line: &str, prefix: &str) -> bool {
    SUCCESS_AT
        .find_iter(line)
        .any(|m| shape(&line[..m.start()]) == prefix)
}

/// Which of `lines` are failed attempts of an exchange that a later line shows succeeded,
/// with the lines between them that report the same failure (`Encountered an HTTP status
/// error: 429`, the error body of the attempt) and state no other failed status.
pub fn answered_later(lines: &[&str], failed: impl Fn(&str) -> bool) -> Vec<bool> {
    let mut settled = vec![false; lines.len()];
    for i in 0..lines.len() {
        if settled[i] {
            continue;
        }
        let Some((s, prefix)) = failed_exchange(lines[i]) else {
            continue;
        };
        let Some(j) = (i + 1..lines.len()).find(|&j| succeeds_as(lines[j], &prefix)) else {
            continue;
        };
        // A client raises only when it has given up: an exception raised after the attempt
        // (`batch 1 failed: SDKError: ...`) is its outcome, whatever a later request did.
        let vocabulary = &crate::knowledge::get().vocabulary;
        if lines[i + 1..j]
            .iter()
            .any(|l| RAISED.is_match(l) && !vocabulary.is_retry_notice(l))
        {
            continue;
        }
        settled[i] = true;
        for k in i + 1..j {
            let other = status::statuses(lines[k])
                .iter()
                .any(|&(_, t)| t >= 400 && t != s);
            if failed(lines[k]) && !other {
                settled[k] = true;
            }
        }
    }
    settled
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(text: &str) -> Vec<usize> {
        let lines: Vec<&str> = text.lines().collect();
        let failed = |l: &str| {
            l.to_lowercase().contains("error") || status::statuses(l).iter().any(|x| x.1 >= 400)
        };
        let m = answered_later(&lines, failed);
        (0..lines.len()).filter(|&i| m[i]).collect()
    }

    #[test]
    fn an_attempt_answered_later_by_a_success_is_settled() {
        // A client's request log: the same request line, a failed status, then a success.
        let log = "10:00:01 DEBUG pool: http://svc:80 \"PUT /v2/items/7 HTTP/1.1\" 503 19\n\
                   10:00:01 DEBUG pool: Retry: /v2/items/7\n\
                   10:00:02 DEBUG pool: http://svc:80 \"PUT /v2/items/7 HTTP/1.1\" 200 88";
        assert_eq!(marked(log), vec![0]);
        // A verbose transcript: a challenge, the same status line answered 200.
        let transcript = "> GET /me HTTP/1.1\n< HTTP/1.1 401 Unauthorized\n< WWW-Authenticate: Basic realm=\"x\"\n> GET /me HTTP/1.1\n< HTTP/1.1 200 OK";
        assert_eq!(marked(transcript), vec![1]);
        // The lines that report the same attempt's failure go with it.
        let sdk = "HTTP Request: GET https://h/v1/x \"HTTP/1.1 429 Too Many Requests\"\nEncountered an HTTP status error: 429\nHTTP Request: GET https://h/v1/x \"HTTP/1.1 200 OK\"";
        assert_eq!(marked(sdk), vec![0, 1]);
        // An exception raised after the attempt is the call's outcome: the later success was
        // another call.
        let raised = "HTTP Request: POST https://h/v1/x \"HTTP/1.1 520 \"\nbatch 1 failed: SDKError: Status 520\nHTTP Request: POST https://h/v1/x \"HTTP/1.1 200 OK\"";
        assert_eq!(marked(raised), Vec::<usize>::new());
    }

    #[test]
    fn a_failure_no_success_answers_stays() {
        // The retries ran out: every attempt failed.
        let gave_up = "\"POST /v1/jobs HTTP/1.1\" 429 12\n\"POST /v1/jobs HTTP/1.1\" 429 12";
        assert!(marked(gave_up).is_empty());
        // Another request's success says nothing about this one.
        let other = "\"POST /v1/jobs HTTP/1.1\" 500 12\n\"GET /v1/health HTTP/1.1\" 200 2";
        assert!(marked(other).is_empty());
        // A status alone, with no request or status line before it, is no exchange.
        let body = "  \"status\": 500,\n  \"status\": 200,";
        assert!(marked(body).is_empty());
        // A different failure between the attempt and the success stays an error.
        let between = "< HTTP/1.1 503 Service Unavailable\nERROR upload: 413 Payload Too Large\n< HTTP/1.1 200 OK";
        assert_eq!(marked(between), vec![0]);
    }
}
