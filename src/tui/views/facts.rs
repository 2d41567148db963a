//! The `t` overlay: a fact table. Rows are the details sources state differently
//! (from the divergences of the current story), columns are sources. Values are
//! shown whole (wrapped in their cell); cells that disagree with the majority
//! are in the mark brackets and coloured; a legend says what the marks mean.
//! When the sources do not fit side by side, the columns shown follow the
//! selected one. The layout ([`table`]) is shared with `update`, which scrolls.

use std::collections::HashMap;

use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

use super::fit;
use crate::model::{DivergenceKind, SentenceRef};
use crate::tui::app::App;
use crate::tui::index::{at, compared, shown};
use crate::tui::wrap::{bracketed, source_text, wrap_ranges};

/// What one source states about one compared detail.
pub struct FactCell {
    pub text: String,
    /// It differs from the majority (or there is none).
    pub differs: bool,
    /// The sentence that states it.
    pub at: SentenceRef,
}

/// One compared detail: its kind, the majority value, and each column's value.
pub struct FactRow {
    pub kind: DivergenceKind,
    /// Index into `Collation::divergences`.
    pub divergence: usize,
    /// The value most sources state, or [`SPLIT`] when none does.
    pub majority: String,
    /// Per column: what this source states, if anything.
    pub cells: Vec<Option<FactCell>>,
}

/// The majority column's word when no value is stated by more sources than
/// every other.
pub const SPLIT: &str = "(split)";

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
    for (d, div) in c.divergences.iter().enumerate() {
        if !div.values.iter().any(|v| columns.contains(&v.article)) {
            continue;
        }
        if !app.passes(d) {
            hidden += 1;
            continue;
        }
        let key = compared;
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
            .map_or_else(|| SPLIT.to_string(), |v| shown(c, v));
        let cells = columns
            .iter()
            .map(|a| {
                div.values
                    .iter()
                    .find(|v| v.article == *a)
                    .map(|v| FactCell {
                        text: shown(c, v),
                        differs: key(v) != majority_key,
                        at: at(v.article, v.sentence),
                    })
            })
            .collect();
        rows.push(FactRow {
            kind: div.kind,
            divergence: d,
            majority,
            cells,
        });
    }
    (columns, rows, hidden)
}

/// Narrowest a source's column gets before columns scroll sideways.
const MIN_COLUMN: usize = 16;
/// Width of the detail column.
const LABEL: usize = 20;

/// What the legend under the table says, one paragraph a line.
const LEGEND: [&str; 3] = [
    "⟦x⟧ differs from what most sources state · · the source states nothing on it",
    "(split): no value is stated by more sources than every other, so each value is marked",
    "j/k row · h/l or Tab source · PgDn/PgUp page · Enter go to the sentence · t or Esc close",
];

/// The legend wrapped at `width` columns.
fn legend(width: usize) -> Vec<String> {
    LEGEND
        .iter()
        .flat_map(|l| wrapped_lines(l, width))
        .collect()
}

/// The fact table laid out in a screen `area`: the rows and columns, which
/// columns are shown, their widths, and the lines each row takes.
pub struct Table {
    pub columns: Vec<usize>,
    pub rows: Vec<FactRow>,
    pub hidden: usize,
    /// The range of `columns` shown.
    pub shown: std::ops::Range<usize>,
    pub label_width: usize,
    pub column_width: usize,
    /// Lines each row takes (its tallest wrapped cell).
    pub heights: Vec<usize>,
    /// Lines left for rows.
    pub body_height: usize,
    /// The popup, its border included.
    pub popup: Rect,
}

/// Lines `text` takes wrapped at `width` columns.
fn wrapped_lines(text: &str, width: usize) -> Vec<String> {
    let width = u16::try_from(width.max(1)).unwrap_or(u16::MAX);
    wrap_ranges(text, width)
        .into_iter()
        .map(|r| text[r].to_string())
        .collect()
}

fn cell_text(cell: &Option<FactCell>) -> String {
    match cell {
        Some(c) if c.differs => bracketed(&source_text(&c.text)),
        Some(c) => source_text(&c.text),
        None => "·".to_string(),
    }
}

fn label_text(row: &FactRow) -> String {
    format!("{} {}", row.kind, row.majority)
}

/// The table for the app's current story in a screen of `area`.
pub fn table(app: &App, area: Rect) -> Table {
    let (columns, rows, hidden) = fact_table(app);
    let w = usize::from(area.width.saturating_sub(4 + 2));
    let label_width = LABEL.min(w / 3);
    let room = w.saturating_sub(label_width);
    let fit_count = (room / MIN_COLUMN).clamp(1, columns.len().max(1));
    let selected = app.facts().column().min(columns.len().saturating_sub(1));
    let start = (selected + 1).saturating_sub(fit_count);
    let shown = start..(start + fit_count).min(columns.len());
    let column_width = (room / fit_count).max(2);
    let heights: Vec<usize> = rows
        .iter()
        .map(|row| {
            let label = wrapped_lines(&label_text(row), label_width.saturating_sub(1)).len();
            row.cells[shown.clone()]
                .iter()
                .map(|c| wrapped_lines(&cell_text(c), column_width - 1).len())
                .chain([label])
                .max()
                .unwrap_or(1)
        })
        .collect();
    // Border, header, a possible filter line and the legend.
    let chrome = 2 + 1 + 1 + legend(w).len();
    let wanted = chrome + heights.iter().sum::<usize>();
    let popup = area.centered(
        Constraint::Length(area.width.saturating_sub(4)),
        Constraint::Length(wanted.min(usize::from(area.height.saturating_sub(2))) as u16),
    );
    Table {
        columns,
        rows,
        hidden,
        shown,
        label_width,
        column_width,
        heights,
        body_height: usize::from(popup.height).saturating_sub(chrome).max(1),
        popup,
    }
}

/// The lines of a cell wrapped to `width`, each padded to it.
fn padded(text: &str, width: usize) -> Vec<String> {
    wrapped_lines(text, width.saturating_sub(1))
        .into_iter()
        .map(|l| {
            let l = fit(&l, width.saturating_sub(1));
            let pad = width.saturating_sub(l.width());
            l + &" ".repeat(pad)
        })
        .collect()
}

pub fn render(frame: &mut Frame, app: &App, area: Rect) {
    let t = &app.settings().theme;
    let table = table(app, area);
    let popup = table.popup;
    let title = format!(
        " Facts: details by source (sources {}–{} of {}) ",
        table.shown.start + 1,
        table.shown.end,
        table.columns.len()
    );
    let inner = super::popup(frame, app, popup, &title);
    let (lw, cw) = (table.label_width, table.column_width);
    let mut header = vec![Span::styled(format!("{:<lw$}", fit("detail", lw)), t.title)];
    for (k, a) in table.columns[table.shown.clone()].iter().enumerate() {
        let selected = table.shown.start + k == app.facts().column();
        let name = format!("{} {}", app.label(*a), app.collation().articles[*a].title);
        let name = fit(&name, cw.saturating_sub(1));
        let pad = cw.saturating_sub(name.width());
        let style = if selected { t.selected } else { t.title };
        header.push(Span::styled(name, style));
        header.push(Span::raw(" ".repeat(pad)));
    }
    let mut lines = vec![Line::from(header)];
    match app.filter() {
        Some(k) if table.hidden > 0 => lines.push(Line::styled(
            format!(
                "{} {k} contradictions; the filter hides {} of other kinds",
                if table.rows.is_empty() { "no" } else { "only" },
                table.hidden
            ),
            t.dim,
        )),
        _ if table.hidden > 0 => lines.push(Line::styled(
            format!("the filter hides {} contradictions", table.hidden),
            t.dim,
        )),
        _ if table.rows.is_empty() => {
            lines.push(Line::styled("no contradictions in this story", t.dim));
        }
        _ => {}
    }
    let mut used = 0;
    for (r, row) in table.rows.iter().enumerate().skip(app.facts().first()) {
        let height = table.heights[r];
        if used > 0 && used + height > table.body_height {
            break;
        }
        used += height;
        let row_selected = r == app.facts().row();
        let mut cells = vec![(padded(&label_text(row), lw), t.kind(row.kind))];
        for (k, cell) in row.cells[table.shown.clone()].iter().enumerate() {
            let style = match cell {
                Some(c) if c.differs => t.kind(row.kind),
                Some(_) => t.text,
                None => t.dim,
            };
            let here = row_selected && table.shown.start + k == app.facts().column();
            let style = if here { style.patch(t.selected) } else { style };
            cells.push((padded(&cell_text(cell), cw), style));
        }
        for l in 0..height {
            let spans: Vec<Span> = cells
                .iter()
                .enumerate()
                .map(|(k, (text, style))| {
                    let width = if k == 0 { lw } else { cw };
                    let text = text.get(l).cloned().unwrap_or_else(|| " ".repeat(width));
                    Span::styled(text, *style)
                })
                .collect();
            lines.push(Line::from(spans));
        }
    }
    let legend = legend(usize::from(inner.width));
    // The legend at the bottom; a row taller than the table is cut above it.
    lines.resize(
        usize::from(inner.height).saturating_sub(legend.len()),
        Line::default(),
    );
    lines.extend(legend.into_iter().map(|l| Line::styled(l, t.dim)));
    frame.render_widget(Paragraph::new(lines), inner);
}
