//! Telling article lines from page furniture in pasted page text.
//!
//! A jusText-style classifier. Each line first gets a class from what it is
//! on its own: furniture vocabulary (share buttons, sign-in forms, "Read
//! more: …", copyright and datelines), repetition (in this page or across the
//! sources of one run), shape (breadcrumbs, a table of contents that strings
//! later headings together, bare name labels), else length and stop-word
//! density (prose is long and dense in function words; menus are neither).
//! Then short and borderline lines take the class of their neighbours, so a
//! subheading between two paragraphs stays while a menu, a photo caption
//! between furniture or a related-headlines list after the article goes.

use std::collections::{HashMap, HashSet};

use super::title;
use super::vocab::{words, VOCAB};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Good,
    NearGood,
    Short,
    /// A caption or name label: dropped, and invisible to its neighbours.
    Label,
    Bad,
}

/// Why a line was judged furniture on its own (before any context).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chrome {
    Vocabulary,
    Repeated,
    Shared,
    Shape,
}

#[derive(Debug)]
pub struct Line {
    pub text: String,
    pub chrome: Option<Chrome>,
    class: Class,
}

/// The outcome for one page: kept lines in order, the dropped ones, the title.
#[derive(Debug, Default)]
pub struct Classified {
    pub title: Option<String>,
    pub kept: Vec<String>,
    pub removed: Vec<String>,
}

/// Lines kept even when short, if they sit between article paragraphs.
const MAX_HEADING_WORDS: usize = 16;
/// Kept lines further apart than this many dropped lines form separate blocks.
const MAX_GAP: usize = 8;
/// A block smaller than this share of the largest is a site blurb, not article.
const ISLAND_SHARE: f64 = 0.25;
/// Lines at least this long are prose, never judged by repetition.
const PROSE_CHARS: usize = 120;

/// Normalised form used to compare lines across and within sources.
pub fn line_key(line: &str) -> String {
    words(line).join(" ")
}

/// Splits raw text into non-empty lines with white space collapsed.
pub fn tidy_lines(raw: &str) -> Vec<String> {
    raw.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect()
}

/// Classifies one page's lines. `shared` holds the [`line_key`]s that occur
/// in more than one source of the run.
pub fn classify(lines: &[String], shared: &HashSet<String>) -> Classified {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for line in lines {
        *counts.entry(line_key(line)).or_default() += 1;
    }
    let language_known = stopword_density(&lines.join(" ")) >= 0.05;
    let headings: Vec<&str> = lines
        .iter()
        .map(|l| strip_bullet(l).0)
        .filter(|l| words(l).len() >= 3 && l.len() < PROSE_CHARS)
        .collect();
    let mut out: Vec<Line> = lines
        .iter()
        .enumerate()
        .map(|(i, raw)| {
            let (text, bulleted) = strip_bullet(raw);
            let key = line_key(text);
            let chrome = chrome_of(text, bulleted)
                .or_else(|| {
                    let repeated = counts.get(&key).copied().unwrap_or(0) > 1;
                    (repeated && text.len() < PROSE_CHARS).then_some(Chrome::Repeated)
                })
                .or_else(|| {
                    (shared.contains(&key) && text.len() < PROSE_CHARS).then_some(Chrome::Shared)
                })
                .or_else(|| is_table_of_contents(text, &headings).then_some(Chrome::Shape));
            let title_like = title::is_title_like(text);
            let next = lines.get(i + 1).map_or("", String::as_str);
            let class = match chrome {
                Some(_) => Class::Bad,
                None if is_name_label(text) && next.contains(text) => Class::Label,
                None if title_like => Class::Short,
                None => by_statistics(text, language_known),
            };
            Line {
                text: text.to_string(),
                chrome,
                class,
            }
        })
        .collect();
    revise_by_context(&mut out);
    drop_far_islands(&mut out);
    let title_at = title::find_title(&out, |l| l.class == Class::Good);
    assemble(out, title_at)
}

fn assemble(lines: Vec<Line>, title_at: Option<usize>) -> Classified {
    let title = title_at.map(|i| lines[i].text.clone());
    let title_key = title.as_deref().map(line_key);
    let mut result = Classified {
        title: title.clone(),
        kept: title.into_iter().collect(),
        removed: Vec::new(),
    };
    for (i, line) in lines.into_iter().enumerate() {
        let is_title_copy = title_key.as_deref() == Some(line_key(&line.text).as_str());
        if Some(i) == title_at || is_title_copy {
            continue;
        }
        if line.class == Class::Good {
            let (body, tail) = split_chrome_tail(&line.text);
            if let Some(tail) = tail {
                result.removed.push(tail.to_string());
            }
            result.kept.push(body.to_string());
        } else {
            result.removed.push(line.text);
        }
    }
    result
}

/// Splits off a link pasted onto the end of a paragraph ("… stands. Read
/// another article on the war"): a last sentence that opens like furniture.
fn split_chrome_tail(text: &str) -> (&str, Option<&str>) {
    let boundary = text
        .char_indices()
        .rev()
        .filter(|&(i, c)| ".!?”\"".contains(c) && text[i + c.len_utf8()..].starts_with(' '))
        .map(|(i, c)| i + c.len_utf8())
        .next();
    if let Some(at) = boundary {
        let tail = text[at..].trim();
        let lower = tail.to_lowercase();
        if !tail.ends_with(['.', '!', '?'])
            && VOCAB
                .chrome_prefixes
                .iter()
                .any(|p| lower.starts_with(p.as_str()))
        {
            return (text[..at].trim_end(), Some(tail));
        }
    }
    (text, None)
}

/// Furniture phrases on a short line of extractor output ("Share", "Advertisement").
pub fn is_chrome_line(text: &str) -> bool {
    words(text).len() <= 20 && chrome_of(text, false) == Some(Chrome::Vocabulary)
}

fn strip_bullet(line: &str) -> (&str, bool) {
    let text = line.trim_start_matches(['•', '·', '*', '-', '–', '▪', '►', '›', '»', '|', ' ']);
    (text.trim(), text.len() != line.len())
}

fn stopword_density(text: &str) -> f64 {
    let ws = words(text);
    if ws.is_empty() {
        return 0.0;
    }
    ws.iter().filter(|w| VOCAB.stopwords.contains(*w)).count() as f64 / ws.len() as f64
}

/// Furniture recognisable on its own, whatever surrounds it.
fn chrome_of(text: &str, bulleted: bool) -> Option<Chrome> {
    let lower = text.to_lowercase();
    if VOCAB
        .chrome_prefixes
        .iter()
        .any(|p| lower.starts_with(p.as_str()))
    {
        return Some(Chrome::Vocabulary);
    }
    let ws = words(text);
    if ws.is_empty() || lower.contains('©') {
        return Some(Chrome::Vocabulary);
    }
    if ws.len() <= 20 && phrase_coverage(&ws) >= 0.5 {
        return Some(Chrome::Vocabulary);
    }
    if is_dateline(&ws) {
        return Some(Chrome::Vocabulary);
    }
    let shape = (bulleted && ws.len() < 6) || is_breadcrumb(text) || is_web_address(text);
    shape.then_some(Chrome::Shape)
}

/// Share of a line's (non-numeric) words covered by furniture phrases.
fn phrase_coverage(ws: &[String]) -> f64 {
    let mut covered = vec![false; ws.len()];
    for phrase in &VOCAB.chrome_phrases {
        if phrase.len() > ws.len() {
            continue;
        }
        for start in 0..=ws.len() - phrase.len() {
            if ws[start..start + phrase.len()] == phrase[..] {
                covered[start..start + phrase.len()].fill(true);
            }
        }
    }
    let counted: Vec<bool> = ws
        .iter()
        .zip(&covered)
        .filter(|(w, _)| !w.chars().all(|c| c.is_ascii_digit()))
        .map(|(_, c)| *c)
        .collect();
    if counted.is_empty() {
        return 0.0;
    }
    counted.iter().filter(|c| **c).count() as f64 / counted.len() as f64
}

/// "Sunday, June 1, 2025", "May 12, 2025 9:23 am": dates and times only.
fn is_dateline(ws: &[String]) -> bool {
    let dated = ws.iter().any(|w| VOCAB.date_words.contains(w));
    dated
        && ws.len() <= 12
        && ws
            .iter()
            .all(|w| VOCAB.date_words.contains(w) || w.chars().all(|c| c.is_ascii_digit()))
}

fn is_breadcrumb(text: &str) -> bool {
    [" > ", " » ", " › ", " / ", " | "]
        .iter()
        .any(|sep| text.matches(sep).count() >= 2)
}

fn is_web_address(text: &str) -> bool {
    !text.contains(' ')
        && (text.starts_with("http") || text.starts_with("www.") || text.contains(".com"))
}

/// Two or three capitalised words and nothing else ("Volodymyr Zelensky"
/// under a photo, "Jane Doe" above a column): a label when the next
/// paragraph repeats it.
fn is_name_label(text: &str) -> bool {
    let ws = words(text);
    let raw: Vec<&str> = text.split_whitespace().collect();
    (2..=3).contains(&raw.len())
        && raw.len() == ws.len()
        && raw
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && ws.iter().all(|w| !VOCAB.stopwords.contains(w))
        && !text.ends_with(['.', '!', '?', ':', '"', '”'])
}

/// A line that strings together at least two other (heading-sized) lines.
fn is_table_of_contents(text: &str, headings: &[&str]) -> bool {
    if text.len() < 60 {
        return false;
    }
    headings
        .iter()
        .filter(|h| h.len() < text.len() && text.contains(*h))
        .take(2)
        .count()
        >= 2
}

fn by_statistics(text: &str, language_known: bool) -> Class {
    let chars = text.chars().count();
    let density = if language_known {
        stopword_density(text)
    } else {
        1.0
    };
    if chars >= 150 && density >= 0.3 {
        Class::Good
    } else if chars >= 70 && density >= 0.2 {
        Class::NearGood
    } else {
        Class::Short
    }
}

/// jusText's context step: short and near-good lines follow their
/// neighbours; runs of short lines (menus, headline lists) never count as
/// headings.
fn revise_by_context(lines: &mut [Line]) {
    let initial: Vec<Class> = lines.iter().map(|l| l.class).collect();
    let neighbour = |i: usize, step: isize, skip_near: bool| -> Class {
        let mut j = i as isize + step;
        while j >= 0 && (j as usize) < initial.len() {
            match initial[j as usize] {
                Class::Short | Class::Label => {}
                Class::NearGood if skip_near => {}
                class => return class,
            }
            j += step;
        }
        Class::Bad
    };
    let mut revised = initial.clone();
    for i in 0..lines.len() {
        let (prev, next) = (neighbour(i, -1, true), neighbour(i, 1, true));
        revised[i] = match initial[i] {
            Class::Short => {
                let in_run = (i > 0 && initial[i - 1] == Class::Short)
                    || (i + 1 < initial.len() && initial[i + 1] == Class::Short);
                let heading_sized = words(&lines[i].text).len() <= MAX_HEADING_WORDS;
                let between_good = prev == Class::Good && next == Class::Good && heading_sized;
                let beside_near_good = (prev == Class::Good || next == Class::Good)
                    && (neighbour(i, -1, false) == Class::NearGood
                        || neighbour(i, 1, false) == Class::NearGood);
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

/// Drops small blocks of kept lines far from the article's main block
/// (an "about us" blurb in the footer reads like prose).
fn drop_far_islands(lines: &mut [Line]) {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Classified {
        classify(&tidy_lines(text), &HashSet::new())
    }

    const PARA: &str = "The ministers said on Sunday that the talks would go ahead in the city, and that both of the delegations had agreed to meet there without any of the conditions set before.";

    #[test]
    fn vocabulary_lines_are_chrome() {
        for line in [
            "Share",
            "Facebook Twitter",
            "3 min read",
            "Follow us on:",
            "Sign in to your account",
            "Lost your password?",
        ] {
            assert_eq!(chrome_of(line, false), Some(Chrome::Vocabulary), "{line}");
        }
        for line in [
            "Read more: Leaders Meet Again",
            "© 2023 Somebody",
            "Last updated: May 12, 2025 9:23 am",
        ] {
            assert!(chrome_of(line, false).is_some(), "{line}");
        }
        assert_eq!(
            chrome_of("Share prices fell by a tenth on Monday.", false),
            None
        );
    }

    #[test]
    fn link_pasted_after_a_paragraph_is_split_off() {
        let (body, tail) = split_chrome_tail("The war goes on. Read another article on the War");
        assert_eq!(
            (body, tail),
            ("The war goes on.", Some("Read another article on the War"))
        );
        assert_eq!(split_chrome_tail("He said so. Read more books.").1, None);
    }

    #[test]
    fn datelines_breadcrumbs_labels() {
        assert!(chrome_of("Sunday, June 1, 2025", false).is_some());
        assert!(chrome_of("site.com > Blog > Europe > Talks", false).is_some());
        assert!(is_name_label("Jane Doe"));
        assert!(!is_name_label("Jane said so."));
        assert!(chrome_of("A Ceasefire as the First Condition", false).is_none());
    }

    #[test]
    fn heading_between_paragraphs_stays_menu_goes() {
        let text = format!("Home\nWorld\nSport\n{PARA}\nA Turn in the Talks\n{PARA} Again.\nMore Headlines Here\nAnother Headline There\n");
        let out = run(&text);
        assert!(
            out.kept.iter().any(|l| l == "A Turn in the Talks"),
            "{out:?}"
        );
        assert!(!out.kept.iter().any(|l| l.contains("Headline")), "{out:?}");
        assert!(!out.kept.iter().any(|l| l == "Home"));
    }

    #[test]
    fn table_of_contents_line_is_dropped() {
        let text = format!("{PARA}\nWhy did talks start now?What then for the talks?Who will go to the talks?\n{PARA} One.\nWhy did talks start now?\n{PARA} Two.\nWhat then for the talks?\n{PARA} Three.");
        let out = run(&text);
        assert!(
            out.removed
                .iter()
                .any(|l| l.starts_with("Why did talks start now?What")),
            "{out:?}"
        );
        assert!(
            out.kept.iter().any(|l| l == "What then for the talks?"),
            "{out:?}"
        );
    }

    #[test]
    fn shared_lines_are_chrome_unless_prose() {
        let shared: HashSet<String> = [line_key("Local Stories"), line_key(PARA)].into();
        let out = classify(&tidy_lines(&format!("{PARA}\nLocal Stories")), &shared);
        assert_eq!(out.kept.len(), 1);
        assert!(out.removed.contains(&"Local Stories".to_string()));
    }
}
