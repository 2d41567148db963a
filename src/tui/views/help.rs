//! The `?` overlay: every key, generated from the same keymap that handles them.
//! When the terminal is too short for all of them, `j`/`k` and pages scroll it.

use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use super::fit;
use crate::tui::app::App;
use crate::tui::keymap::Keymap;

/// Keys that are not in the keymap table: search typing and the mouse.
const EXTRA: [(&str, &str); 4] = [
    (
        "while typing /",
        "Enter search · Esc cancel · Backspace delete",
    ),
    (
        "after a search",
        "Ctrl-n/Ctrl-p step through matches · Esc clears",
    ),
    (
        "mouse",
        "click selects a pane, source or sentence · wheel scrolls",
    ),
    ("Ctrl-c", "quit at any time"),
];

/// The help's lines and the popup it is drawn in, in a screen `area`.
pub fn size(app: &App, area: Rect) -> (usize, Rect) {
    let lines = app.settings().keymap.help_rows().len() + 1 + EXTRA.len();
    let h = u16::try_from(lines + 2).unwrap_or(u16::MAX);
    (
        lines,
        area.centered(Constraint::Length(84), Constraint::Length(h)),
    )
}

/// The first line shown when `scroll` lines are asked to scroll off.
pub fn first_line(app: &App, area: Rect, scroll: usize) -> usize {
    let (lines, popup) = size(app, area);
    scroll.min(lines.saturating_sub(usize::from(popup.height.saturating_sub(2))))
}

pub fn render(frame: &mut Frame, app: &App, area: Rect) {
    let t = &app.settings().theme;
    let rows = app.settings().keymap.help_rows();
    let key_w = rows
        .iter()
        .map(|r| r.keys.chars().count())
        .max()
        .unwrap_or(8)
        .max(14);
    let (total, popup) = size(app, area);
    let first = first_line(app, area, app.help_scroll());
    let title = if usize::from(popup.height.saturating_sub(2)) < total {
        " Help: keys (j/k scroll; any other key closes) "
    } else {
        " Help: keys (any key closes) "
    };
    let inner = super::popup(frame, app, popup, title);
    let w = usize::from(inner.width);
    let mut lines: Vec<Line> = rows
        .iter()
        .map(|r| {
            Line::from(vec![
                Span::styled(format!("{:<key_w$} ", r.keys), t.title),
                Span::raw(fit(r.help, w.saturating_sub(key_w + 1))),
            ])
        })
        .collect();
    lines.push(Line::default());
    for (k, v) in EXTRA {
        lines.push(Line::from(vec![
            Span::styled(format!("{k:<key_w$} "), t.title),
            Span::styled(fit(v, w.saturating_sub(key_w + 1)), t.dim),
        ]));
    }
    lines.drain(..first.min(lines.len()));
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The default keys as a Markdown table, for the README.
pub fn keys_help_markdown() -> String {
    let mut out = String::from("| Keys | Action |\n|---|---|\n");
    for r in Keymap::default().help_rows() {
        let keys = r.keys.replace('|', "\\|");
        out.push_str(&format!("| `{keys}` | {} |\n", r.help));
    }
    for (k, v) in EXTRA {
        out.push_str(&format!("| {k} | {v} |\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn markdown_lists_every_key() {
        let md = super::keys_help_markdown();
        for needle in [
            "| `n` |",
            "| `Ctrl-d` |",
            "| `1…9` |",
            "| `Esc` |",
            "| mouse |",
        ] {
            assert!(md.contains(needle), "{needle} missing:\n{md}");
        }
    }
}
