//! Average-linkage agglomerative clustering over a similarity matrix.
//!
//! The two clusters whose members are, on average, most alike merge first, until
//! no pair of clusters is alike enough. Average linkage (unlike single linkage)
//! keeps a chain of loosely related articles from pulling two events together.
//! Each step costs a row update plus, for the rows that pointed at a merged
//! cluster, a rescan, so a block of n articles costs about n² in all; a large
//! folder is cut into blocks first (`super::blocks`).

/// Clusters of item indices (each sorted, clusters ordered by first item) such
/// that no two clusters have an average similarity of `threshold` or more.
pub fn average_linkage(mut sim: Vec<Vec<f32>>, threshold: f32) -> Vec<Vec<usize>> {
    let n = sim.len();
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    let mut alive = vec![true; n];
    let mut best: Vec<Option<usize>> = (0..n).map(|i| best_of(&sim, &alive, i)).collect();
    loop {
        let pick = (0..n)
            .filter(|&i| alive[i])
            .filter_map(|i| best[i].map(|j| (i, j, sim[i][j])))
            .max_by(|a, b| a.2.total_cmp(&b.2).then((b.0, b.1).cmp(&(a.0, a.1))));
        let Some((i, j, s)) = pick else { break };
        if s < threshold {
            break;
        }
        let (keep, gone) = (i.min(j), i.max(j));
        let (nk, ng) = (members[keep].len() as f32, members[gone].len() as f32);
        for k in 0..n {
            if alive[k] && k != keep && k != gone {
                let merged = (nk * sim[keep][k] + ng * sim[gone][k]) / (nk + ng);
                sim[keep][k] = merged;
                sim[k][keep] = merged;
            }
        }
        alive[gone] = false;
        let moved = std::mem::take(&mut members[gone]);
        members[keep].extend(moved);
        best[gone] = None;
        best[keep] = best_of(&sim, &alive, keep);
        for k in 0..n {
            if !alive[k] || k == keep {
                continue;
            }
            let stale = matches!(best[k], Some(b) if b == keep || b == gone);
            if stale {
                best[k] = best_of(&sim, &alive, k);
            } else if best[k].is_none_or(|b| better(sim[k][keep], keep, sim[k][b], b)) {
                best[k] = Some(keep);
            }
        }
    }
    let mut clusters: Vec<Vec<usize>> = members
        .into_iter()
        .filter(|m| !m.is_empty())
        .map(|mut m| {
            m.sort_unstable();
            m
        })
        .collect();
    clusters.sort_by_key(|m| m[0]);
    clusters
}

/// The most similar other live cluster (ties to the lower index).
fn best_of(sim: &[Vec<f32>], alive: &[bool], i: usize) -> Option<usize> {
    (0..sim.len())
        .filter(|&k| k != i && alive[k])
        .fold(None, |acc, k| match acc {
            Some(b) if !better(sim[i][k], k, sim[i][b], b) => Some(b),
            _ => Some(k),
        })
}

fn better(s: f32, k: usize, t: f32, b: usize) -> bool {
    s > t || (s == t && k < b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matrix(n: usize, pairs: &[(usize, usize, f32)]) -> Vec<Vec<f32>> {
        let mut m = vec![vec![0.0; n]; n];
        for &(a, b, s) in pairs {
            m[a][b] = s;
            m[b][a] = s;
        }
        m
    }

    #[test]
    fn two_tight_groups_stay_apart() {
        let m = matrix(4, &[(0, 2, 0.9), (1, 3, 0.8), (0, 1, 0.1), (2, 3, 0.1)]);
        assert_eq!(average_linkage(m, 0.3), vec![vec![0, 2], vec![1, 3]]);
    }

    #[test]
    fn a_chain_does_not_join_its_ends_on_average() {
        // 0~1 and 1~2 are strong, 0~2 nothing: {0,1} to 2 averages 0.35.
        let m = matrix(3, &[(0, 1, 0.9), (1, 2, 0.7)]);
        assert_eq!(average_linkage(m.clone(), 0.4), vec![vec![0, 1], vec![2]]);
        assert_eq!(average_linkage(m, 0.3), vec![vec![0, 1, 2]]);
    }

    #[test]
    fn empty_and_single() {
        assert!(average_linkage(Vec::new(), 0.5).is_empty());
        assert_eq!(average_linkage(vec![vec![0.0]], 0.5), vec![vec![0]]);
    }
}
