//! Values that moved between reports written at different times.
//!
//! A toll of 37 in a report of Thursday and 44 in one of Saturday is the story
//! moving, not two sources disagreeing. A divergence is an update when its
//! value is one that moves as a story develops (counts of dead, injured,
//! missing, arrested…: `assets/contrast/moving_roles.txt`), every source
//! giving it has a date of writing, sources written on one day agree, and the
//! days differ. Its values are then ordered by date of writing and its note
//! says how the figure moved: "rose from 37 (01, Thu 12 Jun) to 44 (06, Sat 14
//! Jun)". Same-day disagreement stays a contradiction.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use super::amounts;
use crate::model::{Article, DivergentValue};

/// Roles whose counts move as a story develops.
static MOVING: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| super::word_list(include_str!("../../assets/contrast/moving_roles.txt")));

/// Whether figures of this role move as a story develops.
pub(crate) fn moves(role: Option<&str>) -> bool {
    role.is_some_and(|r| MOVING.contains(&r))
}

/// The day an article was written, `YYYY-MM-DD`, when known.
fn day(article: &Article) -> Option<&str> {
    article
        .meta
        .published
        .as_deref()
        .and_then(|p| p.get(..10))
        .filter(|d| civil(d).is_some())
}

/// When the values are an update: they ordered by date of writing, and the
/// note telling how the figure moved.
pub(crate) fn as_update(
    articles: &[Article],
    labels: &[String],
    values: &[DivergentValue],
) -> Option<(Vec<DivergentValue>, String)> {
    let mut by_day: BTreeMap<&str, Vec<&DivergentValue>> = BTreeMap::new();
    for v in values {
        by_day
            .entry(day(&articles[v.article])?)
            .or_default()
            .push(v);
    }
    if by_day.len() < 2 {
        return None;
    }
    // One figure a day, or the sources of one day disagree.
    let mut steps: Vec<(&str, &DivergentValue)> = Vec::new();
    for (d, vs) in &by_day {
        if vs.iter().any(|v| v.value != vs[0].value) {
            return None;
        }
        if steps
            .last()
            .is_none_or(|(_, last)| last.value != vs[0].value)
        {
            steps.push((d, vs[0]));
        }
    }
    if steps.len() < 2 {
        return None;
    }
    let (first, last) = (steps[0].1, steps[steps.len() - 1].1);
    let verb = match (amounts::figure(&first.value), amounts::figure(&last.value)) {
        (Some(a), Some(b)) if b > a => "rose",
        (Some(a), Some(b)) if b < a => "fell",
        _ => "changed",
    };
    let said = |(d, v): &(&str, &DivergentValue)| {
        let who = labels.get(v.article).map_or("", String::as_str);
        format!("{} ({who}, {})", v.text, short_date(d))
    };
    let path: Vec<String> = steps.iter().map(said).collect();
    let note = format!("{verb} from {}", path.join(" to "));
    let mut ordered = values.to_vec();
    ordered.sort_by_key(|v| (day(&articles[v.article]), v.article, v.sentence, v.start));
    Some((ordered, note))
}

/// "Thu 12 Jun" for `2025-06-12`.
pub(crate) fn short_date(d: &str) -> String {
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    match civil(d) {
        Some((y, m, day)) => format!(
            "{} {day} {}",
            DAYS[weekday(y, m, day)],
            MONTHS[(m - 1) as usize]
        ),
        None => d.to_string(),
    }
}

/// `YYYY-MM-DD` as (year, month, day), when it is one.
fn civil(d: &str) -> Option<(i64, u32, u32)> {
    let mut parts = d.splitn(3, '-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    let day: u32 = parts.next()?.get(..2)?.parse().ok()?;
    ((1..=12).contains(&m) && (1..=31).contains(&day)).then_some((y, m, day))
}

/// Monday = 0 (days from the civil calendar, H. Hinnant's algorithm).
fn weekday(y: i64, m: u32, d: u32) -> usize {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = i64::from((m + 9) % 12);
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    // 1970-01-01 was a Thursday (3 with Monday = 0).
    (days + 3).rem_euclid(7) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(published: Option<&str>) -> Article {
        Article {
            path: String::new(),
            title: String::new(),
            text: String::new(),
            sentences: Vec::new(),
            meta: crate::model::ArticleMeta {
                published: published.map(str::to_string),
                ..Default::default()
            },
        }
    }

    fn value(article: usize, text: &str) -> DivergentValue {
        super::super::divergent_value(article, text)
    }

    fn labels() -> Vec<String> {
        ["01", "02", "03"].map(String::from).to_vec()
    }

    #[test]
    fn weekdays_across_month_and_year_ends() {
        assert_eq!(short_date("2025-05-12"), "Mon 12 May");
        assert_eq!(short_date("2024-12-31"), "Tue 31 Dec");
        assert_eq!(short_date("2025-01-01"), "Wed 1 Jan");
        assert_eq!(short_date("2024-02-29"), "Thu 29 Feb");
    }

    #[test]
    fn a_toll_that_rose_between_two_days_is_an_update() {
        let articles = [
            article(Some("2025-06-14")),
            article(Some("2025-06-12")),
            article(Some("2025-06-12T08:00:00Z")),
        ];
        let values = [value(0, "44"), value(1, "37"), value(2, "37")];
        let (ordered, note) = as_update(&articles, &labels(), &values).unwrap();
        assert_eq!(note, "rose from 37 (02, Thu 12 Jun) to 44 (01, Sat 14 Jun)");
        assert_eq!(ordered[2].text, "44");
    }

    #[test]
    fn same_day_disagreement_or_an_unknown_date_stays_a_contradiction() {
        let same_day = [article(Some("2025-06-12")), article(Some("2025-06-12"))];
        assert!(as_update(&same_day, &labels(), &[value(0, "37"), value(1, "44")]).is_none());
        let unknown = [article(Some("2025-06-12")), article(None)];
        assert!(as_update(&unknown, &labels(), &[value(0, "37"), value(1, "44")]).is_none());
        let split = [
            article(Some("2025-06-12")),
            article(Some("2025-06-12")),
            article(Some("2025-06-14")),
        ];
        let values = [value(0, "37"), value(1, "39"), value(2, "44")];
        assert!(as_update(&split, &labels(), &values).is_none());
    }

    #[test]
    fn only_counts_that_move_are_updates() {
        assert!(moves(Some("dead")) && moves(Some("arrested")));
        assert!(!moves(Some("age")) && !moves(None));
    }
}
