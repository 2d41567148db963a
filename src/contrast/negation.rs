//! One source says a thing happened, another that it did not.
//!
//! A negation cue ("not", "never", "yet to"…) in one sentence negates the
//! content words right after it, within its clause. If the other sentence of the group uses one of
//! those words with no cue of its own just before it, the two disagree.

use super::{Findings, Member, Spot};
use crate::model::{DetailKind, DivergenceKind};

/// Cues that negate the verb after them; words like "refused" or "without"
/// carry negation in their meaning and are too easily paraphrased to compare.
const GRAMMATICAL: [&str; 4] = ["not", "never", "no", "n't"];
/// Share of the shorter sentence's content words the two must have in common.
const MIN_SHARED: f32 = 0.5;

/// Whether two sentences say nearly the same thing in nearly the same words.
fn close_paraphrase(a: &Member, b: &Member) -> bool {
    a.shared_words(b) as f32 >= MIN_SHARED * a.words.len().min(b.words.len()) as f32
}

/// Content words after a cue that it negates.
const SCOPE: usize = 2;
/// Tokens before a word in which the other side's own cue would negate it.
const LOOKBACK: usize = 4;

/// A grammatical negation cue.
fn is_cue(d: &crate::model::Detail) -> bool {
    d.kind == DetailKind::Negation && GRAMMATICAL.contains(&d.value.as_str())
}

pub(crate) fn compare(a: &Member, b: &Member, ia: usize, ib: usize, out: &mut Findings) {
    one_way(a, b, ia, ib, out);
    one_way(b, a, ib, ia, out);
}

fn one_way(neg: &Member, plain: &Member, ineg: usize, iplain: usize, out: &mut Findings) {
    // The paraphrase test is the costly one, so it comes last.
    if !neg.details.iter().any(is_cue) || !close_paraphrase(neg, plain) {
        return;
    }
    for cue in neg
        .details
        .iter()
        .filter(|d| d.kind == DetailKind::Negation && GRAMMATICAL.contains(&d.value.as_str()))
    {
        let after = neg
            .tokens
            .iter()
            .position(|t| t.start >= cue.end)
            .unwrap_or(neg.tokens.len());
        // The scope ends with the clause: "was not damaged, engineers said".
        let scope: Vec<&crate::text::Token> = neg.tokens[after..]
            .iter()
            .take_while(|t| !neg.text[cue.end..t.start].contains([',', ';', ':']))
            .filter(|t| t.content && t.detail.is_none())
            .take(SCOPE)
            .collect();
        for word in scope {
            let Some(k) = plain.tokens.iter().position(|t| t.norm == word.norm) else {
                continue;
            };
            let from = plain.tokens[k.saturating_sub(LOOKBACK)].start;
            let negated_there = plain.details.iter().any(|d| {
                d.kind == DetailKind::Negation && d.start >= from && d.end <= plain.tokens[k].end
            });
            if !negated_there {
                let hit = &plain.tokens[k];
                out.conflict.push((
                    DivergenceKind::Negation,
                    Spot {
                        member: ineg,
                        start: cue.start,
                        end: word.end,
                        value: format!("not {}", word.norm),
                    },
                    Spot {
                        member: iplain,
                        start: hit.start,
                        end: hit.end,
                        value: hit.norm.clone(),
                    },
                ));
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn negations(a: &str, b: &str) -> Vec<(String, String)> {
        super::super::pair_findings(a, b, compare)
            .conflict
            .into_iter()
            .map(|(_, x, y)| (x.value, y.value))
            .collect()
    }

    #[test]
    fn a_negation_elsewhere_in_the_plain_sentence_does_not_hide_the_conflict() {
        let found = negations(
            "Engineers said the dam above the town was not damaged, officials said.",
            "Engineers said the dam above the town was damaged, but posed no threat.",
        );
        assert_eq!(found, [("not damag".to_string(), "damag".to_string())]);
    }

    #[test]
    fn the_scope_of_a_cue_ends_with_its_clause() {
        let found = negations(
            "The dam above the town was not damaged, engineers said on Monday.",
            "Engineers inspected the dam above the town on Monday.",
        );
        assert!(found.is_empty(), "{found:?}");
    }
}
