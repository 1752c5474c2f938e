//! The bundled rule pack: it loads, every example behaves, and both locales are complete.

use std::collections::BTreeSet;

use apidiag::check;
use apidiag::rules::Category;
use apidiag::{Config, Engine};

fn engine() -> Engine {
    Engine::new(&Config::default()).expect("bundled rules and texts load")
}

#[test]
fn the_pack_is_broad() {
    let e = engine();
    let rules = e.rules().rules();
    assert!(rules.len() >= 150, "{} rules", rules.len());
    let providers: BTreeSet<&str> = rules.iter().filter_map(|r| r.provider.as_deref()).collect();
    for p in [
        "openai",
        "azure-openai",
        "anthropic",
        "gemini",
        "vertex-ai",
        "new-api",
        "one-api",
        "openrouter",
        "deepseek",
        "moonshot",
        "zhipu",
        "dashscope",
        "siliconflow",
        "mistral",
        "groq",
        "ollama",
        "litellm",
        "huggingface",
        "aws",
        "gcp",
        "github",
        "gitlab",
        "stripe",
        "twilio",
        "slack",
        "discord",
        "kubernetes",
        "docker-registry",
        "npm-registry",
        "pypi",
        "cloudflare",
        "generic-http",
    ] {
        assert!(providers.contains(p), "no rule for provider {p}");
    }
    let categories: BTreeSet<Category> = rules.iter().map(|r| r.category).collect();
    for c in Category::ALL
        .into_iter()
        .filter(|c| *c != Category::Unknown)
    {
        assert!(
            categories.contains(&c),
            "no rule of category {}",
            c.as_str()
        );
    }
}

#[test]
fn every_example_is_diagnosed_by_its_rule_and_no_counter_example_is() {
    let e = engine();
    let failures: Vec<String> = e
        .rules()
        .rules()
        .iter()
        .flat_map(|r| e.example_problems(r))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_rule_has_complete_text_in_every_locale_and_no_message_is_orphaned() {
    let e = engine();
    let groups: BTreeSet<String> = e.rules().rules().iter().map(|r| r.group.clone()).collect();
    let problems = check::texts(e.rules().rules(), e.texts(), &groups);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_check_catches_missing_and_orphaned_text() {
    use apidiag::i18n::{Locale, TextFile, Texts};
    use apidiag::rules::{parse, Source};
    let rules = parse(&Source {
        name: "g.toml".into(),
        text: "[[rule]]\nid = \"g.one\"\ncategory = \"auth\"\nexamples = [\"x\"]\n[rule.when]\nstatus = [401]\n".into(),
    })
    .unwrap();
    let file = |locale, text: &str| TextFile {
        locale,
        source: Source {
            name: format!("{}/g.ftl", locale.tag()),
            text: text.into(),
        },
    };
    let texts = Texts::new(&[
        file(Locale::EnUs, "g-one = T\n    .cause = C\n    .analysis-1 = A\n    .fix-1 = F\n    .prevention-1 = P\ng-orphan = O\n"),
        file(Locale::ZhCn, "g-one = T\n    .cause = C\n    .analysis-1 = A\n    .fix-2 = F\n    .prevention-1 = { $nope }\n"),
    ])
    .unwrap();
    let problems = check::texts(&rules, &texts, &BTreeSet::from(["g".to_string()])).join("\n");
    assert!(problems.contains("lacks `.fix-1`"), "{problems}");
    assert!(problems.contains("different attributes"), "{problems}");
    assert!(
        problems.contains("`g-orphan` belongs to no rule"),
        "{problems}"
    );
    assert!(problems.contains("nope"), "{problems}");
}

/// The category of the first diagnosis of `text`.
fn category(e: &Engine, text: &str) -> String {
    let out = e.diagnose(text);
    let d = out
        .diagnoses
        .first()
        .unwrap_or_else(|| panic!("no diagnosis for {text}"));
    d.category.as_str().to_string()
}

#[test]
fn a_cause_the_body_names_outranks_the_status_it_came_with() {
    let e = engine();
    // A gateway passing an upstream's rate limit on as 500.
    assert_eq!(
        category(
            &e,
            r#"HTTP 500: {"error":{"message":"upstream busy","type":"proxy_error","code":"rate_limited"}}"#
        ),
        "rate_limit"
    );
    // An overload stated in words under a timeout status.
    assert_eq!(
        category(
            &e,
            r#"HTTP 524 {"code":524,"msg":"服务器繁忙，请稍后再试"}"#
        ),
        "overloaded"
    );
    // A 403 that names a model the key may not use is about the model, not a scope.
    assert_eq!(
        category(
            &e,
            r#"403 Forbidden: {"error":{"message":"This project does not have access to the model o3-pro."}}"#
        ),
        "model_not_found"
    );
    // A 402 card error whose field was typed wrong is bad input, a decline is billing.
    assert_eq!(
        category(
            &e,
            r#"{"error":{"code":"invalid_cvc","message":"Your card's security code is invalid.","type":"card_error"}}"#
        ),
        "invalid_request"
    );
    assert_eq!(
        category(
            &e,
            r#"{"error":{"code":"card_declined","message":"Your card was declined.","type":"card_error"}}"#
        ),
        "billing"
    );
}

#[test]
fn wording_of_one_service_does_not_claim_another_services_error() {
    let e = engine();
    let pypi = "Upload failed with status code 403 Forbidden. Server says: 403 Invalid API Token: token is not valid for project 'demo-pkg'";
    let out = e.diagnose(pypi);
    let d = out.diagnoses.first().expect("a diagnosis");
    assert_ne!(d.rule.as_deref(), Some("cohere.invalid-api-token"));
    assert_eq!(d.category.as_str(), "permission");
}
