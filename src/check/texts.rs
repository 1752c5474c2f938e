//! Checks of report texts against the rules: every rule has complete text in every shipped
//! locale, and no message is orphaned.

use std::collections::BTreeSet;

use crate::i18n::{self, Locale, Texts};
use crate::report;
use crate::rules::Rule;

const REQUIRED: &[&str] = &["cause", "analysis-1", "fix-1", "prevention-1"];
const NUMBERED: &[&str] = &["analysis", "fix", "prevention"];

/// Checks that each rule has a message with the same, complete attributes in every locale,
/// that every message formats without unresolved variables, and that the given groups'
/// files hold no message without a rule.
pub fn texts(rules: &[Rule], texts: &Texts, groups: &BTreeSet<String>) -> Vec<String> {
    let mut problems = Vec::new();
    let sample = report::arguments(&crate::extract::Fields {
        status: Some(429),
        exception: Some("RateLimitError".into()),
        error_type: Some("rate_limit_error".into()),
        error_code: Some("rate_limit_exceeded".into()),
        message: Some("Rate limit reached".into()),
        request_id: Some("req_123".into()),
        provider: Some("openai".into()),
        client: Some("python-openai".into()),
    });
    for rule in rules {
        let id = i18n::message_id(&rule.id);
        let mut sets = Vec::new();
        for locale in Locale::ALL {
            let Some(info) = texts.index[&locale].get(&id) else {
                problems.push(format!(
                    "{}: rule `{}` has no message `{id}` in {}",
                    rule.origin,
                    rule.id,
                    locale.tag()
                ));
                continue;
            };
            if !info.has_value {
                problems.push(format!("{}: message `{id}` has no title", info.location));
            }
            let attrs: BTreeSet<String> = info.attributes.iter().cloned().collect();
            for req in REQUIRED {
                if !attrs.contains(*req) {
                    problems.push(format!("{}: message `{id}` lacks `.{req}`", info.location));
                }
            }
            for prefix in NUMBERED {
                let nums: Vec<usize> = attrs
                    .iter()
                    .filter_map(|a| a.strip_prefix(prefix)?.strip_prefix('-')?.parse().ok())
                    .collect();
                if nums.iter().any(|&n| n == 0 || n > nums.len()) {
                    problems.push(format!(
                        "{}: `.{prefix}-N` of `{id}` must run 1..{} without gaps",
                        info.location,
                        nums.len()
                    ));
                }
            }
            for a in &attrs {
                let known = a == "cause"
                    || a == "translation"
                    || NUMBERED.iter().any(|p| a.starts_with(&format!("{p}-")));
                if !known {
                    problems.push(format!(
                        "{}: unknown attribute `.{a}` in `{id}`",
                        info.location
                    ));
                }
            }
            for attr in
                std::iter::once(None).chain(info.attributes.iter().map(|a| Some(a.as_str())))
            {
                match texts.format_checked(locale, &id, attr, &sample) {
                    Ok(s) if s.contains("{$") || s.contains("{ $") => problems.push(format!(
                        "{}: `{id}` leaves a placeholder unresolved",
                        info.location
                    )),
                    Ok(_) => {}
                    Err(e) => problems.push(format!("{}: {e}", info.location)),
                }
            }
            sets.push((locale, attrs));
        }
        if let [(la, a), (lb, b)] = sets.as_slice() {
            if a != b {
                let diff: Vec<_> = a.symmetric_difference(b).cloned().collect();
                problems.push(format!(
                    "{}: `{id}` has different attributes in {} and {}: {}",
                    rule.origin,
                    la.tag(),
                    lb.tag(),
                    diff.join(", ")
                ));
            }
        }
        for s in &rule.snippets {
            let n = texts
                .attributes(Locale::EnUs, &id)
                .iter()
                .filter(|a| a.starts_with("fix-"))
                .count();
            if s.fix > n {
                problems.push(format!(
                    "{}: snippet for fix {} of `{}`, which has {n} fixes",
                    rule.origin, s.fix, rule.id
                ));
            }
        }
    }
    let ids: BTreeSet<String> = rules.iter().map(|r| i18n::message_id(&r.id)).collect();
    for locale in Locale::ALL {
        for (id, info) in &texts.index[&locale] {
            if groups.contains(&info.group) && !ids.contains(id) {
                problems.push(format!(
                    "{}: message `{id}` belongs to no rule",
                    info.location
                ));
            }
        }
    }
    problems
}
