//! One source says a thing happened, another that it did not.
//!
//! A negation cue ("not", "never", "yet to"…) in one sentence negates the
//! content words right after it. If the other sentence of the group uses one of
//! those words with no cue of its own just before it, the two disagree.

use super::{Findings, Member, Spot};
use crate::model::{DetailKind, DivergenceKind};

/// Content words after a cue that it negates.
const SCOPE: usize = 2;
/// Tokens before a word in which the other side's own cue would negate it.
const LOOKBACK: usize = 4;

pub(crate) fn compare(a: &Member, b: &Member, ia: usize, ib: usize, out: &mut Findings) {
    one_way(a, b, ia, ib, out);
    one_way(b, a, ib, ia, out);
}

fn one_way(neg: &Member, plain: &Member, ineg: usize, iplain: usize, out: &mut Findings) {
    for cue in neg.details.iter().filter(|d| d.kind == DetailKind::Negation) {
        let after = neg.tokens.iter().position(|t| t.start >= cue.end).unwrap_or(neg.tokens.len());
        let scope: Vec<&crate::text::Token> = neg.tokens[after..].iter().filter(|t| t.content).take(SCOPE).collect();
        for word in scope {
            let Some(k) = plain.tokens.iter().position(|t| t.norm == word.norm) else { continue };
            let from = plain.tokens[k.saturating_sub(LOOKBACK)].start;
            let negated_there = plain
                .details
                .iter()
                .any(|d| d.kind == DetailKind::Negation && d.start >= from && d.end <= plain.tokens[k].end);
            if !negated_there {
                let hit = &plain.tokens[k];
                out.conflict.push((
                    DivergenceKind::Negation,
                    Spot { member: ineg, start: cue.start, end: word.end, value: format!("not {}", word.norm) },
                    Spot { member: iplain, start: hit.start, end: hit.end, value: hit.norm.clone() },
                ));
                break;
            }
        }
    }
}
