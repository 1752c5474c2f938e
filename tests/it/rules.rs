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
