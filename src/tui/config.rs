//! The user's settings: `--config FILE` or `$XDG_CONFIG_HOME/parallax/config.toml`
//! (else `~/.config/parallax/config.toml`), turned into a keymap and a theme.
//!
//! ```toml
//! theme = "light"            # or "dark" (default)
//! [keys]
//! down = ["j", "down", "ctrl-n"]
//! [colors]                   # any theme entry, see assets/theme-dark.toml
//! border_focused = { fg = "magenta", bold = true }
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::keymap::Keymap;
use super::theme::Theme;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    theme: Option<String>,
    #[serde(default)]
    keys: BTreeMap<String, Vec<String>>,
    colors: Option<toml::Table>,
}

/// What the reader is configured with.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// Which key does what.
    pub keymap: Keymap,
    /// The colours and styles.
    pub theme: Theme,
}

/// The config file to read: the explicit one, else the XDG location if it exists.
pub fn config_path(explicit: Option<&Path>) -> Option<PathBuf> {
    if let Some(p) = explicit {
        return Some(p.to_path_buf());
    }
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
    let path = base.join("parallax").join("config.toml");
    path.is_file().then_some(path)
}

/// Whether NO_COLOR asks for no colours (set and not empty, per no-color.org).
pub fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// Loads settings from `explicit` or the default location; errors name the file.
pub fn load(explicit: Option<&Path>, color: bool) -> Result<Settings, String> {
    match config_path(explicit) {
        None => parse("", color),
        Some(path) => {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| format!("config {}: {e}", path.display()))?;
            parse(&text, color).map_err(|e| format!("config {}: {e}", path.display()))
        }
    }
}

/// Settings from the text of a config file.
pub fn parse(text: &str, color: bool) -> Result<Settings, String> {
    let file: ConfigFile = toml::from_str(text).map_err(|e| e.message().to_string())?;
    let keymap = Keymap::with_overrides(&file.keys)?;
    let theme = Theme::load(
        file.theme.as_deref().unwrap_or("dark"),
        file.colors.as_ref(),
        color,
    )?;
    Ok(Settings { keymap, theme })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_config_is_the_defaults() {
        assert!(parse("", true).is_ok());
    }

    #[test]
    fn theme_and_keys_are_read() {
        let s = parse("theme = \"light\"\n[keys]\nquit = [\"x\"]\n", true).unwrap();
        assert_eq!(s.theme, Theme::load("light", None, true).unwrap());
        assert_eq!(s.keymap.key_for("quit"), "x");
    }

    #[test]
    fn bad_configs_are_messages() {
        assert!(parse("theme = ", true).is_err());
        assert!(parse("colour = 1", true)
            .unwrap_err()
            .contains("unknown field"));
        assert!(parse("theme = \"pink\"", true)
            .unwrap_err()
            .contains("unknown theme"));
        let missing = load(Some(Path::new("/nonexistent/parallax.toml")), true).unwrap_err();
        assert!(
            missing.starts_with("config /nonexistent/parallax.toml:"),
            "{missing}"
        );
    }
}
