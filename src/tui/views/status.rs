//! The status line: the search prompt while typing, else position and message on
//! the left and key hints (from the keymap) on the right.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

use super::fit;
use crate::tui::app::App;

/// The export format as the hint names it: the report's name, "md" for
/// Markdown to keep the hint short.
fn short_name(f: crate::export::Format) -> &'static str {
    match f {
        crate::export::Format::Markdown => "md",
        other => crate::tui::app::cite::format_name(other),
    }
}

/// Key hints, most useful first.
fn hints(app: &App) -> Vec<String> {
    let k = |n: &str| app.settings().keymap.key_for(n);
    vec![
        format!("{} help", k("help")),
        format!("{} quit", k("quit")),
        format!(
            "{}/{} contradiction",
            k("next_contradiction"),
            k("prev_contradiction")
        ),
        format!("{} export ({})", k("export"), short_name(app.format())),
        format!("{}/{} group", k("next_group"), k("prev_group")),
        format!("{} search", k("search")),
        format!("{} pane", k("next_pane")),
        format!("{} copy", k("copy")),
        format!("{} facts", k("facts")),
    ]
}

/// "story 2 of 3: Izmir · Tuesday │ " when the folder has several stories, the
/// label cut to `room` columns; just "story 2/3 │ " when `room` is too small for it.
fn story(app: &App, room: usize) -> String {
    match app.story() {
        Some((k, n, _)) if room < 8 => format!("story {}/{n} │ ", k + 1),
        Some((k, n, label)) => format!("story {} of {n}: {} │ ", k + 1, fit(label, room)),
        None => String::new(),
    }
}

fn position(app: &App) -> String {
    if let Some(n) = app.loading_count() {
        return format!("collating {n} articles…");
    }
    let Some(a) = app.collation().articles.get(app.article()) else {
        return "no articles".to_string();
    };
    let mut out = format!(
        "{} {}/{}",
        app.label(app.article()),
        app.sentence() + 1,
        a.sentences.len()
    );
    if let Some(g) = app.group() {
        out.push_str(&format!(" · group {}", g + 1));
    }
    if let Some(f) = app.filter() {
        out.push_str(&format!(" · filter {f}"));
    }
    if let Some(words) = app.relations().words() {
        out.push_str(&format!(" · {words}"));
    }
    if let Some(f) = app.mark_filter() {
        out.push_str(&format!(" · marks {}", f.words()));
    }
    if let Some(q) = app.search().query() {
        out.push_str(&format!(" · /{q}"));
    }
    out
}

pub fn render(frame: &mut Frame, app: &App, area: Rect) {
    let t = &app.settings().theme;
    let w = usize::from(area.width);
    if let Some(input) = app.search().input() {
        use crate::tui::pane::search::Prompt;
        let prompt = match app.search().prompt() {
            Prompt::Jump => {
                format!(":{input}█  Enter jump to contradiction N or group gN · Esc cancel")
            }
            Prompt::Note(d) => format!("note for #{}: {input}█  Enter save · Esc cancel", d + 1),
            Prompt::Search => format!("/{input}█  Enter search · Esc cancel"),
        };
        let prompt = fit(&prompt, w);
        frame.render_widget(Paragraph::new(prompt).style(t.status), area);
        return;
    }
    let mut left = vec![Span::raw(format!(" {} ", position(app)))];
    if let Some((m, error)) = app.message() {
        left.push(Span::styled(
            format!(" {} ", crate::tui::wrap::sanitise(m)),
            if error { t.error } else { t.message },
        ));
    }
    // The story's label takes what position and message leave, a quarter of the
    // line at most.
    let rest: usize = left.iter().map(|s| s.content.width()).sum();
    let room = (w / 4).min(w.saturating_sub(rest + "story 9 of 9:  │ ".width()));
    left[0] = Span::raw(format!(" {}{}", story(app, room), &left[0].content[1..]));
    let used: usize = left.iter().map(|s| s.content.width()).sum();
    // As many hints as fit, kept in reading order.
    let all = hints(app);
    let mut shown = vec![false; all.len()];
    let mut width = 0;
    for (i, h) in all.iter().enumerate() {
        let extra = h.width() + if width == 0 { 1 } else { 2 };
        if used + width + extra < w {
            shown[i] = true;
            width += extra;
        }
    }
    let order = [2, 4, 3, 5, 6, 7, 8, 0, 1];
    let hint = order
        .iter()
        .filter(|i| shown[**i])
        .map(|i| all[*i].as_str())
        .collect::<Vec<_>>()
        .join("  ");
    let mut spans = left;
    if !hint.is_empty() {
        spans.push(Span::raw(
            " ".repeat(w.saturating_sub(used + hint.width() + 1)),
        ));
        spans.push(Span::styled(hint, t.dim));
    }
    let line: Line = spans
        .into_iter()
        .map(|s| Span::styled(fit(&s.content, w), s.style))
        .collect::<Vec<_>>()
        .into();
    frame.render_widget(Paragraph::new(line).style(t.status), area);
}
