//! The lines an incident occupies: its own lines, not the log around it.
//!
//! A block gathers every nearby line that might belong to an error, so in a busy log it also
//! holds unrelated lines (build steps, warnings, passed tests). Once the fields are read, the
//! incident's range is cut down to the lines that show them, widened only by the structure
//! they sit in: the whole body a field was read from, the traceback frames above an exception
//! line, the stack frames below one.

use std::sync::LazyLock;

use regex::Regex;

use super::segment::{depth_delta, is_signal, unquoted, Line};
use super::Fields;

/// Python frame lines (`  File "...", line N, in f`) and the header above them.
static PY_FRAME: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(r#"^\s*File "|^Traceback \(most recent call last\):|^\s+\^[\^~]*$"#)
});

/// Lines printed under an exception line: JS / Java / .NET frames and chained causes.
static FRAME_BELOW: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(r"^\s+at |^\s*\.\.\. \d+ (?:more|common frames omitted)|^Caused by: ")
});

/// A line of a printed body: indented, or opening with a quote, a bracket or a key.
static BODY_LINE: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::builtin(r#"^\s|^["'{}\[\],]|^[\w.$-]+\s*[:=]"#));

/// A key that opens a line of a body (`"message": "`), dropped before comparing the line
/// with a message that continues over several lines.
static KEY: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::builtin(r#"^["']?[\w.$-]+["']?\s*[:=]\s*"#));

/// First and last line number of the incident within `lines`, or `None` when no line shows
/// any of its fields (the caller keeps the block's own range then).
pub fn extent(lines: &[Line], fields: &Fields) -> Option<(usize, usize)> {
    let probe = Probe::new(fields);
    let shown: Vec<bool> = lines.iter().map(|l| probe.shows(&l.text)).collect();
    // An error known by its wording alone shows no field: its lines are those that read as
    // an error (a retry notice or a passed check near it is not one of them).
    let Some((first, last)) = bounds(&shown) else {
        let vocabulary = &crate::knowledge::get().vocabulary;
        let signals: Vec<bool> = lines
            .iter()
            .map(|l| {
                let t = l.text.as_str();
                is_signal(t) && !vocabulary.is_quiet_line(t) && !vocabulary.is_retry_notice(t)
            })
            .collect();
        return bounds(&signals).map(|(a, b)| (lines[a].no, lines[b].no));
    };

    // Depth of open brackets before each line, to keep a body whole.
    let mut before = Vec::with_capacity(lines.len() + 1);
    let mut depth = 0i64;
    for l in lines {
        before.push(depth);
        depth = (depth + depth_delta(unquoted(&l.text))).clamp(0, 64);
    }
    before.push(depth);

    // Up to the line that opened the outermost body holding the first field, and down to
    // where that body closes, across lines that read as a body's. A body cut short in the
    // paste closes nowhere and adds nothing.
    let body = |i: usize| shown[i] || BODY_LINE.is_match(unquoted(&lines[i].text));
    let mut start = first;
    if before[first] > 0 {
        start = (0..first)
            .rev()
            .take_while(|&i| before[i] == 0 || body(i))
            .find(|&i| before[i] == 0)
            .unwrap_or(first);
    }
    start = frames_above(lines, start);
    let mut end = last;
    if before[last + 1] > 0 {
        end = (last + 1..lines.len())
            .take_while(|&i| body(i))
            .find(|&i| before[i + 1] == 0)
            .unwrap_or(last);
    }
    while end + 1 < lines.len() && FRAME_BELOW.is_match(unquoted(&lines[end + 1].text)) {
        end += 1;
    }
    Some((lines[start].no, lines[end].no))
}

/// First and last index of the marked lines.
fn bounds(marked: &[bool]) -> Option<(usize, usize)> {
    Some((
        marked.iter().position(|&m| m)?,
        marked.iter().rposition(|&m| m)?,
    ))
}

/// Widens `start` over the Python traceback printed above it: frame lines, the source line
/// under each, and the `Traceback` header.
fn frames_above(lines: &[Line], mut start: usize) -> usize {
    loop {
        let Some(above) = start.checked_sub(1) else {
            return start;
        };
        let text = unquoted(&lines[above].text);
        if text.starts_with("Traceback (most recent call last):") {
            return above;
        }
        if PY_FRAME.is_match(text) {
            start = above;
            continue;
        }
        // A frame's source line is indented and sits under its `File` line.
        let indented = text.starts_with([' ', '\t']) && !text.trim().is_empty();
        let framed = (1..=3)
            .filter_map(|k| above.checked_sub(k))
            .map(|i| unquoted(&lines[i].text))
            .take_while(|t| t.starts_with([' ', '\t']))
            .any(|t| PY_FRAME.is_match(t));
        if indented && framed {
            start = above;
            continue;
        }
        return start;
    }
}

/// What a line must show to belong to the incident.
struct Probe {
    /// Field values looked for verbatim.
    needles: Vec<String>,
    status: Option<u16>,
    /// The message with whitespace collapsed, and its opening words.
    message: Option<(String, String)>,
}

impl Probe {
    fn new(fields: &Fields) -> Probe {
        let needles = [
            &fields.exception,
            &fields.error_type,
            &fields.error_code,
            &fields.request_id,
        ]
        .into_iter()
        .flatten()
        .filter(|v| v.len() >= 3)
        .cloned()
        .collect();
        let message = fields.message.as_deref().map(squash).map(|m| {
            let head: String = m.chars().take(24).collect();
            (m, head)
        });
        Probe {
            needles,
            status: fields.status,
            message,
        }
    }

    fn shows(&self, line: &str) -> bool {
        if line.trim().is_empty() || crate::knowledge::get().vocabulary.is_quiet_line(line) {
            return false;
        }
        if self.needles.iter().any(|n| line.contains(n.as_str())) {
            return true;
        }
        // The status where the text states one (`HTTP 500`, `Error code: 429`), not any
        // number that happens to match it (`batch 400`, `id=500`).
        if self
            .status
            .is_some_and(|s| super::patterns::statuses(line).iter().any(|&(_, t)| t == s))
        {
            return true;
        }
        let Some((message, head)) = &self.message else {
            return false;
        };
        let line = squash(line);
        if line.contains(head.as_str()) {
            return true;
        }
        // A line of a message that runs over several lines, once its key and quotes are off.
        let core = KEY.replace(&line, "");
        let core = core.trim_matches(|c: char| "\"',;{}[]() ".contains(c));
        core.chars().count() >= 5 && message.contains(core)
    }
}

/// `text` with every run of whitespace made one space.
fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Line> {
        text.lines()
            .enumerate()
            .map(|(i, t)| Line {
                no: i + 1,
                text: t.to_string(),
            })
            .collect()
    }

    #[test]
    fn noise_around_an_error_is_left_out() {
        let text = "warning: unused variable: `error`\n  0 errors, 3 warnings\nTraceback (most recent call last):\n  File \"a.py\", line 1, in <module>\n    x()\nopenai.RateLimitError: Error code: 429 - {'error': {'message': 'slow down'}}\n  Downloading x-1.0.whl (3 kB)\n0 errors";
        let fields = Fields {
            status: Some(429),
            exception: Some("RateLimitError".into()),
            message: Some("slow down".into()),
            ..Fields::default()
        };
        assert_eq!(extent(&lines(text), &fields), Some((3, 6)));
    }

    #[test]
    fn a_body_and_a_message_over_several_lines_stay_whole() {
        let text = "step 1 failed\nError 404: {\n\"error\": {\n\"message\": \"The model \ngpt-4\n does not exist.\",\n\"code\": \"model_not_found\"\n}\n}\n  at main (a.js:1:2)\nok then";
        let fields = Fields {
            status: Some(404),
            error_code: Some("model_not_found".into()),
            message: Some("The model gpt-4 does not exist.".into()),
            ..Fields::default()
        };
        assert_eq!(extent(&lines(text), &fields), Some((2, 10)));
    }
}
