//! Who produced the error (provider) and what printed it (client).
//!
//! Provider evidence is weighed: a gateway's own error type or an API host outranks a module
//! path, which outranks a name merely mentioned. Weak evidence (an OpenAI-compatible SDK, a
//! mention) may be overridden by a rule that knows the error's shape.

use crate::knowledge;

/// The provider and whether the evidence for it is strong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderGuess {
    pub slug: &'static str,
    pub strong: bool,
}

/// Weight at and above which evidence is strong.
const STRONG: u8 = 55;

/// The provider with the heaviest evidence in `text`; ties go to the earliest mention.
pub fn guess(text: &str) -> Option<ProviderGuess> {
    // `type.googleapis.com/...` names a protobuf type, not a Google API host.
    let text = &text.replace("type.googleapis.com", "");
    let mut best: Option<(u8, usize, &'static str)> = None;
    for e in &knowledge::get().evidence {
        if let Some(m) = e.pattern.find(text) {
            let better = match best {
                None => true,
                Some((w, at, _)) => e.weight > w || (e.weight == w && m.start() < at),
            };
            if better {
                best = Some((e.weight, m.start(), e.provider.as_str()));
            }
        }
    }
    if let Some(rid) = super::patterns::gateway_request_id(text) {
        // A `(request id: ...)` suffix means a new-api / one-api gateway answered.
        if best.is_none_or(|(w, _, _)| w < STRONG) && rid.len() >= 20 {
            return Some(ProviderGuess {
                slug: "new-api",
                strong: false,
            });
        }
    }
    best.map(|(w, _, slug)| ProviderGuess {
        slug,
        strong: w >= STRONG,
    })
}

/// The client library or tool that printed the error, most specific first.
pub fn client(text: &str) -> Option<&'static str> {
    knowledge::get()
        .clients
        .iter()
        .find(|c| c.pattern.is_match(text))
        .map(|c| c.client.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gateway_type_is_strong() {
        let g = guess("api.openai.com ... new_api_error").unwrap();
        assert_eq!(
            g,
            ProviderGuess {
                slug: "new-api",
                strong: true
            }
        );
    }

    #[test]
    fn hosts_outrank_mentions() {
        let g = guess("OpenAI error: see https://docs.anthropic.com/en/api/rate-limits").unwrap();
        assert_eq!(g.slug, "anthropic");
        assert!(g.strong);
    }

    #[test]
    fn sdk_name_alone_is_weak() {
        let g = guess("openai.RateLimitError: Error code: 429").unwrap();
        assert_eq!(
            g,
            ProviderGuess {
                slug: "openai",
                strong: false
            }
        );
    }

    #[test]
    fn detects_clients() {
        assert_eq!(
            client("openai.AuthenticationError: Error code: 401"),
            Some("python-openai")
        );
        assert_eq!(
            client("AxiosError: Request failed with status code 429"),
            Some("axios")
        );
        assert_eq!(client("curl: (60) SSL certificate problem"), Some("curl"));
        assert_eq!(
            client("Get \"https://x\": dial tcp 1.2.3.4:443: connect: connection refused"),
            Some("go")
        );
    }
}
