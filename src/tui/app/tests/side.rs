//! `update` in the side-by-side view: opening beside the other side of the
//! contradiction, rows stepped in step, `n` between the two sources only,
//! either side's source changed, and the way back to the panes.

use super::*;

fn side_rows(a: &App) -> Vec<(Option<usize>, Option<usize>)> {
    a.side_rows().iter().map(|r| (r.left, r.right)).collect()
}

#[test]
fn side_by_side_opens_beside_the_other_side_of_the_contradiction() {
    let mut a = app();
    update(&mut a, Action::ToggleSide);
    let side = a.side().expect("open");
    assert_eq!((a.article(), side.right(), side.row()), (0, 1, 0));
    assert_eq!(
        side_rows(&a),
        [
            (Some(0), Some(0)),
            (Some(1), Some(1)),
            (Some(2), Some(2)),
            (Some(3), None)
        ]
    );
    assert_eq!(a.message.as_ref().unwrap().0, "000 beside 001");
    update(&mut a, Action::Down);
    assert_eq!(
        (a.side().unwrap().row(), a.sentence()),
        (1, 1),
        "Reading follows"
    );
    update(&mut a, Action::Bottom);
    assert_eq!((a.side().unwrap().row(), a.sentence()), (3, 3));
    update(&mut a, Action::ToggleSide);
    assert!(a.side().is_none());
}

#[test]
fn n_steps_through_what_the_two_sources_state_differently() {
    let mut a = app();
    update(&mut a, Action::ToggleSide);
    update(&mut a, Action::Down);
    // 000 and 001 differ on the place (row 0) and the date (row 1); both say
    // 12,000 troops (row 2), which only 002 contradicts.
    update(&mut a, Action::NextContradiction);
    let m = a.message.clone().unwrap().0;
    assert_eq!(m, "difference 1 of 2 between 000 and 001 (#1) · place");
    assert_eq!((a.side().unwrap().row(), a.divergence), (0, Some(0)));
    update(&mut a, Action::NextContradiction);
    assert_eq!((a.side().unwrap().row(), a.divergence), (1, Some(1)));
    update(&mut a, Action::PrevContradiction);
    assert_eq!(a.side().unwrap().row(), 0);
}

#[test]
fn either_side_changes_source_from_the_keyboard() {
    let mut a = app();
    update(&mut a, Action::ToggleSide);
    let next_right = Action::SideSource {
        right: true,
        forward: true,
    };
    update(&mut a, next_right.clone());
    assert_eq!((a.article(), a.side().unwrap().right()), (0, 2));
    update(&mut a, next_right);
    assert_eq!(a.side().unwrap().right(), 1, "wraps past the left side");
    update(
        &mut a,
        Action::SideSource {
            right: false,
            forward: true,
        },
    );
    assert_eq!(
        (a.article(), a.side().unwrap().right()),
        (2, 1),
        "skips the right side"
    );
    assert_eq!(a.message.as_ref().unwrap().0, "002 beside 001");
    update(&mut a, Action::PickSource(1));
    assert_eq!(a.article(), 1);
    assert_ne!(
        a.side().unwrap().right(),
        1,
        "never one source beside itself"
    );
}

#[test]
fn a_click_selects_the_row_under_it() {
    let mut a = app();
    update(&mut a, Action::ToggleSide);
    let (lines, _, _) = crate::tui::views::side::layout(&a, a.size);
    // Border, header, then the rows' lines.
    let y = 2 + lines[2].start as u16;
    update(&mut a, Action::Click(30, y));
    assert_eq!((a.side().unwrap().row(), a.sentence()), (2, 2));
    update(&mut a, Action::Click(30, 0));
    assert_eq!(a.side().unwrap().row(), 2, "the border selects nothing");
}

#[test]
fn enter_leaves_for_the_panes_on_the_row_read() {
    let mut a = app();
    update(&mut a, Action::ToggleSide);
    run(&mut a, &[Action::Down, Action::Down, Action::Open]);
    assert!(a.side().is_none());
    assert_eq!((a.focus, a.article(), a.sentence()), (Pane::Reading, 0, 2));
    update(&mut a, Action::ToggleSide);
    assert!(a.side().is_some());
    update(&mut a, Action::Back);
    assert!(a.side().is_none(), "Esc closes it too");
    let key = a.settings.keymap.key_for("side_by_side");
    update(
        &mut a,
        Action::SideSource {
            right: true,
            forward: true,
        },
    );
    assert_eq!(
        a.message.clone().unwrap().0,
        format!("{key} opens the side-by-side view first")
    );
}

#[test]
fn side_by_side_pages_in_step_and_stops_at_the_end() {
    let c = crate::collate(&crate::corpus::bundled_seeds(), &crate::Options::default());
    let mut a = App::with_collation(c, (80, 24));
    update(&mut a, Action::ToggleSide);
    let (lines, total, height) = crate::tui::views::side::layout(&a, a.size);
    assert!(total > height * 2, "the seeds overflow: {total} lines");
    update(&mut a, Action::PageDown);
    let s = a.side().unwrap();
    assert_eq!(s.scroll(), height);
    assert!(
        lines[s.row()].start >= s.scroll(),
        "the selection is on screen"
    );
    for _ in 0..100 {
        update(&mut a, Action::PageDown);
    }
    assert_eq!(
        a.side().unwrap().scroll(),
        total - height,
        "never past the end"
    );
    assert_eq!(a.side().unwrap().row(), lines.len() - 1);
}

#[test]
fn a_row_only_the_right_side_has_stays_selected() {
    let mut a = app();
    update(&mut a, Action::ToggleSide);
    // 000 beside 002: 002's sentence 1 (the weather) has no partner.
    update(
        &mut a,
        Action::SideSource {
            right: true,
            forward: true,
        },
    );
    let lone = a.side_rows().iter().position(|r| r.left.is_none()).unwrap();
    for _ in 0..lone {
        update(&mut a, Action::Down);
    }
    assert_eq!(a.side().unwrap().row(), lone);
    update(&mut a, Action::Resize(100, 30));
    update(&mut a, Action::CycleFilter);
    assert_eq!(
        a.side().unwrap().row(),
        lone,
        "kept through keys the view does not take"
    );
}
