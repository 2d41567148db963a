//! The Sources pane's state: the selected article row, which Enter opens. How
//! the pane's rows divide between the list, the date line and skipped-file
//! warnings is decided here, once, for drawing and for clicks alike.

use ratatui::layout::{Position, Rect};

use crate::tui::layout;
use crate::tui::outline::Outline;

/// The first visible row of a list of `height` rows that keeps `selected` in view.
pub fn list_offset(selected: usize, height: usize) -> usize {
    (selected + 1).saturating_sub(height.max(1))
}

/// Rows of the Sources pane given to the line on the current article's date
/// (under the list, when the pane has room for it).
pub fn date_rows(height: usize) -> usize {
    usize::from(height >= 8)
}

/// Rows of the Sources pane given to skipped-file warnings.
pub fn warning_rows(warnings: usize, height: usize) -> usize {
    if warnings == 0 {
        0
    } else {
        (warnings + 1).min(height / 3)
    }
}

/// The inside of the Sources pane for a terminal of `size`, if it has panes.
fn body(size: (u16, u16)) -> Option<Rect> {
    layout::panes(Rect::new(0, 0, size.0, size.1)).map(|p| p.sources.inner(layout::BORDER))
}

/// Rows of the article list for a terminal of `size` with `warnings` skipped files.
pub fn height(size: (u16, u16), warnings: usize) -> usize {
    body(size).map_or(1, |b| {
        let h = usize::from(b.height);
        h.saturating_sub(warning_rows(warnings, h) + date_rows(h))
            .max(1)
    })
}

#[derive(Debug, Default)]
pub struct Sources {
    cursor: usize,
}

impl Sources {
    /// The selected article.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub(in crate::tui) fn select(&mut self, article: usize) {
        self.cursor = article;
    }

    /// Moves the selection `step` articles along the outline.
    pub(in crate::tui) fn step(&mut self, outline: &Outline, step: isize) {
        self.cursor = outline.step(self.cursor, step);
    }

    /// Moves the selection `rows` list rows (headers count) along the outline.
    pub(in crate::tui) fn step_rows(&mut self, outline: &Outline, rows: isize) {
        self.cursor = outline.step_rows(self.cursor, rows);
    }

    /// The article listed at screen cell `cell`, if there is one.
    pub fn article_at(
        &self,
        outline: &Outline,
        size: (u16, u16),
        warnings: usize,
        cell: Position,
    ) -> Option<usize> {
        let b = body(size).filter(|b| b.contains(cell))?;
        let (line, height) = (usize::from(cell.y - b.y), height(size, warnings));
        let selected = outline.row.get(self.cursor).copied().unwrap_or(0);
        outline
            .article_on_line(list_offset(selected, height), height, line)
            .filter(|_| line < height)
    }
}
