//! The Reading pane's state: the current article and sentence, how far the pane
//! is scrolled, and each article's wrapped layout, cached for the current width so
//! scrolling through 1,000 articles stays cheap.

use std::collections::HashMap;

use ratatui::layout::{Position, Rect};

use crate::model::Collation;
use crate::tui::index::{at, Index};
use crate::tui::layout;
use crate::tui::wrap::{self, Marked};

/// An article wrapped at one width: its sentences and the rows they occupy.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticleLayout {
    pub sentences: Vec<Marked>,
    /// Each screen row: `(sentence, line)`, or `None` for a paragraph break.
    pub rows: Vec<Option<(usize, usize)>>,
    /// The first row of each sentence.
    pub first_row: Vec<usize>,
}

/// Display text and marks for one sentence: its details and divergent spans.
pub fn marked(c: &Collation, index: &Index, article: usize, sentence: usize) -> Marked {
    let text = &c.articles[article].sentences[sentence].text;
    wrap::markup(text, &index.marks(c, at(article, sentence), |_| true))
}

/// The layout of `article` at text `width`.
pub fn build_layout(c: &Collation, index: &Index, article: usize, width: u16) -> ArticleLayout {
    let a = &c.articles[article];
    let mut out = ArticleLayout::default();
    let mut prev_end = None;
    for (i, s) in a.sentences.iter().enumerate() {
        // Cleaned text holds one paragraph per line and a sentence never
        // crosses one: a line break between two sentences ends a paragraph.
        let paragraph = prev_end.is_some_and(|p: usize| {
            a.text
                .get(p..s.start.max(p))
                .is_some_and(|gap| gap.contains('\n'))
        });
        if paragraph {
            out.rows.push(None);
        }
        let m = marked(c, index, article, i).wrapped(width);
        out.first_row.push(out.rows.len());
        out.rows.extend((0..m.lines.len()).map(|l| Some((i, l))));
        out.sentences.push(m);
        prev_end = Some(s.end);
    }
    out
}

/// The inside of the Reading pane for a terminal of `size`, if it has panes.
fn body(size: (u16, u16)) -> Option<Rect> {
    layout::panes(Rect::new(0, 0, size.0, size.1)).map(|p| p.reading.inner(layout::BORDER))
}

/// Rows of text the Reading pane shows for a terminal of `size`.
pub fn height(size: (u16, u16)) -> usize {
    body(size).map_or(1, |b| usize::from(b.height).max(1))
}

#[derive(Debug, Default)]
pub struct Reading {
    article: usize,
    sentence: usize,
    scroll: usize,
    layouts: HashMap<usize, ArticleLayout>,
    layout_width: u16,
}

impl Reading {
    pub fn article(&self) -> usize {
        self.article
    }

    pub fn sentence(&self) -> usize {
        self.sentence
    }

    /// The first row shown.
    pub fn scroll(&self) -> usize {
        self.scroll
    }

    /// The cached layout of the current article at text `width`, if there is one.
    pub fn layout(&self, width: u16) -> Option<&ArticleLayout> {
        (self.layout_width == width)
            .then(|| self.layouts.get(&self.article))
            .flatten()
    }

    /// Forgets every layout (a new collation arrived).
    pub(in crate::tui) fn reset(&mut self) {
        *self = Reading::default();
    }

    /// Makes `sentence` of `article` current (clamped to the article) and
    /// scrolls it into view.
    pub(in crate::tui) fn place(
        &mut self,
        c: &Collation,
        index: &Index,
        size: (u16, u16),
        article: usize,
        sentence: usize,
    ) {
        if article != self.article {
            self.scroll = 0;
        }
        self.article = article;
        let n = c.articles.get(article).map_or(0, |a| a.sentences.len());
        self.sentence = sentence.min(n.saturating_sub(1));
        self.reveal(c, index, size);
    }

    /// Lays the current article out for `size` and scrolls the current sentence
    /// into view.
    pub(in crate::tui) fn reveal(&mut self, c: &Collation, index: &Index, size: (u16, u16)) {
        if self.article >= c.articles.len() {
            return;
        }
        let width = layout::reading_text_width(size);
        if width != self.layout_width || self.layouts.len() > 64 {
            self.layouts.clear();
            self.layout_width = width;
        }
        if !self.layouts.contains_key(&self.article) {
            let built = build_layout(c, index, self.article, width);
            self.layouts.insert(self.article, built);
        }
        let height = height(size);
        let Some(l) = self.layouts.get(&self.article) else {
            return;
        };
        let Some(&first) = l.first_row.get(self.sentence) else {
            return;
        };
        let next = l.first_row.get(self.sentence + 1);
        let last = (next.map_or(l.rows.len(), |n| *n) - 1).max(first);
        if last >= self.scroll + height {
            self.scroll = last + 1 - height;
        }
        if first < self.scroll {
            self.scroll = first;
        }
    }

    fn layout_for(&self, size: (u16, u16)) -> Option<&ArticleLayout> {
        self.layout(layout::reading_text_width(size))
    }

    /// The sentence `rows` screen rows below (or above) the current one.
    pub fn sentence_by_rows(&self, size: (u16, u16), rows: isize) -> usize {
        let Some(l) = self.layout_for(size) else {
            return self.sentence;
        };
        let Some(&first) = l.first_row.get(self.sentence) else {
            return self.sentence;
        };
        let target = (first as isize + rows).clamp(0, l.rows.len() as isize - 1) as usize;
        let found = l
            .first_row
            .partition_point(|r| *r <= target)
            .saturating_sub(1);
        if rows > 0 && found == self.sentence {
            (self.sentence + 1).min(l.first_row.len().saturating_sub(1))
        } else {
            found
        }
    }

    /// The sentence drawn at screen cell `cell`, if the cell is inside the pane.
    pub fn sentence_at(&self, size: (u16, u16), cell: Position) -> Option<usize> {
        let b = body(size).filter(|b| b.contains(cell))?;
        let r = self.scroll + usize::from(cell.y - b.y);
        let l = self.layout_for(size)?;
        l.rows.get(r).copied().flatten().map(|(s, _)| s)
    }

    /// Scrolls by `delta` rows without moving the current sentence.
    pub(in crate::tui) fn wheel(&mut self, size: (u16, u16), delta: isize) {
        let rows = self.layout_for(size).map_or(0, |l| l.rows.len());
        self.scroll = super::shift(self.scroll, delta, rows);
    }
}
