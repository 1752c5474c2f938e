//! The binary as a person or a CI job runs it: exit codes, input sources, formats, errors.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use crate::fixtures;

fn apidiag(args: &[&str], stdin: &str) -> Output {
    apidiag_env(args, &[], stdin)
}

fn apidiag_env(args: &[&str], env: &[(&str, &str)], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_apidiag"))
        .args(args)
        .env_remove("APIDIAG_CONFIG")
        .env_remove("COLUMNS")
        .env_remove("APIDIAG_LANG")
        .env_remove("APIDIAG_RULES")
        .env("LANG", "C")
        .env("LC_ALL", "C")
        .env("XDG_CONFIG_HOME", "/nonexistent")
        .env_remove("CLICOLOR_FORCE")
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    // A run that stops before reading (a bad config file) closes its standard input.
    match child.stdin.take().unwrap().write_all(stdin.as_bytes()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        other => other.unwrap(),
    }
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

const NEW_API: &str = "openai.AuthenticationError: Error code: 401 - {'error': {'code': '', 'message': '无效的令牌 (request id: 20260219100814161456584b503l5fK)', 'type': 'new_api_error'}}\n";

#[test]
fn exit_codes_say_whether_an_error_was_found() {
    assert_eq!(
        apidiag(&["--format", "json"], "all good\n").status.code(),
        Some(0)
    );
    assert_eq!(
        apidiag(&["--format", "json"], NEW_API).status.code(),
        Some(1)
    );
    assert_eq!(apidiag(&["--exit-zero"], NEW_API).status.code(), Some(0));
}

#[test]
fn json_output_is_exactly_the_contract() {
    let o = apidiag(&["--format", "json"], NEW_API);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["version"], 1);
    let d = &v["diagnoses"][0];
    let keys = |v: &serde_json::Value| {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    let sorted = |names: &[&str]| {
        let mut k: Vec<String> = names.iter().map(|s| s.to_string()).collect();
        k.sort();
        k
    };
    assert_eq!(keys(&v), sorted(&["version", "diagnoses", "summary"]));
    assert_eq!(
        v["summary"],
        serde_json::json!({"errors": 1, "by_category": {"auth": 1}, "by_provider": {"new-api": 1}})
    );
    assert_eq!(
        keys(d),
        sorted(&[
            "rule",
            "category",
            "fields",
            "lines",
            "count",
            "occurrences",
            "report"
        ])
    );
    assert_eq!(
        keys(&d["fields"]),
        sorted(&[
            "status",
            "exception",
            "error_type",
            "error_code",
            "message",
            "request_id",
            "provider",
            "client"
        ])
    );
    assert_eq!(
        keys(&d["report"]),
        sorted(&[
            "title",
            "translation",
            "cause",
            "analysis",
            "fixes",
            "prevention",
            "references"
        ])
    );
    assert_eq!(
        keys(&d["report"]["fixes"][0]),
        sorted(&["text", "code", "lang"])
    );
    assert_eq!(d["category"], "auth");
    assert_eq!(d["fields"]["provider"], "new-api");
    assert_eq!(d["lines"], serde_json::json!({"start": 1, "end": 1}));
    assert!(d["report"]["fixes"][0]["text"].as_str().unwrap().len() > 20);
}

#[test]
fn text_without_api_errors_gives_an_empty_list() {
    let o = apidiag(
        &["--format", "json"],
        "warning: unused variable `x`\nFinished dev profile\n",
    );
    assert_eq!(
        stdout(&o).split_whitespace().collect::<String>(),
        r#"{"version":1,"diagnoses":[],"summary":{"errors":0,"by_category":{},"by_provider":{}}}"#
    );
}

#[test]
fn reads_files_and_dash_for_stdin() {
    let file = fixtures().join("extract/python-botocore-access-denied.txt");
    let o = apidiag(&["--format", "json", file.to_str().unwrap(), "-"], NEW_API);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let cats: Vec<&str> = v["diagnoses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["category"].as_str().unwrap())
        .collect();
    assert_eq!(cats, ["permission", "auth"]);
}

#[test]
fn a_missing_file_is_a_one_line_error_with_exit_2() {
    let o = apidiag(&["no/such/file.log"], "");
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("apidiag: no/such/file.log: cannot open"),
        "{err}"
    );
}

#[test]
fn human_output_is_plain_when_piped_and_coloured_when_asked() {
    let plain = apidiag(&[], NEW_API);
    assert!(!stdout(&plain).contains('\u{1b}'));
    assert!(stdout(&plain).contains("new_api_error"));
    let coloured = apidiag(&["--color", "always"], NEW_API);
    assert!(stdout(&coloured).contains('\u{1b}'));
}

#[test]
fn language_follows_flag_and_environment() {
    let zh = apidiag(&["--lang", "zh-CN"], NEW_API);
    assert!(stdout(&zh).contains("根本原因"), "{}", stdout(&zh));
    let en = apidiag(&[], NEW_API);
    assert!(stdout(&en).contains("Root cause"));
}

#[test]
fn secrets_never_reach_any_output() {
    let input = "Authorization: Bearer sk-live-0123456789abcdefghijklmnopqrstuv\nopenai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-0123456789abcdefghijklmnopqrstuvwxyzABCD.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}\n";
    for format in ["human", "json"] {
        let out = stdout(&apidiag(&["--format", format], input));
        assert!(
            !out.contains("0123456789abcdefghijklmnopqrstuvwxyz"),
            "{format}: {out}"
        );
        assert!(out.contains("sk-…ABCD"), "{format}: {out}");
    }
}

#[test]
fn rules_subcommands_work_on_the_bundled_pack() {
    let list = apidiag(&["rules", "list"], "");
    assert_eq!(list.status.code(), Some(0));
    assert!(stdout(&list).lines().count() >= 150);
    let test = apidiag(&["rules", "test"], "");
    assert_eq!(test.status.code(), Some(0), "{}", stdout(&test));
    assert!(
        stdout(&test).contains("examples: 0 problems"),
        "{}",
        stdout(&test)
    );
    let explain = apidiag(
        &["explain", "openai.insufficient-quota", "--lang", "zh-CN"],
        "",
    );
    assert_eq!(explain.status.code(), Some(0));
    assert!(stdout(&explain).contains("解决办法"));
    let unknown = apidiag(&["explain", "no.such-rule"], "");
    assert_eq!(unknown.status.code(), Some(2));
}

#[test]
fn a_broken_user_rule_names_file_line_and_column() {
    let dir = tempdir("broken");
    std::fs::write(dir.join("mine.toml"), "[[rule]]\nid = \"mine.x\"\ncategory = \"auth\"\nexamples = [\"x\"]\n[rule.when]\nstatsu = [401]\n").unwrap();
    let o = apidiag(&["--rules", dir.to_str().unwrap()], NEW_API);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("mine.toml:6:1:"), "{err}");
    assert!(err.contains("statsu"), "{err}");
}

#[test]
fn a_user_rule_overrides_a_bundled_one_with_its_own_text() {
    let dir = tempdir("override");
    std::fs::create_dir_all(dir.join("locales/en-US")).unwrap();
    std::fs::create_dir_all(dir.join("locales/zh-CN")).unwrap();
    let rule = "[[rule]]\nid = \"newapi.invalid-token\"\ncategory = \"auth\"\nprovider = \"new-api\"\npriority = 99\nexamples = [\"\"\"{\"error\":{\"message\":\"无效的令牌 (request id: 20260101000000000000000AbCdEfGh)\",\"type\":\"new_api_error\"}}\"\"\"]\n[rule.when]\nerror_type = [\"new_api_error\"]\nmessage = '无效的令牌'\n";
    std::fs::write(dir.join("team.toml"), rule).unwrap();
    let ftl = "newapi-invalid-token = Our gateway rejected the token\n    .cause = Ask the platform team.\n    .analysis-1 = Team gateway.\n    .fix-1 = Open the team portal.\n    .prevention-1 = Rotate monthly.\n";
    std::fs::write(dir.join("locales/en-US/team.ftl"), ftl).unwrap();
    std::fs::write(dir.join("locales/zh-CN/team.ftl"), ftl).unwrap();
    let o = apidiag(&["--rules", dir.to_str().unwrap()], NEW_API);
    assert!(
        stdout(&o).contains("Our gateway rejected the token"),
        "{}{}",
        stdout(&o),
        stderr(&o)
    );
    let t = apidiag(&["rules", "test", dir.to_str().unwrap()], "");
    assert_eq!(t.status.code(), Some(0), "{}", stdout(&t));
}

#[test]
fn a_user_rule_whose_example_misbehaves_is_rejected() {
    let dir = tempdir("misbehaving");
    let rule = "[[rule]]\nid = \"mine.teapot\"\ncategory = \"invalid_request\"\nexamples = [\"HTTP/1.1 404 Not Found\"]\n[rule.when]\nstatus = [418]\n";
    std::fs::write(dir.join("mine.toml"), rule).unwrap();
    let o = apidiag(&["--rules", dir.to_str().unwrap()], NEW_API);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("mine.toml:2:6") && err.contains("example 1 of `mine.teapot`"),
        "{err}"
    );
}

fn tempdir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("apidiag-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn bash_completions_load() {
    let o = apidiag(&["completions", "bash"], "");
    assert_eq!(o.status.code(), Some(0));
    let script = stdout(&o);
    assert!(script.contains("explain"), "{script}");
    if Command::new("bash").arg("--version").output().is_err() {
        eprintln!("SKIPPED loading the completions: bash is not installed");
        return;
    }
    let dir = tempdir("completions");
    let file = dir.join("apidiag.bash");
    std::fs::write(&file, &script).unwrap();
    let check = Command::new("bash")
        .arg("-c")
        .arg(format!(
            "source '{}' && complete -p apidiag",
            file.display()
        ))
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    assert!(String::from_utf8_lossy(&check.stdout).contains("apidiag"));
    for shell in ["zsh", "fish", "powershell", "elvish"] {
        let o = apidiag(&["completions", shell], "");
        assert_eq!(o.status.code(), Some(0), "{shell}");
        assert!(stdout(&o).contains("apidiag"), "{shell}");
    }
}

#[test]
fn the_man_page_is_roff_with_every_subcommand() {
    let o = apidiag(&["man"], "");
    assert_eq!(o.status.code(), Some(0));
    let page = stdout(&o);
    assert!(
        page.starts_with(".ie \\n(.g .ds Aq"),
        "{}",
        &page[..80.min(page.len())]
    );
    assert!(page.contains(".TH apidiag"), "{page}");
    for sub in ["rules", "explain", "completions"] {
        assert!(page.contains(sub), "{sub} missing");
    }
}

#[test]
fn version_names_the_rule_pack_and_locales() {
    let o = apidiag(&["--version"], "");
    let v = stdout(&o);
    let rules: usize = apidiag::builtin_rule_sources()
        .iter()
        .map(|s| apidiag::rules::parse(s).unwrap().len())
        .sum();
    assert!(v.starts_with("apidiag "), "{v}");
    assert!(v.contains(&format!("rules: {rules} bundled")), "{v}");
    assert!(v.contains("locales: en-US, zh-CN"), "{v}");
}

#[test]
fn an_unknown_language_warns_once_and_names_the_shipped_ones() {
    let o = apidiag(&["--lang", "fr"], NEW_API);
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("`fr`") && err.contains("en-US, zh-CN"),
        "{err}"
    );
    assert!(stdout(&o).contains("Root cause"));
}

#[test]
fn a_mistyped_subcommand_gets_a_suggestion() {
    let o = apidiag(&["rule", "list"], "");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("did you mean `apidiag rules`?"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_missing_file_among_several_is_reported_after_the_others() {
    let dir = tempdir("several");
    let good = dir.join("good.log");
    std::fs::write(&good, NEW_API).unwrap();
    let o = apidiag(
        &["--format", "json", "missing.log", good.to_str().unwrap()],
        "",
    );
    assert_eq!(o.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["diagnoses"][0]["fields"]["provider"], "new-api");
    assert!(
        stderr(&o).starts_with("apidiag: missing.log: cannot open"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn utf16_input_from_powershell_is_decoded() {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(
        NEW_API
            .replace('\n', "\r\n")
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes()),
    );
    let dir = tempdir("utf16");
    let file = dir.join("error.txt");
    std::fs::write(&file, bytes).unwrap();
    let o = apidiag(&["--format", "json", file.to_str().unwrap()], "");
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["diagnoses"][0]["fields"]["message"], "无效的令牌");
}

#[test]
fn the_explain_examples_in_help_are_real_rules() {
    let help = stdout(&apidiag(&["--help"], ""));
    let examples: Vec<Vec<&str>> = help
        .lines()
        .filter_map(|l| l.trim().strip_prefix("apidiag explain "))
        .map(|rest| rest.split_whitespace().collect())
        .collect();
    assert!(examples.len() >= 2, "{help}");
    for args in examples {
        let mut full = vec!["explain"];
        full.extend(&args);
        let o = apidiag(&full, "");
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        assert!(stdout(&o).starts_with(args[0]), "{args:?}");
    }
}

#[test]
fn brief_prints_only_the_first_block() {
    let full = stdout(&apidiag(&[], NEW_API));
    let brief = stdout(&apidiag(&["--brief"], NEW_API));
    assert!(brief.lines().count() <= 15, "{brief}");
    assert!(full.starts_with(&brief), "{brief}\n---\n{full}");
    assert!(full.contains("Prevention") && !brief.contains("Prevention"));
}

#[test]
fn the_config_file_sits_below_the_environment_and_the_command_line() {
    let dir = tempdir("config");
    let file = dir.join("config.toml");
    std::fs::write(&file, "lang = \"zh-CN\"\nformat = \"json\"\n").unwrap();
    let config = file.to_str().unwrap();
    let json = apidiag_env(&[], &[("APIDIAG_CONFIG", config)], NEW_API);
    let v: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert!(v["diagnoses"][0]["report"]["cause"]
        .as_str()
        .unwrap()
        .contains("网关"));
    let human = apidiag_env(
        &["--format", "human"],
        &[("APIDIAG_CONFIG", config)],
        NEW_API,
    );
    assert!(stdout(&human).contains("根本原因"), "{}", stdout(&human));
    let english = apidiag_env(
        &["--format", "human"],
        &[("APIDIAG_CONFIG", config), ("APIDIAG_LANG", "en-US")],
        NEW_API,
    );
    assert!(stdout(&english).contains("Root cause"));
    // The default place: $XDG_CONFIG_HOME/apidiag/config.toml.
    std::fs::create_dir_all(dir.join("apidiag")).unwrap();
    std::fs::write(dir.join("apidiag/config.toml"), "lang = \"zh-CN\"\n").unwrap();
    let xdg = apidiag_env(&[], &[("XDG_CONFIG_HOME", dir.to_str().unwrap())], NEW_API);
    assert!(stdout(&xdg).contains("根本原因"), "{}", stderr(&xdg));
}

#[test]
fn a_bad_config_file_names_file_line_and_column() {
    let dir = tempdir("bad-config");
    let file = dir.join("config.toml");
    std::fs::write(&file, "lang = \"en-US\"\npagr = \"less\"\n").unwrap();
    let o = apidiag_env(&[], &[("APIDIAG_CONFIG", file.to_str().unwrap())], NEW_API);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("config.toml:2:1:") && err.contains("pagr"),
        "{err}"
    );
    std::fs::write(&file, "format = \"yaml\"\n").unwrap();
    let o = apidiag_env(&[], &[("APIDIAG_CONFIG", file.to_str().unwrap())], NEW_API);
    let err = stderr(&o);
    assert!(
        err.contains("config.toml:1:10: unknown format `yaml`"),
        "{err}"
    );
}
