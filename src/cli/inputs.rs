//! What the command line names, read into sources: paths, URLs, `--urls`
//! lists and `-` (one article on standard input).
//!
//! Why it exists: files and pages are read by different code (`corpus`,
//! `fetch`) but reach the pipeline as one list, with one list of what was
//! skipped and why. A page that fails is a warning, like a damaged file;
//! only "nothing at all could be read" stops the run.

use std::io::Read;
use std::path::PathBuf;

use anyhow::{bail, Context};
use parallax::corpus::{self, CorpusError, Source, Walk};
use parallax::fetch::{self, Progress};

/// Everything the command line says about where the articles are.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    /// Paths, URLs and `-`, as given.
    pub args: Vec<PathBuf>,
    /// `--urls FILE`.
    pub url_list: Option<PathBuf>,
    pub fetch: fetch::Settings,
    pub walk: Walk,
}

/// The name a standard-input article goes by.
pub const STDIN_NAME: &str = "stdin";

/// Reads the sources; with no argument, the bundled seeds. `progress` hears
/// of each fetched page.
pub fn read(
    inputs: &Inputs,
    progress: &(dyn Fn(&Progress) + Sync),
) -> anyhow::Result<(Vec<Source>, Vec<String>)> {
    if inputs.args.is_empty() && inputs.url_list.is_none() {
        return Ok((corpus::bundled_seeds(), Vec::new()));
    }
    let mut paths = Vec::new();
    let mut urls = Vec::new();
    let mut stdin = false;
    for arg in &inputs.args {
        match arg.to_str() {
            Some("-") if stdin => bail!("- (standard input) may be given once"),
            Some("-") => stdin = true,
            Some(s) if fetch::is_url(s) => urls.push(s.to_string()),
            _ => paths.push(arg.clone()),
        }
    }
    if let Some(list) = &inputs.url_list {
        urls.extend(fetch::read_url_list(list).map_err(anyhow::Error::msg)?);
    }
    let mut sources = Vec::new();
    let mut warnings = Vec::new();
    if !paths.is_empty() {
        match corpus::load_with(&paths, inputs.walk) {
            Ok(loaded) => {
                sources.extend(loaded.sources);
                warnings.extend(loaded.skipped.iter().map(ToString::to_string));
            }
            Err(e @ CorpusError::NoArticles(_)) if stdin || !urls.is_empty() => {
                warnings.push(e.to_string());
            }
            Err(e) => return Err(e.into()),
        }
    }
    if stdin {
        match read_stdin()? {
            Ok(source) => sources.push(source),
            Err(reason) => warnings.push(format!("skipped {STDIN_NAME}: {reason}")),
        }
    }
    for result in fetch::fetch_all(&urls, &inputs.fetch, progress) {
        match result {
            Ok(source) => sources.push(source),
            Err(skipped) => warnings.push(skipped.to_string()),
        }
    }
    if sources.is_empty() {
        let mut named: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        named.extend(urls);
        if stdin {
            named.push(STDIN_NAME.to_string());
        }
        bail!("no articles found in {}", named.join(", "));
    }
    Ok((sources, warnings))
}

/// Fails on the first local path that does not exist, before anything is
/// read or fetched.
pub fn check_paths(inputs: &Inputs) -> anyhow::Result<()> {
    for arg in &inputs.args {
        let local = arg.to_str().is_none_or(|s| s != "-" && !fetch::is_url(s));
        if local && std::fs::metadata(arg).is_err() {
            return Err(CorpusError::NotFound(arg.clone()).into());
        }
    }
    if let Some(list) = &inputs.url_list {
        if !list.is_file() {
            bail!("{}: no such file", list.display());
        }
    }
    Ok(())
}

/// One article from standard input, sniffed as HTML or text.
fn read_stdin() -> anyhow::Result<Result<Source, String>> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(corpus::MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .context("standard input")?;
    if bytes.len() as u64 > corpus::MAX_FILE_BYTES {
        return Ok(Err(format!(
            "too large (the limit is {} MiB)",
            corpus::MAX_FILE_BYTES / (1024 * 1024)
        )));
    }
    Ok(corpus::source_from_bytes(
        STDIN_NAME.to_string(),
        &bytes,
        None,
        None,
    ))
}
