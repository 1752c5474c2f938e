//! apidiag needs no network: the same input gives the same output inside a network namespace
//! with no interfaces (`unshare -rn`), where one is available.

use std::process::Command;

use crate::run::{apidiag, apidiag_with, LIMIT};

const INPUT: &str = "Authorization: Bearer sk-proj-Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0UvWxYz01a1B2\nopenai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0UvWxYz01a1B2.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}\n";

/// Whether `unshare -rn` can make a network namespace here (containers may forbid it).
fn unshare_works() -> bool {
    Command::new("unshare")
        .args(["-rn", "true"])
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn output_is_the_same_without_a_network() {
    if !unshare_works() {
        eprintln!("SKIPPED output_is_the_same_without_a_network: `unshare -rn` is not available here (no util-linux, or user namespaces are disabled)");
        return;
    }
    for args in [&["--format", "json"][..], &["--color", "never"][..]] {
        let online = apidiag(args, INPUT.as_bytes());
        let mut cmd = Command::new("unshare");
        cmd.args(["-rn", env!("CARGO_BIN_EXE_apidiag")]);
        let offline = apidiag_with(cmd, args, INPUT.as_bytes(), LIMIT);
        assert_eq!(offline.status.code(), Some(1), "{args:?}");
        assert_eq!(offline.stdout, online.stdout, "{args:?}");
        assert!(!offline.stdout.is_empty());
    }
}

#[test]
fn no_http_client_is_among_the_dependencies() {
    let lock = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock")).unwrap();
    let names: Vec<&str> = lock
        .lines()
        .filter_map(|l| l.strip_prefix("name = \""))
        .map(|n| n.trim_end_matches('"'))
        .collect();
    assert!(names.contains(&"regex"), "Cargo.lock was not read");
    for client in [
        "reqwest",
        "hyper",
        "ureq",
        "curl",
        "isahc",
        "attohttpc",
        "surf",
        "h2",
        "hyper-util",
        "tokio",
    ] {
        assert!(
            !names.contains(&client),
            "{client} is a dependency: apidiag must work offline"
        );
    }
}
