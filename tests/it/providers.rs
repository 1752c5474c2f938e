//! Provider evidence read from what a text still shows when the client talked to a proxy or a
//! local port: the API's documented paths and its documented key and token prefixes.

use apidiag::extract::provider::guess;

fn slug(text: &str) -> Option<&'static str> {
    guess(text).map(|g| g.slug)
}

#[test]
fn documented_paths_behind_a_proxy_name_the_provider() {
    let cases = [
        (
            "404 Not Found for url 'http://10.1.2.3:8080/openai/deployments/my-gpt/chat/completions?api-version=2024-06-01'",
            "azure-openai",
        ),
        ("POST http://gw.corp/api/anthropic/v1/messages 400", "zhipu"),
        (
            "401 Client Error for url: http://gw.corp/api/v4/projects/42/pipelines",
            "gitlab",
        ),
        (
            "429 Too Many Requests for url 'http://gw.corp/api/v10/channels/123/messages'",
            "discord",
        ),
        (
            "401 for url: http://mirror.local:5000/v2/team/app/manifests/latest",
            "docker-registry",
        ),
        (
            "GET http://mirror.local:5000/v2/library/redis/blobs/sha256:ab12 404",
            "docker-registry",
        ),
        (
            "403 Forbidden for url: https://10.0.0.1:6443/api/v1/namespaces/default/pods",
            "kubernetes",
        ),
        (
            "404 for url: https://10.0.0.1:6443/apis/batch/v1/namespaces/jobs/cronjobs/x",
            "kubernetes",
        ),
        (
            "curl: (22) 403 from http://proxy/client/v4/accounts/abc/workers",
            "cloudflare",
        ),
        (
            "429 for url: http://proxy/model/meta.llama3-70b-instruct-v1%3A0/converse",
            "aws",
        ),
        (
            "400 for url: http://proxy/v1beta/models/some-model:streamGenerateContent?alt=sse",
            "gemini",
        ),
        (
            "403 for url: http://proxy/v1/projects/p1/locations/europe-west4/publishers/meta/models/m:rawPredict",
            "vertex-ai",
        ),
        ("401 Client Error: Unauthorized for url: http://proxy/v2/rerank", "cohere"),
        ("402 for url: http://proxy/v1/charges", "stripe"),
        (
            "400 for url: http://proxy/2010-04-01/Accounts/ACxx/Calls.json",
            "twilio",
        ),
        ("POST http://proxy/api/chat.postMessage -> 429", "slack"),
        (
            "403 for url: http://proxy/repos/octo/hello/pulls/3",
            "github",
        ),
        ("404 for url: http://proxy/@babel%2fcore", "npm-registry"),
        ("403 Forbidden for url: http://proxy/legacy/", "pypi"),
        (
            "404 for url: http://proxy/api/models/some-org/some-model",
            "huggingface",
        ),
        ("404 Not Found for url 'http://10.0.0.9:8080/api/generate'", "ollama"),
    ];
    for (text, want) in cases {
        assert_eq!(slug(text), Some(want), "{text}");
    }
}

#[test]
fn shared_paths_stay_weak_or_silent() {
    // Anthropic's, Groq's and Ollama's paths are served by gateways and other APIs too: a rule
    // that knows the body may name another provider.
    for text in [
        "503 for url: http://proxy/v1/messages",
        "429 for url: http://proxy/openai/v1/chat/completions",
        "404 for url: http://proxy/api/chat",
    ] {
        assert!(guess(text).is_some_and(|g| !g.strong), "{text}");
    }
    // An OpenAI-compatible path names no one.
    assert_eq!(slug("401 for url: http://proxy/v1/chat/completions"), None);
    assert_eq!(
        slug("502 for url: https://llm.example/api/v1/chat/completions"),
        None
    );
    // Gitea serves GitHub's repository paths under `/api/v1`.
    assert_ne!(
        slug("404 for url: http://git.local/api/v1/repos/o/r/pulls/1"),
        Some("github")
    );
    // Ollama's own registry speaks the distribution API.
    assert_eq!(
        slug("Get \"https://registry.ollama.ai/v2/library/llama3/manifests/8b\": EOF"),
        Some("ollama")
    );
}

#[test]
fn documented_key_prefixes_name_the_provider() {
    let cases = [
        ("x-api-key: sk-ant-api03-****", "anthropic"),
        (
            "Authorization: Bearer sk-or-v1-0123456789abcdef0123",
            "openrouter",
        ),
        ("Authorization: Bearer gsk_AbCdEfGhIjKlMnOpQrStUvWx", "groq"),
        ("SLACK_BOT_TOKEN=xoxb-1234567890-abcdefghij", "slack"),
        ("PRIVATE-TOKEN: glpat-AbCdEfGhIj0123456789", "gitlab"),
        (
            "GITHUB_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789",
            "github",
        ),
        (
            "GH_TOKEN=github_pat_11ABCDEFG0123456789_abcdefghij",
            "github",
        ),
        (
            "//registry/:_authToken=npm_abcdefghijklmnopqrstuvwxyz0123456789",
            "npm-registry",
        ),
        ("TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmcCJDAx", "pypi"),
        ("Authorization: Basic X190b2tlbl9fOnB5cGktQWdFSWNI", "pypi"),
        ("aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "aws"),
        (
            "account ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa not found",
            "twilio",
        ),
    ];
    for (text, want) in cases {
        assert_eq!(slug(text), Some(want), "{text}");
    }
    // `sk_live_` was copied by other payment APIs: Stripe, but weakly.
    let g = guess("Bearer sk_live_0123456789abcdefghijKLMN").unwrap();
    assert_eq!((g.slug, g.strong), ("stripe", false));
    // A bare `sk-` key is every OpenAI-compatible API's.
    assert_eq!(
        slug("Authorization: Bearer sk-0123456789abcdef0123456789abcdef"),
        None
    );
}

#[test]
fn sdk_headers_are_weak_evidence() {
    let g = guess("anthropic-version: 2023-06-01").unwrap();
    assert_eq!((g.slug, g.strong), ("anthropic", false));
    let g = guess("openai-processing-ms: 412").unwrap();
    assert_eq!((g.slug, g.strong), ("openai", false));
}
