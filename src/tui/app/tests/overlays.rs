//! `update` with an overlay open: the fact table moves by cell and Enter goes
//! to a cell's sentence; the help scrolls when the terminal is too short; the
//! coverage overlay leads to what a source leaves out; the timeline steps
//! through the values that changed and leads to their sentences.

use super::*;

#[test]
fn the_fact_table_moves_by_cell_and_enter_goes_to_the_sentence() {
    let mut a = app();
    update(&mut a, Action::ToggleFacts);
    run(&mut a, &[Action::Down, Action::NextPane, Action::NextPane]);
    assert_eq!((a.facts.row(), a.facts.column()), (1, 2));
    assert_eq!(a.overlay, Some(Overlay::Facts), "moving keeps it open");
    update(&mut a, Action::Open);
    assert_eq!(
        a.overlay,
        Some(Overlay::Facts),
        "an empty cell leads nowhere"
    );
    let (m, error) = a.message.clone().unwrap();
    assert!(error && m.contains("states no date"), "{m}");
    run(&mut a, &[Action::PrevPane, Action::Open]);
    assert_eq!(a.overlay, None);
    assert_eq!(
        (a.focus, a.article(), a.divergence),
        (Pane::Reading, 1, Some(1))
    );
    let text = &a.collation.articles[1].sentences[a.sentence()].text;
    assert!(text.contains("Saturday"), "{text}");
    update(&mut a, Action::ToggleFacts);
    assert_eq!(
        (a.facts.row(), a.facts.column()),
        (0, 0),
        "reopened at the top"
    );
    run(&mut a, &[Action::Bottom, Action::Top]);
    assert_eq!(a.facts.row(), 0);
}

#[test]
fn a_short_help_scrolls_and_stops_at_its_end() {
    let mut a = App::with_collation(fixture::collation(), (100, 20));
    update(&mut a, Action::ToggleHelp);
    update(&mut a, Action::Down);
    assert_eq!(
        (a.overlay, a.help_scroll),
        (Some(Overlay::Help), 1),
        "j scrolls"
    );
    for _ in 0..10 {
        update(&mut a, Action::PageDown);
    }
    let area = Rect::new(0, 0, 100, 20);
    let (lines, popup) = crate::tui::views::help::size(&a, area);
    let last = lines - usize::from(popup.height - 2);
    assert_eq!(a.help_scroll, last, "never past the last line");
    update(&mut a, Action::PageUp);
    assert!(a.help_scroll < last);
    update(&mut a, Action::Export);
    assert_eq!(a.overlay, None, "any other key closes");
    update(&mut a, Action::ToggleHelp);
    assert_eq!(a.help_scroll, 0, "reopened at the top");
}

#[test]
fn coverage_leads_to_what_the_source_leaves_out() {
    let mut a = app();
    update(&mut a, Action::PickSource(2));
    update(&mut a, Action::ToggleCoverage);
    assert_eq!(a.overlay, Some(Overlay::Coverage));
    let rows = crate::tui::views::coverage::rows(&a);
    assert!(rows[0]
        .text
        .starts_with("Reported by other sources, not by 002 (1)"));
    assert!(rows[1]
        .text
        .contains("2 sources · 000: The meeting was announced"));
    update(&mut a, Action::Down);
    assert_eq!(
        a.overlay,
        Some(Overlay::Coverage),
        "one entry: j stays on it"
    );
    update(&mut a, Action::Open);
    assert_eq!((a.overlay, a.article(), a.sentence()), (None, 0, 1));
    update(&mut a, Action::ToggleCoverage);
    update(&mut a, Action::ToggleCoverage);
    assert_eq!(a.overlay, None, "w closes it");
}

#[test]
fn the_coverage_overlay_keeps_its_source_coverage_while_open() {
    let mut a = app();
    update(&mut a, Action::PickSource(2));
    update(&mut a, Action::ToggleCoverage);
    assert!(matches!(
        a.coverage_of_reading(),
        std::borrow::Cow::Borrowed(_)
    ));
    assert_eq!(
        *a.coverage_of_reading(),
        crate::coverage::coverage(a.collation(), 2),
        "what was kept is the source's coverage"
    );
    update(&mut a, Action::Open);
    // Another source read: its own coverage, not the one kept.
    assert!(matches!(
        a.coverage_of_reading(),
        std::borrow::Cow::Owned(_)
    ));
    assert_eq!(
        *a.coverage_of_reading(),
        crate::coverage::coverage(a.collation(), a.article())
    );
}

#[test]
fn the_timeline_steps_through_values_by_date_and_enter_goes_to_one() {
    let mut a = App::with_collation(fixture::dated(), (120, 40));
    update(&mut a, Action::ToggleTimeline);
    assert_eq!(a.overlay, Some(Overlay::Timeline));
    let rows = crate::tui::views::timeline::rows(&a, 100);
    let lines: Vec<String> = rows
        .iter()
        .map(|r| format!("{}|{}|{}", r.lead, r.value, r.context))
        .collect();
    assert_eq!(
        lines[0],
        "Sources by date of writing: Sun 2 Mar: 002 · Mon 3 Mar: 000 · Wed 5 Mar: 001||"
    );
    assert_eq!(
        lines[2],
        "#3 number: fell from 15,000 (002, Sun 2 Mar) to 12,000 (000, Mon 3 Mar)||"
    );
    assert_eq!(
        lines[3..],
        [
            "Sun 2 Mar  002|15,000|Officials said 15,000 troops remain at the border.",
            "Mon 3 Mar  000|12,000|Officials said 12,000 troops remain at the border.",
            "Wed 5 Mar  001|12,000|Some 12,000 troops remain at the border, officials said.",
        ]
    );
    let moved: Vec<bool> = rows
        .iter()
        .filter_map(|r| match r.part {
            crate::tui::views::timeline::Part::Value { moved, .. } => Some(moved),
            _ => None,
        })
        .collect();
    assert_eq!(moved, [false, true, false], "only the change is coloured");
    run(&mut a, &[Action::Down, Action::Down, Action::Down]);
    assert_eq!(a.timeline.cursor(), 2, "j stops at the last value");
    run(&mut a, &[Action::Top, Action::Down]);
    assert_eq!(a.timeline.cursor(), 1);
    assert_eq!(a.overlay, Some(Overlay::Timeline), "moving keeps it open");
    update(&mut a, Action::Open);
    assert_eq!(a.overlay, None);
    assert_eq!(
        (a.focus, a.article(), a.sentence(), a.divergence),
        (Pane::Reading, 0, 2, Some(2))
    );
    assert_eq!(a.message.as_ref().unwrap().0, "number 000: 12,000");
    update(&mut a, Action::ToggleTimeline);
    assert_eq!(a.timeline.cursor(), 0, "reopened at the first value");
    update(&mut a, Action::ToggleTimeline);
    assert_eq!(a.overlay, None, "T closes it");
    update(&mut a, Action::ToggleTimeline);
    update(&mut a, Action::Back);
    assert_eq!(a.overlay, None, "Esc closes it");
}

#[test]
fn a_story_without_updates_says_so_and_enter_goes_nowhere() {
    let mut a = app();
    a.collation.articles[1].meta.published = Some("2025-03-05".into());
    update(&mut a, Action::ToggleTimeline);
    let rows = crate::tui::views::timeline::rows(&a, 200);
    assert_eq!(
        rows.last().unwrap().lead,
        "No values changed over time in this story: 1 of 3 sources have a date of writing."
    );
    assert!(rows.iter().all(|r| r.to().is_none()));
    update(&mut a, Action::Open);
    assert_eq!(a.overlay, Some(Overlay::Timeline));
    let (m, error) = a.message.clone().unwrap();
    assert!(error && m.contains("no value changed"), "{m}");
    assert_eq!((a.article(), a.sentence()), (0, 0), "nothing moved");
}
