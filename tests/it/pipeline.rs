//! apidiag in a pipeline: `--tee`, `--output`, `run`, `--fail-on`, a reader that goes away,
//! over-long lines and log prefixes.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use crate::formats::apidiag_in;

const AUTH: &str = "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-abc.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}";

fn here() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn json(bytes: &[u8]) -> serde_json::Value {
    serde_json::from_slice(bytes)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(bytes)))
}

#[test]
fn tee_copies_the_input_byte_for_byte() {
    let mut input: Vec<u8> = Vec::new();
    input.extend_from_slice(b"\x1b[31mred\x1b[0m line\r\n");
    input.extend_from_slice(b"invalid \xff\xfe utf-8\n");
    input.extend_from_slice(AUTH.as_bytes());
    input.extend_from_slice(b"\r\n\0nul and no newline at the end");
    // Long enough to take several reads.
    input.extend(std::iter::repeat_n(b'x', 300_000));
    let o = apidiag_in(here(), &["--tee", "--format", "json"], &input);
    assert_eq!(o.stdout.len(), input.len());
    assert!(o.stdout == input, "stdout differs from the input");
    let report = json(&o.stderr);
    assert_eq!(report["diagnoses"][0]["category"], "auth");
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn output_writes_the_report_to_a_file() {
    let dir = std::env::temp_dir().join(format!("apidiag-out-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("report.json");
    let o = apidiag_in(
        here(),
        &["--format", "json", "--output", file.to_str().unwrap()],
        AUTH.as_bytes(),
    );
    assert!(o.stdout.is_empty());
    assert_eq!(o.status.code(), Some(1));
    let report = json(&std::fs::read(&file).unwrap());
    assert_eq!(report["summary"]["errors"], 1);
    // With --tee, the input goes to standard output and the report to the file.
    let o = apidiag_in(
        here(),
        &["--tee", "--format", "json", "-o", file.to_str().unwrap()],
        AUTH.as_bytes(),
    );
    assert_eq!(o.stdout, AUTH.as_bytes());
    assert!(o.stderr.is_empty());
    assert_eq!(json(&std::fs::read(&file).unwrap())["summary"]["errors"], 1);
    std::fs::remove_dir_all(dir).unwrap();
}

fn sh(script: &str, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["run"];
    args.extend_from_slice(extra);
    args.extend_from_slice(&["--", "sh", "-c", script]);
    apidiag_in(here(), &args, b"")
}

#[test]
fn run_passes_output_through_and_returns_the_commands_code() {
    let script = format!(
        "printf 'out 1\\nout 2\\n'; printf '%s\\n' \"{AUTH}\" >&2; printf 'no newline'; exit 3"
    );
    let o = sh(&script, &["--format", "json"]);
    assert_eq!(o.stdout, b"out 1\nout 2\nno newline");
    let err = String::from_utf8(o.stderr).unwrap();
    let (passed, report) = err.split_once('\n').unwrap();
    assert_eq!(passed, AUTH);
    assert_eq!(json(report.as_bytes())["diagnoses"][0]["category"], "auth");
    assert_eq!(o.status.code(), Some(3));
    // NDJSON on standard error waits for the command's own output to end.
    let script = format!(
        "printf '%s\\nok\\nok\\nok\\nok\\nok\\n' \"{AUTH}\" >&2; sleep 1; printf 'partial' >&2"
    );
    let o = sh(&script, &["--format", "ndjson"]);
    let err = String::from_utf8(o.stderr).unwrap();
    let (passed, report) = err.split_once("partial").unwrap();
    assert!(passed.starts_with(AUTH), "{err}");
    assert_eq!(json(report.as_bytes())["count"], 1);
    // A command that succeeds and prints no error: exit 0 and an empty report.
    let ok = sh("echo fine", &["--format", "json"]);
    assert_eq!(ok.status.code(), Some(0));
    assert_eq!(ok.stdout, b"fine\n");
    assert_eq!(json(&ok.stderr)["summary"]["errors"], 0);
}

#[test]
fn run_with_fail_on_exits_with_apidiags_code() {
    let script = format!("echo \"{AUTH}\"; exit 0");
    assert_eq!(
        sh(&script, &["--fail-on", "auth,billing"]).status.code(),
        Some(1)
    );
    assert_eq!(
        sh(&script, &["--fail-on", "rate_limit"]).status.code(),
        Some(0)
    );
    let failing = sh("exit 7", &["--fail-on", "auth"]);
    assert_eq!(failing.status.code(), Some(0));
    let missing = apidiag_in(here(), &["run", "--", "/no/such/program"], b"");
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot run `/no/such/program`"));
}

#[test]
fn fail_on_limits_which_categories_fail() {
    let code = |args: &[&str]| apidiag_in(here(), args, AUTH.as_bytes()).status.code();
    assert_eq!(code(&["--fail-on", "auth"]), Some(1));
    assert_eq!(code(&["--fail-on", "billing,rate_limit"]), Some(0));
    let bad = apidiag_in(here(), &["--fail-on", "nope"], AUTH.as_bytes());
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown category `nope`"));
}

#[test]
fn a_reader_that_goes_away_does_not_hide_the_error() {
    for format in ["human", "ndjson", "json"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_apidiag"))
            .args(["--format", format])
            .env("LANG", "C")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // The reader closes its end before apidiag writes anything (`| head -0`).
        drop(child.stdout.take());
        let mut stdin = child.stdin.take().unwrap();
        let mut input = String::new();
        for _ in 0..200 {
            input.push_str(AUTH);
            input.push_str("\nok\nok\nok\nok\nok\n");
        }
        let _ = stdin.write_all(input.as_bytes());
        drop(stdin);
        let o = child.wait_with_output().unwrap();
        assert_eq!(o.status.code(), Some(1), "{format}");
        assert!(
            o.stderr.is_empty(),
            "{format}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
}

#[test]
fn locations_carry_the_file_path() {
    let o = apidiag_in(
        here(),
        &["--format", "json", "examples/openai-401.txt", "-"],
        AUTH.as_bytes(),
    );
    let v = json(&o.stdout);
    let d = v["diagnoses"].as_array().unwrap();
    assert_eq!(d[0]["lines"]["path"], "examples/openai-401.txt");
    assert_eq!(d[0]["occurrences"][0]["path"], "examples/openai-401.txt");
    // Standard input has no path.
    assert!(d.last().unwrap()["lines"].get("path").is_none());
}

#[test]
fn the_same_error_with_and_without_a_log_prefix_is_one_diagnosis() {
    let rate = "openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o in organization org-x on requests per min (RPM): Limit 3, Used 3, Requested 1.', 'type': 'requests', 'param': None, 'code': 'rate_limit_exceeded'}}";
    let quiet = "ok\nok\nok\nok\nok\n";
    let input = format!(
        "{AUTH}\n{quiet}2026-01-01T00:00:00.0000000Z {AUTH}\n{quiet}web-1  | [2026-01-01 10:00:00,123] ERROR {AUTH}\n{quiet}Nov 24 08:00:00 host app[3]: {rate}\n{quiet}{rate}\n"
    );
    let v = json(&apidiag_in(here(), &["--format", "json"], input.as_bytes()).stdout);
    let d = v["diagnoses"].as_array().unwrap();
    let counts: Vec<(String, u64)> = d
        .iter()
        .map(|d| {
            (
                d["category"].as_str().unwrap().to_string(),
                d["count"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        counts,
        [("auth".to_string(), 3), ("rate_limit".to_string(), 2)]
    );
    assert_eq!(v["summary"]["errors"], 5);
}

#[test]
fn two_errors_under_the_same_prefix_stay_two_diagnoses() {
    let bad = |param: &str| {
        format!("2026-01-01T00:00:00Z ERROR openai.BadRequestError: Error code: 400 - {{'error': {{'message': \"Invalid value for '{param}'.\", 'type': 'invalid_request_error', 'param': '{param}', 'code': None}}}}\nok\nok\nok\nok\nok\n")
    };
    let input = format!(
        "{}{}{}",
        bad("temperature"),
        bad("top_p"),
        bad("temperature")
    );
    let v = json(&apidiag_in(here(), &["--format", "json"], input.as_bytes()).stdout);
    let d = v["diagnoses"].as_array().unwrap();
    assert_eq!(d.len(), 2, "{v:#}");
    assert_eq!(d[0]["count"], 2);
    assert_eq!(d[1]["count"], 1);
    assert!(d[1]["fields"]["message"]
        .as_str()
        .unwrap()
        .contains("top_p"));
}

#[test]
fn a_multi_line_error_under_prefixes_reads_like_the_bare_one() {
    let traceback = "Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\n    client.chat.completions.create(model=\"gpt-4o\")\nopenai.NotFoundError: Error code: 404 - {'error': {'message': 'The model `gpt-5x` does not exist or you do not have access to it.', 'type': 'invalid_request_error', 'param': None, 'code': 'model_not_found'}}";
    let prefixed: String = traceback
        .lines()
        .map(|l| format!("2026-11-24T08:00:00.000Z {l}\n"))
        .collect();
    let bare = json(&apidiag_in(here(), &["--format", "json"], traceback.as_bytes()).stdout);
    let with = json(&apidiag_in(here(), &["--format", "json"], prefixed.as_bytes()).stdout);
    assert_eq!(
        bare["diagnoses"][0]["fields"],
        with["diagnoses"][0]["fields"]
    );
    assert_eq!(
        with["diagnoses"][0]["lines"],
        serde_json::json!({"start": 1, "end": 4})
    );
}

#[test]
fn an_over_long_line_is_cut_and_the_next_lines_still_read() {
    let mut input = vec![b'a'; 3 * 1024 * 1024];
    input.push(b'\n');
    input.extend_from_slice(AUTH.as_bytes());
    let v = json(&apidiag_in(here(), &["--format", "json"], &input).stdout);
    assert_eq!(v["diagnoses"][0]["lines"]["start"], 2);
}

#[test]
fn the_human_report_of_several_errors_ends_with_a_summary() {
    let input = format!("{AUTH}\nok\nok\nok\nok\nok\n{AUTH}\nok\nok\nok\nok\nok\nHTTP/1.1 503 Service Unavailable\n");
    let o = apidiag_in(here(), &[], input.as_bytes());
    let out = String::from_utf8(o.stdout).unwrap();
    let tail = out.rsplit('═').next().unwrap();
    assert!(tail.contains("Summary · Errors found: 3"), "{out}");
    assert!(tail.contains("auth") && tail.contains("openai"), "{tail}");
    // One error alone needs no table.
    let one = String::from_utf8(apidiag_in(here(), &[], AUTH.as_bytes()).stdout).unwrap();
    assert!(!one.contains("Errors found"), "{one}");
}
