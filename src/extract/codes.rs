//! A service's code printed beside its message, outside a body: Zhipu's
//! `[1211][message][request id]`, discord.py's `(error code: 50013)`, `code: 336006, msg: ...`
//! and Twilio's `20003: Authenticate`, DashScope's `Code - Message` and `<500> Code: message`,
//! Slack's `An API error occurred: missing_scope`, and the Azure CLI's `(Code) Message`.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::builtin as re;

use super::forms::Form;

/// Codes printed beside a message.
pub const FORMS: &[Form] = &[
    Form {
        name: "codes.zhipu-pack",
        triggers: &["]["],
        finds: |t| zhipu_pack(t).is_some(),
        examples: &["[1211][模型不存在，请检查模型代码。][20240101abcdef123456]"],
    },
    Form {
        name: "codes.discord",
        triggers: &["(error code: "],
        finds: |t| discord_code(t).is_some(),
        examples: &["403 Forbidden (error code: 50013): Missing Permissions"],
    },
    Form {
        name: "codes.code-then-message",
        triggers: &["msg:", ": "],
        finds: |t| code_then_message(t).is_some(),
        examples: &["error code: 336006, msg: the max length of current question is 4800"],
    },
    Form {
        name: "codes.code-dash-message",
        triggers: &[" - "],
        finds: |t| code_dash_message(t).is_some(),
        examples: &["request failed: InvalidApiKey - Invalid API-key provided."],
    },
    Form {
        name: "codes.angle-status",
        triggers: &["> "],
        finds: |t| angle_status_code(t).is_some(),
        examples: &["<500> InternalError.Algo: An error occurred in model serving"],
    },
    Form {
        name: "codes.slack",
        triggers: &["An API error occurred: "],
        finds: |t| slack_node(t).is_some(),
        examples: &["Error: An API error occurred: missing_scope"],
    },
    Form {
        name: "codes.paren-code",
        triggers: &[") "],
        finds: |t| paren_code(t).is_some(),
        examples: &["ERROR: (AuthorizationFailed) The client 'x' does not have authorization"],
    },
];

static ZHIPU_PACK: LazyLock<Regex> =
    LazyLock::new(|| re(r"\[(\d{3,5})\]\[([^\[\]]+)\](?:\[([0-9a-zA-Z]{12,})\])?"));

/// Zhipu's `[1211][message][request id]` packing: (code, message, request id).
pub fn zhipu_pack(text: &str) -> Option<(String, String, Option<String>)> {
    let c = ZHIPU_PACK.captures(text)?;
    Some((
        c[1].to_string(),
        c[2].trim().to_string(),
        c.get(3).map(|m| m.as_str().to_string()),
    ))
}

/// `(error code: 50013)` as discord.py prints it.
pub fn discord_code(text: &str) -> Option<String> {
    static R: LazyLock<Regex> = LazyLock::new(|| re(r"\(error code: (\d+)\)"));
    R.captures(text).map(|c| c[1].to_string())
}

/// `code: 336006, msg: ...` and `code: 20003: Authenticate` forms (code, message).
pub fn code_then_message(text: &str) -> Option<(String, Option<String>)> {
    static R: LazyLock<Regex> =
        LazyLock::new(|| re(r"\bcode:\s*(\d{1,6}),\s*(?:err(?:or)?[ _])?msg:\s*([^\n]+)"));
    static TWILIO: LazyLock<Regex> = LazyLock::new(|| re(r"(?m)(?:^|:\s)(\d{5}): ([^\n]+)$"));
    if let Some(c) = R.captures(text) {
        return Some((c[1].to_string(), Some(c[2].trim().to_string())));
    }
    TWILIO
        .captures(text)
        .map(|c| (c[1].to_string(), Some(c[2].trim().to_string())))
}

/// `Code - Message` as DashScope's SDK prints `response.code - response.message`.
pub fn code_dash_message(text: &str) -> Option<(String, String)> {
    static R: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?m):\s([A-Z][a-z]+(?:[A-Z][a-z]+)+(?:\.[A-Za-z]+)*) - ([^\n]+)$"));
    R.captures_iter(text)
        .map(|c| (c[1].to_string(), c[2].trim().to_string()))
        .find(|(code, _)| !code.ends_with("Error") && !code.ends_with("Exception"))
}

/// `<500> InternalError.Algo: message` as DashScope's gateway prints it (code, message).
pub fn angle_status_code(text: &str) -> Option<(u16, String, String)> {
    static R: LazyLock<Regex> = LazyLock::new(|| re(r"<(\d{3})> ([A-Z][\w.]+): ([^\]\n]+)"));
    let c = R.captures(text)?;
    Some((
        c[1].parse().ok()?,
        c[2].to_string(),
        c[3].trim().to_string(),
    ))
}

/// Slack's Node SDK: `An API error occurred: missing_scope`.
pub fn slack_node(text: &str) -> Option<String> {
    static R: LazyLock<Regex> = LazyLock::new(|| re(r"An API error occurred: ([a-z_]+)"));
    R.captures(text).map(|c| c[1].to_string())
}

/// `(Code) Message` after a colon or at a line's start, as the Azure CLI and SDKs print a
/// service's code before its message: (code, message).
pub fn paren_code(text: &str) -> Option<(String, String)> {
    static R: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?m)(?:^\s*|:\s)\(([A-Za-z]\w{2,})\) ([A-Z][^\n]{8,})$"));
    // gcloud's `ERROR: (gcloud.group.command) ...` names the command, not a code.
    let c = R
        .captures_iter(text)
        .find(|c| !c[1].starts_with("gcloud"))?;
    Some((c[1].to_string(), c[2].trim().to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes_in_brackets() {
        assert_eq!(
            paren_code("ERROR: (AuthorizationFailed) The client 'x' does not have authorization"),
            Some((
                "AuthorizationFailed".into(),
                "The client 'x' does not have authorization".into()
            ))
        );
        assert_eq!(
            paren_code("ERROR: (gcloud.run.deploy) PERMISSION_DENIED: Permission denied"),
            None
        );
    }
}
