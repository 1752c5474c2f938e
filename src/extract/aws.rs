//! AWS errors as its CLI and SDKs print them: `An error occurred (Code) when calling the Op
//! operation: message` (CLI, boto3), `api error Code: message` (Go SDK v2, Terraform), `Code:
//! message` over `status code: 403, request id: X` (Go SDK v1), S3's XML `<Error><Code>`,
//! the C++ SDK's `Exception name:` / `Error message:` log lines, s3cmd's `S3 error: 403
//! (Code): message`, the JavaScript SDK v3's `Code: message` line, and the `x-amzn-ErrorType`
//! header of REST-JSON services.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::builtin as re;

use super::forms::Form;

/// AWS's printed forms.
pub const FORMS: &[Form] = &[
    Form {
        name: "aws.error-type-header",
        triggers: &["x-amzn-errortype"],
        finds: |t| error_type_header(t).is_some(),
        examples: &["x-amzn-ErrorType: ResourceNotFoundException"],
    },
    Form {
        name: "aws.cli",
        triggers: &["An error occurred (", "api error ", "https response error StatusCode: "],
        finds: |t| aws_cli(t).is_some(),
        examples: &[
            "An error occurred (AccessDenied) when calling the ListBuckets operation: Access Denied",
            "operation error Bedrock Runtime: InvokeModel, https response error StatusCode: 400, RequestID: 1d2c, ValidationException: The provided model identifier is invalid.",
        ],
    },
    Form {
        name: "aws.xml",
        triggers: &["<Error"],
        finds: |t| xml_error(t).is_some(),
        examples: &["<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>"],
    },
    Form {
        name: "aws.cpp-log",
        triggers: &["Exception name: "],
        finds: |t| aws_log(t).is_some(),
        examples: &["Exception name: AccessDeniedException\nError message: User is not authorized"],
    },
    Form {
        name: "aws.go-v1",
        triggers: &["status code: "],
        finds: |t| aws_go_v1(t).is_some(),
        examples: &["AccessDenied: Access Denied\n\tstatus code: 403, request id: 03B8, host id: Fh"],
    },
    Form {
        name: "aws.s3cmd",
        triggers: &["S3 error: "],
        finds: |t| s3cmd(t).is_some(),
        examples: &["ERROR: S3 error: 403 (SignatureDoesNotMatch): The signature does not match."],
    },
    Form {
        name: "aws.js-v3",
        triggers: &[": "],
        finds: |t| aws_js_error(&t.lines().collect::<Vec<_>>()).is_some(),
        examples: &["ThrottlingException: Rate exceeded"],
    },
];

/// The error's type as AWS's REST-JSON services send it in a header (`x-amzn-ErrorType:
/// ThrottlingException:http://internal.amazon.com/...`), which names it more exactly than the
/// body (Lambda's body says only which side is at fault: `"Type": "User"`).
pub fn error_type_header(text: &str) -> Option<String> {
    static R: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)\bx-amzn-errortype['\x22]?\s*[:=]\s*['\x22]?([A-Za-z][\w.]*)"));
    R.captures(text).map(|c| c[1].to_string())
}

/// An AWS error code and message: the CLI's and boto3's `An error occurred (Code) when
/// calling the Op operation: message`, or the Go SDK v2's `..., api error Code: message`
/// (which Terraform prints too).
pub fn aws_cli(text: &str) -> Option<(String, String)> {
    static R: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?:An error occurred \(([\w.]+)\) when calling the \w+ operation(?: \(reached max retries: \d+\))?|\bapi error ([A-Z][\w.]+)): ([^\n\x22]+)",
        )
    });
    // The Go SDK v2 prints a modeled error without `api error` (`RequestID: X, ValidationException:
    // msg`), and a code whose body had no message with nothing after it.
    static GO: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"https response error StatusCode: \d+,\s*RequestID: [^,\n]*,\s*(?:HostID: [^,\n]*,\s*)?(?:api error )?([A-Z][\w.]+):[ \t]*([^\n\x22]*)",
        )
    });
    if let Some(c) = R.captures(text) {
        let code = c.get(1).or(c.get(2))?.as_str();
        return Some((code.to_string(), c[3].trim().to_string()));
    }
    let c = GO.captures(text)?;
    Some((c[1].to_string(), c[2].trim().to_string()))
}

/// S3 and other XML error bodies: (code, message).
pub fn xml_error(text: &str) -> Option<(String, Option<String>)> {
    static CODE: LazyLock<Regex> = LazyLock::new(|| re(r"<Code>\s*([^<\s]+)\s*</Code>"));
    static MSG: LazyLock<Regex> = LazyLock::new(|| re(r"<Message>\s*([^<]+?)\s*</Message>"));
    if !text.contains("<Error>") && !text.contains("<Error ") {
        return None;
    }
    let code = CODE.captures(text)?[1].to_string();
    Some((code, MSG.captures(text).map(|c| c[1].to_string())))
}

/// The AWS C++ SDK's log form: `Exception name: X` / `Error message: Y`.
pub fn aws_log(text: &str) -> Option<(String, Option<String>)> {
    static NAME: LazyLock<Regex> = LazyLock::new(|| re(r"Exception name: (\w+)"));
    static MSG: LazyLock<Regex> = LazyLock::new(|| re(r"Error message: ([^\n\\]+)"));
    let name = NAME.captures(text)?[1].to_string();
    Some((name, MSG.captures(text).map(|c| c[1].trim().to_string())))
}

/// The AWS SDK for Go v1's `Code: message` followed by `status code: 403, request id: X`, on
/// a line of its own or inside a tool's (terraform's `Error: failed creating IAM Role (x):
/// EntityAlreadyExists: ...`, its box drawn down the left): the code and its message.
pub fn aws_go_v1(text: &str) -> Option<(String, String)> {
    static R: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?m)^([^\n]*?)\s*\n?[\s│|]*status code: \d{3}, request id: "));
    // An AWS code is one CamelCase word with two capitals or more (`AccessDenied`), unlike the
    // words a tool puts before it (`Error:`) or a message holds (`User: arn:...`).
    static CODE: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?:^|[\s(\[])([A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+)(?:\.\w+)?: "));
    let line = R.captures(text)?.get(1)?.as_str();
    let c = CODE.captures(line)?;
    let end = c.get(0)?.end();
    let message = line[end..].trim();
    (!message.is_empty()).then(|| (c[1].to_string(), message.to_string()))
}

/// s3cmd's `S3 error: 403 (Code): message`.
pub fn s3cmd(text: &str) -> Option<String> {
    static R: LazyLock<Regex> = LazyLock::new(|| re(r"S3 error: \d{3} \(\w+\): ([^\n]+)"));
    R.captures(text).map(|c| c[1].trim().to_string())
}

/// The first `Code: message` line of an AWS SDK for JavaScript v3 error (code, message).
pub fn aws_js_error(lines: &[&str]) -> Option<(String, String)> {
    static R: LazyLock<Regex> =
        LazyLock::new(|| re(r"^\s*(?:\w+ )?([A-Z][A-Za-z0-9]+)(?: \[(\w+)\])?: (.+)$"));
    lines.iter().find_map(|l| {
        let c = R.captures(l)?;
        // util.inspect prints the error's name in brackets where it differs from the class.
        let code = c.get(2).unwrap_or(c.get(1)?).as_str();
        // A service's base class (`S3ServiceException`) or `UnknownError` is what the SDK
        // names a response it could not read: no code.
        let unread = code == "UnknownError" || code.ends_with("ServiceException");
        (code != "Error" && !unread).then(|| (code.to_string(), c[3].trim().to_string()))
    })
}

/// An AWS error code printed before its message on an application's or a tool's own line
/// (`bedrock call failed: ValidationException: msg`, `failed: [RequestTimeout] msg`,
/// `bedrock 424 ModelErrorException: msg`): (code, message). The code opens the line or
/// follows `: `, a status or a space, and is a name AWS uses: one ending in `Exception` or one
/// of the vocabulary's `aws_codes`, not an SDK's own class. The caller reads it only in a text about AWS. A trailing
/// `(RequestId X)` or `request_id=X` is no part of the message.
pub fn code_in_line(text: &str) -> Option<(String, String)> {
    static R: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?m)(?:^|\s)(?:\[([A-Z][A-Za-z0-9]+)\] |([A-Z][A-Za-z0-9]+): )(\S[^\n]*)")
    });
    static TAIL: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?i)\s*(?:\(request[ _-]?id[ =:]+[\w-]+\)|\brequest[ _-]?id[=:] ?[\w-]+)\s*$")
    });
    let vocabulary = &crate::knowledge::get().vocabulary;
    R.captures_iter(text).find_map(|c| {
        let code = c.get(1).or(c.get(2))?.as_str();
        // The SDKs' own classes (`AmazonS3Exception`) wrap a code; they are not one.
        let sdk_class = vocabulary.api_exceptions.iter().any(|k| k == code);
        let known = code.len() > "Exception".len() && code.ends_with("Exception") && !sdk_class
            || vocabulary.aws_codes.iter().any(|k| k == code);
        let message = TAIL.replace(c[3].trim(), "").trim().to_string();
        (known && !message.is_empty()).then(|| (code.to_string(), message))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_an_aws_code_before_its_message_on_a_line() {
        assert_eq!(
            code_in_line("converse failed: ThrottlingException: Too many requests, please wait. (RequestId=ab-12)"),
            Some(("ThrottlingException".into(), "Too many requests, please wait.".into()))
        );
        assert_eq!(
            code_in_line(
                "upload failed: [SlowDown] Please reduce your request rate. request_id=7F3A"
            ),
            Some(("SlowDown".into(), "Please reduce your request rate.".into()))
        );
        assert_eq!(
            code_in_line("s3 503 ServiceUnavailable: Reduce your request rate.").map(|c| c.0),
            Some("ServiceUnavailable".into())
        );
        // A class name that is no AWS code, and a code inside a qualified name, are not read.
        assert_eq!(
            code_in_line("app.errors.UploadError: bucket sync failed"),
            None
        );
        assert_eq!(code_in_line("at com.amazonaws.SdkClientException: x"), None);
    }

    #[test]
    fn reads_aws_codes_and_messages() {
        let go = "operation error S3: CreateBucket, https response error StatusCode: 409, RequestID: X, api error BucketAlreadyOwnedByYou: Your previous request succeeded.";
        assert_eq!(
            aws_cli(go),
            Some((
                "BucketAlreadyOwnedByYou".into(),
                "Your previous request succeeded.".into()
            ))
        );
        assert_eq!(
            s3cmd("ERROR: S3 error: 403 (SignatureDoesNotMatch): The signature does not match.")
                .as_deref(),
            Some("The signature does not match.")
        );
        let pair = |c: &str, m: &str| Some((c.to_string(), m.to_string()));
        assert_eq!(
            aws_go_v1(
                "AccessDenied: Access Denied\n\tstatus code: 403, request id: 03B8, host id: Fh"
            ),
            pair("AccessDenied", "Access Denied")
        );
        // Inside terraform's box, after the tool's own words; a message's `User:` stays in it.
        assert_eq!(
            aws_go_v1("│ Error: failed creating IAM Role (r): EntityAlreadyExists: Role with name r already exists.\n│       status code: 409, request id: 2b59"),
            pair("EntityAlreadyExists", "Role with name r already exists.")
        );
        assert_eq!(
            aws_go_v1("AccessDenied: User: arn:aws:iam::1:user/x is not authorized\n\tstatus code: 403, request id: 1"),
            pair("AccessDenied", "User: arn:aws:iam::1:user/x is not authorized")
        );
    }
}
