//! Colours and text attributes, read from a TOML theme so users can restyle the
//! reader; with NO_COLOR only attributes survive, so every mark stays visible.

use std::collections::BTreeMap;

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;

use crate::model::DivergenceKind;

const DARK: &str = include_str!("../../assets/theme-dark.toml");
const LIGHT: &str = include_str!("../../assets/theme-light.toml");

/// One style as written in a theme file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StyleDef {
    fg: Option<String>,
    bg: Option<String>,
    #[serde(default)]
    bold: bool,
    #[serde(default)]
    italic: bool,
    #[serde(default)]
    underline: bool,
    #[serde(default)]
    dim: bool,
    #[serde(default)]
    reversed: bool,
}

impl StyleDef {
    fn style(&self, name: &str, color: bool) -> Result<Style, String> {
        let parse = |c: &Option<String>| -> Result<Option<Color>, String> {
            match c {
                Some(c) if color => c
                    .parse::<Color>()
                    .map(Some)
                    .map_err(|_| format!("theme {name}: unknown colour {c:?}")),
                _ => Ok(None),
            }
        };
        let mut style = Style::default();
        if let Some(fg) = parse(&self.fg)? {
            style = style.fg(fg);
        }
        if let Some(bg) = parse(&self.bg)? {
            style = style.bg(bg);
        }
        for (on, m) in [
            (self.bold, Modifier::BOLD),
            (self.italic, Modifier::ITALIC),
            (self.underline, Modifier::UNDERLINED),
            (self.dim, Modifier::DIM),
            (self.reversed, Modifier::REVERSED),
        ] {
            if on {
                style = style.add_modifier(m);
            }
        }
        Ok(style)
    }
}

/// The resolved styles the views draw with.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    /// Running text.
    pub text: Style,
    /// Secondary text: numbers, hints.
    pub dim: Style,
    /// Pane borders.
    pub border: Style,
    /// The border of the pane with the focus.
    pub border_focused: Style,
    /// Pane titles.
    pub title: Style,
    /// The sentence or item under the cursor.
    pub current: Style,
    /// A selected item in a list.
    pub selected: Style,
    /// The gutter mark of a sentence that has an aligned group.
    pub gutter_aligned: Style,
    /// The gutter mark of the current sentence.
    pub gutter_current: Style,
    /// A typed detail (place, date, number…).
    pub detail: Style,
    /// The words a quote changed.
    pub changed: Style,
    /// Search matches.
    pub search: Style,
    /// The status line.
    pub status: Style,
    /// A message on the status line.
    pub message: Style,
    /// An error on the status line.
    pub error: Style,
    /// A warning (a skipped file).
    pub warning: Style,
    /// Counts in titles and lists.
    pub count: Style,
    /// A divergent span of an update, whatever its kind: bold and underlined.
    pub update: Style,
    kinds: [Style; 8],
}

impl Default for Theme {
    fn default() -> Self {
        Theme::load("dark", None, true).expect("the bundled theme is valid")
    }
}

impl Theme {
    /// The named bundled theme (`dark` or `light`) with user `overrides` on top;
    /// `color = false` keeps attributes only (NO_COLOR).
    pub fn load(name: &str, overrides: Option<&toml::Table>, color: bool) -> Result<Self, String> {
        let base = match name {
            "dark" => DARK,
            "light" => LIGHT,
            other => {
                return Err(format!(
                    "unknown theme {other:?} (use \"dark\" or \"light\")"
                ))
            }
        };
        let mut table: toml::Table = toml::from_str(base).map_err(|e| e.to_string())?;
        if let Some(o) = overrides {
            for (k, v) in o {
                match (table.get_mut(k), v) {
                    (Some(toml::Value::Table(t)), toml::Value::Table(new)) if k == "kinds" => {
                        t.extend(new.clone());
                    }
                    _ => {
                        table.insert(k.clone(), v.clone());
                    }
                }
            }
        }
        let kinds_table = match table.remove("kinds") {
            Some(toml::Value::Table(t)) => t,
            _ => toml::Table::new(),
        };
        let styles: BTreeMap<String, StyleDef> = table
            .try_into()
            .map_err(|e: toml::de::Error| format!("theme: {}", e.message()))?;
        let kinds: BTreeMap<String, StyleDef> = kinds_table
            .try_into()
            .map_err(|e: toml::de::Error| format!("theme [kinds]: {}", e.message()))?;
        let known = [
            "text",
            "dim",
            "border",
            "border_focused",
            "title",
            "current",
            "selected",
            "gutter_aligned",
            "gutter_current",
            "detail",
            "changed",
            "search",
            "status",
            "message",
            "error",
            "warning",
            "count",
            "update",
        ];
        if let Some(bad) = styles.keys().find(|k| !known.contains(&k.as_str())) {
            return Err(format!("theme: unknown entry {bad:?}"));
        }
        let get = |n: &str| -> Result<Style, String> {
            styles.get(n).cloned().unwrap_or_default().style(n, color)
        };
        let emphasis = Modifier::BOLD | Modifier::UNDERLINED;
        let mut kind_styles = [Style::default(); 8];
        for (i, k) in DivergenceKind::ALL.iter().enumerate() {
            let def = kinds.get(k.as_str()).cloned().unwrap_or_default();
            kind_styles[i] = def.style(k.as_str(), color)?.add_modifier(emphasis);
        }
        Ok(Theme {
            text: get("text")?,
            dim: get("dim")?,
            border: get("border")?,
            border_focused: get("border_focused")?,
            title: get("title")?,
            current: get("current")?,
            selected: get("selected")?,
            gutter_aligned: get("gutter_aligned")?,
            gutter_current: get("gutter_current")?,
            detail: get("detail")?,
            changed: get("changed")?,
            search: get("search")?.add_modifier(if color {
                Modifier::empty()
            } else {
                Modifier::REVERSED
            }),
            status: get("status")?,
            message: get("message")?,
            error: get("error")?,
            warning: get("warning")?,
            count: get("count")?,
            update: get("update")?.add_modifier(emphasis),
            kinds: kind_styles,
        })
    }

    /// The style of a divergent span of `kind`: its colour, bold and underlined.
    pub fn kind(&self, kind: DivergenceKind) -> Style {
        let i = DivergenceKind::ALL
            .iter()
            .position(|k| *k == kind)
            .unwrap_or(7);
        self.kinds[i]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_bundled_themes_load() {
        assert!(Theme::load("dark", None, true).is_ok());
        assert!(Theme::load("light", None, true).is_ok());
        assert!(Theme::load("neon", None, true)
            .unwrap_err()
            .contains("unknown theme"));
    }

    #[test]
    fn no_color_keeps_only_modifiers() {
        let t = Theme::load("dark", None, false).unwrap();
        let s = t.kind(DivergenceKind::Place);
        assert_eq!(s.fg, None);
        assert!(s
            .add_modifier
            .contains(Modifier::BOLD | Modifier::UNDERLINED));
        assert_eq!(t.current.bg, None);
        assert!(t.current.add_modifier.contains(Modifier::BOLD));
    }

    #[test]
    fn overrides_apply_and_bad_colours_are_errors() {
        let o: toml::Table =
            toml::from_str("border = { fg = \"red\" }\n[kinds]\nplace = { fg = \"blue\" }")
                .unwrap();
        let t = Theme::load("dark", Some(&o), true).unwrap();
        assert_eq!(t.border.fg, Some(Color::Red));
        assert_eq!(t.kind(DivergenceKind::Place).fg, Some(Color::Blue));
        let o: toml::Table = toml::from_str("border = { fg = \"nocolour\" }").unwrap();
        assert!(Theme::load("dark", Some(&o), true)
            .unwrap_err()
            .contains("unknown colour"));
    }
}
