//! Secret masking: API keys, bearer tokens and credentials in what leaves the pipeline.
//!
//! A masked secret keeps a short prefix and suffix (`sk-proj-…a1B2`) so a person can still
//! tell which key was used without the key being printed or logged.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::{Captures, Regex};

static SECRETS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        // Vendor-prefixed keys: the prefix names the kind and stays readable.
        r"\b((?:sk|rk|pk)-(?:proj-|ant-(?:api\d\d-|admin\d\d-)?|or-v1-|svcacct-)?)([A-Za-z0-9_\-]{16,})",
        r"\b((?:sk|rk|pk)_(?:live|test)_)([A-Za-z0-9]{10,})",
        r"\b(gh[pousr]_|github_pat_|glpat-|hf_|xox[abprs]-|AIza|AKIA|ASIA)([A-Za-z0-9_\-]{12,})",
        // Authorization headers and key=value credentials: the value is masked.
        r"(?i)(\bbearer\s+)([A-Za-z0-9._~+/=\-]{12,})",
        r#"(?i)((?:api[_-]?key|x-api-key|api-key|access[_-]?token|auth[_-]?token|password|secret|private-token)['"]?\s*[:=]\s*['"]?)([^\s'",}\]]{12,})"#,
    ]
    .iter()
    .map(|p| crate::pattern::builtin(p))
    .collect()
});

fn mask(secret: &str) -> String {
    let chars: Vec<char> = secret.chars().collect();
    let tail: String = chars[chars.len().saturating_sub(4)..].iter().collect();
    format!("…{tail}")
}

/// Masks every secret in `text`.
pub fn redact(text: &str) -> Cow<'_, str> {
    let mut out = Cow::Borrowed(text);
    for re in SECRETS.iter() {
        if re.is_match(&out) {
            let replaced = re
                .replace_all(&out, |c: &Captures| {
                    if c[2].contains('…') || c[2].contains('*') {
                        return c[0].to_string();
                    }
                    format!("{}{}", &c[1], mask(&c[2]))
                })
                .into_owned();
            out = Cow::Owned(replaced);
        }
    }
    out
}

/// Masks secrets in an optional field in place.
pub fn redact_field(field: &mut Option<String>) {
    if let Some(v) = field {
        if let Cow::Owned(masked) = redact(v) {
            *v = masked;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_openai_keys_keeping_prefix_and_suffix() {
        let t = "Incorrect API key provided: sk-proj-abcdefghijklmnopqrstuvwxyzA1B2. You can";
        assert_eq!(
            redact(t),
            "Incorrect API key provided: sk-proj-…A1B2. You can"
        );
    }

    #[test]
    fn masks_bearer_tokens_and_key_values() {
        assert_eq!(
            redact("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.abc"),
            "Authorization: Bearer ….abc"
        );
        assert_eq!(redact("api_key=0123456789abcdef0123"), "api_key=…0123");
    }

    #[test]
    fn leaves_already_masked_keys_and_plain_text() {
        let t = "Incorrect API key provided: sk-abc***xyz";
        assert_eq!(redact(t), t);
        assert_eq!(redact("rate limit reached"), "rate limit reached");
    }
}
