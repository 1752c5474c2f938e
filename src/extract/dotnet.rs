//! .NET clients: the OpenAI and Azure .NET clients' `HTTP 429 (type: code)` summary with the
//! service's message after it, and Azure.Core's `RequestFailedException` text (`Status: 403
//! (reason)` over `ErrorCode: X`).

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::builtin as re;

use super::forms::Form;
use super::status::is_reason_phrase;

/// .NET clients' printed forms.
pub const FORMS: &[Form] = &[
    Form {
        name: "dotnet.http-summary",
        triggers: &["HTTP "],
        finds: |t| dotnet_http(t).is_some(),
        examples: &["HTTP 429 (429)\n\nRate limit is exceeded. Try again in 40 seconds."],
    },
    Form {
        name: "dotnet.azure-request-failed",
        triggers: &["ErrorCode: "],
        finds: |t| azure_status(t).is_some(),
        examples: &["Service request failed.\nStatus: 403 (This request is not authorized.)\nErrorCode: AuthorizationFailure"],
    },
];

/// The OpenAI and Azure .NET clients' `HTTP 429 (type: code)` summary, followed by the
/// service's message on the same line or after a blank line, running to a blank line.
pub fn dotnet_http(text: &str) -> Option<String> {
    static R: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?m)(?:^|\w+Exception: )\s*HTTP \d{3} \([^)\n]*\)[ \t]*"));
    let m = R.find(text)?;
    let mut rest = &text[m.end()..];
    if let Some(r) = rest.strip_prefix('\n') {
        rest = r.trim_start_matches([' ', '\t']);
        rest = rest.strip_prefix('\n').unwrap_or(rest);
    }
    let lines: Vec<&str> = rest
        .lines()
        .map(str::trim)
        .take_while(|l| !l.is_empty() && !l.starts_with("at ") && !l.starts_with("Status:"))
        .collect();
    (!lines.is_empty()).then(|| lines.join("\n"))
}

/// The type and code in the `HTTP 401 (invalid_request_error: invalid_api_key)` summary, or the
/// code alone (`HTTP 401 (PermissionDenied)`). A class name there is the client's, not a code.
pub fn summary_codes(text: &str) -> Option<(Option<String>, String)> {
    static R: LazyLock<Regex> =
        LazyLock::new(|| re(r"\bHTTP \d{3} \(([A-Za-z_][\w.]*)(?:: ([A-Za-z_][\w.]*))?\)"));
    let c = R.captures(text)?;
    let first = c[1].to_string();
    match c.get(2) {
        Some(code) => Some((Some(first), code.as_str().to_string())),
        None => {
            (!first.ends_with("Error") && !first.ends_with("Exception")).then_some((None, first))
        }
    }
}

/// Azure.Core's `RequestFailedException`: the message, then `Status: 403 (reason)` and
/// `ErrorCode: X`. Azure Storage puts its message in the reason phrase.
pub fn azure_status(text: &str) -> Option<String> {
    static R: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?m)^Status: \d{3} \(([^)\n]+)\)[ \t]*\nErrorCode: "));
    static LEAD: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)^(?:an? )?(?:error|exception)(?: occurred| encountered)?:\s*"));
    static CODE: LazyLock<Regex> = LazyLock::new(|| re(r"(?m)^ErrorCode: (\S+)"));
    // `Exception: 'message`: Visual Studio's exception dialog quotes the message.
    static CLASS: LazyLock<Regex> =
        LazyLock::new(|| re(r"^(?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*(?:Exception|Error):\s*'?"));
    let c = R.captures(text)?;
    let error_code = CODE.captures(text).map(|e| e[1].to_string());
    // Some clients put the error code where the reason phrase would be.
    let code_in_brackets = error_code.as_deref() == Some(c[1].trim());
    if !is_reason_phrase(&c[1]) && !code_in_brackets {
        return Some(c[1].trim().to_string());
    }
    let before = &text[..c.get(0).expect("group 0").start()];
    let line = before
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("RequestId:") && !l.starts_with("Time:"))?;
    let m = CLASS.replace(line, "");
    let m = LEAD.replace(&m, "").trim().to_string();
    (m != "Service request failed." && !m.is_empty()).then_some(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_messages_around_the_status() {
        assert_eq!(
            dotnet_http(
                "HTTP 429 (429)\n\nRate limit is exceeded. Try again in 40 seconds.\n   at X.Y()"
            )
            .as_deref(),
            Some("Rate limit is exceeded. Try again in 40 seconds.")
        );
        let azure = "Service request failed.\nStatus: 403 (This request is not authorized.)\nErrorCode: AuthorizationFailure";
        assert_eq!(
            azure_status(azure).as_deref(),
            Some("This request is not authorized.")
        );
        let azure = "An error occurred: The deployment does not exist.\nStatus: 404 (Not Found)\nErrorCode: DeploymentNotFound";
        assert_eq!(
            azure_status(azure).as_deref(),
            Some("The deployment does not exist.")
        );
        let dialog = "Microsoft.X.HttpOperationException: 'The deployment does not exist.  \nStatus: 404 (DeploymentNotFound)  \nErrorCode: DeploymentNotFound  ";
        assert_eq!(
            azure_status(dialog).as_deref(),
            Some("The deployment does not exist.")
        );
    }
}
