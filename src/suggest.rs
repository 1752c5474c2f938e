//! "Did you mean": the subcommand a mistyped first argument is closest to.

/// Edit distance between two short words (insertions, deletions, substitutions).
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The candidate `word` most likely stands for: within two edits (one for short words), or
/// a prefix of at least three letters.
pub fn closest<'a>(word: &str, candidates: &'a [String]) -> Option<&'a str> {
    let word = word.to_lowercase();
    let limit = if word.chars().count() <= 4 { 1 } else { 2 };
    candidates
        .iter()
        .map(|c| (distance(&word, c), c))
        .filter(|(d, c)| *d <= limit || (word.len() >= 3 && c.starts_with(&word)))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_near_subcommands_only() {
        let subs: Vec<String> = ["rules", "explain", "completions", "man", "help"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(closest("rule", &subs), Some("rules"));
        assert_eq!(closest("explian", &subs), Some("explain"));
        assert_eq!(closest("complet", &subs), Some("completions"));
        assert_eq!(closest("build.log", &subs), None);
        assert_eq!(closest("error.txt", &subs), None);
        assert_eq!(closest("x", &subs), None);
    }
}
