//! The article-extraction benchmark's metric, so cleaning quality is measured
//! the way published extractors are: 4-token shingles of `\w+` tokens,
//! per-page precision and recall over shingle multisets, averaged over pages,
//! and the F1 of those two means.

use std::collections::HashMap;

/// Word tokens: maximal runs of letters, digits and underscores (case kept).
pub fn tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .collect()
}

fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let tokens = tokens(text);
    let mut counts = HashMap::new();
    if tokens.is_empty() {
        return counts;
    }
    if tokens.len() < 4 {
        counts.insert(tokens, 1);
        return counts;
    }
    for window in tokens.windows(4) {
        *counts.entry(window.to_vec()).or_insert(0) += 1;
    }
    counts
}

/// True positives, false positives and false negatives of one page.
pub fn page_counts(truth: &str, predicted: &str) -> (usize, usize, usize) {
    let truth = shingles(truth);
    let predicted = shingles(predicted);
    let mut tp = 0;
    let mut fp = 0;
    for (shingle, &n) in &predicted {
        let t = truth.get(shingle).copied().unwrap_or(0);
        tp += n.min(t);
        fp += n.saturating_sub(t);
    }
    let fn_ = truth
        .iter()
        .map(|(shingle, &t)| t.saturating_sub(predicted.get(shingle).copied().unwrap_or(0)))
        .sum();
    (tp, fp, fn_)
}

/// Mean precision, mean recall and the F1 of the two, over many pages.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub pages: usize,
}

/// Scores `(truth, predicted)` pairs as the benchmark does.
pub fn score<'a>(pages: impl IntoIterator<Item = (&'a str, &'a str)>) -> Score {
    let (mut p_sum, mut p_n, mut r_sum, mut r_n, mut pages_n) = (0.0, 0, 0.0, 0, 0);
    for (truth, predicted) in pages {
        pages_n += 1;
        let (tp, fp, fn_) = page_counts(truth, predicted);
        if tp + fp > 0 {
            p_sum += tp as f64 / (tp + fp) as f64;
            p_n += 1;
        }
        if tp + fn_ > 0 {
            r_sum += tp as f64 / (tp + fn_) as f64;
            r_n += 1;
        }
    }
    let precision = if p_n == 0 { 0.0 } else { p_sum / p_n as f64 };
    let recall = if r_n == 0 { 0.0 } else { r_sum / r_n as f64 };
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    Score {
        precision,
        recall,
        f1,
        pages: pages_n,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_drop_punctuation_keep_case() {
        assert_eq!(
            tokens("The U.S. (and_so) café!"),
            ["The", "U", "S", "and_so", "café"]
        );
    }

    #[test]
    fn perfect_and_half_pages() {
        let s = score([("one two three four five", "one two three four five")]);
        assert_eq!((s.precision, s.recall, s.f1), (1.0, 1.0, 1.0));
        let (tp, fp, fn_) = page_counts("a b c d e", "a b c d x y z w");
        assert_eq!((tp, fp, fn_), (1, 4, 1));
        assert_eq!(page_counts("a b", "a b"), (1, 0, 0));
    }

    #[test]
    fn empty_prediction_counts_for_recall_only() {
        let s = score([("a b c d", ""), ("a b c d", "a b c d")]);
        assert_eq!(s.precision, 1.0);
        assert_eq!(s.recall, 0.5);
    }
}
