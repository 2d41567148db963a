//! Keys to actions through one table, so that the help screen and the status hints
//! are generated from exactly what the keys do.
//!
//! Defaults live in `assets/keymap.toml`; a config's `[keys]` table replaces the keys
//! of the actions it names. Digits 1–9 (pick a source) and Ctrl-C (quit) are fixed.

use std::collections::BTreeMap;
use std::fmt;

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::Action;
use super::external::Tool;
use crate::triage::Verdict;

const DEFAULT: &str = include_str!("../../assets/keymap.toml");

/// A bindable action: its config name, what it does, and its help text.
struct Bindable {
    name: &'static str,
    action: Action,
    help: &'static str,
}

macro_rules! bindables {
    ($($name:literal => $action:expr, $help:literal;)*) => {
        fn bindables() -> Vec<Bindable> {
            vec![$(Bindable { name: $name, action: $action, help: $help }),*]
        }
    };
}

bindables! {
    "down" => Action::Down, "next sentence (Reading) / item (Sources, Compare)";
    "up" => Action::Up, "previous sentence / item";
    "page_down" => Action::PageDown, "page down";
    "page_up" => Action::PageUp, "page up";
    "half_down" => Action::HalfDown, "half a page down";
    "half_up" => Action::HalfUp, "half a page up";
    "top" => Action::Top, "first sentence / item";
    "bottom" => Action::Bottom, "last sentence / item";
    "next_pane" => Action::NextPane, "next pane";
    "prev_pane" => Action::PrevPane, "previous pane";
    "open" => Action::Open, "open the selected source / compared sentence";
    "next_contradiction" => Action::NextContradiction, "next contradiction, all sources in reading order (story by story)";
    "prev_contradiction" => Action::PrevContradiction, "previous contradiction";
    "next_group" => Action::NextGroup, "next aligned group";
    "prev_group" => Action::PrevGroup, "previous aligned group";
    "cycle_filter" => Action::CycleFilter, "cycle the contradiction-kind filter";
    "relation_filter" => Action::CycleRelations, "contradictions only / updates only / both (n/N skip updates)";
    "facts" => Action::ToggleFacts, "fact table: each compared detail by source";
    "coverage" => Action::ToggleCoverage, "what this source leaves out, and what only it reports";
    "timeline" => Action::ToggleTimeline, "timeline: the values that changed in this story, by date of writing";
    "source_order" => Action::ToggleOrder, "sources by date of writing (unknown last) / in input order";
    "search" => Action::StartSearch, "search (Enter confirms, Esc cancels)";
    "jump" => Action::StartJump, "jump to contradiction N or group gN, numbered as in reports";
    "next_match" => Action::NextMatch, "next search match";
    "prev_match" => Action::PrevMatch, "previous search match";
    "export" => Action::Export, "export the contradiction / group / sentence";
    "export_format" => Action::CycleFormat, "cycle the export/copy format: markdown/html/json/text";
    "copy" => Action::Copy, "copy the excerpt in that format to the clipboard (OSC 52)";
    "confirm" => Action::Mark(Verdict::Confirmed), "triage: mark the contradiction confirmed (again: unmark)";
    "dismiss" => Action::Mark(Verdict::Dismissed), "triage: mark it dismissed (again: unmark)";
    "to_check" => Action::Mark(Verdict::Check), "triage: mark it to check (again: unmark)";
    "note" => Action::StartNote, "triage: write a note on it (Enter saves)";
    "mark_filter" => Action::CycleMarkFilter, "show only unmarked / confirmed / dismissed / to check, then all";
    "brief" => Action::ExportBrief, "export the confirmed contradictions as a cited brief";
    "side_by_side" => Action::ToggleSide, "side by side: the source being read beside another, rows aligned";
    "side_prev_left" => Action::SideSource { right: false, forward: false }, "side by side: previous source on the left";
    "side_next_left" => Action::SideSource { right: false, forward: true }, "side by side: next source on the left";
    "side_prev_right" => Action::SideSource { right: true, forward: false }, "side by side: previous source on the right";
    "side_next_right" => Action::SideSource { right: true, forward: true }, "side by side: next source on the right";
    "pager" => Action::OpenExternal(Tool::Pager), "open the source in $PAGER at this sentence";
    "editor" => Action::OpenExternal(Tool::Editor), "open the source in $VISUAL or $EDITOR";
    "help" => Action::ToggleHelp, "this help";
    "back" => Action::Back, "close overlay, clear search (never quits)";
    "quit" => Action::Quit, "quit";
}

/// One key with its modifiers (Shift folded into the character).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chord {
    /// The key.
    pub code: KeyCode,
    /// Ctrl and Alt (Shift is in the character).
    pub mods: KeyModifiers,
}

impl Chord {
    fn normalised(code: KeyCode, mods: KeyModifiers) -> Self {
        let mods = match code {
            KeyCode::Char(_) | KeyCode::BackTab => mods - KeyModifiers::SHIFT,
            _ => mods,
        };
        Chord { code, mods }
    }

    /// Reads a chord as a config file writes it: `j`, `ctrl-d`, `pagedown`.
    pub fn parse(s: &str) -> Result<Self, String> {
        let mut mods = KeyModifiers::NONE;
        let mut rest = s;
        loop {
            let lower = rest.to_ascii_lowercase();
            if rest.len() > 1 && lower.starts_with("ctrl-") {
                mods |= KeyModifiers::CONTROL;
                rest = &rest[5..];
            } else if rest.len() > 1 && lower.starts_with("alt-") {
                mods |= KeyModifiers::ALT;
                rest = &rest[4..];
            } else if rest.len() > 1 && lower.starts_with("shift-") {
                mods |= KeyModifiers::SHIFT;
                rest = &rest[6..];
            } else {
                break;
            }
        }
        let code = match rest.to_ascii_lowercase().as_str() {
            "enter" | "return" => KeyCode::Enter,
            "esc" | "escape" => KeyCode::Esc,
            "tab" if mods.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
            "tab" => KeyCode::Tab,
            "backtab" => KeyCode::BackTab,
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "pgup" | "pageup" => KeyCode::PageUp,
            "pgdn" | "pagedown" => KeyCode::PageDown,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "space" => KeyCode::Char(' '),
            "backspace" => KeyCode::Backspace,
            _ => {
                let mut chars = rest.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => KeyCode::Char(c),
                    _ => return Err(format!("unknown key {s:?}")),
                }
            }
        };
        Ok(Chord::normalised(code, mods))
    }
}

impl fmt::Display for Chord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.mods.contains(KeyModifiers::CONTROL) {
            f.write_str("Ctrl-")?;
        }
        if self.mods.contains(KeyModifiers::ALT) {
            f.write_str("Alt-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Enter => f.write_str("Enter"),
            KeyCode::Esc => f.write_str("Esc"),
            KeyCode::Tab => f.write_str("Tab"),
            KeyCode::BackTab => f.write_str("Shift-Tab"),
            KeyCode::Up => f.write_str("↑"),
            KeyCode::Down => f.write_str("↓"),
            KeyCode::Left => f.write_str("←"),
            KeyCode::Right => f.write_str("→"),
            KeyCode::PageUp => f.write_str("PgUp"),
            KeyCode::PageDown => f.write_str("PgDn"),
            KeyCode::Home => f.write_str("Home"),
            KeyCode::End => f.write_str("End"),
            KeyCode::Backspace => f.write_str("Backspace"),
            other => write!(f, "{other:?}"),
        }
    }
}

/// One help row: the keys, the action's name, what it does.
#[derive(Debug, Clone, PartialEq)]
pub struct HelpRow {
    /// The keys bound to the action, as the help shows them.
    pub keys: String,
    /// The action's name in the config file.
    pub name: &'static str,
    /// What the action does.
    pub help: &'static str,
}

/// Which key does what: the defaults, with a config file's overrides.
#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: Vec<(Chord, Action)>,
    help: Vec<HelpRow>,
}

impl Default for Keymap {
    fn default() -> Self {
        Keymap::with_overrides(&BTreeMap::new()).expect("the bundled keymap is valid")
    }
}

impl Keymap {
    /// The bundled defaults with `overrides` (action name → keys) applied.
    pub fn with_overrides(overrides: &BTreeMap<String, Vec<String>>) -> Result<Self, String> {
        let defaults: BTreeMap<String, Vec<String>> =
            toml::from_str(DEFAULT).map_err(|e| format!("bundled keymap: {e}"))?;
        let table = bindables();
        for name in overrides.keys() {
            if !table.iter().any(|b| b.name == name) {
                let known: Vec<&str> = table.iter().map(|b| b.name).collect();
                return Err(format!(
                    "[keys]: unknown action {name:?} (known: {})",
                    known.join(", ")
                ));
            }
        }
        refuse_shared_keys(overrides)?;
        // A key the user binds leaves the action it triggers by default,
        // whichever comes first in the table.
        let claimed: Vec<Chord> = overrides
            .values()
            .flatten()
            .filter_map(|k| Chord::parse(k).ok())
            .collect();
        let mut bindings = Vec::new();
        let mut help = Vec::new();
        for b in table {
            let (keys, by_user) = match overrides.get(b.name) {
                Some(keys) => (keys.clone(), true),
                None => (defaults.get(b.name).cloned().unwrap_or_default(), false),
            };
            let mut shown = Vec::new();
            for k in &keys {
                let chord = Chord::parse(k).map_err(|e| format!("[keys] {}: {e}", b.name))?;
                if !by_user && claimed.contains(&chord) {
                    continue;
                }
                bindings.push((chord, b.action.clone()));
                shown.push(chord.to_string());
            }
            help.push(HelpRow {
                keys: shown.join(" "),
                name: b.name,
                help: b.help,
            });
        }
        help.insert(
            11,
            HelpRow {
                keys: "1…9".into(),
                name: "pick_source",
                help: "open the 1st–9th listed source",
            },
        );
        Ok(Keymap { bindings, help })
    }

    /// The action for a key press in normal mode.
    pub fn action(&self, key: KeyEvent) -> Option<Action> {
        if key.kind == KeyEventKind::Release {
            return None;
        }
        let chord = Chord::normalised(key.code, key.modifiers);
        if chord.mods == KeyModifiers::CONTROL && chord.code == KeyCode::Char('c') {
            return Some(Action::Quit);
        }
        if let Some((_, a)) = self.bindings.iter().find(|(c, _)| *c == chord) {
            return Some(a.clone());
        }
        match chord.code {
            KeyCode::Char(d @ '1'..='9') if chord.mods.is_empty() => {
                Some(Action::PickSource(d as usize - '1' as usize))
            }
            _ => None,
        }
    }

    /// The action for a key press while typing a search.
    pub fn search_action(key: KeyEvent) -> Option<Action> {
        if key.kind == KeyEventKind::Release {
            return None;
        }
        match key.code {
            KeyCode::Enter => Some(Action::SearchConfirm),
            KeyCode::Esc => Some(Action::SearchCancel),
            KeyCode::Backspace => Some(Action::SearchBackspace),
            KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => {
                Some(Action::SearchCancel)
            }
            KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
                Some(Action::SearchInput(c))
            }
            _ => None,
        }
    }

    /// The rows of the help overlay and the man page, one per action.
    pub fn help_rows(&self) -> &[HelpRow] {
        &self.help
    }

    /// The first key bound to the action named `name`, for status hints.
    pub fn key_for(&self, name: &str) -> String {
        self.help
            .iter()
            .find(|r| r.name == name)
            .and_then(|r| r.keys.split(' ').next())
            .unwrap_or("")
            .to_string()
    }
}

/// A config that gives one key to two actions is refused, naming both;
/// a key it gives to one action leaves the action that had it by default.
fn refuse_shared_keys(overrides: &BTreeMap<String, Vec<String>>) -> Result<(), String> {
    let mut taken: Vec<(Chord, &str, &str)> = Vec::new();
    for (name, keys) in overrides {
        for key in keys {
            let chord = Chord::parse(key).map_err(|e| format!("[keys] {name}: {e}"))?;
            if let Some((_, other, as_written)) = taken
                .iter()
                .find(|(c, other, _)| *c == chord && other != name)
            {
                return Err(format!(
                    "[keys]: {key:?} is bound to both {other} ({as_written:?}) and {name}; give it to one"
                ));
            }
            taken.push((chord, name, key));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn defaults_cover_the_documented_keys() {
        let k = Keymap::default();
        let none = KeyModifiers::NONE;
        assert_eq!(k.action(key(KeyCode::Char('j'), none)), Some(Action::Down));
        assert_eq!(k.action(key(KeyCode::Down, none)), Some(Action::Down));
        assert_eq!(
            k.action(key(KeyCode::Char('N'), KeyModifiers::SHIFT)),
            Some(Action::PrevContradiction)
        );
        assert_eq!(
            k.action(key(KeyCode::BackTab, KeyModifiers::SHIFT)),
            Some(Action::PrevPane)
        );
        assert_eq!(
            k.action(key(KeyCode::Char('d'), KeyModifiers::CONTROL)),
            Some(Action::HalfDown)
        );
        assert_eq!(
            k.action(key(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some(Action::Quit)
        );
        assert_eq!(
            k.action(key(KeyCode::Char('3'), none)),
            Some(Action::PickSource(2))
        );
        assert_eq!(k.action(key(KeyCode::Char('z'), none)), None);
    }

    #[test]
    fn triage_and_side_keys_are_shifted_characters_too() {
        let k = Keymap::default();
        let shift = KeyModifiers::SHIFT;
        let none = KeyModifiers::NONE;
        // Terminals send `!`, `<`, `F` with Shift held; the chord ignores it.
        assert_eq!(
            k.action(key(KeyCode::Char('!'), shift)),
            Some(Action::Mark(Verdict::Check))
        );
        assert_eq!(
            k.action(key(KeyCode::Char('<'), shift)),
            Some(Action::SideSource {
                right: false,
                forward: false
            })
        );
        assert_eq!(
            k.action(key(KeyCode::Char('F'), shift)),
            Some(Action::CycleMarkFilter)
        );
        assert_eq!(
            k.action(key(KeyCode::Char('c'), none)),
            Some(Action::Mark(Verdict::Confirmed))
        );
        assert_eq!(
            k.action(key(KeyCode::Char('w'), none)),
            Some(Action::ToggleCoverage)
        );
        assert_eq!(
            k.action(key(KeyCode::Char('s'), none)),
            Some(Action::ToggleSide)
        );
        assert_eq!(
            k.action(key(KeyCode::Char('T'), shift)),
            Some(Action::ToggleTimeline)
        );
        assert_eq!(
            k.action(key(KeyCode::Char('d'), none)),
            Some(Action::ToggleOrder)
        );
    }

    #[test]
    fn overrides_replace_and_steal_keys() {
        let mut o = BTreeMap::new();
        o.insert("down".to_string(), vec!["x".to_string()]);
        o.insert("export".to_string(), vec!["j".to_string()]);
        let k = Keymap::with_overrides(&o).unwrap();
        let none = KeyModifiers::NONE;
        // x is dismiss's by default, and dismiss comes after down in the table.
        assert_eq!(k.action(key(KeyCode::Char('x'), none)), Some(Action::Down));
        assert_eq!(k.key_for("dismiss"), "", "the help no longer shows x there");
        assert_eq!(
            k.action(key(KeyCode::Char('j'), none)),
            Some(Action::Export)
        );
        assert_eq!(k.action(key(KeyCode::Char('e'), none)), None);
    }

    #[test]
    fn bad_overrides_are_clear_errors() {
        let mut o = BTreeMap::new();
        o.insert("fly".to_string(), vec!["x".to_string()]);
        assert!(Keymap::with_overrides(&o)
            .unwrap_err()
            .contains("unknown action \"fly\""));
        let mut o = BTreeMap::new();
        o.insert("down".to_string(), vec!["hyperdrive".to_string()]);
        assert!(Keymap::with_overrides(&o)
            .unwrap_err()
            .contains("unknown key"));
    }

    #[test]
    fn one_key_for_two_actions_is_refused_naming_both() {
        let mut o = BTreeMap::new();
        o.insert("down".to_string(), vec!["x".to_string()]);
        o.insert("up".to_string(), vec!["k".to_string(), "x".to_string()]);
        let err = Keymap::with_overrides(&o).unwrap_err();
        assert!(
            err.contains("is bound to both down (\"x\") and up"),
            "{err}"
        );
        // Twice to one action is no conflict.
        let mut o = BTreeMap::new();
        o.insert("down".to_string(), vec!["x".to_string(), "x".to_string()]);
        assert!(Keymap::with_overrides(&o).is_ok());
    }
}
