"""The ``factcheck`` command: thin over the library.

Each command parses its options, calls one public function, turns factcheck's own errors into
``Error: …`` on stderr, and sets the exit status:

    0  all went well
    1  some input was skipped or is invalid (everything else was still processed and written)
    2  the command line is wrong, or nothing could be read

Data goes to stdout or files; diagnostics go to stderr. Heavy modules (pandas, pint,
trafilatura) are imported inside the commands so that ``factcheck --help`` starts fast.
"""

from __future__ import annotations

import json
import logging
import os
import sys

import click

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
FORMATS = ("csv", "json", "jsonl", "parquet")
log = logging.getLogger("factcheck")
NOISY_LOGGERS = ("trafilatura", "htmldate", "courlan", "charset_normalizer", "distributed", "dask")


class CliExit(Exception):
    """Leave the command with a status (the message, if any, is already on stderr)."""

    def __init__(self, code: int):
        self.code = code


def _setup_logging(verbose: int) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    root = logging.getLogger("factcheck")
    root.handlers[:] = [h for h in root.handlers if isinstance(h, logging.NullHandler)] + [handler]
    root.setLevel(logging.DEBUG if verbose >= 2 else logging.INFO if verbose == 1 else logging.WARNING)
    root.propagate = False
    # Libraries that factcheck calls log their own notices; they are noise unless debugging.
    for name in NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG if verbose >= 2 else logging.CRITICAL)


def _verbose_option(f):
    """``-v`` after the command as well as before it."""

    def callback(ctx, param, value):
        if value:
            _setup_logging(value)
        return value

    return click.option("-v", "--verbose", "sub_verbose", count=True, expose_value=False, callback=callback,
                        help="More detail on stderr (-vv: debug).")(f)


def _fail(message: str, code: int = EXIT_PROBLEMS) -> CliExit:
    click.echo(f"Error: {message}", err=True)
    return CliExit(code)


class FactcheckGroup(click.Group):
    """Runs a command and turns errors into messages and exit statuses (no traceback)."""

    def invoke(self, ctx):
        from .errors import FactcheckError

        try:
            return super().invoke(ctx)
        except CliExit as exc:
            ctx.exit(exc.code)
        except FactcheckError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(EXIT_PROBLEMS)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except KeyboardInterrupt:
            click.echo("Interrupted; no output file was changed.", err=True)
            ctx.exit(130)
        except BrokenPipeError:
            ctx.exit(EXIT_OK)
        except Exception as exc:  # noqa: BLE001 - no traceback reaches the user
            log.debug("unexpected error", exc_info=True)
            click.echo(f"Error: unexpected {exc.__class__.__name__}: {exc}. "
                       "Run again with -vv for the traceback, and please report it.", err=True)
            ctx.exit(EXIT_PROBLEMS)


@click.group(cls=FactcheckGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", count=True, help="More detail on stderr (-vv: debug, with tracebacks).")
@click.version_option(package_name="factcheck")
def main(verbose: int) -> None:
    """Check the numbers in the news: extract figures, quotes and reported statements from
    articles, validate claims tables, and compare claims across sources.

    Example: factcheck extract seeds/ -o reports/claims.csv
    """
    _setup_logging(verbose)


# ---------------------------------------------------------------------------------------------
# extract


def _format_from(output: str | None, fmt: str | None) -> str:
    if fmt:
        return fmt
    if output in (None, "-"):
        return "csv"
    from .table import format_for

    return format_for(output, default=None)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", metavar="OUT", help="Write the table here (default: CSV to stdout).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), help="Output format (default: from OUT's extension).")
@click.option("--source", metavar="NAME", help="Outlet for inputs that do not name one.")
@click.option("--published", metavar="DATE", help="Publication date (YYYY-MM-DD) for inputs that lack one.")
@click.option("--kinds", default="figure,quote,statement", show_default=True,
              help="Which claims to extract, comma-separated.")
@click.option("--rules", "rules_paths", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="A TOML file of extra rule words (repeatable); see factcheck/rules/*.toml.")
@click.option("--errors", "errors_path", metavar="FILE", help="Write skipped inputs and reasons to this CSV.")
@click.option("--excel-safe", is_flag=True, help="Neutralise CSV cells a spreadsheet would run as formulas.")
@click.option("--vague/--no-vague", default=True, show_default=True,
              help="Report vague amounts with no number (dozens, hundreds of) as figures.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), metavar="N",
              help="Worker processes (default: all cores). The table is the same for any N.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="dask: extract on a Dask cluster (pip install 'factcheck[dist]'); OUT may be a folder/ for partitioned Parquet.")
@click.option("--scheduler", metavar="ADDRESS",
              help="With --engine dask: a running scheduler (tcp://HOST:PORT); default: a local cluster of --jobs workers.")
@_verbose_option
def extract(paths, output, fmt, source, published, kinds, rules_paths, errors_path, excel_safe, vague,
            jobs, engine, scheduler):
    """Extract claims from articles (files, folders, or - for stdin) into one table.

    Inputs: .txt (key: value header, blank line, body), .md with front matter, .html,
    .json and .jsonl records. Unreadable inputs are reported and skipped.

    Example: factcheck extract articles/ -o claims.csv --errors skipped.csv
    """
    from .extract import ExtractOptions
    from .parallel import default_jobs
    from .run import extract_to, write_errors

    if scheduler and engine != "dask":
        raise _fail("--scheduler needs --engine dask.", EXIT_USAGE)
    folder = engine == "dask" and output not in (None, "-") and (output.endswith(("/", "\\")) or os.path.isdir(output))
    if folder and fmt not in (None, "parquet"):
        raise _fail(f"a folder as OUT gets partitioned Parquet, not {fmt}; give -o FILE.{fmt}.", EXIT_USAGE)
    fmt = "parquet" if folder else _format_from(output, fmt)
    kind_list = tuple(k.strip() for k in kinds.split(",") if k.strip())
    unknown = [k for k in kind_list if k not in ("figure", "quote", "statement")]
    if unknown or not kind_list:
        raise _fail(f"--kinds: unknown kind(s) {', '.join(unknown) or '(none)'}; use figure, quote, statement.", EXIT_USAGE)
    if fmt == "parquet" and output in (None, "-"):
        raise _fail("Parquet cannot go to stdout; give -o FILE.parquet.", EXIT_USAGE)
    if published:
        from .dates import parse_date

        if not parse_date(published):
            raise _fail(f"--published {published!r} is not a date; give it as YYYY-MM-DD.", EXIT_USAGE)
    options = ExtractOptions(kinds=kind_list, rules_paths=tuple(rules_paths),
                             extra={} if vague else {"figure_vague": False})
    progress = _progress() if sys.stderr.isatty() else None
    run = dict(fmt=fmt, options=options, source=source, published=published, excel_safe=excel_safe,
               stream=sys.stdout, progress=progress, jobs=jobs or default_jobs())
    out = None if output in (None, "-") else output
    if engine == "dask":
        from .distributed import extract_to_dask

        result = extract_to_dask(paths, out, scheduler=scheduler, **run)
    else:
        result = extract_to(paths, out, **run)
    if progress is not None:
        click.echo("", err=True)
    for err in result.errors:
        log.warning("skipped %s", err)
    if errors_path:
        write_errors(result.errors, errors_path)
    if result.articles == 0:
        raise _fail("no article could be read" + (f" ({len(result.errors)} input(s) skipped)." if result.errors else "."), EXIT_USAGE)
    where = f" to {output}" if output not in (None, "-") else ""
    log.info("%d article(s), %d claim(s)%s; %d input(s) skipped", result.articles, result.claims, where, len(result.errors))
    if result.errors:
        raise CliExit(EXIT_PROBLEMS)


def _progress():
    state = {"last": 0}

    def show(articles: int, claims: int) -> None:
        if articles - state["last"] >= 25 or articles == 1:
            state["last"] = articles
            click.echo(f"\r{articles} article(s), {claims} claim(s)", err=True, nl=False)

    return show


# ---------------------------------------------------------------------------------------------
# validate


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--schema", "schema_name", default="claim", show_default=True, metavar="NAME|PATH",
              help="A schema name (see `factcheck schema`) or a JSON Schema file.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text for people, json for machines (a list of error objects on stdout).")
@_verbose_option
def validate(files, schema_name, fmt):
    """Check tables (CSV, JSON, JSONL, Parquet) against a schema; report every error with its
    row, line and column. Exit status 1 when any file is invalid.

    Example: factcheck validate reports/claims.csv --format json
    """
    from .schema import file_issues, load_schema

    schema = load_schema(schema_name)
    found = []
    for f in files:
        issues = list(file_issues(f, schema))
        found.extend({"file": f, **i.as_record()} for i in issues)
        if fmt == "text":
            for i in issues:
                click.echo(f"{f}: {i}")
            if not issues:
                click.echo(f"{f}: valid")
    if fmt == "json":
        click.echo(json.dumps(found, ensure_ascii=False, indent=1))
    if found:
        if fmt == "text":
            click.echo(f"{len(found)} error(s) in {len({r['file'] for r in found})} file(s)", err=True)
        raise CliExit(EXIT_PROBLEMS)


# ---------------------------------------------------------------------------------------------
# diff and compare (factcheck.compare)


def _tracked_option(f):
    return click.option("--tracked", "tracked_path", type=click.Path(exists=True, dir_okay=False),
                        metavar="TOML", help="Tracked figures (pins): [[figure]] tables with id, category, "
                        "words, event_date; pinned figures join their pin's group first.")(f)


def _compare_rules_option(f):
    return click.option("--rules", "rules_paths", multiple=True, type=click.Path(exists=True, dir_okay=False),
                        help="A TOML file merged over factcheck/rules/compare.toml (repeatable).")(f)


def _check_published(published: str | None) -> None:
    if published:
        from .dates import parse_date

        if not parse_date(published):
            raise _fail(f"--published {published!r} is not a date; give it as YYYY-MM-DD.", EXIT_USAGE)


@main.command()
@click.argument("a", type=click.Path(exists=True))
@click.argument("b", type=click.Path(exists=True))
@click.option("-o", "--output", metavar="OUT", help="Write the diff table here, .csv/.json/.jsonl/.parquet "
              "(default: CSV to stdout).")
@_tracked_option
@_compare_rules_option
@click.option("--source", metavar="NAME", help="Outlet for article inputs that do not name one.")
@click.option("--published", metavar="DATE", help="Publication date (YYYY-MM-DD) for article inputs that lack one.")
@_verbose_option
def diff(a, b, output, tracked_path, rules_paths, source, published):
    """Compare the figures of A with those of B: one row per aligned pair or unmatched figure,
    with a status (same, consistent, conflict, increased, revised_down, only_a, only_b), the
    delta and the reason for the pairing.

    A and B are articles (files or folders, extracted first) or claims tables (.csv, .parquet,
    and .json/.jsonl holding claims), which are validated against the claim schema.

    Example: factcheck diff seeds/000_7c609068368f20e4.txt later.txt -o diff.csv
    """
    from .compare import diff_files
    from .table import TableWriter

    _check_published(published)
    to_file = output not in (None, "-")
    if to_file:
        _format_from(output, None)
    table = diff_files(a, b, out=output if to_file else None, tracked=tracked_path,
                       rules_paths=rules_paths, source=source, published=published)
    if not to_file:
        with TableWriter(None, "csv", stream=sys.stdout, schema="diff") as writer:
            writer.write(table)
    counts = table["status"].value_counts().to_dict() if len(table) else {}
    log.info("%d row(s): %s", len(table), ", ".join(f"{n} {s}" for s, n in counts.items()) or "no figures")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", "out_dir", metavar="DIR", required=True,
              help="Folder for figures.csv, groups.csv, quotes.csv and report.html (created if missing).")
@_tracked_option
@_compare_rules_option
@click.option("--source", metavar="NAME", help="Outlet for article inputs that do not name one.")
@click.option("--published", metavar="DATE", help="Publication date (YYYY-MM-DD) for article inputs that lack one.")
@click.option("--title", default="factcheck comparison", show_default=True, help="The report page's title.")
@_verbose_option
def compare(paths, out_dir, tracked_path, rules_paths, source, published, title):
    """Compare figures and quotes across many articles or claims tables (many outlets, many
    dates). Writes DIR/figures.csv (every figure with its group_id), DIR/groups.csv (one row
    per group: status agree, updated, revised, conflict or single, with the consensus
    interval), DIR/quotes.csv (quotes kept, altered or reattributed) and DIR/report.html (a
    self-contained page with a timeline chart per group). Unreadable inputs are reported and
    skipped.

    Example: factcheck compare articles/ claims.csv -o report/ --tracked tracked.toml
    """
    from .compare import compare as run_compare

    _check_published(published)
    failed = []

    def note(err) -> None:
        failed.append(err)
        log.warning("skipped %s", err)

    result = run_compare(paths, out_dir, tracked=tracked_path, rules_paths=rules_paths, source=source,
                         published=published, on_error=note, title=title)
    if result.n_figures == 0 and failed:
        raise _fail(f"no input could be read ({len(failed)} skipped).", EXIT_USAGE)
    statuses = ", ".join(f"{n} {s}" for s, n in sorted(result.statuses.items()))
    click.echo(f"{result.n_figures} figure(s) in {result.n_groups} group(s) ({statuses or 'none'}); "
               f"{result.n_quote_pairs} quote pair(s); report: {result.report}", err=True)
    if failed:
        raise CliExit(EXIT_PROBLEMS)


# ---------------------------------------------------------------------------------------------
# schema


@main.command()
@click.argument("name", required=False)
@click.option("--table-schema", is_flag=True, help="Print a Frictionless Table Schema for CSV checks instead.")
@_verbose_option
def schema(name, table_schema):
    """Print a schema by name, or list the schemas when no name is given.

    Example: factcheck schema claim --table-schema > claim.tableschema.json
    """
    from .schema import list_schemas, load_schema
    from .schema import table_schema as to_table_schema

    if not name:
        for n in list_schemas():
            click.echo(f"{n}\t{load_schema(n).get('title', '')}")
        return
    if name not in list_schemas():
        raise _fail(f"no schema named {name!r}; known: {', '.join(list_schemas())}.", EXIT_USAGE)
    out = to_table_schema(name) if table_schema else load_schema(name)
    click.echo(json.dumps(out, indent=2, ensure_ascii=False))


if __name__ == "__main__":  # pragma: no cover
    main()
