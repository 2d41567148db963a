//! Where each pane goes for a given terminal size: one pure function shared by the
//! views (to draw) and by `update` (to scroll, and to map mouse clicks to panes).

use ratatui::layout::{Margin, Rect};

/// Below this the reader shows a "terminal too small" message instead of panes.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panes {
    pub sources: Rect,
    pub reading: Rect,
    pub compare: Rect,
    pub status: Rect,
}

/// The pane rectangles, or `None` when `area` is below the minimum size.
pub fn panes(area: Rect) -> Option<Panes> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    let body = area.height - 1;
    let left = (area.width / 4).clamp(16, 34);
    let right = area.width - left;
    let reading_h = (body * 3 / 5).max(4);
    Some(Panes {
        sources: Rect::new(area.x, area.y, left, body),
        reading: Rect::new(area.x + left, area.y, right, reading_h),
        compare: Rect::new(area.x + left, area.y + reading_h, right, body - reading_h),
        status: Rect::new(area.x, area.y + body, area.width, 1),
    })
}

/// The border of a pane: its inside is `rect.inner(BORDER)`.
pub const BORDER: Margin = Margin::new(1, 1);

/// Width of the reading gutter (current / aligned marks) before the text.
pub const GUTTER: u16 = 3;

/// The text width of the reading pane for a terminal of `size`.
pub fn reading_text_width(size: (u16, u16)) -> u16 {
    panes(Rect::new(0, 0, size.0, size.1))
        .map(|p| p.reading.inner(BORDER).width.saturating_sub(GUTTER).max(1))
        .unwrap_or(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panes_tile_the_screen() {
        let p = panes(Rect::new(0, 0, 120, 40)).unwrap();
        assert_eq!(p.sources.width + p.reading.width, 120);
        assert_eq!(p.reading.height + p.compare.height + 1, 40);
        assert_eq!(p.status.y, 39);
    }

    #[test]
    fn too_small_is_none() {
        assert!(panes(Rect::new(0, 0, 39, 24)).is_none());
        assert!(panes(Rect::new(0, 0, 80, 9)).is_none());
        assert!(panes(Rect::new(0, 0, 0, 0)).is_none());
        assert!(panes(Rect::new(0, 0, 40, 10)).is_some());
    }
}
