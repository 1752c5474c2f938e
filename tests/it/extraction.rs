//! Every form apidiag reads: each fixture `extract/NAME.txt` is diagnosed and its first
//! diagnosis must equal `extract/NAME.json` field by field (`null` for texts with no API
//! error).

use apidiag::{Config, Engine};
use serde_json::{json, Value};

use crate::fixtures;

#[test]
fn every_fixture_gives_its_expected_fields() {
    let engine = Engine::new(&Config::default()).expect("bundled rules load");
    let dir = fixtures().join("extract");
    let mut checked = 0;
    let mut failures = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    for path in paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
    {
        let text = std::fs::read_to_string(path).unwrap();
        let want: Value =
            serde_json::from_str(&std::fs::read_to_string(path.with_extension("json")).unwrap())
                .unwrap();
        let out = engine.diagnose(&text);
        let got = out.diagnoses.first().map_or(
            Value::Null,
            |d| json!({"category": d.category, "fields": d.fields}),
        );
        if got != want {
            failures.push(format!("{}:\n  want {want}\n  got  {got}", path.display()));
        }
        checked += 1;
    }
    assert!(
        checked >= 40,
        "only {checked} fixtures found in {}",
        dir.display()
    );
    assert!(
        failures.is_empty(),
        "{} of {checked} fixtures differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn chained_python_causes_are_one_incident() {
    let text =
        std::fs::read_to_string(fixtures().join("extract/python-chained-cause.txt")).unwrap();
    let out = Engine::new(&Config::default()).unwrap().diagnose(&text);
    assert_eq!(out.diagnoses.len(), 1);
    assert_eq!(
        out.diagnoses[0].fields.exception.as_deref(),
        Some("APITimeoutError")
    );
}

#[test]
fn repeated_errors_in_a_log_are_one_diagnosis_with_every_occurrence() {
    let error = "openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o on requests per min (RPM): Limit 3, Used 3, Requested 1.', 'type': 'requests', 'param': None, 'code': 'rate_limit_exceeded'}}";
    let quiet = "step ok\n".repeat(8);
    let text = format!("{quiet}{error}\n{quiet}{error}\n{quiet}");
    let out = Engine::new(&Config::default()).unwrap().diagnose(&text);
    assert_eq!(out.diagnoses.len(), 1, "{:#?}", out.diagnoses);
    let d = &out.diagnoses[0];
    assert_eq!(d.count, 2);
    assert_eq!(
        d.occurrences.iter().map(|o| o.start).collect::<Vec<_>>(),
        vec![9, 18]
    );
    assert_eq!((d.lines.start, d.lines.end), (9, 9));
}

#[test]
fn different_errors_in_a_log_are_reported_in_order() {
    let quiet = "building...\n".repeat(8);
    let text = format!(
        "{quiet}curl: (6) Could not resolve host: api.example.invalid\n{quiet}npm error code E404\nnpm error 404 Not Found - GET https://registry.npmjs.org/left-padd - Not found\n{quiet}"
    );
    let out = Engine::new(&Config::default()).unwrap().diagnose(&text);
    let cats: Vec<&str> = out.diagnoses.iter().map(|d| d.category.as_str()).collect();
    assert_eq!(cats, vec!["network", "not_found"]);
}

#[test]
fn secrets_are_masked_in_fields() {
    let text = "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz012345. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}";
    let out = Engine::new(&Config::default()).unwrap().diagnose(text);
    let message = out.diagnoses[0].fields.message.clone().unwrap();
    assert!(message.contains("sk-proj-…2345"), "{message}");
    assert!(!message.contains("AbCdEfGh"), "{message}");
    let raw = Engine::new(&Config {
        redact: false,
        ..Config::default()
    })
    .unwrap()
    .diagnose(text);
    assert!(raw.diagnoses[0]
        .fields
        .message
        .as_deref()
        .unwrap()
        .contains("AbCdEfGhIjKl"));
}

#[test]
fn bad_bytes_and_empty_input_do_not_fail() {
    let engine = Engine::new(&Config::default()).unwrap();
    assert!(engine.diagnose("").diagnoses.is_empty());
    let bytes: &[u8] = b"\xff\xfe HTTP/1.1 503 Service Unavailable\r\n\x1b[31mretry\x1b[0m\r\n";
    let out = engine.scan(bytes, |_| {}).unwrap();
    assert_eq!(out.diagnoses[0].fields.status, Some(503));
}
