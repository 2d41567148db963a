//! When each fact of a story changed: its updates (divergences with
//! `relation: update`, a figure that moved between reports written on
//! different days), each value placed at the date of writing of the source
//! that states it, and the story's sources by date of writing.
//!
//! It exists apart from the reader because two readers need it: the reader's
//! timeline overlay (`T`) and the reports' "Timeline" section. [`by_date`] is
//! also the order the reader's Sources pane can be put in (`d`). Dates are
//! calendar days ([`Ymd`]): two reports of one day are a tie, and a tie keeps
//! the input order.

use crate::calendar::Ymd;
use crate::model::{Collation, DivergenceKind, Relation, SentenceRef};
use crate::text::relative;

/// One value of an update, as one source states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// The day its source was written, when known.
    pub day: Option<Ymd>,
    /// The article stating it.
    pub article: usize,
    /// The value's words, as the source writes them.
    pub text: String,
    /// What it is compared as ([`crate::model::DivergentValue::compared`]).
    pub compared: String,
    /// The sentence that states it…
    pub at: SentenceRef,
    /// …and where the value starts in it (a byte offset).
    pub start: usize,
}

/// One fact that changed over time: an update and its values by date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    /// Index into [`Collation::divergences`].
    pub divergence: usize,
    /// What kind of detail moved.
    pub kind: DivergenceKind,
    /// How it moved: "rose from 12 (01, Mon 3 Mar) to 31 (06, Wed 5 Mar)".
    pub note: String,
    /// Each source's value, oldest first (unknown dates last).
    pub steps: Vec<Step>,
}

/// A story's timeline: its sources by date and the facts that changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Timeline {
    /// The story's articles with their day of writing, by date, unknown last.
    pub sources: Vec<(usize, Option<Ymd>)>,
    /// Its updates, in the order of their first value's date.
    pub facts: Vec<Fact>,
}

/// The day `article` was written, when its page says.
fn day(c: &Collation, article: usize) -> Option<Ymd> {
    c.articles.get(article).and_then(relative::written)
}

/// The key that orders by date: known days first, earliest first.
fn date_key(day: Option<Ymd>) -> (bool, Option<Ymd>) {
    (day.is_none(), day)
}

/// `articles` ordered by date of writing: earliest first, articles of
/// unknown date last, articles of one day (and of unknown date) in the order
/// given.
pub fn by_date(c: &Collation, articles: &[usize]) -> Vec<usize> {
    let mut out = articles.to_vec();
    out.sort_by_key(|&a| date_key(day(c, a)));
    out
}

/// The timeline of the story made of `articles`: the updates any of them
/// states a value of, each value with its source's date.
pub fn timeline(c: &Collation, articles: &[usize]) -> Timeline {
    let sources = by_date(c, articles)
        .into_iter()
        .map(|a| (a, day(c, a)))
        .collect();
    let mut facts: Vec<Fact> = c
        .divergences
        .iter()
        .enumerate()
        .filter(|(_, div)| div.relation == Relation::Update)
        .filter(|(_, div)| div.values.iter().any(|v| articles.contains(&v.article)))
        .map(|(d, div)| {
            let mut steps: Vec<Step> = div
                .values
                .iter()
                .map(|v| Step {
                    day: day(c, v.article),
                    article: v.article,
                    text: v.text.clone(),
                    compared: v.compared().to_string(),
                    at: SentenceRef {
                        article: v.article,
                        sentence: v.sentence,
                    },
                    start: v.start,
                })
                .collect();
            steps.sort_by_key(|s| date_key(s.day));
            Fact {
                divergence: d,
                kind: div.kind,
                note: div.note.clone(),
                steps,
            }
        })
        .collect();
    facts.sort_by_key(|f| (date_key(f.steps.first().and_then(|s| s.day)), f.divergence));
    Timeline { sources, facts }
}

impl Timeline {
    /// How many of the story's sources have a date of writing.
    pub fn dated(&self) -> usize {
        self.sources.iter().filter(|(_, d)| d.is_some()).count()
    }

    /// What to say when nothing changed over time, else `None`.
    pub fn empty_message(&self) -> Option<String> {
        self.facts.is_empty().then(|| {
            format!(
                "No values changed over time in this story: {} of {} sources have a date of writing.",
                self.dated(),
                self.sources.len()
            )
        })
    }

    /// A day as the timeline prints it: "Mon 3 Mar", with the year when the
    /// story's dates span several years; "date unknown" without one.
    pub fn day(&self, day: Option<Ymd>) -> String {
        let mut years = self.sources.iter().filter_map(|(_, d)| d.map(|d| d.y));
        let first = years.next();
        let one_year = years.all(|y| Some(y) == first);
        match day {
            Some(d) if one_year => d.short(),
            Some(d) => format!("{} {}", d.short(), d.y),
            None => "date unknown".to_string(),
        }
    }

    /// The sources by date, those of one day together: each day and the
    /// names `name` gives its articles ("Mon 3 Mar: 01, 02").
    pub fn sources_by_day(&self, name: impl Fn(usize) -> String) -> Vec<String> {
        let mut out: Vec<(Option<Ymd>, Vec<String>)> = Vec::new();
        for &(a, d) in &self.sources {
            match out.last_mut() {
                Some((day, names)) if *day == d => names.push(name(a)),
                _ => out.push((d, vec![name(a)])),
            }
        }
        out.into_iter()
            .map(|(d, names)| format!("{}: {}", self.day(d), names.join(", ")))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Divergence, DivergentValue, Story, SCHEMA};

    use crate::contrast::dated_article as article;

    fn value(article: usize, text: &str) -> DivergentValue {
        let mut v = crate::contrast::divergent_value(article, text);
        v.sentence = article + 1;
        v
    }

    fn collation(dates: &[Option<&str>], divergences: Vec<Divergence>) -> Collation {
        Collation {
            schema: SCHEMA.to_string(),
            articles: dates.iter().map(|d| article(*d)).collect(),
            groups: Vec::new(),
            divergences,
            stories: vec![Story {
                label: String::new(),
                articles: (0..dates.len()).collect(),
            }],
            warnings: Vec::new(),
        }
    }

    fn update(values: Vec<DivergentValue>) -> Divergence {
        Divergence {
            kind: DivergenceKind::Number,
            group: 0,
            values,
            note: "rose".to_string(),
            relation: Relation::Update,
        }
    }

    #[test]
    fn sources_by_date_put_unknown_dates_last_and_keep_ties_in_order() {
        let c = collation(
            &[
                Some("2025-03-05"),
                None,
                Some("2025-03-03T18:00:00+01:00"),
                Some("2025-03-05T08:00:00Z"),
                Some("2025-03-03"),
                None,
            ],
            Vec::new(),
        );
        assert_eq!(by_date(&c, &[0, 1, 2, 3, 4, 5]), [2, 4, 0, 3, 1, 5]);
        assert_eq!(by_date(&c, &[5, 4, 3]), [4, 3, 5], "only the given ones");
        assert_eq!(by_date(&c, &[1, 5]), [1, 5], "no dates: as given");
    }

    #[test]
    fn an_update_is_laid_out_by_date_and_contradictions_are_left_out() {
        let mut contradiction = update(vec![value(0, "Ankara"), value(1, "Istanbul")]);
        contradiction.relation = Relation::Contradiction;
        let c = collation(
            &[Some("2025-03-05"), Some("2025-03-03"), None],
            vec![
                contradiction,
                update(vec![value(0, "31"), value(2, "20"), value(1, "12")]),
            ],
        );
        let t = timeline(&c, &[0, 1, 2]);
        assert_eq!(
            t.sources,
            [
                (1, Ymd::new(2025, 3, 3)),
                (0, Ymd::new(2025, 3, 5)),
                (2, None)
            ]
        );
        assert_eq!(t.facts.len(), 1, "only the update");
        let f = &t.facts[0];
        assert_eq!(f.divergence, 1);
        let told: Vec<(&str, usize)> = f
            .steps
            .iter()
            .map(|s| (s.text.as_str(), s.article))
            .collect();
        assert_eq!(told, [("12", 1), ("31", 0), ("20", 2)]);
        assert_eq!(f.steps[0].at.sentence, 2);
        assert_eq!(t.day(f.steps[0].day), "Mon 3 Mar");
        assert_eq!(t.day(None), "date unknown");
        assert_eq!(
            t.sources_by_day(|a| format!("0{a}")),
            ["Mon 3 Mar: 01", "Wed 5 Mar: 00", "date unknown: 02"]
        );
        assert_eq!(t.empty_message(), None);
    }

    #[test]
    fn facts_follow_their_first_date_and_stay_in_their_story() {
        let c = collation(
            &[Some("2025-03-05"), Some("2025-03-03"), Some("2024-12-31")],
            vec![
                update(vec![value(0, "9"), value(1, "7")]),
                update(vec![value(0, "3"), value(2, "1")]),
            ],
        );
        let t = timeline(&c, &[0, 1, 2]);
        let order: Vec<usize> = t.facts.iter().map(|f| f.divergence).collect();
        assert_eq!(order, [1, 0], "the one told first on 31 Dec comes first");
        assert_eq!(t.day(Ymd::new(2025, 3, 3)), "Mon 3 Mar 2025", "two years");
        let story = timeline(&c, &[1]);
        assert_eq!(
            story.facts.len(),
            1,
            "an update none of its sources states is not its"
        );
        assert_eq!(story.facts[0].divergence, 0);
    }

    #[test]
    fn no_update_says_how_many_sources_are_dated() {
        let c = collation(&[Some("2025-03-05"), None, Some("2025-03-03")], Vec::new());
        let t = timeline(&c, &[0, 1, 2]);
        assert_eq!(
            t.empty_message().unwrap(),
            "No values changed over time in this story: 2 of 3 sources have a date of writing."
        );
        assert_eq!(
            timeline(&c, &[]).empty_message().unwrap(),
            "No values changed over time in this story: 0 of 0 sources have a date of writing."
        );
    }
}
