"""Convenience entry points: from paths or articles straight to a claims DataFrame."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .articles import Article, iter_articles
from .extract import DEFAULT_OPTIONS, ExtractOptions, iter_claims
from .table import to_frame


def claims_frame(claims):
    """Claims as a DataFrame in the schema's column order and dtypes."""
    return to_frame(claims)


def extract(inputs: Iterable[Article | str | Path] | Article | str | Path,
            options: ExtractOptions = DEFAULT_OPTIONS, **read_kwargs):
    """Every claim of the given articles (or files, folders) as one DataFrame.

    ``read_kwargs`` go to :func:`factcheck.articles.iter_articles` (``source``, ``published``,
    ``on_error``).
    """
    if isinstance(inputs, (Article, str, Path)):
        inputs = [inputs]
    items = list(inputs)
    articles = [a for a in items if isinstance(a, Article)]
    paths = [p for p in items if not isinstance(p, Article)]
    if paths:
        articles.extend(iter_articles(paths, **read_kwargs))
    return to_frame(iter_claims(articles, options))
