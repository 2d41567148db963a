//! Number details: digits, number words, percentages, money, ordinals.
//!
//! Every form of one quantity gets one value, so that "12,000" and "twelve thousand"
//! ("12000"), "4.5 percent" and "4.5%" ("4.5%"), "£450m" and "£450 million"
//! ("£450000000") compare equal, and so do "€30 million" and "30 million euros"
//! (currency words in `assets/lexicon/currencies.tsv`). "30-day" is the number 30 (the span keeps "-day").
//! Four-digit numbers 1900–2099 are years and left to the date rules, unless a counted
//! noun follows ("2000 troops") or money or a percentage makes them a quantity.

use crate::model::{Detail, DetailKind};

use super::lexicon::{NumberWord, CURRENCY_WORDS, NUMBER_WORDS, UNITS};
use super::tokens::Word;

const CURRENCIES: &[char] = &['$', '£', '€', '¥', '₹', '₽'];

/// Four digits that read as a year: 1900–2099.
pub fn year_digits(s: &str) -> bool {
    s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) && matches!(&s[..2], "19" | "20")
}

/// What a number detail's value measures besides its digits: a percentage, a
/// sum in one currency ("$2600000": `Money('$')`), or a plain count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quantity {
    Percent,
    Money(char),
    Plain,
}

/// The [`Quantity`] of a number value; two values compare only when it is the same.
pub fn quantity(value: &str) -> Quantity {
    if value.ends_with('%') {
        return Quantity::Percent;
    }
    match value.chars().next() {
        Some(c) if !c.is_ascii_digit() && c != '-' && c != '.' => Quantity::Money(c),
        _ => Quantity::Plain,
    }
}

/// The value of one word that names a whole number: digits, with an
/// ordinal suffix or not ("11", "11th"), or a word ("eleven", "eleventh").
pub(crate) fn word_number(word: &str) -> Option<u64> {
    let lower = word.to_lowercase();
    let digits = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| lower.strip_suffix(s))
        .unwrap_or(&lower);
    if let Ok(n) = digits.parse() {
        return Some(n);
    }
    match NUMBER_WORDS.get(&lower)? {
        NumberWord::Unit(n)
        | NumberWord::Teen(n)
        | NumberWord::Tens(n)
        | NumberWord::Multiple(n)
        | NumberWord::Ordinal(n) => Some(*n),
        _ => None,
    }
}

pub(crate) fn numbers(sentence: &str, words: &[Word<'_>], out: &mut Vec<Detail>) {
    let mut i = 0;
    while i < words.len() {
        let used = if words[i].is_digit() {
            digits(sentence, words, i, out)
        } else {
            number_words(sentence, words, i, out)
        };
        i += used.max(1);
    }
}

/// A year as the date rules see it: 1900–2099 written as four bare digits.
pub(crate) fn is_year(sentence: &str, words: &[Word<'_>], i: usize) -> bool {
    let w = &words[i];
    year_digits(w.text)
        && !sentence[..w.start].ends_with(CURRENCIES)
        && !sentence[w.end..].starts_with(['%', '-'])
        && words.get(i + 1).is_none_or(|n| {
            // A unit counts the figure only in its phrase: "in 2011, months
            // before" is a year.
            let joined = sentence[w.end..n.start].trim().is_empty();
            !joined || (!UNITS.contains(&n.key) && !is_percent_word(&n.key) && !is_scale(&n.key))
        })
}

fn is_percent_word(key: &str) -> bool {
    matches!(key, "percent" | "pc" | "per")
}

fn is_scale(key: &str) -> bool {
    matches!(NUMBER_WORDS.get(key), Some(NumberWord::Scale(_)))
}

/// Fractions written as one character, with their values.
const VULGAR_FRACTIONS: [(char, f64); 5] = [
    ('½', 0.5),
    ('¼', 0.25),
    ('¾', 0.75),
    ('⅓', 1.0 / 3.0),
    ('⅔', 2.0 / 3.0),
];

/// A proper fraction "1/2" written at word `i` ("4 1/2 months"): its value,
/// where it ends, and the words it takes.
fn fraction_at(sentence: &str, words: &[Word<'_>], i: usize) -> Option<(f64, usize, usize)> {
    let (top, bottom) = (words.get(i)?, words.get(i + 1)?);
    if &sentence[top.end..bottom.start] != "/" {
        return None;
    }
    let (n, d): (u32, u32) = (top.key.parse().ok()?, bottom.key.parse().ok()?);
    (n > 0 && n < d && d <= 16).then(|| (f64::from(n) / f64::from(d), bottom.end, 2))
}

fn digits(sentence: &str, words: &[Word<'_>], i: usize, out: &mut Vec<Detail>) -> usize {
    let w = &words[i];
    let clock = words
        .get(i + 1)
        .is_some_and(|n| matches!(n.key.as_str(), "am" | "pm" | "a.m." | "p.m."));
    if is_year(sentence, words, i) || sentence[w.end..].starts_with(':') || clock {
        return 1;
    }
    if i > 0 && sentence[words[i - 1].end..w.start].ends_with(':') && words[i - 1].is_digit() {
        return 1;
    }
    let numeric_len = w
        .key
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(w.key.len());
    let (num, suffix) = w.key.split_at(numeric_len);
    let Some(mut value) = parse_digits(num) else {
        return 1;
    };
    let mut start = w.start;
    // ".358": a bare decimal point before the digits.
    if sentence[..start].ends_with('.')
        && sentence[..start - 1].ends_with(|c: char| !c.is_alphanumeric()) | (start == 1)
    {
        start -= 1;
        value = format!("0.{num}").parse().unwrap_or(value);
    }
    let mut end = w.end;
    let mut used = 1;
    // "4½", "4 1/2": a whole and its fraction are one figure.
    if let Some((c, part)) = VULGAR_FRACTIONS
        .iter()
        .find(|(c, _)| sentence[w.end..].starts_with(*c))
    {
        value += part;
        end += c.len_utf8();
    } else if let Some((part, fraction_end, n)) = fraction_at(sentence, words, i + 1) {
        if sentence[w.end..words[i + 1].start] == *" " && suffix.is_empty() {
            value += part;
            end = fraction_end;
            used += n;
        }
    }
    // "41/2", "24/7", "9/11": digits joined by a slash are no figure the
    // rules can compare (a mistyped fraction, a ratio, a date or a label).
    if sentence[w.end..].starts_with('/') || (start > 0 && sentence[..start].ends_with('/')) {
        return if sentence[w.end..].starts_with('/') {
            2
        } else {
            1
        };
    }
    // "38 000": thousands grouped by spaces (no-break or thin ones too).
    // A day after its month ("May 12 500 people") is no group of thousands.
    let after_month = i > 0 && super::lexicon::CALENDAR.contains_key(&words[i - 1].key);
    if suffix.is_empty()
        && !after_month
        && (1..=3).contains(&num.len())
        && num.bytes().all(|b| b.is_ascii_digit())
    {
        while let Some(next) = words.get(i + used) {
            let gap = &sentence[words[i + used - 1].end..next.start];
            let group = next.key.len() == 3 && next.key.bytes().all(|b| b.is_ascii_digit());
            if !(group && matches!(gap, " " | "\u{a0}" | "\u{202f}")) {
                break;
            }
            value = value * 1000.0 + next.key.parse::<f64>().unwrap_or(0.0);
            end = next.end;
            used += 1;
        }
    }
    let mut ordinal = false;
    match suffix {
        "" => {}
        "st" | "nd" | "rd" | "th" => ordinal = true,
        s => {
            if let Some(NumberWord::Suffix(m)) = NUMBER_WORDS.get(s) {
                value *= *m as f64;
            }
        }
    }
    let mut currency = sentence[..start]
        .chars()
        .next_back()
        .filter(|c| CURRENCIES.contains(c));
    if let Some(c) = currency {
        start -= c.len_utf8();
    }
    if let Some(Some(NumberWord::Scale(m))) = words.get(i + used).map(|n| NUMBER_WORDS.get(&n.key))
    {
        value *= *m as f64;
        end = words[i + used].end;
        used += 1;
    }
    if currency.is_none() {
        if let Some((c, word_end)) = currency_after(words, i + used) {
            (currency, end, used) = (Some(c), word_end, used + 1);
        }
    }
    let mut percent = false;
    if sentence[end..].starts_with('%') {
        end += 1;
        percent = true;
    } else if let Some(n) = words.get(used + i) {
        if n.key == "percent" || n.key == "pc" {
            (end, percent, used) = (n.end, true, used + 1);
        } else if n.key == "per" && words.get(used + i + 1).is_some_and(|c| c.key == "cent") {
            (end, percent, used) = (words[used + i + 1].end, true, used + 2);
        }
    }
    end = hyphen_unit(sentence, words, i + used - 1, end);
    let mut text = format_number(value);
    if ordinal {
        text = ordinal_text(value as u64);
    }
    if percent {
        text.push('%');
    }
    if let Some(c) = currency {
        text.insert(0, c);
    }
    out.push(detail(start, end, text));
    used
}

/// A currency word right after an amount ("30 million euros"): its symbol and end.
fn currency_after(words: &[Word<'_>], at: usize) -> Option<(char, usize)> {
    let w = words.get(at)?;
    CURRENCY_WORDS.get(&w.key).map(|&c| (c, w.end))
}

/// "30-day": the unit after a hyphen joins the number's span.
fn hyphen_unit(sentence: &str, words: &[Word<'_>], last: usize, end: usize) -> usize {
    match words.get(last + 1) {
        Some(n)
            if n.start >= end
                && sentence[end..n.start] == *"-"
                && n.text.starts_with(char::is_lowercase) =>
        {
            n.end
        }
        _ => end,
    }
}

fn parse_digits(num: &str) -> Option<f64> {
    let num = num.trim_end_matches(['.', ',']);
    let grouped = num.contains(',');
    if grouped && num.split(',').skip(1).any(|g| g.len() != 3) {
        return None;
    }
    num.replace(',', "").parse().ok()
}

fn format_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

fn ordinal_text(n: u64) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

fn detail(start: usize, end: usize, value: String) -> Detail {
    Detail {
        kind: DetailKind::Number,
        start,
        end,
        value,
        about: None,
    }
}

/// "twelve thousand", "twenty-five", "three-day", "dozens", "third year".
fn number_words(sentence: &str, words: &[Word<'_>], i: usize, out: &mut Vec<Detail>) -> usize {
    let Some(&first) = NUMBER_WORDS.get(&words[i].key) else {
        return 1;
    };
    // "a zero-day flaw", "zero-sum", "zero-tolerance": a hyphened zero
    // makes an adjective, no count.
    if words[i].key == "zero" && sentence[words[i].end..].starts_with('-') {
        return 1;
    }
    let next_key = words.get(i + 1).map(|n| n.key.as_str());
    match first {
        NumberWord::Vague => {
            if next_key == Some("of") {
                out.push(detail(words[i].start, words[i].end, words[i].key.clone()));
            }
            return 1;
        }
        NumberWord::Ordinal(n) => {
            if next_key.is_some_and(|k| UNITS.contains(k)) {
                out.push(detail(words[i].start, words[i].end, ordinal_text(n)));
            }
            return 1;
        }
        NumberWord::Suffix(_) | NumberWord::Scale(_) => return 1,
        _ => {}
    }
    let (mut total, mut current) = (0u64, 0u64);
    let mut j = i;
    while let Some(w) = words.get(j) {
        match NUMBER_WORDS.get(&w.key) {
            Some(NumberWord::Unit(n) | NumberWord::Teen(n) | NumberWord::Tens(n)) => current += n,
            Some(NumberWord::Scale(m)) if *m == 100 => current = current.max(1) * m,
            Some(NumberWord::Multiple(m)) => current = current.max(1) * m,
            Some(NumberWord::Scale(m)) => {
                total += current.max(1) * m;
                current = 0;
            }
            // "two hundred and five", not "between six and eight".
            _ if w.key == "and"
                && j > i
                && matches!(
                    NUMBER_WORDS.get(&words[j - 1].key),
                    Some(NumberWord::Scale(_))
                )
                && words
                    .get(j + 1)
                    .is_some_and(|n| NUMBER_WORDS.contains_key(&n.key)) => {}
            _ => break,
        }
        j += 1;
    }
    let mut value = total + current;
    // "half a dozen" is six.
    let halved = i >= 2
        && matches!(first, NumberWord::Multiple(_))
        && words[i - 2].key == "half"
        && words[i - 1].key == "a";
    if halved {
        value /= 2;
    }
    let start = if halved {
        words[i - 2].start
    } else {
        words[i].start
    };
    let single_one = j == i + 1 && value == 1;
    if single_one && !words.get(j).is_some_and(|n| UNITS.contains(&n.key)) {
        return 1;
    }
    let end = hyphen_unit(sentence, words, j - 1, words[j - 1].end);
    let mut text = value.to_string();
    let mut last = end;
    if let Some(p) = words.get(j) {
        if p.key == "percent" {
            text.push('%');
            last = p.end;
        } else if let Some((c, word_end)) = currency_after(words, j) {
            text.insert(0, c);
            last = word_end;
        }
    }
    out.push(detail(start, last, text));
    j - i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities_and_years_read_from_values() {
        assert_eq!(quantity("$2600000"), Quantity::Money('$'));
        assert_ne!(quantity("€85000000"), quantity("$108000000"));
        assert_eq!(quantity("75%"), Quantity::Percent);
        assert_eq!(quantity("-4.5"), Quantity::Plain);
        assert!(year_digits("2013") && year_digits("1999"));
        assert!(!year_digits("2100") && !year_digits("201") && !year_digits("20a3"));
        let year = |s: &str| {
            let ws = crate::text::tokens::words(s);
            let i = ws.iter().position(|w| w.text == "2011").unwrap();
            is_year(s, &ws, i)
        };
        assert!(year(
            "It stopped transmitting in 2011, months before it was due."
        ));
        assert!(!year("It has been 2011 months."));
    }
    use crate::text::tokens::words;

    fn values(s: &str) -> Vec<String> {
        let mut out = Vec::new();
        numbers(s, &words(s), &mut out);
        out.into_iter().map(|d| d.value).collect()
    }

    #[test]
    fn forms_of_one_quantity_agree() {
        assert_eq!(values("twelve thousand people"), ["12000"]);
        assert_eq!(values("12,000 people"), ["12000"]);
        assert_eq!(values("about 38 000 residents"), ["38000"]);
        assert_eq!(values("1 250 000 votes"), ["1250000"]);
        assert_eq!(values("\u{20ac}3 200 million"), ["\u{20ac}3200000000"]);
        // Two figures side by side, not one grouped number.
        assert_eq!(values("scores of 6 10 and 200"), ["6", "10", "200"]);
        assert_eq!(values("in 2026 100 people"), ["100"]);
        assert_eq!(values("on May 12 500 people marched"), ["12", "500"]);
        assert_eq!(values("rose 4.5 percent"), ["4.5%"]);
        assert_eq!(values("rose 4.5%"), ["4.5%"]);
        assert_eq!(values("rose 4.5 per cent"), ["4.5%"]);
        assert_eq!(values("a £450m package"), ["£450000000"]);
        assert_eq!(values("a £450 million package"), ["£450000000"]);
        assert_eq!(values("$2 billion"), ["$2000000000"]);
        assert_eq!(values("30 million euros"), ["€30000000"]);
        assert_eq!(values("€30 million"), ["€30000000"]);
        assert_eq!(values("ten million dollars"), ["$10000000"]);
        assert_eq!(values("$5 dollars"), ["$5"]);
        assert_eq!(values("a 30-day ceasefire"), ["30"]);
        assert_eq!(values("a three-day truce"), ["3"]);
        assert_eq!(values("twenty-five troops"), ["25"]);
        assert_eq!(values("two dozen homes"), ["24"]);
        assert_eq!(values("two hundred and five people"), ["205"]);
        assert_eq!(values("between six and eight minutes"), ["6", "8"]);
        assert_eq!(values("a dozen homes"), ["12"]);
        assert_eq!(values("half a dozen homes"), ["6"]);
        assert_eq!(values("its 17th package"), ["17th"]);
        assert_eq!(values("its third year"), ["3rd"]);
    }

    #[test]
    fn not_numbers() {
        assert!(values("in 2022 the war began").is_empty());
        assert!(values("one wonders whether").is_empty());
        assert!(values("the third party said").is_empty());
        assert!(values("at 9:23 am").is_empty());
        assert_eq!(values("2000 troops"), ["2000"]);
        assert_eq!(values("he hit .358 at 11 a.m."), ["0.358"]);
    }
}
