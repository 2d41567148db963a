//! The JSON report, written on every core.
//!
//! At 1,000 articles the report is some 35 MB of pretty JSON; one serde pass over
//! the whole collation, then one escaping pass over its text, kept a core idle
//! at the very end of the run. Each element of the collation's lists is written
//! on its own, in parallel, by a pretty formatter that starts at the element's
//! depth and escapes strings as it goes; the pieces and the text between them
//! are handed to the writer in order, never joined. The bytes are exactly those
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

/// Pretty JSON of `c` and a final line break, invisible and control
/// characters in strings escaped, as the pieces it is built from, in order.
/// At 1,000 articles joining them would copy 35 MB once more, on one core,
/// before the write.
///
/// With `triage[d]`, each divergence's mark, every divergence also gets
/// `triage` and `triage_note` (null when unmarked); without marks, it is
/// exactly the model.
pub fn pretty_parts_marked(c: &Collation, triage: &[Option<Mark>]) -> Vec<String> {
    let divergences = if triage.is_empty() {
        list(&c.divergences)
    } else {
        let marked: Vec<Marked> = c
            .divergences
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
            .collect();
        list(&marked)
    };
    let fields = [
        ("schema", Field::Value(value(&c.schema))),
        ("articles", list(&c.articles)),
        ("groups", list(&c.groups)),
        ("divergences", divergences),
        ("stories", list(&c.stories)),
        ("warnings", list(&c.warnings)),
    ];
    let mut parts = Vec::new();
    // The text between two list elements.
    let mut glue = String::from("{\n");
    for (i, (name, field)) in fields.into_iter().enumerate() {
        if i > 0 {
            glue.push_str(",\n");
        }
        glue.push_str(&format!("{INDENT}\"{name}\": "));
        match field {
            Field::Value(v) => glue.push_str(&v),
            Field::List(elements) if elements.is_empty() => glue.push_str("[]"),
            Field::List(elements) => {
                glue.push_str("[\n");
                for (k, element) in elements.into_iter().enumerate() {
                    if k > 0 {
                        glue.push_str(",\n");
                    }
                    parts.push(std::mem::take(&mut glue));
                    parts.push(element);
                }
                glue.push_str(&format!("\n{INDENT}]"));
            }
        }
    }
    glue.push_str("\n}\n");
    parts.push(glue);
    parts
}

/// A top-level field, serialised.
enum Field {
    Value(String),
    List(Vec<String>),
}

/// A top-level field's value that is not a list (printed at depth 1).
fn value<T: Serialize>(v: &T) -> String {
    nested(v, 1)
}

/// A top-level list's elements, serialised in parallel.
fn list<T: Serialize + Sync>(items: &[T]) -> Field {
    Field::List(items.par_iter().map(|item| nested(item, 2)).collect())
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
}
