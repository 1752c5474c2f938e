//! `--format sarif`: SARIF 2.1.0, one run of apidiag with the rules it applied
//! (`tool.driver.rules`) and one result per diagnosis, located in the input.

use std::collections::HashMap;
use std::io::{self, Write};

use serde::Serialize;

use super::{headline, safe, Printer};
use crate::report::{digest, Diagnosis, Summary};
use crate::rules::Severity;

const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

#[derive(Default)]
pub struct Sarif {
    rules: Vec<RuleDescriptor>,
    index: HashMap<String, usize>,
    results: Vec<SarifResult>,
}

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'a>; 1],
}

#[derive(Serialize)]
struct Run<'a> {
    tool: Tool<'a>,
    results: &'a [SarifResult],
}

#[derive(Serialize)]
struct Tool<'a> {
    driver: Driver<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver<'a> {
    name: &'static str,
    version: &'static str,
    rules: &'a [RuleDescriptor],
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RuleDescriptor {
    id: String,
    short_description: Text,
    full_description: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    help_uri: Option<String>,
    properties: RuleProperties,
}

#[derive(Serialize)]
struct RuleProperties {
    category: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: String,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: Vec<ResultLocation>,
    partial_fingerprints: Fingerprints,
    occurrence_count: usize,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Fingerprints {
    #[serde(rename = "apidiagIdentity/v1")]
    identity: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ResultLocation {
    physical_location: PhysicalLocation,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    end_line: usize,
}

fn level(d: &Diagnosis) -> &'static str {
    match (d.rule.is_some(), d.severity) {
        (false, _) => "note",
        (true, Severity::Warning) => "warning",
        (true, Severity::Error) => "error",
    }
}

/// A path as a relative URI reference: separators as `/`, characters URIs reserve escaped.
fn uri(path: &str) -> String {
    let mut out = String::new();
    for b in path.replace('\\', "/").bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

impl Printer for Sarif {
    fn diagnosis(&mut self, d: &Diagnosis, _w: &mut dyn Write) -> io::Result<()> {
        let id = super::gitlab::check_name(d);
        let rule_index = match self.index.get(&id) {
            Some(&i) => i,
            None => {
                self.rules.push(RuleDescriptor {
                    id: id.clone(),
                    short_description: Text {
                        text: safe(&d.report.title),
                    },
                    full_description: Text {
                        text: safe(if d.report.cause.is_empty() {
                            &d.report.title
                        } else {
                            &d.report.cause
                        }),
                    },
                    help_uri: d.report.references.first().cloned(),
                    properties: RuleProperties {
                        category: d.category.as_str(),
                    },
                });
                self.index.insert(id.clone(), self.rules.len() - 1);
                self.rules.len() - 1
            }
        };
        let mut text = headline(d);
        if let Some(fix) = d.report.fixes.first() {
            text.push_str(&format!("\n{}", fix.text));
        }
        self.results.push(SarifResult {
            rule_id: id,
            rule_index,
            level: level(d),
            message: Text { text: safe(&text) },
            locations: vec![ResultLocation {
                physical_location: PhysicalLocation {
                    artifact_location: ArtifactLocation {
                        uri: uri(d.lines.source()),
                    },
                    region: Region {
                        start_line: d.lines.start.max(1),
                        end_line: d.lines.end.max(1),
                    },
                },
            }],
            partial_fingerprints: Fingerprints {
                identity: digest(&d.identity()),
            },
            occurrence_count: d.count,
        });
        Ok(())
    }

    fn finish(&mut self, _summary: &Summary, w: &mut dyn Write) -> io::Result<()> {
        let log = Log {
            schema: SCHEMA,
            version: "2.1.0",
            runs: [Run {
                tool: Tool {
                    driver: Driver {
                        name: "apidiag",
                        version: env!("CARGO_PKG_VERSION"),
                        rules: &self.rules,
                    },
                },
                results: &self.results,
            }],
        };
        serde_json::to_writer_pretty(&mut *w, &log)?;
        writeln!(w)
    }
}
