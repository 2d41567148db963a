//! Quotes that report the same words differently.
//!
//! Two quotes by the same speaker (or with the speaker unknown on one side)
//! that share enough wording are the same remark; the words that changed
//! between them are a `quote` divergence. Where one quote is longer than the
//! other, the extra words are an omission, not a change: a replaced run at
//! either end of the shorter quote is clipped to the shorter side's length.

use similar::{capture_diff_slices, Algorithm, DiffOp};

use super::{Findings, Member, Spot};
use crate::model::{Detail, DetailKind, DivergenceKind};
use crate::text::Token;

/// Share of the shorter quote's words that must be common for one remark.
const MIN_OVERLAP: f32 = 0.5;
/// And at least this many words in common.
const MIN_COMMON: usize = 4;
/// Stricter bounds when a speaker is unknown on either side.
const MIN_OVERLAP_UNATTRIBUTED: f32 = 0.6;
const MIN_COMMON_UNATTRIBUTED: usize = 5;

pub(crate) fn compare(a: &Member, b: &Member, ia: usize, ib: usize, out: &mut Findings) {
    for qa in a.details.iter().filter(|d| d.kind == DetailKind::Quote) {
        for qb in b.details.iter().filter(|d| d.kind == DetailKind::Quote) {
            let attributed = match (&qa.about, &qb.about) {
                (Some(x), Some(y)) if x != y => continue,
                (Some(_), Some(_)) => true,
                _ => false,
            };
            if let Some((sa, sb)) = changed_words(a, qa, b, qb, attributed) {
                let spot = |member: usize, m: &Member, (start, end): (usize, usize)| Spot {
                    member,
                    start,
                    end,
                    value: words(m.tokens, start, end),
                };
                out.conflict
                    .push((DivergenceKind::Quote, spot(ia, a, sa), spot(ib, b, sb)));
            }
        }
    }
}

/// One spelling for British and American forms: "realised" and "realized",
/// "honour" and "honor" are the same word said.
fn spelling(norm: &str) -> String {
    let word = norm
        .replace('z', "s")
        .replace("our", "or")
        .replace(['\'', '\u{2019}'], "");
    // "fibre" and "fiber", "centre" and "center".
    match word.strip_suffix("re") {
        Some(stem) if stem.len() > 2 => format!("{stem}er"),
        _ => word,
    }
}

fn words(tokens: &[Token], start: usize, end: usize) -> String {
    tokens
        .iter()
        .filter(|t| t.start >= start && t.end <= end)
        .map(|t| t.norm.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

fn inside<'t>(m: &'t Member, q: &Detail) -> &'t [Token] {
    let first = m
        .tokens
        .iter()
        .position(|t| t.start >= q.start)
        .unwrap_or(m.tokens.len());
    let last = m
        .tokens
        .iter()
        .rposition(|t| t.end <= q.end)
        .map_or(first, |l| l + 1);
    &m.tokens[first..last.max(first)]
}

/// The byte spans (in each sentence) of the words that changed between two
/// renderings of one quote, or `None` when the quotes agree or are not one remark.
fn changed_words(
    a: &Member,
    qa: &Detail,
    b: &Member,
    qb: &Detail,
    attributed: bool,
) -> Option<((usize, usize), (usize, usize))> {
    let (ta, tb) = (inside(a, qa), inside(b, qb));
    let wa: Vec<String> = ta.iter().map(|t| spelling(&t.norm)).collect();
    let wb: Vec<String> = tb.iter().map(|t| spelling(&t.norm)).collect();
    if wa.is_empty() || wb.is_empty() || wa == wb {
        return None; // nothing changed (or nothing to compare)
    }
    let ops = capture_diff_slices(Algorithm::Patience, &wa, &wb);
    let common: usize = ops
        .iter()
        .map(|op| match op {
            DiffOp::Equal { len, .. } => *len,
            _ => 0,
        })
        .sum();
    let shorter = wa.len().min(wb.len());
    let (min_common, min_overlap) = if attributed {
        (MIN_COMMON, MIN_OVERLAP)
    } else {
        (MIN_COMMON_UNATTRIBUTED, MIN_OVERLAP_UNATTRIBUTED)
    };
    if common < min_common.min(shorter) || (common as f32) < min_overlap * shorter as f32 {
        return None;
    }
    let first_equal = ops
        .iter()
        .position(|op| matches!(op, DiffOp::Equal { .. }))?;
    let last_equal = ops
        .iter()
        .rposition(|op| matches!(op, DiffOp::Equal { .. }))?;
    let mut changed_a: Vec<usize> = Vec::new();
    let mut changed_b: Vec<usize> = Vec::new();
    for (k, op) in ops.iter().enumerate() {
        let (tag, old, new) = op.as_tag_tuple();
        if tag == similar::DiffTag::Equal || old.is_empty() || new.is_empty() {
            continue; // words only added or dropped: an omission
        }
        let (mut old, mut new) = (old, new);
        let n = old.len().min(new.len());
        if k > last_equal {
            old = old.start..old.start + n;
            new = new.start..new.start + n;
        } else if k < first_equal {
            old = old.end - n..old.end;
            new = new.end - n..new.end;
        }
        changed_a.extend(old);
        changed_b.extend(new);
    }
    let span = |tokens: &[Token], idx: &[usize]| -> Option<(usize, usize)> {
        Some((
            tokens[*idx.iter().min()?].start,
            tokens[*idx.iter().max()?].end,
        ))
    };
    // Only a changed word that carries meaning is a changed quote: "the" for
    // "this" or "in" for "at" is how it was transcribed.
    let carries = |tokens: &[Token], idx: &[usize]| idx.iter().any(|&i| tokens[i].content);
    if !carries(ta, &changed_a) && !carries(tb, &changed_b) {
        return None;
    }
    Some((span(ta, &changed_a)?, span(tb, &changed_b)?))
}
