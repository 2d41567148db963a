//! The `t` overlay: a fact table. Rows are the details sources state differently
//! (from the divergences of the current story), columns are sources, and cells that
//! disagree with the majority are bracketed and coloured.

use std::collections::HashMap;

use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

use super::fit;
use crate::model::DivergenceKind;
use crate::tui::app::App;

/// One compared detail: its kind, the majority value, and each column's value.
pub struct FactRow {
    pub kind: DivergenceKind,
    pub majority: String,
    /// Per column: the text this source states and whether it disagrees.
    pub cells: Vec<Option<(String, bool)>>,
}

/// The columns (articles of the current story) and rows of the fact table, and
/// how many of the story's contradictions the filter hides.
pub fn fact_table(app: &App) -> (Vec<usize>, Vec<FactRow>, usize) {
    let c = &app.collation();
    let columns: Vec<usize> = match c.story_of(app.article()) {
        Some(s) => c.stories[s].articles.clone(),
        None => (0..c.articles.len()).collect(),
    };
    let mut rows = Vec::new();
    let mut hidden = 0;
    for div in &c.divergences {
        if !div.values.iter().any(|v| columns.contains(&v.article)) {
            continue;
        }
        if app.filter().is_some_and(|f| f != div.kind) {
            hidden += 1;
            continue;
        }
        let key = |v: &crate::model::DivergentValue| {
            if v.value.is_empty() {
                v.text.to_lowercase()
            } else {
                v.value.clone()
            }
        };
        let mut counts: HashMap<String, usize> = HashMap::new();
        for v in &div.values {
            *counts.entry(key(v)).or_default() += 1;
        }
        let top = counts.values().copied().max().unwrap_or(0);
        // A tie has no majority: every cell disagrees.
        let majority_key = if counts.values().filter(|c| **c == top).count() > 1 {
            String::new()
        } else {
            div.values
                .iter()
                .map(key)
                .find(|k| counts[k] == top)
                .unwrap_or_default()
        };
        let majority = div
            .values
            .iter()
            .find(|v| key(v) == majority_key)
            .map_or_else(|| "(split)".to_string(), |v| v.text.clone());
        let cells = columns
            .iter()
            .map(|a| {
                div.values
                    .iter()
                    .find(|v| v.article == *a)
                    .map(|v| (v.text.clone(), key(v) != majority_key))
            })
            .collect();
        rows.push(FactRow {
            kind: div.kind,
            majority,
            cells,
        });
    }
    (columns, rows, hidden)
}

pub fn render(frame: &mut Frame, app: &App, area: Rect) {
    let t = &app.settings().theme;
    let (columns, rows, hidden) = fact_table(app);
    let popup = area.centered(
        Constraint::Length(area.width.saturating_sub(4)),
        Constraint::Length((rows.len() as u16).saturating_add(5)),
    );
    frame.render_widget(Clear, popup);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(t.border_focused)
        .title(Span::styled(
            " Facts: details by source ([x] disagrees; any key closes) ",
            t.title,
        ));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let w = usize::from(inner.width);
    let label_w = 18.min(w / 3);
    let ncols = columns.len().max(1);
    let col_w = (w.saturating_sub(label_w) / ncols).max(1);
    let mut header = vec![Span::styled(
        format!("{:<label_w$}", fit("detail", label_w)),
        t.title,
    )];
    for a in &columns {
        header.push(Span::styled(
            format!(
                "{:<col_w$}",
                fit(
                    &format!("{} {}", app.label(*a), app.collation().articles[*a].title),
                    col_w.saturating_sub(1),
                )
            ),
            t.title,
        ));
    }
    let mut lines = vec![Line::from(header)];
    match app.filter() {
        Some(k) if hidden > 0 => lines.push(Line::styled(
            format!(
                "{} {k} contradictions; the filter hides {hidden} of other kinds",
                if rows.is_empty() { "no" } else { "only" }
            ),
            t.dim,
        )),
        _ if rows.is_empty() => {
            lines.push(Line::styled("no contradictions in this story", t.dim));
        }
        _ => {}
    }
    for row in rows {
        let label = fit(
            &format!("{} {}", row.kind, row.majority),
            label_w.saturating_sub(1),
        );
        let mut spans = vec![Span::styled(format!("{label:<label_w$}"), t.kind(row.kind))];
        for cell in row.cells {
            let (text, style) = match cell {
                Some((v, true)) => (format!("[{v}]"), t.kind(row.kind)),
                Some((v, false)) => (v, t.text),
                None => ("·".to_string(), t.dim),
            };
            let text = fit(&text, col_w.saturating_sub(1));
            let pad = col_w.saturating_sub(text.width());
            spans.push(Span::styled(text, style));
            spans.push(Span::raw(" ".repeat(pad)));
        }
        lines.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
