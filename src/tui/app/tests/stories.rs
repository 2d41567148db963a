//! `update` over the fixture that mixes three stories: stops, counts, the
//! Sources list with its headers, clicks and the wheel.

use super::*;

fn stories() -> App {
    App::with_collation(fixture::stories(), (120, 40))
}

#[test]
fn contradictions_run_story_by_story_then_wrap() {
    let mut a = stories();
    let seen = walk(&mut a, Action::NextContradiction, 12);
    assert_eq!(
        seen,
        [
            // Story 1 (articles 0, 2, 4), then story 2 (1, 5); story 3 has
            // none. Each contradiction once, then around again.
            (0, 0, Some(0)),
            (0, 1, Some(1)),
            (0, 2, Some(2)),
            (1, 0, Some(3)),
            (1, 1, Some(4)),
            (0, 0, Some(0)),
            (0, 1, Some(1)),
            (0, 2, Some(2)),
            (1, 0, Some(3)),
            (1, 1, Some(4)),
            (0, 0, Some(0)),
            (0, 1, Some(1)),
        ]
    );
    update(&mut a, Action::PickSource(4));
    assert_eq!(a.article(), 5);
    update(&mut a, Action::NextContradiction);
    assert_eq!((a.article(), a.sentence(), a.divergence), (5, 0, Some(3)));
    let m = &a.message.as_ref().unwrap().0;
    assert_eq!(
        m, "contradiction 1 of 2 (#4) · number",
        "the nearest side first"
    );
    update(&mut a, Action::PrevContradiction);
    assert_eq!((a.article(), a.sentence(), a.divergence), (0, 2, Some(2)));
    let m = &a.message.as_ref().unwrap().0;
    assert_eq!(m, "contradiction 3 of 3 (#3) · number → story 1");
    update(&mut a, Action::Top);
    update(&mut a, Action::PrevContradiction);
    assert_eq!((a.article(), a.sentence(), a.divergence), (5, 1, Some(4)));
    assert!(a.message.as_ref().unwrap().0.contains("wrapped"));
}

#[test]
fn crossing_a_story_makes_it_current() {
    let mut a = stories();
    walk(&mut a, Action::NextContradiction, 3);
    assert_eq!(a.story().map(|s| s.0), Some(0));
    update(&mut a, Action::NextContradiction);
    assert_eq!((a.article(), a.sources.cursor()), (1, 1), "Sources follows");
    assert_eq!(a.story(), Some((1, 3, "Izmir · Tuesday")));
    let m = &a.message.as_ref().unwrap().0;
    assert_eq!(m, "contradiction 1 of 2 (#4) · number → story 2");
    update(&mut a, Action::PrevContradiction);
    assert_eq!((a.article(), a.sentence(), a.divergence), (0, 2, Some(2)));
    assert_eq!(a.story().map(|s| s.0), Some(0));
    assert!(
        a.message
            .as_ref()
            .unwrap()
            .0
            .starts_with("contradiction 3 of 3 (#3) · "),
        "counted within the story"
    );
    assert!(!a.message.as_ref().unwrap().0.contains("wrapped"));
}

#[test]
fn contradictions_from_a_story_without_any() {
    let mut a = stories();
    update(&mut a, Action::PickSource(5));
    assert_eq!(
        a.article(),
        3,
        "the sixth listed source is the council story's"
    );
    update(&mut a, Action::NextContradiction);
    assert_eq!(
        (a.article(), a.sentence()),
        (0, 0),
        "past the last story: wrap"
    );
    update(&mut a, Action::PickSource(5));
    update(&mut a, Action::PrevContradiction);
    assert_eq!(
        (a.article(), a.sentence()),
        (5, 1),
        "the previous story's last"
    );
}

#[test]
fn groups_and_matches_follow_the_story_order() {
    let mut a = stories();
    let seen: Vec<_> = walk(&mut a, Action::NextGroup, 9)
        .into_iter()
        .map(|(a, s, _)| (a, s))
        .collect();
    assert_eq!(
        seen,
        [
            (0, 1),
            (0, 2),
            (2, 0),
            (2, 1),
            (2, 2),
            (4, 0),
            (4, 2),
            (1, 0),
            (1, 1)
        ]
    );
    search(&mut a, "the");
    update(&mut a, Action::PickSource(0));
    let order: Vec<usize> = walk(&mut a, Action::NextMatch, 20)
        .into_iter()
        .map(|(a, _, _)| a)
        .collect();
    let mut firsts = order.clone();
    firsts.dedup();
    assert_eq!(&firsts[..6], [0, 2, 4, 1, 5, 3]);
}

#[test]
fn sources_selection_steps_over_headers() {
    let mut a = stories();
    update(&mut a, Action::PrevPane);
    assert_eq!(a.focus, Pane::Sources);
    let cursor: Vec<usize> = (0..6)
        .map(|_| {
            update(&mut a, Action::Down);
            a.sources.cursor()
        })
        .collect();
    assert_eq!(cursor, [2, 4, 1, 5, 3, 3], "listed order, clamped");
    update(&mut a, Action::Up);
    assert_eq!(a.sources.cursor(), 5);
    update(&mut a, Action::Top);
    assert_eq!(a.sources.cursor(), 0);
    update(&mut a, Action::Bottom);
    assert_eq!(a.sources.cursor(), 3);
    assert_eq!(a.article(), 0, "moving does not open");
    update(&mut a, Action::Open);
    assert_eq!((a.article(), a.focus), (3, Pane::Reading));
    assert_eq!(a.story().map(|s| s.0), Some(2));
}

#[test]
fn sources_pages_count_header_rows() {
    // 40×14: the Sources list is 10 rows (the pane's last line gives the
    // article's date); 9 rows hold 3 headers and 6 articles.
    let mut a = App::with_collation(fixture::stories(), (40, 14));
    a.focus = Pane::Sources;
    assert_eq!(sources::height(a.size, a.warnings.len()), 10);
    update(&mut a, Action::HalfDown);
    // Half a page is 5 rows: from row 1 (article 0) to row 6 (article 5).
    assert_eq!(a.sources.cursor(), 5);
    update(&mut a, Action::HalfUp);
    assert_eq!(a.sources.cursor(), 0);
    update(&mut a, Action::PageDown);
    assert_eq!(a.sources.cursor(), 3);
}

#[test]
fn sources_clicks_and_wheel_with_headers() {
    let mut a = stories();
    let p = layout::panes(ratatui::layout::Rect::new(0, 0, 120, 40)).unwrap();
    let row = |r: u16| p.sources.y + 1 + r;
    let x = p.sources.x + 3;
    // Rows: [Story 1] 0 2 4 [Story 2] 1 5 [Story 3] 3
    update(&mut a, Action::Click(x, row(5)));
    assert_eq!((a.focus, a.article()), (Pane::Sources, 1));
    update(&mut a, Action::Click(x, row(7)));
    assert_eq!(a.article(), 3, "a header opens its story's first article");
    update(&mut a, Action::Click(x, row(0)));
    assert_eq!(a.article(), 0);
    update(&mut a, Action::Click(x, row(9)));
    assert_eq!(a.article(), 0, "below the list: nothing");
    let wheel = |down| Action::Scroll {
        col: x,
        row: row(1),
        down,
    };
    update(&mut a, wheel(true));
    assert_eq!(
        a.sources.cursor(),
        1,
        "three articles down, headers not counted"
    );
    update(&mut a, wheel(true));
    assert_eq!(a.sources.cursor(), 3);
    update(&mut a, wheel(false));
    assert_eq!(a.sources.cursor(), 4);
}

#[test]
fn sources_clicks_match_a_scrolled_list() {
    // 40×10: 7 list rows of 9, so selecting the last article scrolls by 2.
    let mut a = App::with_collation(fixture::stories(), (40, 10));
    let p = layout::panes(ratatui::layout::Rect::new(0, 0, 40, 10)).unwrap();
    a.focus = Pane::Sources;
    update(&mut a, Action::Bottom);
    assert_eq!(
        list_offset(
            a.index.outline.row[3],
            sources::height(a.size, a.warnings.len())
        ),
        2
    );
    // The top line pins story 1's header over article 2, its hidden row.
    assert_eq!(
        a.index
            .outline
            .pinned(2, sources::height(a.size, a.warnings.len())),
        Some(0)
    );
    update(&mut a, Action::Click(p.sources.x + 3, p.sources.y + 2));
    assert_eq!(
        a.article(),
        4,
        "the line under the pinned header: article 4"
    );
    update(&mut a, Action::Click(p.sources.x + 3, p.sources.y + 1));
    assert_eq!(
        a.article(),
        0,
        "the pinned header opens its story's first article"
    );
}

#[test]
fn a_scrolled_list_keeps_its_story_header_in_view() {
    let mut a = App::with_collation(fixture::stories(), (40, 10));
    a.focus = Pane::Sources;
    update(&mut a, Action::Bottom);
    let backend = ratatui::backend::TestBackend::new(40, 10);
    let mut terminal = ratatui::Terminal::new(backend).unwrap();
    terminal.draw(|f| crate::tui::views::render(f, &a)).unwrap();
    let p = layout::panes(ratatui::layout::Rect::new(0, 0, 40, 10)).unwrap();
    let buffer = terminal.backend().buffer();
    let line = |y: u16| -> String {
        (p.sources.x + 1..p.sources.x + p.sources.width - 1)
            .map(|x| buffer[(x, y)].symbol().to_string())
            .collect()
    };
    let top = line(p.sources.y + 1);
    assert!(
        top.starts_with("1:") || top.starts_with("Story 1"),
        "{top:?}"
    );
    // Rows 0 and 1 (story 1's header, article 0) scrolled off; article 2's row
    // is under the pin, so article 4 comes next.
    assert!(
        line(p.sources.y + 2).contains("004"),
        "{:?}",
        line(p.sources.y + 2)
    );
}

#[test]
fn labels_grow_to_the_file_name_part_that_tells_sources_apart() {
    let mut c = fixture::stories();
    c.articles[1].path = "ecb/1_10ecb.txt".into();
    c.articles[3].path = "ecb/1_1ecb.txt".into();
    c.articles[5].path = "C:\\ecb\\1_12ecb_with_a_long_name.xml".into();
    let a = App::with_collation(c, (120, 40));
    let labels: Vec<&str> = (0..6).map(|i| a.label(i)).collect();
    assert_eq!(
        labels,
        ["000", "1_10ecb", "002", "1_1ecb", "004", "1_12ecb"]
    );
}

#[test]
fn date_order_keeps_the_selected_source_and_reorders_reading() {
    let mut a = App::with_collation(fixture::dated_stories(), (120, 40));
    update(&mut a, Action::PrevPane);
    update(&mut a, Action::Down);
    assert_eq!(
        (a.focus, a.sources.cursor(), a.article()),
        (Pane::Sources, 2, 0)
    );
    assert_eq!(a.index.contradictions[0].at.article, 0);
    update(&mut a, Action::ToggleOrder);
    assert_eq!(a.source_order(), SourceOrder::Date);
    assert_eq!(
        (a.sources.cursor(), a.article()),
        (2, 0),
        "the same source stays selected, the same one read"
    );
    assert!(a.message.as_ref().unwrap().0.contains("by date of writing"));
    // Story 1 is now 4 (3 Mar), 0 (5 Mar), 2 (no date); story 2 is 5, 1.
    assert_eq!(a.index.outline.order, [4, 0, 2, 5, 1, 3]);
    assert_eq!(
        a.index.contradictions[0].at.article, 4,
        "n/N follow the listing"
    );
    update(&mut a, Action::Down);
    assert_eq!(
        a.sources.cursor(),
        5,
        "j steps in date order (4 in input order)"
    );
    update(&mut a, Action::ToggleOrder);
    assert_eq!(a.source_order(), SourceOrder::Input);
    assert_eq!(a.sources.cursor(), 5, "kept on the way back too");
    assert_eq!(a.index.outline.order, [0, 2, 4, 1, 5, 3]);
    assert_eq!(a.index.contradictions[0].at.article, 0);
}
