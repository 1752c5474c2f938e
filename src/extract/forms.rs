//! The form registry: every printed form with the literals it needs, and the precedence
//! between forms where several read the same thing.
//!
//! A form is one printed shape of an error (an AWS CLI line, a gRPC status, an exception
//! line). Each form-family file declares its forms in a `FORMS` table with their
//! **triggers**: literals of which at least one occurs (ASCII case aside) in every text the
//! form reads anything from. The union of all triggers ([`triggers`]) is therefore what a
//! fast path scans for: a text holding none of them gives nothing from any form.
//!
//! Precedence is declared here, once: [`EXCEPTION_LINES`] orders the exception-line forms,
//! [`REQUEST_ID`] the request-id forms.

use super::exception::{self, Exception};
use super::{
    aws, azcli, cloudflare, codes, curl, docker, dotnet, gateway, gcloud, git, go, gostruct, grpc,
    kubectl, logs, mobile, node, npm, php, python, request_id, ruby, rust_client, safety, scavenge,
    status,
};

/// One printed form.
pub struct Form {
    /// `family.form`, unique.
    pub name: &'static str,
    /// Literals of which at least one occurs, ASCII case aside, wherever the form reads
    /// anything.
    pub triggers: &'static [&'static str],
    /// Whether the form reads anything from a text.
    pub finds: fn(&str) -> bool,
    /// Texts in the form; it reads each of them.
    pub examples: &'static [&'static str],
}

impl Form {
    /// Whether one of the form's triggers occurs in `text` (ASCII case-insensitively).
    pub fn may_apply(&self, text: &str) -> bool {
        self.triggers.iter().any(|t| contains_ignore_case(text, t))
    }
}

fn contains_ignore_case(text: &str, literal: &str) -> bool {
    let (t, l) = (text.as_bytes(), literal.as_bytes());
    l.is_empty() || t.windows(l.len()).any(|w| w.eq_ignore_ascii_case(l))
}

/// Go's `%+v` struct dumps, read inside bodies.
const GO_STRUCT: &[Form] = &[Form {
    name: "gostruct.dump",
    triggers: gostruct::TRIGGERS,
    finds: |t| {
        std::iter::successors(gostruct::next_open(t, 0), |&i| {
            gostruct::next_open(t, i + 1)
        })
        .any(|i| gostruct::parse_at(t, i).is_some())
    },
    examples: &[
        "{Error:{Message:quota is not enough Type:new_api_error} StatusCode:403}",
        "map[code:model_not_found message:no such model type:invalid_request_error]",
    ],
}];

/// Every form family's table.
pub const FAMILIES: &[&[Form]] = &[
    status::FORMS,
    request_id::FORMS,
    gateway::FORMS,
    codes::FORMS,
    exception::FORMS,
    python::FORMS,
    ruby::FORMS,
    php::FORMS,
    aws::FORMS,
    grpc::FORMS,
    kubectl::FORMS,
    docker::FORMS,
    npm::FORMS,
    git::FORMS,
    gcloud::FORMS,
    azcli::FORMS,
    cloudflare::FORMS,
    dotnet::FORMS,
    node::FORMS,
    mobile::FORMS,
    logs::FORMS,
    go::FORMS,
    curl::FORMS,
    rust_client::FORMS,
    safety::FORMS,
    scavenge::FORMS,
    GO_STRUCT,
];

/// Every form.
pub fn all() -> impl Iterator<Item = &'static Form> {
    FAMILIES.iter().flat_map(|f| f.iter())
}

/// The union of all forms' triggers, each once.
pub fn triggers() -> Vec<&'static str> {
    let mut all: Vec<&str> = all().flat_map(|f| f.triggers.iter().copied()).collect();
    all.sort_unstable();
    all.dedup();
    all
}

/// A form that reads an exception from line `i` of a block (it may look at the next line).
pub type LineReader = fn(&[&str], usize) -> Option<Exception>;

/// Exception-line forms, most specific first: a line is read by the first that reads it.
pub const EXCEPTION_LINES: &[LineReader] = &[
    python::class_repr,
    python::jupyter,
    python::bare_raise,
    exception::named_field,
    ruby::ruby_form,
    php::bracketed,
    php::laravel,
    exception::with_status,
    exception::colon,
    exception::other_form,
];

/// Request-id forms, most specific first: the first that finds an id gives it.
pub const REQUEST_ID: &[fn(&str) -> Option<String>] = &[
    gateway::gateway_request_id,
    request_id::header,
    request_id::xml,
    request_id::stripe,
    request_id::gin,
    request_id::labelled,
    request_id::sentence,
    request_id::appended,
    request_id::ray,
    request_id::git_trace,
];

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    /// `text` with every occurrence of the form's triggers taken out, ASCII case aside.
    fn without_triggers(form: &Form, text: &str) -> String {
        let mut t = text.to_string();
        loop {
            let before = t.len();
            for trigger in form.triggers {
                while let Some(at) = t.to_ascii_lowercase().find(&trigger.to_ascii_lowercase()) {
                    t.replace_range(at..at + trigger.len(), "");
                }
            }
            if t.len() == before {
                return t;
            }
        }
    }

    /// Error texts in many printed forms: every form's examples and every bundled rule's
    /// examples and counter-examples.
    fn texts() -> Vec<String> {
        let mut out: Vec<String> = all()
            .flat_map(|f| f.examples.iter().map(|e| e.to_string()))
            .collect();
        for src in crate::builtin_rule_sources() {
            let file: toml::Value = toml::from_str(&src.text).expect("rule file parses");
            let rules = file.get("rule").and_then(|r| r.as_array()).cloned();
            for rule in rules.unwrap_or_default() {
                for key in ["examples", "counter_examples"] {
                    let list = rule.get(key).and_then(|l| l.as_array()).cloned();
                    out.extend(
                        list.unwrap_or_default()
                            .iter()
                            .filter_map(|e| e.as_str().map(str::to_string)),
                    );
                }
            }
        }
        out
    }

    #[test]
    fn every_form_declares_triggers_and_a_unique_name() {
        let mut names = BTreeSet::new();
        for form in all() {
            assert!(names.insert(form.name), "{} named twice", form.name);
            assert!(!form.triggers.is_empty(), "{} has no triggers", form.name);
            assert!(
                form.triggers.iter().all(|t| !t.is_empty()),
                "{} has an empty trigger",
                form.name
            );
            assert!(!form.examples.is_empty(), "{} has no examples", form.name);
        }
        assert!(triggers().len() > 50);
    }

    #[test]
    fn every_form_reads_its_examples() {
        for form in all() {
            for example in form.examples {
                assert!(
                    form.may_apply(example),
                    "{}: no trigger in {example:?}",
                    form.name
                );
                assert!(
                    (form.finds)(example),
                    "{} does not read {example:?}",
                    form.name
                );
            }
        }
    }

    #[test]
    fn a_form_reads_nothing_from_a_text_without_its_triggers() {
        let texts = texts();
        assert!(texts.len() > 200);
        for form in all() {
            for text in &texts {
                let rest = without_triggers(form, text);
                assert!(!form.may_apply(&rest), "{}: {rest:?}", form.name);
                assert!(
                    !(form.finds)(&rest),
                    "{} reads a text without its triggers: {rest:?}",
                    form.name
                );
            }
        }
    }
}
