//! What an error text shows about the setup that printed it — the operating system, the Java
//! version in a stack trace, and values the error names (model, host, base URL, region,
//! deployment) — so that a fix's snippet fits: the right snippet is chosen among a fix's
//! snippets, and its placeholders are filled with the error's own values.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use regex::Regex;

use crate::i18n::Locale;
use crate::rules::{Os, Snippet, SnippetLang};

/// The placeholders a snippet may use.
pub const PLACEHOLDERS: [&str; 5] = ["model", "host", "base_url", "region", "deployment"];

/// What the text shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Situation {
    pub os: Option<Os>,
    /// Java feature version (8, 11, 17...); 9 when the stack only shows it is 9 or later.
    pub java: Option<u32>,
    /// Placeholder values found in the text.
    pub values: BTreeMap<&'static str, String>,
}

fn re(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("built-in pattern compiles"))
}

fn first_capture(re: &Regex, text: &str) -> Option<String> {
    re.captures_iter(text)
        .find_map(|c| c.get(1).map(|m| m.as_str().to_string()))
}

/// Hosts of documentation pages, which errors link to but nobody calls.
fn is_docs_host(host: &str) -> bool {
    host.starts_with("docs.")
        || host.starts_with("help.")
        || host.starts_with("learn.")
        || host.starts_with("support.")
        || crate::knowledge::get().docs_hosts.iter().any(|h| h == host)
}

fn os(text: &str) -> Option<Os> {
    static WIN: OnceLock<Regex> = OnceLock::new();
    static MAC: OnceLock<Regex> = OnceLock::new();
    static LINUX: OnceLock<Regex> = OnceLock::new();
    let win = re(
        &WIN,
        r"(?m)^PS [A-Za-z]:\\|\b[A-Za-z]:\\\\?[A-Za-z]|\\AppData\\|\bwin32\b|\bWindows-ROOT\b",
    );
    let mac = re(
        &MAC,
        r"/Users/[^/\s]+/|/opt/homebrew/|/Library/Frameworks/|\bDarwin\b|\bmacOS\b",
    );
    let linux = re(
        &LINUX,
        r"/home/[^/\s]+/|/usr/lib/(?:python|jvm|node)|/etc/ssl/|/root/|\bLinux\b|\bUbuntu\b|\bDebian\b",
    );
    if win.is_match(text) {
        Some(Os::Windows)
    } else if mac.is_match(text) {
        Some(Os::Macos)
    } else if linux.is_match(text) {
        Some(Os::Linux)
    } else {
        None
    }
}

fn java(text: &str) -> Option<u32> {
    static VERSION: OnceLock<Regex> = OnceLock::new();
    let version = re(
        &VERSION,
        r#"(?i)(?:openjdk|java)(?: version:?| ) ?"?(\d+)(?:\.(\d+))?|jdk-?(\d+)(?:\.(\d+))?|java-(\d+)-openjdk"#,
    );
    if let Some(c) = version.captures(text) {
        let num = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
        let (major, minor) = if c.get(1).is_some() {
            (num(1), num(2))
        } else if c.get(3).is_some() {
            (num(3), num(4))
        } else {
            (num(5), None)
        };
        // "1.8.0" and "jdk1.8" are Java 8.
        let feature = match (major, minor) {
            (Some(1), Some(m)) => Some(m),
            (m, _) => m,
        };
        if let Some(v) = feature.filter(|v| (5..=40).contains(v)) {
            return Some(v);
        }
    }
    if text.contains("java.base/") {
        return Some(9);
    }
    // `Alerts` became `Alert` (in java.base) with Java 11; a bare sun.security.ssl frame of
    // the old class is Java 8.
    if text.contains("sun.security.ssl.Alerts.") {
        return Some(8);
    }
    None
}

fn values(text: &str) -> BTreeMap<&'static str, String> {
    static MODEL: OnceLock<Regex> = OnceLock::new();
    static MODEL_ZH: OnceLock<Regex> = OnceLock::new();
    static HOST: OnceLock<Regex> = OnceLock::new();
    static URL: OnceLock<Regex> = OnceLock::new();
    static REGION: OnceLock<Regex> = OnceLock::new();
    static DEPLOYMENT: OnceLock<Regex> = OnceLock::new();
    let mut out = BTreeMap::new();
    let model = re(
        &MODEL,
        r#"(?i)\bmodel\b["']?\s*[:=]?\s*[`'"“]([A-Za-z0-9][A-Za-z0-9._:/@-]{1,80})[`'"”]|(?:--model-id|--model|\bmodelId["']?\s*[:=])\s*["']?([A-Za-z0-9][A-Za-z0-9._:/@-]{1,80})"#,
    );
    let model_zh = re(&MODEL_ZH, r"模型\s*([A-Za-z0-9][A-Za-z0-9._:/@-]{1,80})");
    let either = model.captures(text).and_then(|c| {
        c.get(1)
            .or_else(|| c.get(2))
            .map(|m| m.as_str().to_string())
    });
    if let Some(m) = either.or_else(|| first_capture(model_zh, text)) {
        out.insert("model", m);
    }
    let url = re(
        &URL,
        r#"https?://([A-Za-z0-9.-]+(?::\d+)?)((?:/[A-Za-z0-9._~-]+)*)"#,
    );
    let host = re(&HOST, r#"host=['"]([A-Za-z0-9.-]+)['"]"#);
    let api_url = url
        .captures_iter(text)
        .find(|c| !is_docs_host(c[1].split(':').next().unwrap_or("")));
    if let Some(c) = &api_url {
        let path = &c[2];
        // The base URL ends at the API version segment (`/v1`, `/v1beta`, `/api/v3`).
        let base = path
            .match_indices('/')
            .map(|(i, _)| &path[..i])
            .chain(std::iter::once(path))
            .find(|p| {
                p.rsplit('/').next().is_some_and(|seg| {
                    seg.len() >= 2
                        && seg.starts_with('v')
                        && seg[1..2].chars().all(|d| d.is_ascii_digit())
                })
            })
            .unwrap_or("");
        let scheme = if c[0].starts_with("https") {
            "https"
        } else {
            "http"
        };
        out.insert("base_url", format!("{scheme}://{}{base}", &c[1]));
    }
    if let Some(h) = first_capture(host, text).or_else(|| api_url.map(|c| c[1].to_string())) {
        out.insert("host", h);
    }
    let region = re(
        &REGION,
        r"\b((?:us|eu|ap|sa|ca|me|af|il|mx|cn)-(?:gov-)?(?:north|south|east|west|central|northeast|southeast|northwest|southwest)-\d|(?:us|europe|asia|northamerica|southamerica|australia|africa)-[a-z]+\d)\b",
    );
    if let Some(r) = first_capture(region, text) {
        out.insert("region", r);
    }
    let deployment = re(
        &DEPLOYMENT,
        r#"/deployments/([A-Za-z0-9._-]+)|(?i)\bdeployment\b\s*[`'"“]([A-Za-z0-9._-]+)[`'"”]"#,
    );
    if let Some(c) = deployment.captures(text) {
        if let Some(m) = c.get(1).or_else(|| c.get(2)) {
            out.insert("deployment", m.as_str().to_string());
        }
    }
    out
}

fn placeholder_re() -> &'static Regex {
    static PLACEHOLDER: OnceLock<Regex> = OnceLock::new();
    re(&PLACEHOLDER, r"\{\{([a-z_]+)(?:\|([^}]*))?\}\}")
}

/// The first placeholder in `code` that is not one of [`PLACEHOLDERS`].
pub fn unknown_placeholder(code: &str) -> Option<String> {
    placeholder_re()
        .captures_iter(code)
        .map(|c| c[1].to_string())
        .find(|name| !PLACEHOLDERS.contains(&name.as_str()))
}

impl Situation {
    /// Reads an incident's text and the quiet lines before it.
    pub fn read(text: &str, context: &str) -> Situation {
        let all = if context.is_empty() {
            text.to_string()
        } else {
            format!("{context}\n{text}")
        };
        let mut values = values(&all);
        // Values end up in code the person copies: never a secret (a key in a URL).
        // (The engine masks the whole diagnosis too, but not under `--no-redact`.)
        for v in values.values_mut() {
            if let std::borrow::Cow::Owned(masked) = crate::redact::redact(v) {
                *v = masked;
            }
        }
        Situation {
            os: os(&all),
            java: java(&all),
            values,
        }
    }

    /// Fills `{{name}}` and `{{name|default}}` placeholders: the text's value, else the
    /// default, else `<name>`.
    pub fn fill(&self, code: &str) -> String {
        placeholder_re()
            .replace_all(code, |c: &regex::Captures| {
                let name = &c[1];
                self.values
                    .get(name)
                    .cloned()
                    .or_else(|| c.get(2).map(|d| d.as_str().to_string()))
                    .unwrap_or_else(|| format!("<{name}>"))
            })
            .into_owned()
    }

    /// The order in which snippet languages suit a client (`want`) on this OS.
    fn languages(&self, want: Option<SnippetLang>) -> Vec<SnippetLang> {
        use SnippetLang::*;
        let shells = if self.os == Some(Os::Windows) {
            [Powershell, Shell]
        } else {
            [Shell, Powershell]
        };
        let mut order = match want {
            // A command-line client on Windows runs in PowerShell more often than in sh.
            Some(Shell) => shells.to_vec(),
            Some(w) => vec![w, shells[0], Curl, shells[1]],
            None => vec![Python, shells[0], Curl, Node, shells[1]],
        };
        if want.is_none() {
            order.extend([Go, Java, Csharp]);
        }
        order
    }

    /// How well a snippet fits: `None` when the text rules it out, else a penalty (lower is
    /// better) for conditions the text cannot confirm.
    fn fit(&self, s: &Snippet, locale: Locale) -> Option<u32> {
        let mut penalty = 0;
        if !s.os.is_empty() {
            match self.os {
                Some(os) if !s.os.contains(&os) => return None,
                Some(_) => {}
                None => penalty += 2,
            }
        }
        if s.java_min.is_some() || s.java_max.is_some() {
            match self.java {
                Some(v) if s.java_min.is_some_and(|m| v < m) => return None,
                Some(v) if s.java_max.is_some_and(|m| v > m) => return None,
                Some(_) => {}
                None => penalty += 1,
            }
        }
        match &s.locale {
            Some(l) if l != locale.tag() => return None,
            Some(_) => {}
            // A snippet with comments in the report's language beats the default one.
            None => penalty += u32::from(locale != Locale::EnUs),
        }
        Some(penalty)
    }

    /// The snippet of a fix that suits the client, OS, Java version and report language.
    pub fn pick<'a>(
        &self,
        snippets: &[&'a Snippet],
        want: Option<SnippetLang>,
        locale: Locale,
    ) -> Option<&'a Snippet> {
        let order = self.languages(want);
        let best = snippets
            .iter()
            .enumerate()
            .filter_map(|(i, s)| {
                let rank = order.iter().position(|l| *l == s.lang)?;
                let penalty = self.fit(s, locale)?;
                Some(((rank, penalty, i), *s))
            })
            .min_by_key(|(key, _)| *key)
            .map(|(_, s)| s);
        // With no client known, any snippet beats none.
        best.or_else(|| {
            (want.is_none())
                .then(|| snippets.iter().find(|s| self.fit(s, locale).is_some()))
                .flatten()
                .copied()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snippet(lang: SnippetLang, code: &str) -> Snippet {
        Snippet {
            fix: 1,
            lang,
            code: code.into(),
            os: Vec::new(),
            java_min: None,
            java_max: None,
            locale: None,
        }
    }

    #[test]
    fn reads_os_java_and_values() {
        let win = Situation::read(
            "PS C:\\Users\\me> python app.py\nopenai.NotFoundError: Error code: 404 - {'error': {'message': 'The model `gpt-5-turbo` does not exist'}}",
            "",
        );
        assert_eq!(win.os, Some(Os::Windows));
        assert_eq!(win.values["model"], "gpt-5-turbo");
        let java8 = Situation::read("javax.net.ssl.SSLHandshakeException: PKIX path building failed\n\tat sun.security.ssl.Alerts.getSSLException(Alerts.java:192)", "");
        assert_eq!(java8.java, Some(8));
        let java17 = Situation::read("Caused by: x\n\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:131)\nopenjdk version \"17.0.2\"", "");
        assert_eq!(java17.java, Some(17));
        assert_eq!(Situation::read("jdk1.8.0_292/bin/java", "").java, Some(8));
        let url = Situation::read(
            "requests.exceptions.ProxyError: HTTPSConnectionPool(host='api.corp-gw.example', port=443) see https://docs.example.com/x",
            "",
        );
        assert_eq!(url.values["host"], "api.corp-gw.example");
        let base = Situation::read(
            "POST https://gw.example.cn/v1/chat/completions 404 on /home/dev/app",
            "",
        );
        assert_eq!(base.values["base_url"], "https://gw.example.cn/v1");
        assert_eq!(base.os, Some(Os::Linux));
        let aws = Situation::read("Could not connect to the endpoint URL: \"https://bedrock-runtime.eu-west-3.amazonaws.com/model/x/invoke\"", "");
        assert_eq!(aws.values["region"], "eu-west-3");
        let bedrock = Situation::read("$ aws bedrock-runtime converse --model-id anthropic.claude-3-opus-20240229-v1:0 --region eu-west-1", "");
        assert_eq!(
            bedrock.values["model"],
            "anthropic.claude-3-opus-20240229-v1:0"
        );
        assert_eq!(bedrock.values["region"], "eu-west-1");
        let azure = Situation::read(
            "POST https://res.openai.azure.com/openai/deployments/gpt4o-prod/chat/completions",
            "",
        );
        assert_eq!(azure.values["deployment"], "gpt4o-prod");
    }

    #[test]
    fn unknown_placeholders_are_found() {
        assert_eq!(
            unknown_placeholder("{{model}} {{regoin|x}}"),
            Some("regoin".into())
        );
        assert_eq!(unknown_placeholder("{{model|a}} {{host}}"), None);
    }

    #[test]
    fn fills_placeholders_with_values_then_defaults() {
        let s = Situation::read("The model `qwen-max` does not exist", "");
        assert_eq!(
            s.fill("m = \"{{model|gpt-4o-mini}}\"; h = \"{{host|api.example.com}}\"; {{region}}"),
            "m = \"qwen-max\"; h = \"api.example.com\"; <region>"
        );
    }

    #[test]
    fn picks_by_os_java_and_locale() {
        let sh = snippet(SnippetLang::Shell, "sh");
        let ps = Snippet {
            os: vec![Os::Windows],
            ..snippet(SnippetLang::Powershell, "ps")
        };
        let new = Snippet {
            java_min: Some(9),
            ..snippet(SnippetLang::Shell, "keytool -cacerts")
        };
        let old = Snippet {
            java_max: Some(8),
            ..snippet(SnippetLang::Shell, "keytool -keystore")
        };
        let zh = Snippet {
            locale: Some("zh-CN".into()),
            ..snippet(SnippetLang::Shell, "# 中文")
        };
        let en = Locale::EnUs;
        let java = Some(SnippetLang::Java);
        let windows = Situation {
            os: Some(Os::Windows),
            ..Situation::default()
        };
        assert_eq!(windows.pick(&[&sh, &ps], java, en).unwrap().code, "ps");
        assert_eq!(
            Situation::default()
                .pick(&[&sh, &ps], java, en)
                .unwrap()
                .code,
            "sh"
        );
        let j8 = Situation {
            java: Some(8),
            ..Situation::default()
        };
        let j17 = Situation {
            java: Some(17),
            ..Situation::default()
        };
        assert_eq!(
            j8.pick(&[&new, &old], java, en).unwrap().code,
            "keytool -keystore"
        );
        assert_eq!(
            j17.pick(&[&new, &old], java, en).unwrap().code,
            "keytool -cacerts"
        );
        let none = Situation::default();
        assert_eq!(
            none.pick(&[&sh, &zh], java, Locale::ZhCn).unwrap().code,
            "# 中文"
        );
        assert_eq!(none.pick(&[&sh, &zh], java, en).unwrap().code, "sh");
    }
}
