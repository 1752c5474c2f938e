//! Report text: Fluent bundles for each shipped locale, and choosing the locale.
//!
//! Every `.ftl` file of a locale goes into one bundle (bundled files first, a user's on top,
//! overriding by id). Unicode isolation marks are off: they show as boxes in terminals.

use std::collections::BTreeMap;
use std::path::Path;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::source::{location, LoadError, Source};

/// A language apidiag ships text for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Locale {
    EnUs,
    ZhCn,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::EnUs, Locale::ZhCn];

    pub fn tag(self) -> &'static str {
        match self {
            Self::EnUs => "en-US",
            Self::ZhCn => "zh-CN",
        }
    }

    /// Reads a language tag or POSIX locale (`zh_TW.UTF-8`). `C`, `POSIX` and unparsable
    /// values mean no preference. Every Chinese variant gets the zh-CN text.
    pub fn parse(value: &str) -> Option<Locale> {
        let v = value.trim();
        let v = v.split(['.', '@']).next().unwrap_or("").replace('_', "-");
        if v.is_empty() || v.eq_ignore_ascii_case("c") || v.eq_ignore_ascii_case("posix") {
            return None;
        }
        let id: LanguageIdentifier = v.parse().ok()?;
        match id.language.as_str() {
            "zh" => Some(Self::ZhCn),
            "en" => Some(Self::EnUs),
            _ => None,
        }
    }

    /// `--lang`, then `APIDIAG_LANG`, `LC_ALL`, `LC_MESSAGES`, `LANG`; else en-US.
    /// A variable that is set but says nothing usable falls through to the next.
    pub fn resolve(flag: Option<&str>, env: impl Fn(&str) -> Option<String>) -> Locale {
        flag.and_then(Locale::parse)
            .or_else(|| {
                ["APIDIAG_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
                    .iter()
                    .filter_map(|k| env(k))
                    .find_map(|v| Locale::parse(&v))
            })
            .unwrap_or(Locale::EnUs)
    }

    fn from_dir(name: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.tag() == name)
    }
}

/// A message's attributes as written, for completeness checks.
#[derive(Debug, Clone)]
pub struct MessageInfo {
    pub group: String,
    pub attributes: Vec<String>,
    pub has_value: bool,
    pub location: String,
}

/// The loaded text of every locale.
pub struct Texts {
    bundles: BTreeMap<Locale, FluentBundle<FluentResource>>,
    /// Message id -> what each locale's files define for it.
    pub index: BTreeMap<Locale, BTreeMap<String, MessageInfo>>,
}

/// A `.ftl` file with the locale it belongs to.
#[derive(Debug, Clone)]
pub struct TextFile {
    pub locale: Locale,
    pub source: Source,
}

impl TextFile {
    /// The locale of a file at `.../<locale>/<name>.ftl`, when it is a shipped one.
    pub fn locale_of(path: &Path) -> Option<Locale> {
        Locale::from_dir(path.parent()?.file_name()?.to_str()?)
    }
}

impl Texts {
    pub fn new(files: &[TextFile]) -> Result<Texts, LoadError> {
        let mut bundles = BTreeMap::new();
        let mut index: BTreeMap<Locale, BTreeMap<String, MessageInfo>> = BTreeMap::new();
        for locale in Locale::ALL {
            let id: LanguageIdentifier = locale.tag().parse().expect("shipped tags parse");
            let mut bundle = FluentBundle::new(vec![id]);
            bundle.set_use_isolating(false);
            bundles.insert(locale, bundle);
            index.insert(locale, BTreeMap::new());
        }
        for file in files {
            let src = &file.source;
            let resource = FluentResource::try_new(src.text.clone()).map_err(|(_, errs)| {
                let e = &errs[0];
                LoadError {
                    location: location(&src.name, &src.text, e.pos.start),
                    message: format!("Fluent syntax error: {}", e.kind),
                }
            })?;
            let group = Path::new(&src.name)
                .file_stem()
                .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
            let idx = index.get_mut(&file.locale).expect("every locale indexed");
            // Where each message starts, found in one pass (for positions in checks).
            let mut starts = std::collections::HashMap::new();
            let mut offset = 0;
            for line in src.text.split_inclusive('\n') {
                if let Some((id, _)) = line.split_once(" =") {
                    if !id.starts_with([' ', '#', '.']) {
                        starts.entry(id.to_string()).or_insert(offset);
                    }
                }
                offset += line.len();
            }
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    let at = starts.get(m.id.name).copied().unwrap_or(0);
                    idx.insert(
                        m.id.name.to_string(),
                        MessageInfo {
                            group: group.clone(),
                            attributes: m
                                .attributes
                                .iter()
                                .map(|a| a.id.name.to_string())
                                .collect(),
                            has_value: m.value.is_some(),
                            location: location(&src.name, &src.text, at),
                        },
                    );
                }
            }
            bundles
                .get_mut(&file.locale)
                .expect("every locale has a bundle")
                .add_resource_overriding(resource);
        }
        Ok(Texts { bundles, index })
    }

    /// Whether a locale defines a message.
    pub fn has(&self, locale: Locale, id: &str) -> bool {
        self.bundles[&locale].has_message(id)
    }

    /// Formats a message's value (`attr` None) or one attribute; None when it is missing.
    pub fn format(
        &self,
        locale: Locale,
        id: &str,
        attr: Option<&str>,
        args: &FluentArgs,
    ) -> Option<String> {
        let bundle = &self.bundles[&locale];
        let msg = bundle.get_message(id)?;
        let pattern = match attr {
            None => msg.value()?,
            Some(a) => msg.get_attribute(a)?.value(),
        };
        let mut errors = Vec::new();
        let out = bundle.format_pattern(pattern, Some(args), &mut errors);
        Some(out.into_owned())
    }

    /// Formats with `errors` reported, for checks that no variable is left unresolved.
    pub fn format_checked(
        &self,
        locale: Locale,
        id: &str,
        attr: Option<&str>,
        args: &FluentArgs,
    ) -> Result<String, String> {
        let bundle = &self.bundles[&locale];
        let msg = bundle
            .get_message(id)
            .ok_or_else(|| format!("no message `{id}`"))?;
        let pattern = match attr {
            None => msg.value().ok_or_else(|| format!("`{id}` has no value"))?,
            Some(a) => msg
                .get_attribute(a)
                .ok_or_else(|| format!("`{id}` has no attribute `{a}`"))?
                .value(),
        };
        let mut errors = Vec::new();
        let out = bundle.format_pattern(pattern, Some(args), &mut errors);
        if errors.is_empty() {
            Ok(out.into_owned())
        } else {
            Err(format!("{id}.{}: {:?}", attr.unwrap_or("value"), errors))
        }
    }

    /// The attribute names of a message in a locale.
    pub fn attributes(&self, locale: Locale, id: &str) -> Vec<String> {
        self.bundles[&locale]
            .get_message(id)
            .map(|m| m.attributes().map(|a| a.id().to_string()).collect())
            .unwrap_or_default()
    }
}

/// The Fluent message id of a rule id: dots become dashes.
pub fn message_id(rule_id: &str) -> String {
    rule_id.replace('.', "-")
}

/// Arguments from string pairs; a missing value shows as a dash.
pub fn args<'a>(pairs: &[(&'a str, Option<String>)]) -> FluentArgs<'a> {
    let mut a = FluentArgs::new();
    for (k, v) in pairs {
        a.set(
            *k,
            FluentValue::from(v.clone().unwrap_or_else(|| "—".to_string())),
        );
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_locales() {
        assert_eq!(Locale::parse("zh_CN.UTF-8"), Some(Locale::ZhCn));
        assert_eq!(Locale::parse("zh-TW"), Some(Locale::ZhCn));
        assert_eq!(Locale::parse("zh-Hant-HK"), Some(Locale::ZhCn));
        assert_eq!(Locale::parse("en_GB.UTF-8"), Some(Locale::EnUs));
        assert_eq!(Locale::parse("C"), None);
        assert_eq!(Locale::parse("POSIX"), None);
        assert_eq!(Locale::parse("fr_FR"), None);
        assert_eq!(Locale::parse("!!"), None);
    }

    #[test]
    fn resolution_order() {
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                vars.iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            Locale::resolve(Some("zh"), env(&[("LANG", "en_US")])),
            Locale::ZhCn
        );
        assert_eq!(
            Locale::resolve(None, env(&[("APIDIAG_LANG", "zh-CN"), ("LC_ALL", "en_US")])),
            Locale::ZhCn
        );
        assert_eq!(
            Locale::resolve(None, env(&[("LC_ALL", "C"), ("LANG", "zh_CN.UTF-8")])),
            Locale::ZhCn
        );
        assert_eq!(
            Locale::resolve(None, env(&[("LC_MESSAGES", "zh_TW"), ("LANG", "en_US")])),
            Locale::ZhCn
        );
        assert_eq!(Locale::resolve(None, env(&[])), Locale::EnUs);
    }
}
