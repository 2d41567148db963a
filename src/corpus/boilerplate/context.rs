//! Revising each line's class by the lines around it: a short line between
//! paragraphs is a subheading, a run of prose between furniture is article
//! text, a comments section and far-away blurbs are dropped.

use super::{Class, Line, VOCAB};

/// Lines kept even when short, if they sit between article paragraphs.
const MAX_HEADING_WORDS: usize = 16;
/// Kept lines further apart than this many dropped lines form separate blocks.
const MAX_GAP: usize = 8;
/// A block smaller than this share of the largest is a site blurb, not article.
const ISLAND_SHARE: f64 = 0.25;

/// jusText's context step: short and near-good lines follow their
/// neighbours; runs of short lines (menus, headline lists) never count as
/// headings.
pub(super) fn revise_by_context(lines: &mut [Line]) {
    let mut initial: Vec<Class> = lines.iter().map(|l| l.class).collect();
    // A link to another article pasted between paragraphs ("Read more: …")
    // is furniture the article text runs through.
    let link: Vec<bool> = lines.iter().map(|l| is_inline_link(l.text)).collect();
    // Before prose runs are promoted: a short line beside a near-good one
    // keeps the chance it had.
    let near: Vec<bool> = initial.iter().map(|&c| c == Class::NearGood).collect();
    // A run of prose-like lines between two pieces of furniture ("Read
    // more: …" pasted mid-article) is article text when it holds several
    // paragraphs.
    let mut start = 0;
    while start < initial.len() {
        let in_run = |c: Class| matches!(c, Class::NearGood | Class::Short);
        if !in_run(initial[start]) {
            start += 1;
            continue;
        }
        let end = (start..initial.len())
            .find(|&j| !in_run(initial[j]) && !link[j])
            .unwrap_or(initial.len());
        let paragraphs = initial[start..end]
            .iter()
            .filter(|&&c| c == Class::NearGood)
            .count();
        if paragraphs >= PROSE_RUN {
            for class in &mut initial[start..end] {
                if *class == Class::NearGood {
                    *class = Class::Good;
                }
            }
        }
        start = end;
    }
    // The index of the nearest line in `step`'s direction whose class is
    // none of `skipped`.
    let nearest = |i: usize, step: isize, skipped: &[Class]| -> Option<usize> {
        let mut j = i as isize + step;
        while j >= 0 && (j as usize) < initial.len() {
            if !skipped.contains(&initial[j as usize]) && !link[j as usize] {
                return Some(j as usize);
            }
            j += step;
        }
        None
    };
    // The class of the nearest good or bad line (Bad past either end).
    let neighbour = |i: usize, step: isize| {
        let skipped = [Class::Short, Class::Label, Class::NearGood];
        nearest(i, step, &skipped).map_or(Class::Bad, |j| initial[j])
    };
    let beside = [Class::Short, Class::Label];
    let mut revised = initial.clone();
    for i in 0..lines.len() {
        let (prev, next) = (neighbour(i, -1), neighbour(i, 1));
        revised[i] = match initial[i] {
            Class::Short => {
                // A short full sentence is no menu item, whatever stands
                // beside it ("They will face a judge on March 24.").
                let in_run = !is_short_sentence(&lines[i])
                    && ((i > 0 && initial[i - 1] == Class::Short)
                        || (i + 1 < initial.len() && initial[i + 1] == Class::Short));
                let heading_sized = lines[i].words.len() <= MAX_HEADING_WORDS;
                let between_good = prev == Class::Good && next == Class::Good && heading_sized;
                let beside_near_good = (prev == Class::Good || next == Class::Good)
                    && (nearest(i, -1, &beside).is_some_and(|j| near[j])
                        || nearest(i, 1, &beside).is_some_and(|j| near[j]));
                if !in_run && (between_good || beside_near_good) {
                    Class::Good
                } else {
                    Class::Bad
                }
            }
            Class::Label => Class::Bad,
            Class::NearGood => {
                if prev == Class::Bad && next == Class::Bad {
                    Class::Bad
                } else {
                    Class::Good
                }
            }
            class => class,
        };
    }
    for (line, class) in lines.iter_mut().zip(revised) {
        line.class = class;
    }
}

/// Words a short line needs to read as a sentence rather than a menu item.
const SENTENCE_WORDS: usize = 6;

/// Whether a short line is a whole sentence: enough words, in sentence case
/// (a headline in title case is no sentence), ending as sentences end.
fn is_short_sentence(line: &Line) -> bool {
    line.words.len() >= SENTENCE_WORDS
        && !crate::corpus::title::is_title_like(line.text)
        && line
            .text
            .trim_end_matches(['"', '\u{201d}', '\''])
            .ends_with(['.', '!', '?'])
}

/// Whether a line links to another article ([`Vocab::link_prefixes`]).
fn is_inline_link(text: &str) -> bool {
    let lower = text.trim_start().to_lowercase();
    VOCAB
        .link_prefixes
        .iter()
        .any(|p| lower.starts_with(p.as_str()))
}

/// Prose-like paragraphs in a row that are article text wherever they stand.
const PROSE_RUN: usize = 3;

/// Article text this long before a comments heading means the article began.
const ARTICLE_BEGUN_CHARS: usize = 400;

/// Drops everything from a comments-section heading on, once the article
/// has begun (comments are prose too, and would otherwise be kept).
pub(super) fn drop_comments(lines: &mut [Line]) {
    let mut kept_chars = 0;
    let mut start = None;
    for (i, line) in lines.iter().enumerate() {
        if kept_chars >= ARTICLE_BEGUN_CHARS && is_end_marker(&line.words) {
            start = Some(i);
            break;
        }
        if line.class == Class::Good {
            kept_chars += line.text.len();
        }
    }
    let start = start.unwrap_or(lines.len());
    for line in &mut lines[start..] {
        line.class = Class::Bad;
    }
}

/// "Leave a Reply", "12 Comments", "Comments (3)".
pub(super) fn is_end_marker(words: &[&str]) -> bool {
    if words.len()
        > 4 + words
            .iter()
            .filter(|w| w.chars().all(|c| c.is_ascii_digit()))
            .count()
    {
        return false;
    }
    let ws: Vec<String> = words
        .iter()
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit()))
        .map(|w| w.to_string())
        .collect();
    ws.len() <= 4 && VOCAB.end_markers.contains(&ws)
}

/// Drops small blocks of kept lines far from the article's main block
/// (an "about us" blurb in the footer reads like prose).
pub(super) fn drop_far_islands(lines: &mut [Line]) {
    let mut blocks: Vec<(Vec<usize>, usize)> = Vec::new();
    let mut gap = usize::MAX;
    for (i, line) in lines.iter().enumerate() {
        if line.class != Class::Good {
            gap = gap.saturating_add(1);
            continue;
        }
        if gap > MAX_GAP || blocks.is_empty() {
            blocks.push((Vec::new(), 0));
        }
        let block = blocks.last_mut().expect("pushed above");
        block.0.push(i);
        block.1 += line.text.len();
        gap = 0;
    }
    let main = blocks.iter().map(|b| b.1).max().unwrap_or(0);
    for (members, size) in blocks {
        if (size as f64) < ISLAND_SHARE * main as f64 {
            for i in members {
                lines[i].class = Class::Bad;
            }
        }
    }
}
