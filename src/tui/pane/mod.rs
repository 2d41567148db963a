//! The state each part of the reader owns: the three panes, search and the
//! overlays. Fields are private to their module; they change only through the
//! `pub(in crate::tui)` methods that [`crate::tui::update`] calls, and views see
//! them through `&` getters.

pub mod facts;
pub mod overlay;
pub mod reading;
pub mod scrolled;
pub mod search;
pub mod side;
pub mod sources;
pub mod triage;

pub use scrolled::Scrolled;
/// The Compare pane: the other members of the group, one selected.
pub type Compare = Scrolled;
pub use facts::Facts;
pub use overlay::Overlay;
pub use reading::Reading;
pub use search::Search;
pub use side::Side;
pub use sources::Sources;
pub use triage::Triage;

/// `at + step` clamped to `0..n`.
pub(in crate::tui) fn shift(at: usize, step: isize, n: usize) -> usize {
    if n == 0 {
        return 0;
    }
    at.saturating_add_signed(step).min(n - 1)
}
