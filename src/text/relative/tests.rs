use proptest::prelude::*;

use super::*;

fn day(y: i32, m: u32, d: u32) -> Ymd {
    Ymd::new(y, m, d).unwrap()
}

/// The resolved key of each date of `sentence`, written on `written`.
fn keys(sentence: &str, written: Option<Ymd>) -> Vec<Option<String>> {
    crate::text::details(sentence)
        .iter()
        .filter(|d| d.kind == DetailKind::Date)
        .map(|d| resolve(sentence, d, written).map(When::key))
        .collect()
}

/// The one date of `sentence`, written on Monday 12 May 2025 unless said.
fn key(sentence: &str, written: Ymd) -> String {
    match keys(sentence, Some(written)).as_slice() {
        [Some(k)] => k.clone(),
        other => panic!("{sentence}: {other:?}"),
    }
}

const MON_12_MAY: (i32, u32, u32) = (2025, 5, 12);

fn mon() -> Ymd {
    day(MON_12_MAY.0, MON_12_MAY.1, MON_12_MAY.2)
}

#[test]
fn today_yesterday_tomorrow_tonight() {
    assert_eq!(key("The talks resumed today.", mon()), "2025-05-12");
    assert_eq!(key("Crowds gathered tonight.", mon()), "2025-05-12");
    assert_eq!(key("The blast came yesterday.", mon()), "2025-05-11");
    assert_eq!(key("The vote is tomorrow.", mon()), "2025-05-13");
    assert_eq!(key("Protesters marched last night.", mon()), "2025-05-11");
}

#[test]
fn across_month_year_and_leap_day_ends() {
    let new_year = day(2025, 1, 1);
    assert_eq!(key("It happened yesterday.", new_year), "2024-12-31");
    assert_eq!(key("It happens tomorrow.", day(2024, 12, 31)), "2025-01-01");
    assert_eq!(key("It happened yesterday.", day(2024, 3, 1)), "2024-02-29");
    assert_eq!(key("It happened yesterday.", day(2025, 3, 1)), "2025-02-28");
    assert_eq!(key("It happens tomorrow.", day(2024, 2, 28)), "2024-02-29");
    // Wednesday 1 Jan 2025: the Sunday before lies in 2024.
    assert_eq!(key("The fire broke out on Sunday.", new_year), "2024-12-29");
    assert_eq!(
        key("Talks will resume on Friday.", day(2024, 12, 30)),
        "2025-01-03"
    );
    assert_eq!(key("It rained last month.", new_year), "2024-12");
    assert_eq!(
        key("It will reopen next month.", day(2024, 12, 15)),
        "2025-01"
    );
    assert_eq!(key("Sales fell last year.", new_year), "2024");
    assert_eq!(
        key("Sales rose last week.", new_year),
        "2024-12-23/2024-12-29"
    );
    // Written on Friday 1 March 2024, Thursday is the leap day.
    assert_eq!(
        key("The quake struck on Thursday.", day(2024, 3, 1)),
        "2024-02-29"
    );
}

#[test]
fn a_past_weekday_is_the_last_such_day_on_or_before_the_writing() {
    assert_eq!(key("The fire broke out on Sunday.", mon()), "2025-05-11");
    assert_eq!(key("Police said on Friday night", mon()), "2025-05-09");
    assert_eq!(
        key("The fire broke out this Thursday.", mon()),
        "2025-05-08"
    );
    // Written on a Monday, "Monday" is that day.
    assert_eq!(key("The market fell on Monday.", mon()), "2025-05-12");
    // "last" is strictly before: a week back on the day itself.
    assert_eq!(key("The market fell last Monday.", mon()), "2025-05-05");
    assert_eq!(key("They met last Friday.", mon()), "2025-05-09");
    // The day before is "yesterday": "last Thursday" on a Friday is the week before's.
    let fri = day(2025, 11, 14);
    assert_eq!(key("The party quit last Thursday.", fri), "2025-11-06");
    assert_eq!(key("The party quit last Wednesday.", fri), "2025-11-12");
}

#[test]
fn a_future_or_next_weekday_is_the_first_such_day_on_or_after_the_writing() {
    assert_eq!(key("The court will rule on Thursday.", mon()), "2025-05-15");
    assert_eq!(
        key("The ship is due to dock on Sunday.", mon()),
        "2025-05-18"
    );
    assert_eq!(key("They'll vote on Friday.", mon()), "2025-05-16");
    assert_eq!(
        key("On Wednesday, the court will rule.", mon()),
        "2025-05-14"
    );
    assert_eq!(key("The court rules next Monday.", mon()), "2025-05-19");
    assert_eq!(key("The court meets next Thursday.", mon()), "2025-05-15");
    assert_eq!(
        key("The court meets this coming Sunday.", mon()),
        "2025-05-18"
    );
    // Future on the day itself is that day; "next" never is.
    assert_eq!(key("The court will rule on Monday.", mon()), "2025-05-12");
    // "would" after a saying is still to come.
    let sat = day(2025, 6, 14);
    assert_eq!(
        key("The team said he would undergo surgery on Monday.", sat),
        "2025-06-16"
    );
    // A limit is still to come.
    let mon_10_nov = day(2025, 11, 10);
    assert_eq!(
        key(
            "Appointments are cancelled until at least Wednesday.",
            mon_10_nov
        ),
        "2025-11-12"
    );
    assert_eq!(
        key("Showers are forecast until Sunday.", mon_10_nov),
        "2025-11-16"
    );
    // "by" is a tally of the past as often.
    assert_eq!(
        key("37 people had died by Wednesday night.", day(2025, 6, 12)),
        "2025-06-11"
    );
    // The present tense reads as past (a known miss for schedules).
    assert_eq!(
        key("The race resumes on Tuesday with stage 8.", sat),
        "2025-06-10"
    );
    assert_eq!(
        key("Sunday's stage was won in a sprint.", day(2025, 6, 16)),
        "2025-06-15"
    );
}

#[test]
fn a_dateline_is_when_the_report_was_filed_and_stays_words() {
    let s = "PORTO SALEMA, Almeira, June 12 (HNA) - A cholera outbreak has killed dozens.";
    assert_eq!(keys(s, Some(day(2025, 6, 12))), [None]);
    let not = "The outbreak began on June 12 - the day the rains came.";
    assert_eq!(
        keys(not, Some(day(2025, 6, 12))),
        [Some("2025-06-12".to_string())]
    );
    let not = "On June 12 - the day the rains came - it began.";
    assert_eq!(
        keys(not, Some(day(2025, 6, 12))),
        [Some("2025-06-12".to_string())]
    );
}

#[test]
fn the_tense_is_read_in_the_weekday_s_own_clause() {
    // The saying is past; the resignation is another clause's future.
    assert_eq!(
        key("He said on Sunday he will resign.", mon()),
        "2025-05-11"
    );
    assert_eq!(
        key("He said late on Sunday he will resign.", mon()),
        "2025-05-11"
    );
    assert_eq!(
        key(
            "The storm struck on Saturday, and crews will work all week.",
            mon()
        ),
        "2025-05-10"
    );
    assert_eq!(
        key(
            "Officials confirmed that the ministers will meet on Friday.",
            mon()
        ),
        "2025-05-16"
    );
}

#[test]
fn weekends_weeks_months_and_years() {
    assert_eq!(
        key("It flooded over the weekend.", mon()),
        "2025-05-10/2025-05-11"
    );
    assert_eq!(
        key("It flooded last weekend.", mon()),
        "2025-05-10/2025-05-11"
    );
    assert_eq!(
        key("Crowds will gather at the weekend.", mon()),
        "2025-05-17/2025-05-18"
    );
    assert_eq!(
        key("They meet next weekend.", mon()),
        "2025-05-17/2025-05-18"
    );
    // Written on a Sunday, "this weekend" is the one D lies in.
    let sun = day(2025, 5, 11);
    assert_eq!(
        key("It flooded this weekend.", sun),
        "2025-05-10/2025-05-11"
    );
    assert_eq!(
        key("It flooded last weekend.", sun),
        "2025-05-03/2025-05-04"
    );
    assert_eq!(
        key("Prices rose this week.", mon()),
        "2025-05-12/2025-05-18"
    );
    assert_eq!(
        key("Prices rose earlier this week.", sun),
        "2025-05-05/2025-05-11"
    );
    assert_eq!(
        key("Prices rose last week.", mon()),
        "2025-05-05/2025-05-11"
    );
    assert_eq!(
        key("Prices fall next week.", mon()),
        "2025-05-19/2025-05-25"
    );
    assert_eq!(key("It opened earlier this month.", mon()), "2025-05");
    assert_eq!(key("It opens next month.", mon()), "2025-06");
    assert_eq!(key("It opened earlier this year.", mon()), "2025");
    assert_eq!(key("It opened last year.", mon()), "2024");
    assert_eq!(key("It opens next year.", mon()), "2026");
}

#[test]
fn calendar_dates_take_the_nearest_year() {
    assert_eq!(key("It began on May 11.", mon()), "2025-05-11");
    assert_eq!(key("It began on Dec. 31.", day(2025, 1, 2)), "2024-12-31");
    assert_eq!(key("It began in June.", day(2025, 12, 1)), "2025-06");
    assert_eq!(key("It began in March 2022.", mon()), "2022-03");
    assert_eq!(key("It began on June 1, 2025.", mon()), "2025-06-01");
    assert_eq!(key("It began in 2019.", mon()), "2019");
}

#[test]
fn without_a_day_of_writing_only_calendar_dates_resolve() {
    assert_eq!(
        keys("On Sunday, May 11, it began.", None),
        [None, None],
        "neither a weekday nor a yearless day resolves"
    );
    assert_eq!(
        keys("It began on 1 June 2025.", None),
        [Some("2025-06-01".to_string())]
    );
    assert_eq!(keys("It began yesterday.", None), [None]);
}

#[test]
fn times_and_other_details_are_no_dates_to_resolve() {
    assert_eq!(keys("It began at 9:23 am.", Some(mon())), [None]);
    let place = crate::text::details("It began in Ankara.");
    assert!(place
        .iter()
        .all(|d| resolve("It began in Ankara.", d, Some(mon())).is_none()));
}

#[test]
fn keys_read_back_and_show_as_a_reader_sees_them() {
    for k in [
        "2025-05-11",
        "2025-05-10/2025-05-11",
        "2025-05-05/2025-05-11",
        "2025-06",
        "2024",
    ] {
        assert_eq!(When::from_key(k).map(When::key).as_deref(), Some(k));
    }
    assert_eq!(When::from_key("2025-05-10/2025-05-14"), None);
    assert_eq!(When::from_key("sunday"), None);
    assert_eq!(
        beside("Sunday", Some("2025-05-11"), Some(mon())),
        "Sunday (11 May)"
    );
    assert_eq!(
        beside("yesterday", Some("2024-12-31"), Some(day(2025, 1, 1))),
        "yesterday (31 Dec 2024)"
    );
    assert_eq!(
        beside("last week", Some("2025-04-28/2025-05-04"), Some(mon())),
        "last week (28 Apr–4 May)"
    );
    assert_eq!(
        beside(
            "over the weekend",
            Some("2025-05-10/2025-05-11"),
            Some(mon())
        ),
        "over the weekend (10–11 May)"
    );
    assert_eq!(
        beside("next month", Some("2025-06"), Some(mon())),
        "next month (June 2025)"
    );
    assert_eq!(beside("Sunday", None, Some(mon())), "Sunday");
}

#[test]
fn relative_expressions_are_told_from_calendar_dates() {
    assert_eq!(expression("sunday"), Some("weekday"));
    assert_eq!(expression("last sunday"), Some("last + weekday"));
    assert_eq!(
        expression("yesterday"),
        Some("today / yesterday / tomorrow")
    );
    assert_eq!(expression("last week"), Some("this / last / next week"));
    assert_eq!(expression("may 11"), None);
    assert_eq!(expression("2025"), None);
}

#[test]
fn one_size_compares_with_one_size() {
    let sunday = When::Day(day(2025, 5, 11));
    assert!(sunday.same_size(When::Day(day(2025, 5, 10))));
    assert!(!sunday.same_size(When::Month(2025, 5)));
    assert!(!When::Week(mon()).same_size(When::Weekend(day(2025, 5, 10))));
}

proptest! {
    /// Whatever the day of writing and the tense, a weekday lands within a
    /// week of it (eight days for "last"), on the named weekday.
    #[test]
    fn a_weekday_never_moves_more_than_seven_days(
        offset in 0i64..60_000,
        target in 0usize..7,
        form in 0usize..5,
    ) {
        let written = day(1901, 1, 1).plus_days(offset).unwrap();
        let name = crate::calendar::WEEKDAYS[target];
        let capital = format!("{}{}", name[..1].to_uppercase(), &name[1..]);
        let sentence = match form {
            0 => format!("The fire broke out on {capital}."),
            1 => format!("The court will rule on {capital}."),
            2 => format!("They met last {capital}."),
            3 => format!("They meet next {capital}."),
            _ => format!("They meet this coming {capital}."),
        };
        let k = key(&sentence, written);
        let resolved = Ymd::parse(&k).unwrap();
        let distance = written.days_to(resolved);
        let reach = if form == 2 { 8 } else { 7 };
        prop_assert!(distance.abs() <= reach, "{sentence} {k} from {}", written.iso());
        prop_assert_eq!(resolved.weekday(), target);
        match form {
            0 | 2 => prop_assert!(distance <= 0),
            _ => prop_assert!(distance >= 0),
        }
        if form >= 2 {
            prop_assert!(distance != 0);
        }
    }
}

#[test]
fn a_month_before_last_or_next_year_is_in_that_year() {
    assert_eq!(
        keys("The talks began in March last year.", Some(mon())),
        [Some("2024-03".to_string()), Some("2024".to_string())]
    );
    assert_eq!(
        keys("The plant opens on June 2 next year.", Some(mon())),
        [Some("2026-06-02".to_string()), Some("2026".to_string())]
    );
    // Without the year words, the month nearest the writing.
    assert_eq!(key("The talks began in March.", mon()), "2025-03");
}
