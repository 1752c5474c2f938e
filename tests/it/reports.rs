//! The human report, pinned by snapshots in both languages, and the bilingual behaviour of
//! translations.

use apidiag::i18n::Locale;
use apidiag::render::{human::Human, print_all, RenderContext};
use apidiag::report::Labels;
use apidiag::{Config, Engine};

fn render(text: &str, locale: Locale) -> String {
    render_with_code(text, locale).0
}

/// The report, and the lines of code in it (which are never wrapped).
fn render_with_code(text: &str, locale: Locale) -> (String, Vec<String>) {
    let engine = Engine::new(&Config {
        locale,
        ..Config::default()
    })
    .unwrap();
    let out = engine.diagnose(text);
    assert_eq!(out.diagnoses.len(), 1, "{:#?}", out.diagnoses);
    let labels = Labels::new(engine.texts(), locale);
    let ctx = RenderContext {
        labels: &labels,
        color: false,
        width: 80,
    };
    let mut buf = Vec::new();
    print_all(&mut Human::new(ctx), &out, &mut buf).unwrap();
    let code = out.diagnoses[0]
        .report
        .fixes
        .iter()
        .filter_map(|f| f.code.as_deref())
        .flat_map(|c| c.lines().map(|l| l.trim().to_string()))
        .collect();
    (String::from_utf8(buf).unwrap(), code)
}

const NEW_API: &str = "openai.AuthenticationError: Error code: 401 - {'error': {'code': '', 'message': '无效的令牌 (request id: 20260219100814161456584b503l5fK)', 'type': 'new_api_error'}}";
const OPENAI_QUOTA: &str = "openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}";
const ANTHROPIC_529: &str = "anthropic.InternalServerError: Error code: 529 - {'type': 'error', 'error': {'type': 'overloaded_error', 'message': 'Overloaded'}, 'request_id': 'req_011CTq8vY2mK5nP3rLs9dWfA'}";
const AWS_DENIED: &str = "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied";
const CURL_TLS: &str = "curl: (60) SSL certificate problem: unable to get local issuer certificate\nMore details here: https://curl.se/docs/sslcerts.html";
const REQUESTS_CONN: &str = "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded with url: /v1/chat (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused'))";

macro_rules! snapshots {
    ($($name:ident => $text:expr),* $(,)?) => {$(
        #[test]
        fn $name() {
            insta::assert_snapshot!(concat!(stringify!($name), "_en"), render($text, Locale::EnUs));
            insta::assert_snapshot!(concat!(stringify!($name), "_zh"), render($text, Locale::ZhCn));
        }
    )*};
}

snapshots! {
    new_api_invalid_token => NEW_API,
    openai_insufficient_quota => OPENAI_QUOTA,
    anthropic_overloaded => ANTHROPIC_529,
    aws_access_denied => AWS_DENIED,
    curl_tls_failure => CURL_TLS,
    requests_connection_error => REQUESTS_CONN,
}

#[test]
fn the_new_api_report_blames_the_gateway_not_openai() {
    let en = render(NEW_API, Locale::EnUs);
    assert!(en.contains("gateway"), "{en}");
    assert!(en.contains("Invalid token"), "translation shown: {en}");
    assert!(en.contains("20260219100814161456584b503l5fK"));
    let zh = render(NEW_API, Locale::ZhCn);
    assert!(zh.contains("网关"), "{zh}");
}

#[test]
fn reports_fit_an_80_column_terminal() {
    for text in [NEW_API, OPENAI_QUOTA, AWS_DENIED] {
        for locale in Locale::ALL {
            let (report, code) = render_with_code(text, locale);
            for line in report.lines() {
                let prose = !code.iter().any(|c| c == line.trim()) && !line.contains("http");
                let width: usize = line
                    .chars()
                    .map(|c| if c > '\u{2e80}' { 2 } else { 1 })
                    .sum();
                assert!(!prose || width <= 82, "{} columns: {line}", width);
            }
        }
    }
}

#[test]
fn unknown_errors_say_how_to_teach_apidiag() {
    let text =
        r#"{"error":{"message":"Quantum flux exceeded","type":"flux_error","code":"qf_17"}}"#;
    let en = render(text, Locale::EnUs);
    assert!(en.contains("rule"), "{en}");
    assert!(en.contains("--rules"), "{en}");
}

/// The code of the first fix, as the report chose and filled it.
fn first_code(text: &str, locale: Locale) -> String {
    let engine = Engine::new(&Config {
        locale,
        ..Config::default()
    })
    .unwrap();
    let out = engine.diagnose(text);
    out.diagnoses[0].report.fixes[0]
        .code
        .clone()
        .unwrap_or_else(|| panic!("no code: {:#?}", out.diagnoses[0]))
}

const PKIX: &str = "javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target";

#[test]
fn the_keytool_command_follows_the_java_version_and_os_in_the_stack() {
    let java8 = format!("{PKIX}\n\tat sun.security.ssl.Alerts.getSSLException(Alerts.java:192)");
    let code = first_code(&java8, Locale::EnUs);
    assert!(
        code.contains("-keystore \"$JAVA_HOME/jre/lib/security/cacerts\""),
        "{code}"
    );
    assert!(!code.contains("-cacerts -storepass"), "{code}");
    let java17 =
        format!("{PKIX}\n\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:131)");
    let code = first_code(&java17, Locale::EnUs);
    assert!(code.contains("-cacerts -storepass"), "{code}");
    assert!(code.starts_with("# Which JDK"), "{code}");
    let windows = format!("{java17}\n\tat com.example.App.main(C:\\\\Users\\\\me\\\\App.java:12)");
    let code = first_code(&windows, Locale::ZhCn);
    assert!(
        code.contains("keytool.exe") && code.contains("-cacerts"),
        "{code}"
    );
    assert!(
        code.contains("管理员 PowerShell"),
        "comments in Chinese: {code}"
    );
}

#[test]
fn snippets_use_the_values_the_error_names() {
    let proxy = "requests.exceptions.ProxyError: HTTPSConnectionPool(host='gw.corp.example', port=443): Max retries exceeded with url: /v1/models (Caused by ProxyError('Unable to connect to proxy', NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused')))";
    let code = first_code(proxy, Locale::EnUs);
    assert!(code.contains("https://gw.corp.example/"), "{code}");
    assert!(
        !code.contains("api.example.com") && !code.contains("{{"),
        "{code}"
    );
    let on_windows = format!("PS C:\\Users\\me> python app.py\n{proxy}");
    let code = first_code(&on_windows, Locale::EnUs);
    assert!(
        code.contains("$env:HTTPS_PROXY") && code.contains("gw.corp.example"),
        "{code}"
    );
    let model = "openai.NotFoundError: Error code: 404 - {'error': {'message': 'The model `gpt-5-turbo` does not exist or you do not have access to it.', 'type': 'invalid_request_error', 'param': None, 'code': 'model_not_found'}}";
    let code = first_code(model, Locale::ZhCn);
    assert!(code.contains("\"gpt-5-turbo\" in ids"), "{code}");
    assert!(code.contains("可以使用的模型"), "{code}");
    let bedrock = "$ aws bedrock-runtime converse --model-id anthropic.claude-3-opus-20240229-v1:0 --messages file://msgs.json --region eu-west-1\nAn error occurred (AccessDeniedException) when calling the Converse operation: You don't have access to the model with the specified model ID.";
    let code = first_code(bedrock, Locale::EnUs);
    assert!(
        code.contains("--model-id anthropic.claude-3-opus-20240229-v1:0 --region eu-west-1"),
        "{code}"
    );
    let node = "Error: tunneling socket could not be established, cause=connect ECONNREFUSED 10.0.0.8:3128\n    at ClientRequest.onError (/app/node_modules/tunnel-agent/index.js:177:17)";
    let code = first_code(node, Locale::EnUs);
    assert!(
        code.contains("undici") || code.contains("HTTPS_PROXY"),
        "{code}"
    );
}

#[test]
fn general_reports_list_found_and_missing_fields() {
    let text =
        r#"{"error":{"message":"Quantum flux exceeded","type":"flux_error","code":"qf_17"}}"#;
    let en = render(text, Locale::EnUs);
    assert!(en.contains("What apidiag read from the error"), "{en}");
    assert!(en.contains("error_code  qf_17"), "{en}");
    assert!(en.contains("request_id  not found"), "{en}");
    let specific = render(NEW_API, Locale::EnUs);
    assert!(!specific.contains("What apidiag read"), "{specific}");
}
