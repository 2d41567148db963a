//! The `parallax` command line: the reader by default, `report` for headless use.
//!
//! Everything here is plumbing between the shell and the library: parse the
//! arguments, read the sources, hand them to the reader or a report writer, and
//! turn failures into a one-line message and an exit code (0 ok, 1 error, 2 bad
//! usage — clap's own code for usage errors).

mod cli;

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{bail, Context};
use clap::{CommandFactory, Parser, Subcommand, ValueHint};
use parallax::export::{self, Format};
use parallax::{corpus, fetch, Options};

/// The pipeline allocates many small strings on both cores; mimalloc's per-thread
/// heaps take about a seventh off the 1,000-article time against glibc malloc.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `--help`'s examples (the man page lists the same, `cli::EXAMPLE_LINES`).
const EXAMPLES: &str = "\
Examples:
  parallax                                  read the bundled sample story
  parallax ~/news/summit/                   read every article in a folder
  parallax https://a.example/x https://b.example/y
                                            fetch pages (kept under $XDG_CACHE_HOME/parallax)
  parallax --urls links.txt                 the pages listed in a file, one URL a line
  parallax report ~/news/summit --format markdown -o summit.md
  parallax report a.html b.txt --format json | jq '.divergences'
  curl -s https://a.example/x | parallax report - b.txt
  parallax completions bash > ~/.local/share/bash-completion/completions/parallax
  parallax man > parallax.1                 write the manual page (roff; man -l parallax.1)

A file or folder named like a subcommand (report, man…) is read as a path; \
--report runs the subcommand there, and after -- every argument is a path.

Exit status: 0 ok, 1 error (the file and the reason on stderr), 2 bad usage, \
143/130/129 the reader ended by SIGTERM/SIGINT/SIGHUP.";

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
        Point parallax at a folder of articles about the same event (.txt, .md, .html, \
        .mhtml), at their URLs, or at - for one article on standard input. \
        It cleans each page, splits it into sentences, lines up the sentences that report \
        the same thing across sources, and marks the details that disagree: a place, a day, \
        a number, a person or title, a negation, the wording of a quote.",
    after_help = EXAMPLES
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Files, folders or URLs of articles (.txt, .md, .html, .mhtml; - is standard
    /// input); none = the bundled seeds.
    #[arg(value_hint = ValueHint::AnyPath)]
    paths: Vec<PathBuf>,
    /// Also read the URLs listed in FILE (one a line; # starts a comment).
    #[arg(long, global = true, value_name = "FILE", value_hint = ValueHint::FilePath)]
    urls: Option<PathBuf>,
    /// Fetch URLs again (a conditional request) instead of reading the kept copy.
    #[arg(long, global = true)]
    refresh: bool,
    /// Give up on a page after SECS seconds.
    #[arg(long, global = true, value_name = "SECS", default_value_t = 30)]
    timeout: u64,
    /// Follow symbolic links inside folders (a link to a folder that holds it is never read).
    #[arg(short = 'L', long, global = true)]
    follow: bool,
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
    #[command(after_help = REPORT_EXAMPLES, long_flag = "report")]
    Report {
        /// Files, folders or URLs of articles (- is standard input); none = the bundled seeds.
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
    /// Print the manual page (roff): parallax man > parallax.1; man -l parallax.1
    Man,
}

fn main() -> ExitCode {
    let cli = Cli::parse_from(cli::disambiguate(std::env::args_os().collect()));
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
    let mut inputs = cli::inputs::Inputs {
        args: cli.paths.clone(),
        url_list: cli.urls.clone(),
        fetch: fetch::Settings {
            refresh: cli.refresh,
            timeout: Duration::from_secs(cli.timeout.max(1)),
            ..fetch::Settings::default()
        },
        walk: corpus::Walk {
            follow_links: cli.follow,
        },
    };
    match cli.command {
        Some(Command::Report {
            paths,
            format,
            output,
        }) => {
            inputs.args = paths;
            let collation = collate(&inputs, &options)?;
            let marks = report_marks(&inputs.args, &collation);
            let write = |out: &mut dyn io::Write| {
                export::write_report(&collation, format.into(), &marks, out)
            };
            match output {
                Some(path) if path.as_os_str() != "-" => export::write_atomic_with(&path, write)?,
                _ => emit(write)?,
            }
            // The process ends here: freeing every sentence and token one by
            // one would only delay the exit.
            std::mem::forget(collation);
            Ok(())
        }
        Some(Command::Completions { shell }) => {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "parallax", &mut script);
            emit(|out| out.write_all(&script))
        }
        Some(Command::Man) => {
            let page = cli::man::render(Cli::command())?;
            emit(|out| out.write_all(page.as_ref()))
        }
        None => {
            if let Some(config) = &cli.config {
                must_be(config, Path::is_file, "not a file")?;
            }
            must_be(&cli.export_dir, Path::is_dir, "not a directory")?;
            cli::inputs::check_paths(&inputs)?;
            // A bad config is refused even where no terminal is.
            parallax::tui::config::load(cli.config.as_deref(), false)
                .map_err(anyhow::Error::msg)?;
            cli::terminal::require_terminal()?;
            let (sources, warnings) = cli::inputs::read(&inputs, &|p| eprintln!("parallax: {p}"))?;
            let signalled = cli::terminal::watch_signals()?;
            let (articles, (tx, collation)) = (sources.len(), std::sync::mpsc::channel());
            let progress = parallax::Progress::default();
            let worker = progress.clone();
            std::thread::Builder::new()
                .name("collate".into())
                // A send fails only when the reader has already quit.
                .spawn(move || {
                    drop(tx.send(parallax::collate_with(&sources, &options, &worker)));
                })?;
            let corpus = parallax::triage::corpus_id(&inputs.args);
            parallax::tui::run(parallax::tui::Launch {
                collation,
                articles,
                progress,
                warnings,
                config: cli.config,
                export_dir: cli.export_dir,
                marks: parallax::triage::path_for(&corpus),
                corpus,
            })?;
            if let Some(status) = cli::terminal::signal_status(&signalled) {
                std::process::exit(i32::from(status));
            }
            Ok(())
        }
    }
}

/// The triage marks the reader keeps for these inputs, one per divergence;
/// empty when none was ever made. An unreadable marks file is said, and the
/// report goes on without marks.
fn report_marks(args: &[PathBuf], c: &parallax::Collation) -> Vec<Option<parallax::triage::Mark>> {
    let corpus = parallax::triage::corpus_id(args);
    let Some(path) = parallax::triage::path_for(&corpus) else {
        return Vec::new();
    };
    match parallax::triage::Marks::load(&path, &corpus) {
        Ok(m) if !m.marks.is_empty() => m.per_divergence(c),
        Ok(_) => Vec::new(),
        Err(e) => {
            eprintln!("parallax: {e} (marks left out of the report)");
            Vec::new()
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
fn emit(write: impl FnOnce(&mut dyn io::Write) -> io::Result<()>) -> anyhow::Result<()> {
    let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
    match write(&mut out).and_then(|()| out.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("standard output"),
    }
}

fn collate(inputs: &cli::inputs::Inputs, options: &Options) -> anyhow::Result<parallax::Collation> {
    let (sources, warnings) = cli::inputs::read(inputs, &|p| eprintln!("parallax: {p}"))?;
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

    fn parse(args: &[&str]) -> Cli {
        let args = args.iter().map(std::ffi::OsString::from).collect();
        Cli::try_parse_from(cli::disambiguate(args)).unwrap()
    }

    #[test]
    fn a_folder_named_like_a_subcommand_is_a_path() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("report")).unwrap();
        let here = std::env::current_dir().unwrap();
        std::env::set_current_dir(dir.path()).unwrap();
        let as_path = parse(&["parallax", "report"]);
        let flagged = parse(&["parallax", "--report", "report", "-f", "html"]);
        let dashed = parse(&["parallax", "--", "report"]);
        std::env::set_current_dir(here).unwrap();
        assert!(as_path.command.is_none());
        assert_eq!(as_path.paths, [PathBuf::from("./report")]);
        let Some(Command::Report { paths, format, .. }) = flagged.command else {
            panic!("--report is the subcommand");
        };
        assert_eq!(
            (paths, format),
            (vec![PathBuf::from("./report")], FormatArg::Html)
        );
        assert!(dashed.command.is_none());
        assert_eq!(dashed.paths, [PathBuf::from("report")]);
        // No such folder: the subcommand.
        assert!(parse(&["parallax", "report", "x"]).command.is_some());
    }

    #[test]
    fn bare_paths_open_the_reader() {
        let cli = Cli::try_parse_from(["parallax", "x", "--export-dir", "/tmp"]).unwrap();
        assert!(cli.command.is_none());
        assert_eq!(cli.paths, [PathBuf::from("x")]);
        assert_eq!(cli.export_dir, PathBuf::from("/tmp"));
    }
}
