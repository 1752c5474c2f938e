//! Output formats, pinned by snapshots, and what CI tools require of them: the SARIF schema,
//! GitHub's escaping, GitLab's fingerprints, Markdown's size limit, NDJSON's streaming.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use apidiag::render::{markdown::Markdown, print_all};
use apidiag::report::Labels;
use apidiag::{Config, Engine};

/// Runs the binary in the repository root (so that paths in locations are relative).
pub fn apidiag_in(dir: &Path, args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_apidiag"))
        .args(args)
        .current_dir(dir)
        .env_remove("APIDIAG_LANG")
        .env_remove("APIDIAG_RULES")
        .env("LANG", "C")
        .env("LC_ALL", "C")
        .env("XDG_CONFIG_HOME", "/nonexistent")
        .env_remove("CLICOLOR_FORCE")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    let mut input = child.stdin.take().unwrap();
    let bytes = stdin.to_vec();
    // Written from a thread so that a large input cannot block on a full output pipe.
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str]) -> String {
    let o = apidiag_in(root(), args, b"");
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

const CI_LOG: &str = "examples/ci-log.txt";

macro_rules! format_snapshots {
    ($($name:ident => $format:expr),* $(,)?) => {$(
        #[test]
        fn $name() {
            insta::assert_snapshot!(run(&["--format", $format, CI_LOG]));
        }
    )*};
}

format_snapshots! {
    human_snapshot => "human",
    json_snapshot => "json",
    ndjson_snapshot => "ndjson",
    markdown_snapshot => "markdown",
    github_snapshot => "github",
    gitlab_snapshot => "gitlab",
    sarif_snapshot => "sarif",
}

fn sarif_validator() -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("tests/schemas/sarif-schema-2.1.0.json")).unwrap(),
    )
    .unwrap();
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the SARIF schema compiles")
}

#[test]
fn sarif_is_valid_against_the_official_2_1_0_schema() {
    let validator = sarif_validator();
    let from_file = run(&["--format", "sarif", CI_LOG]);
    let from_stdin = apidiag_in(root(), &["--format", "sarif"], b"all good\n");
    for text in [from_file, String::from_utf8(from_stdin.stdout).unwrap()] {
        let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&doc)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{errors:#?}\n{text}");
    }
    // The check itself catches an invalid log.
    let bad = serde_json::json!({"version": "2.1.0", "runs": [{"results": []}]});
    assert!(!validator.is_valid(&bad));
}

#[test]
fn sarif_lists_each_rule_once_with_help_and_locates_each_result() {
    let doc: serde_json::Value =
        serde_json::from_str(&run(&["--format", "sarif", CI_LOG])).unwrap();
    let run = &doc["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 3);
    for r in results {
        let rule = &rules[r["ruleIndex"].as_u64().unwrap() as usize];
        assert_eq!(rule["id"], r["ruleId"]);
        assert!(rule["shortDescription"]["text"].as_str().unwrap().len() > 10);
        let loc = &r["locations"][0]["physicalLocation"];
        assert_eq!(loc["artifactLocation"]["uri"], CI_LOG);
        assert!(loc["region"]["startLine"].as_u64().unwrap() >= 1);
    }
    assert!(rules.iter().any(|r| r["helpUri"]
        .as_str()
        .is_some_and(|u| u.starts_with("https://"))));
}

#[test]
fn github_annotations_escape_data_and_properties() {
    let dir = std::env::temp_dir().join(format!("apidiag-gh-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let name = "odd:name,100%.log";
    let text = "openai.BadRequestError: Error code: 400 - {'error': {'message': \"Invalid 'temperature': 150% is above 2, the maximum\", 'type': 'invalid_request_error', 'param': 'temperature', 'code': 'invalid_value'}}\n";
    std::fs::write(dir.join(name), text).unwrap();
    let o = apidiag_in(&dir, &["--format", "github", name], b"");
    let out = String::from_utf8(o.stdout).unwrap();
    assert_eq!(out.lines().count(), 1, "one annotation, on one line: {out}");
    let (props, message) = out
        .trim_end()
        .split_once("::")
        .unwrap()
        .1
        .split_once("::")
        .unwrap();
    assert!(
        props.contains("file=odd%3Aname%2C100%25.log,line=1,endLine=1"),
        "{props}"
    );
    // In the message, `%` and line breaks are escaped but `:` and `,` stay.
    assert!(
        message.contains("150%25 is above 2, the maximum"),
        "{message}"
    );
    assert!(message.contains("%0A"), "{message}");
    assert!(!message.contains('\r') && !message.contains('\n'));
    let title = props.split(",file=").next().unwrap();
    assert!(!title[6..].contains([':', ',']), "{title}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn github_puts_errors_before_notices() {
    // A 418 has no rule of its own: a notice, printed after the error that follows it.
    let input = b"HTTP/1.1 418 I'm a teapot\n\n\n\n\n\nopenai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-abc.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}\n";
    let o = apidiag_in(root(), &["--format", "github"], input);
    let out = String::from_utf8(o.stdout).unwrap();
    let levels: Vec<&str> = out.lines().map(|l| l.split(' ').next().unwrap()).collect();
    let first_error = levels.iter().position(|l| *l == "::error");
    assert_eq!(first_error, Some(0), "{out}");
}

#[test]
fn gitlab_fingerprints_are_unique_and_stable() {
    let repeated = "openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o in organization org-x on requests per min (RPM): Limit 3, Used 3, Requested 1.', 'type': 'requests', 'param': None, 'code': 'rate_limit_exceeded'}}\n\n\n\n\n";
    let input = format!(
        "{repeated}{repeated}HTTP/1.1 401 Unauthorized\n\n\n\n\nHTTP/1.1 503 Service Unavailable\n"
    );
    let fingerprints = |o: Output| -> Vec<String> {
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        v.as_array()
            .unwrap()
            .iter()
            .map(|i| {
                assert!(i["description"].as_str().unwrap().len() > 5);
                assert!(i["check_name"].as_str().is_some());
                assert!(["info", "minor", "major", "critical", "blocker"]
                    .contains(&i["severity"].as_str().unwrap()));
                assert_eq!(i["location"]["path"], "stdin");
                assert!(i["location"]["lines"]["begin"].as_u64().unwrap() >= 1);
                i["fingerprint"].as_str().unwrap().to_string()
            })
            .collect()
    };
    let first = fingerprints(apidiag_in(
        root(),
        &["--format", "gitlab"],
        input.as_bytes(),
    ));
    let second = fingerprints(apidiag_in(
        root(),
        &["--format", "gitlab"],
        input.as_bytes(),
    ));
    assert_eq!(first.len(), 3);
    let unique: std::collections::HashSet<_> = first.iter().collect();
    assert_eq!(unique.len(), first.len(), "{first:?}");
    assert_eq!(first, second);
    // The same errors in a file are other findings than on standard input.
    let file = run(&["--format", "gitlab", CI_LOG]);
    let v: serde_json::Value = serde_json::from_str(&file).unwrap();
    assert_eq!(v[0]["location"]["path"], CI_LOG);
}

#[test]
fn markdown_stays_under_its_limit_without_cutting_a_diagnosis() {
    let engine = Engine::new(&Config::default()).unwrap();
    let mut text = String::new();
    for status in [400, 401, 403, 404, 409, 413, 422, 429, 500, 502, 503, 504] {
        text.push_str(&format!("HTTP/1.1 {status} Oops\n\n\n\n\n\n"));
    }
    let out = engine.diagnose(&text);
    assert_eq!(out.diagnoses.len(), 12);
    let labels = Labels::new(engine.texts(), engine.locale());
    let mut whole = Vec::new();
    print_all(&mut Markdown::new(&labels), &out, &mut whole).unwrap();
    let whole = String::from_utf8(whole).unwrap();
    assert!(!whole.contains(&labels.trimmed));
    for limit in [whole.len() * 3 / 4, 4000] {
        let mut cut = Vec::new();
        print_all(&mut Markdown::with_limit(&labels, limit), &out, &mut cut).unwrap();
        let cut = String::from_utf8(cut).unwrap();
        assert!(cut.len() <= limit, "{} > {limit}", cut.len());
        assert!(cut.contains(&labels.trimmed));
        assert_eq!(
            cut.matches("<details>").count(),
            cut.matches("</details>").count()
        );
        assert!(cut.starts_with("## apidiag"));
    }
    // With room to spare, the first diagnosis keeps its whole report.
    let mut roomy = Vec::new();
    print_all(
        &mut Markdown::with_limit(&labels, whole.len() * 3 / 4),
        &out,
        &mut roomy,
    )
    .unwrap();
    let first = whole.split("</details>").next().unwrap();
    assert!(String::from_utf8(roomy).unwrap().contains(first));
}

#[test]
fn ndjson_writes_each_occurrence_before_the_input_ends() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_apidiag"))
        .args(["--format", "ndjson"])
        .env("LANG", "C")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            tx.send(line.unwrap()).unwrap();
        }
    });
    // Quiet lines after the error close it; the input stays open.
    stdin
        .write_all(b"HTTP/1.1 429 Too Many Requests\nok\nok\nok\nok\nok\n")
        .unwrap();
    stdin.flush().unwrap();
    let line = rx
        .recv_timeout(Duration::from_secs(20))
        .expect("a diagnosis before the input ends");
    let v: serde_json::Value = serde_json::from_str(&line).unwrap();
    assert_eq!(v["count"], 1);
    assert_eq!(v["category"], "rate_limit");
    stdin
        .write_all(b"HTTP/1.1 429 Too Many Requests\n")
        .unwrap();
    drop(stdin);
    let second: serde_json::Value =
        serde_json::from_str(&rx.recv_timeout(Duration::from_secs(20)).unwrap()).unwrap();
    assert_eq!(second["count"], 1);
    assert_eq!(
        second["occurrences"],
        serde_json::json!([{"start": 7, "end": 7}])
    );
    assert_eq!(child.wait().unwrap().code(), Some(1));
}
