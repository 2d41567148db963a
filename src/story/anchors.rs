//! The particulars that tell two events of one kind apart: who, where, when.
//!
//! Two reports of one football injury, one software patch or one death share
//! their vocabulary with a report of another injury, patch or death on the same
//! team, product or scandal; what differs is the person at the centre ("Reggie
//! Bush" against "Pierre Thomas", "Mark Felt" against "Fred LaRue"), the place
//! (two Iran earthquakes, one in Qeshm and one in Bushehr), or the date (two
//! Paris jewel robberies a year apart; a raid "on Monday" against one "on
//! Thursday"), or the number that characterises it (23 pirates captured against
//! 26; a haul of $108 million against one of $2.6 million, see [`numbers`]). An
//! article's central person, place, year, weekday and number are the ones it
//! names most, clearly more than any other ([`Centre`]); the year, weekday and
//! number are read from the lead only, which dates and sizes the event, while
//! later sentences give its background. Two articles whose centres differ, and which do not
//! name each other's, probably report different events, however alike their
//! words are.

use crate::model::{Article, DetailKind};
use crate::text::{self, Calendar};

use super::centre::Centre;
use super::numbers;

/// Mentions a person needs to be an article's centre.
const MIN_MENTIONS: usize = 3;
/// Mentions a place needs to be an article's centre.
const MIN_PLACE: usize = 2;
/// Sentences whose years and weekdays can make the centre: the lead dates the
/// event; later sentences date its background ("the 2003 quake").
const DATE_LEAD: usize = 5;
/// Sentences whose numbers can make the centre: the headline and first lines
/// state the toll or the sum; later ones compare it with other events.
const NUMBER_LEAD: usize = 3;

/// An article's central person, place, year, weekday and number.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Anchors {
    person: Centre,
    place: Centre,
    year: Centre,
    weekday: Centre,
    number: Centre,
}

/// Which of the particulars set two articles apart.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Apart {
    pub person: bool,
    pub place: bool,
    pub year: bool,
    pub weekday: bool,
    pub number: bool,
}

impl Anchors {
    pub fn of(article: &Article) -> Self {
        let values = |kind: DetailKind, lead: usize, pick: fn(&str) -> Option<String>| {
            article
                .sentences
                .iter()
                .take(lead)
                .flat_map(|s| &s.details)
                .filter(move |d| d.kind == kind)
                .filter_map(move |d| pick(&d.value))
        };
        let all = usize::MAX;
        let same = |v: &str| Some(v.to_string());
        Self {
            person: Centre::new(
                values(DetailKind::Person, all, same),
                values(DetailKind::Person, all, same),
                MIN_MENTIONS,
            ),
            place: Centre::new(
                values(DetailKind::Place, all, same),
                values(DetailKind::Place, all, same),
                MIN_PLACE,
            ),
            // The year of writing, when the page states it, dates the event
            // better than the lead, whose years are often background ("four
            // times the size of the 2019 recall").
            year: match article.meta.published.as_deref().and_then(year) {
                Some(written) => Centre::new(
                    [written.clone()],
                    values(DetailKind::Date, all, year).chain([written]),
                    1,
                ),
                None => Centre::new(
                    values(DetailKind::Date, DATE_LEAD, year),
                    values(DetailKind::Date, all, year),
                    1,
                ),
            },
            weekday: Centre::new(
                values(DetailKind::Date, DATE_LEAD, weekday),
                values(DetailKind::Date, all, weekday),
                1,
            ),
            number: Centre::new(
                article
                    .sentences
                    .iter()
                    .take(NUMBER_LEAD)
                    .flat_map(numbers::event_numbers),
                values(DetailKind::Number, all, same),
                1,
            ),
        }
    }

    /// On which particulars the two articles are clearly about different values.
    pub fn apart(&self, other: &Anchors) -> Apart {
        Apart {
            person: self.person.apart(&other.person),
            place: self.place.apart(&other.place),
            year: self.year.apart(&other.year),
            weekday: self.weekday.apart(&other.weekday),
            number: self.number.apart_if(&other.number, numbers::comparable),
        }
    }
}

/// The year a date value names ("2013-09-09", "march 2022", "2005").
fn year(value: &str) -> Option<String> {
    value
        .split([' ', '-'])
        .find(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .filter(|w| text::year_digits(w))
        .map(str::to_string)
}

/// A date value that is a plain weekday ("thursday", not "last thursday").
fn weekday(value: &str) -> Option<String> {
    (text::calendar(value) == Some(Calendar::Weekday)).then(|| value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Detail, Sentence};

    fn article(people: &[&str]) -> Article {
        typed(DetailKind::Person, people)
    }

    fn typed(kind: DetailKind, values: &[&str]) -> Article {
        let details = values
            .iter()
            .map(|p| Detail {
                kind,
                start: 0,
                end: 0,
                value: p.to_string(),
                about: None,
            })
            .collect();
        Article {
            path: String::new(),
            title: String::new(),
            text: String::new(),
            sentences: vec![Sentence {
                text: String::new(),
                start: 0,
                end: 0,
                details,
            }],
            meta: Default::default(),
        }
    }

    #[test]
    fn the_year_of_writing_dates_the_event_before_the_lead_does() {
        let with = |years: &[&str], written: Option<&str>| {
            let mut a = typed(DetailKind::Date, years);
            a.meta.published = written.map(str::to_string);
            Anchors::of(&a)
        };
        let background = with(&["2019"], Some("2025-10-13"));
        let other_background = with(&["2022"], Some("2025-10-14"));
        assert!(!background.apart(&other_background).year);
        let last_year = with(&["2024"], Some("2024-03-02"));
        assert!(background.apart(&last_year).year);
        assert!(with(&["2019"], None).apart(&with(&["2022"], None)).year);
    }

    #[test]
    fn different_central_people_are_apart() {
        let bush = Anchors::of(&article(&["bush", "bush", "bush", "payton"]));
        let thomas = Anchors::of(&article(&["thomas", "thomas", "thomas", "bell"]));
        assert!(bush.apart(&thomas).person && thomas.apart(&bush).person);
    }

    #[test]
    fn naming_the_other_centre_or_having_none_keeps_them_together() {
        let felt = Anchors::of(&article(&["felt", "felt", "felt"]));
        let both = Anchors::of(&article(&["larue", "larue", "larue", "felt"]));
        assert!(!felt.apart(&both).person);
        let nobody = Anchors::of(&article(&["felt", "nixon"]));
        assert!(!felt.apart(&nobody).person);
        let tie = Anchors::of(&article(&["larue", "larue", "larue", "nixon", "nixon"]));
        assert!(!felt.apart(&tie).person, "no clear centre");
    }

    #[test]
    fn different_lead_years_are_apart_and_a_background_year_is_not() {
        let a = Anchors::of(&typed(DetailKind::Date, &["2013-09-09", "monday"]));
        let b = Anchors::of(&typed(DetailKind::Date, &["december 2008", "thursday"]));
        let apart = a.apart(&b);
        assert!(apart.year && apart.weekday && !apart.person && !apart.place);
        // A year past the lead dates background, not the event.
        let mut late = typed(DetailKind::Date, &["2013"]);
        let empty = Sentence {
            details: Vec::new(),
            ..late.sentences[0].clone()
        };
        late.sentences.splice(0..0, vec![empty; DATE_LEAD]);
        assert!(
            !Anchors::of(&late).apart(&b).year,
            "2013 only after the lead"
        );
        // Naming the other's year anywhere keeps them together.
        let mut both = typed(DetailKind::Date, &["2013", "2013"]);
        both.sentences
            .extend(typed(DetailKind::Date, &["2008"]).sentences);
        assert!(
            Anchors::of(&typed(DetailKind::Date, &["2013"]))
                .apart(&b)
                .year
        );
        assert!(!Anchors::of(&both).apart(&b).year, "names 2008 too");
    }

    #[test]
    fn a_place_needs_two_mentions_to_be_the_centre() {
        let paris = Anchors::of(&typed(DetailKind::Place, &["paris", "paris"]));
        let dubai = Anchors::of(&typed(DetailKind::Place, &["dubai", "dubai"]));
        assert!(paris.apart(&dubai).place);
        let once = Anchors::of(&typed(DetailKind::Place, &["dubai"]));
        assert!(!paris.apart(&once).place);
    }

    #[test]
    fn different_lead_numbers_of_one_sort_are_apart() {
        let lead = |text: &str| {
            let mut a = typed(DetailKind::Number, &[]);
            a.sentences[0].text = text.to_string();
            a.sentences[0].details = crate::text::details(text);
            Anchors::of(&a)
        };
        let small = lead("Thieves took $2.6 million from a store.");
        let large = lead("Thieves took $108 million from a store.");
        assert!(small.apart(&large).number && !small.apart(&small).number);
        let euros = lead("Thieves took 85 million euros from a store.");
        assert!(!euros.apart(&small).number, "euros against dollars");
        let count = lead("Police arrested 26 men.");
        assert!(!count.apart(&large).number, "a count against a sum");
        assert!(lead("Police arrested 23 men.").apart(&count).number);
    }

    #[test]
    fn years_and_weekdays_are_read_from_date_values() {
        assert_eq!(year("2013-09-09").as_deref(), Some("2013"));
        assert_eq!(year("march 2022").as_deref(), Some("2022"));
        assert_eq!(year("may 12"), None);
        assert_eq!(year("14:39"), None);
        assert_eq!(weekday("thursday").as_deref(), Some("thursday"));
        assert_eq!(weekday("last thursday"), None);
    }
}
