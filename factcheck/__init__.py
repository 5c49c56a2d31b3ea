"""factcheck: figures, quotes and reported statements from news articles, as one validated table.

The public API (imports are deferred so that ``factcheck --help`` starts fast)::

    import factcheck
    articles = factcheck.read_articles(["seeds/"])
    claims = factcheck.extract(articles)          # a pandas DataFrame, one row per claim
    factcheck.validate(claims, "claim")           # raises ValidationFailed listing every problem
"""

from __future__ import annotations

import logging
from importlib import import_module

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

_API = {
    "Article": "articles", "read_articles": "articles", "iter_articles": "articles",
    "Claim": "claims",
    "ExtractOptions": "extract", "extract_article": "extract", "iter_claims": "extract",
    "extract": "api", "claims_frame": "api",
    "validate": "schema", "iter_issues": "schema", "load_schema": "schema", "list_schemas": "schema",
    "table_schema": "schema",
    "read_table": "table", "write_table": "table", "to_frame": "table",
    "FactcheckError": "errors", "ArticleError": "errors", "SchemaError": "errors",
    "TableError": "errors", "ValidationFailed": "errors", "Issue": "errors",
}

__all__ = sorted(_API) + ["__version__"]


def __getattr__(name: str):
    module = _API.get(name)
    if module is None:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
