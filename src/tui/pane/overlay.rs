//! The overlays drawn over the panes (key help, fact table, coverage,
//! timeline) and how
//! an open one answers a key its own keys do not take: its toggle closes it,
//! another's switches to it, anything else closes it without acting.

use crate::tui::action::Action;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help,
    Facts,
    Coverage,
    Timeline,
}

/// The overlay open after `action` reaches an open `overlay`.
pub fn after(overlay: Overlay, action: &Action) -> Option<Overlay> {
    match action {
        Action::ToggleHelp if overlay == Overlay::Help => None,
        Action::ToggleFacts if overlay == Overlay::Facts => None,
        Action::ToggleCoverage if overlay == Overlay::Coverage => None,
        Action::ToggleTimeline if overlay == Overlay::Timeline => None,
        Action::ToggleHelp => Some(Overlay::Help),
        Action::ToggleFacts => Some(Overlay::Facts),
        Action::ToggleCoverage => Some(Overlay::Coverage),
        Action::ToggleTimeline => Some(Overlay::Timeline),
        a if !a.from_user() => Some(overlay),
        _ => None,
    }
}
