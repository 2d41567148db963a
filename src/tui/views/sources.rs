//! The Sources pane: one row per article (label, title, sentence count,
//! contradictions), under a header per story when the folder mixes several; below
//! them, when and by whom the article being read was written (as its page states
//! it), and the files that were skipped. The rows come precomputed from the app's
//! outline (in input order, or by date of writing after `d`, which the title
//! says); this only draws the visible ones.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

use super::{fit, pane_block};
use crate::model::ArticleMeta;
use crate::tui::action::Pane;
use crate::tui::app::App;
use crate::tui::layout::BORDER;
use crate::tui::outline::{Row, SourceOrder};
use crate::tui::pane::sources::{date_rows, list_offset, warning_rows};

/// A story's header: "Story 2 · Izmir · Tuesday · 2 articles", or where that is too
/// wide for the pane, "2: Izmir · Tues… (2)" (the label keeps as many columns as it can).
pub fn story_header(k: usize, label: &str, articles: usize, width: usize) -> String {
    let plural = if articles == 1 { "" } else { "s" };
    let label = crate::tui::wrap::sanitise(label);
    let label = if label.trim().is_empty() {
        "(untitled)"
    } else {
        label.as_str()
    };
    let full = format!("Story {} · {label} · {articles} article{plural}", k + 1);
    if full.width() <= width {
        return full;
    }
    let (head, tail) = (format!("{}: ", k + 1), format!(" ({articles})"));
    let room = width.saturating_sub(head.width() + tail.width());
    fit(&format!("{head}{}{tail}", fit(label, room)), width)
}

/// The narrowest list whose rows show their day when listed by date.
const DAY_MIN_WIDTH: usize = 24;

pub fn render(frame: &mut Frame, app: &App, area: Rect) {
    let t = &app.settings().theme;
    let n = app.collation().articles.len();
    let narrow = usize::from(area.width.saturating_sub(2)) < DAY_MIN_WIDTH;
    let title = if app.is_loaded() && app.source_order() == SourceOrder::Date && narrow {
        format!("By date ({n})")
    } else if app.is_loaded() && app.source_order() == SourceOrder::Date {
        format!("Sources ({n}, by date)")
    } else if app.is_loaded() {
        format!("Sources ({n})")
    } else {
        "Sources".to_string()
    };
    frame.render_widget(pane_block(app, Pane::Sources, title), area);
    let body = area.inner(BORDER);
    if body.width == 0 || body.height == 0 {
        return;
    }
    let h = usize::from(body.height);
    let w = usize::from(body.width);
    let warn_rows = warning_rows(app.warnings().len(), h);
    let date_h = date_rows(h);
    let list_h = h - warn_rows - date_h;
    let outline = &app.index().outline;
    let selected = outline
        .row
        .get(app.sources().cursor())
        .copied()
        .unwrap_or(0);
    let offset = list_offset(selected, list_h);
    // Articles are indented under story headers.
    let indent = if outline.has_headers() { " " } else { "" };
    let mut lines: Vec<Line> = Vec::with_capacity(h);
    let header = |k: usize| {
        let s = &outline.stories[k];
        Line::styled(story_header(k, &s.label, s.articles.len(), w), t.title)
    };
    let pinned = outline.pinned(offset, list_h);
    if let Some(k) = pinned {
        lines.push(header(k));
    }
    let skip = offset + usize::from(pinned.is_some());
    for row in outline.rows.iter().skip(skip).take(list_h - lines.len()) {
        let i = match *row {
            Row::Article(i) => i,
            Row::Story(k) => {
                lines.push(header(k));
                continue;
            }
        };
        let a = &app.collation().articles[i];
        let count = app.contradictions_in(i);
        let right = if count > 0 {
            format!(" {:>3} {count:>2}!", a.sentences.len())
        } else {
            format!(" {:>3}    ", a.sentences.len())
        };
        let marker = if i == app.article() { "▶" } else { " " };
        // Listed by date, each row starts with its day, aligned (where the
        // pane leaves room for a title beside it).
        let day = match app.source_order() {
            SourceOrder::Date if w >= DAY_MIN_WIDTH => format!(
                "{:>6} ",
                crate::text::relative::written(a)
                    .map_or_else(|| "?".to_string(), |d| d.day_month(Some(d.y)))
            ),
            _ => String::new(),
        };
        let left = format!("{indent}{marker}{day}{} ", app.label(i));
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
        if i == app.sources().cursor() && app.focus() == Pane::Sources {
            row = row.style(t.selected);
        }
        lines.push(row);
    }
    if n == 0 && app.is_loaded() {
        lines.push(Line::styled("(no articles)", t.dim));
    }
    if let Some(a) = app
        .collation()
        .articles
        .get(app.article())
        .filter(|_| date_h > 0)
    {
        lines.resize(list_h, Line::default());
        // The date comes first; an outlet the line names needs no label.
        let about = if a.meta.outlet.is_some() {
            written(&a.meta)
        } else {
            format!("{} {}", app.label(app.article()), written(&a.meta))
        };
        lines.push(Line::styled(fit(&about, w), t.dim));
    }
    if warn_rows > 0 {
        lines.resize(list_h + date_h, Line::default());
        lines.push(Line::styled(
            fit(&format!("{} skipped", app.warnings().len()), w),
            t.warning,
        ));
        for wtext in app.warnings().iter().take(warn_rows - 1) {
            lines.push(Line::styled(fit(&format!("⚠ {wtext}"), w), t.warning));
        }
    }
    frame.render_widget(Paragraph::new(lines), body);
}

/// When and by whom an article was written, as its page says: "published
/// 2025-05-12 · Reuters · by Jane Doe", or "date unknown".
pub fn written(meta: &ArticleMeta) -> String {
    let day = |stamp: &str| stamp.chars().take(10).collect::<String>();
    let mut parts = vec![match &meta.published {
        Some(p) => format!("published {}", day(p)),
        None => "date unknown".to_string(),
    }];
    if let Some(u) = meta.updated.as_deref().map(day) {
        if meta.published.as_deref().map(day) != Some(u.clone()) {
            parts.push(format!("updated {u}"));
        }
    }
    parts.extend(meta.outlet.clone());
    parts.extend(meta.author.as_ref().map(|a| format!("by {a}")));
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::{story_header, written};
    use crate::model::ArticleMeta;

    #[test]
    fn the_date_line_says_what_the_page_states() {
        assert_eq!(written(&ArticleMeta::default()), "date unknown");
        let meta = ArticleMeta {
            published: Some("2025-05-11T18:02:00+03:00".into()),
            updated: Some("2025-05-12".into()),
            outlet: Some("Reuters".into()),
            author: Some("Jane Doe".into()),
            ..ArticleMeta::default()
        };
        assert_eq!(
            written(&meta),
            "published 2025-05-11 · updated 2025-05-12 · Reuters · by Jane Doe"
        );
        let same_day = ArticleMeta {
            published: Some("2025-05-12".into()),
            updated: Some("2025-05-12".into()),
            ..ArticleMeta::default()
        };
        assert_eq!(written(&same_day), "published 2025-05-12");
    }

    #[test]
    fn headers_shorten_the_label_first() {
        let h = |w| story_header(1, "Izmir · Tuesday", 2, w);
        assert_eq!(h(60), "Story 2 · Izmir · Tuesday · 2 articles");
        assert_eq!(h(28), "2: Izmir · Tuesday (2)");
        assert_eq!(h(14), "2: Izmir … (2)");
        assert_eq!(
            story_header(0, " ", 1, 40),
            "Story 1 · (untitled) · 1 article"
        );
        assert_eq!(
            story_header(0, "a\u{1b}b", 1, 40),
            "Story 1 · a\u{FFFD}b · 1 article"
        );
        assert_eq!(h(3), "2:…");
        assert_eq!(h(0), "");
    }
}
