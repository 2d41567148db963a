//! Each sentence's usual level of similarity, for the hub correction.
//!
//! A sentence that resembles everything (a generic headline) has high
//! similarities to many others; its level is the mean of its three best. The
//! levels are read from every pair that shares a term, but most of those pairs
//! are far too weak ever to link, so the candidate stages keep only the pairs
//! that can matter and feed all of them to [`TopThree`] on the way.

/// The three best similarities of each sentence, highest first.
#[derive(Debug, Clone)]
pub struct TopThree {
    best: Vec<[f32; 3]>,
    len: Vec<u8>,
}

impl TopThree {
    pub fn new(items: usize) -> Self {
        Self {
            best: vec![[0.0; 3]; items],
            len: vec![0; items],
        }
    }

    /// Counts the similarity `s` of the pair `(i, j)` for both sentences.
    pub fn add_pair(&mut self, i: usize, j: usize, s: f32) {
        self.add(i, s);
        self.add(j, s);
    }

    fn add(&mut self, item: usize, s: f32) {
        let (top, len) = (&mut self.best[item], &mut self.len[item]);
        let n = usize::from(*len);
        // After any equal values already held, as a sorted insert would put it.
        let at = top[..n].partition_point(|&b| b >= s);
        if at >= 3 {
            return;
        }
        for k in (at + 1..n.min(2) + 1).rev() {
            top[k] = top[k - 1];
        }
        top[at] = s;
        *len = (n + 1).min(3) as u8;
    }

    /// The union of two trackers over the same sentences: the three best of
    /// each sentence's values from both, as if all had been added to one.
    pub fn merge(mut self, other: &TopThree) -> Self {
        for item in 0..self.best.len() {
            for k in 0..usize::from(other.len[item]) {
                self.add(item, other.best[item][k]);
            }
        }
        self
    }

    /// Each sentence's level: the mean of its best similarities (0 with none).
    pub fn levels(&self) -> Vec<f32> {
        self.best
            .iter()
            .zip(&self.len)
            .map(|(top, &len)| {
                let top = &top[..usize::from(len)];
                if top.is_empty() {
                    0.0
                } else {
                    top.iter().sum::<f32>() / top.len() as f32
                }
            })
            .collect()
    }
}

/// Subtracts part of each sentence's typical best similarity (its level above
/// the story's mean level) so that sentences resembling everything need more
/// to link.
pub fn hub_corrected(
    sims: &[(usize, usize, f32)],
    top: &TopThree,
    penalty: f32,
) -> Vec<(usize, usize, f32)> {
    let level = top.levels();
    let mean_level = level.iter().sum::<f32>() / level.len().max(1) as f32;
    sims.iter()
        .map(|&(i, j, s)| {
            let hubness = (level[i] + level[j]) / 2.0 - mean_level;
            (i, j, s - penalty * hubness.max(0.0))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain version: every value of each sentence, sorted, the first three.
    fn naive(items: usize, pairs: &[(usize, usize, f32)]) -> Vec<f32> {
        let mut all: Vec<Vec<f32>> = vec![Vec::new(); items];
        for &(i, j, s) in pairs {
            all[i].push(s);
            all[j].push(s);
        }
        all.into_iter()
            .map(|mut v| {
                v.sort_by(|a, b| b.total_cmp(a));
                v.truncate(3);
                if v.is_empty() {
                    0.0
                } else {
                    v.iter().sum::<f32>() / v.len() as f32
                }
            })
            .collect()
    }

    #[test]
    fn the_three_best_whatever_the_order_and_split() {
        let pairs = [
            (0, 1, 0.2),
            (0, 2, 0.9),
            (1, 2, 0.5),
            (0, 3, 0.4),
            (0, 4, 0.9),
            (2, 3, 0.1),
            (0, 5, 0.3),
            (0, 6, 0.95),
        ];
        let mut one = TopThree::new(8);
        for &(i, j, s) in &pairs {
            one.add_pair(i, j, s);
        }
        assert_eq!(one.levels(), naive(8, &pairs));
        assert_eq!(one.levels()[7], 0.0);
        // Split in two halves and merged: the same levels, to the bit.
        let (mut a, mut b) = (TopThree::new(8), TopThree::new(8));
        for (k, &(i, j, s)) in pairs.iter().enumerate() {
            let half = if k % 2 == 0 { &mut a } else { &mut b };
            half.add_pair(i, j, s);
        }
        assert_eq!(a.merge(&b).levels(), one.levels());
    }

    #[test]
    fn hubs_lose_part_of_their_excess_level() {
        let pairs = [(0, 1, 0.8), (0, 2, 0.8), (0, 3, 0.8), (1, 2, 0.1)];
        let mut top = TopThree::new(4);
        for &(i, j, s) in &pairs {
            top.add_pair(i, j, s);
        }
        let adjusted = hub_corrected(&pairs, &top, 0.5);
        // Sentence 0 matches everything: its pair with 3, the other sentence
        // above the story's mean level, is cut; the weak pair is not.
        assert!(adjusted[2].2 < 0.8);
        assert_eq!(adjusted[3].2, 0.1);
    }
}
