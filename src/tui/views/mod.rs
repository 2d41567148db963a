//! Drawing: each pane is a function of `&App` into a frame area. Views never change
//! state; anything they need precomputed (layouts, counts) comes from the app.

pub(crate) mod compare;
pub(crate) mod coverage;
pub(crate) mod facts;
pub(crate) mod help;
mod reading;
pub(crate) mod side;
mod sources;
mod status;
pub(crate) mod timeline;

pub use help::keys_help_markdown;

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use ratatui::Frame;
use unicode_width::UnicodeWidthChar;

use super::action::Pane;
use super::app::App;
use super::layout::{self, MIN_HEIGHT, MIN_WIDTH};
use super::pane::Overlay;
use super::theme::Theme;
use super::wrap::{sanitise, Mark};

/// Draws the whole screen.
pub fn render(frame: &mut Frame, app: &App) {
    let area = frame.area();
    if area.width == 0 || area.height == 0 {
        return;
    }
    let Some(panes) = layout::panes(area) else {
        let msg = format!("terminal too small (need {MIN_WIDTH}×{MIN_HEIGHT})");
        frame.render_widget(Paragraph::new(msg).wrap(Wrap { trim: true }), area);
        return;
    };
    match side::area((area.width, area.height)).filter(|_| app.side().is_some()) {
        Some(whole) => side::render(frame, app, whole),
        None => {
            sources::render(frame, app, panes.sources);
            reading::render(frame, app, panes.reading);
            compare::render(frame, app, panes.compare);
        }
    }
    status::render(frame, app, panes.status);
    match app.overlay() {
        Some(Overlay::Help) => help::render(frame, app, area),
        Some(Overlay::Facts) => facts::render(frame, app, area),
        Some(Overlay::Coverage) => coverage::render(frame, app, area),
        Some(Overlay::Timeline) => timeline::render(frame, app, area),
        None => {}
    }
}

/// A bordered pane whose border shows whether it has the focus.
fn pane_block<'a>(app: &App, pane: Pane, title: String) -> Block<'a> {
    let t = &app.settings().theme;
    let focused = app.focus() == pane;
    let border = if focused { t.border_focused } else { t.border };
    let marker = if focused { "▸ " } else { " " };
    Block::default()
        .borders(Borders::ALL)
        .border_style(border)
        .title(Line::from(vec![
            Span::styled(marker, border),
            Span::styled(format!("{} ", sanitise(&title)), t.title),
        ]))
}

/// Clears `popup`, draws its border titled `title` and gives its inside: the
/// frame of every overlay.
fn popup(
    frame: &mut Frame,
    app: &App,
    popup: ratatui::layout::Rect,
    title: &str,
) -> ratatui::layout::Rect {
    let t = &app.settings().theme;
    frame.render_widget(ratatui::widgets::Clear, popup);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(t.border_focused)
        .title(Span::styled(title.to_string(), t.title));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    inner
}

/// The layout of an overlay of one line a row, under a border and above a
/// legend line, in a screen `area`; `selectable[r]` says whether row `r` is
/// an entry the overlay selects. Gives the entries as line ranges, the rows
/// they are, the lines shown and the popup (the coverage and timeline
/// overlays).
fn list_layout(
    selectable: &[bool],
    area: ratatui::layout::Rect,
) -> (
    Vec<std::ops::Range<usize>>,
    Vec<usize>,
    usize,
    ratatui::layout::Rect,
) {
    use ratatui::layout::Constraint;
    let entries: Vec<usize> = (0..selectable.len()).filter(|r| selectable[*r]).collect();
    let ranges = entries.iter().map(|r| *r..*r + 1).collect();
    let height = u16::try_from(selectable.len() + 3).unwrap_or(u16::MAX);
    let popup = area.centered(
        Constraint::Length(area.width.saturating_sub(4)),
        Constraint::Length(height.min(area.height.saturating_sub(2))),
    );
    let body = usize::from(popup.height.saturating_sub(3)).max(1);
    (ranges, entries, body, popup)
}

/// The style of text carrying `marks` on top of `base`.
fn mark_style(theme: &Theme, app: &App, base: Style, marks: &[Mark]) -> Style {
    let mut style = base;
    let mut sorted = marks.to_vec();
    sorted.sort();
    for m in sorted {
        style = style.patch(match m {
            Mark::Detail => theme.detail,
            Mark::Changed => theme.changed,
            Mark::Divergent(k) if app.filter().is_none_or(|f| f == k) => theme.kind(k),
            Mark::Divergent(_) => theme.detail,
            Mark::Update => theme.update,
            Mark::Search => theme.search,
        });
    }
    style
}

/// `s` cut to `width` columns, with an ellipsis when cut; control characters replaced.
fn fit(s: &str, width: usize) -> String {
    let s = sanitise(s);
    if unicode_width::UnicodeWidthStr::width(s.as_str()) <= width {
        return s;
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_by_columns() {
        assert_eq!(fit("hello", 10), "hello");
        assert_eq!(fit("hello world", 6), "hello…");
        assert_eq!(fit("日本語テキスト", 5), "日本…");
        assert_eq!(fit("a\u{7}b", 5), "a\u{FFFD}b");
        assert_eq!(fit("abc", 0), "");
    }
}
