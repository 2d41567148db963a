//! The one value of a kind an article is clearly about, and when two differ.
//!
//! [`super::anchors`] compares articles by their central person, place and year.
//! The rule is the same for each kind, so it lives here once: an article's
//! centre is the value it mentions most, at least `min` times and at least
//! twice as often as the runner-up. Two articles are apart on that kind when
//! both have a centre, the centres differ, and neither article mentions the
//! other's centre at all — a report that names both values may be a follow-up
//! linking the two, so it is not evidence of a different event.

use rustc_hash::FxHashMap as HashMap;

/// The centre is named at least this many times as often as the runner-up.
const LEAD_OVER_NEXT: usize = 2;

/// The values of one kind an article mentions anywhere, and its centre.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Centre {
    mentions: HashMap<String, usize>,
    centre: Option<String>,
}

impl Centre {
    /// `ranked`: the mentions that may make the centre (the whole article, or
    /// only its lead); `all`: every mention, for the "names the other's" test.
    /// A value needs `min` ranked mentions to be the centre.
    pub fn new(
        ranked: impl IntoIterator<Item = String>,
        all: impl IntoIterator<Item = String>,
        min: usize,
    ) -> Self {
        let mut counts: HashMap<String, usize> = HashMap::default();
        for v in ranked {
            *counts.entry(v).or_default() += 1;
        }
        let mut order: Vec<(&String, &usize)> = counts.iter().collect();
        order.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let centre = match order[..] {
            [(value, &n), ..] if n >= min => {
                let next = order.get(1).map_or(0, |r| *r.1);
                (n >= LEAD_OVER_NEXT * next).then(|| value.clone())
            }
            _ => None,
        };
        let mut mentions = counts.clone();
        for v in all {
            mentions.entry(v).or_default();
        }
        Self { mentions, centre }
    }

    /// Whether the two articles are clearly about different values.
    pub fn apart(&self, other: &Centre) -> bool {
        self.apart_if(other, |_, _| true)
    }

    /// [`Centre::apart`], counting only centres that `comparable` says measure
    /// the same thing (a sum of dollars is no evidence against a count).
    pub fn apart_if(&self, other: &Centre, comparable: impl Fn(&str, &str) -> bool) -> bool {
        match (&self.centre, &other.centre) {
            (Some(a), Some(b)) => {
                a != b
                    && comparable(a, b)
                    && !other.mentions.contains_key(a)
                    && !self.mentions.contains_key(b)
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn centre(ranked: &[&str], rest: &[&str], min: usize) -> Centre {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        Centre::new(s(ranked), s(ranked).into_iter().chain(s(rest)), min)
    }

    #[test]
    fn different_clear_centres_are_apart() {
        let a = centre(&["2005", "2005"], &[], 1);
        let b = centre(&["2013"], &[], 1);
        assert!(a.apart(&b) && b.apart(&a));
    }

    #[test]
    fn too_few_mentions_or_no_clear_lead_is_no_centre() {
        let a = centre(&["paris"], &[], 2);
        let b = centre(&["dubai", "dubai"], &[], 2);
        assert!(!a.apart(&b), "one mention is below min");
        let tie = centre(&["dubai", "oslo"], &[], 1);
        assert!(!tie.apart(&centre(&["paris"], &[], 1)), "no clear leader");
    }

    #[test]
    fn mentioning_the_other_centre_outside_the_ranked_part_keeps_them_together() {
        let a = centre(&["2013"], &["2012"], 1);
        let b = centre(&["2012"], &[], 1);
        assert!(!a.apart(&b) && !b.apart(&a));
    }

    #[test]
    fn incomparable_centres_are_not_apart() {
        let a = centre(&["$5"], &[], 1);
        let b = centre(&["7"], &[], 1);
        assert!(a.apart(&b));
        assert!(!a.apart_if(&b, |x, y| x.starts_with('$') == y.starts_with('$')));
    }

    #[test]
    fn the_same_centre_is_not_apart() {
        let a = centre(&["iran", "iran"], &[], 2);
        assert!(!a.apart(&a.clone()));
    }
}
