//! new-api / one-api gateways: the `(request id: ...)` suffix they add to a message, and
//! their logs' `relay error (...): message`, `channel error (...): message`,
//! `[abortWithMessage] message` and `bad response status code 503`.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::builtin as re;

use super::forms::Form;

/// The gateway's request-id suffix and its log lines.
pub const FORMS: &[Form] = &[
    Form {
        name: "gateway.request-id",
        triggers: &["request id"],
        finds: |t| gateway_request_id(t).is_some(),
        examples: &["无效的令牌 (request id: 2026021910081416145658)"],
    },
    Form {
        name: "gateway.log",
        triggers: &[
            "relay error",
            "channel error",
            "[abortWithMessage]",
            "bad response status code",
            "[ERR] ",
        ],
        finds: |t| gateway_log(t).is_some(),
        examples: &[
            "[ERR] relay error (channel #3, status code: 429): 当前分组上游负载已饱和",
            "upstream returned bad response status code 503",
            "[ERR] 2025/02/17 - 21:40:09 | 2025021721400917720465539021 | 该令牌无权使用模型：gpt-4o-mini",
        ],
    },
];

/// A trailing `(request id: ...)`, or a reference id in the same brackets (`(ref: <uuid>)`).
static GATEWAY_RID: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\s*[(（]\s*(?:request id[:：]?\s*([^)）\s]+)|ref:\s*([0-9a-fA-F-]{16,}))\s*[)）]\s*$")
});

/// Splits a new-api / one-api message into its text and the trailing `(request id: ...)`.
pub fn split_gateway_suffix(message: &str) -> (String, Option<String>) {
    match GATEWAY_RID.captures(message) {
        Some(c) => {
            let whole = c.get(0).expect("group 0");
            (
                message[..whole.start()].trim_end().to_string(),
                c.get(1).or(c.get(2)).map(|g| g.as_str().to_string()),
            )
        }
        None => (message.to_string(), None),
    }
}

static GATEWAY_RID_ANY: LazyLock<Regex> =
    LazyLock::new(|| re(r"[(（]\s*request id[:：]?\s*([A-Za-z0-9]{12,})\s*[)）]"));

/// Whether the text carries a new-api / one-api request-id suffix anywhere.
pub fn gateway_request_id(text: &str) -> Option<String> {
    GATEWAY_RID_ANY.captures(text).map(|c| c[1].to_string())
}

/// Gateway (new-api / one-api) logs: `relay error (...): msg`, `channel error (...): msg`.
pub fn gateway_log(text: &str) -> Option<String> {
    static R: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?m)(?:(?:relay error|channel error)(?: \((?:[^()\n]|\([^()\n]*\))*\))?:|\[abortWithMessage\])\s*(.+?)\s*(?:[(（]request id[^)）]*[)）])?\s*$",
        )
    });
    static INNER: LazyLock<Regex> = LazyLock::new(|| re(r#"^(?:Post|Get) "[^"]+": "#));
    static BAD_STATUS: LazyLock<Regex> =
        LazyLock::new(|| re(r"\b(bad response status code \d{3})\b"));
    // The gateways' own logger: `[ERR] 2025/02/17 - 21:40:09 | <request id> | [user 42 | ]msg`.
    static LOGGER: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?m)^\[ERR\] \d{4}/\d\d/\d\d - \d\d:\d\d:\d\d \| [0-9A-Za-z]{16,} \|(?: user \d+ \|)? (\S.*?)\s*$",
        )
    });
    let Some(c) = R.captures(text) else {
        return LOGGER
            .captures(text)
            .or_else(|| BAD_STATUS.captures(text))
            .map(|c| c[1].to_string());
    };
    let msg = INNER.replace(c[1].trim(), "").to_string();
    (!msg.is_empty()).then_some(msg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_trailing_reference_id_is_split_off() {
        assert_eq!(
            split_gateway_suffix("Server overloaded (ref: 0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0)"),
            (
                "Server overloaded".to_string(),
                Some("0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0".to_string())
            )
        );
        assert_eq!(split_gateway_suffix("Not merged (ref: main)").1, None);
    }

    #[test]
    fn splits_gateway_request_id() {
        let (m, id) = split_gateway_suffix("无效的令牌 (request id: 2026021910081416145658)");
        assert_eq!(m, "无效的令牌");
        assert_eq!(id.as_deref(), Some("2026021910081416145658"));
    }
}
