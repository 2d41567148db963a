//! The JSON report, written on every core.
//!
//! At 1,000 articles the report is some 35 MB of pretty JSON; one serde pass over
//! the whole collation, then one escaping pass over its text, kept a core idle
//! at the very end of the run. Each element of the collation's lists is written
//! on its own, in parallel, by a pretty formatter that starts at the element's
//! depth and escapes strings as it goes; the elements are written a chunk at a
//! time as they are produced, so the report is never held whole. The bytes are exactly those
//! of `serde_json::to_string_pretty` followed by [`escape::json`] (a test holds
//! the two to each other, and fails if `Collation` gains a field this file does
//! not write).

use std::io;

use rayon::prelude::*;
use serde::Serialize;
use serde_json::ser::Formatter;

use super::escape;
use crate::model::{Collation, Divergence};
use crate::triage::{Mark, Verdict};

/// Indentation of one nesting level in `serde_json`'s pretty output.
const INDENT: &str = "  ";

/// A divergence with its triage mark, as a report with marks writes it.
#[derive(Serialize)]
struct Marked<'a> {
    #[serde(flatten)]
    divergence: &'a Divergence,
    triage: Option<Verdict>,
    triage_note: Option<&'a str>,
}

/// Elements of a list serialised at once, on every core, before they are
/// written: enough to keep both cores busy, few enough that the report is
/// never held whole (at 10,000 articles it is some 300 MB).
const CHUNK: usize = 256;

/// Pretty JSON of `c` and a final line break, invisible and control
/// characters in strings escaped, as one piece: [`write_pretty_marked`] into
/// memory.
pub fn pretty_parts_marked(c: &Collation, triage: &[Option<Mark>]) -> Vec<String> {
    let mut out = Vec::new();
    write_pretty_marked(c, triage, &mut out).expect("writing to memory");
    vec![String::from_utf8(out).expect("serde_json writes UTF-8")]
}

/// Writes the pretty JSON of `c` to `out` as it is produced, a chunk of list
/// elements at a time.
///
/// With `triage[d]`, each divergence's mark, every divergence also gets
/// `triage` and `triage_note` (null when unmarked); without marks, it is
/// exactly the model.
pub fn write_pretty_marked(
    c: &Collation,
    triage: &[Option<Mark>],
    out: &mut dyn io::Write,
) -> io::Result<()> {
    let marked: Vec<Marked> = if triage.is_empty() {
        Vec::new()
    } else {
        c.divergences
            .iter()
            .enumerate()
            .map(|(d, divergence)| {
                let mark = triage.get(d).and_then(Option::as_ref);
                Marked {
                    divergence,
                    triage: mark.map(|m| m.verdict),
                    triage_note: mark.map(|m| m.note.as_str()).filter(|n| !n.is_empty()),
                }
            })
            .collect()
    };
    out.write_all(b"{\n")?;
    field(out, "schema", true)?;
    out.write_all(nested(&c.schema, 1).as_bytes())?;
    field(out, "articles", false)?;
    list(out, &c.articles)?;
    field(out, "groups", false)?;
    list(out, &c.groups)?;
    field(out, "divergences", false)?;
    if triage.is_empty() {
        list(out, &c.divergences)?;
    } else {
        list(out, &marked)?;
    }
    field(out, "stories", false)?;
    list(out, &c.stories)?;
    field(out, "warnings", false)?;
    list(out, &c.warnings)?;
    out.write_all(b"\n}\n")
}

/// A top-level field's name, after the comma that ends the one before.
fn field(out: &mut dyn io::Write, name: &str, first: bool) -> io::Result<()> {
    if !first {
        out.write_all(b",\n")?;
    }
    write!(out, "{INDENT}\"{name}\": ")
}

/// A top-level list, its elements serialised [`CHUNK`] at a time in parallel.
fn list<T: Serialize + Sync>(out: &mut dyn io::Write, items: &[T]) -> io::Result<()> {
    if items.is_empty() {
        return out.write_all(b"[]");
    }
    out.write_all(b"[\n")?;
    for (c, chunk) in items.chunks(CHUNK).enumerate() {
        let pieces: Vec<String> = chunk.par_iter().map(|item| nested(item, 2)).collect();
        for (k, piece) in pieces.iter().enumerate() {
            if c > 0 || k > 0 {
                out.write_all(b",\n")?;
            }
            out.write_all(piece.as_bytes())?;
        }
    }
    write!(out, "\n{INDENT}]")
}

/// `v` pretty-printed as it appears at `depth`, its strings escaped: a list
/// element (depth 2) with its first line indented, a field's value (depth 1)
/// with its first line left for the caller to place.
fn nested<T: Serialize>(v: &T, depth: usize) -> String {
    let mut out = Vec::with_capacity(256);
    if depth == 2 {
        out.extend_from_slice(INDENT.repeat(depth).as_bytes());
    }
    let mut ser = serde_json::Serializer::with_formatter(&mut out, Pretty::at(depth));
    v.serialize(&mut ser).expect("the model serialises");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// `serde_json`'s pretty printer, starting `depth` levels in and writing the
/// text of strings through [`escape::write_json_text`], so that each element is
/// written once instead of printed, indented and escaped in three passes.
struct Pretty {
    depth: usize,
    has_value: bool,
}

impl Pretty {
    fn at(depth: usize) -> Self {
        Self {
            depth,
            has_value: false,
        }
    }

    fn open<W: ?Sized + io::Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    fn close<W: ?Sized + io::Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            w.write_all(b"\n")?;
            self.indent(w)?;
        }
        w.write_all(bracket)
    }

    fn item<W: ?Sized + io::Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        w.write_all(if first { b"\n" } else { b",\n" })?;
        self.indent(w)
    }

    fn indent<W: ?Sized + io::Write>(&self, w: &mut W) -> io::Result<()> {
        for _ in 0..self.depth {
            w.write_all(INDENT.as_bytes())?;
        }
        Ok(())
    }
}

impl Formatter for Pretty {
    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"[")
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"]")
    }

    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.item(w, first)
    }

    fn end_array_value<W: ?Sized + io::Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"{")
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"}")
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.item(w, first)
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        escape::write_json_text(w, fragment)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Group, SentenceRef, Story};

    fn pretty(c: &Collation) -> String {
        pretty_parts_marked(c, &[]).concat()
    }

    fn serde_pretty(c: &Collation) -> String {
        escape::json(&serde_json::to_string_pretty(c).unwrap()) + "\n"
    }

    #[test]
    fn the_bundled_seeds_come_out_as_serde_writes_them() {
        let c = crate::collate(&crate::corpus::bundled_seeds(), &crate::Options::default());
        assert!(!c.articles.is_empty() && !c.divergences.is_empty());
        assert_eq!(pretty(&c), serde_pretty(&c));
    }

    #[test]
    fn every_field_and_empty_lists_match_serde() {
        let mut c = Collation {
            schema: "parallax.report/1".into(),
            articles: Vec::new(),
            groups: vec![Group {
                members: vec![SentenceRef {
                    article: 0,
                    sentence: 1,
                }],
                score: 0.5,
            }],
            divergences: Vec::new(),
            stories: vec![Story {
                label: "a\u{1b}[31m \u{202e}label".into(),
                articles: vec![0, 2],
            }],
            warnings: vec!["x.bin: binary".into(), "\u{7}".into()],
        };
        assert_eq!(pretty(&c), serde_pretty(&c));
        // A field this file did not write would show up in serde's text only.
        let every: serde_json::Value = serde_json::to_value(&c).unwrap();
        assert_eq!(every.as_object().unwrap().len(), 6);
        c.groups.clear();
        c.stories.clear();
        c.warnings.clear();
        assert_eq!(pretty(&c), serde_pretty(&c));
    }

    #[test]
    fn lists_longer_than_a_chunk_match_serde() {
        let c = Collation {
            schema: "parallax.report/1".into(),
            articles: Vec::new(),
            groups: Vec::new(),
            divergences: Vec::new(),
            stories: (0..2 * CHUNK + 3)
                .map(|i| Story {
                    label: format!("story {i}"),
                    articles: vec![i],
                })
                .collect(),
            warnings: Vec::new(),
        };
        assert_eq!(pretty(&c), serde_pretty(&c));
    }
}
