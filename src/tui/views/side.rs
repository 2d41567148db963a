//! The side-by-side view (`s`): two sources in two columns, one row per
//! sentence pair the collation's groups line up ([`crate::tui::pairing`]) and a
//! gap (`·`) where one side has nothing. Inside each pair the words one side
//! has and the other lacks are underlined (a word diff by `similar`), and
//! divergent spans are in the mark brackets, coloured by kind. Both columns
//! scroll together; below about 70 columns the two sides of a row are stacked.

use std::ops::Range;

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

use super::compare::changed_words;
use super::{fit, mark_style};
use crate::tui::app::App;
use crate::tui::index::at;
use crate::tui::layout::{self, BORDER};
use crate::tui::wrap::{self, find_all, Mark, Marked};

/// Below this inner width the two sides of a row are stacked.
const STACK_BELOW: u16 = 70;

/// The view's area for a terminal of `size` (all but the status line), if the
/// terminal is large enough for the reader at all.
pub fn area(size: (u16, u16)) -> Option<Rect> {
    let full = Rect::new(0, 0, size.0, size.1);
    layout::panes(full).map(|p| Rect::new(0, 0, full.width, p.status.y))
}

/// What the view draws inside its border at `width` columns: the lines and,
/// per row of [`App::side_rows`], the lines it takes.
pub struct SideLines {
    pub lines: Vec<Line<'static>>,
    pub rows: Vec<Range<usize>>,
}

/// The text of one side of a row, marked, wrapped at `width`.
fn side_text(
    app: &App,
    article: usize,
    sentence: usize,
    other: Option<&str>,
    width: u16,
) -> Marked {
    let c = app.collation();
    let text = &c.articles[article].sentences[sentence].text;
    let mut marks = app.sentence_marks(at(article, sentence));
    if let Some(other) = other {
        marks.extend(
            changed_words(other, text)
                .into_iter()
                .map(|r| (r, Mark::Changed)),
        );
    }
    wrap::markup(text, &marks).wrapped(width)
}

/// The spans of line `l` of `m` (blank when `m` has fewer lines), `width` wide.
fn side_line(
    app: &App,
    m: Option<&Marked>,
    l: usize,
    width: usize,
    current: bool,
) -> Vec<Span<'static>> {
    let t = &app.settings().theme;
    let base = if current {
        t.text.patch(t.current)
    } else {
        t.text
    };
    let Some(m) = m else {
        let gap = if l == 0 { "·" } else { "" };
        return vec![Span::styled(format!("{gap:<width$}"), t.dim)];
    };
    let Some(range) = m.lines.get(l) else {
        return vec![Span::raw(" ".repeat(width))];
    };
    let query = app.search().query().unwrap_or("");
    let search: Vec<_> = find_all(&m.text, query)
        .into_iter()
        .map(|r| (r, Mark::Search))
        .collect();
    let mut used = 0;
    let mut out: Vec<Span> = m
        .pieces(range.clone(), &search)
        .into_iter()
        .map(|(piece, marks)| {
            used += piece.width();
            Span::styled(piece.to_string(), mark_style(t, app, base, &marks))
        })
        .collect();
    out.push(Span::styled(" ".repeat(width.saturating_sub(used)), base));
    out
}

/// The view's lines at inner `width`.
pub fn lines(app: &App, width: u16) -> SideLines {
    let mut out = SideLines {
        lines: Vec::new(),
        rows: Vec::new(),
    };
    let Some(side) = app.side() else {
        return out;
    };
    let t = &app.settings().theme;
    let (left, right) = (app.article(), side.right());
    let stacked = width < STACK_BELOW;
    let w = usize::from(width);
    let label_w = app.label(left).width().max(app.label(right).width());
    // Gutter, then one column, or two with " │ " between.
    let column = if stacked {
        w.saturating_sub(2 + label_w + 1).max(1)
    } else {
        (w.saturating_sub(2 + 3) / 2).max(1)
    };
    let c = app.collation();
    let sentence = |a: usize, s: Option<usize>| s.map(|s| c.articles[a].sentences[s].text.as_str());
    for (k, row) in app.side_rows().iter().enumerate() {
        let current = k == side.row();
        let (lt, rt) = (sentence(left, row.left), sentence(right, row.right));
        let cw = column as u16;
        let lm = row.left.map(|s| side_text(app, left, s, rt, cw));
        let rm = row.right.map(|s| side_text(app, right, s, lt, cw));
        let count = |m: &Option<Marked>| m.as_ref().map_or(1, |m| m.lines.len());
        let first = out.lines.len();
        let gutter = |l: usize| {
            let mark = match (current, l) {
                (true, 0) => "▶ ",
                (true, _) => "▌ ",
                _ => "  ",
            };
            Span::styled(mark, t.gutter_current)
        };
        if stacked {
            let mut l = 0;
            for (article, m) in [(left, &lm), (right, &rm)] {
                for i in 0..count(m) {
                    let label = if i == 0 { app.label(article) } else { "" };
                    let mut spans = vec![
                        gutter(l),
                        Span::styled(format!("{label:<label_w$} "), t.title),
                    ];
                    spans.extend(side_line(app, m.as_ref(), i, column, current));
                    out.lines.push(Line::from(spans));
                    l += 1;
                }
            }
        } else {
            for l in 0..count(&lm).max(count(&rm)) {
                let mut spans = vec![gutter(l)];
                spans.extend(side_line(app, lm.as_ref(), l, column, current));
                spans.push(Span::styled(" │ ", t.border));
                spans.extend(side_line(app, rm.as_ref(), l, column, current));
                out.lines.push(Line::from(spans));
            }
        }
        out.rows.push(first..out.lines.len());
    }
    out
}

/// The lines each row takes, all the lines and the rows of text shown, for a
/// terminal of `size`.
pub fn layout(app: &App, size: (u16, u16)) -> (Vec<Range<usize>>, usize, usize) {
    let Some(inner) = area(size).map(|a| a.inner(BORDER)) else {
        return (Vec::new(), 0, 1);
    };
    let body = inner.height.saturating_sub(1);
    let shown = lines(app, inner.width);
    (shown.rows, shown.lines.len(), usize::from(body).max(1))
}

/// The header: each side's label and title, with the keys that change it.
fn header(app: &App, width: usize) -> Line<'static> {
    let t = &app.settings().theme;
    let Some(side) = app.side() else {
        return Line::default();
    };
    let k = |n: &str| app.settings().keymap.key_for(n);
    let name = |a: usize| format!("{} {}", app.label(a), app.collation().articles[a].title);
    let left = format!(
        "{}/{} {}",
        k("side_prev_left"),
        k("side_next_left"),
        name(app.article())
    );
    let right = format!(
        "{}/{} {}",
        k("side_prev_right"),
        k("side_next_right"),
        name(side.right())
    );
    if width < usize::from(STACK_BELOW) {
        return Line::styled(fit(&format!("{left} · {right}"), width), t.title);
    }
    let column = width.saturating_sub(5) / 2;
    Line::from(vec![
        Span::styled(format!("  {:<column$}", fit(&left, column)), t.title),
        Span::styled(" │ ", t.border),
        Span::styled(fit(&right, column), t.title),
    ])
}

pub fn render(frame: &mut Frame, app: &App, area: Rect) {
    let k = |n: &str| app.settings().keymap.key_for(n);
    let title = format!(
        "Side by side · {}/{} difference · {} back",
        k("next_contradiction"),
        k("prev_contradiction"),
        k("side_by_side")
    );
    frame.render_widget(super::pane_block(app, app.focus(), title), area);
    let inner = area.inner(BORDER);
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    let mut visible = vec![header(app, usize::from(inner.width))];
    let all = lines(app, inner.width).lines;
    let body = usize::from(inner.height.saturating_sub(1));
    let skip = app
        .side()
        .map_or(0, |s| s.scroll())
        .min(all.len().saturating_sub(body));
    visible.extend(all.into_iter().skip(skip).take(body));
    frame.render_widget(Paragraph::new(visible), inner);
}
