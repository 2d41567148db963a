//! The `parallax` command line: the reader by default, `report` for headless use.
//!
//! Everything here is plumbing between the shell and the library: parse the
//! arguments, read the sources, hand them to the reader or a report writer, and
//! turn failures into a one-line message and an exit code (0 ok, 1 error, 2 bad
//! usage — clap's own code for usage errors).

use std::io;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context};
use clap::{CommandFactory, Parser, Subcommand, ValueHint};
use parallax::export::{self, Format};
use parallax::{corpus, Options};

/// The pipeline allocates many small strings on both cores; mimalloc's per-thread
/// heaps take about a seventh off the 1,000-article time against glibc malloc.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const EXAMPLES: &str = "\
Examples:
  parallax                                  read the bundled sample story
  parallax ~/news/summit/                   read every article in a folder
  parallax report ~/news/summit --format markdown -o summit.md
  parallax report a.html b.txt --format json | jq '.divergences'
  parallax completions bash > ~/.local/share/bash-completion/completions/parallax
  parallax man > parallax.1                 write the manual page (roff)

Exit status: 0 ok, 1 error (the file and the reason on stderr), 2 bad usage.";

const REPORT_EXAMPLES: &str = "\
Examples:
  parallax report                           the bundled sample story, as JSON
  parallax report ~/news/summit --format markdown
  parallax report ~/news/summit --format html -o summit.html";

#[derive(Parser, Debug)]
#[command(
    name = "parallax",
    version,
    about = "Collate several accounts of one news story and see where they differ",
    long_about = "Collate several accounts of one news story and see where they differ.\n\n\
        Point parallax at a folder of articles about the same event (.txt, .md, .html). \
        It cleans each page, splits it into sentences, lines up the sentences that report \
        the same thing across sources, and marks the details that disagree: a place, a day, \
        a number, a person or title, a negation, the wording of a quote.",
    after_help = EXAMPLES
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Files or folders of articles (.txt, .md, .html); none = the bundled seeds.
    #[arg(value_hint = ValueHint::AnyPath)]
    paths: Vec<PathBuf>,
    /// Reader settings (default: $XDG_CONFIG_HOME/parallax/config.toml).
    #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath)]
    config: Option<PathBuf>,
    /// Where the reader writes excerpts.
    #[arg(
        long,
        value_name = "DIR",
        default_value = ".",
        value_hint = ValueHint::DirPath
    )]
    export_dir: PathBuf,
    /// Keep every line (the input is already clean).
    #[arg(long, global = true)]
    no_clean: bool,
    /// Never split the folder into several stories.
    #[arg(long, global = true)]
    one_story: bool,
}

/// The report formats as the command line names them.
#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
enum FormatArg {
    Json,
    Markdown,
    Text,
    Html,
}

impl From<FormatArg> for Format {
    fn from(format: FormatArg) -> Self {
        match format {
            FormatArg::Json => Format::Json,
            FormatArg::Markdown => Format::Markdown,
            FormatArg::Text => Format::Text,
            FormatArg::Html => Format::Html,
        }
    }
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Print the collation as JSON, Markdown, text or HTML.
    #[command(after_help = REPORT_EXAMPLES)]
    Report {
        /// Files or folders of articles; none = the bundled seeds.
        #[arg(value_hint = ValueHint::AnyPath)]
        paths: Vec<PathBuf>,
        #[arg(long, short, value_enum, default_value = "json")]
        format: FormatArg,
        /// Write to FILE (atomically: the old file stays until the new one is whole); - is stdout.
        #[arg(long, short, value_name = "FILE", value_hint = ValueHint::FilePath)]
        output: Option<PathBuf>,
    },
    /// Print a shell completion script.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff).
    #[command(hide = true)]
    Man,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("parallax: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    let options = Options {
        clean: !cli.no_clean,
        one_story: cli.one_story,
    };
    match cli.command {
        Some(Command::Report {
            paths,
            format,
            output,
        }) => {
            let collation = collate_paths(&paths, &options)?;
            let parts = export::report_parts(&collation, format.into());
            match output {
                Some(path) if path.as_os_str() != "-" => export::write_atomic(&path, &parts)?,
                _ => emit(&parts)?,
            }
            // The process ends here: freeing every sentence and token one by
            // one would only delay the exit.
            std::mem::forget(collation);
            Ok(())
        }
        Some(Command::Completions { shell }) => {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "parallax", &mut script);
            emit(&[script])
        }
        Some(Command::Man) => {
            let mut page = Vec::new();
            clap_mangen::Man::new(Cli::command()).render(&mut page)?;
            emit(&[page])
        }
        None => {
            if let Some(config) = &cli.config {
                must_be(config, Path::is_file, "not a file")?;
            }
            must_be(&cli.export_dir, Path::is_dir, "not a directory")?;
            let (sources, warnings) = read_sources(&cli.paths)?;
            parallax::tui::run(parallax::tui::Launch {
                sources,
                collate: options,
                warnings,
                config: cli.config,
                export_dir: cli.export_dir,
            })
        }
    }
}

/// Fails with "<path>: no such file or directory" or "<path>: <otherwise>".
fn must_be(path: &Path, test: fn(&Path) -> bool, otherwise: &str) -> anyhow::Result<()> {
    if !path.exists() {
        bail!("{}: no such file or directory", path.display());
    }
    if !test(path) {
        bail!("{}: {otherwise}", path.display());
    }
    Ok(())
}

/// Writes to stdout; a closed pipe (`parallax report | head`) ends the run quietly.
fn emit<P: AsRef<[u8]>>(parts: &[P]) -> anyhow::Result<()> {
    match export::write_parts(io::stdout().lock(), parts) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("standard output"),
    }
}

fn read_sources(paths: &[PathBuf]) -> anyhow::Result<(Vec<corpus::Source>, Vec<String>)> {
    if paths.is_empty() {
        return Ok((corpus::bundled_seeds(), Vec::new()));
    }
    let loaded = corpus::load(paths)?;
    let warnings = loaded.skipped.iter().map(ToString::to_string).collect();
    Ok((loaded.sources, warnings))
}

fn collate_paths(paths: &[PathBuf], options: &Options) -> anyhow::Result<parallax::Collation> {
    let (sources, warnings) = read_sources(paths)?;
    for w in &warnings {
        eprintln!("parallax: {w}");
    }
    let mut collation = parallax::collate(&sources, options);
    collation.warnings = warnings;
    Ok(collation)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn report_takes_flags_and_paths_in_any_order() {
        for args in [
            &["parallax", "report", "a", "--format", "html", "b"][..],
            &["parallax", "report", "--format", "html", "a", "b"],
            &["parallax", "report", "a", "b", "-f", "html", "--one-story"],
            &["parallax", "--one-story", "report", "-fhtml", "a", "b"],
        ] {
            let cli = Cli::try_parse_from(args).unwrap();
            let Some(Command::Report { paths, format, .. }) = cli.command else {
                panic!("not a report: {args:?}");
            };
            assert_eq!(paths, [PathBuf::from("a"), PathBuf::from("b")]);
            assert_eq!(Format::from(format), Format::Html);
        }
    }

    #[test]
    fn bare_paths_open_the_reader() {
        let cli = Cli::try_parse_from(["parallax", "x", "--export-dir", "/tmp"]).unwrap();
        assert!(cli.command.is_none());
        assert_eq!(cli.paths, [PathBuf::from("x")]);
        assert_eq!(cli.export_dir, PathBuf::from("/tmp"));
    }
}
