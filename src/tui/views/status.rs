//! The status line: the search prompt while typing, else position and message on
//! the left and key hints (from the keymap) on the right.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

use super::fit;
use crate::tui::app::App;

fn hints(app: &App) -> String {
    let k = |n: &str| app.settings.keymap.key_for(n);
    format!(
        "{}/{} contradiction  {}/{} group  {} pane  {} export ({})  {} copy  {} search  {} help  {} quit",
        k("next_contradiction"),
        k("prev_contradiction"),
        k("next_group"),
        k("prev_group"),
        k("next_pane"),
        k("export"),
        app.format.extension(),
        k("copy"),
        k("search"),
        k("help"),
        k("quit"),
    )
}

fn position(app: &App) -> String {
    if let Some(n) = app.loading {
        return format!("collating {n} articles…");
    }
    let Some(a) = app.collation.articles.get(app.article) else {
        return "no articles".to_string();
    };
    let mut out = format!(
        "{} {}/{}",
        app.label(app.article),
        app.sentence + 1,
        a.sentences.len()
    );
    if let Some(g) = app.group() {
        out.push_str(&format!(" · group {}", g + 1));
    }
    if let Some(f) = app.filter {
        out.push_str(&format!(" · filter {f}"));
    }
    if let Some(q) = &app.query {
        out.push_str(&format!(" · /{q}"));
    }
    out
}

pub fn render(frame: &mut Frame, app: &App, area: Rect) {
    let t = &app.settings.theme;
    let w = usize::from(area.width);
    if let Some(input) = &app.search_input {
        let prompt = fit(&format!("/{input}█  Enter search · Esc cancel"), w);
        frame.render_widget(Paragraph::new(prompt).style(t.status), area);
        return;
    }
    let mut left = vec![Span::raw(format!(" {} ", position(app)))];
    if let Some((m, error)) = &app.message {
        left.push(Span::styled(
            format!(" {} ", crate::tui::wrap::sanitise(m)),
            if *error { t.error } else { t.message },
        ));
    }
    let used: usize = left.iter().map(|s| s.content.width()).sum();
    let hint = hints(app);
    let mut spans = left;
    if used + hint.width() + 2 <= w {
        let pad = w - used - hint.width() - 1;
        spans.push(Span::raw(" ".repeat(pad)));
        spans.push(Span::styled(hint, t.dim));
    } else if used < w {
        let help = format!("{} help", app.settings.keymap.key_for("help"));
        if used + help.width() + 2 <= w {
            spans.push(Span::raw(" ".repeat(w - used - help.width() - 1)));
            spans.push(Span::styled(help, t.dim));
        }
    }
    let line: Line = spans
        .into_iter()
        .map(|s| Span::styled(fit(&s.content, w), s.style))
        .collect::<Vec<_>>()
        .into();
    frame.render_widget(Paragraph::new(line).style(t.status), area);
}
