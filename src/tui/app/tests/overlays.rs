//! `update` with an overlay open: the fact table moves by cell and Enter goes
//! to a cell's sentence; the help scrolls when the terminal is too short; the
//! coverage overlay leads to what a source leaves out.

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
