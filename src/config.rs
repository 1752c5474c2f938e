//! The configuration file: `$XDG_CONFIG_HOME/apidiag/config.toml` (`~/.config/apidiag/
//! config.toml` when XDG_CONFIG_HOME is unset, on every OS), or the file `APIDIAG_CONFIG`
//! names.
//!
//! ```toml
//! lang = "zh-CN"            # like --lang
//! format = "json"           # like --format
//! color = "never"           # like --color
//! rules = ["~/team-rules"]  # like --rules (relative paths are relative to this file)
//! pager = "less -R"         # "" turns paging off
//! fail-on = ["auth", "billing"]
//! ```
//!
//! Unknown keys are errors, reported with the file's path, line and column. The file only
//! holds what was written; [`crate::settings`] decides what wins (command line, then
//! environment, then this file).

use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::rules::location;

/// What a config file says, values kept with their positions for error messages.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ConfigFile {
    pub lang: Option<Spanned<String>>,
    pub format: Option<Spanned<String>>,
    pub color: Option<Spanned<String>>,
    #[serde(default)]
    pub rules: Vec<PathBuf>,
    pub pager: Option<String>,
    #[serde(default)]
    pub fail_on: Vec<Spanned<String>>,
    /// Where the file was read from (not a key of the file).
    #[serde(skip)]
    pub path: Option<PathBuf>,
    #[serde(skip)]
    text: String,
}

impl ConfigFile {
    /// The config file's path: `APIDIAG_CONFIG`, else `$XDG_CONFIG_HOME/apidiag/config.toml`,
    /// else `$HOME/.config/apidiag/config.toml`.
    pub fn locate(env: impl Fn(&str) -> Option<String>) -> Option<(PathBuf, bool)> {
        if let Some(p) = env("APIDIAG_CONFIG") {
            return Some((PathBuf::from(p), true));
        }
        config_home(env).map(|c| (c.join("apidiag").join("config.toml"), false))
    }

    /// Reads the config file; a missing default file is an empty configuration, a missing
    /// file named by `APIDIAG_CONFIG` is an error.
    pub fn load(env: impl Fn(&str) -> Option<String>) -> anyhow::Result<ConfigFile> {
        let Some((path, named)) = Self::locate(env) else {
            return Ok(ConfigFile::default());
        };
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !named => {
                return Ok(ConfigFile::default())
            }
            Err(e) => {
                return Err(anyhow::anyhow!(
                    "{}: cannot read the config file: {e}",
                    path.display()
                ))
            }
        };
        Self::parse(&path, text)
    }

    /// Parses a config file's text; errors name `path:line:column`.
    pub fn parse(path: &Path, text: String) -> anyhow::Result<ConfigFile> {
        let name = path.display().to_string();
        let mut file: ConfigFile = toml::from_str(&text).map_err(|e| {
            let at = e.span().map_or(0, |s| s.start);
            anyhow::anyhow!("{}: {}", location(&name, &text, at), e.message().trim_end())
        })?;
        let dir = path.parent().unwrap_or(Path::new("."));
        for r in &mut file.rules {
            if r.is_relative() {
                *r = dir.join(&*r);
            }
        }
        file.path = Some(path.to_path_buf());
        file.text = text;
        Ok(file)
    }

    /// An error about one of the file's values, at that value's position.
    pub fn value_error(&self, value: &Spanned<String>, message: &str) -> anyhow::Error {
        let name = self
            .path
            .as_deref()
            .map_or_else(|| "config".into(), |p| p.display().to_string());
        anyhow::anyhow!(
            "{}: {message}",
            location(&name, &self.text, value.span().start)
        )
    }
}

/// `$XDG_CONFIG_HOME`, else `$HOME/.config`, on every OS.
pub fn config_home(env: impl Fn(&str) -> Option<String>) -> Option<PathBuf> {
    env("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .or_else(|| env("HOME").map(|h| PathBuf::from(h).join(".config")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_key() {
        let text = "lang = \"zh-CN\"\nformat = \"json\"\ncolor = \"never\"\nrules = [\"mine\"]\npager = \"\"\nfail-on = [\"auth\"]\n";
        let c = ConfigFile::parse(Path::new("/etc/a/config.toml"), text.into()).unwrap();
        assert_eq!(c.lang.as_ref().unwrap().get_ref(), "zh-CN");
        assert_eq!(c.format.as_ref().unwrap().get_ref(), "json");
        assert_eq!(c.rules, vec![PathBuf::from("/etc/a/mine")]);
        assert_eq!(c.pager.as_deref(), Some(""));
        assert_eq!(c.fail_on[0].get_ref(), "auth");
    }

    #[test]
    fn an_unknown_key_names_file_line_and_column() {
        let err = ConfigFile::parse(
            Path::new("c.toml"),
            "lang = \"en\"\ncolour = \"never\"\n".into(),
        )
        .unwrap_err()
        .to_string();
        assert!(err.starts_with("c.toml:2:1: "), "{err}");
        assert!(err.contains("colour"), "{err}");
    }

    #[test]
    fn a_bad_value_names_its_position() {
        let c = ConfigFile::parse(Path::new("c.toml"), "\nformat = \"yaml\"\n".into()).unwrap();
        let err = c.value_error(c.format.as_ref().unwrap(), "unknown format `yaml`");
        assert_eq!(err.to_string(), "c.toml:2:10: unknown format `yaml`");
    }
}
