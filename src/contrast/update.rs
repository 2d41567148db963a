//! Values that moved between reports written at different times.
//!
//! A toll of 37 in a report of Thursday and 44 in one of Saturday is the story
//! moving, not two sources disagreeing. A divergence is an update when its
//! value is one that moves as a story develops (counts of dead, injured,
//! missing, arrested…: `assets/contrast/moving_roles.txt`), every source
//! giving it has a date of writing, sources written on one day agree, and the
//! days differ. Its values are then ordered by date of writing and its note
//! says how the figure moved: "rose from 37 (01, Thu 12 Jun) to 44 (06, Sat 14
//! Jun)". Same-day disagreement stays a contradiction; when a later day moved
//! on from what most of that day's sources said, the move is an update
//! beside it ([`split`]).

use std::collections::BTreeMap;
use std::sync::LazyLock;

use super::amounts;
use crate::calendar::Ymd;
use crate::model::{Article, DivergentValue};

/// Roles whose counts move as a story develops.
static MOVING: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| super::word_list(include_str!("../../assets/contrast/moving_roles.txt")));

/// Whether figures of this role move as a story develops.
pub(crate) fn moves(role: Option<&str>) -> bool {
    role.is_some_and(|r| MOVING.contains(&r))
}

/// Classes of counted nouns whose counts move as a story develops: people
/// and things, not measures (time, money, distance…).
const COUNTED: [&str; 6] = [
    "person",
    "building",
    "vehicle",
    "settlement",
    "animal",
    "weapon",
];

/// Whether a figure with no role word counts people or things: a whole
/// number (no percentage, ordinal or currency) with a counted noun of a
/// [`COUNTED`] class, or one no class knows ("396 flights", "31 accounts").
pub(crate) fn counts_things(role: &super::claim::NumberRole, value: &str) -> bool {
    let whole_number = value.chars().all(|c| c.is_ascii_digit());
    whole_number
        && !role.ordinal
        && role.head.is_some()
        && role.class.is_none_or(|c| COUNTED.contains(&c))
}

/// The day an article was written, when known.
pub(crate) fn day(article: &Article) -> Option<Ymd> {
    article.meta.published.as_deref().and_then(Ymd::parse)
}

/// An update: its values ordered by date of writing, and the note telling
/// how the figure moved.
pub(crate) type Moved = (Vec<DivergentValue>, String);

/// When the values are an update: they ordered by date of writing, and the
/// note telling how the figure moved.
pub(crate) fn as_update(
    articles: &[Article],
    labels: &[String],
    values: &[DivergentValue],
) -> Option<Moved> {
    let mut by_day: BTreeMap<Ymd, Vec<&DivergentValue>> = BTreeMap::new();
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
    let mut steps: Vec<(Ymd, &DivergentValue)> = Vec::new();
    for (d, vs) in &by_day {
        if vs.iter().any(|v| v.value != vs[0].value) {
            return None;
        }
        if steps
            .last()
            .is_none_or(|(_, last)| last.value != vs[0].value)
        {
            steps.push((*d, vs[0]));
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
    let said = |(d, v): &(Ymd, &DivergentValue)| {
        let who = labels.get(v.article).map_or("", String::as_str);
        format!("{} ({who}, {})", v.text, d.short())
    };
    let path: Vec<String> = steps.iter().map(said).collect();
    let note = format!("{verb} from {}", path.join(" to "));
    let mut ordered = values.to_vec();
    ordered.sort_by_key(|v| (day(&articles[v.article]), v.article, v.sentence, v.start));
    Some((ordered, note))
}

/// A divergence whose sources of one day disagree while a later day moved
/// on from what most of them said: "142 (01, 02, 04), 124 (03) on Tuesday;
/// 396 (06) on Thursday" is a contradiction among Tuesday's sources and an
/// update from 142 to 396. Returns the earlier days' values (a
/// contradiction, when they hold two figures) and the update: the earlier
/// days' most told figure with the last day's, when the last day agrees
/// with itself and differs from every earlier figure.
pub(crate) fn split(
    articles: &[Article],
    labels: &[String],
    values: &[DivergentValue],
) -> Option<(Vec<DivergentValue>, Moved)> {
    let last = values.iter().map(|v| day(&articles[v.article])).max()??;
    if values.iter().any(|v| day(&articles[v.article]).is_none()) {
        return None;
    }
    let (later, earlier): (Vec<DivergentValue>, Vec<DivergentValue>) = values
        .iter()
        .cloned()
        .partition(|v| day(&articles[v.article]) == Some(last));
    let moved_to = &later.first()?.value;
    if later.iter().any(|v| &v.value != moved_to) || earlier.iter().any(|v| &v.value == moved_to) {
        return None;
    }
    let mut told: BTreeMap<&str, usize> = BTreeMap::new();
    for v in &earlier {
        *told.entry(v.value.as_str()).or_default() += 1;
    }
    // The figure most of the earlier sources told, when one is.
    let top = *told.values().max()?;
    let mut tops = told.iter().filter(|&(_, n)| *n == top);
    let (most, _) = tops.next()?;
    if told.len() < 2 || tops.next().is_some() {
        return None;
    }
    let moved: Vec<DivergentValue> = earlier
        .iter()
        .filter(|v| v.value == *most)
        .chain(&later)
        .cloned()
        .collect();
    Some((earlier, as_update(articles, labels, &moved)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::super::dated_article as article;

    fn value(article: usize, text: &str) -> DivergentValue {
        super::super::divergent_value(article, text)
    }

    #[test]
    fn a_count_of_things_moves_and_a_measure_does_not() {
        use super::super::{claim, pair_members};
        let role = |text: &str, value: &str| {
            pair_members(text, "x", |m, _| {
                let d = m.details.iter().find(|d| d.value == value).unwrap();
                counts_things(&claim::number_role(m, d), &d.value)
            })
        };
        assert!(role("The airline has cancelled 396 flights so far.", "396"));
        assert!(role("Some 19 lawmakers signed the letter.", "19"));
        assert!(!role("The strike has lasted 19 days so far.", "19"));
        assert!(!role("Shares fell 7 percent on Tuesday.", "7%"));
    }

    fn labels() -> Vec<String> {
        ["01", "02", "03"].map(String::from).to_vec()
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
    fn a_same_day_disagreement_and_a_later_move_split_in_two() {
        let articles = [
            article(Some("2025-11-04")),
            article(Some("2025-11-04")),
            article(Some("2025-11-04")),
            article(Some("2025-11-06")),
        ];
        let labels: Vec<String> = ["01", "02", "03", "06"].map(String::from).to_vec();
        let values = [
            value(0, "142"),
            value(1, "142"),
            value(2, "124"),
            value(3, "396"),
        ];
        let (same_day, (moved, note)) = split(&articles, &labels, &values).unwrap();
        assert_eq!(same_day.len(), 3);
        assert_eq!(note, "rose from 142 (01, Tue 4 Nov) to 396 (06, Thu 6 Nov)");
        assert_eq!(
            moved.iter().map(|v| v.text.as_str()).collect::<Vec<_>>(),
            ["142", "142", "396"]
        );
        // No majority on the first day, or the last day repeating an earlier
        // figure: no update to tell.
        let tie = [value(0, "142"), value(2, "124"), value(3, "396")];
        assert!(split(&articles, &labels, &tie).is_none());
        let back = [
            value(0, "142"),
            value(1, "142"),
            value(2, "124"),
            value(3, "124"),
        ];
        assert!(split(&articles, &labels, &back).is_none());
    }

    #[test]
    fn only_counts_that_move_are_updates() {
        assert!(moves(Some("dead")) && moves(Some("arrested")));
        assert!(!moves(Some("age")) && !moves(None));
    }
}
