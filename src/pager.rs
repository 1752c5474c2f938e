//! Paging a human report that is longer than the terminal.
//!
//! The report is rendered into memory first; when it has more lines than the terminal has
//! rows it goes to the pager's standard input, otherwise (or when the pager cannot start)
//! straight to standard output. While the pager runs, Ctrl-C belongs to it (less uses it to
//! stop a search): apidiag ignores the signal until the pager ends, so that it never leaves a
//! pager behind with the shell's prompt on top.

use std::io::{self, Write};
use std::process::{Command, Stdio};

/// Whether `text` needs more rows than the terminal has.
pub fn too_long(text: &[u8], rows: Option<usize>) -> bool {
    rows.is_some_and(|rows| text.iter().filter(|&&b| b == b'\n').count() >= rows)
}

/// Shows `text` through `pager` (a command and its arguments). Returns `Ok(false)` when the
/// pager could not be started, so that the caller prints the text itself.
pub fn page(pager: &[String], text: &[u8]) -> io::Result<bool> {
    let Some((program, args)) = pager.split_first() else {
        return Ok(false);
    };
    let mut cmd = Command::new(program);
    cmd.args(args).stdin(Stdio::piped());
    // The report is always UTF-8; less shows it as escapes under LANG=C unless told.
    cmd.env("LESSCHARSET", "utf-8");
    // A handler can be set once per process; the pager starts at most once.
    let _ = ctrlc::set_handler(|| {});
    let Ok(mut child) = cmd.spawn() else {
        return Ok(false);
    };
    if let Some(mut stdin) = child.stdin.take() {
        // The reader quitting early (`q` in less) closes the pipe: that is not an error.
        match stdin.write_all(text) {
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => return Err(e),
            _ => {}
        }
    }
    child.wait()?;
    Ok(true)
}

/// Writes `text` through the pager when it is longer than the screen, else to `out`.
pub fn show(
    pager: Option<&[String]>,
    rows: Option<usize>,
    text: &[u8],
    out: &mut dyn Write,
) -> io::Result<()> {
    if let Some(p) = pager.filter(|_| too_long(text, rows)) {
        out.flush()?;
        if page(p, text)? {
            return Ok(());
        }
    }
    out.write_all(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_only_what_does_not_fit() {
        assert!(!too_long(b"a\nb\n", Some(24)));
        assert!(too_long(&b"x\n".repeat(30), Some(24)));
        assert!(!too_long(&b"x\n".repeat(30), None));
    }

    #[test]
    fn a_pager_that_cannot_start_falls_back_to_plain_output() {
        let mut out = Vec::new();
        let missing = vec!["/nonexistent/pager".to_string()];
        let text = b"x\n".repeat(30);
        show(Some(&missing), Some(10), &text, &mut out).unwrap();
        assert_eq!(out, text);
    }

    #[cfg(unix)]
    #[test]
    fn a_pager_gets_the_text() {
        let dir = std::env::temp_dir().join(format!("apidiag-pager-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("paged");
        let cmd = vec![
            "sh".to_string(),
            "-c".to_string(),
            format!("cat > {}", file.display()),
        ];
        let mut out = Vec::new();
        let text = b"line\n".repeat(30);
        show(Some(&cmd), Some(10), &text, &mut out).unwrap();
        assert!(out.is_empty());
        assert_eq!(std::fs::read(&file).unwrap(), text);
    }
}
