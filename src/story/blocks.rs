//! Which articles could ever share a story, found without comparing every pair.
//!
//! Average linkage merges two clusters only when their average similarity
//! reaches the merge threshold, so at least one pair across them reaches it:
//! every story lies inside one connected part of the graph whose edges are the
//! pairs at or above the threshold. Clustering each part alone therefore gives
//! the stories clustering the whole folder would. Up to [`EXACT_UP_TO`]
//! articles the folder is one block and nothing changes. Beyond it, the edges
//! come from an inverted index over each profile's rarest terms, each article
//! keeping its [`TOP_K`] strongest partners (scored exactly, apart factors
//! included), and a part larger than [`BLOCK_MAX`] is split again at a
//! stricter threshold, so the cost grows with the articles, not their pairs.

use rayon::prelude::*;

use super::profile::Profile;

/// Up to this many articles, the folder is clustered as one block.
pub const EXACT_UP_TO: usize = 2000;
/// The largest block clustered at once (its similarities are a dense matrix).
const BLOCK_MAX: usize = 2000;
/// How many of a profile's rarest terms open candidate partners.
const PREFIX: usize = 40;
/// A term in more profiles than this opens no candidates.
const MAX_POSTINGS: usize = 4000;
/// The partners each article keeps, strongest first by shared rare weight.
const TOP_K: usize = 30;
/// Factor on the threshold each time a block too large is split again.
const STRICTER: f32 = 1.25;

/// A pair of articles `(a, b)`, `a < b`, with its similarity.
type Edge = (u32, u32, f32);

/// The blocks to cluster apart (each sorted, ordered by first article): one
/// block up to [`EXACT_UP_TO`] articles, else [`pruned`]. `sim(a, b)` is the
/// similarity linkage merges by; `threshold`, its merge threshold.
pub fn blocks(
    profiles: &[Profile],
    sim: impl Fn(usize, usize) -> f32 + Sync,
    threshold: f32,
) -> Vec<Vec<usize>> {
    if profiles.len() <= EXACT_UP_TO {
        return vec![(0..profiles.len()).collect()];
    }
    pruned(profiles, sim, threshold)
}

/// The connected parts of the candidate graph's edges at or above
/// `threshold`, a part larger than [`BLOCK_MAX`] split again at a stricter one.
pub fn pruned(
    profiles: &[Profile],
    sim: impl Fn(usize, usize) -> f32 + Sync,
    threshold: f32,
) -> Vec<Vec<usize>> {
    let edges = candidate_edges(profiles, sim, threshold);
    let mut out = Vec::new();
    split((0..profiles.len()).collect(), &edges, threshold, &mut out);
    out.iter_mut().for_each(|b| b.sort_unstable());
    out.sort_by_key(|b| b[0]);
    out
}

/// Each article's [`TOP_K`] partners by the weight of rare terms they share,
/// kept as edges where their similarity reaches `threshold`.
fn candidate_edges(
    profiles: &[Profile],
    sim: impl Fn(usize, usize) -> f32 + Sync,
    threshold: f32,
) -> Vec<Edge> {
    let terms = profiles
        .iter()
        .flat_map(|p| p.0.iter().map(|&(t, _)| t as usize + 1))
        .max()
        .unwrap_or(0);
    let mut df = vec![0u32; terms];
    for p in profiles {
        for &(t, _) in &p.0 {
            df[t as usize] += 1;
        }
    }
    let opening: Vec<Vec<(u32, f32)>> = profiles
        .par_iter()
        .map(|p| {
            let mut rare: Vec<(u32, f32)> =
                p.0.iter()
                    .copied()
                    .filter(|&(t, _)| (2..=MAX_POSTINGS as u32).contains(&df[t as usize]))
                    .collect();
            rare.sort_by_key(|&(t, _)| (df[t as usize], t));
            rare.truncate(PREFIX);
            rare
        })
        .collect();
    let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); terms];
    for (a, terms) in opening.iter().enumerate() {
        for &(t, w) in terms {
            postings[t as usize].push((a as u32, w));
        }
    }
    let n = profiles.len();
    let mut edges: Vec<Edge> = (0..n)
        .into_par_iter()
        .fold(
            || (Vec::new(), vec![0.0f32; n], Vec::new()),
            |(mut edges, mut weight, mut touched), a| {
                for &(t, wa) in &opening[a] {
                    for &(b, wb) in &postings[t as usize] {
                        let b = b as usize;
                        if b != a {
                            if weight[b] == 0.0 {
                                touched.push(b);
                            }
                            weight[b] += wa * wb;
                        }
                    }
                }
                if touched.len() > TOP_K {
                    touched.select_nth_unstable_by(TOP_K, |&x: &usize, &y: &usize| {
                        weight[y].total_cmp(&weight[x]).then(x.cmp(&y))
                    });
                }
                for (k, b) in touched.drain(..).enumerate() {
                    weight[b] = 0.0;
                    if k < TOP_K {
                        let s = sim(a.min(b), a.max(b));
                        if s >= threshold {
                            edges.push((a.min(b) as u32, a.max(b) as u32, s));
                        }
                    }
                }
                (edges, weight, touched)
            },
        )
        .map(|(edges, ..)| edges)
        .reduce(Vec::new, |mut a, b| {
            a.extend(b);
            a
        });
    edges.sort_by_key(|&(a, b, _)| (a, b));
    edges.dedup_by_key(|&mut (a, b, _)| (a, b));
    edges
}

/// Splits `items` into the connected parts of `edges` at or above
/// `threshold`; a part larger than [`BLOCK_MAX`] is split again at a
/// stricter threshold (past 1, into runs of [`BLOCK_MAX`]).
fn split(items: Vec<usize>, edges: &[Edge], threshold: f32, out: &mut Vec<Vec<usize>>) {
    for part in components(&items, edges, threshold) {
        let stricter = threshold * STRICTER;
        if part.len() <= BLOCK_MAX {
            out.push(part);
        } else if stricter > 1.0 {
            out.extend(part.chunks(BLOCK_MAX).map(<[usize]>::to_vec));
        } else {
            let set: std::collections::HashSet<usize> = part.iter().copied().collect();
            let inside: Vec<Edge> = edges
                .iter()
                .copied()
                .filter(|&(a, b, _)| set.contains(&(a as usize)) && set.contains(&(b as usize)))
                .collect();
            split(part, &inside, stricter, out);
        }
    }
}

/// The connected parts of `items` under the edges at or above `threshold`.
fn components(items: &[usize], edges: &[Edge], threshold: f32) -> Vec<Vec<usize>> {
    let index: rustc_hash::FxHashMap<usize, usize> =
        items.iter().enumerate().map(|(i, &a)| (a, i)).collect();
    let mut parent: Vec<usize> = (0..items.len()).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for &(a, b, s) in edges {
        if s < threshold {
            continue;
        }
        if let (Some(&x), Some(&y)) = (index.get(&(a as usize)), index.get(&(b as usize))) {
            let (rx, ry) = (root(&mut parent, x), root(&mut parent, y));
            if rx != ry {
                parent[rx.max(ry)] = rx.min(ry);
            }
        }
    }
    let mut parts: rustc_hash::FxHashMap<usize, Vec<usize>> = Default::default();
    for (i, &a) in items.iter().enumerate() {
        let r = root(&mut parent, i);
        parts.entry(r).or_default().push(a);
    }
    let mut parts: Vec<Vec<usize>> = parts.into_values().collect();
    parts.sort_by_key(|p| p[0]);
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(terms: &[(u32, f32)]) -> Profile {
        let norm = terms.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        Profile(terms.iter().map(|&(t, w)| (t, w / norm)).collect())
    }

    fn cosine(p: &[Profile]) -> impl Fn(usize, usize) -> f32 + Sync + '_ {
        move |a, b| super::super::profile::dot(&p[a], &p[b])
    }

    #[test]
    fn articles_sharing_rare_terms_meet_and_the_rest_stay_apart() {
        // Two events of three articles each, and one article about nothing shared.
        let mut p = Vec::new();
        for event in 0..2u32 {
            for k in 0..3u32 {
                p.push(profile(&[
                    (10 + event, 1.0),
                    (20 + event, 1.0),
                    (30 + k, 0.2),
                ]));
            }
        }
        p.push(profile(&[(99, 1.0)]));
        let blocks = pruned(&p, cosine(&p), 0.1);
        assert_eq!(blocks, vec![vec![0, 1, 2], vec![3, 4, 5], vec![6]]);
    }

    #[test]
    fn a_small_folder_is_one_block() {
        let p = vec![profile(&[(1, 1.0)]), profile(&[(2, 1.0)])];
        assert_eq!(blocks(&p, cosine(&p), 0.1), vec![vec![0, 1]]);
    }

    #[test]
    fn a_part_too_large_is_split_at_a_stricter_threshold() {
        // Two runs of strong edges joined by one weak edge.
        let half = BLOCK_MAX as u32;
        let mut edges: Vec<Edge> = (0..2 * half - 1)
            .filter(|&a| a + 1 != half)
            .map(|a| (a, a + 1, 0.9))
            .collect();
        edges.push((half - 1, half, 0.11));
        let mut out = Vec::new();
        split((0..2 * BLOCK_MAX).collect(), &edges, 0.1, &mut out);
        assert_eq!(out.len(), 2);
        assert_eq!(out[0], (0..BLOCK_MAX).collect::<Vec<_>>());
    }
}
