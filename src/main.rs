//! The `apidiag` binary: parse arguments, run, map the result to an exit code.

use std::io::{self, Write};

use apidiag::render::sanitize::escape_controls;
use apidiag::{app, cli, exit::ExitCode};

fn main() -> std::process::ExitCode {
    let args = cli::parse();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let result = app::run(&args, &mut out).and_then(|code| match out.flush() {
        // The reader went away (`apidiag log | head -1`): what was found still decides.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(code),
        Err(e) => Err(e.into()),
        Ok(()) => Ok(code),
    });
    match result {
        Ok(code) => code.into(),
        Err(err) if is_broken_pipe(&err) => ExitCode::Clean.into(),
        Err(err) => {
            // An error may quote a rule file or the input: no control sequence reaches a terminal.
            let text = format!("{err:#}");
            eprintln!("apidiag: {}", escape_controls(&text));
            ExitCode::Error.into()
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}
