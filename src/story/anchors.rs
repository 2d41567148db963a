//! The particular that tells two events of one kind apart: who they are about.
//!
//! Two reports of one football injury, one software patch or one death share
//! their vocabulary with a report of another injury, patch or death on the same
//! team, product or scandal; what differs is the person at the centre ("Reggie
//! Bush" against "Pierre Thomas", "Mark Felt" against "Fred LaRue"). An article's
//! central person is the one it names most, clearly more than anyone else. Two
//! articles whose central people differ, and which do not name each other's,
//! report different events, however alike their words are.

use rustc_hash::FxHashMap as HashMap;

use crate::model::{Article, DetailKind};

/// Mentions a person needs to be an article's centre.
const MIN_MENTIONS: usize = 3;
/// The centre is named at least this many times as often as the runner-up.
const LEAD_OVER_NEXT: usize = 2;

/// The people an article names, with their mention counts, and its centre.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Anchors {
    mentions: HashMap<String, usize>,
    centre: Option<String>,
}

impl Anchors {
    pub fn of(article: &Article) -> Self {
        let mut mentions: HashMap<String, usize> = HashMap::default();
        for d in article
            .sentences
            .iter()
            .flat_map(|s| &s.details)
            .filter(|d| d.kind == DetailKind::Person)
        {
            *mentions.entry(d.value.clone()).or_default() += 1;
        }
        let mut ranked: Vec<(&String, &usize)> = mentions.iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let centre = match ranked[..] {
            [(name, &n), ..] if n >= MIN_MENTIONS => {
                let next = ranked.get(1).map_or(0, |r| *r.1);
                (n >= LEAD_OVER_NEXT * next).then(|| name.clone())
            }
            _ => None,
        };
        Self { mentions, centre }
    }

    /// Whether the two articles are about different people.
    pub fn apart(&self, other: &Anchors) -> bool {
        match (&self.centre, &other.centre) {
            (Some(a), Some(b)) => {
                a != b && !other.mentions.contains_key(a) && !self.mentions.contains_key(b)
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Detail, Sentence};

    fn article(people: &[&str]) -> Article {
        let details = people
            .iter()
            .map(|p| Detail {
                kind: DetailKind::Person,
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
        }
    }

    #[test]
    fn different_central_people_are_apart() {
        let bush = Anchors::of(&article(&["bush", "bush", "bush", "payton"]));
        let thomas = Anchors::of(&article(&["thomas", "thomas", "thomas", "bell"]));
        assert!(bush.apart(&thomas) && thomas.apart(&bush));
    }

    #[test]
    fn naming_the_other_centre_or_having_none_keeps_them_together() {
        let felt = Anchors::of(&article(&["felt", "felt", "felt"]));
        let both = Anchors::of(&article(&["larue", "larue", "larue", "felt"]));
        assert!(!felt.apart(&both));
        let nobody = Anchors::of(&article(&["felt", "nixon"]));
        assert!(!felt.apart(&nobody));
        let tie = Anchors::of(&article(&["larue", "larue", "larue", "nixon", "nixon"]));
        assert!(!felt.apart(&tie), "no clear centre");
    }
}
