//! OCI registry error codes as docker and go-containerregistry print them:
//! `toomanyrequests: message`, `UNAUTHORIZED: authentication required; [map[...]]`.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::builtin as re;

use super::forms::Form;

/// Registry codes before their message.
pub const FORMS: &[Form] = &[Form {
    name: "docker.registry",
    triggers: &[
        "toomanyrequests: ",
        "unauthorized: ",
        "denied: ",
        "manifest unknown: ",
        "name unknown: ",
        "blob unknown: ",
        "name invalid: ",
        "tag invalid: ",
        "manifest invalid: ",
        "digest invalid: ",
        "unsupported: ",
        "manifest_unknown: ",
        "name_unknown: ",
        "blob_unknown: ",
        "name_invalid: ",
        "tag_invalid: ",
        "manifest_invalid: ",
        "digest_invalid: ",
    ],
    finds: |t| registry(t).is_some(),
    examples: &[
        "Error response from daemon: toomanyrequests: You have reached your pull rate limit.",
    ],
}];

/// OCI registry codes as docker prints them: `toomanyrequests: message` (code, message).
pub fn registry(text: &str) -> Option<(String, String)> {
    static R: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?m)(?:^|: | - )(toomanyrequests|unauthorized|denied|manifest unknown|name unknown|blob unknown|name invalid|tag invalid|manifest invalid|digest invalid|unsupported|TOOMANYREQUESTS|UNAUTHORIZED|DENIED|MANIFEST_UNKNOWN|NAME_UNKNOWN|BLOB_UNKNOWN|NAME_INVALID|TAG_INVALID|MANIFEST_INVALID|DIGEST_INVALID|UNSUPPORTED): ([^\n]+)$",
        )
    });
    // go-containerregistry appends the error's detail: `CODE: message; [map[...]]`.
    static DETAIL: LazyLock<Regex> = LazyLock::new(|| re(r";\s*\[?map\[.*$"));
    let c = R.captures(text)?;
    let message = DETAIL.replace(c[2].trim(), "").trim().to_string();
    Some((c[1].to_string(), message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes_and_drops_the_detail() {
        assert_eq!(
            registry("POST https://index.docker.io/v2/x/blobs/uploads/: UNAUTHORIZED: authentication required; [map[Action:pull]]"),
            Some(("UNAUTHORIZED".into(), "authentication required".into()))
        );
        assert_eq!(
            registry("(HTTP code 500) server error - manifest unknown: manifest unknown")
                .map(|r| r.1),
            Some("manifest unknown".into())
        );
    }
}
