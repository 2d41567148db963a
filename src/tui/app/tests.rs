use std::ops::Range;

use super::*;
use crate::export::Excerpt;
use crate::model::SentenceRef;
use crate::tui::action::Target;
use crate::tui::fixture;
use crate::tui::index::at;
use crate::tui::layout;
use crate::tui::pane::sources::{self, list_offset};
use crate::tui::wrap::Mark;

fn app() -> App {
    App::with_collation(fixture::collation(), (120, 40))
}

/// Types and confirms a search for `q`.
fn search(app: &mut App, q: &str) {
    update(app, Action::StartSearch);
    for c in q.chars() {
        update(app, Action::SearchInput(c));
    }
    update(app, Action::SearchConfirm);
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
    assert_eq!((a.article(), a.sentence()), (0, 0));
    assert_eq!(a.warnings.len(), 1);
    assert!(a.message.as_ref().unwrap().0.contains("3 contradictions"));
    assert!(
        a.reading
            .layout(layout::reading_text_width(a.size))
            .is_some(),
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
fn a_tick_reads_the_stage_the_collation_is_at() {
    let mut a = App::loading(Settings::default(), PathBuf::from("."), Vec::new(), 5);
    let progress = crate::Progress::default();
    a.watch_progress(progress.clone());
    update(&mut a, Action::Tick);
    assert_eq!(a.loading_stage(), None);
    crate::collate_with(&[], &crate::Options::default(), &progress);
    assert_eq!(
        a.loading_stage(),
        None,
        "the screen changes on a tick, not before"
    );
    update(&mut a, Action::Tick);
    assert_eq!(a.loading_stage(), Some(crate::Stage::Contrasting));
}

#[test]
fn sentence_navigation_in_reading() {
    let mut a = app();
    run(&mut a, &[Action::Down, Action::Down]);
    assert_eq!(a.sentence(), 2);
    run(&mut a, &[Action::Up]);
    assert_eq!(a.sentence(), 1);
    run(&mut a, &[Action::Bottom]);
    assert_eq!(a.sentence(), 3);
    run(&mut a, &[Action::Down]);
    assert_eq!(a.sentence(), 3, "clamped at the end");
    run(&mut a, &[Action::Top]);
    assert_eq!(a.sentence(), 0);
    run(&mut a, &[Action::PageDown]);
    assert!(a.sentence() > 0);
    run(&mut a, &[Action::PageUp]);
    assert_eq!(a.sentence(), 0);
    run(&mut a, &[Action::HalfDown]);
    assert!(a.sentence() > 0);
    run(&mut a, &[Action::HalfUp]);
    assert_eq!(a.sentence(), 0);
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
        (a.sources.cursor(), a.article()),
        (2, 0),
        "moving in Sources does not open"
    );
    run(&mut a, &[Action::Open]);
    assert_eq!((a.article(), a.focus), (2, Pane::Reading));
    run(&mut a, &[Action::PickSource(1)]);
    assert_eq!(a.article(), 1);
    run(&mut a, &[Action::PickSource(8)]);
    assert_eq!(a.article(), 1);
    assert!(a.message.as_ref().unwrap().1, "no source 9 is an error");
}

#[test]
fn each_contradiction_is_visited_once_and_counted_as_the_report_counts() {
    let mut a = app();
    let seen = walk(&mut a, Action::NextContradiction, 3);
    assert_eq!(seen, [(0, 0, Some(0)), (0, 1, Some(1)), (0, 2, Some(2))]);
    let m = &a.message.as_ref().unwrap().0;
    assert_eq!(
        m, "contradiction 3 of 3 (#3) · number",
        "M is the report's count"
    );
    update(&mut a, Action::NextContradiction);
    assert_eq!((a.article(), a.sentence(), a.divergence), (0, 0, Some(0)));
    assert!(a.message.as_ref().unwrap().0.contains("wrapped"));
    update(&mut a, Action::PrevContradiction);
    assert_eq!((a.article(), a.sentence(), a.divergence), (0, 2, Some(2)));
}

#[test]
fn contradictions_land_on_the_source_being_read() {
    let mut a = app();
    update(&mut a, Action::PickSource(2));
    let seen = walk(&mut a, Action::NextContradiction, 3);
    // Source 2 states the place and the number, not the date.
    assert_eq!(seen, [(2, 0, Some(0)), (0, 1, Some(1)), (0, 2, Some(2))]);
    update(&mut a, Action::PickSource(1));
    update(&mut a, Action::PrevContradiction);
    assert_eq!((a.article(), a.sentence(), a.divergence), (0, 2, Some(2)));
    let m = &a.message.as_ref().unwrap().0;
    assert!(m.starts_with("contradiction 3 of 3 (#3) · number"), "{m}");
}

#[test]
fn groups_step_over_unaligned_sentences() {
    let mut a = app();
    run(
        &mut a,
        &[Action::NextGroup, Action::NextGroup, Action::NextGroup],
    );
    assert_eq!((a.article(), a.sentence()), (1, 0), "0/3 is unaligned");
    run(&mut a, &[Action::PrevGroup]);
    assert_eq!((a.article(), a.sentence()), (0, 2));
}

#[test]
fn updates_are_shown_apart_filtered_and_skipped_by_n() {
    let mut c = fixture::collation();
    c.divergences[2].relation = crate::model::Relation::Update;
    let mut a = App::with_collation(c, (120, 40));
    let said = |a: &App| a.message.as_ref().unwrap().0.clone();
    // n steps through the two contradictions; the update is skipped.
    update(&mut a, Action::NextContradiction);
    assert!(
        said(&a).starts_with("contradiction 1 of 2 "),
        "{}",
        said(&a)
    );
    let update_side = a.index.stops.iter().find(|s| s.divergence == 2).unwrap().at;
    let marks = a.index.marks(&a.collation, update_side, |d| a.passes(d));
    assert!(marks.iter().any(|(_, m)| *m == Mark::Update));
    update(&mut a, Action::CycleRelations);
    assert_eq!(a.relations(), Relations::Contradictions);
    assert_eq!(
        said(&a),
        "showing contradictions only (2 contradictions, 1 update)"
    );
    assert!(a.passes(0) && !a.passes(2));
    update(&mut a, Action::CycleRelations);
    assert_eq!(a.relations(), Relations::Updates);
    assert!(!a.passes(0) && a.passes(2));
    update(&mut a, Action::NextContradiction);
    assert!(said(&a).starts_with("update 1 of 1 (#3)"), "{}", said(&a));
    update(&mut a, Action::CycleRelations);
    assert_eq!(a.relations(), Relations::All);
    assert!(a.passes(2) && !a.stepped(2));
}

#[test]
fn filter_limits_contradictions() {
    let mut a = app();
    update(&mut a, Action::CycleFilter);
    assert_eq!(a.filter, Some(DivergenceKind::Place));
    assert_eq!(a.contradictions_in(0), 1);
    let m = &a.message.as_ref().unwrap().0;
    assert_eq!(m, "filter: place (1 of 3 contradictions shown, 2 hidden)");
    run(
        &mut a,
        &[Action::NextContradiction, Action::NextContradiction],
    );
    assert_eq!(
        (a.article(), a.sentence()),
        (0, 0),
        "one place contradiction"
    );
    let m = &a.message.as_ref().unwrap().0;
    assert_eq!(m, "contradiction 1 of 1 (#1) · place (wrapped)");
    update(&mut a, Action::CycleFilter);
    assert_eq!(a.filter, Some(DivergenceKind::Date));
    for _ in 0..7 {
        update(&mut a, Action::CycleFilter);
    }
    assert_eq!(a.filter, None);
    assert_eq!(a.contradictions_in(0), 3);
}

#[test]
fn compare_scrolls_by_keys_and_stops_at_the_end() {
    // A pane of 5 lines (80×16) for a group of three sentences and a note.
    let mut a = App::with_collation(fixture::collation(), (80, 16));
    update(&mut a, Action::NextContradiction);
    update(&mut a, Action::NextPane);
    let (entries, total, height) = a.compare_rows();
    assert!(
        total > height,
        "the fixture's group overflows: {total} lines"
    );
    update(&mut a, Action::PageDown);
    assert_eq!(a.compare.scroll(), total - height, "stops at the end");
    let selected = &entries[a.compare.cursor()];
    assert!(
        selected.start >= a.compare.scroll(),
        "the selection is on screen"
    );
    update(&mut a, Action::PageDown);
    assert_eq!(a.compare.scroll(), total - height);
    update(&mut a, Action::Top);
    assert_eq!(
        (a.compare.cursor(), a.compare.scroll()),
        (0, entries[0].start.min(total - height))
    );
    update(&mut a, Action::Bottom);
    let last = &entries[entries.len() - 1];
    assert!(
        last.end <= a.compare.scroll() + height,
        "j/k keep it on screen"
    );
    for _ in 0..20 {
        update(
            &mut a,
            Action::Scroll {
                col: 60,
                row: 14,
                down: true,
            },
        );
    }
    assert_eq!(
        a.compare.scroll(),
        total - height,
        "the wheel stops at the end"
    );
}

#[test]
fn the_status_names_the_number_reports_print_beside_k_of_m() {
    let mut a = App::with_collation(fixture::stories(), (120, 40));
    let md = crate::export::report(&a.collation, Format::Markdown);
    for _ in 0..a.collation.divergences.len() {
        update(&mut a, Action::NextContradiction);
        let m = a.message.clone().unwrap().0;
        let n: usize = m
            .split("(#")
            .nth(1)
            .and_then(|r| r.split(')').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no report number in {m:?}"));
        assert_eq!(a.divergence, Some(n - 1), "{m}");
        let note = &a.collation.divergences[n - 1].note;
        let heading = md
            .lines()
            .find(|l| l.starts_with(&format!("#### {n}. ")))
            .unwrap_or_else(|| panic!("no #### {n}. in the report:\n{md}"));
        assert!(heading.ends_with(note.as_str()), "{heading} / {note}");
    }
}

#[test]
fn overlays_toggle_and_close() {
    let mut a = app();
    update(&mut a, Action::ToggleFacts);
    assert_eq!(a.overlay, Some(Overlay::Facts));
    update(&mut a, Action::ToggleHelp);
    assert_eq!(a.overlay, Some(Overlay::Help));
    update(&mut a, Action::Export);
    assert_eq!(
        (a.overlay, a.sentence()),
        (None, 0),
        "a key closes, not moves"
    );
    update(&mut a, Action::ToggleFacts);
    assert_eq!(update(&mut a, Action::Back), None);
    assert_eq!(a.overlay, None);
    assert_eq!(update(&mut a, Action::Back), None, "Esc never quits");
    assert!(a.message.as_ref().unwrap().0.contains("q quits"));
}

#[test]
fn keys_do_nothing_while_the_terminal_is_too_small() {
    let mut a = app();
    update(&mut a, Action::Resize(30, 8));
    for action in [Action::Down, Action::NextContradiction, Action::ToggleHelp] {
        assert_eq!(update(&mut a, action), None);
    }
    assert_eq!((a.sentence(), a.overlay, a.divergence), (0, None, None));
    assert_eq!(update(&mut a, Action::Quit), Some(Effect::Quit));
    update(&mut a, Action::Resize(120, 40));
    update(&mut a, Action::Down);
    assert_eq!(a.sentence(), 1, "keys act again once there is room");
}

#[test]
fn search_folds_accents_and_apostrophes() {
    let mut c = fixture::collation();
    let s = &mut c.articles[1].sentences[1];
    s.text = "His office in Türkiye announced Russia’s meeting.".into();
    let mut a = App::with_collation(c, (120, 40));
    search(&mut a, "turkiye");
    assert_eq!((a.article(), a.sentence()), (1, 1));
    search(&mut a, "Russia's");
    assert_eq!((a.article(), a.sentence()), (1, 1));
    assert!(a.message.as_ref().unwrap().0.starts_with("match 1 of 1"));
}

#[test]
fn search_types_confirms_and_steps() {
    let mut a = app();
    update(&mut a, Action::StartSearch);
    for c in "TROOPSx".chars() {
        update(&mut a, Action::SearchInput(c));
    }
    update(&mut a, Action::SearchBackspace);
    assert_eq!(a.search.input(), Some("TROOPS"));
    update(&mut a, Action::SearchConfirm);
    assert_eq!((a.search.input(), a.search.query()), (None, Some("TROOPS")));
    assert_eq!((a.article(), a.sentence()), (0, 2));
    update(&mut a, Action::NextMatch);
    assert_eq!((a.article(), a.sentence()), (1, 2));
    update(&mut a, Action::PrevMatch);
    assert_eq!((a.article(), a.sentence()), (0, 2));
    assert_eq!(
        update(&mut a, Action::Back),
        None,
        "Esc clears the search first"
    );
    assert_eq!(a.search.query(), None);
    update(&mut a, Action::StartSearch);
    update(&mut a, Action::SearchInput('z'));
    update(&mut a, Action::SearchCancel);
    assert_eq!((a.search.input(), a.search.query()), (None, None));
    search(&mut a, "nowhere");
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
            assert_eq!(what, Target::Sentence(at(0, 3)));
            assert_eq!(stem, "parallax-000-s4");
            assert_eq!(format, Format::Html);
            assert!(a
                .excerpt(what, Format::Text)
                .contains("Analysts were cautious"));
        }
        other => panic!("expected an export, got {other:?}"),
    }
    match update(&mut a, Action::Copy) {
        Some(Effect::Copy(text)) => assert!(
            text.contains("Analysts") && text.contains("</"),
            "copied in the chosen format, HTML: {text}"
        ),
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
    assert_eq!(a.compare.cursor(), 1);
    run(&mut a, &[Action::Open]);
    assert_eq!(
        (a.article(), a.sentence(), a.current_divergence()),
        (2, 0, Some(0))
    );
}

#[test]
fn mouse_clicks_focus_and_select() {
    let mut a = app();
    let p = layout::panes(ratatui::layout::Rect::new(0, 0, 120, 40)).unwrap();
    update(&mut a, Action::Click(p.sources.x + 2, p.sources.y + 2));
    assert_eq!((a.focus, a.article()), (Pane::Sources, 1));
    update(&mut a, Action::Click(p.reading.x + 5, p.reading.y + 1));
    assert_eq!((a.focus, a.sentence()), (Pane::Reading, 0));
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
    assert_eq!(a.sources.cursor(), 2);
    update(&mut a, Action::Click(0, 39));
    update(&mut a, Action::Click(500, 500));
}

#[test]
fn resize_rewraps_and_keeps_the_sentence_visible() {
    let mut a = app();
    run(&mut a, &[Action::Bottom]);
    update(&mut a, Action::Resize(40, 10));
    let l = a
        .reading
        .layout(layout::reading_text_width(a.size))
        .expect("rewrapped at the new width");
    assert!(l.sentences[0].lines.len() > 1);
    let first = l.first_row[a.sentence()];
    assert!(first >= a.reading.scroll());
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
            article: a.article(),
            sentence: a.sentence(),
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

/// `(article, sentence, divergence)` after each of `presses` presses of `action`.
fn walk(a: &mut App, action: Action, presses: usize) -> Vec<(usize, usize, Option<usize>)> {
    (0..presses)
        .map(|_| {
            update(a, action.clone());
            (a.article(), a.sentence(), a.current_divergence())
        })
        .collect()
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
            let all = divergent(a.sentence_marks(at(v.article, v.sentence)));
            let here = divergent(a.group_marks(at(v.article, v.sentence), div.group));
            assert!(here >= 1 && here <= all, "divergence {d}");
            seen += usize::from(here < all);
        }
    }
    assert!(
        seen > 0,
        "a sentence in two groups hides the other group's spans"
    );
}

#[test]
fn h_and_l_move_between_panes() {
    use crossterm::event::{KeyCode, KeyEvent};
    let keys = crate::tui::keymap::Keymap::default();
    let press = |c| keys.action(KeyEvent::from(KeyCode::Char(c))).unwrap();
    let mut a = app();
    update(&mut a, press('l'));
    assert_eq!(a.focus, Pane::Compare);
    update(&mut a, press('h'));
    update(&mut a, press('h'));
    assert_eq!(a.focus, Pane::Sources);
}

#[test]
fn colon_jumps_to_a_contradiction_or_group_by_its_report_number() {
    let mut a = app();
    let jump = |a: &mut App, typed: &str| {
        update(a, Action::StartJump);
        for c in typed.chars() {
            update(a, Action::SearchInput(c));
        }
        update(a, Action::SearchConfirm);
    };
    jump(&mut a, "3");
    assert_eq!((a.article(), a.sentence(), a.divergence), (0, 2, Some(2)));
    assert_eq!(
        a.message.as_ref().unwrap().0,
        "contradiction 3 of 3 · number"
    );
    update(&mut a, Action::PickSource(2));
    jump(&mut a, "1");
    assert_eq!((a.article(), a.sentence()), (2, 0), "the side being read");
    jump(&mut a, "g2");
    assert_eq!((a.article(), a.sentence(), a.divergence), (0, 1, None));
    assert_eq!(a.search.query(), None, "a jump is no search");
    jump(&mut a, "9");
    assert!(
        a.message.as_ref().unwrap().1,
        "no contradiction 9 is an error"
    );
    assert_eq!((a.article(), a.sentence()), (0, 1));
}

#[test]
fn paragraphs_are_kept_as_blank_rows() {
    let a = app();
    let l = a
        .reading
        .layout(layout::reading_text_width(a.size))
        .unwrap();
    let breaks = l.rows.iter().filter(|r| r.is_none()).count();
    assert_eq!(breaks, 1, "the first article has two paragraphs");
    assert_eq!(
        l.rows[l.first_row[2] - 1],
        None,
        "before its third sentence"
    );
}

mod overlays;
mod side;
mod stories;
mod triage;
