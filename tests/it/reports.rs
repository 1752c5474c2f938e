//! The human report, pinned by snapshots in both languages, and the bilingual behaviour of
//! translations.

use apidiag::i18n::Locale;
use apidiag::render::{human::Human, RenderContext, Renderer};
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
    let ctx = RenderContext {
        texts: engine.texts(),
        locale,
        color: false,
        width: 80,
    };
    let mut buf = Vec::new();
    Human::default().render(&out, &ctx, &mut buf).unwrap();
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
