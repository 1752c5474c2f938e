//! gRPC statuses as clients print them: Python's `status = StatusCode.X` with `details =
//! "..."` and the older `terminated with (StatusCode.X, details)>`, `Status: X`, Node's and
//! Ruby's `8 RESOURCE_EXHAUSTED` / `8:details. debug_error_string:{...}`, and the HTTP status
//! Google's JSON errors pair with the name (`403 PERMISSION_DENIED`), as clients print both,
//! and Java's `io.grpc.StatusRuntimeException: X: details`.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::builtin as re;

use super::forms::Form;

/// The canonical gRPC status names, followed by `extra` literals: one list for both the
/// codes and the form's triggers.
macro_rules! grpc_codes {
    [$($extra:literal),*] => {
        &[
            "CANCELLED",
            "UNKNOWN",
            "INVALID_ARGUMENT",
            "DEADLINE_EXCEEDED",
            "NOT_FOUND",
            "ALREADY_EXISTS",
            "PERMISSION_DENIED",
            "RESOURCE_EXHAUSTED",
            "FAILED_PRECONDITION",
            "ABORTED",
            "OUT_OF_RANGE",
            "UNIMPLEMENTED",
            "INTERNAL",
            "UNAVAILABLE",
            "DATA_LOSS",
            "UNAUTHENTICATED",
            $($extra),*
        ]
    };
}

/// gRPC statuses and details.
pub const FORMS: &[Form] = &[Form {
    name: "grpc.status",
    triggers: grpc_codes!["details = \"", "terminated with (", "debug_error_string:"],
    finds: |t| grpc(t).is_some(),
    examples: &["status = StatusCode.RESOURCE_EXHAUSTED\n\tdetails = \"Quota exceeded\""],
}];

pub const GRPC_CODES: &[&str] = grpc_codes![];

/// Whether `name` is a canonical gRPC status name other than `OK` (`RESOURCE_EXHAUSTED`).
pub fn is_status_name(name: &str) -> bool {
    GRPC_CODES.contains(&name)
}

/// gRPC forms: `status = StatusCode.X` / `details = "..."`, `Status: X` (type, message).
pub fn grpc(text: &str) -> Option<(Option<String>, Option<String>)> {
    static CODE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?:StatusCode\.|[Ss]tatus:\s*|\b\d{1,2} |\b[45]\d\d |Status(?:Runtime)?Exception: )([A-Z_]{5,})\b",
        )
    });
    // Python's `details = "..."` and the older `terminated with (StatusCode.X, details)>`;
    // Ruby's `7:details. debug_error_string:{...}`; Java's `StatusRuntimeException: X: details`.
    static DETAILS: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r#"\bdetails = "([^"]+)"|terminated with \(StatusCode\.[A-Z_]+, ([^\n]+?)\)>|\b\d{1,2}:([^\n]+?)\. debug_error_string:|Status(?:Runtime)?Exception: [A-Z_]{5,}: ([^\n]+)"#,
        )
    });
    let code = CODE
        .captures_iter(text)
        .map(|c| c[1].to_string())
        .find(|c| GRPC_CODES.contains(&c.as_str()));
    let details = DETAILS.captures(text).and_then(|c| {
        c.get(1)
            .or(c.get(2))
            .or(c.get(3))
            .or(c.get(4))
            .map(|m| m.as_str().to_string())
    });
    (code.is_some() || details.is_some()).then_some((code, details))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_name_after_an_http_status() {
        let g = grpc("translate call failed: 429 RESOURCE_EXHAUSTED - Quota exceeded.");
        assert_eq!(g.and_then(|g| g.0).as_deref(), Some("RESOURCE_EXHAUSTED"));
        // A word in capitals after a status that is no gRPC name is not read.
        assert_eq!(grpc("upstream said 502 BAD_GATEWAY"), None);
    }

    #[test]
    fn reads_details_in_each_printed_shape() {
        for t in [
            "grpc._channel._Rendezvous: <_Rendezvous of RPC that terminated with (StatusCode.RESOURCE_EXHAUSTED, Quota hit (e.g check quota).)>",
            "GaxError RPC failed, caused by 8:Quota hit (e.g check quota).. debug_error_string:{\"x\":1}",
            "Caused by: io.grpc.StatusRuntimeException: RESOURCE_EXHAUSTED: Quota hit (e.g check quota).",
        ] {
            assert_eq!(grpc(t).and_then(|g| g.1).as_deref(), Some("Quota hit (e.g check quota)."), "{t}");
        }
    }
}
