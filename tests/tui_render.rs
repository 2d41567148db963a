//! Whole-screen tests: the reader rendered into a `TestBackend` and compared as text
//! (insta snapshots), plus style checks on divergent spans and tiny sizes.

use parallax::model;
use parallax::tui::config::Settings;
use parallax::tui::theme::Theme;
use parallax::tui::{render, update, Action, App};
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use ratatui::Terminal;
use unicode_width::UnicodeWidthStr;

#[path = "reader_fixture/mod.rs"]
mod fixture;

fn draw(app: &mut App, w: u16, h: u16) -> Buffer {
    update(app, Action::Resize(w, h));
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| render(f, app)).unwrap();
    terminal.backend().buffer().clone()
}

fn text(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut skip = 0;
        for x in 0..buf.area.width {
            let sym = buf[(x, y)].symbol();
            if skip == 0 {
                out.push_str(sym);
                skip = sym.width().max(1);
            }
            skip -= 1;
        }
        out.push('\n');
    }
    out
}

fn seeds() -> App {
    let c = parallax::collate(&parallax::corpus::bundled_seeds(), &Default::default());
    App::with_collation(c, (120, 40))
}

fn fixture_app() -> App {
    App::with_collation(fixture::collation(), (120, 40))
}

/// The cells (x, y) where `needle` starts on screen.
fn find(buf: &Buffer, needle: &str) -> Option<(u16, u16)> {
    for y in 0..buf.area.height {
        let row: Vec<&str> = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
        for x in 0..row.len() {
            if row[x..].concat().starts_with(needle) {
                return Some((x as u16, y));
            }
        }
    }
    None
}

#[test]
fn seeds_120x40() {
    let mut app = seeds();
    insta::assert_snapshot!(text(&draw(&mut app, 120, 40)));
}

#[test]
fn the_sources_pane_says_when_the_article_was_written() {
    let mut app = seeds();
    update(&mut app, Action::PickSource(4));
    let screen = text(&draw(&mut app, 120, 40));
    assert!(screen.contains("published 2025-05-12 · glob"), "{screen}");
    update(&mut app, Action::PickSource(0));
    let screen_000 = text(&draw(&mut app, 120, 40));
    assert!(screen_000.contains("000 date unknown"), "{screen_000}");
    insta::assert_snapshot!(screen);
}

#[test]
fn seeds_80x24() {
    let mut app = seeds();
    insta::assert_snapshot!(text(&draw(&mut app, 80, 24)));
}

#[test]
fn fixture_120x40_on_a_contradiction() {
    let mut app = fixture_app();
    update(&mut app, Action::PickSource(1));
    update(&mut app, Action::NextContradiction);
    insta::assert_snapshot!(text(&draw(&mut app, 120, 40)));
}

#[test]
fn fixture_80x24() {
    let mut app = fixture_app();
    update(&mut app, Action::NextContradiction);
    insta::assert_snapshot!(text(&draw(&mut app, 80, 24)));
}

fn stories_app(size: (u16, u16)) -> App {
    App::with_collation(fixture::stories(), size)
}

/// The mixed-stories fixture after the n that crosses into story 2, drawn.
fn into_the_second_story(w: u16, h: u16) -> (App, String) {
    let mut app = stories_app((w, h));
    for _ in 0..4 {
        update(&mut app, Action::NextContradiction);
    }
    let screen = text(&draw(&mut app, w, h));
    (app, screen)
}

fn status_line(screen: &str) -> &str {
    screen.lines().last().unwrap_or("")
}

#[test]
fn stories_120x40_in_the_second_story() {
    let (_, screen) = into_the_second_story(120, 40);
    assert!(screen.contains("2: Izmir · Tuesday (2)"), "{screen}");
    assert!(screen.contains("story 2 of 3: Izmir · Tuesday"), "{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn stories_80x24_sources_focused() {
    let mut app = stories_app((80, 24));
    update(&mut app, Action::PrevPane);
    update(&mut app, Action::Bottom);
    insta::assert_snapshot!(text(&draw(&mut app, 80, 24)));
}

#[test]
fn a_narrow_status_line_keeps_the_message_whole() {
    let (mut app, screen) = into_the_second_story(80, 24);
    let status = status_line(&screen);
    let message = "contradiction 1 of 2 (#4) · number → story 2";
    assert!(status.contains(message), "{status}");
    assert!(status.starts_with(" story 2/3 │ 001"), "{status}");
    update(&mut app, Action::Down);
    let screen = text(&draw(&mut app, 80, 24));
    let status = status_line(&screen);
    let named = " story 2 of 3: Izmir · Tuesday │";
    assert!(status.starts_with(named), "{status}");
}

#[test]
fn a_scrolled_story_list_draws_what_clicks_select() {
    let mut app = stories_app((40, 10));
    update(&mut app, Action::PrevPane);
    update(&mut app, Action::Bottom);
    let buf = draw(&mut app, 40, 10);
    let (_, y) = find(&buf, "004").expect("article 4 on screen");
    update(&mut app, Action::Click(3, y));
    assert_eq!(app.article(), 4, "{}", text(&buf));
    assert!(find(&buf, "3: City").is_some(), "{}", text(&buf));
    // Story 1's header scrolled off with its first rows: it is pinned on top,
    // over article 2, and a click on it opens the story's first article.
    assert!(find(&buf, "002").is_none(), "{}", text(&buf));
    let (_, pinned) = find(&buf, "1: ").expect("story 1 pinned");
    assert_eq!(pinned, 1, "{}", text(&buf));
    update(&mut app, Action::Click(3, pinned));
    assert_eq!(app.article(), 0, "{}", text(&buf));
}

/// The fixture side by side after `n`: 001 (Ankara) beside 000.
fn side_by_side(w: u16, h: u16) -> String {
    let mut app = App::with_collation(fixture::collation(), (w, h));
    update(&mut app, Action::PickSource(1));
    update(&mut app, Action::NextContradiction);
    update(&mut app, Action::ToggleSide);
    text(&draw(&mut app, w, h))
}

#[test]
fn side_by_side_120x40() {
    let screen = side_by_side(120, 40);
    // Two columns: the place pair on one row, a gap beside 000's last sentence.
    let row = screen
        .lines()
        .find(|l| l.contains("⟦Ankara⟧"))
        .unwrap_or("");
    assert!(
        row.contains("Ukrainian President") && row.contains(" │ "),
        "{screen}"
    );
    let gap = screen
        .lines()
        .find(|l| l.contains("Analysts"))
        .unwrap_or("");
    assert!(
        gap.starts_with("│  · "),
        "a gap beside 000's last sentence:\n{screen}"
    );
    insta::assert_snapshot!(screen);
}

#[test]
fn side_by_side_80x24() {
    let screen = side_by_side(80, 24);
    assert!(
        screen.contains("⟦Ankara⟧") && screen.contains("⟦Istanbul⟧"),
        "{screen}"
    );
    insta::assert_snapshot!(screen);
}

#[test]
fn side_by_side_stacks_when_narrow() {
    let screen = side_by_side(60, 20);
    let ankara = screen.lines().position(|l| l.contains("⟦Ankara⟧"));
    let istanbul = screen.lines().position(|l| l.contains("⟦Istanbul⟧"));
    assert!(
        ankara < istanbul && ankara.is_some(),
        "stacked, left first:\n{screen}"
    );
    for (w, h) in [(40, 10), (45, 12), (39, 30), (3, 200)] {
        side_by_side(w, h);
    }
}

#[test]
fn side_by_side_marks_the_words_one_side_lacks() {
    let mut app = fixture_app();
    update(&mut app, Action::PickSource(1));
    update(&mut app, Action::ToggleSide);
    let buf = draw(&mut app, 120, 40);
    let changed = Theme::default().changed;
    let (x, y) = find(&buf, "said he would go").expect("001's words");
    assert!(
        buf[(x, y)].modifier.contains(changed.add_modifier),
        "words 000 does not have are marked:\n{}",
        text(&buf)
    );
}

#[test]
fn triage_marks_120x40() {
    use parallax::triage::Verdict;
    let mut app = fixture_app();
    update(&mut app, Action::NextContradiction);
    update(&mut app, Action::Mark(Verdict::Confirmed));
    update(&mut app, Action::StartNote);
    for c in "both wires say so".chars() {
        update(&mut app, Action::SearchInput(c));
    }
    update(&mut app, Action::SearchConfirm);
    update(&mut app, Action::NextContradiction);
    update(&mut app, Action::Mark(Verdict::Dismissed));
    update(&mut app, Action::NextContradiction);
    update(&mut app, Action::Mark(Verdict::Check));
    update(&mut app, Action::NextContradiction);
    let screen = text(&draw(&mut app, 120, 40));
    let reading: Vec<&str> = screen.lines().filter(|l| l.contains("││")).collect();
    for (gutter, sentence) in [("✓", "Istanbul"), ("✗", "Sunday"), ("?", "12,000")] {
        let line = reading.iter().find(|l| l.contains(sentence)).unwrap();
        assert!(
            line.contains(&format!("││▶{gutter}")) || line.contains(&format!("││ {gutter}")),
            "{line}"
        );
    }
    assert!(
        screen.contains(
            "place · 2 of 3 sources say Istanbul; 1 says Ankara · confirmed: both wires say so"
        ),
        "{screen}"
    );
    insta::assert_snapshot!(screen);
}

#[test]
fn coverage_overlay() {
    let mut app = fixture_app();
    update(&mut app, Action::PickSource(2));
    update(&mut app, Action::ToggleCoverage);
    let screen = text(&draw(&mut app, 120, 40));
    assert!(
        screen.contains("What 002 leaves out, and what only it reports"),
        "{screen}"
    );
    assert!(screen.contains("Only 002 reports (0)"), "{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn timeline_overlay_120x40() {
    let mut app = App::with_collation(fixture::dated(), (120, 40));
    update(&mut app, Action::ToggleTimeline);
    let screen = text(&draw(&mut app, 120, 40));
    for line in [
        "Sources by date of writing: Sun 2 Mar: 002 · Mon 3 Mar: 000 · Wed 5 Mar: 001",
        "#3 number: fell from 15,000 (002, Sun 2 Mar) to 12,000 (000, Mon 3 Mar)",
        "▸ Sun 2 Mar  002  15,000  Officials said 15,000 troops remain at the border.",
        "  Mon 3 Mar  000  12,000  Officials said 12,000 troops remain at the border.",
    ] {
        assert!(screen.contains(line), "{line}\n{screen}");
    }
    insta::assert_snapshot!(screen);
}

#[test]
fn timeline_colours_the_value_that_moved() {
    let mut app = App::with_collation(fixture::dated(), (120, 40));
    update(&mut app, Action::ToggleTimeline);
    let buf = draw(&mut app, 120, 40);
    let theme = Theme::default();
    let moved = find(&buf, "000  12,000").map(|(x, y)| (x + 5, y)).unwrap();
    let same = find(&buf, "001  12,000").map(|(x, y)| (x + 5, y)).unwrap();
    assert_eq!(
        buf[moved].fg,
        theme.update.fg.unwrap(),
        "12,000 after 15,000"
    );
    assert_ne!(buf[same].fg, theme.update.fg.unwrap(), "12,000 again");
}

#[test]
fn timeline_without_updates_80x24() {
    let mut app = App::with_collation(fixture::collation(), (80, 24));
    update(&mut app, Action::ToggleTimeline);
    let screen = text(&draw(&mut app, 80, 24));
    assert!(
        screen.contains("No values changed over time in this story: 0 of 3 sources"),
        "{screen}"
    );
    insta::assert_snapshot!(screen);
}

#[test]
fn sources_by_date_keep_the_selection() {
    let mut app = App::with_collation(fixture::dated(), (120, 40));
    update(&mut app, Action::PrevPane);
    update(&mut app, Action::Down);
    let selected_row = |buf: &Buffer, label: &str| {
        let (x, y) = find(buf, label).unwrap();
        buf[(x, y)].modifier.contains(Modifier::REVERSED)
    };
    let before = draw(&mut app, 120, 40);
    assert!(selected_row(&before, "001 Zelensky"));
    update(&mut app, Action::ToggleOrder);
    let after = draw(&mut app, 120, 40);
    let screen = text(&after);
    assert!(screen.contains("Sources (3, by date)"), "{screen}");
    let rows: Vec<u16> = ["2 Mar 002", "3 Mar 000", "5 Mar 001"]
        .iter()
        .map(|r| find(&after, r).unwrap().1)
        .collect();
    assert!(rows[0] < rows[1] && rows[1] < rows[2], "{screen}");
    assert!(selected_row(&after, "5 Mar 001"), "{screen}");
    assert!(!selected_row(&after, "2 Mar 002"), "{screen}");
    let narrow = text(&draw(&mut app, 80, 24));
    assert!(narrow.contains("┌▸ By date (3) ─"), "{narrow}");
    assert!(
        narrow.contains("│ 002 Ukra…   3  2!│"),
        "no day where it leaves no title\n{narrow}"
    );
    update(&mut app, Action::Resize(120, 40));
    insta::assert_snapshot!(screen);
}

#[test]
fn the_timeline_fits_small_terminals() {
    for (w, h) in [(80, 24), (40, 12), (40, 10), (20, 5), (200, 3), (3, 200)] {
        let mut app = App::with_collation(fixture::dated(), (w, h));
        update(&mut app, Action::ToggleTimeline);
        let screen = text(&draw(&mut app, w, h));
        update(&mut app, Action::Bottom);
        update(&mut app, Action::PageDown);
        draw(&mut app, w, h);
        update(&mut app, Action::ToggleOrder);
        draw(&mut app, w, h);
        let mut stories = App::with_collation(fixture::dated_stories(), (w, h));
        update(&mut stories, Action::ToggleOrder);
        update(&mut stories, Action::ToggleTimeline);
        draw(&mut stories, w, h);
        if (w, h) == (40, 12) {
            assert!(screen.contains("Timeline"), "{screen}");
            assert!(screen.contains("T/Esc close"), "{screen}");
            assert!(screen.contains("▸ Sun 2 Mar  002"), "{screen}");
        }
    }
}

#[test]
fn help_overlay() {
    let mut app = fixture_app();
    update(&mut app, Action::ToggleHelp);
    insta::assert_snapshot!(text(&draw(&mut app, 120, 40)));
}

#[test]
fn fact_table_overlay() {
    let mut app = fixture_app();
    update(&mut app, Action::ToggleFacts);
    let screen = text(&draw(&mut app, 120, 40));
    assert!(
        screen.contains("⟦Ankara⟧") && screen.contains("⟦15,000⟧"),
        "{screen}"
    );
    insta::assert_snapshot!(screen);
}

#[test]
fn fact_cells_show_whole_values_wrapped() {
    let mut c = fixture::collation();
    let long = [
        "about 23,000 soldiers",
        "about 23,000 soldiers",
        "some 24,000 soldiers and reservists",
    ];
    for (v, text) in c.divergences[2].values.iter_mut().zip(long) {
        v.text = text.to_string();
        v.value = text.to_string();
    }
    let mut app = App::with_collation(c, (80, 24));
    update(&mut app, Action::ToggleFacts);
    let screen = text(&draw(&mut app, 80, 24));
    for whole in ["23,000", "⟦some 24,000", "reservists⟧", "(split):"] {
        assert!(screen.contains(whole), "{whole} missing:\n{screen}");
    }
    assert!(!screen.contains("24,00…"), "{screen}");
}

#[test]
fn search_prompt_and_highlight() {
    let mut app = fixture_app();
    update(&mut app, Action::StartSearch);
    for c in "troops".chars() {
        update(&mut app, Action::SearchInput(c));
    }
    let buf = draw(&mut app, 120, 40);
    assert!(text(&buf).lines().last().unwrap().starts_with("/troops"));
    update(&mut app, Action::SearchConfirm);
    let buf = draw(&mut app, 120, 40);
    let (x, y) = find(&buf, "troops").expect("match on screen");
    assert_eq!(buf[(x, y)].bg, Color::Magenta);
}

#[test]
fn divergent_spans_carry_the_kind_style() {
    let mut app = fixture_app();
    update(&mut app, Action::PickSource(1));
    let buf = draw(&mut app, 120, 40);
    let (x, y) = find(&buf, "⟦Ankara⟧").expect("bracketed in Reading");
    let place = Theme::default().kind(parallax::model::DivergenceKind::Place);
    for dx in 0..8 {
        let cell = &buf[(x + dx, y)];
        assert!(cell
            .modifier
            .contains(Modifier::BOLD | Modifier::UNDERLINED));
        assert_eq!(Some(cell.fg), place.fg);
    }
    // The word just before is plain.
    assert!(!buf[(x - 2, y)].modifier.contains(Modifier::UNDERLINED));
    // Compare shows the other side with its own bracketed, styled span.
    let (cx, cy) = find(&buf, "⟦Istanbul⟧").expect("other side in Compare");
    assert!(cy > y);
    assert_eq!(Some(buf[(cx + 1, cy)].fg), place.fg);
}

#[test]
fn no_color_keeps_differences_visible() {
    let settings = Settings {
        theme: Theme::load("dark", None, false).unwrap(),
        ..Settings::default()
    };
    let mut app = App::loading(settings, ".".into(), vec![], 0);
    update(&mut app, Action::Loaded(Box::new(fixture::collation())));
    update(&mut app, Action::PickSource(1));
    let buf = draw(&mut app, 120, 40);
    for cell in buf.content() {
        assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset));
    }
    let (x, y) = find(&buf, "⟦Ankara⟧").unwrap();
    assert!(buf[(x + 1, y)]
        .modifier
        .contains(Modifier::BOLD | Modifier::UNDERLINED));
}

#[test]
fn tiny_sizes_never_panic() {
    for (w, h) in [
        (0, 0),
        (1, 1),
        (20, 5),
        (39, 30),
        (40, 10),
        (200, 3),
        (3, 200),
    ] {
        let mut app = fixture_app();
        update(&mut app, Action::ToggleFacts);
        draw(&mut app, w, h);
        update(&mut app, Action::ToggleHelp);
        draw(&mut app, w, h);
        update(&mut app, Action::Back);
        update(&mut app, Action::NextContradiction);
        draw(&mut app, w, h);
    }
    let mut app = fixture_app();
    let screen = text(&draw(&mut app, 20, 5));
    assert!(screen.contains("terminal too"), "{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn loading_screen_answers() {
    let mut app = App::loading(Settings::default(), ".".into(), vec![], 1000);
    let screen = text(&draw(&mut app, 80, 24));
    assert!(screen.contains("collating 1000 articles"), "{screen}");
}

#[test]
fn control_characters_never_reach_the_screen() {
    let mut c = fixture::collation();
    c.articles[0].title = "Evil\u{1b}[2J title\u{7}".into();
    c.articles[0].sentences[3].text = "Bad \u{1b}]52;c;AAAA\u{7} text".into();
    let mut app = App::with_collation(c, (120, 40));
    update(&mut app, Action::Bottom);
    let buf = draw(&mut app, 120, 40);
    assert!(buf
        .content()
        .iter()
        .all(|c| !c.symbol().chars().any(char::is_control)));
}

#[test]
fn story_labels_are_escaped() {
    let mut c = fixture::stories();
    c.stories[1].label = "Izmir\u{1b}[2J\u{9b}31m · \u{7}Tuesday\n".into();
    let mut app = App::with_collation(c, (120, 40));
    update(&mut app, Action::PickSource(3));
    let buf = draw(&mut app, 120, 40);
    assert!(buf
        .content()
        .iter()
        .all(|c| !c.symbol().chars().any(char::is_control)));
    assert!(
        find(&buf, "2: Izmir\u{FFFD}[2J").is_some(),
        "{}",
        text(&buf)
    );
    assert!(
        find(&buf, "story 2 of 3: Izmir\u{FFFD}").is_some(),
        "{}",
        text(&buf)
    );
}

#[test]
fn a_thousand_articles_stay_fast() {
    let base = fixture::collation();
    let mut c = base.clone();
    for k in 1..334 {
        let n = c.articles.len();
        for a in &base.articles {
            let mut a = a.clone();
            a.path = format!("bulk/{k:04}_{}", a.path.rsplit('/').next().unwrap());
            c.articles.push(a);
        }
        for g in &base.groups {
            let mut g = g.clone();
            g.members.iter_mut().for_each(|m| m.article += n);
            c.groups.push(g);
        }
        for d in &base.divergences {
            let mut d = d.clone();
            d.group += c.groups.len() - base.groups.len();
            d.values.iter_mut().for_each(|v| v.article += n);
            c.divergences.push(d);
        }
    }
    c.stories.clear();
    assert!(c.articles.len() >= 1000);
    let start = std::time::Instant::now();
    let mut app = App::with_collation(c, (120, 40));
    for _ in 0..200 {
        update(&mut app, Action::NextContradiction);
        draw(&mut app, 120, 40);
    }
    update(&mut app, Action::Bottom);
    draw(&mut app, 120, 40);
    assert!(start.elapsed().as_secs() < 20, "took {:?}", start.elapsed());
}

#[test]
fn empty_collations_and_articles_render() {
    let mut c = fixture::collation();
    c.articles[2].sentences.clear();
    c.groups.truncate(1);
    c.groups[0].members.truncate(2);
    c.divergences.truncate(1);
    c.divergences[0].values.truncate(2);
    let mut app = App::with_collation(c, (80, 24));
    update(&mut app, Action::PickSource(2));
    for a in [
        Action::Down,
        Action::NextContradiction,
        Action::PickSource(2),
        Action::Export,
    ] {
        let key = format!("{a:?}");
        update(&mut app, a);
        let screen = text(&draw(&mut app, 80, 24));
        // Still the reader's frame, its panes titled, after each key.
        assert!(screen.contains("Sources"), "{key}:\n{screen}");
    }
    let mut c = fixture::collation();
    c.articles.clear();
    c.groups.clear();
    c.divergences.clear();
    c.stories.clear();
    let mut app = App::with_collation(c, (80, 24));
    for a in [
        Action::Down,
        Action::NextContradiction,
        Action::ToggleFacts,
        Action::Export,
    ] {
        let key = format!("{a:?}");
        update(&mut app, a);
        let screen = text(&draw(&mut app, 80, 24));
        // Still the reader's frame, its panes titled, after each key.
        assert!(screen.contains("Sources"), "{key}:\n{screen}");
    }
}
