"""The ``factcheck`` command: ``extract`` claims, ``check`` what sources disagree on.

Exit codes: 0 no finding at or above ``--fail-level``; 1 some; 2 a usage or input error (a
message on stderr names the file; every readable article is still processed and reported).

Example:
    >>> from typer.testing import CliRunner
    >>> r = CliRunner().invoke(app, ["--version"])
    >>> r.exit_code, r.output.startswith("factcheck ")
    (0, True)
"""

from __future__ import annotations

import logging
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from factcheck import __version__

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Cross-check the figures and quotes that news sources report about one event.",
    context_settings={"help_option_names": ["-h", "--help"]},
)

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


class ExtractFormat(StrEnum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


class CheckFormat(StrEnum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    github = "github"
    sarif = "sarif"
    html = "html"


class Level(StrEnum):
    info = "info"
    warning = "warning"
    error = "error"
    none = "none"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Cross-check the figures and quotes that news sources report about one event."""


Files = Annotated[
    list[Path],
    typer.Argument(
        help="Articles: .txt .md .html files, .jsonl (one article a line) or directories.",
        show_default=False,
    ),
]
Model = Annotated[
    str,
    typer.Option(
        "--model",
        "-m",
        help='spaCy pipeline: "auto" (an installed English model, else none), "blank", or a name.',
    ),
]
Jobs = Annotated[
    int,
    typer.Option("--jobs", "-j", min=1, help="Worker processes (Dask workers with --dask local)"),
]
Progress = Annotated[
    bool | None,
    typer.Option("--progress/--no-progress", help="Progress bar on stderr (default: on a TTY)."),
]
MaxBytes = Annotated[
    int,
    typer.Option(
        "--max-bytes",
        min=1,
        help="Largest file read, in bytes; a larger one is reported as an input error.",
    ),
]


class _StderrHandler(logging.Handler):
    """Writes to whatever ``sys.stderr`` is when a record comes (tests swap it)."""

    def emit(self, record: logging.LogRecord) -> None:
        from factcheck.report.escape import terminal

        # file names and ids are untrusted: no ANSI sequence, no new line (a new line could
        # start a GitHub workflow command in the CI log)
        sys.stderr.write(terminal(self.format(record), one_line=True) + "\n")


def _setup_logging() -> None:
    """Readers log each unreadable file; show those messages on stderr, once."""
    logger = logging.getLogger("factcheck")
    if not any(isinstance(h, _StderrHandler) for h in logger.handlers):
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("factcheck: %(levelname)s: %(message)s"))
        logger.addHandler(handler)
        logger.propagate = False
    logger.setLevel(logging.WARNING)


def _load(model: str):
    import factcheck

    try:
        return factcheck.load(model)
    except OSError as exc:
        typer.echo(f"factcheck: {exc}", err=True)
        raise typer.Exit(EXIT_INPUT) from None


def _report_errors(articles) -> bool:
    """True when some article could not be read (the reader logged each on stderr)."""
    return any(ac.article.error for ac in articles)


def _write(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def _color(fmt: str) -> bool:
    return fmt == "text" and sys.stdout.isatty()


@app.command()
def extract(
    files: Files,
    fmt: Annotated[ExtractFormat, typer.Option("--format", "-f", help="Output format.")] = (
        ExtractFormat.text
    ),
    model: Model = "auto",
    jobs: Jobs = 1,
    progress: Progress = None,
    max_bytes: MaxBytes = 50_000_000,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            metavar="ADDRESS|local",
            help="Extract on a Dask cluster: a scheduler address, or 'local' for a "
            "LocalCluster of --jobs workers (needs factcheck[dask]).",
        ),
    ] = None,
) -> None:
    """Print the claims (counts, money, quotes, speakers) of each article."""
    import factcheck
    from factcheck.report import render_extract

    _setup_logging()
    paths = list(files)  # Path objects: always read as files, never taken for article text
    if dask:
        try:
            from factcheck.scale import extract_articles
        except ImportError as exc:
            typer.echo(f"factcheck: {exc}", err=True)
            raise typer.Exit(EXIT_INPUT) from None
        try:
            from factcheck.io import to_articles

            arts = to_articles(paths, max_bytes=max_bytes)
            articles, name = extract_articles(arts, address=dask, model=model, jobs=jobs)
        except OSError as exc:
            typer.echo(f"factcheck: {exc}", err=True)
            raise typer.Exit(EXIT_INPUT) from None
    else:
        nlp = _load(model)
        articles = factcheck.extract(
            paths, nlp=nlp, progress=progress, n_process=jobs, max_bytes=max_bytes
        )
        name = factcheck.model_name(nlp)
    _write(render_extract(articles, fmt.value, model=name, color=_color(fmt.value)))
    if _report_errors(articles):
        raise typer.Exit(EXIT_INPUT)


@app.command()
def check(
    files: Files,
    against: Annotated[
        list[Path] | None,
        typer.Option(
            "--against",
            "-a",
            help="Pre-publication mode: check FILES (drafts) against these sources.",
        ),
    ] = None,
    fmt: Annotated[CheckFormat, typer.Option("--format", "-f", help="Output format.")] = (
        CheckFormat.text
    ),
    fail_level: Annotated[
        Level | None,
        typer.Option("--fail-level", help="Exit 1 when a finding has this severity or higher."),
    ] = None,
    config: Annotated[
        Path | None, typer.Option("--config", "-c", help="A factcheck.toml or pyproject.toml.")
    ] = None,
    baseline: Annotated[
        Path | None, typer.Option("--baseline", help="Accepted findings to leave out.")
    ] = None,
    write_baseline: Annotated[
        Path | None,
        typer.Option("--write-baseline", help="Write the current findings as accepted; exit 0."),
    ] = None,
    model: Model = "auto",
    jobs: Jobs = 1,
    today: Annotated[
        str | None, typer.Option("--today", help="Date of an undated draft (YYYY-MM-DD).")
    ] = None,
    max_bytes: MaxBytes = 50_000_000,
) -> None:
    """Report what the articles (all about one event) disagree on.

    With --against, FILES are drafts checked against the sources: figures that a source
    contradicts or that no source has, positioned as FILE:LINE:COL.
    """
    import factcheck
    from factcheck.config import ConfigError, load_config
    from factcheck.filters import fail_exit_code
    from factcheck.filters import write_baseline as _write_baseline
    from factcheck.report import render

    _setup_logging()
    try:
        cfg = load_config(path=config) if config else load_config()
    except (ConfigError, OSError) as exc:
        typer.echo(f"factcheck: {exc}", err=True)
        raise typer.Exit(EXIT_INPUT) from None
    nlp = _load(model)
    try:
        report = factcheck.check(
            list(files),  # Path objects: a missing "draft" is an error, not article text
            against=list(against) if against else None,
            config=cfg,
            nlp=nlp,
            today=today,
            baseline=None if write_baseline else (str(baseline) if baseline else None),
            max_bytes=max_bytes,
        )
    except (ValueError, OSError) as exc:
        typer.echo(f"factcheck: {exc}", err=True)
        raise typer.Exit(EXIT_INPUT) from None
    if write_baseline:
        n = _write_baseline(report.findings, write_baseline)
        typer.echo(f"factcheck: wrote {n} accepted findings to {write_baseline}", err=True)
        raise typer.Exit(EXIT_INPUT if _report_errors(report.articles) else EXIT_OK)
    _write(render(report, fmt.value, color=_color(fmt.value)))
    if _report_errors(report.articles):
        raise typer.Exit(EXIT_INPUT)
    level = fail_level.value if fail_level else cfg.fail_level
    raise typer.Exit(fail_exit_code(report.findings, level))


def main() -> None:
    """Console entry point."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
