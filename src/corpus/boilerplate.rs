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

use rustc_hash::FxHashSet as HashSet;

use rustc_hash::FxHashMap;

use super::line::{Chrome, Class, Line};
use super::title;
use super::vocab::{word_spans, VOCAB};

/// The outcome for one page: kept lines in order, the dropped ones, the title.
#[derive(Debug, Default)]
pub struct Classified {
    pub title: Option<String>,
    pub kept: Vec<String>,
    pub removed: Vec<String>,
}

/// Lines at least this long are prose, never judged by repetition.
const PROSE_CHARS: usize = 120;

/// Normalised form used to compare lines across and within sources: its
/// `vocab::words` joined by single spaces.
pub fn line_key(line: &str) -> String {
    let mut key = String::with_capacity(line.len());
    for w in word_spans(line) {
        if !key.is_empty() {
            key.push(' ');
        }
        if w.is_ascii() {
            key.extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            key.push_str(&w.to_lowercase());
        }
    }
    key
}

/// Splits raw text into non-empty lines with white space collapsed and
/// Markdown heading marks ("## What happened?") taken off.
pub fn tidy_lines(raw: &str) -> Vec<String> {
    raw.lines()
        .map(|l| super::decode::collapse_spaces(without_heading_marks(l)))
        .filter(|l| !l.is_empty())
        .collect()
}

/// A line without the one to six `#` and the space that open a Markdown heading.
fn without_heading_marks(line: &str) -> &str {
    let trimmed = line.trim_start();
    let hashes = trimmed.len() - trimmed.trim_start_matches('#').len();
    match trimmed[hashes..].strip_prefix(' ') {
        Some(rest) if (1..=6).contains(&hashes) => rest,
        _ => line,
    }
}

/// A page's lines as [`tidy_lines`] gives them, with each line's [`line_key`]
/// (computed once, for both the shared-line count and the page's own classification).
pub struct KeyedLines {
    pub lines: Vec<String>,
    pub keys: Vec<String>,
}

impl KeyedLines {
    /// The tidied lines of a raw page.
    pub fn of(raw: &str) -> Self {
        Self::new(tidy_lines(raw))
    }

    /// Already tidied lines.
    pub fn new(lines: Vec<String>) -> Self {
        let keys = lines.iter().map(|l| line_key(l)).collect();
        Self { lines, keys }
    }
}

/// Classifies one page's lines. `shared` holds the [`line_key`]s that occur
/// in more than one source of the run.
pub fn classify(page: &KeyedLines, shared: &HashSet<String>) -> Classified {
    let KeyedLines { lines, keys } = page;
    // Bullets are not word characters: a line's words, and so its key, are
    // the same with or without its bullet.
    let stripped: Vec<(&str, bool)> = lines.iter().map(|l| strip_bullet(l)).collect();
    let mut line_words: Vec<Vec<&str>> = keys.iter().map(|k| key_words(k)).collect();
    let mut counts: FxHashMap<&str, usize> = FxHashMap::default();
    for key in keys {
        *counts.entry(key.as_str()).or_default() += 1;
    }
    let repeated: Vec<bool> = keys.iter().map(|k| counts[k.as_str()] > 1).collect();
    // The page's stop-word density, as if its lines were one text.
    let all_words: usize = line_words.iter().map(Vec::len).sum();
    let all_stopwords: usize = line_words.iter().map(|ws| stopwords_in(ws)).sum();
    let language_known = all_words > 0 && all_stopwords as f64 / all_words as f64 >= 0.05;
    let headings = Headings::new(
        stripped
            .iter()
            .zip(&line_words)
            .filter(|((l, _), ws)| ws.len() >= 3 && l.len() < PROSE_CHARS)
            .map(|((l, _), _)| *l),
    );
    let mut out: Vec<Line> = keys
        .iter()
        .enumerate()
        .map(|(i, key)| {
            let (text, bulleted) = stripped[i];
            let ws = std::mem::take(&mut line_words[i]);
            let chrome = chrome_of_words(text, bulleted, &ws)
                .or_else(|| (repeated[i] && text.len() < PROSE_CHARS).then_some(Chrome::Repeated))
                .or_else(|| {
                    (shared.contains(key) && text.len() < PROSE_CHARS).then_some(Chrome::Shared)
                })
                .or_else(|| headings.listed_in(text).then_some(Chrome::Shape));
            let title_like = title::is_title_like(text);
            let next = lines.get(i + 1).map_or("", String::as_str);
            let class = match chrome {
                Some(_) => Class::Bad,
                None if is_name_label(text, &ws) && next.contains(text) => Class::Label,
                None if title_like => Class::Short,
                None => by_statistics(text, &ws, language_known),
            };
            Line {
                text,
                words: ws,
                chrome,
                class,
                key,
            }
        })
        .collect();
    revise_by_context(&mut out);
    drop_comments(&mut out);
    drop_far_islands(&mut out);
    let title_at = title::find_title(&out, |l| l.class == Class::Good);
    assemble(out, title_at)
}

fn assemble(lines: Vec<Line>, title_at: Option<usize>) -> Classified {
    let title = title_at.map(|i| lines[i].text.to_string());
    let title_key = title.as_deref().map(line_key);
    let mut result = Classified {
        title: title.clone(),
        kept: title.into_iter().collect(),
        removed: Vec::new(),
    };
    for (i, line) in lines.into_iter().enumerate() {
        let is_title_copy = title_key.as_deref() == Some(line.key);
        if Some(i) == title_at || is_title_copy {
            continue;
        }
        if line.class == Class::Good {
            let (body, tail) = split_chrome_tail(line.text);
            if let Some(tail) = tail {
                result.removed.push(tail.to_string());
            }
            result.kept.push(body.to_string());
        } else {
            result.removed.push(line.text.to_string());
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
    let key = line_key(text);
    let ws = key_words(&key);
    ws.len() <= 20 && chrome_of_words(text, false, &ws) == Some(Chrome::Vocabulary)
}

fn strip_bullet(line: &str) -> (&str, bool) {
    let text = line.trim_start_matches(['•', '·', '*', '-', '–', '▪', '►', '›', '»', '|', ' ']);
    (text.trim(), text.len() != line.len())
}

/// The words of a [`line_key`].
fn key_words(key: &str) -> Vec<&str> {
    if key.is_empty() {
        Vec::new()
    } else {
        key.split(' ').collect()
    }
}

fn stopwords_in(ws: &[&str]) -> usize {
    ws.iter().filter(|w| VOCAB.stopwords.contains(**w)).count()
}

fn stopword_density(ws: &[&str]) -> f64 {
    if ws.is_empty() {
        return 0.0;
    }
    stopwords_in(ws) as f64 / ws.len() as f64
}

/// Furniture recognisable on its own, whatever surrounds it.
#[cfg(test)]
fn chrome_of(text: &str, bulleted: bool) -> Option<Chrome> {
    chrome_of_words(text, bulleted, &key_words(&line_key(text)))
}

/// [`chrome_of`] with the line's `vocab::words` at hand.
fn chrome_of_words(text: &str, bulleted: bool, ws: &[&str]) -> Option<Chrome> {
    // Only the line's opening can match a prefix: lower-case that much.
    let opening: String = text.chars().take(VOCAB.longest_prefix + 1).collect();
    let lower = opening.to_lowercase();
    if VOCAB
        .chrome_prefixes
        .iter()
        .any(|p| lower.starts_with(p.as_str()))
    {
        return Some(Chrome::Vocabulary);
    }
    if ws.is_empty() || text.contains('©') {
        return Some(Chrome::Vocabulary);
    }
    if ws.len() <= 20 && phrase_coverage(ws) >= 0.5 {
        return Some(Chrome::Vocabulary);
    }
    if is_dateline(ws) || is_credit_dateline(text, ws) {
        return Some(Chrome::Vocabulary);
    }
    let shape = (bulleted && ws.len() < 6)
        || is_breadcrumb(text)
        || is_web_address(text)
        || is_contact_line(ws, text)
        || is_wire_slug(text, ws)
        || is_masthead_name(text, ws)
        || is_byline(text, ws)
        || is_bracketed_note(text);
    shape.then_some(Chrome::Shape)
}

/// Share of a line's (non-numeric) words covered by furniture phrases.
fn phrase_coverage(ws: &[&str]) -> f64 {
    let mut covered = vec![false; ws.len()];
    for (start, first) in ws.iter().enumerate() {
        for phrase in VOCAB.chrome_phrases_from(first) {
            let here = &ws[start..];
            if here.len() >= phrase.len() && phrase.iter().zip(here).all(|(p, w)| p == w) {
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
fn is_dateline(ws: &[&str]) -> bool {
    let dated = ws.iter().any(|w| VOCAB.date_words.contains(*w));
    dated
        && ws.len() <= 12
        && ws
            .iter()
            .all(|w| VOCAB.date_words.contains(*w) || w.chars().all(|c| c.is_ascii_digit()))
}

/// "Radio Estravia Business Desk, Tuesday, September 16, 2025": a few
/// capitalised words naming the desk, then the date, nothing else.
fn is_credit_dateline(text: &str, ws: &[&str]) -> bool {
    let dated = ws
        .iter()
        .rev()
        .take_while(|w| VOCAB.date_words.contains(**w) || w.chars().all(|c| c.is_ascii_digit()))
        .count();
    let named = ws.len() - dated;
    dated >= 3
        && (1..=6).contains(&named)
        && !text.ends_with(['.', '!', '?'])
        && text
            .split_whitespace()
            .take(named)
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// "By Greta Holm, Health Reporter": a short credit line, no sentence.
fn is_byline(text: &str, ws: &[&str]) -> bool {
    let Some(rest) = text.strip_prefix("By ") else {
        return false;
    };
    ws.len() <= 8
        && rest.chars().next().is_some_and(char::is_uppercase)
        && !text.ends_with(['.', '!', '?', '"', '”'])
}

/// "($1 = 21.93 varns)": a wire's bracketed conversion or note line.
fn is_bracketed_note(text: &str) -> bool {
    text.starts_with('(') && text.ends_with(')') && text.contains('=')
}

fn is_breadcrumb(text: &str) -> bool {
    [" > ", " » ", " › ", " / ", " | "]
        .iter()
        .any(|sep| text.matches(sep).count() >= 2)
        || is_masthead(text)
}

/// "Horvan Herald | Your province, your news": a name and a tagline, each a
/// few words, with no sentence ending.
fn is_masthead(text: &str) -> bool {
    let Some((name, tagline)) = text.split_once(" | ") else {
        return false;
    };
    let short = |part: &str| (1..=4).contains(&part.split_whitespace().count());
    short(name) && short(tagline) && !text.trim_end().ends_with(['.', '!', '?', '"', '”'])
}

/// "Send us your news: newsdesk@herald.example or call 022 418 300": a short
/// line that gives an e-mail address is the newsroom's contact, not news.
fn is_contact_line(ws: &[&str], text: &str) -> bool {
    ws.len() <= 16
        && text.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.split_once('@').is_some_and(|(user, host)| {
                !user.is_empty() && host.contains('.') && !host.starts_with('.')
            })
        })
}

/// "ALDORIA-DAM/BREACH (UPDATE 2)": a wire service's slug, capitals joined by
/// slashes or hyphens, or a capitals line that ends in an update mark.
fn is_wire_slug(text: &str, ws: &[&str]) -> bool {
    let letters = || text.chars().filter(|c| c.is_alphabetic());
    if ws.len() > 8 || letters().next().is_none() || text.ends_with(['.', '!', '?']) {
        return false;
    }
    if ends_in_wire_mark(text) && text.split_whitespace().any(|w| w.contains('/')) {
        return true; // "Carvenia-Museum-Theft/ (UPDATE 2, PIX)"
    }
    if letters().any(char::is_lowercase) {
        return false;
    }
    let joined = text.split_whitespace().any(|w| {
        w.split(['/', '-'])
            .filter(|part| part.chars().any(char::is_alphabetic))
            .count()
            >= 2
            && w.contains('/')
    });
    joined || ends_in_wire_mark(text)
}

/// "… (UPDATE 2)", "… (REFILE)": a closing bracket whose first word is a
/// wire service's version mark (`wire_marks.txt`).
fn ends_in_wire_mark(text: &str) -> bool {
    let Some(inside) = text.trim_end().strip_suffix(')') else {
        return false;
    };
    let Some((_, mark)) = inside.rsplit_once('(') else {
        return false;
    };
    mark.split_whitespace()
        .next()
        .is_some_and(|w| VOCAB.wire_marks.contains(&w.to_lowercase()))
}

/// "THE BRISCA GAZETTE" or "The Kelstad Post" alone on a line: a short name in
/// capitals, or opening with "The", that ends in a word newspapers are named
/// with (`outlet_words.txt`), no sentence.
fn is_masthead_name(text: &str, ws: &[&str]) -> bool {
    (2..=6).contains(&ws.len())
        && ws.len() == text.split_whitespace().count()
        && !text.ends_with(['.', '!', '?', ':', ',', '"', '”'])
        && text
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
        && (text.starts_with("The ") || !text.chars().any(char::is_lowercase))
        && ws.last().is_some_and(|w| VOCAB.outlet_words.contains(*w))
}

/// The outlet a masthead line names ("THE BRISCA GAZETTE", "PBC News |
/// Pelmark Broadcasting Corporation"), in the case a citation shows: a name
/// that ends in a word newspapers are named with.
pub(crate) fn masthead_name(line: &str) -> Option<String> {
    let line = line.trim();
    let name = match line.split_once(" | ") {
        Some((name, _)) if is_masthead(line) => name.trim(),
        _ => line,
    };
    let key = line_key(name);
    let ws = key_words(&key);
    let named = is_masthead_name(name, &ws)
        || (name.len() < line.len() && ws.last().is_some_and(|w| VOCAB.outlet_words.contains(*w)));
    named.then(|| display_case(name))
}

/// A name written in capitals, in the case of a title ("THE BRISCA GAZETTE":
/// "The Brisca Gazette"); short words in capitals stay ("PBC News").
fn display_case(name: &str) -> String {
    if name.chars().any(char::is_lowercase) {
        return name.to_string();
    }
    name.split(' ')
        .map(|w| {
            if w.chars().count() <= 3 && !VOCAB.stopwords.contains(&w.to_lowercase()) {
                return w.to_string();
            }
            let mut cs = w.chars();
            cs.next().map_or_else(String::new, |f| {
                f.to_uppercase()
                    .chain(cs.flat_map(char::to_lowercase))
                    .collect()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_web_address(text: &str) -> bool {
    !text.contains(' ')
        && (text.starts_with("http") || text.starts_with("www.") || text.contains(".com"))
}

/// Two or three capitalised words and nothing else ("Volodymyr Zelensky"
/// under a photo, "Jane Doe" above a column): a label when the next
/// paragraph repeats it.
fn is_name_label(text: &str, ws: &[&str]) -> bool {
    let raw: Vec<&str> = text.split_whitespace().collect();
    (2..=3).contains(&raw.len())
        && raw.len() == ws.len()
        && raw
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && ws.iter().all(|w| !VOCAB.stopwords.contains(*w))
        && !text.ends_with(['.', '!', '?', ':', '"', '”'])
}

/// The page's short heading-like lines, searched for together: a long line
/// that strings two of them together is a table of contents.
///
/// Each heading is indexed by its first four bytes; a long line is scanned
/// once, every byte offset checked against a bit table of those prefixes and
/// only a hit compared in full. Building an automaton per page cost more than
/// the search it served.
struct Headings<'a> {
    distinct: Vec<&'a str>,
    /// How many lines read each of `distinct`.
    copies: Vec<usize>,
    /// Headings of `distinct` by their first four bytes.
    by_prefix: FxHashMap<u32, Vec<usize>>,
    /// Bit `prefix_bit(p)` is set for every prefix `p` of `by_prefix`.
    seen_bits: Vec<u64>,
}

const PREFIX_BYTES: usize = 4;
const PREFIX_TABLE_BITS: u32 = 16;

fn prefix_of(bytes: &[u8]) -> u32 {
    u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]])
}

fn prefix_bit(prefix: u32) -> usize {
    (prefix.wrapping_mul(0x9E37_79B1) >> (32 - PREFIX_TABLE_BITS)) as usize
}

impl<'a> Headings<'a> {
    fn new(lines: impl Iterator<Item = &'a str>) -> Self {
        let mut index: FxHashMap<&str, usize> = FxHashMap::default();
        let (mut distinct, mut copies) = (Vec::new(), Vec::new());
        for line in lines {
            let at = *index.entry(line).or_insert_with(|| {
                distinct.push(line);
                copies.push(0);
                distinct.len() - 1
            });
            copies[at] += 1;
        }
        let mut headings = Headings {
            distinct,
            copies,
            by_prefix: FxHashMap::default(),
            seen_bits: Vec::new(),
        };
        if headings.copies.iter().sum::<usize>() < 2 {
            return headings;
        }
        headings.seen_bits = vec![0; (1 << PREFIX_TABLE_BITS) / 64];
        for (h, heading) in headings.distinct.iter().enumerate() {
            if heading.len() < PREFIX_BYTES {
                continue; // three words take at least five bytes
            }
            let prefix = prefix_of(heading.as_bytes());
            let bit = prefix_bit(prefix);
            headings.seen_bits[bit / 64] |= 1 << (bit % 64);
            headings.by_prefix.entry(prefix).or_default().push(h);
        }
        headings
    }

    /// Whether `text` (a long line) contains two headings shorter than itself.
    fn listed_in(&self, text: &str) -> bool {
        if self.seen_bits.is_empty() || text.len() < 60 {
            return false;
        }
        let mut seen: Vec<usize> = Vec::new();
        let mut found = 0;
        let mut count = |h: usize| {
            if self.distinct[h].len() < text.len() && !seen.contains(&h) {
                seen.push(h);
                found += self.copies[h];
            }
            found >= 2
        };
        let bytes = text.as_bytes();
        for at in 0..=bytes.len() - PREFIX_BYTES {
            let prefix = prefix_of(&bytes[at..]);
            let bit = prefix_bit(prefix);
            if self.seen_bits[bit / 64] & (1 << (bit % 64)) == 0 {
                continue;
            }
            for &h in self.by_prefix.get(&prefix).into_iter().flatten() {
                if bytes[at..].starts_with(self.distinct[h].as_bytes()) && count(h) {
                    return true;
                }
            }
        }
        false
    }
}

fn by_statistics(text: &str, ws: &[&str], language_known: bool) -> Class {
    let chars = text.chars().count();
    // Scripts written without spaces (Chinese, Japanese) have no countable
    // function words: length alone decides there.
    let spaced = chars < 12 * ws.len().max(1);
    let density = if language_known && spaced {
        stopword_density(ws)
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

mod context;
#[cfg(test)]
use context::is_end_marker;
use context::{drop_comments, drop_far_islands, revise_by_context};

#[cfg(test)]
mod tests;
