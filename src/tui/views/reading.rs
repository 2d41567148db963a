//! The Reading pane: the current article, wrapped (from the app's layout cache), with
//! a gutter that marks the current sentence (▶), contradicted sentences (!, or
//! the verdict of a triaged one: ✓ confirmed, ✗ dismissed, ? to check) and
//! aligned ones (│), divergent spans coloured by kind and bracketed.

use std::borrow::Cow;

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use super::{fit, mark_style, pane_block};
use crate::tui::action::Pane;
use crate::tui::app::App;
use crate::tui::layout::{BORDER, GUTTER};
use crate::tui::pane::reading::build_layout;
use crate::tui::wrap::{find_all, Mark};

pub fn render(frame: &mut Frame, app: &App, area: Rect) {
    let t = &app.settings().theme;
    if !app.is_loaded() || app.collation().articles.is_empty() {
        frame.render_widget(pane_block(app, Pane::Reading, "Reading".into()), area);
        let msg = match app.loading_count() {
            Some(n) => match app.loading_stage() {
                Some(stage) => format!(
                    "collating {n} articles: {}… {}",
                    stage.describe(),
                    spinner(app.tick())
                ),
                None => format!("collating {n} articles… {}", spinner(app.tick())),
            },
            None => "no articles".to_string(),
        };
        let body = area.inner(BORDER);
        frame.render_widget(Paragraph::new(fit(&msg, usize::from(body.width))), body);
        return;
    }
    let article = &app.collation().articles[app.article()];
    let title = format!("Reading: {} {}", app.label(app.article()), article.title);
    frame.render_widget(pane_block(app, Pane::Reading, title), area);
    let body = area.inner(BORDER);
    if body.width == 0 || body.height == 0 {
        return;
    }
    let text_width = body.width.saturating_sub(GUTTER).max(1);
    // The cache matches unless the app was not told about this size (tests).
    let layout = match app.reading().layout(text_width) {
        Some(l) => Cow::Borrowed(l),
        None => Cow::Owned(build_layout(
            app.collation(),
            app.index(),
            app.article(),
            text_width,
        )),
    };
    let aligned = &app.index().group_of[app.article()];
    let spans = &app.index().spans[app.article()];
    let query = app.search().query().unwrap_or("");
    let mut lines = Vec::with_capacity(usize::from(body.height));
    let scroll = app
        .reading()
        .scroll()
        .min(layout.rows.len().saturating_sub(1));
    for row in layout
        .rows
        .iter()
        .skip(scroll)
        .take(usize::from(body.height))
    {
        let Some((s, l)) = *row else {
            lines.push(Line::default());
            continue;
        };
        let m = &layout.sentences[s];
        let current = s == app.sentence();
        let base = if current {
            t.text.patch(t.current)
        } else {
            t.text
        };
        let (mark, mark_style_) = if current && l == 0 {
            ("▶", t.gutter_current)
        } else if current {
            ("▌", t.gutter_current)
        } else {
            (" ", t.dim)
        };
        let contradicted = spans[s].iter().find(|span| app.passes(span.divergence));
        // A triaged contradiction shows its verdict in the gutter.
        let verdict = contradicted.and_then(|span| app.triage().mark(span.divergence));
        let (kind, kind_style) = if let (Some(m), 0) = (verdict, l) {
            (verdict_mark(m.verdict), t.count)
        } else if contradicted.is_some() && l == 0 {
            ("!", t.count)
        } else if aligned[s].is_some() {
            ("│", t.gutter_aligned)
        } else {
            (" ", t.dim)
        };
        let search: Vec<_> = find_all(&m.text, query)
            .into_iter()
            .map(|r| (r, Mark::Search))
            .collect();
        let mut out = vec![
            Span::styled(mark, mark_style_),
            Span::styled(kind, kind_style),
            Span::raw(" "),
        ];
        for (piece, marks) in m.pieces(m.lines[l].clone(), &search) {
            out.push(Span::styled(piece, mark_style(t, app, base, &marks)));
        }
        let mut line = Line::from(out);
        if current {
            line = line.style(t.current);
        }
        lines.push(line);
    }
    frame.render_widget(Paragraph::new(lines), body);
}

/// The gutter mark of a triaged contradiction.
fn verdict_mark(v: crate::triage::Verdict) -> &'static str {
    match v {
        crate::triage::Verdict::Confirmed => "✓",
        crate::triage::Verdict::Dismissed => "✗",
        crate::triage::Verdict::Check => "?",
    }
}

fn spinner(tick: usize) -> &'static str {
    const FRAMES: [&str; 4] = ["|", "/", "-", "\\"];
    FRAMES[tick % FRAMES.len()]
}
