//! Reading the hand-written and derived tables under `assets/`: `key<TAB>value`
//! rows and word lists, `#` starting a comment line.

/// The `key<TAB>value` rows of a table from `assets/` (`#` comments),
/// both sides trimmed.
pub(crate) fn table_rows(text: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(k, v)| (k.trim(), v.trim()))
}

/// A word list from `assets/` (one lower-case word a line, `#` comments).
pub(crate) fn word_list(text: &'static str) -> Vec<&'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}
