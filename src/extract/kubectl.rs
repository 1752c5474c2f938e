//! The Kubernetes API server's errors as kubectl and controllers print them: `Error from
//! server (Reason): message`, RBAC's `x is forbidden: User "u" cannot ...`, the conflict
//! sentence `Operation cannot be fulfilled on ...`, and `You must be logged in to the server
//! (Unauthorized)`.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::builtin as re;

use super::forms::Form;

/// Kubernetes API errors.
pub const FORMS: &[Form] = &[Form {
    name: "kubectl.server",
    triggers: &[
        "Error from server (",
        " is forbidden: User \"",
        "Operation cannot be fulfilled on ",
        "You must be logged in to the server (",
    ],
    finds: |t| kubernetes(t).is_some(),
    examples: &[
        "Error from server (Forbidden): pods is forbidden: User \"x\" cannot list resource",
    ],
}];

/// `Error from server (Reason): message` (kubectl) and RBAC `... is forbidden: User ...`.
pub fn kubernetes(text: &str) -> Option<(Option<String>, String)> {
    static SERVER: LazyLock<Regex> = LazyLock::new(|| re(r"Error from server \((\w+)\): ([^\n]+)"));
    static FORBIDDEN: LazyLock<Regex> =
        LazyLock::new(|| re(r#"(\S+ is forbidden: User "[^"]*" cannot [^\n]+)"#));
    static LOGIN: LazyLock<Regex> =
        LazyLock::new(|| re(r"error: (You must be logged in to the server \((\w+)\))"));
    // The API server's conflict sentence, whole: resource and name included, up to the
    // quote or line end of whatever log printed it.
    static CONFLICT: LazyLock<Regex> = LazyLock::new(|| {
        re(r#"(Operation cannot be fulfilled on [\w.-]+ \\?"[^"\\\n]*\\?": [^"\n]+)"#)
    });
    // kubectl's `error when creating "file": ` before the server's message.
    static KUBECTL_LEAD: LazyLock<Regex> =
        LazyLock::new(|| re(r#"^error when [\w ]+? "[^"\n]*": "#));
    if let Some(c) = SERVER.captures(text) {
        let m = KUBECTL_LEAD.replace(c[2].trim(), "").to_string();
        return Some((Some(c[1].to_string()), m));
    }
    if let Some(c) = FORBIDDEN.captures(text) {
        return Some((None, c[1].trim().to_string()));
    }
    if let Some(c) = CONFLICT.captures(text) {
        return Some((None, c[1].trim().trim_end_matches('\\').trim().to_string()));
    }
    LOGIN
        .captures(text)
        .map(|c| (Some(c[2].to_string()), c[1].to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_server_messages() {
        let t = r#"msg="sync error: Operation cannot be fulfilled on rollouts.argoproj.io \"app\": the object has been modified; please retry" ns=x"#;
        assert_eq!(
            kubernetes(t).map(|k| k.1).as_deref(),
            Some(
                r#"Operation cannot be fulfilled on rollouts.argoproj.io \"app\": the object has been modified; please retry"#
            )
        );
        let t = r#"Error from server (Conflict): error when creating "a.yaml": Operation cannot be fulfilled on namespaces "n": modified"#;
        assert_eq!(
            kubernetes(t).map(|k| k.1).as_deref(),
            Some(r#"Operation cannot be fulfilled on namespaces "n": modified"#)
        );
    }
}
