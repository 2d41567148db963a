//! The Sources pane: one row per article (label, title, sentence count,
//! contradictions) and, below, the files that were skipped.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

use super::{fit, pane_block};
use crate::tui::action::Pane;
use crate::tui::app::{list_offset, warning_rows, App};
use crate::tui::layout::inner;

pub fn render(frame: &mut Frame, app: &App, area: Rect) {
    let t = &app.settings.theme;
    let n = app.collation.articles.len();
    let title = if app.is_loaded() {
        format!("Sources ({n})")
    } else {
        "Sources".to_string()
    };
    frame.render_widget(pane_block(app, Pane::Sources, title), area);
    let body = inner(area);
    if body.width == 0 || body.height == 0 {
        return;
    }
    let h = usize::from(body.height);
    let w = usize::from(body.width);
    let warn_rows = warning_rows(app.warnings.len(), h);
    let list_h = h - warn_rows;
    let offset = list_offset(app.source_cursor, list_h);
    let mut lines: Vec<Line> = Vec::with_capacity(h);
    for i in offset..n.min(offset + list_h) {
        let a = &app.collation.articles[i];
        let count = app.contradictions_in(i);
        let right = if count > 0 {
            format!(" {:>3} {count:>2}!", a.sentences.len())
        } else {
            format!(" {:>3}    ", a.sentences.len())
        };
        let marker = if i == app.article { "▶" } else { " " };
        let left = format!("{marker}{} ", app.label(i));
        let room = w.saturating_sub(left.width() + right.width());
        let title = fit(&a.title, room);
        let pad = room.saturating_sub(title.width());
        let mut row = Line::from(vec![
            Span::styled(fit(&left, w), t.title),
            Span::raw(title),
            Span::raw(" ".repeat(pad)),
            Span::styled(
                fit(&right, w.saturating_sub(left.width())),
                if count > 0 { t.count } else { t.dim },
            ),
        ]);
        if i == app.source_cursor && app.focus == Pane::Sources {
            row = row.style(t.selected);
        }
        lines.push(row);
    }
    if n == 0 && app.is_loaded() {
        lines.push(Line::styled("(no articles)", t.dim));
    }
    if warn_rows > 0 {
        lines.resize(list_h, Line::default());
        lines.push(Line::styled(
            fit(&format!("{} skipped", app.warnings.len()), w),
            t.warning,
        ));
        for wtext in app.warnings.iter().take(warn_rows - 1) {
            lines.push(Line::styled(fit(&format!("⚠ {wtext}"), w), t.warning));
        }
    }
    frame.render_widget(Paragraph::new(lines), body);
}
