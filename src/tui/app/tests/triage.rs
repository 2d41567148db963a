//! `update` and triage: marks toggle, notes, the mark filter and the counts it
//! gives, the brief, and marks that come back after a restart.

use super::*;
use crate::triage::Verdict;

#[test]
fn a_mark_toggles_and_keeps_its_note() {
    let mut a = app();
    assert!(update(&mut a, Action::Mark(Verdict::Confirmed)).is_none());
    let (m, error) = a.message.clone().unwrap();
    assert!(
        error && m.contains("no state folder"),
        "in memory, said: {m}"
    );
    assert_eq!(
        a.triage.mark(0).unwrap().verdict,
        Verdict::Confirmed,
        "the place, explained at the top"
    );
    update(&mut a, Action::StartNote);
    assert_eq!(a.search.prompt(), Prompt::Note(0));
    for c in "called both".chars() {
        update(&mut a, Action::SearchInput(c));
    }
    update(&mut a, Action::SearchConfirm);
    assert_eq!(a.triage.mark(0).unwrap().note, "called both");
    update(&mut a, Action::Mark(Verdict::Dismissed));
    let m = a.triage.mark(0).unwrap();
    assert_eq!(
        (m.verdict, m.note.as_str()),
        (Verdict::Dismissed, "called both")
    );
    update(&mut a, Action::Mark(Verdict::Dismissed));
    assert!(a.triage.mark(0).is_none(), "the same key again unmarks");
}

#[test]
fn a_note_alone_makes_a_mark_to_check() {
    let mut a = app();
    update(&mut a, Action::Down);
    update(&mut a, Action::StartNote);
    for c in "ask the office".chars() {
        update(&mut a, Action::SearchInput(c));
    }
    update(&mut a, Action::SearchConfirm);
    let m = a.triage.mark(1).unwrap();
    assert_eq!(
        (m.verdict, m.note.as_str()),
        (Verdict::Check, "ask the office")
    );
    update(&mut a, Action::Bottom);
    update(&mut a, Action::Mark(Verdict::Confirmed));
    assert!(a
        .message
        .clone()
        .unwrap()
        .0
        .starts_with("no contradiction here to mark"));
}

#[test]
fn the_mark_filter_changes_what_n_counts() {
    let mut a = app();
    update(&mut a, Action::Mark(Verdict::Confirmed));
    update(&mut a, Action::CycleMarkFilter);
    assert_eq!(
        a.message.clone().unwrap().0,
        "marks: unmarked (2 of 3 contradictions shown)"
    );
    update(&mut a, Action::NextContradiction);
    assert!(a
        .message
        .clone()
        .unwrap()
        .0
        .starts_with("contradiction 1 of 2 (#2)"));
    update(&mut a, Action::CycleMarkFilter);
    update(&mut a, Action::NextContradiction);
    assert_eq!(
        a.message.clone().unwrap().0,
        "contradiction 1 of 1 (#1) · place"
    );
    for _ in 0..3 {
        update(&mut a, Action::CycleMarkFilter);
    }
    assert_eq!(a.mark_filter, None, "dismissed, to check, then all");
}

#[test]
fn the_brief_cites_only_confirmed_contradictions() {
    let mut a = app();
    let e = update(&mut a, Action::ExportBrief);
    assert!(e.is_none() && a.message.clone().unwrap().0.starts_with("no confirmed"));
    update(&mut a, Action::Mark(Verdict::Confirmed));
    update(&mut a, Action::Down);
    update(&mut a, Action::Mark(Verdict::Dismissed));
    let Some(Effect::Export { what, stem, .. }) = update(&mut a, Action::ExportBrief) else {
        panic!("no export");
    };
    assert_eq!((what, stem.as_str()), (Target::Brief, "parallax-brief"));
    let md = a.excerpt(Target::Brief, Format::Markdown);
    assert!(md.contains("1 contradiction confirmed"), "{md}");
    assert!(md.contains("1. Place: 2 of 3 sources say Istanbul"), "{md}");
    assert!(md.contains("Triage: confirmed"), "{md}");
    assert!(!md.contains("Date"), "the dismissed one is left out:\n{md}");
    let json: serde_json::Value =
        serde_json::from_str(&a.excerpt(Target::Brief, Format::Json)).unwrap();
    assert_eq!(json["schema"], "parallax.brief/1");
    assert_eq!(json["contradictions"][0]["number"], 1);
    assert_eq!(json["contradictions"][0]["triage"], "confirmed");
}

#[test]
fn saved_marks_come_back_in_a_new_reader_and_a_new_collation() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("marks.json");
    let mut a = app();
    a.open_marks(Some(path.clone()), "corpus");
    update(&mut a, Action::Loaded(Box::new(fixture::collation())));
    let Some(Effect::SaveMarks {
        path: to,
        marks,
        done,
    }) = update(&mut a, Action::Mark(Verdict::Confirmed))
    else {
        panic!("no save");
    };
    assert_eq!(
        (to.as_path(), done.as_str()),
        (path.as_path(), "#1 marked confirmed")
    );
    marks.save(&to).unwrap();
    // A new reader; the divergences come in another order, as after a
    // change in the pipeline.
    let mut c = fixture::collation();
    c.divergences.swap(0, 2);
    let mut b = App::loading(Settings::default(), PathBuf::from("."), Vec::new(), 0);
    b.open_marks(Some(path), "corpus");
    update(&mut b, Action::Resize(120, 40));
    update(&mut b, Action::Loaded(Box::new(c)));
    assert!(b.triage.mark(0).is_none());
    assert_eq!(b.triage.mark(2).unwrap().verdict, Verdict::Confirmed);
}
