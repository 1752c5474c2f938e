//! HTTP statuses as clients, servers and logs state them: `Error code: 429`, `HTTP/1.1 401`,
//! `503 Service Unavailable`, `status_code=524`, `Failed PUT 403`, `状态码 400`, and the text a
//! status opens (`API Error: 400 Model does not exist.`).
//!
//! A status is three digits from 100 to 599, so only a text holding such a digit can state
//! one. The reason phrases live here too: every form that reads the text after a status
//! judges it by them.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::builtin as re;

use super::forms::Form;
use super::wording::is_client_wording;

/// Statuses stated anywhere, and the message stated right after one.
pub const FORMS: &[Form] = &[
    Form {
        name: "status.stated",
        triggers: &["1", "2", "3", "4", "5"],
        finds: |t| !statuses(t).is_empty(),
        examples: &["openai.RateLimitError: Error code: 429 - {", "< HTTP/2 401"],
    },
    Form {
        name: "status.message-before",
        triggers: &["status"],
        finds: |t| before_status(t).is_some(),
        examples: &[
            "The engine is currently overloaded, please try again later (HTTP Status: 429)",
        ],
    },
    Form {
        name: "status.message-after",
        triggers: &["4", "5"],
        finds: |t| after_status(t).is_some(),
        examples: &["Internal error: 401 invalid access token or token expired"],
    },
    Form {
        name: "status.html-title",
        triggers: &["<title>"],
        finds: |t| html_title(t).is_some(),
        examples: &["<title>403 The user 'x' isn't allowed to upload to project 'y'.</title>"],
    },
];

/// An HTML error page whose title is the status and the service's own sentence (a Pyramid or
/// WebOb page: `<title>403 The credential ... isn't allowed to upload ...</title>`), not a
/// reason phrase alone.
pub fn html_title(text: &str) -> Option<String> {
    static R: LazyLock<Regex> =
        LazyLock::new(|| re(r"<title>\s*[45]\d\d:?\s+([^<\n]+?)\s*</title>"));
    R.captures(text)
        .map(|c| c[1].to_string())
        .filter(|m| !is_reason_phrase(m) && m.contains(' '))
}

/// Places an HTTP status is stated, each with the status in group 1.
static STATUS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        r"(?i)\berror(?: code| response)?:?\s*\[?(\d{3})\b",
        r"(?i)\b(?:http[_ ]?)?status(?:[ _-]?code)?['\x22]?\s*(?:[:=]|is)?\s*['\x22]?\[?(\d{3})\b",
        r#"(?i)\bHTTP/\d(?:\.\d)?"?\s+(\d{3})\b"#,
        r"(?i)\bHTTP(?: error)?\s+(\d{3})\b",
        r"\b(\d{3}) (?:Client|Server) Error\b",
        r"<HttpError (\d{3})\b",
        r"(?i)\bgoogleapi: Error (\d{3})\b",
        r"(?i)exception: \((\d{3})\)",
        r"(?i)\b([1-5]\d\d)\s*(?:-\s*|\()?(?:Bad Request|Unauthorized|Payment Required|Forbidden|Not Found|Method Not Allowed|Not Acceptable|Proxy Authentication Required|Request Time-?out|Conflict|Gone|Precondition Failed|Payload Too Large|Request Entity Too Large|Unsupported Media Type|Unprocessable Entity|Unprocessable Content|Too Many Requests|Internal Server Error|Not Implemented|Bad Gateway|Service Unavailable|Gateway Time-?out)\b",
        r#"(?m)(?:^|[\[\]>{}]\s*|[:：]\s+|[：，（"“]\s*)([45]\d\d)(?:\]:?|\s*[:\-]?\s)(?:\s*)[\{\[A-Z'"<\p{Han}]"#,
        r"\[GIN\][^\n]*?\|\s*([1-5]\d\d)\s*\|",
        r"does not indicate success: (\d{3})\b",
        // A status right before the body it came with: `API Error (529 {"type":...`.
        r#"(?:^|[\s(\[:：，,])([45]\d\d)\s*[:-]?\s*\{\s*["']"#,
        // `OpenAI API error (429):`, `Upload failed (403):`, `Response code error: ', 524)`.
        r"(?i)\b(?:error|failed|failure|exception|response code)\W{0,6}\(?([45]\d\d)\)?(?:\W|$)",
        // A body's or log's `code` that is a status (`code=403`, `'code': 400`, `Code: 422,`),
        // a camelCase status key (`responseStatusCode: "400"`, `StatusCode:403`), logfmt
        // `http=503`, `(HTTP code 500)`, `HTTPError 403:`, Chinese `状态码 400`.
        r#"(?i)\b(?:http_?)?code['"]?\s*[:=]\s*['"]?([45]\d\d)(?:[^\w.]|$)"#,
        r#"(?-i:[a-z]Status(?:Code)?)['"]?\s*[:=]\s*['"]?(\d{3})\b"#,
        r"(?i)\bhttp(?:_?status)?=(\d{3})\b|\bHTTP code (\d{3})\b|\bHTTPError:? (\d{3})\b",
        r"(?:状态码|状态|HTTP 状态)\s*[:：]?\s*(\d{3})\b",
        // npm's `Failed PUT 403`.
        r"\bFailed (?:GET|PUT|POST|PATCH|DELETE|HEAD) (\d{3})\b",
    ]
    .iter()
    .map(|p| re(p))
    .collect()
});

/// Every stated HTTP status with the byte offset where it is stated.
pub fn statuses(text: &str) -> Vec<(usize, u16)> {
    let mut out: Vec<(usize, u16)> = STATUS
        .iter()
        .flat_map(|r| r.captures_iter(text))
        .filter_map(|c| {
            let m = c.iter().skip(1).flatten().next()?;
            let s: u16 = m.as_str().parse().ok()?;
            (100..600).contains(&s).then_some((m.start(), s))
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The status stated last in `prefix` (the text right before a payload).
pub fn status_before(prefix: &str) -> Option<u16> {
    statuses(prefix).last().map(|&(_, s)| s)
}

/// An HTTP reason phrase alone (`Not Found`): the status line's words, not a message.
pub fn is_reason_phrase(message: &str) -> bool {
    static R: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^(?:Bad Request|Unauthorized|Payment Required|Forbidden|Not Found|Method Not Allowed|Not Acceptable|Request Time-?out|Conflict|Gone|Payload Too Large|Request Entity Too Large|Unsupported Media Type|Unprocessable (?:Entity|Content)|Too Many Requests|Internal Server Error|Not Implemented|Bad Gateway|Service (?:Temporarily )?Unavailable|Gateway Time-?out)\.?$",
        )
    });
    R.is_match(message.trim())
}

/// A line that is a sentence with its status in brackets after it: `The engine is currently
/// overloaded, please try again later (HTTP Status: 429)`.
pub fn before_status(text: &str) -> Option<String> {
    static R: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?m)^\s*([A-Z\p{Han}][^\n()]{8,}?)\s*[(（](?i:http )?(?i:status)(?i: code)?[:：]?\s*[45]\d\d[)）]\s*$",
        )
    });
    R.captures(text).map(|c| c[1].trim().to_string())
}

/// Whether `message` follows a status and its reason phrase (`500 Internal Server Error:
/// timed out waiting for ...`): the server's own text, whatever it speaks of.
pub fn follows_reason(text: &str, message: &str) -> bool {
    static R: LazyLock<Regex> = LazyLock::new(|| re(r"\b[45]\d\d ([A-Z][A-Za-z -]+):\s*$"));
    text.match_indices(message).any(|(i, _)| {
        R.captures(&text[..i])
            .is_some_and(|c| is_reason_phrase(c[1].trim()))
    })
}

/// Text stated right after a status: `API Error: 400 Model does not exist.`.
pub fn after_status(text: &str) -> Option<String> {
    static R: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r#"(?m)(?:^|[ \t\[\]:>=：，(（"])[45]\d\d(?:\]|\)|）)?(?:[ \t]+(?:Bad Request|Unauthorized|Payment Required|Forbidden|Not Found|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out|Conflict|Unprocessable Entity))?\]?(?:[ \t]*\(error code: \d+\))?[ \t]*[:\-,]?[ \t]+([A-Za-z\p{Han}][^\n{]{3,}?)(?:\s*\[reason: [^\n]*)?$"#,
        )
    });
    // After `error: 401` a service's refusal may start in lower case.
    static ERROR_STATUS: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)\berror(?::\s*|\s+)[45]\d\d:?$"));
    // `401 Unauthorized: <message>`: the reason phrase, then the service's own words.
    static AFTER_REASON: LazyLock<Regex> = LazyLock::new(|| re(r"\b[45]\d\d [A-Z][A-Za-z ]+:$"));
    static REFUSAL: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:invalid|expired|denied|refused|rejected|revoked|exceeded|required|missing|unauthori[sz]ed|forbidden|not found|not allowed|does not exist|doesn't exist|no such)\b",
        )
    });
    // A body that is a bare JSON string, printed after the status: `Status Code 401, "Invalid
    // token"`.
    static QUOTED: LazyLock<Regex> = LazyLock::new(|| {
        re(r#"(?m)\b[45]\d\d,?[ \t]+"((?:[^"\\\n]|\\.){3,})"(?:[ \t*]*$|[ \t]*[^:\s])"#)
    });
    if let Some(c) = QUOTED.captures(text) {
        return Some(c[1].replace("\\\"", "\""));
    }
    // An application's account of the call with the status in brackets, then the client's
    // text, which opens with the status again: `anthropic call failed (400, request_id=x): 400
    // messages.3: ...`.
    static AFTER_ACCOUNT: LazyLock<Regex> =
        LazyLock::new(|| re(r"\bfailed \([45]\d\d\b[^()\n]*\):\s*[45]\d\d$"));
    let han = |m: &str| m.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    // Every status that may open a message, also one inside the text a rejected one ran over.
    let mut at = 0;
    let all = std::iter::from_fn(|| {
        let c = R.captures_at(text, at)?;
        let start = c.get(0).expect("group 0").start();
        at = start + text[start..].chars().next().map_or(1, char::len_utf8);
        Some(c)
    });
    all.filter(|c| {
        let before = text[..c.get(1).expect("group 1").start()].trim_end();
        !c[1].starts_with(|ch: char| ch.is_ascii_lowercase())
            || ERROR_STATUS.is_match(before) && REFUSAL.is_match(&c[1])
            || AFTER_REASON.is_match(before)
            || AFTER_ACCOUNT.is_match(before)
    })
    .map(|c| c[1].trim().to_string())
    .find(|m| {
        !is_client_wording(m)
            && !m.starts_with("Client Error")
            && !m.starts_with("Server Error")
            && !m.contains('<')
            && !m.contains("HTTP/")
            && !m.contains("map[")
            // `(429 Too Many Requests) for url`: the status was in brackets with its reason.
            && !m.split_once(')').is_some_and(|(r, _)| is_reason_phrase(r))
            && (m.contains(' ') || han(m))
            && !is_reason_phrase(m.trim_end_matches(['"', '\'']))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_message_after_an_applications_account_of_the_call() {
        assert_eq!(
            after_status("x call failed (429, request_id=req_1): 429 Slow down, please.")
                .as_deref(),
            Some("Slow down, please.")
        );
        assert_eq!(
            after_status("x call failed (400): 400 messages.3: ids were found without results")
                .as_deref(),
            Some("messages.3: ids were found without results")
        );
        assert_eq!(after_status("x call (400): from the server side"), None);
    }

    #[test]
    fn a_quoted_status_line_gives_no_message() {
        let t =
            "POST /v1/x \"HTTP/1.1 413 Request Entity Too Large\"\nError code: 413 - File too big.";
        assert_eq!(after_status(t).as_deref(), Some("File too big."));
    }

    #[test]
    fn a_bare_string_body_after_a_status_is_the_message() {
        assert_eq!(
            after_status(r#"API Error: Status Code 401, "Invalid token""#).as_deref(),
            Some("Invalid token")
        );
        // A key of a body is no message.
        assert_ne!(
            after_status(r#"HTTP 400 "message": "x""#).as_deref(),
            Some("message")
        );
    }

    #[test]
    fn finds_statuses_in_common_forms() {
        for (text, want) in [
            ("openai.RateLimitError: Error code: 429 - {", 429),
            ("AxiosError: Request failed with status code 503", 503),
            ("< HTTP/2 401", 401),
            (
                "requests.exceptions.HTTPError: 404 Client Error: Not Found for url",
                404,
            ),
            ("<title>502 Bad Gateway</title>", 502),
            ("[ANTHROPIC] 401 {\"type\":\"error\"}", 401),
            ("status_code=524, The origin", 524),
            ("API Error (529 {\"type\":\"error\"})", 529),
            ("Error: OpenAI API error (429): {\"code\":\"x\"}", 429),
            (
                "Upload failed (403): Invalid or non-existent authentication information.",
                403,
            ),
            (
                "Unknown API response. Code: 422, Body: Failed to deserialize",
                422,
            ),
            ("failed to deploy: code=403 message=Permission denied", 403),
            (
                "'type': 'BadRequestError', 'param': None, 'code': 400}",
                400,
            ),
            (
                "responseStatusText: \"Bad Request\", responseStatusCode: \"400\"",
                400,
            ),
            ("level=warning status=error http=503 err=no_candidate", 503),
            ("(HTTP code 500) server error - manifest unknown", 500),
            ("ERROR: (gcloud.builds.submit) HTTPError 403: <?xml", 403),
            ("API 请求失败: 状态码 400, 错误信息: {}", 400),
            ("出现429报错（429 当前分组上游负载已饱和）", 429),
            (
                "[GIN] 2024/05/25 - 02:20:27 | 2024052502202733503658994402104 | 429 |  94ms |",
                429,
            ),
            ("npm ERR! publish Failed PUT 403", 403),
        ] {
            assert_eq!(statuses(text).first().map(|s| s.1), Some(want), "{text}");
        }
    }

    #[test]
    fn ignores_numbers_that_are_not_statuses() {
        for text in [
            "File \"x.py\", line 403, in run",
            "added 242 packages in 2m",
            "port=443)",
            "\"code\": 4001, \"msg\": \"x\"",
            "error on line 404 of config",
            "code=200 message=ok",
        ] {
            assert!(statuses(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn reads_the_text_after_a_status() {
        assert_eq!(
            after_status("出现429报错（429 当前分组上游负载已饱和，请稍后再试").as_deref(),
            Some("当前分组上游负载已饱和，请稍后再试")
        );
        assert_eq!(
            after_status("Internal error: 401 invalid access token or token expired").as_deref(),
            Some("invalid access token or token expired")
        );
        assert_eq!(after_status("Server error: 413 trying to push blob"), None);
        assert_eq!(
            after_status("Error: 401 Unauthorized: the gateway refused the key").as_deref(),
            Some("the gateway refused the key")
        );
    }
}
