//! Redaction end to end: every secret shape, embedded in every input form, is absent from
//! every output format (all of `--format`'s values, so formats added later are covered), and
//! `--no-redact` shows it, which proves the secret reached the output in the first place.
//! Ids that only look random (request ids, trace ids, UUIDs, commit hashes) survive.

use clap::ValueEnum;

use apidiag::cli::Format;
use apidiag::{Config, Engine};

use crate::fixtures;
use crate::run::apidiag;

/// Secrets: (shape, text embedded in the error, the part that must never be printed).
const SECRETS: &[(&str, &str, &str)] = &[
    ("openai project key", "sk-proj-Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0UvWxYz01a1B2", "Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0UvWxYz01"),
    ("openai service key", "sk-svcacct-Zy1Xw2Vu3Ts4Rq5Po6Nm7Lk8Ji9Hg0FeDcBa9876", "Zy1Xw2Vu3Ts4Rq5Po6Nm7Lk8Ji9Hg0FeDc"),
    ("openai admin key", "sk-admin-Qw1Er2Ty3Ui4Op5As6Df7Gh8Jk9Lz0XcVbNm5432", "Qw1Er2Ty3Ui4Op5As6Df7Gh8Jk9Lz0Xc"),
    ("openai legacy key", "sk-Lg1Lg2Lg3Lg4Lg5Lg6Lg7Lg8Lg9Lg0LgT3BlbkFJLg1Lg2Lg3", "Lg1Lg2Lg3Lg4Lg5Lg6Lg7Lg8Lg9Lg0LgT3Blbk"),
    ("anthropic key", "sk-ant-api03-An1An2An3An4An5An6An7An8An9An0An-AnBnCn_DnEnAA", "An1An2An3An4An5An6An7An8An9An0An"),
    ("new-api key", "sk-Nw1Nw2Nw3Nw4Nw5Nw6Nw7Nw8Nw9Nw0NwAbCdEfGhIjKlMnOpQrStUv", "Nw1Nw2Nw3Nw4Nw5Nw6Nw7Nw8Nw9Nw0NwAbCdEfGhIj"),
    ("deepseek key", "sk-0d1e2e3p4s5e6e7k8d9e0e1p2s3e4ek", "0d1e2e3p4s5e6e7k8d9e0e1p2s"),
    ("siliconflow key", "sk-qwertyuiopasdfghjklzxcvbnmqwertyuiopasdfghjklzx", "qwertyuiopasdfghjklzxcvbnmqwertyuiop"),
    ("zhipu key", "0123456789abcdef0123456789abcdef.Zp1Zp2Zp3Zp4Zp5Z", "0123456789abcdef0123456789abcdef.Zp1Zp2Zp3"),
    ("aws key pair", "AKIAZ5Z5Z5Z5Z5Z5Z5Z5:wJalrXUtnFEMI/K7MDENG/bPxRfiCYAWSSECRETKY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYAWSSEC"),
    ("aws session id", "ASIAY4Y4Y4Y4Y4Y4Y4Y4", "Y4Y4Y4Y4Y4Y4"),
    ("github token", "ghp_Gh1Gh2Gh3Gh4Gh5Gh6Gh7Gh8Gh9Gh0GhAbCdEf", "Gh1Gh2Gh3Gh4Gh5Gh6Gh7Gh8Gh9Gh0"),
    ("github oauth token", "gho_Go1Go2Go3Go4Go5Go6Go7Go8Go9Go0GoAbCdEf", "Go1Go2Go3Go4Go5Go6Go7Go8Go9Go0"),
    ("github user token", "ghu_Gu1Gu2Gu3Gu4Gu5Gu6Gu7Gu8Gu9Gu0GuAbCdEf", "Gu1Gu2Gu3Gu4Gu5Gu6Gu7Gu8Gu9Gu0"),
    ("github server token", "ghs_Gs1Gs2Gs3Gs4Gs5Gs6Gs7Gs8Gs9Gs0GsAbCdEf", "Gs1Gs2Gs3Gs4Gs5Gs6Gs7Gs8Gs9Gs0"),
    ("github refresh token", "ghr_Gr1Gr2Gr3Gr4Gr5Gr6Gr7Gr8Gr9Gr0GrAbCdEf", "Gr1Gr2Gr3Gr4Gr5Gr6Gr7Gr8Gr9Gr0"),
    ("github fine-grained token", "github_pat_11Fg1Fg2Fg3_Fg4Fg5Fg6Fg7Fg8Fg9Fg0FgAbCdEfGhIjKlMnOpQrStUvWx", "Fg4Fg5Fg6Fg7Fg8Fg9Fg0FgAbCdEfGhIj"),
    ("gitlab token", "glpat-Gl1Gl2Gl3Gl4Gl5Gl6Gl7G", "Gl1Gl2Gl3Gl4Gl5Gl6"),
    ("stripe live key", "sk_live_St1St2St3St4St5St6St7St8", "St1St2St3St4St5St6"),
    ("stripe test key", "sk_test_Ts1Ts2Ts3Ts4Ts5Ts6Ts7Ts8", "Ts1Ts2Ts3Ts4Ts5Ts6"),
    ("stripe restricted key", "rk_live_Rk1Rk2Rk3Rk4Rk5Rk6Rk7Rk8", "Rk1Rk2Rk3Rk4Rk5Rk6"),
    ("stripe restricted test key", "rk_test_Rt1Rt2Rt3Rt4Rt5Rt6Rt7Rt8", "Rt1Rt2Rt3Rt4Rt5Rt6"),
    ("stripe publishable key", "pk_live_Pk1Pk2Pk3Pk4Pk5Pk6Pk7Pk8", "Pk1Pk2Pk3Pk4Pk5Pk6"),
    ("stripe webhook secret", "whsec_Wh1Wh2Wh3Wh4Wh5Wh6Wh7Wh8Wh9", "Wh1Wh2Wh3Wh4Wh5Wh6"),
    ("slack bot token", "xoxb-1111111111-2222222222-SlAbCdEfGhIjKlMnOpQr", "2222222222-SlAbCdEfGhIj"),
    ("slack user token", "xoxp-3333333333-4444444444-SuAbCdEfGhIjKlMnOpQr", "4444444444-SuAbCdEfGhIj"),
    ("slack webhook", "https://hooks.slack.com/services/T0SLACK01/B0SLACK02/SwAbCdEfGhIjKlMnOpQrStUv", "T0SLACK01/B0SLACK02/SwAbCdEf"),
    ("discord webhook", "https://discord.com/api/webhooks/123456789012345678/DwAbCdEfGhIjKlMnOpQrStUvWxYz0123456789", "DwAbCdEfGhIjKlMnOpQrStUvWx"),
    ("discord bot token", "MTA0NTY3ODkwMTIzNDU2Nzg5MA.GDbCdE.DbAbCdEfGhIjKlMnOpQrStUvWxYz01234", "DbAbCdEfGhIjKlMnOpQrStUv"),
    ("google api key", "AIzaSyGo0gLeKeY1234567890abcdefghijklmn", "SyGo0gLeKeY1234567890abcdefgh"),
    ("google oauth token", "ya29.a0AfH6SMBxGoOgLeOaUtH0123456789abcdef", "a0AfH6SMBxGoOgLeOaUtH0123456789"),
    ("hugging face token", "hf_HfAbCdEfGhIjKlMnOpQrStUvWxYz012345", "HfAbCdEfGhIjKlMnOpQrStUvWx"),
    ("twilio api key", "SKa1b2c3d4e5f60718293a4b5c6d7e8f90", "a1b2c3d4e5f60718293a4b5c"),
    ("twilio auth token", "AC0123456789abcdef0123456789abcdef:fedcba9876543210fedcba9876543210", "fedcba9876543210fedcba98"),
    ("npm token", "npm_NpAbCdEfGhIjKlMnOpQrStUvWxYz0123456789", "NpAbCdEfGhIjKlMnOpQrStUvWx"),
    ("pypi token", "pypi-AgEIcHlwaS5vcmcCJGFiY2RlZjAxLTIzNDUtNjc4OS1hYmNkLWVmMDEyMzQ1Njc4OQ", "AgEIcHlwaS5vcmcCJGFiY2RlZjAxLTIz"),
    ("jwt", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhcGlkaWFnIn0.Jw7Jw7Jw7Jw7Jw7Jw7Jw7Jw7Jw7Jw7", "eyJzdWIiOiJhcGlkaWFnIn0"),
    ("bearer header", "Authorization: Bearer BeArErToKeN0123456789abcdef", "BeArErToKeN0123456789"),
    ("basic header", "Authorization: Basic dXNlcjpzdXBlci1zZWNyZXQtcGFzcw==", "dXNlcjpzdXBlci1zZWNyZXQt"),
    ("x-api-key header", "x-api-key: XaPiKeY0123456789abcdef", "XaPiKeY0123456789"),
    ("api-key header", "api-key: AzUrEkEy0123456789abcdef0123", "AzUrEkEy0123456789abcd"),
    ("apim header", "Ocp-Apim-Subscription-Key: ApImKeY0123456789abcdef0123", "ApImKeY0123456789abcd"),
    ("goog header", "x-goog-api-key: GoOgKeY0123456789abcdef", "GoOgKeY0123456789"),
    ("url password", "https://deploy:PaSsW0rDiNuRl99@git.example.com/team/repo.git", "PaSsW0rDiNuRl99"),
    ("key query", "https://api.example.com/v1/items?key=QuErYkEy0123456789", "QuErYkEy0123456789"),
    ("api_key query", "https://api.example.com/v1/items?api_key=QuApIkEy0123456789", "QuApIkEy0123456789"),
    ("access_token query", "https://api.example.com/v1/items?page=2&access_token=AcCeSsToK0123456789", "AcCeSsToK0123456789"),
    ("token query", "https://api.example.com/v1/items?token=ToKeNqUeRy0123456789", "ToKeNqUeRy0123456789"),
    ("sig query", "https://acct.blob.core.windows.net/c/b.txt?sv=2022-11-02&sig=SiGnAtUrE0123456789", "SiGnAtUrE0123456789"),
    ("cookie", "Cookie: session=CoOkIeSeSsIoN0123456789", "CoOkIeSeSsIoN0123456789"),
    ("set-cookie", "Set-Cookie: sid=SeTcOoKiE0123456789; Path=/; HttpOnly", "SeTcOoKiE0123456789"),
    ("pem private key", "-----BEGIN PRIVATE KEY-----MIIEvQIBADANBgkqhkiG9w0PeMpEm-----END PRIVATE KEY-----", "MIIEvQIBADANBgkqhkiG9w0PeMpEm"),
];

/// Builds a whole error around a secret text.
type Form = fn(&str) -> String;

/// Input forms: (name, builder).
const FORMS: &[(&str, Form)] = &[
    ("message text", |s| {
        format!(
            "Error: 401 Unauthorized: the gateway refused the credential {s} for this request\n"
        )
    }),
    ("header", |s| {
        format!("HTTP/1.1 401 Unauthorized\ncontent-type: application/json\n\n{{\"error\": {{\"message\": \"invalid credentials in request header ({s})\", \"type\": \"invalid_request_error\"}}}}\n")
    }),
    ("url query", |s| {
        format!("{{\"error\": {{\"code\": 403, \"message\": \"Requests to https://api.example.com/v1/fetch?next={s} are blocked.\", \"status\": \"PERMISSION_DENIED\"}}}}\n")
    }),
    ("curl command line", |s| {
        format!("$ curl -sS -H \"X-Trace: {s}\" https://api.example.com/v1/chat\n{{\"error\":{{\"message\":\"credential rejected: {s}\",\"type\":\"authentication_error\"}}}}\ncurl: (22) The requested URL returned error: 401\n")
    }),
    ("JSON body", |s| {
        let json =
            serde_json::to_string(&format!("Incorrect API key provided: {s}. Check your key."))
                .unwrap();
        format!("{{\"error\": {{\"message\": {json}, \"type\": \"invalid_request_error\", \"code\": \"invalid_api_key\"}}}}\n")
    }),
    ("Python dict repr", |s| {
        format!("openai.AuthenticationError: Error code: 401 - {{'error': {{'message': 'Incorrect API key provided: {s}.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}}}\n")
    }),
];

/// Every value `--format` accepts.
pub fn formats() -> Vec<String> {
    Format::value_variants()
        .iter()
        .filter_map(|f| f.to_possible_value())
        .map(|v| v.get_name().to_string())
        .collect()
}

/// All cases of one form, each its own error, separated by quiet lines.
fn input(form: Form) -> String {
    SECRETS
        .iter()
        .map(|(_, s, _)| form(s))
        .collect::<Vec<_>>()
        .join("step finished\nstep finished\nstep finished\nstep finished\nstep finished\n")
}

#[test]
fn no_secret_reaches_any_output_format() {
    let mut leaks = Vec::new();
    let mut unproven = Vec::new();
    for format in formats() {
        for (form_name, form) in FORMS {
            let text = input(*form);
            let masked = apidiag(&["--format", &format, "--color", "never"], text.as_bytes());
            let plain = apidiag(
                &["--format", &format, "--color", "never", "--no-redact"],
                text.as_bytes(),
            );
            // A wrapped line may split a secret: compare without whitespace (no secret here
            // has any).
            let squeeze = |s: String| s.split_whitespace().collect::<String>();
            let (masked, plain) = (squeeze(masked.stdout_text()), squeeze(plain.stdout_text()));
            let mut hidden = Vec::new();
            for (name, _, secret) in SECRETS {
                if masked.contains(secret) {
                    leaks.push(format!("{format} / {form_name} / {name}"));
                }
                if !plain.contains(secret) {
                    hidden.push(format!("{format} / {form_name} / {name}"));
                }
            }
            // A format that echoes no message text at all proves nothing either way; the
            // formats that do must show every case when asked to.
            let echoes = hidden.len() < SECRETS.len();
            if echoes || ["human", "json"].contains(&format.as_str()) {
                unproven.extend(hidden);
            }
        }
    }
    assert!(leaks.is_empty(), "secrets printed:\n{}", leaks.join("\n"));
    assert!(
        unproven.is_empty(),
        "--no-redact does not show these secrets, so the case proves nothing:\n{}",
        unproven.join("\n")
    );
}

#[test]
fn masks_keep_a_prefix_and_the_last_four_characters() {
    let text = FORMS[5].1("sk-proj-Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0UvWxYz01a1B2");
    let out = apidiag(&["--format", "json"], text.as_bytes()).stdout_text();
    assert!(out.contains("sk-proj-…a1B2"), "{out}");
}

#[test]
fn already_masked_keys_stay_as_printed() {
    for key in [
        "sk-abc***xyz",
        "sk-proj-****…EFGH",
        "sk-proj-********************EFGH",
    ] {
        let text = FORMS[5].1(key);
        let out = apidiag(&["--format", "json"], text.as_bytes()).stdout_text();
        assert!(out.contains(key), "{key}: {out}");
    }
}

#[test]
fn request_ids_and_hashes_are_not_masked() {
    let engine = Engine::new(&Config::default()).unwrap();
    let mut checked = 0;
    for entry in std::fs::read_dir(fixtures().join("extract")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let want: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let Some(id) = want["fields"]["request_id"].as_str() else {
            continue;
        };
        let text = std::fs::read_to_string(path.with_extension("txt")).unwrap();
        let got = engine.diagnose(&text);
        let got = got.diagnoses[0].fields.request_id.as_deref();
        assert_eq!(got, Some(id), "{}", path.display());
        checked += 1;
    }
    assert!(checked >= 8, "only {checked} fixtures with a request id");
    let ids = "request-id: req_011CKxAbCdEfGhIjKlMnOpQr trace 4bf92f3577b34da6a3ce929d0e0e4736 uuid 123e4567-e89b-12d3-a456-426614174000 commit 9fceb02d0ae598e95dc970b74767f19372d61af8 x-request-id: chatcmpl-AbCdEfGhIjKlMnOpQrStUvWxYz012";
    assert_eq!(apidiag::redact::redact(ids), ids);
}

/// Sample credentials written into rule snippets on purpose: masked like real ones.
const SAMPLE_CREDENTIALS: &[&str] = &["http://alice:p%40ssw0rd@"];

#[test]
fn the_bundled_rule_texts_and_snippets_are_not_mistaken_for_secrets() {
    let engine = Engine::new(&Config::default()).unwrap();
    let mut changed = Vec::new();
    for rule in engine.rules().rules() {
        for line in rule.snippets.iter().flat_map(|s| s.code.lines()) {
            let masked = apidiag::redact::redact(line);
            if masked != line && !SAMPLE_CREDENTIALS.iter().any(|c| line.contains(c)) {
                changed.push(format!("{} snippet: {line}\n  -> {masked}", rule.id));
            }
        }
    }
    for file in apidiag::builtin_text_files() {
        for line in file.source.text.lines() {
            let masked = apidiag::redact::redact(line);
            if masked != line {
                changed.push(format!("{}: {line}\n  -> {masked}", file.source.name));
            }
        }
    }
    assert!(
        changed.is_empty(),
        "masked by mistake:\n{}",
        changed.join("\n")
    );
}
