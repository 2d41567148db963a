//! The `parallax` command line: the reader by default, `report` for headless use.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use parallax::export::{self, Format};
use parallax::{corpus, Options};

#[derive(Parser, Debug)]
#[command(
    name = "parallax",
    version,
    about = "Collate several accounts of one news story and see where they differ"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Files or folders of articles (.txt, .md, .html); none = the bundled seeds.
    paths: Vec<PathBuf>,
    /// Keep every line (the input is already clean).
    #[arg(long, global = true)]
    no_clean: bool,
    /// Never split the folder into several stories.
    #[arg(long, global = true)]
    one_story: bool,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Print the collation as JSON, Markdown, text or HTML.
    Report {
        /// Files or folders of articles; none = the bundled seeds.
        paths: Vec<PathBuf>,
        #[arg(long, short, value_enum, default_value = "json")]
        format: Format,
        /// Write to FILE (atomically) instead of stdout.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
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
            let text = export::report(&collation, format);
            match output {
                Some(path) => export::write_atomic(&path, &text)
                    .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?,
                None => print!("{text}"),
            }
            Ok(())
        }
        None => {
            let (sources, warnings) = read_sources(&cli.paths)?;
            parallax::tui::run(parallax::tui::Launch {
                sources,
                collate: options,
                warnings,
                config: None,
                export_dir: PathBuf::from("."),
            })
        }
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
