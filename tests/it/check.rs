//! `apidiag rules check`: every problem of a directory of deliberately broken files, in one
//! run, each with file:line:column (pinned by a snapshot), and exit 2; the bundled files
//! pass. A broken user directory stops a run unless `--rules-lenient` is given.

const NEW_API: &str = "openai.AuthenticationError: Error code: 401 - {'error': {'code': '', 'message': '无效的令牌 (request id: 20260219100814161456584b503l5fK)', 'type': 'new_api_error'}}\n";

fn in_repo(args: &[&str]) -> crate::run::Ran {
    // Paths in the output are as given: run from the repository so they are stable.
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_apidiag"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    crate::run::apidiag_with(cmd, args, b"", crate::run::LIMIT)
}

#[test]
fn every_problem_of_a_broken_directory_is_listed() {
    let ran = in_repo(&["rules", "check", "tests/fixtures/check/broken"]);
    assert_eq!(ran.status.code(), Some(2));
    let out = ran.stdout_text();
    insta::assert_snapshot!(out);
}

#[test]
fn the_bundled_files_have_no_problems() {
    let ran = in_repo(&["rules", "check"]);
    let out = ran.stdout_text();
    assert_eq!(ran.status.code(), Some(0), "{out}");
    assert!(out.ends_with(": 0 problems\n"), "{out}");
}

#[test]
fn a_broken_user_directory_stops_unless_lenient() {
    let dir = "tests/fixtures/check/broken";
    let strict = in_repo(&["--rules", dir, "--format", "json"]);
    assert_eq!(strict.status.code(), Some(2));
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_apidiag"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    let lenient = crate::run::apidiag_with(
        cmd,
        &["--rules", dir, "--rules-lenient", "--format", "json"],
        NEW_API.as_bytes(),
        crate::run::LIMIT,
    );
    assert_eq!(lenient.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&lenient.stdout).unwrap();
    assert_eq!(v["diagnoses"][0]["fields"]["provider"], "new-api");
    let err = String::from_utf8(lenient.stderr).unwrap();
    let warned: Vec<&str> = err.lines().filter(|l| l.contains("warning")).collect();
    assert!(warned.iter().any(|l| l.contains("team.toml")), "{err}");
    assert!(warned.iter().any(|l| l.contains("syntax.toml")), "{err}");
    let per_file = |f: &str| warned.iter().filter(|l| l.contains(f)).count();
    assert_eq!(per_file("syntax.toml"), 1, "{err}");
}
