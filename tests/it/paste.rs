//! Pasting into apidiag in a real terminal: the binary runs in a tmux pane of 80×24, keys are
//! sent as a person would type or paste them, and the screen is read back.
//!
//! tmux is required; when it cannot be found these tests say so and pass without running
//! (CI installs it, see `.ci/run`). Set `APIDIAG_REQUIRE_TMUX=1` to make its absence a failure.

use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const SEED: [&str; 3] = [
    "Traceback (most recent call last):",
    "  File \"app.py\", line 9, in <module>",
    "openai.AuthenticationError: Error code: 401 - {'error': {'message': '无效的令牌 (request id: 2026021910081416145658450315fK)', 'type': 'new_api_error', 'param': '', 'code': None}}",
];

/// A tmux server of its own with one 80×24 pane.
struct Pane {
    socket: String,
}

fn have(program: &str) -> bool {
    Command::new(program)
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn tmux_or_skip(test: &str) -> bool {
    if have("tmux") {
        return true;
    }
    assert!(
        std::env::var_os("APIDIAG_REQUIRE_TMUX").is_none(),
        "tmux is required (APIDIAG_REQUIRE_TMUX is set) but not installed"
    );
    eprintln!("SKIPPED {test}: tmux is not installed (apt-get install -y tmux)");
    false
}

impl Pane {
    /// Runs `apidiag ARGS` in a new pane, with `env` set; the pane stays open after it ends
    /// and shows `rc=<status>`.
    fn start(args: &str, env: &[(&str, &str)]) -> Pane {
        static N: AtomicUsize = AtomicUsize::new(0);
        let socket = format!(
            "apidiag-test-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        );
        let exports: String = env.iter().map(|(k, v)| format!("{k}='{v}' ")).collect();
        // The shell catches SIGINT (as an interactive one would ignore it) so that the pane
        // survives Ctrl-C; a caught signal is reset to its default in apidiag.
        let script = format!(
            "trap 'true' INT; env -u APIDIAG_LANG -u APIDIAG_PAGER -u PAGER -u APIDIAG_RULES -u COLUMNS -u LINES \
             LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_CONFIG_HOME=/nonexistent {exports}'{}' {args}; \
             echo rc=$?; sleep 600",
            env!("CARGO_BIN_EXE_apidiag")
        );
        let ok = Command::new("tmux")
            .args(["-u", "-L", &socket, "-f", "/dev/null", "new-session", "-d"])
            .args(["-x", "80", "-y", "24", "-s", "t", "sh", "-c", &script])
            .env_remove("TMUX")
            .status()
            .expect("tmux runs")
            .success();
        assert!(ok, "tmux new-session failed");
        let pane = Pane { socket };
        let started =
            |s: &str| s.contains("Ctrl-D") || s.contains("rc=") || s.trim_end().ends_with(':');
        pane.wait_for(started, "the prompt, the pager or the end");
        pane
    }

    fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-u", "-L", &self.socket])
            .args(args)
            .output()
            .expect("tmux runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Types `text` literally.
    fn type_text(&self, text: &str) {
        self.tmux(&["send-keys", "-t", "t", "-l", text]);
    }

    fn key(&self, key: &str) {
        self.tmux(&["send-keys", "-t", "t", key]);
    }

    /// The visible screen.
    fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p", "-t", "t"])
    }

    /// The screen and everything scrolled off it.
    fn history(&self) -> String {
        self.tmux(&["capture-pane", "-p", "-t", "t", "-S", "-", "-E", "-"])
    }

    fn wait_for(&self, done: impl Fn(&str) -> bool, what: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.history();
            if done(&s) {
                return s;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "waited 20 s for {what}; the pane shows:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Pane {
    fn drop(&mut self) {
        self.tmux(&["kill-server"]);
    }
}

/// Pastes the seed error line by line, the last line with or without its newline, presses
/// Ctrl-D once and returns the whole pane history.
fn paste_seed(args: &str, trailing_newline: bool) -> String {
    let pane = Pane::start(args, &[]);
    for (i, line) in SEED.iter().enumerate() {
        pane.type_text(line);
        if i + 1 < SEED.len() || trailing_newline {
            pane.key("Enter");
        }
    }
    pane.key("C-d");
    pane.wait_for(|s| s.contains("rc="), "apidiag to end after one Ctrl-D")
}

fn check_report_follows_paste(history: &str) {
    let lines: Vec<&str> = history.lines().collect();
    let last_pasted = lines
        .iter()
        .position(|l| l.starts_with("openai.AuthenticationError"))
        .expect("the paste is on screen");
    // The pasted line wraps in an 80-column pane; the report starts after one blank line.
    let title = lines
        .iter()
        .position(|l| l.starts_with("1. "))
        .unwrap_or_else(|| panic!("no report title:\n{history}"));
    assert!(title > last_pasted, "{history}");
    assert_eq!(
        lines[title - 1],
        "",
        "no blank line before the report:\n{history}"
    );
    assert_ne!(
        lines[title - 2],
        "",
        "more than one blank line before the report:\n{history}"
    );
    assert!(lines[title].contains("gateway"), "{history}");
    assert!(
        history.contains("rc=1"),
        "exit status 1 expected:\n{history}"
    );
}

#[test]
fn one_ctrl_d_ends_a_paste_with_a_trailing_newline() {
    if tmux_or_skip("one_ctrl_d_ends_a_paste_with_a_trailing_newline") {
        check_report_follows_paste(&paste_seed("--no-pager", true));
    }
}

#[test]
fn one_ctrl_d_ends_a_paste_without_a_trailing_newline() {
    if tmux_or_skip("one_ctrl_d_ends_a_paste_without_a_trailing_newline") {
        check_report_follows_paste(&paste_seed("--no-pager", false));
    }
}

#[test]
fn one_ctrl_d_ends_a_paste_read_as_dash() {
    if tmux_or_skip("one_ctrl_d_ends_a_paste_read_as_dash") {
        check_report_follows_paste(&paste_seed("--no-pager -", false));
    }
}

#[test]
fn ctrl_c_exits_130_without_a_message() {
    if !tmux_or_skip("ctrl_c_exits_130_without_a_message") {
        return;
    }
    let pane = Pane::start("", &[]);
    pane.type_text(SEED[0]);
    pane.key("Enter");
    pane.key("C-c");
    let history = pane.wait_for(|s| s.contains("rc="), "apidiag to end on Ctrl-C");
    assert!(history.contains("rc=130"), "{history}");
    assert!(!history.contains("apidiag:"), "{history}");
}

/// The first 80×24 screen after pasting the seed error, the report paged by `less -FRX`.
fn first_screen(lang: &str) -> Option<String> {
    if !have("less") {
        eprintln!("SKIPPED first screen ({lang}): less is not installed");
        return None;
    }
    let pane = Pane::start(&format!("--lang {lang}"), &[]);
    for line in SEED {
        pane.type_text(line);
        pane.key("Enter");
    }
    pane.key("C-d");
    // less is showing the report's top once the status line `:` appears at the bottom.
    pane.wait_for(
        |s| s.lines().any(|l| l.starts_with("1. ")) && s.trim_end().ends_with(':'),
        "the pager",
    );
    let screen = pane.screen();
    pane.key("q");
    pane.wait_for(|s| s.contains("rc=1"), "apidiag to end after the pager");
    eprintln!("--- apidiag --lang {lang}, 80×24 ---\n{screen}---");
    Some(screen)
}

#[test]
fn the_first_screen_holds_title_fields_message_cause_and_first_fix() {
    if !tmux_or_skip("the_first_screen_holds_title_fields_message_cause_and_first_fix") {
        return;
    }
    let wanted: [(&str, &[&str]); 2] = [
        (
            "en-US",
            &[
                "1. The new-api / one-api gateway",
                "status 401",
                "type new_api_error",
                "provider new-api",
                "request id 2026021910081416145658450315fK",
                "Message",
                "无效的令牌",
                "Invalid token",
                "Root cause",
                "Fix ",
            ],
        ),
        (
            "zh-CN",
            &[
                "1. new-api / one-api 网关",
                "状态码 401",
                "类型 new_api_error",
                "服务商 new-api",
                "请求 ID 2026021910081416145658450315fK",
                "错误信息",
                "无效的令牌",
                "根本原因",
                "首选办法",
            ],
        ),
    ];
    for (lang, parts) in wanted {
        let Some(screen) = first_screen(lang) else {
            return;
        };
        for part in parts {
            assert!(
                screen.contains(part),
                "{lang}: `{part}` not on the first screen:\n{screen}"
            );
        }
    }
}

#[test]
fn ctrl_c_in_the_pager_is_the_pager_s() {
    if !tmux_or_skip("ctrl_c_in_the_pager_is_the_pager_s") || !have("less") {
        return;
    }
    let seed = std::env::temp_dir().join(format!("apidiag-seed-{}.txt", std::process::id()));
    std::fs::write(&seed, SEED.join("\n")).unwrap();
    let pane = Pane::start(seed.to_str().unwrap(), &[]);
    pane.wait_for(|s| s.trim_end().ends_with(':'), "the pager");
    pane.key("C-c");
    std::thread::sleep(Duration::from_millis(500));
    let screen = pane.history();
    assert!(
        !screen.contains("rc="),
        "apidiag ended under its pager:\n{screen}"
    );
    pane.key("q");
    let end = pane.wait_for(|s| s.contains("rc="), "apidiag to end after the pager");
    assert!(end.contains("rc=1"), "{end}");
}
