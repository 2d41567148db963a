//! Splitting a folder that mixes events into stories, before alignment.
//!
//! A download folder often holds two events of one kind — two earthquakes a week
//! apart, two court cases. Collated as one story, their sentences would align and
//! their different dates, places and names would show as contradictions. So the
//! articles are grouped first:
//!
//! 1. each article becomes a tf-idf vector of its words, names and typed details
//!    ([`profile`]), and every pair gets the cosine of their vectors, cut down
//!    when the two are about different people, places, years, weekdays or
//!    characterising numbers ([`anchors`], [`numbers`]);
//! 2. average-linkage clustering merges the most alike groups while they are
//!    alike enough ([`linkage`]);
//! 3. an article left alone that still resembles a story joins it, so a folder
//!    about one event is not split by one odd report (its place and dates are
//!    not held against it: one dateline is thin evidence);
//! 4. each story is named from its shared details ([`label`]).

mod anchors;
mod centre;
mod label;
mod linkage;
mod numbers;
mod profile;

use rayon::prelude::*;

use crate::model::Story;
use crate::Analysed;
pub use profile::Weights;

/// Thresholds of the story clustering; `Tuning::default()` is what parallax uses.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tuning {
    /// Weights of the term kinds in each article's profile.
    pub weights: Weights,
    /// Minimum average similarity for two groups of articles to merge.
    pub merge: f32,
    /// Minimum average similarity for a lone article to join a story.
    pub attach: f32,
    /// Factor on the similarity of two articles about different people, centred
    /// on different places, whose leads date them to different years, or whose
    /// leads give different sums, tolls or magnitudes.
    pub apart: f32,
    /// Factor for two articles whose leads name different weekdays: weaker
    /// evidence, as a follow-up report dates its own news.
    pub apart_weekday: f32,
}

impl Default for Tuning {
    fn default() -> Self {
        Self {
            weights: Weights {
                proper: 12.0,
                detail: 2.0,
                keep: 300,
                lead: 25,
            },
            merge: 0.095,
            attach: 0.03,
            apart: 0.25,
            apart_weekday: 0.5,
        }
    }
}

/// Articles grouped by the event they report: stories ordered by their first
/// article, article indices sorted. Parallax uses `Tuning::default()`.
pub fn cluster(analysed: &Analysed, tuning: &Tuning) -> Vec<Story> {
    let articles = analysed.articles();
    if articles.is_empty() {
        return Vec::new();
    }
    let Pairs {
        merge: sims,
        attach,
    } = similarities_with(analysed, tuning);
    let mut clusters = linkage::average_linkage(&sims, tuning.merge);
    attach_loners(&mut clusters, &attach, tuning.attach);
    clusters
        .into_par_iter()
        .map(|members| Story {
            label: label::label(articles, &members, central(&members, &sims)),
            articles: members,
        })
        .collect()
}

/// Cosine similarity of every pair of articles (`[i][i]` is 0), cut by the
/// `apart` factors where their particulars differ (see [`factor`]).
pub fn similarities(analysed: &Analysed, tuning: &Tuning) -> Vec<Vec<f32>> {
    similarities_with(analysed, tuning).merge
}

/// The two similarity matrices the clustering uses.
struct Pairs {
    /// Cut by every differing particular: what groups merge by.
    merge: Vec<Vec<f32>>,
    /// Cut only for different people: what a lone article joins a story by.
    /// One report's place or date is thin evidence (a dateline, a background
    /// year), not enough to leave it standing alone.
    attach: Vec<Vec<f32>>,
}

fn similarities_with(analysed: &Analysed, tuning: &Tuning) -> Pairs {
    let articles = analysed.articles();
    let sims = profile::similarities(&profile::profiles(analysed, &tuning.weights));
    let anchors: Vec<anchors::Anchors> = articles.par_iter().map(anchors::Anchors::of).collect();
    let (merge, attach) = sims
        .into_par_iter()
        .enumerate()
        .map(|(i, mut merge)| {
            let mut attach = merge.clone();
            for j in 0..merge.len() {
                if merge[j] == 0.0 {
                    continue;
                }
                let apart = anchors[i].apart(&anchors[j]);
                merge[j] *= factor(apart, tuning);
                attach[j] *= factor(
                    anchors::Apart {
                        person: apart.person,
                        ..Default::default()
                    },
                    tuning,
                );
            }
            (merge, attach)
        })
        .unzip();
    Pairs { merge, attach }
}

/// The factor on the similarity of two articles apart on the given particulars:
/// `apart` for each of person, place, year and number, `apart_weekday` for the
/// weekday.
fn factor(apart: anchors::Apart, tuning: &Tuning) -> f32 {
    [
        (apart.person, tuning.apart),
        (apart.place, tuning.apart),
        (apart.year, tuning.apart),
        (apart.weekday, tuning.apart_weekday),
        (apart.number, tuning.apart),
    ]
    .into_iter()
    .filter(|(on, _)| *on)
    .map(|(_, f)| f)
    .product()
}

/// Every article in one story (`--one-story`), labelled as [`cluster`] would.
pub fn single_story(analysed: &Analysed) -> Story {
    let articles = analysed.articles();
    let members: Vec<usize> = (0..articles.len()).collect();
    if articles.is_empty() {
        return Story {
            label: String::new(),
            articles: members,
        };
    }
    let sims = similarities_with(analysed, &Tuning::default()).merge;
    Story {
        label: label::label(articles, &members, central(&members, &sims)),
        articles: members,
    }
}

/// Moves each single-article cluster into the story it resembles most, if it
/// resembles it at least `attach` on average; an article resembling nothing
/// (too short to tell) joins the largest story rather than stand alone.
fn attach_loners(clusters: &mut Vec<Vec<usize>>, sims: &[Vec<f32>], attach: f32) {
    if clusters.len() < 2 {
        return;
    }
    let largest = (0..clusters.len())
        .max_by(|&a, &b| clusters[a].len().cmp(&clusters[b].len()).then(b.cmp(&a)))
        .unwrap_or(0);
    let mut moves: Vec<(usize, usize)> = Vec::new();
    for (c, members) in clusters.iter().enumerate() {
        let [loner] = members[..] else { continue };
        let affinity = |other: &Vec<usize>| {
            other.iter().map(|&m| sims[loner][m]).sum::<f32>() / other.len() as f32
        };
        let best = clusters
            .iter()
            .enumerate()
            .filter(|(o, m)| *o != c && m.len() > 1)
            .map(|(o, m)| (o, affinity(m)))
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
        let alone = sims[loner].iter().all(|&s| s == 0.0);
        match best {
            Some((o, a)) if a >= attach => moves.push((c, o)),
            _ if alone && largest != c => moves.push((c, largest)),
            _ => {}
        }
    }
    for &(from, to) in &moves {
        let moved = std::mem::take(&mut clusters[from]);
        clusters[to].extend(moved);
    }
    clusters.retain(|m| !m.is_empty());
    for m in clusters.iter_mut() {
        m.sort_unstable();
    }
    clusters.sort_by_key(|m| m[0]);
}

/// The member most similar, on average, to the others.
fn central(members: &[usize], sims: &[Vec<f32>]) -> usize {
    members
        .iter()
        .copied()
        .max_by(|&a, &b| {
            let mean = |x: usize| members.iter().map(|&m| sims[x][m]).sum::<f32>();
            mean(a).total_cmp(&mean(b)).then(b.cmp(&a))
        })
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, Sentence};

    fn article(lines: &[&str]) -> Article {
        let sentences = lines
            .iter()
            .map(|s| Sentence {
                text: s.to_string(),
                start: 0,
                end: s.len(),
                details: crate::text::details(s),
            })
            .collect();
        Article {
            path: String::new(),
            title: String::new(),
            text: lines.join("\n"),
            sentences,
            meta: Default::default(),
        }
    }

    #[test]
    fn factors_multiply_for_each_differing_particular() {
        let t = Tuning::default();
        let none = anchors::Apart::default();
        assert_eq!(factor(none, &t), 1.0);
        let year = anchors::Apart { year: true, ..none };
        assert_eq!(factor(year, &t), t.apart);
        let both = anchors::Apart {
            weekday: true,
            ..year
        };
        assert_eq!(factor(both, &t), t.apart * t.apart_weekday);
    }

    #[test]
    fn a_differing_year_cuts_merging_but_not_attaching() {
        let a = article(&[
            "Thieves robbed the Harry Winston jewellery store in Paris in 2008.",
            "The robbers at Harry Winston took diamonds worth millions.",
        ]);
        let b = article(&[
            "Thieves robbed the Harry Winston jewellery store in Paris in 2009.",
            "The robbers at Harry Winston took diamonds worth millions.",
        ]);
        let t = Tuning::default();
        let pairs = similarities_with(&Analysed::of_articles(vec![a, b]), &t);
        assert!(pairs.attach[0][1] > 0.0);
        assert!((pairs.merge[0][1] - t.apart * pairs.attach[0][1]).abs() < 1e-6);
    }
}
