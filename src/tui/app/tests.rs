use super::*;
use crate::tui::fixture;

fn app() -> App {
    App::with_collation(fixture::collation(), (120, 40))
}

fn run(app: &mut App, actions: &[Action]) -> Option<Effect> {
    let mut last = None;
    for a in actions {
        last = update(app, a.clone());
    }
    last
}

#[test]
fn loading_merges_warnings_and_starts_at_the_top() {
    let a = app();
    assert!(a.is_loaded());
    assert_eq!((a.article, a.sentence), (0, 0));
    assert_eq!(a.warnings.len(), 1);
    assert!(a.message.as_ref().unwrap().0.contains("3 contradictions"));
    assert!(
        a.layout().is_some(),
        "the current article's layout is cached"
    );
}

#[test]
fn keys_wait_while_collating_but_quit_works() {
    let mut a = App::loading(Settings::default(), PathBuf::from("."), Vec::new(), 5);
    assert_eq!(update(&mut a, Action::Down), None);
    assert!(a.message.as_ref().unwrap().0.contains("still collating 5"));
    assert_eq!(update(&mut a, Action::Quit), Some(Effect::Quit));
    update(&mut a, Action::Tick);
    assert_eq!(a.tick, 1);
}

#[test]
fn sentence_navigation_in_reading() {
    let mut a = app();
    run(&mut a, &[Action::Down, Action::Down]);
    assert_eq!(a.sentence, 2);
    run(&mut a, &[Action::Up]);
    assert_eq!(a.sentence, 1);
    run(&mut a, &[Action::Bottom]);
    assert_eq!(a.sentence, 3);
    run(&mut a, &[Action::Down]);
    assert_eq!(a.sentence, 3, "clamped at the end");
    run(&mut a, &[Action::Top]);
    assert_eq!(a.sentence, 0);
    run(&mut a, &[Action::PageDown]);
    assert!(a.sentence > 0);
    run(&mut a, &[Action::PageUp]);
    assert_eq!(a.sentence, 0);
    run(&mut a, &[Action::HalfDown]);
    assert!(a.sentence > 0);
    run(&mut a, &[Action::HalfUp]);
    assert_eq!(a.sentence, 0);
}

#[test]
fn panes_cycle_and_sources_open() {
    let mut a = app();
    assert_eq!(a.focus, Pane::Reading);
    run(&mut a, &[Action::NextPane]);
    assert_eq!(a.focus, Pane::Compare);
    run(&mut a, &[Action::NextPane]);
    assert_eq!(a.focus, Pane::Sources);
    run(&mut a, &[Action::PrevPane]);
    assert_eq!(a.focus, Pane::Compare);
    run(&mut a, &[Action::PrevPane, Action::PrevPane]);
    assert_eq!(a.focus, Pane::Sources);
    run(&mut a, &[Action::Down, Action::Down]);
    assert_eq!(
        (a.source_cursor, a.article),
        (2, 0),
        "moving in Sources does not open"
    );
    run(&mut a, &[Action::Open]);
    assert_eq!((a.article, a.focus), (2, Pane::Reading));
    run(&mut a, &[Action::PickSource(1)]);
    assert_eq!(a.article, 1);
    run(&mut a, &[Action::PickSource(8)]);
    assert_eq!(a.article, 1);
    assert!(a.message.as_ref().unwrap().1, "no source 9 is an error");
}

#[test]
fn contradictions_cross_articles_in_reading_order() {
    let mut a = app();
    let seen = walk(&mut a, Action::NextContradiction, 8);
    assert_eq!(
        seen,
        [
            (0, 0, Some(0)),
            (0, 1, Some(1)),
            (0, 2, Some(2)),
            (1, 0, Some(0)),
            (1, 1, Some(1)),
            (1, 2, Some(2)),
            (2, 0, Some(0)),
            (2, 2, Some(2)),
        ]
    );
    update(&mut a, Action::NextContradiction);
    assert_eq!((a.article, a.sentence), (0, 0));
    assert!(a.message.as_ref().unwrap().0.contains("wrapped"));
    update(&mut a, Action::PrevContradiction);
    assert_eq!((a.article, a.sentence), (2, 2));
    update(&mut a, Action::PrevContradiction);
    assert_eq!((a.article, a.sentence), (2, 0));
}

#[test]
fn groups_step_over_unaligned_sentences() {
    let mut a = app();
    run(
        &mut a,
        &[Action::NextGroup, Action::NextGroup, Action::NextGroup],
    );
    assert_eq!((a.article, a.sentence), (1, 0), "0/3 is unaligned");
    run(&mut a, &[Action::PrevGroup]);
    assert_eq!((a.article, a.sentence), (0, 2));
}

#[test]
fn filter_limits_contradictions() {
    let mut a = app();
    update(&mut a, Action::CycleFilter);
    assert_eq!(a.filter, Some(DivergenceKind::Place));
    assert_eq!(a.contradictions_in(0), 1);
    run(
        &mut a,
        &[Action::NextContradiction, Action::NextContradiction],
    );
    assert_eq!((a.article, a.sentence), (1, 0));
    update(&mut a, Action::CycleFilter);
    assert_eq!(a.filter, Some(DivergenceKind::Date));
    for _ in 0..7 {
        update(&mut a, Action::CycleFilter);
    }
    assert_eq!(a.filter, None);
    assert_eq!(a.contradictions_in(0), 3);
}

#[test]
fn overlays_toggle_and_close() {
    let mut a = app();
    update(&mut a, Action::ToggleFacts);
    assert_eq!(a.overlay, Some(Overlay::Facts));
    update(&mut a, Action::ToggleHelp);
    assert_eq!(a.overlay, Some(Overlay::Help));
    update(&mut a, Action::Down);
    assert_eq!(
        (a.overlay, a.sentence),
        (None, 0),
        "a key closes, not moves"
    );
    update(&mut a, Action::ToggleFacts);
    assert_eq!(update(&mut a, Action::Back), None);
    assert_eq!(a.overlay, None);
    assert_eq!(update(&mut a, Action::Back), Some(Effect::Quit));
}

#[test]
fn search_types_confirms_and_steps() {
    let mut a = app();
    update(&mut a, Action::StartSearch);
    for c in "TROOPSx".chars() {
        update(&mut a, Action::SearchInput(c));
    }
    update(&mut a, Action::SearchBackspace);
    assert_eq!(a.search_input.as_deref(), Some("TROOPS"));
    update(&mut a, Action::SearchConfirm);
    assert_eq!(
        (a.search_input.clone(), a.query.clone()),
        (None, Some("TROOPS".into()))
    );
    assert_eq!((a.article, a.sentence), (0, 2));
    update(&mut a, Action::NextMatch);
    assert_eq!((a.article, a.sentence), (1, 2));
    update(&mut a, Action::PrevMatch);
    assert_eq!((a.article, a.sentence), (0, 2));
    assert_eq!(
        update(&mut a, Action::Back),
        None,
        "Esc clears the search first"
    );
    assert_eq!(a.query, None);
    update(&mut a, Action::StartSearch);
    update(&mut a, Action::SearchInput('z'));
    update(&mut a, Action::SearchCancel);
    assert_eq!((a.search_input.clone(), a.query.clone()), (None, None));
    a.query = Some("nowhere".into());
    update(&mut a, Action::NextMatch);
    assert!(a.message.as_ref().unwrap().1);
}

#[test]
fn export_targets_divergence_group_or_sentence() {
    let mut a = app();
    let e = update(&mut a, Action::Export);
    assert_eq!(
        e,
        Some(Effect::Export {
            what: Target::Excerpt(Excerpt::Divergence(0)),
            format: Format::Markdown,
            stem: "parallax-place-1".into(),
            dir: PathBuf::from("."),
        })
    );
    run(&mut a, &[Action::CycleFormat]);
    assert_eq!(a.format, Format::Html);
    run(&mut a, &[Action::Bottom]);
    match update(&mut a, Action::Export) {
        Some(Effect::Export {
            what, stem, format, ..
        }) => {
            assert_eq!(what, Target::Sentence(0, 3));
            assert_eq!(stem, "parallax-000-s4");
            assert_eq!(format, Format::Html);
            assert!(a
                .excerpt(what, Format::Text)
                .contains("Analysts were cautious"));
        }
        other => panic!("expected an export, got {other:?}"),
    }
    match update(&mut a, Action::Copy) {
        Some(Effect::Copy(text)) => assert!(text.contains("Analysts")),
        other => panic!("expected a copy, got {other:?}"),
    }
    update(&mut a, Action::Done(Err("disk full".into())));
    assert_eq!(a.message, Some(("disk full".into(), true)));
}

#[test]
fn group_export_when_no_contradiction() {
    let mut c = fixture::collation();
    c.divergences.clear();
    let mut a = App::with_collation(c, (80, 24));
    match update(&mut a, Action::Export) {
        Some(Effect::Export { what, stem, .. }) => {
            assert_eq!(what, Target::Excerpt(Excerpt::Group(0)));
            assert_eq!(stem, "parallax-group-1");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn compare_cursor_opens_the_other_side() {
    let mut a = app();
    run(&mut a, &[Action::NextContradiction, Action::NextPane]);
    assert_eq!(a.focus, Pane::Compare);
    assert_eq!(a.others().len(), 2);
    run(&mut a, &[Action::Down, Action::Down]);
    assert_eq!(a.compare_cursor, 1);
    run(&mut a, &[Action::Open]);
    assert_eq!(
        (a.article, a.sentence, a.current_divergence()),
        (2, 0, Some(0))
    );
}

#[test]
fn mouse_clicks_focus_and_select() {
    let mut a = app();
    let p = layout::panes(ratatui::layout::Rect::new(0, 0, 120, 40)).unwrap();
    update(&mut a, Action::Click(p.sources.x + 2, p.sources.y + 2));
    assert_eq!((a.focus, a.article), (Pane::Sources, 1));
    update(&mut a, Action::Click(p.reading.x + 5, p.reading.y + 1));
    assert_eq!((a.focus, a.sentence), (Pane::Reading, 0));
    update(&mut a, Action::Click(p.compare.x + 5, p.compare.y + 1));
    assert_eq!(a.focus, Pane::Compare);
    update(
        &mut a,
        Action::Scroll {
            col: p.sources.x + 1,
            row: p.sources.y + 1,
            down: true,
        },
    );
    assert_eq!(a.source_cursor, 2);
    update(&mut a, Action::Click(0, 39));
    update(&mut a, Action::Click(500, 500));
}

#[test]
fn resize_rewraps_and_keeps_the_sentence_visible() {
    let mut a = app();
    run(&mut a, &[Action::Bottom]);
    update(&mut a, Action::Resize(40, 10));
    let l = a.layout().expect("rewrapped at the new width");
    assert!(l.sentences[0].lines.len() > 1);
    let first = l.first_row[a.sentence];
    assert!(first >= a.reading_scroll);
    update(&mut a, Action::Resize(0, 0));
    update(&mut a, Action::Resize(1, 1));
    update(&mut a, Action::Down);
}

#[test]
fn quit_is_an_effect() {
    let mut a = app();
    assert_eq!(update(&mut a, Action::Quit), Some(Effect::Quit));
}

#[test]
fn compare_shows_the_group_of_the_contradiction_reached() {
    let c = crate::collate(&crate::corpus::bundled_seeds(), &crate::Options::default());
    let mut a = App::with_collation(c, (120, 40));
    let mut checked = 0;
    for _ in 0..a.collation.divergences.len() {
        update(&mut a, Action::NextContradiction);
        let d = a.current_divergence().expect("n lands on a contradiction");
        assert_eq!(a.group(), Some(a.collation.divergences[d].group));
        let here = SentenceRef {
            article: a.article,
            sentence: a.sentence,
        };
        if a.collation.groups_of(here).len() > 1 {
            checked += 1;
        }
    }
    assert!(
        checked > 0,
        "some contradiction sits on a sentence in two groups"
    );
}

fn stories() -> App {
    App::with_collation(fixture::stories(), (120, 40))
}

/// `(article, sentence, divergence)` after each of `presses` presses of `action`.
fn walk(a: &mut App, action: Action, presses: usize) -> Vec<(usize, usize, Option<usize>)> {
    (0..presses)
        .map(|_| {
            update(a, action.clone());
            (a.article, a.sentence, a.current_divergence())
        })
        .collect()
}

#[test]
fn contradictions_run_story_by_story_then_wrap() {
    let mut a = stories();
    let seen = walk(&mut a, Action::NextContradiction, 12);
    assert_eq!(
        seen,
        [
            // Story 1 (articles 0, 2, 4), then story 2 (1, 5); story 3 has none.
            (0, 0, Some(0)),
            (0, 1, Some(1)),
            (0, 2, Some(2)),
            (2, 0, Some(0)),
            (2, 1, Some(1)),
            (2, 2, Some(2)),
            (4, 0, Some(0)),
            (4, 2, Some(2)),
            (1, 0, Some(3)),
            (1, 1, Some(4)),
            (5, 0, Some(3)),
            (5, 1, Some(4)),
        ]
    );
    update(&mut a, Action::NextContradiction);
    assert_eq!((a.article, a.sentence), (0, 0));
    let m = &a.message.as_ref().unwrap().0;
    assert!(m.contains("(wrapped)") && m.contains("→ story 1"), "{m}");
    update(&mut a, Action::PrevContradiction);
    assert_eq!((a.article, a.sentence, a.divergence), (5, 1, Some(4)));
    assert!(a.message.as_ref().unwrap().0.contains("wrapped"));
}

#[test]
fn crossing_a_story_makes_it_current() {
    let mut a = stories();
    walk(&mut a, Action::NextContradiction, 8);
    assert_eq!(a.story().map(|s| s.0), Some(0));
    update(&mut a, Action::NextContradiction);
    assert_eq!((a.article, a.source_cursor), (1, 1), "Sources follows");
    assert_eq!(a.story(), Some((1, 3, "Izmir · Tuesday")));
    let m = &a.message.as_ref().unwrap().0;
    assert_eq!(m, "contradiction 1 of 4 · number → story 2");
    update(&mut a, Action::PrevContradiction);
    assert_eq!((a.article, a.sentence, a.divergence), (4, 2, Some(2)));
    assert_eq!(a.story().map(|s| s.0), Some(0));
    assert!(
        a.message
            .as_ref()
            .unwrap()
            .0
            .starts_with("contradiction 8 of 8 · "),
        "counted within the story"
    );
    assert!(!a.message.as_ref().unwrap().0.contains("wrapped"));
}

#[test]
fn contradictions_from_a_story_without_any() {
    let mut a = stories();
    update(&mut a, Action::PickSource(5));
    assert_eq!(
        a.article, 3,
        "the sixth listed source is the council story's"
    );
    update(&mut a, Action::NextContradiction);
    assert_eq!((a.article, a.sentence), (0, 0), "past the last story: wrap");
    update(&mut a, Action::PickSource(5));
    update(&mut a, Action::PrevContradiction);
    assert_eq!((a.article, a.sentence), (5, 1), "the previous story's last");
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
    a.query = Some("the".into());
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
            a.source_cursor
        })
        .collect();
    assert_eq!(cursor, [2, 4, 1, 5, 3, 3], "listed order, clamped");
    update(&mut a, Action::Up);
    assert_eq!(a.source_cursor, 5);
    update(&mut a, Action::Top);
    assert_eq!(a.source_cursor, 0);
    update(&mut a, Action::Bottom);
    assert_eq!(a.source_cursor, 3);
    assert_eq!(a.article, 0, "moving does not open");
    update(&mut a, Action::Open);
    assert_eq!((a.article, a.focus), (3, Pane::Reading));
    assert_eq!(a.story().map(|s| s.0), Some(2));
}

#[test]
fn sources_pages_count_header_rows() {
    // 40×14: the Sources list is 10 rows (the pane's last line gives the
    // article's date); 9 rows hold 3 headers and 6 articles.
    let mut a = App::with_collation(fixture::stories(), (40, 14));
    a.focus = Pane::Sources;
    assert_eq!(a.sources_height(), 10);
    update(&mut a, Action::HalfDown);
    // Half a page is 5 rows: from row 1 (article 0) to row 6 (article 5).
    assert_eq!(a.source_cursor, 5);
    update(&mut a, Action::HalfUp);
    assert_eq!(a.source_cursor, 0);
    update(&mut a, Action::PageDown);
    assert_eq!(a.source_cursor, 3);
}

#[test]
fn sources_clicks_and_wheel_with_headers() {
    let mut a = stories();
    let p = layout::panes(ratatui::layout::Rect::new(0, 0, 120, 40)).unwrap();
    let row = |r: u16| p.sources.y + 1 + r;
    let x = p.sources.x + 3;
    // Rows: [Story 1] 0 2 4 [Story 2] 1 5 [Story 3] 3
    update(&mut a, Action::Click(x, row(5)));
    assert_eq!((a.focus, a.article), (Pane::Sources, 1));
    update(&mut a, Action::Click(x, row(7)));
    assert_eq!(a.article, 3, "a header opens its story's first article");
    update(&mut a, Action::Click(x, row(0)));
    assert_eq!(a.article, 0);
    update(&mut a, Action::Click(x, row(9)));
    assert_eq!(a.article, 0, "below the list: nothing");
    let wheel = |down| Action::Scroll {
        col: x,
        row: row(1),
        down,
    };
    update(&mut a, wheel(true));
    assert_eq!(
        a.source_cursor, 1,
        "three articles down, headers not counted"
    );
    update(&mut a, wheel(true));
    assert_eq!(a.source_cursor, 3);
    update(&mut a, wheel(false));
    assert_eq!(a.source_cursor, 4);
}

#[test]
fn sources_clicks_match_a_scrolled_list() {
    // 40×10: 7 list rows of 9, so selecting the last article scrolls by 2.
    let mut a = App::with_collation(fixture::stories(), (40, 10));
    let p = layout::panes(ratatui::layout::Rect::new(0, 0, 40, 10)).unwrap();
    a.focus = Pane::Sources;
    update(&mut a, Action::Bottom);
    assert_eq!(list_offset(a.index.outline.row[3], a.sources_height()), 2);
    // The top line pins story 1's header over article 2, its hidden row.
    assert_eq!(a.index.outline.pinned(2, a.sources_height()), Some(0));
    update(&mut a, Action::Click(p.sources.x + 3, p.sources.y + 2));
    assert_eq!(a.article, 4, "the line under the pinned header: article 4");
    update(&mut a, Action::Click(p.sources.x + 3, p.sources.y + 1));
    assert_eq!(
        a.article, 0,
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
fn compare_marks_only_what_differs_in_the_group_shown() {
    let c = crate::collate(&crate::corpus::bundled_seeds(), &crate::Options::default());
    let a = App::with_collation(c, (120, 40));
    let divergent = |marks: Vec<(Range<usize>, Mark)>| {
        marks
            .into_iter()
            .filter(|(_, m)| matches!(m, Mark::Divergent(_)))
            .count()
    };
    let mut seen = 0;
    for (d, div) in a.collation.divergences.iter().enumerate() {
        for v in &div.values {
            let all = divergent(a.sentence_marks(v.article, v.sentence));
            let here = divergent(a.group_marks(v.article, v.sentence, div.group));
            assert!(here >= 1 && here <= all, "divergence {d}");
            seen += usize::from(here < all);
        }
    }
    assert!(
        seen > 0,
        "a sentence in two groups hides the other group's spans"
    );
}
