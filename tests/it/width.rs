//! Wrapping of every bundled rule's report: at 60, 80 and 120 columns, in en-US and zh-CN, no
//! URL or identifier is split across two lines, and code is printed unwrapped.

use std::sync::OnceLock;

use apidiag::i18n::Locale;
use apidiag::render::{human::Human, print_all, RenderContext};
use apidiag::report::Diagnosis;
use apidiag::report::Labels;
use apidiag::{explain, Config, Engine};
use regex::Regex;

/// URLs and identifiers (snake_case, dotted, paths, kebab-case, key=value...) in `text`.
fn tokens(text: &str) -> Vec<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"https?://[!-~]+|[A-Za-z0-9_]+(?:[-._/:=][A-Za-z0-9_]+)+").unwrap()
    });
    re.find_iter(text)
        .map(|m| {
            m.as_str()
                .trim_end_matches(['.', ',', ';', ':', ')', '\'', '"'])
                .to_string()
        })
        .filter(|t| t.len() > 3)
        .collect()
}

fn texts(d: &Diagnosis) -> Vec<String> {
    let r = &d.report;
    let mut all = vec![r.title.clone(), r.cause.clone()];
    all.extend(r.translation.clone());
    all.extend(r.analysis.iter().cloned());
    all.extend(r.fixes.iter().map(|f| f.text.clone()));
    all.extend(r.prevention.iter().cloned());
    all.extend(r.references.iter().cloned());
    all
}

fn render(engine: &Engine, d: &Diagnosis, width: usize) -> String {
    let labels = Labels::new(engine.texts(), engine.locale());
    let ctx = RenderContext {
        labels: &labels,
        color: false,
        width,
    };
    let out = apidiag::report::Output::new(vec![d.clone()]);
    let mut buf = Vec::new();
    print_all(&mut Human::new(ctx), &out, &mut buf).unwrap();
    String::from_utf8(buf).unwrap()
}

/// The tokens that run across the end of one line into the next.
fn split_tokens(report: &str, tokens: &[String]) -> Vec<String> {
    let lines: Vec<&str> = report.lines().collect();
    let mut out = Vec::new();
    for pair in lines.windows(2) {
        let (a, b) = (pair[0].trim_end(), pair[1].trim_start());
        if a.is_empty() || b.is_empty() {
            continue;
        }
        let tail: String = a
            .chars()
            .rev()
            .take(80)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let head: String = b.chars().take(80).collect();
        let joined = format!("{tail}{head}");
        let boundary = tail.len();
        for t in tokens {
            if joined
                .match_indices(t.as_str())
                .any(|(i, _)| i < boundary && boundary < i + t.len())
            {
                out.push(format!("`{t}` between\n    {a}\n    {b}"));
            }
        }
    }
    out
}

#[test]
fn no_bundled_report_splits_a_url_or_identifier() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for locale in Locale::ALL {
        let engine = Engine::new(&Config {
            locale,
            ..Config::default()
        })
        .unwrap();
        for rule in engine.rules().rules() {
            let d = explain::diagnosis(&engine, rule);
            let tokens: Vec<String> = texts(&d).iter().flat_map(|t| tokens(t)).collect();
            let code: Vec<&str> = d
                .report
                .fixes
                .iter()
                .filter_map(|f| f.code.as_deref())
                .flat_map(str::lines)
                .filter(|l| !l.trim().is_empty())
                .collect();
            for width in [60, 80, 120] {
                let report = render(&engine, &d, width);
                checked += 1;
                let first_block = report.lines().take_while(|l| !l.is_empty()).count();
                if width >= 80 && first_block > 15 {
                    problems.push(format!(
                        "{} {} at {width}: first block has {first_block} lines",
                        rule.id,
                        locale.tag()
                    ));
                }
                for p in split_tokens(&report, &tokens) {
                    problems.push(format!("{} {} at {width}: {p}", rule.id, locale.tag()));
                }
                for line in &code {
                    let whole = |l: &str| {
                        l.strip_suffix(line)
                            .is_some_and(|indent| indent.chars().all(|c| c == ' '))
                    };
                    if !report.lines().any(whole) {
                        problems.push(format!(
                            "{} {} at {width}: code line not printed whole: {line}",
                            rule.id,
                            locale.tag()
                        ));
                    }
                }
            }
        }
    }
    assert!(checked > 900, "only {checked} reports checked");
    assert!(
        problems.is_empty(),
        "{} problems, first ones:\n{}",
        problems.len(),
        problems[..problems.len().min(15)].join("\n")
    );
}

#[test]
fn the_check_finds_a_split_url() {
    let tokens = tokens("see https://platform.openai.com/docs/guides/error-codes now");
    let report = "  see https://platform.openai.com/docs/\n  guides/error-codes now\n";
    assert_eq!(split_tokens(report, &tokens).len(), 1);
    let whole = "  see\n  https://platform.openai.com/docs/guides/error-codes now\n";
    assert!(split_tokens(whole, &tokens).is_empty());
}
