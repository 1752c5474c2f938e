//! Who produced the error (provider) and what printed it (client).
//!
//! Provider evidence is weighed: a gateway's own error type or an API host outranks a module
//! path, which outranks a name merely mentioned. Weak evidence (an OpenAI-compatible SDK, a
//! mention) may be overridden by a rule that knows the error's shape.

use crate::knowledge;

/// The provider and how firmly the evidence names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderGuess {
    pub slug: &'static str,
    pub strong: bool,
    /// The evidence is the service's own name or model family (`kimi-k2`, `gemini-2.5`): weak,
    /// yet only a service that serves other makers' models replaces it (see [`replaces`]).
    pub named: bool,
}

/// Whether a rule that names `rule_provider` may replace the weak `guess`: a shape shared by
/// compatible APIs (an SDK, an envelope, a path) yields to any rule that knows the error, but a
/// service named by its brand or model family yields only to a host of other makers' models.
pub fn replaces(guess: &ProviderGuess, rule_provider: &str) -> bool {
    !guess.strong
        && (!guess.named
            || knowledge::get()
                .model_hosts
                .iter()
                .any(|h| h == rule_provider))
}

/// Whether `text` names the service `slug` by its brand or model family (a `named` row, however
/// weak): a rule of that provider then agrees with the text and may replace a weak guess of
/// another. An SDK's name is no such agreement, as it calls compatible APIs too.
pub fn named_in(text: &str, slug: &str) -> bool {
    knowledge::get()
        .evidence
        .iter()
        .any(|e| e.named && e.provider == slug && e.pattern.is_match(text))
}

/// Weight at and above which evidence is strong.
const STRONG: u8 = 55;

/// The provider with the heaviest evidence in `text`; ties go to the earliest mention.
pub fn guess(text: &str) -> Option<ProviderGuess> {
    // `type.googleapis.com/...` names a protobuf type, not a Google API host.
    let text = &text.replace("type.googleapis.com", "");
    let mut best: Option<(u8, usize, &'static str, bool)> = None;
    for e in &knowledge::get().evidence {
        if let Some(m) = e.pattern.find(text) {
            let better = match best {
                None => true,
                Some((w, at, _, _)) => e.weight > w || (e.weight == w && m.start() < at),
            };
            if better {
                best = Some((e.weight, m.start(), e.provider.as_str(), e.named));
            }
        }
    }
    best.map(|(w, _, slug, named)| ProviderGuess {
        slug,
        strong: w >= STRONG,
        named: named && w < STRONG,
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
                strong: true,
                named: false
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
                strong: false,
                named: false
            }
        );
    }

    #[test]
    fn litellm_adapter_names_its_service() {
        let g = guess("litellm.RateLimitError: RateLimitError: GroqException - Rate limit reached")
            .unwrap();
        assert_eq!(g.slug, "groq");
        assert!(g.strong);
        // The OpenAI adapter serves any OpenAI-compatible API: a weak guess a rule may replace.
        let g = guess("litellm.AuthenticationError: AuthenticationError: OpenAIException - nope")
            .unwrap();
        assert_eq!(g.slug, "openai");
        assert!(!g.strong);
    }

    #[test]
    fn documented_api_paths_name_the_provider() {
        let cases = [
            (
                "POST http://127.0.0.1:8080/api/v1/services/aigc/text-generation/generation",
                "dashscope",
            ),
            (
                "base_url=http://proxy.local/compatible-mode/v1",
                "dashscope",
            ),
            (
                "404 for url: http://10.0.0.2/api/paas/v4/chat/completions",
                "zhipu",
            ),
            (
                "404 Client Error: Not Found for url: http://10.0.0.2/api/v3/chat/completions",
                "volcengine-ark",
            ),
        ];
        for (text, slug) in cases {
            assert_eq!(guess(text).map(|g| g.slug), Some(slug), "{text}");
        }
        // A model id under an organisation is no sign of Mistral's SDK: at most a mention.
        let g = guess("503 for url: http://127.0.0.1/models/mistralai/Mistral-7B-Instruct-v0.3");
        assert!(g.is_none_or(|g| !g.strong));
        assert!(guess("from mistralai import Mistral").unwrap().strong);
    }

    #[test]
    fn id_and_sdk_shapes_name_the_provider() {
        let ark =
            "The request failed. Request id: 0217000000000001a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c";
        assert_eq!(guess(ark).unwrap().slug, "volcengine-ark");
        let aws = r#"{"name": "ThrottlingException", "$fault": "client", "$metadata": {"httpStatusCode": 429}}"#;
        assert_eq!(guess(aws).unwrap().slug, "aws");
        let boto = "An error occurred (NoSuchKey) when calling the GetObject operation: Not here";
        assert_eq!(guess(boto).unwrap().slug, "aws");
        // Azure.Core's exception is thrown by every Azure SDK for .NET, not only Azure OpenAI.
        let blob = "Azure.RequestFailedException: Service request failed.\nStatus: 403";
        assert!(guess(blob).is_none_or(|g| !g.strong));
        let kimi = "Your account org-0a1b2c<ak-abcdef123456> is suspended";
        assert_eq!(guess(kimi).unwrap().slug, "moonshot");
    }

    #[test]
    fn documented_envelopes_name_the_provider() {
        let cases = [
            (
                r#"400 {"request_id":"9c1f0e2a-7b3d","code":"InvalidParameter","message":"bad size"}"#,
                "dashscope",
            ),
            (
                r#"HTTP 400: {"code":20012,"message":"Model does not exist.","data":null}"#,
                "siliconflow",
            ),
            (
                r#"{"result":null,"success":false,"errors":[{"code":10000,"message":"Authentication error"}],"messages":[]}"#,
                "cloudflare",
            ),
            // A fork of new-api renames its error type: weak, as a fork relays its upstream's
            // errors, yet it outranks the module of the SDK that called it.
            (
                "google.genai.errors.ClientError: 401 None. {'error': {'type': 'acme_api_error'}}",
                "new-api",
            ),
            (
                "Error code: 404 - No thread found with id 'thread_AbCdEfGhIjKlMnOpQrStUvWx'.",
                "openai",
            ),
        ];
        for (text, slug) in cases {
            let g = guess(text).unwrap();
            assert_eq!(g.slug, slug, "{text}");
            assert_eq!(g.strong, !["openai", "new-api"].contains(&slug), "{text}");
        }
        // The suffix alone is weak: a rule that knows the error may still name one-api.
        let g = guess(
            "当前分组 vip 下对于模型 x 无可用渠道 (request id: 20261104160212554019883XvQ7pLm)",
        );
        assert_eq!(g.as_ref().map(|g| g.slug), Some("new-api"));
        assert!(!g.unwrap().strong);
    }

    #[test]
    fn a_fork_type_yields_to_a_service_the_text_also_names() {
        let text = r#"openai_protocol: GLM-4.5-Flash
{"error": {"message": "bad", "type": "acme_api_error", "code": "1210"}}"#;
        let g = guess(text).unwrap();
        assert_eq!(g.slug, "new-api");
        assert!(!replaces(&g, "zhipu"));
        assert!(named_in(text, "zhipu"));
        assert!(!named_in(text, "moonshot"));
        assert!(!named_in("openai.RateLimitError: kimi-k2", "openai"));
    }

    #[test]
    fn openai_sdk_form_only_breaks_a_tie_with_nothing() {
        assert_eq!(
            guess("Error code: 401 - The project has been archived.").map(|g| g.slug),
            Some("openai")
        );
        let glm = guess("Error code: 400 - model glm-4-plus is not supported").unwrap();
        assert_eq!(glm.slug, "zhipu");
    }

    #[test]
    fn a_named_model_family_yields_only_to_model_hosts() {
        // `kimi` names Moonshot's models: an OpenAI rule on a shared wording keeps it, a router
        // serving Kimi models replaces it.
        let kimi = guess("$ python ask.py kimi-k2-preview\nopenai.RateLimitError: 429").unwrap();
        assert_eq!(kimi.slug, "moonshot");
        assert!(kimi.named && !kimi.strong);
        assert!(!replaces(&kimi, "openai"));
        assert!(replaces(&kimi, "openrouter"));
        // An SDK names the client, not the service: any rule that knows the error replaces it.
        let sdk = guess("anthropic.AuthenticationError: Error code: 401").unwrap();
        assert!(!sdk.named);
        assert!(replaces(&sdk, "zhipu"));
        // Strong evidence is never replaced.
        let host = guess("POST https://api.moonshot.cn/v1/chat/completions 429").unwrap();
        assert!(!replaces(&host, "openrouter"));
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
