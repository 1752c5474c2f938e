//! Who produced the error (provider) and what printed it (client).
//!
//! Provider evidence is weighed: a gateway's own error type or an API host outranks a module
//! path, which outranks a name merely mentioned. Weak evidence (an OpenAI-compatible SDK, a
//! mention) may be overridden by a rule that knows the error's shape.

use std::sync::LazyLock;

use regex::Regex;

/// The provider and whether the evidence for it is strong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderGuess {
    pub slug: &'static str,
    pub strong: bool,
}

/// Weight at and above which evidence is strong.
const STRONG: u8 = 55;

static TABLE: LazyLock<Vec<(Regex, &'static str, u8)>> = LazyLock::new(|| {
    let rows: &[(&str, &str, u8)] = &[
        (r"\bnew_api_error\b", "new-api", 100),
        (r"\bone_api_error\b", "one-api", 100),
        (r"\b(?:songquanpeng/)?one-api\b|\bOne API\b", "one-api", 70),
        (r"\bnew-api\b", "new-api", 70),
        (
            r"relay error happen|won't retry in this case|relay error \(channel",
            "one-api",
            85,
        ),
        (
            r"channel error \(channel #|Do \w+ request failed",
            "new-api",
            85,
        ),
        (r"API error occurred: Status \d{3}", "mistral", 50),
        (r"(?i)\bAnthropicException\b", "anthropic", 90),
        (r"(?i)\bOllamaException\b", "ollama", 90),
        (r"(?i)\bOpenAIException\b", "openai", 60),
        (
            r"(?i)\bGeminiException\b|\bVertexAIException\b",
            "gemini",
            85,
        ),
        (r"(?i)\bBedrockException\b", "aws", 85),
        (
            r"(?i)\bAzureException\b|\bAzureOpenAIException\b",
            "azure-openai",
            85,
        ),
        (
            r"(?i)\.openai\.azure\.com|cognitiveservices\.azure\.com|Azure OpenAI|Azure\.RequestFailedException|fwlink/\?linkid=(?:2198766|2213926)|\bDeploymentNotFound\b|\bOperationNotSupported\b|invalid subscription key or wrong API endpoint|approved private endpoint|apim-request-id|ResponsibleAIPolicyViolation",
            "azure-openai",
            80,
        ),
        (
            r#"(?i)"user_id"\s*:\s*"user_|'user_id': 'user_|"provider_name"|OpenrouterException|openrouter"#,
            "openrouter",
            75,
        ),
        (r"(?i)api\.openai\.com", "openai", 80),
        (r"(?i)platform\.openai\.com|help\.openai\.com", "openai", 60),
        (r#"\breq_011[A-Za-z0-9]{10,}"#, "anthropic", 60),
        // Anthropic's envelope; gateways and compatible APIs reuse it, so it is weak.
        (
            r#"\{\s*"type"\s*:\s*"error"\s*,\s*"error"\s*:\s*\{\s*"type""#,
            "anthropic",
            50,
        ),
        (
            r"(?i)api\.anthropic\.com|docs\.anthropic\.com|docs\.claude\.com|console\.anthropic\.com|\banthropic\.\w+Error\b|anthropic\._exceptions|anthropic-sdk",
            "anthropic",
            80,
        ),
        (
            r"(?i)generativelanguage\.googleapis\.com|ai\.google\.dev|aistudio\.google\.com|google\.generativeai|google\.genai",
            "gemini",
            80,
        ),
        (
            r"(?i)aiplatform\.googleapis\.com|vertexai|vertex ai",
            "vertex-ai",
            80,
        ),
        (r"(?i)openrouter\.ai", "openrouter", 80),
        (r"(?i)api\.deepseek\.com", "deepseek", 80),
        (
            r"(?i)api\.moonshot\.(?:cn|ai)|platform\.moonshot|platform\.kimi",
            "moonshot",
            80,
        ),
        (
            r"(?i)open\.bigmodel\.cn|bigmodel\.cn|api\.z\.ai|zhipuai",
            "zhipu",
            80,
        ),
        (
            r"(?i)dashscope|aliyuncs\.com|help\.aliyun\.com/zh/model-studio|bailian",
            "dashscope",
            80,
        ),
        (r"(?i)siliconflow", "siliconflow", 80),
        (r"(?i)api\.mistral\.ai|mistralai", "mistral", 80),
        (
            r"(?i)api\.groq\.com|console\.groq\.com|\bgroq\.\w+Error",
            "groq",
            80,
        ),
        (
            r"(?i)api\.cohere\.(?:ai|com)|\bcohere\.(?:errors|core)",
            "cohere",
            80,
        ),
        (
            r"(?i)huggingface\.co|hf-inference|huggingface_hub",
            "huggingface",
            80,
        ),
        (
            r"(?i)qianfan|baidubce\.com|erniebot|aistudio\.baidu",
            "baidu-qianfan",
            80,
        ),
        (
            r"(?i)volces\.com|volcengine|\bark\.cn-",
            "volcengine-ark",
            80,
        ),
        (
            r"(?i)(?:localhost|127\.0\.0\.1|0\.0\.0\.0|host\.docker\.internal):11434",
            "ollama",
            80,
        ),
        (r"(?i)bedrock", "aws", 75),
        (
            r"(?i)amazonaws\.com|botocore|boto3|AmazonS3|x-amz-|x-amzn-|AWSError|\bAWS[A-Z]\w+",
            "aws",
            75,
        ),
        (
            r"(?i)api\.github\.com|x-github-request-id|@octokit|\bgithub\.GithubException|\bPyGithub\b|GithubException|docs\.github\.com|git-lfs\.github\.com|GitHub's file size",
            "github",
            75,
        ),
        (r"(?i)gitlab", "gitlab", 70),
        (
            r"(?i)api\.stripe\.com|\bstripe\.|dashboard\.stripe\.com|Stripe",
            "stripe",
            75,
        ),
        (r"(?i)api\.twilio\.com|twilio", "twilio", 75),
        (
            r"(?i)slack\.com/api|slack_sdk|@slack/|Slack API",
            "slack",
            75,
        ),
        (
            r"(?i)discord\.com/api|discord\.(?:js|py|errors)|DiscordAPIError|@discordjs|discord\.com/developers",
            "discord",
            75,
        ),
        (
            r#"(?i)kubectl|"kind"\s*:\s*"Status"|system:serviceaccount|Error from server \(|k8s\.io|kubernetes|helm\.go"#,
            "kubernetes",
            70,
        ),
        (
            r"(?i)registry-1\.docker\.io|docker\.io|docker\.com/increase-rate-limit|Error response from daemon|ghcr\.io|\.dkr\.ecr\.",
            "docker-registry",
            70,
        ),
        (
            r"(?i)registry\.npmjs\.org|npm ERR!|npm error code",
            "npm-registry",
            70,
        ),
        (
            r"(?i)upload\.pypi\.org|pypi\.org|pythonhosted\.org|twine",
            "pypi",
            70,
        ),
        (r"(?i)cloudflare|\bRay ID\b", "cloudflare", 65),
        // Many APIs sit behind Cloudflare: its header alone does not make it the source.
        (r"(?i)\bcf-ray\b", "cloudflare", 15),
        (
            r"(?i)googleapiclient|google\.api_core|\.googleapis\.com|cloud\.google\.com|gcloud",
            "gcp",
            65,
        ),
        (r"(?i)\blitellm\b", "litellm", 60),
        (r"\bas-[a-z0-9]{8,}\b", "baidu-qianfan", 40),
        // Google's error envelope (a gRPC status name) without a host: most often Gemini.
        (
            r#""status"\s*:\s*"(?:INVALID_ARGUMENT|FAILED_PRECONDITION|RESOURCE_EXHAUSTED|PERMISSION_DENIED|UNAVAILABLE|NOT_FOUND|UNAUTHENTICATED|INTERNAL|DEADLINE_EXCEEDED)""#,
            "gemini",
            25,
        ),
        (r"(?i)\bopenai\b", "openai", 20),
        (r"(?i)deepseek", "deepseek", 30),
        (r"(?i)moonshot|\bkimi\b|月之暗面", "moonshot", 30),
        (r"(?i)\bglm\b|zhipu|智谱", "zhipu", 30),
        (r"(?i)\bqwen|通义", "dashscope", 30),
        (r"(?i)\bmistral\b", "mistral", 30),
        (r"(?i)\bgroq\b", "groq", 30),
        (r"(?i)\bcohere\b", "cohere", 30),
        (r"(?i)\bollama\b", "ollama", 30),
        (r"(?i)\bclaude\b|\banthropic\b", "anthropic", 30),
        (r"(?i)\bgemini\b", "gemini", 30),
        (r"(?i)\bazure\b", "azure-openai", 30),
        (r"(?i)\bgithub\b", "github", 25),
        (r"(?i)\bdocker\b", "docker-registry", 25),
        (r"(?i)hugging ?face", "huggingface", 30),
    ];
    rows.iter()
        .map(|(p, s, w)| (crate::pattern::builtin(p), *s, *w))
        .collect()
});

/// The provider with the heaviest evidence in `text`; ties go to the earliest mention.
pub fn guess(text: &str, error_type: Option<&str>) -> Option<ProviderGuess> {
    if let Some(t) = error_type {
        match t {
            "new_api_error" => {
                return Some(ProviderGuess {
                    slug: "new-api",
                    strong: true,
                })
            }
            "one_api_error" => {
                return Some(ProviderGuess {
                    slug: "one-api",
                    strong: true,
                })
            }
            _ => {}
        }
    }
    // `type.googleapis.com/...` names a protobuf type, not a Google API host.
    let text = &text.replace("type.googleapis.com", "");
    let mut best: Option<(u8, usize, &'static str)> = None;
    for (re, slug, weight) in TABLE.iter() {
        if let Some(m) = re.find(text) {
            let better = match best {
                None => true,
                Some((w, at, _)) => *weight > w || (*weight == w && m.start() < at),
            };
            if better {
                best = Some((*weight, m.start(), slug));
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

static CLIENTS: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
    let rows: &[(&str, &str)] = &[
        (r"\blitellm\.", "litellm"),
        (
            r"node_modules/openai|openai/(?:core|error)\.(?:js|mjs)|OpenAI\.makeStatusError",
            "node-openai",
        ),
        (
            r"\bopenai\.(?:error\.|lib\.)?\w*(?:Error|Timeout|V1)\b|site-packages/openai/|openai/_base_client|openai\.error",
            "python-openai",
        ),
        (
            r"\banthropic\.\w*Error\b|site-packages/anthropic/|anthropic\._exceptions",
            "python-anthropic",
        ),
        (r"botocore|boto3", "boto3"),
        (
            r"googleapiclient|google\.api_core|grpc\._channel",
            "google-api-python",
        ),
        (
            r"requests\.exceptions|raise_for_status|site-packages/requests/",
            "requests",
        ),
        (r"\bhttpx\.|site-packages/httpx/", "httpx"),
        (
            r"\baiohttp\.|ClientConnectorError|Cannot connect to host",
            "aiohttp",
        ),
        (r"urllib3\.|urllib\.error", "urllib3"),
        (r"\btwine\b|upload\.pypi\.org", "twine"),
        (
            r"(?m)^(?:WARNING|ERROR): (?:Retrying|Could not)|pip install",
            "pip",
        ),
        (
            r"node_modules/openai|\bAPIConnectionError\b.*\.js|openai/(?:core|error)\.js",
            "node-openai",
        ),
        (r"AxiosError|\baxios\b", "axios"),
        (
            r"fetch failed|undici|node-fetch|FetchError|UND_ERR_",
            "node-fetch",
        ),
        (
            r"curl: \(\d+\)|(?m)^\s*[<>] HTTP/|(?m)^\s*\$?\s*curl\s",
            "curl",
        ),
        (r"npm (?:ERR!|error)", "npm"),
        (
            r"Error response from daemon|docker (?:pull|push|run|login)",
            "docker",
        ),
        (r"kubectl|Error from server \(", "kubectl"),
        (r"ERROR: \(gcloud\.", "gcloud"),
        (r"An error occurred \(\w+\) when calling", "aws-cli"),
        (
            r"(?m)^remote: |fatal: Authentication failed|git push|git clone",
            "git",
        ),
        (
            r"\bdial tcp\b|context deadline exceeded|\.go:\d+|googleapi: Error|goroutine \d+",
            "go",
        ),
        (
            r"(?m)^\s+at [\w.$]+\([\w$]+\.java:\d+\)|\bjava\.\w+\.|org\.springframework|SSLHandshakeException|PKIX path",
            "java",
        ),
        (
            r"HttpRequestException|System\.Net\.|TaskCanceledException|Azure\.RequestFailedException",
            "dotnet",
        ),
        (
            r"(?m)^\s+at .*\.(?:js|ts|mjs|cjs):\d+|node:internal|processTicksAndRejections",
            "node",
        ),
        (
            r"Traceback \(most recent call last\)|File \x22[^\x22]+\.py\x22, line \d+|site-packages/",
            "python",
        ),
    ];
    rows.iter()
        .map(|(p, s)| (crate::pattern::builtin(p), *s))
        .collect()
});

/// The client library or tool that printed the error, most specific first.
pub fn client(text: &str) -> Option<&'static str> {
    CLIENTS
        .iter()
        .find(|(re, _)| re.is_match(text))
        .map(|(_, c)| *c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gateway_type_is_strong() {
        let g = guess("api.openai.com ...", Some("new_api_error")).unwrap();
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
        let g = guess(
            "OpenAI error: see https://docs.anthropic.com/en/api/rate-limits",
            None,
        )
        .unwrap();
        assert_eq!(g.slug, "anthropic");
        assert!(g.strong);
    }

    #[test]
    fn sdk_name_alone_is_weak() {
        let g = guess("openai.RateLimitError: Error code: 429", None).unwrap();
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
