//! Diagnosing inputs: each file or standard input is scanned once, its occurrences handed to
//! the printer as they are found, its diagnoses printed when all input is read. `--tee` copies
//! the input through unchanged; `--output` sends the diagnoses to a file. Standard input from a
//! terminal is a paste that one Ctrl-D ends; a human report for a terminal goes through the
//! pager when it is longer than the screen.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::path::Path;

use anyhow::Context;

use crate::cli::{Args, Format};
use crate::exit::ExitCode;
use crate::render::{self, Printer, RenderContext};
use crate::report::{Labels, Output};
use crate::settings::Settings;
use crate::{i18n, pager, paste, Engine};

/// Where the diagnoses go, remembering a reader that went away (a closed pipe) instead of
/// failing: the exit code still says what was found.
pub struct Destination<'w> {
    w: &'w mut dyn Write,
    closed: bool,
}

impl<'w> Destination<'w> {
    pub fn new(w: &'w mut dyn Write) -> Self {
        Destination { w, closed: false }
    }

    /// Runs one write; a closed pipe ends writing, other errors are returned.
    fn write(&mut self, f: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
        if self.closed {
            return Ok(());
        }
        match f(self.w) {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            other => other,
        }
    }
}

/// Opens `--output FILE` when given.
pub fn output_file(path: Option<&Path>) -> anyhow::Result<Option<Box<dyn Write>>> {
    path.map(|p| {
        let f = File::create(p).with_context(|| format!("{}: cannot create", p.display()))?;
        Ok(Box::new(BufWriter::new(f)) as Box<dyn Write>)
    })
    .transpose()
}

/// One run's printer and destination.
pub struct Session<'a, 'w> {
    engine: &'a Engine,
    printer: Box<dyn Printer + 'a>,
    dest: Destination<'w>,
    diagnoses: Vec<crate::report::Diagnosis>,
    /// Occurrences held back until the end instead of printed as found, when the
    /// destination is shared with a live stream (`run` writing to standard error).
    held: Option<Vec<crate::report::Diagnosis>>,
}

impl<'a, 'w> Session<'a, 'w> {
    pub fn new(
        engine: &'a Engine,
        labels: &'a Labels,
        settings: &Settings,
        w: &'w mut dyn Write,
    ) -> io::Result<Self> {
        let ctx = RenderContext {
            labels,
            color: settings.color,
            width: settings.width,
        };
        let mut s = Session {
            engine,
            printer: render::printer(settings.format, ctx, settings.brief),
            dest: Destination::new(w),
            diagnoses: Vec::new(),
            held: None,
        };
        let p = &mut s.printer;
        s.dest.write(|w| p.begin(w))?;
        Ok(s)
    }

    /// Holds occurrences back until [`Session::finish`] instead of printing them as found.
    pub fn hold_occurrences(&mut self) {
        self.held = Some(Vec::new());
    }

    /// Scans one input (`path` for a file, `None` for standard input).
    ///
    /// The outer error is the destination's, which ends the run; the inner one is the
    /// input's, which gives up that input only (its diagnoses are dropped, the others stand).
    pub fn scan(&mut self, reader: impl BufRead, path: Option<&str>) -> io::Result<io::Result<()>> {
        let mut failed = None;
        let (printer, dest, held) = (&mut self.printer, &mut self.dest, &mut self.held);
        let got = self.engine.scan_source(reader, path, |d| match held {
            Some(held) => held.push(d.clone()),
            None if failed.is_none() => failed = dest.write(|w| printer.occurrence(d, w)).err(),
            None => {}
        });
        if let Some(e) = failed {
            return Err(e);
        }
        Ok(got.map(|got| self.diagnoses.extend(got.diagnoses)))
    }

    /// Prints the diagnoses and the end of the output; returns the whole output.
    pub fn finish(mut self) -> io::Result<Output> {
        let out = Output::new(std::mem::take(&mut self.diagnoses));
        let p = &mut self.printer;
        for d in self.held.take().unwrap_or_default() {
            self.dest.write(|w| p.occurrence(&d, w))?;
        }
        self.dest
            .write(|w| render::print_output(p.as_mut(), &out, w))?;
        self.dest.write(|w| w.flush())?;
        Ok(out)
    }
}

/// A reader that copies every byte it reads to `copy`, unchanged, as it reads it.
struct Tee<'c, R> {
    inner: R,
    copy: &'c mut dyn Write,
    /// The copy's reader went away: keep diagnosing without copying.
    closed: bool,
}

impl<R: Read> Read for Tee<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if !self.closed {
            match self
                .copy
                .write_all(&buf[..n])
                .and_then(|_| self.copy.flush())
            {
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => self.closed = true,
                other => other?,
            }
        }
        Ok(n)
    }
}

/// Standard input: from a terminal, a paste that one Ctrl-D ends (after a prompt, and
/// followed by a blank line that separates it from the report); else the stream itself.
fn stdin(engine: &Engine) -> io::Result<Box<dyn Read>> {
    if !io::stdin().is_terminal() {
        return Ok(Box::new(io::stdin().lock()));
    }
    let prompt = engine
        .texts()
        .format(engine.locale(), "ui-paste-prompt", None, &i18n::args(&[]))
        .unwrap_or_default();
    eprintln!("{prompt}");
    let (bytes, newline) = paste::read_paste(io::stdin().lock())?;
    paste::separate(&mut io::stderr(), newline)?;
    Ok(Box::new(io::Cursor::new(bytes)))
}

/// Opens one input: a file, or standard input for `None`.
fn open(engine: &Engine, path: Option<&Path>) -> anyhow::Result<Box<dyn Read>> {
    match path {
        None => stdin(engine).context("cannot read standard input"),
        Some(p) => {
            Ok(Box::new(File::open(p).with_context(|| {
                format!("{}: cannot open", p.display())
            })?))
        }
    }
}

/// Diagnoses the files of `args` (standard input when none), printing to `out`; with
/// `--tee` the input is copied to `out` and the diagnoses go to standard error.
///
/// A file that cannot be opened or read does not stop the others: their diagnoses are
/// printed first, then what went wrong, and the exit code is 2. When no input could be read
/// there is no report, only the error.
pub fn inputs(
    engine: &Engine,
    args: &Args,
    settings: &Settings,
    out: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let labels = Labels::new(engine.texts(), engine.locale());
    let mut file = output_file(args.output.as_deref())?;
    let mut stderr = io::stderr();
    // A human report for the terminal is held, then paged when it is longer than the screen.
    let mut paged = Vec::new();
    let page = settings
        .pager
        .as_deref()
        .filter(|_| file.is_none() && !args.tee && settings.format == Format::Human);
    let (report, mut copy): (&mut dyn Write, Option<&mut dyn Write>) = match (&mut file, args.tee) {
        (Some(f), tee) => (f.as_mut(), tee.then_some(&mut *out)),
        (None, true) => (&mut stderr, Some(&mut *out)),
        (None, false) if page.is_some() => (&mut paged, None),
        (None, false) => (&mut *out, None),
    };
    let mut session = Session::new(engine, &labels, settings, report)?;
    let files: Vec<Option<&Path>> = if args.files.is_empty() {
        vec![None]
    } else {
        args.files
            .iter()
            .map(|f| (f.as_os_str() != "-").then_some(f.as_path()))
            .collect()
    };
    let mut failed: Vec<anyhow::Error> = Vec::new();
    for &path in &files {
        let source = match open(engine, path) {
            Ok(s) => s,
            Err(e) => {
                failed.push(e);
                continue;
            }
        };
        let source: Box<dyn Read + '_> = match copy.as_deref_mut() {
            Some(c) => Box::new(Tee {
                inner: source,
                copy: c,
                closed: false,
            }),
            None => source,
        };
        let name = path.map(|p| p.display().to_string());
        let read = session.scan(BufReader::with_capacity(64 * 1024, source), name.as_deref())?;
        if let Err(e) = read {
            failed.push(anyhow::Error::new(e).context(match &name {
                Some(n) => format!("{n}: cannot read"),
                None => "cannot read standard input".to_string(),
            }));
        }
    }
    // Nothing could be read: one error, no empty report.
    if failed.len() == files.len() {
        return Err(failed.remove(0));
    }
    let all = session.finish()?;
    if let Some(pager) = page {
        match pager::show(Some(pager), settings.height, &paged, out) {
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => return Err(e.into()),
            _ => {}
        }
    }
    if !failed.is_empty() {
        // The report of the inputs that could be read comes first, then what went wrong.
        match out.flush() {
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => return Err(e.into()),
            _ => {}
        }
        for e in &failed {
            eprintln!("apidiag: {e:#}");
        }
        return Ok(ExitCode::Error);
    }
    Ok(ExitCode::for_diagnoses(
        &all.diagnoses,
        &settings.fail_on,
        settings.exit_zero,
    ))
}
