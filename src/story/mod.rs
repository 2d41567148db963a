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
mod blocks;
mod centre;
mod label;
mod linkage;
mod numbers;
mod profile;

use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

use crate::model::Story;
use crate::Analysed;
use profile::Profile;
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
    cluster_in(analysed, tuning, |p, sim, t| blocks::blocks(p, sim, t))
}

/// [`cluster`] with the blocks cut as `cut` says (see [`blocks`]).
fn cluster_in(
    analysed: &Analysed,
    tuning: &Tuning,
    cut: impl Fn(&[Profile], &(dyn Fn(usize, usize) -> f32 + Sync), f32) -> Vec<Vec<usize>>,
) -> Vec<Story> {
    let articles = analysed.articles();
    if articles.is_empty() {
        return Vec::new();
    }
    let folder = Folder::new(analysed, tuning);
    let merge_sim = |a: usize, b: usize| folder.merge(a, b);
    let blocks = cut(&folder.profiles, &merge_sim, tuning.merge);
    let mut clusters: Vec<Vec<usize>> = blocks
        .into_par_iter()
        .flat_map_iter(|block| {
            let sims = folder.matrix(&block, Kind::Merge);
            linkage::average_linkage(sims, tuning.merge)
                .into_iter()
                .map(move |c| c.into_iter().map(|i| block[i]).collect::<Vec<usize>>())
        })
        .collect();
    clusters.sort_by_key(|m| m[0]);
    attach_loners(&mut clusters, &folder, tuning.attach);
    clusters
        .into_par_iter()
        .map(|members| Story {
            label: label::label(articles, &members, folder.central(&members)),
            articles: members,
        })
        .collect()
}

/// Cosine similarity of every pair of articles (`[i][i]` is 0), cut by the
/// `apart` factors where their particulars differ (see [`factor`]). A dense
/// matrix, for measuring a small folder.
pub fn similarities(analysed: &Analysed, tuning: &Tuning) -> Vec<Vec<f32>> {
    let all: Vec<usize> = (0..analysed.articles().len()).collect();
    Folder::new(analysed, tuning).matrix(&all, Kind::Merge)
}

/// Which of the two similarities: what groups merge by, or what a lone
/// article joins a story by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Cut by every differing particular.
    Merge,
    /// Cut only for different people. One report's place or date is thin
    /// evidence (a dateline, a background year), not enough to leave it
    /// standing alone.
    Attach,
}

/// What the clustering knows of each article: its profile and its anchors.
struct Folder<'t> {
    profiles: Vec<Profile>,
    anchors: Vec<anchors::Anchors>,
    tuning: &'t Tuning,
}

impl<'t> Folder<'t> {
    fn new(analysed: &Analysed, tuning: &'t Tuning) -> Self {
        Self {
            profiles: profile::profiles(analysed, &tuning.weights),
            anchors: analysed
                .articles()
                .par_iter()
                .map(anchors::Anchors::of)
                .collect(),
            tuning,
        }
    }

    /// The merge similarity of two articles, as [`Folder::matrix`] has it.
    fn merge(&self, a: usize, b: usize) -> f32 {
        let cosine = profile::dot(&self.profiles[a], &self.profiles[b]);
        if cosine == 0.0 {
            return 0.0;
        }
        self.cut(a, b, cosine, Kind::Merge)
    }

    /// A cosine cut by the factors of `kind`.
    fn cut(&self, a: usize, b: usize, cosine: f32, kind: Kind) -> f32 {
        let apart = self.anchors[a].apart(&self.anchors[b]);
        let counted = match kind {
            Kind::Merge => apart,
            Kind::Attach => anchors::Apart {
                person: apart.person,
                ..Default::default()
            },
        };
        cosine * factor(counted, self.tuning)
    }

    /// The dense similarities of `kind` among `members` (sorted), indexed by
    /// position.
    fn matrix(&self, members: &[usize], kind: Kind) -> Vec<Vec<f32>> {
        let profiles: Vec<Profile> = members.iter().map(|&m| self.profiles[m].clone()).collect();
        profile::similarities(&profiles)
            .into_par_iter()
            .enumerate()
            .map(|(i, mut row)| {
                for (j, s) in row.iter_mut().enumerate() {
                    if *s != 0.0 {
                        *s = self.cut(members[i], members[j], *s, kind);
                    }
                }
                row
            })
            .collect()
    }

    /// Article `a`'s attach similarity to every article.
    fn attach_row(&self, index: &profile::Index, a: usize) -> Vec<f32> {
        let mut row = index.row(a, 0);
        for (b, s) in row.iter_mut().enumerate() {
            if *s != 0.0 {
                *s = self.cut(a, b, *s, Kind::Attach);
            }
        }
        row
    }

    /// The member most similar, on average, to the others: by merge
    /// similarity up to [`blocks::EXACT_UP_TO`] members, beyond by cosine to
    /// the members' summed profile (the apart factors left out).
    fn central(&self, members: &[usize]) -> usize {
        if members.len() <= blocks::EXACT_UP_TO {
            return members[central(&self.matrix(members, Kind::Merge))];
        }
        let mut sum: HashMap<u32, f32> = HashMap::default();
        for &m in members {
            for &(t, w) in &self.profiles[m].0 {
                *sum.entry(t).or_default() += w;
            }
        }
        let score = |m: usize| {
            self.profiles[m]
                .0
                .iter()
                .map(|(t, w)| w * sum[t])
                .sum::<f32>()
        };
        members
            .par_iter()
            .copied()
            .max_by(|&a, &b| score(a).total_cmp(&score(b)).then(b.cmp(&a)))
            .unwrap_or(0)
    }
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
    let tuning = Tuning::default();
    let central = Folder::new(analysed, &tuning).central(&members);
    Story {
        label: label::label(articles, &members, central),
        articles: members,
    }
}

/// Moves each single-article cluster into the story it resembles most, if it
/// resembles it at least `attach` on average; an article resembling nothing
/// (too short to tell) joins the largest story rather than stand alone.
fn attach_loners(clusters: &mut Vec<Vec<usize>>, folder: &Folder, attach: f32) {
    if clusters.len() < 2 {
        return;
    }
    let largest = (0..clusters.len())
        .max_by(|&a, &b| clusters[a].len().cmp(&clusters[b].len()).then(b.cmp(&a)))
        .unwrap_or(0);
    // A loner's affinities need its cosines with the members of larger
    // clusters only; whether it shares a term with anyone, the terms' counts.
    let mut grouped: Vec<usize> = clusters
        .iter()
        .filter(|m| m.len() > 1)
        .flatten()
        .copied()
        .collect();
    grouped.sort_unstable();
    let index = profile::Index::over(&folder.profiles, grouped.into_iter());
    let mut df: HashMap<u32, u32> = HashMap::default();
    for p in &folder.profiles {
        for &(t, _) in &p.0 {
            *df.entry(t).or_default() += 1;
        }
    }
    let moves: Vec<(usize, usize)> = (0..clusters.len())
        .into_par_iter()
        .filter_map(|c| {
            let [loner] = clusters[c][..] else {
                return None;
            };
            let sims = folder.attach_row(&index, loner);
            let affinity = |other: &Vec<usize>| {
                other.iter().map(|&m| sims[m]).sum::<f32>() / other.len() as f32
            };
            let best = clusters
                .iter()
                .enumerate()
                .filter(|(o, m)| *o != c && m.len() > 1)
                .map(|(o, m)| (o, affinity(m)))
                .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
            let alone = folder.profiles[loner].0.iter().all(|(t, _)| df[t] == 1);
            match best {
                Some((o, a)) if a >= attach => Some((c, o)),
                _ if alone && largest != c => Some((c, largest)),
                _ => None,
            }
        })
        .collect();
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

/// The position most similar, on average, to the others in a dense matrix.
fn central(sims: &[Vec<f32>]) -> usize {
    (0..sims.len())
        .max_by(|&a, &b| {
            let mean = |x: usize| sims[x].iter().sum::<f32>();
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
        let analysed = Analysed::of_articles(vec![a, b]);
        let folder = Folder::new(&analysed, &t);
        let (merge, attach) = (
            folder.matrix(&[0, 1], Kind::Merge),
            folder.matrix(&[0, 1], Kind::Attach),
        );
        assert!(attach[0][1] > 0.0);
        assert!((merge[0][1] - t.apart * attach[0][1]).abs() < 1e-6);
    }

    /// The seeds and every written cluster in one folder: cutting it into
    /// pruned blocks, as a folder past `blocks::EXACT_UP_TO` is, must give the
    /// stories one block gives.
    #[test]
    fn pruned_blocks_change_no_story() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/clusters");
        let mut dirs: Vec<std::path::PathBuf> = std::fs::read_dir(&root)
            .expect("tests/clusters")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
        dirs.sort();
        let mut sources = crate::corpus::bundled_seeds();
        sources.extend(crate::corpus::load(&dirs).expect("clusters").sources);
        let cleaned = crate::corpus::clean(&sources, crate::corpus::Cleaning::RemoveFurniture);
        let analysed = Analysed::of_cleaned(&sources, cleaned);
        let t = Tuning::default();
        let exact = cluster(&analysed, &t);
        let folder = Folder::new(&analysed, &t);
        let merge = |a: usize, b: usize| folder.merge(a, b);
        let blocks = blocks::pruned(&folder.profiles, merge, t.merge);
        assert!(blocks.len() > 1, "{} blocks", blocks.len());
        assert!(exact.len() > 10, "{} stories", exact.len());
        let pruned = cluster_in(&analysed, &t, |p, sim, th| blocks::pruned(p, sim, th));
        assert_eq!(pruned, exact);
    }
}
