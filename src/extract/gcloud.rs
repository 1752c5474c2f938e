//! gcloud's `ERROR: (gcloud.group.cmd) STATUS: message`, with the message wrapped over the
//! next lines by the terminal, or listed under a summary that ends in a colon.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::builtin as re;

use super::forms::Form;

/// gcloud's error line.
pub const FORMS: &[Form] = &[Form {
    name: "gcloud.error",
    triggers: &["ERROR: (gcloud"],
    finds: |t| gcloud(t).is_some(),
    examples: &["ERROR: (gcloud.run.deploy) PERMISSION_DENIED: Permission denied on resource"],
}];

/// gcloud's `ERROR: (gcloud.group.cmd) STATUS: message` (type, message). The message goes on
/// over the next lines where the terminal wrapped it (mid-word, or inside an open quote), and
/// a summary ending in a colon is followed by the message itself.
pub fn gcloud(text: &str) -> Option<(Option<String>, String)> {
    static R: LazyLock<Regex> =
        LazyLock::new(|| re(r"ERROR: \(gcloud(?:\.[\w.-]+)?\) (?:([A-Z][A-Z_]{3,}): )?([^\n]+)"));
    // gcloud's own words before an OAuth error (`invalid_grant: Bad Request`).
    static REFRESH: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^There was a problem refreshing (?:your|the) current auth tokens?: (?:[a-z]+(?:_[a-z]+)+: )?",
        )
    });
    let c = R.captures(text)?;
    let first = c[2].trim_end();
    let next = text[c.get(0).expect("group 0").end()..]
        .lines()
        .skip(1)
        .take_while(|l| !l.trim().is_empty());
    let mut lines = vec![first];
    if first.ends_with(':') {
        let detail: Vec<&str> = next
            .map(|l| l.trim().trim_start_matches("- ").trim())
            .collect();
        if !detail.is_empty() {
            lines = detail;
        }
    } else {
        for l in next {
            let last = lines.last().copied().unwrap_or_default();
            let open_quote = last.ends_with(" '") || last.ends_with(" \"");
            let mid_word = last.ends_with(|c: char| c.is_alphanumeric())
                && l.starts_with(|c: char| c.is_lowercase());
            if !(open_quote || mid_word) {
                break;
            }
            lines.push(l.trim_end());
        }
    }
    let message = REFRESH.replace(&lines.join("\n"), "").to_string();
    Some((c.get(1).map(|m| m.as_str().to_string()), message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_wrapped_and_listed_messages() {
        let t = "ERROR: (gcloud.run.deploy) PERMISSION_DENIED: Admin API has not been used. Enable it by v\nisiting https://console.example.com then retry.\nPlease run:";
        assert_eq!(
            gcloud(t).map(|g| g.1).as_deref(),
            Some("Admin API has not been used. Enable it by v\nisiting https://console.example.com then retry.")
        );
        let t = "ERROR: (gcloud.compute.disks.list) Some requests did not succeed:\n - Insufficient Permission\n\nnext";
        assert_eq!(
            gcloud(t).map(|g| g.1).as_deref(),
            Some("Insufficient Permission")
        );
        let t = "ERROR: (gcloud.projects.list) There was a problem refreshing your current auth tokens: invalid_grant: Bad Request\nPlease run:";
        assert_eq!(gcloud(t).map(|g| g.1).as_deref(), Some("Bad Request"));
    }
}
