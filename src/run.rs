//! `apidiag run -- CMD [ARGS]...`: runs a command, passes its standard output and standard
//! error through unchanged (each to its own stream, as they come), scans both as one log
//! (whole lines, in the order they arrive) and prints the diagnoses when the command ends.

use std::collections::VecDeque;
use std::ffi::OsString;
use std::io::{self, BufReader, Read, Write};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver, SyncSender};
use std::thread;

use anyhow::Context;

use crate::diagnose::{output_file, Session};
use crate::exit::ExitCode;
use crate::input::MAX_LINE_BYTES;
use crate::report::Labels;
use crate::settings::Settings;
use crate::Engine;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Stream {
    Out,
    Err,
}

/// A chunk of the command's output as it was read.
struct Chunk {
    stream: Stream,
    bytes: Vec<u8>,
}

/// Reads one of the command's pipes in its own thread, sending chunks as they arrive.
fn pump(mut pipe: impl Read + Send + 'static, stream: Stream, tx: SyncSender<Chunk>) {
    thread::spawn(move || {
        let mut buf = vec![0; 64 * 1024];
        loop {
            match pipe.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => {
                    let chunk = Chunk {
                        stream,
                        bytes: buf[..n].to_vec(),
                    };
                    if tx.send(chunk).is_err() {
                        break;
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(_) => break,
            }
        }
    });
}

/// The command's output as the scanner reads it: each chunk is passed through to its stream
/// when it arrives, and complete lines of both streams are handed on in arrival order.
struct Passthrough<'o> {
    rx: Receiver<Chunk>,
    out: &'o mut dyn Write,
    out_closed: bool,
    /// The unfinished last line of each stream (at most the line cap of it is kept).
    partial: [Vec<u8>; 2],
    /// Complete lines waiting for the scanner.
    ready: VecDeque<u8>,
}

impl Passthrough<'_> {
    fn pass(&mut self, chunk: &Chunk) -> io::Result<()> {
        match chunk.stream {
            Stream::Err => io::stderr().write_all(&chunk.bytes),
            Stream::Out if self.out_closed => Ok(()),
            Stream::Out => match self
                .out
                .write_all(&chunk.bytes)
                .and_then(|_| self.out.flush())
            {
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                    self.out_closed = true;
                    Ok(())
                }
                other => other,
            },
        }
    }

    fn split(&mut self, chunk: Chunk) {
        let partial = &mut self.partial[chunk.stream as usize];
        for piece in chunk.bytes.split_inclusive(|&b| b == b'\n') {
            let room = MAX_LINE_BYTES.saturating_sub(partial.len());
            partial.extend_from_slice(&piece[..piece.len().min(room)]);
            if piece.ends_with(b"\n") {
                if !partial.ends_with(b"\n") {
                    partial.push(b'\n');
                }
                self.ready.extend(partial.drain(..));
            }
        }
    }
}

impl Read for Passthrough<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.ready.is_empty() {
            match self.rx.recv() {
                Ok(chunk) => {
                    self.pass(&chunk)?;
                    self.split(chunk);
                }
                Err(_) => {
                    // Both pipes are closed: a last line without a newline ends here.
                    for p in &mut self.partial {
                        if !p.is_empty() {
                            p.push(b'\n');
                            self.ready.extend(p.drain(..));
                        }
                    }
                    if self.ready.is_empty() {
                        return Ok(0);
                    }
                }
            }
        }
        let n = buf.len().min(self.ready.len());
        for (slot, b) in buf.iter_mut().zip(self.ready.drain(..n)) {
            *slot = b;
        }
        Ok(n)
    }
}

/// The exit code a shell would report for the command.
fn command_code(status: ExitStatus) -> u8 {
    if let Some(code) = status.code() {
        return (code & 0xff) as u8;
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = status.signal() {
            return (128 + sig).min(255) as u8;
        }
    }
    1
}

/// Runs `command`, passing its output through to `out` and standard error; the diagnoses go
/// to standard error, or `output` when given.
pub fn run(
    engine: &Engine,
    settings: &Settings,
    command: &[OsString],
    output: Option<&std::path::Path>,
    out: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let (program, rest) = command.split_first().context("no command given")?;
    let mut child = Command::new(program)
        .args(rest)
        .stdin(Stdio::inherit())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("cannot run `{}`", program.to_string_lossy()))?;
    let (tx, rx) = mpsc::sync_channel(256);
    pump(child.stdout.take().expect("piped"), Stream::Out, tx.clone());
    pump(child.stderr.take().expect("piped"), Stream::Err, tx);

    let labels = Labels::new(engine.texts(), engine.locale());
    let mut file = output_file(output)?;
    let mut stderr = io::stderr();
    let report: &mut dyn Write = match &mut file {
        Some(f) => f.as_mut(),
        None => &mut stderr,
    };
    let mut session = Session::new(engine, &labels, settings, report)?;
    if output.is_none() {
        // Standard error carries the command's own output until it ends.
        session.hold_occurrences();
    }
    let source = Passthrough {
        rx,
        out,
        out_closed: false,
        partial: [Vec::new(), Vec::new()],
        ready: VecDeque::new(),
    };
    session
        .scan(BufReader::new(source), None)?
        .context("cannot read the command's output")?;
    let status = child.wait().context("cannot wait for the command")?;
    let all = session.finish()?;
    Ok(if settings.fail_on.is_empty() {
        ExitCode::Command(command_code(status))
    } else {
        ExitCode::for_diagnoses(&all.diagnoses, &settings.fail_on, settings.exit_zero)
    })
}
