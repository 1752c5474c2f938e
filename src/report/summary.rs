//! The summary of one input: how many errors were found, by category and by provider.

use std::collections::BTreeMap;

use serde::Serialize;

use super::Diagnosis;

/// Counts every occurrence (a diagnosis seen three times counts three).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub errors: usize,
    pub by_category: BTreeMap<String, usize>,
    /// Diagnoses without a provider count under `unknown`.
    pub by_provider: BTreeMap<String, usize>,
}

impl Summary {
    pub fn of(diagnoses: &[Diagnosis]) -> Summary {
        let mut s = Summary::default();
        for d in diagnoses {
            s.errors += d.count;
            *s.by_category
                .entry(d.category.as_str().to_string())
                .or_default() += d.count;
            let provider = d.fields.provider.as_deref().unwrap_or("unknown");
            *s.by_provider.entry(provider.to_string()).or_default() += d.count;
        }
        s
    }

    /// Categories from most to least frequent (ties by name), for tables.
    pub fn categories(&self) -> Vec<(&str, usize)> {
        let mut v: Vec<(&str, usize)> = self
            .by_category
            .iter()
            .map(|(k, n)| (k.as_str(), *n))
            .collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        v
    }
}
