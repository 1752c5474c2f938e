//! Running the binary with a clean environment, any bytes on standard input and a time
//! limit: a run that does not finish in time is killed and fails the test.

use std::io::Write;
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// What a finished run gave.
pub struct Ran {
    pub status: ExitStatus,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

impl Ran {
    pub fn stdout_text(&self) -> String {
        String::from_utf8(self.stdout.clone()).expect("stdout is UTF-8")
    }
}

/// Longest a run may take; debug builds on a busy machine are slow, a hang is slower.
pub const LIMIT: Duration = Duration::from_secs(120);

/// Runs apidiag with `args`, feeding `stdin`; panics when it does not end within [`LIMIT`].
pub fn apidiag(args: &[&str], stdin: &[u8]) -> Ran {
    apidiag_with(
        Command::new(env!("CARGO_BIN_EXE_apidiag")),
        args,
        stdin,
        LIMIT,
    )
}

/// Runs a prepared command (a wrapper such as `unshare` may come first).
pub fn apidiag_with(mut cmd: Command, args: &[&str], stdin: &[u8], limit: Duration) -> Ran {
    let started = Instant::now();
    let mut child = cmd
        .args(args)
        .env_remove("APIDIAG_LANG")
        .env_remove("APIDIAG_RULES")
        .env_remove("CLICOLOR_FORCE")
        .env("LANG", "C")
        .env("LC_ALL", "C")
        .env("XDG_CONFIG_HOME", "/nonexistent")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    let mut input = child.stdin.take().expect("stdin is piped");
    let data = stdin.to_vec();
    // Written from a thread: a large input would otherwise fill the pipe while the output
    // pipes fill up too.
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let mut out = child.stdout.take().expect("stdout is piped");
    let mut err = child.stderr.take().expect("stderr is piped");
    let reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut out, &mut v).ok();
        v
    });
    let err_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut err, &mut v).ok();
        v
    });
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait works") {
            break status;
        }
        if started.elapsed() > limit {
            child.kill().ok();
            child.wait().ok();
            panic!("apidiag {args:?} did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    writer.join().ok();
    Ran {
        status,
        stdout: reader.join().expect("reader ends"),
        stderr: err_reader.join().expect("reader ends"),
    }
}
