//! The article-extraction benchmark in `../shared/data/boilerplate`, loaded
//! and scored for each cleaning system; shared by `tests/corpus_boilerplate.rs`
//! and the `eval_boilerplate` tool.

use std::io::Read;
use std::path::PathBuf;

use crate::score::{score, Score};
use parallax::corpus::{self, Format, Source};
use rayon::prelude::*;

pub struct Page {
    pub id: String,
    pub truth: String,
    pub html: String,
    pub pasted: String,
}

/// Where the benchmark lives.
pub fn data_dir() -> PathBuf {
    crate::needs::shared_data().join("boilerplate")
}

/// All pages, or `None` when the data is not there.
pub fn load_pages() -> Option<Vec<Page>> {
    let dir = data_dir();
    let truth: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("ground-truth.json")).ok()?).ok()?;
    let pasted: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("page-text.json")).ok()?).ok()?;
    let mut ids: Vec<&String> = truth.as_object()?.keys().collect();
    ids.sort();
    let pages = ids
        .par_iter()
        .map(|id| {
            let gz = std::fs::read(dir.join("html").join(format!("{id}.html.gz"))).ok()?;
            let mut bytes = Vec::new();
            flate2::read::GzDecoder::new(&gz[..])
                .read_to_end(&mut bytes)
                .ok()?;
            let html = corpus::strip_controls(&corpus::decode_html(&bytes).ok()?);
            Some(Page {
                id: (*id).clone(),
                truth: truth[*id]["articleBody"].as_str()?.to_string(),
                html,
                pasted: pasted["output"][*id]["articleBody"].as_str()?.to_string(),
            })
        })
        .collect::<Option<Vec<Page>>>()?;
    Some(pages)
}

/// The article text parallax keeps, without the headline line (the ground
/// truth excludes headlines).
pub fn parallax_body(raw: &str, format: Format) -> String {
    let source = Source {
        path: "page".into(),
        raw: corpus::strip_controls(raw),
        format,
    };
    let cleaned = corpus::clean(&[source], corpus::Cleaning::RemoveFurniture).remove(0);
    let skip = usize::from(cleaned.title_found);
    cleaned
        .text
        .lines()
        .skip(skip)
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn html_path(page: &Page) -> String {
    parallax_body(&page.html, Format::Html)
}

pub fn pasted_path(page: &Page) -> String {
    parallax_body(&page.pasted, Format::Text)
}

pub fn evaluate(pages: &[Page], system: impl Fn(&Page) -> String + Sync + Send) -> Score {
    let predicted: Vec<String> = pages.par_iter().map(system).collect();
    score(
        pages
            .iter()
            .zip(&predicted)
            .map(|(p, out)| (p.truth.as_str(), out.as_str())),
    )
}
