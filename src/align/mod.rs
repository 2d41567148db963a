//! Lining up the sentences that report the same thing across articles.
//!
//! All articles of a story are aligned at once and independently of order:
//!
//! 1. every sentence becomes an idf-weighted vector of content words with its
//!    details masked by kind ([`features`]);
//! 2. candidate pairs come from an inverted index over the rarer terms, so the
//!    cost grows with the number of sentences, not its square ([`candidates`]);
//! 3. each candidate's cosine is corrected for hubs: a sentence that resembles
//!    everything (a generic headline) must beat its own usual level of similarity;
//! 4. links are taken strongest first — mutual best matches between two
//!    articles, then any pair above a stricter threshold — and a link joins two
//!    groups only if the groups as a whole are alike (average linkage), so a
//!    chain A~B~C never puts unrelated A and C together;
//! 5. a sentence already in a group joins a second one when members of two
//!    other articles have it as their mutual best partner (it states two
//!    facts), and a sentence left alone because its partners were taken by
//!    other groups (they state several facts at once) gathers them into a
//!    group of its own, so a sentence can belong to more than one group.

mod candidates;
mod features;
mod hubs;

use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

use crate::model::{Group, SentenceRef, Story};
use crate::Analysed;
use features::{Vector, Vocabulary};
use hubs::TopThree;

/// Thresholds of the aligner; `Tuning::default()` is what parallax uses.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tuning {
    /// Minimum hub-corrected similarity of a mutual-best link.
    pub mutual: f32,
    /// Minimum hub-corrected similarity of any other link.
    pub strong: f32,
    /// Minimum average similarity between two groups for them to merge.
    pub cohesion: f32,
    /// How much of a sentence's usual similarity (its hubness) is subtracted.
    pub hub_penalty: f32,
    /// At most this many sentences of one article in a group.
    pub per_article: usize,
    /// Minimum hub-corrected similarity for a lone sentence to gather its
    /// best partners from groups they already belong to.
    pub gather: f32,
}

impl Default for Tuning {
    fn default() -> Self {
        Self {
            mutual: 0.16,
            strong: 0.30,
            cohesion: 0.05,
            hub_penalty: 0.5,
            per_article: 2,
            gather: 0.14,
        }
    }
}

impl Tuning {
    /// The least cosine a pair can have and still count: below every
    /// threshold a link or a gathering needs. The hub correction only lowers a
    /// score, so a weaker pair never reaches one; it still counts towards
    /// its sentences' levels.
    fn least_useful(&self) -> f32 {
        if self.hub_penalty >= 0.0 {
            self.mutual.min(self.strong).min(self.gather)
        } else {
            0.0
        }
    }
}

/// Aligned groups of sentences, never crossing stories. Parallax uses
/// `Tuning::default()`.
pub fn align(analysed: &Analysed, stories: &[Story], tuning: &Tuning) -> Vec<Group> {
    let mut groups: Vec<Group> = stories
        .par_iter()
        .flat_map_iter(|story| align_story(analysed, &story.articles, tuning))
        .collect();
    groups.sort_by_key(|g| g.members[0]);
    groups
}

/// One sentence taking part in alignment.
struct Item {
    at: SentenceRef,
    vector: Vector,
}

/// A candidate pair with its cosine and its hub-corrected score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScoredPair {
    /// The first sentence (the lower reference).
    pub a: SentenceRef,
    /// The second sentence.
    pub b: SentenceRef,
    /// Their cosine.
    pub cosine: f32,
    /// The cosine, hub-corrected: what links compare with the thresholds.
    pub score: f32,
}

/// Every candidate pair of one story with its scores (for evaluation and tuning).
pub fn scored_pairs(analysed: &Analysed, members: &[usize], tuning: &Tuning) -> Vec<ScoredPair> {
    let scored = score_story(analysed, members, tuning, 0.0);
    let mut out: Vec<ScoredPair> = scored
        .adjusted
        .iter()
        .zip(&scored.sims)
        .map(|(&(i, j, score), &(_, _, cosine))| ScoredPair {
            a: scored.items[i].at,
            b: scored.items[j].at,
            cosine,
            score,
        })
        .collect();
    out.sort_by_key(|p| (p.a, p.b));
    out
}

/// Candidate pairs `(i, j, similarity)` of items, `i < j`.
type Pairs = Vec<(usize, usize, f32)>;

/// A story's sentences with their candidate similarities.
struct Scored {
    items: Vec<Item>,
    article_of: Vec<usize>,
    /// Cosines above zero and at least the `keep` the story was scored with.
    sims: Pairs,
    /// The same pairs, hub-corrected.
    adjusted: Pairs,
}

fn align_story(analysed: &Analysed, members: &[usize], tuning: &Tuning) -> Vec<Group> {
    let scored = score_story(analysed, members, tuning, tuning.least_useful());
    groups_of(&scored, tuning)
}

/// The groups a scored story yields: links, the second facts of sentences
/// that state two, then lone sentences gathering.
fn groups_of(scored: &Scored, tuning: &Tuning) -> Vec<Group> {
    let best = best_partners(&scored.adjusted, &scored.article_of);
    let links = select_links(&scored.adjusted, &best, &scored.article_of, tuning);
    let mut groups = build_groups(&scored.items, &links, &scored.article_of, tuning);
    extend_groups(scored, &best, &mut groups, tuning);
    groups.extend(gather_lone(scored, &best, &groups, tuning));
    groups
        .into_iter()
        .map(|g| to_group(&scored.items, g))
        .collect()
}

/// Scores a story's candidate pairs, keeping those whose cosine is at least `keep`.
fn score_story(analysed: &Analysed, members: &[usize], tuning: &Tuning, keep: f32) -> Scored {
    let mut vocab = Vocabulary::default();
    let mut items_terms = Vec::new();
    for &a in members {
        let tokens = analysed.tokens(a);
        for (s, sentence) in analysed.articles()[a].sentences.iter().enumerate() {
            let terms = vocab.terms_of(sentence, &tokens[s]);
            if !terms.is_empty() {
                items_terms.push((
                    SentenceRef {
                        article: a,
                        sentence: s,
                    },
                    terms,
                ));
            }
        }
    }
    let n = items_terms.len();
    let items: Vec<Item> = items_terms
        .iter()
        .map(|(at, terms)| Item {
            at: *at,
            vector: vocab.vector(terms, n),
        })
        .collect();
    let article_of: Vec<usize> = items.iter().map(|i| i.at.article).collect();
    let (sims, top) = if candidates::is_small(n) {
        let vectors: Vec<&Vector> = items.iter().map(|i| &i.vector).collect();
        candidates::small_story_cosines(&vectors, &article_of, keep)
    } else {
        let terms: Vec<&[features::Term]> = items_terms.iter().map(|(_, t)| t.as_slice()).collect();
        let all: Pairs = candidates::pairs(&terms, &article_of, &vocab)
            .par_iter()
            .map(|&(i, j)| (i, j, items[i].vector.dot(&items[j].vector)))
            .filter(|&(_, _, sim)| sim > 0.0)
            .collect();
        let mut top = TopThree::new(n);
        for &(i, j, s) in &all {
            top.add_pair(i, j, s);
        }
        (all.into_iter().filter(|p| p.2 >= keep).collect(), top)
    };
    let adjusted = hubs::hub_corrected(&sims, &top, tuning.hub_penalty);
    Scored {
        items,
        article_of,
        sims,
        adjusted,
    }
}

/// A sentence's strongest partner in one other article.
#[derive(Debug, Clone, Copy)]
struct Partner {
    article: usize,
    item: usize,
    score: f32,
}

/// For each item, its strongest partner in every other article it has a
/// candidate in (ties to the lower item).
fn best_partners(sims: &[(usize, usize, f32)], article_of: &[usize]) -> Vec<Vec<Partner>> {
    let mut best: Vec<Vec<Partner>> = vec![Vec::new(); article_of.len()];
    for &(i, j, score) in sims {
        for (me, other) in [(i, j), (j, i)] {
            let article = article_of[other];
            let found = Partner {
                article,
                item: other,
                score,
            };
            match best[me].iter_mut().find(|b| b.article == article) {
                Some(slot) if score > slot.score || (score == slot.score && other < slot.item) => {
                    *slot = found;
                }
                Some(_) => {}
                None => best[me].push(found),
            }
        }
    }
    best
}

/// Mutual-best links between article pairs first, then strong links.
fn select_links(
    sims: &[(usize, usize, f32)],
    best: &[Vec<Partner>],
    article_of: &[usize],
    tuning: &Tuning,
) -> Vec<(usize, usize, f32)> {
    let is_best = |me: usize, other: usize| {
        best[me]
            .iter()
            .any(|b| b.article == article_of[other] && b.item == other)
    };
    let mut mutual = Vec::new();
    let mut strong = Vec::new();
    for &(i, j, s) in sims {
        if is_best(i, j) && is_best(j, i) && s >= tuning.mutual {
            mutual.push((i, j, s));
        } else if s >= tuning.strong {
            strong.push((i, j, s));
        }
    }
    let by_score = |a: &(usize, usize, f32), b: &(usize, usize, f32)| {
        b.2.total_cmp(&a.2).then((a.0, a.1).cmp(&(b.0, b.1)))
    };
    mutual.sort_by(by_score);
    strong.sort_by(by_score);
    mutual.extend(strong);
    mutual
}

/// Average-linkage grouping over the ordered links.
fn build_groups(
    items: &[Item],
    links: &[(usize, usize, f32)],
    article_of: &[usize],
    tuning: &Tuning,
) -> Vec<Linked> {
    let mut group_of: Vec<usize> = (0..items.len()).collect();
    let mut members: Vec<Vec<usize>> = (0..items.len()).map(|i| vec![i]).collect();
    let mut link_scores: Vec<Vec<f32>> = vec![Vec::new(); items.len()];
    for &(i, j, s) in links {
        let (gi, gj) = (group_of[i], group_of[j]);
        if gi == gj {
            link_scores[gi].push(s);
            continue;
        }
        if !fits(&members[gi], &members[gj], article_of, tuning.per_article) {
            continue;
        }
        if cohesion(items, &members[gi], &members[gj]) < tuning.cohesion {
            continue;
        }
        let (keep, gone) = if members[gi].len() >= members[gj].len() {
            (gi, gj)
        } else {
            (gj, gi)
        };
        let moved = std::mem::take(&mut members[gone]);
        for &m in &moved {
            group_of[m] = keep;
        }
        members[keep].extend(moved);
        let mut scores = std::mem::take(&mut link_scores[gone]);
        link_scores[keep].append(&mut scores);
        link_scores[keep].push(s);
    }
    members
        .into_iter()
        .zip(link_scores)
        .filter(|(m, _)| m.len() > 1)
        .map(|(members, scores)| Linked {
            score: scores.iter().sum::<f32>() / scores.len().max(1) as f32,
            members,
        })
        .collect()
}

/// Items linked into one group, with the mean score of their links.
struct Linked {
    members: Vec<usize>,
    score: f32,
}

fn to_group(items: &[Item], linked: Linked) -> Group {
    let mut members: Vec<SentenceRef> = linked.members.iter().map(|&i| items[i].at).collect();
    members.sort();
    Group {
        members,
        score: (f64::from(linked.score) * 1000.0).round() / 1000.0,
    }
}

/// Groups around sentences that linking left alone.
///
/// A lone sentence whose best partner in each other article is already in a
/// group usually restates one fact of a sentence that says several things.
/// It gathers those partners (one per article, each at least `gather`) into a
/// new group when they are alike as a whole; the partners then belong to two
/// groups. Lone sentences are taken strongest first and stop being lone once
/// gathered.
fn gather_lone(
    scored: &Scored,
    best: &[Vec<Partner>],
    groups: &[Linked],
    tuning: &Tuning,
) -> Vec<Linked> {
    let n = scored.items.len();
    let mut grouped = vec![false; n];
    for g in groups {
        for &m in &g.members {
            grouped[m] = true;
        }
    }
    let best: Vec<Vec<Partner>> = best
        .iter()
        .map(|ps| {
            ps.iter()
                .copied()
                .filter(|p| p.score >= tuning.gather)
                .collect()
        })
        .collect();
    let mut lone: Vec<(usize, f32)> = (0..n)
        .filter(|&i| !grouped[i] && !best[i].is_empty())
        .map(|i| (i, best[i].iter().map(|b| b.score).fold(f32::MIN, f32::max)))
        .collect();
    lone.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut gathered = Vec::new();
    for (i, _) in lone {
        if grouped[i] {
            continue;
        }
        let mut partners = best[i].clone();
        partners.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.item.cmp(&b.item)));
        let mut members = vec![i];
        let mut scores = Vec::new();
        for p in partners {
            if cohesion(&scored.items, &[p.item], &members) >= tuning.cohesion {
                members.push(p.item);
                scores.push(p.score);
            }
        }
        if members.len() < 2 {
            continue;
        }
        let score = scores.iter().sum::<f32>() / scores.len() as f32;
        for &m in &members {
            grouped[m] = true;
        }
        gathered.push(Linked { members, score });
    }
    gathered
}

/// Members from other articles that must name a sentence as their best
/// partner for it to join their group as well.
const EXTEND_VOTES: usize = 2;

/// A sentence that states two facts joins one group when links are taken;
/// the group of its second fact, while it holds fewer than `per_article`
/// sentences of its article, takes it too when at least [`EXTEND_VOTES`]
/// members of other articles have it as their mutual best partner in its
/// article ("expects the recall to cost
/// €460 million and has lowered its profit forecast" belongs to the cost and
/// to the forecast).
fn extend_groups(scored: &Scored, best: &[Vec<Partner>], groups: &mut [Linked], tuning: &Tuning) {
    let article_of = &scored.article_of;
    let best_in = |me: usize, article: usize| {
        best[me]
            .iter()
            .find(|p| p.article == article)
            .filter(|p| p.score >= tuning.mutual)
    };
    for g in groups.iter_mut() {
        if g.members.len() < 2 {
            continue;
        }
        let present: Vec<usize> = g.members.iter().map(|&m| article_of[m]).collect();
        let mut votes: HashMap<usize, (usize, f32)> = HashMap::default();
        for &m in &g.members {
            for p in &best[m] {
                let here = present.iter().filter(|&&a| a == p.article).count();
                if here >= tuning.per_article
                    || g.members.contains(&p.item)
                    || p.score < tuning.mutual
                {
                    continue;
                }
                let mutual = best_in(p.item, article_of[m]).is_some_and(|q| q.item == m);
                if mutual {
                    let v = votes.entry(p.item).or_default();
                    v.0 += 1;
                    v.1 += p.score;
                }
            }
        }
        let mut joining: Vec<(usize, f32)> = votes
            .into_iter()
            .filter(|&(_, (n, _))| n >= EXTEND_VOTES)
            .map(|(item, (n, sum))| (item, sum / n as f32))
            .collect();
        joining.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut taken: Vec<usize> = Vec::new();
        for (item, _) in joining {
            let article = article_of[item];
            if taken.contains(&article)
                || cohesion(&scored.items, &[item], &g.members) < tuning.cohesion
            {
                continue;
            }
            taken.push(article);
            g.members.push(item);
        }
    }
}

/// At most `per_article` sentences of one article in a group.
fn fits(a: &[usize], b: &[usize], article_of: &[usize], per_article: usize) -> bool {
    let mut count: HashMap<usize, usize> = HashMap::default();
    a.iter().chain(b).all(|&m| {
        let c = count.entry(article_of[m]).or_default();
        *c += 1;
        *c <= per_article
    })
}

/// Mean cosine between the members of two groups, over pairs from different articles.
fn cohesion(items: &[Item], a: &[usize], b: &[usize]) -> f32 {
    let mut sum = 0.0;
    let mut count = 0usize;
    for &x in a {
        for &y in b {
            if items[x].at.article != items[y].at.article {
                sum += items[x].vector.dot(&items[y].vector);
                count += 1;
            }
        }
    }
    if count == 0 {
        0.0
    } else {
        sum / count as f32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Dropping the pairs below [`Tuning::least_useful`] must not change a
    /// single group: a weaker pair can never link or gather.
    #[test]
    fn pairs_too_weak_to_link_change_no_group() {
        let c = crate::collate(&crate::corpus::bundled_seeds(), &crate::Options::default());
        let analysed = Analysed::of_articles(c.articles);
        let tuning = Tuning::default();
        for story in &c.stories {
            let all = score_story(&analysed, &story.articles, &tuning, 0.0);
            let kept = score_story(&analysed, &story.articles, &tuning, tuning.least_useful());
            assert!(kept.sims.len() < all.sims.len(), "nothing was dropped");
            assert_eq!(groups_of(&kept, &tuning), groups_of(&all, &tuning));
        }
    }
}
