//! The overlays drawn over the panes (key help, fact table) and how an open one
//! answers a key: its own toggle closes it, the other's switches to it, anything
//! else closes it without acting.

use crate::tui::action::Action;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help,
    Facts,
}

/// The overlay open after `action` reaches an open `overlay`.
pub fn after(overlay: Overlay, action: &Action) -> Option<Overlay> {
    match action {
        Action::ToggleHelp if overlay == Overlay::Help => None,
        Action::ToggleFacts if overlay == Overlay::Facts => None,
        Action::ToggleHelp => Some(Overlay::Help),
        Action::ToggleFacts => Some(Overlay::Facts),
        a if !a.from_user() => Some(overlay),
        _ => None,
    }
}
