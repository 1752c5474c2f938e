//! Checks of `.ftl` files on their own: every Fluent syntax error (not only the first), and
//! variables that extraction never provides.

use fluent_bundle::FluentResource;
use fluent_syntax::ast::{self, Expression, InlineExpression, PatternElement};

use crate::source::{location, LoadError, Source};

/// The variables a report message may use: the fields extraction provides.
pub fn known_variables() -> Vec<String> {
    let args = crate::report::arguments(&crate::extract::Fields::default());
    args.iter().map(|(k, _)| k.to_string()).collect()
}

/// Every syntax error in a file, and a resource of its good entries (the broken ones
/// blanked out, positions kept).
pub fn parse(src: &Source) -> (FluentResource, Vec<LoadError>) {
    let (res, errors) = match FluentResource::try_new(src.text.clone()) {
        Ok(res) => return (res, Vec::new()),
        Err((res, errors)) => (res, errors),
    };
    let mut text = src.text.clone();
    for range in errors.iter().filter_map(|e| e.slice.clone()) {
        let blank: String = text[range.clone()]
            .chars()
            .map(|c| if c == '\n' { '\n' } else { ' ' })
            .collect();
        text.replace_range(range, &blank);
    }
    let problems = errors
        .iter()
        .map(|e| LoadError {
            // The entry the error breaks, rather than where the parser gave up.
            location: location(
                &src.name,
                &src.text,
                e.slice.as_ref().map_or(e.pos.start, |s| s.start),
            ),
            message: format!(
                "Fluent syntax error: {}: see https://projectfluent.org/fluent/guide/ \
                     (write no `{{` or `}}` in text)",
                e.kind
            ),
        })
        .collect();
    (FluentResource::try_new(text).unwrap_or(res), problems)
}

/// Variables used by a file's report messages (`ui-*` messages have their own) that are
/// not among `known`.
pub fn unknown_variables(src: &Source, res: &FluentResource, known: &[String]) -> Vec<LoadError> {
    let mut out = Vec::new();
    for entry in res.entries() {
        let ast::Entry::Message(m) = entry else {
            continue;
        };
        // Interface text (`ui-`, and `out-` for printers' labels) has its own variables.
        if m.id.name.starts_with("ui-") || m.id.name.starts_with("out-") {
            continue;
        }
        let mut used = Vec::new();
        if let Some(p) = &m.value {
            pattern_variables(p, &mut used);
        }
        for a in &m.attributes {
            pattern_variables(&a.value, &mut used);
        }
        let start = message_start(&src.text, m.id.name);
        for var in used.into_iter().filter(|v| !known.iter().any(|k| k == v)) {
            let at = src.text[start..]
                .find(&format!("${var}"))
                .map_or(start, |i| start + i);
            out.push(LoadError {
                location: location(&src.name, &src.text, at),
                message: format!(
                    "`{}` uses variable `${var}`, which extraction never provides: use one of {}",
                    m.id.name,
                    known
                        .iter()
                        .map(|k| format!("${k}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            });
        }
    }
    out
}

/// Byte offset of the line defining message `id` (0 when not found).
fn message_start(text: &str, id: &str) -> usize {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if line
            .strip_prefix(id)
            .is_some_and(|r| r.trim_start().starts_with('='))
        {
            return offset;
        }
        offset += line.len();
    }
    0
}

fn pattern_variables<'s>(p: &ast::Pattern<&'s str>, out: &mut Vec<&'s str>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables<'s>(e: &Expression<&'s str>, out: &mut Vec<&'s str>) {
    match e {
        Expression::Inline(i) => inline_variables(i, out),
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                pattern_variables(&v.value, out);
            }
        }
    }
}

fn inline_variables<'s>(i: &InlineExpression<&'s str>, out: &mut Vec<&'s str>) {
    match i {
        InlineExpression::VariableReference { id } if !out.contains(&id.name) => {
            out.push(id.name);
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
            for n in &arguments.named {
                inline_variables(&n.value, out);
            }
        }
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(text: &str) -> Source {
        Source {
            name: "t.ftl".into(),
            text: text.into(),
        }
    }

    #[test]
    fn reports_every_syntax_error() {
        let (res, e) = parse(&src("a = ok\nb = { \nc = fine\nd = {{\n"));
        // The broken entries are blanked, so the rest loads; positions stay.
        assert!(res.source().starts_with("a = ok\n") && !res.source().contains('{'));
        assert_eq!(res.source().len(), 30);
        assert_eq!(e.len(), 2, "{e:?}");
        assert_eq!(e[0].location, "t.ftl:2:1", "{e:?}");
        assert_eq!(e[1].location, "t.ftl:4:1", "{e:?}");
    }

    #[test]
    fn finds_variables_extraction_never_provides() {
        let s = src("r-x = Title { $status }\n    .cause = Model { $model } failed\n");
        let (res, _) = parse(&s);
        let e = unknown_variables(&s, &res, &known_variables());
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].location, "t.ftl:2:22");
        assert!(e[0].message.contains("$model"), "{e:?}");
    }
}
