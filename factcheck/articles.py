"""Articles and the readers of each input form.

Forms: ``.txt`` with ``key: value`` header lines, a blank line and the body; the seed's form
(a first line `` date YYYY-MM-DD <caption>``, a ``Photo:`` credit, a byline and a date line);
``.md`` with YAML front matter; ``.html``/``.htm`` through trafilatura; ``.json`` (an object or
a list) and ``.jsonl`` records; folders (recursively, in a stable order); ``-`` for stdin.

Text is decoded as UTF-8 (a BOM is honoured; UTF-16 too), with a detected fallback encoding
rather than a failure, and line endings are normalised to ``\\n`` before any offset is taken.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from .dates import parse_date
from .errors import ArticleError

ARTICLE_SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
                    ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl",
                    ".ndjson": "jsonl"}

# Header keys as they appear in files -> Article fields.
HEADER_KEYS = {
    "id": "id", "source": "source", "outlet": "source", "publisher": "source", "site": "source",
    "sitename": "source", "site_name": "source", "url": "url", "link": "url", "title": "title",
    "headline": "title", "published": "published", "date": "published", "author": "author",
    "byline": "author", "language": "language", "lang": "language",
}
# Header values that mean "not known".
UNKNOWN_VALUES = re.compile(r"^(?:unknown|n/?a|none|null|-)(?:\s*\(.*\))?$", re.IGNORECASE)
PHOTO_CREDIT = re.compile(r"^(photo|photograph|image|credit|picture|video)s?\s*:", re.IGNORECASE)
# A byline that names an outlet ("JNS Staff Report", "AP Staff", "By Reuters").
BYLINE = re.compile(r"^(?:by\s+)?(?P<name>.+?)(?:\s+(?P<staff>staff(?:\s+report(?:er)?)?|wire(?:\s+services?)?|newsroom))?$",
                    re.IGNORECASE)
SEED_FIRST_LINE = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\b\s*(?P<caption>.*)$")
HEADER_LINE = re.compile(r"^(?P<key>[A-Za-z][A-Za-z_ -]{0,30}?)\s*:\s?(?P<value>.*)$")
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
MAX_BYLINE_WORDS = 6
# Share of control characters above which decoded text is taken for binary data.
BINARY_CONTROL_SHARE = 0.05
# Share of non-ASCII characters up to which a non-UTF-8 file is read as Windows-1252.
LEGACY_NON_ASCII_SHARE = 0.1
# Bytes at the start of a JSONL file looked at for a UTF-16/32 BOM or NUL bytes.
JSONL_SNIFF_BYTES = 4096


@dataclass
class Article:
    """One article: its metadata and its body text. Claims' offsets index into ``text``."""

    id: str
    text: str
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    author: str | None = None
    language: str | None = None
    path: str | None = None
    meta: dict = field(default_factory=dict, repr=False, compare=False)

    def as_record(self) -> dict:
        """The article as the article schema describes it (``meta`` left out)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "meta"}

    @classmethod
    def from_record(cls, rec: dict, *, where: str, default_id: str | None = None, line: int | None = None) -> Article:
        """An article from a JSON object with ``id`` and ``text`` and the optional fields."""
        if not isinstance(rec, dict):
            raise ArticleError(where, "the record is not a JSON object.", "Give one object per article.", line)
        text = rec.get("text", rec.get("body", rec.get("content")))
        if text is None:
            raise ArticleError(where, "the record has no `text`.", "Add the article body as \"text\".", line)
        if not isinstance(text, str):
            raise ArticleError(where, f"the record's `text` is {type(text).__name__}, not a string.",
                               "Give the body as one JSON string.", line)
        rid = rec.get("id", default_id)
        if rid is None or (isinstance(rid, str) and not rid.strip()):
            raise ArticleError(where, "the record has no `id`.", "Add a unique \"id\" to each record.", line)
        if not isinstance(rid, (str, int)) or isinstance(rid, bool):
            raise ArticleError(where, f"the record's `id` is {type(rid).__name__}; give a string.", "", line)
        values: dict = {}
        meta = {}
        for key, value in rec.items():
            target = HEADER_KEYS.get(str(key).lower())
            if target and target != "id" and key != "text":
                values.setdefault(target, _clean_value(value))
            elif key not in ("id", "text", "body", "content"):
                meta[key] = value
        published = parse_date(values.pop("published", None))
        return cls(id=str(rid), text=normalise_newlines(text), published=published, path=where,
                   meta=meta, **values)


def _clean_value(value) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        return value if hasattr(value, "isoformat") else str(value)
    v = value.strip()
    if not v or UNKNOWN_VALUES.match(v):
        return None
    return v


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``; a leading BOM is dropped."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


# ---------------------------------------------------------------------------------------------
# Decoding


def decode_bytes(raw: bytes, where: str) -> str:
    """Bytes as text: a BOM's encoding, UTF-8, UTF-16 without a BOM, then a detected encoding."""
    if not raw.strip():
        raise ArticleError(where, "the file is empty.", "Give a file with an article's text.")
    boms = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
            (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
    for bom, enc in boms:
        if raw.startswith(bom):
            try:
                return _check_text(raw.decode(enc), where)
            except UnicodeDecodeError:
                break
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]  # a UTF-8 BOM on text that is not all UTF-8: decode the rest below
    if b"\x00" in raw:
        enc = _utf16_without_bom(raw)
        if enc is None:
            raise ArticleError(where, "the file is binary, not text.",
                               "Give a text, Markdown, HTML or JSON file (convert PDFs and Word files to text first).")
        try:
            return _check_text(raw.decode(enc), where)
        except UnicodeDecodeError as exc:
            raise ArticleError(where, "the file is binary, not text.", "Give a text file.") from exc
    try:
        return _check_text(raw.decode("utf-8"), where)
    except UnicodeDecodeError:
        pass
    # Western news that is not UTF-8 is almost always Windows-1252 (a superset of Latin-1):
    # take it when the result is mostly ASCII; statistical detection is unreliable on short
    # texts. Otherwise (Cyrillic, Greek, ... in a legacy code page) ask charset-normalizer.
    try:
        guess = raw.decode("cp1252")
    except UnicodeDecodeError:
        guess = None
    if guess is not None and sum(ord(c) > 127 for c in guess) <= LEGACY_NON_ASCII_SHARE * len(guess):
        return _check_text(guess, where)
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:200_000]).best()
    encoding = best.encoding if best is not None else "cp1252"
    try:
        return _check_text(raw.decode(encoding), where)
    except (UnicodeDecodeError, LookupError):
        return _check_text(raw.decode("latin-1"), where)


def _utf16_without_bom(raw: bytes) -> str | None:
    sample = raw[:4096]
    even, odd = sample[0::2], sample[1::2]
    if odd and odd.count(0) / len(odd) > 0.4 and even.count(0) / max(len(even), 1) < 0.1:
        return "utf-16-le"
    if even and even.count(0) / len(even) > 0.4 and odd.count(0) / max(len(odd), 1) < 0.1:
        return "utf-16-be"
    return None


def _check_text(text: str, where: str) -> str:
    sample = text[:20_000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    if sample and controls / len(sample) > BINARY_CONTROL_SHARE:
        raise ArticleError(where, "the file is binary, not text.", "Give a text, Markdown, HTML or JSON file.")
    return text


# ---------------------------------------------------------------------------------------------
# Readers of each form


def parse_text(text: str, article_id: str, where: str) -> Article:
    """A ``.txt`` article: a ``key: value`` header and a blank line, the seed's form, or bare text."""
    text = normalise_newlines(text)
    if SEED_FIRST_LINE.match(text.split("\n", 1)[0]):
        return parse_seed_form(text, article_id, where)
    header, body = _split_header(text)
    if header is None:
        body = text.strip()
        if not body:
            raise ArticleError(where, "the file holds no text.", "Give a file with an article's text.")
        return Article(id=article_id, text=body, path=where)
    values: dict = {}
    meta: dict = {}
    for key, value in header.items():
        target = HEADER_KEYS.get(key.lower().replace(" ", "_"))
        if target:
            values.setdefault(target, _clean_value(value))
        else:
            meta[key] = value
    if not body.strip():
        raise ArticleError(where, "the header is followed by no body.",
                           "Put the article's text after the header lines, separated by one blank line.")
    article_id = values.pop("id", None) or article_id
    published_raw = values.pop("published", None)
    published = parse_date(published_raw)
    if published_raw and not published:
        meta["published_unparsed"] = published_raw
    return Article(id=article_id, text=body, published=published, path=where, meta=meta, **values)


def _split_header(text: str) -> tuple[dict | None, str]:
    lines = text.split("\n")
    header: dict[str, str] = {}
    known = 0
    for i, line in enumerate(lines):
        if not line.strip():
            if header and known:
                rest = "\n".join(lines[i + 1:])
                return header, rest.strip("\n").rstrip()
            return None, text
        m = HEADER_LINE.match(line)
        if not m:
            if header and known and i == len(lines) - 1:
                break
            return None, text
        key = m["key"].strip()
        header[key] = m["value"].strip()
        known += key.lower().replace(" ", "_") in HEADER_KEYS
    if header and known:
        return header, ""
    return None, text


def parse_seed_form(text: str, article_id: str, where: str) -> Article:
    """The seed's form: `` date 2023-11-03 <photo caption>``, a ``Photo:`` credit, a standfirst,
    a byline and a date line, then the body. Caption and credit are kept out of the body."""
    first, _, rest = text.partition("\n")
    m = SEED_FIRST_LINE.match(first)
    assert m is not None
    meta: dict = {"caption": m["caption"].strip() or None}
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", rest) if p.strip()]
    body: list[str] = []
    author = source = None
    for i, para in enumerate(paragraphs):
        if PHOTO_CREDIT.match(para):
            meta.setdefault("photo_credit", para.split(":", 1)[1].strip())
            continue
        if parse_date(para) and len(para) <= 40:
            meta["date_line"] = para
            continue
        next_is_date = i + 1 < len(paragraphs) and parse_date(paragraphs[i + 1]) and len(paragraphs[i + 1]) <= 40
        if next_is_date and len(para.split()) <= MAX_BYLINE_WORDS and not para.endswith((".", "!", "?", "”", '"')):
            author = para
            b = BYLINE.match(para)
            if b and b["staff"]:
                source = b["name"].strip()
            continue
        body.append(para)
    if not body:
        raise ArticleError(where, "no body after the caption, credit and byline.",
                           "Put the article's paragraphs after the date line.")
    return Article(id=article_id, text="\n\n".join(body), published=parse_date(m["date"]),
                   author=author, source=source, path=where, meta=meta)


def parse_markdown(text: str, article_id: str, where: str) -> Article:
    """Markdown with optional YAML front matter (``---`` ... ``---``)."""
    import yaml

    text = normalise_newlines(text)
    m = FRONT_MATTER.match(text)
    if not m:
        body = text.strip()
        if not body:
            raise ArticleError(where, "the file holds no text.", "Give a file with an article's text.")
        return Article(id=article_id, text=body, path=where)
    try:
        front = yaml.safe_load(m["yaml"]) or {}
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        raise ArticleError(where, f"the front matter is not valid YAML ({getattr(exc, 'problem', exc)}).",
                           "Fix the lines between the two `---` lines.", None if line is None else line + 2) from exc
    if not isinstance(front, dict):
        raise ArticleError(where, "the front matter is not a set of `key: value` lines.", "Write one `key: value` per line.")
    body = text[m.end():].strip()
    if not body:
        raise ArticleError(where, "the front matter is followed by no body.", "Put the article's text after the closing `---`.")
    rec = {**{str(k): v for k, v in front.items()}, "text": body}
    rec.setdefault("id", article_id)
    rec["id"] = str(rec["id"])
    return Article.from_record(rec, where=where)


def parse_html(html: str, article_id: str, where: str) -> Article:
    """An HTML page through trafilatura: the body without navigation, footers and sidebars,
    and title, outlet (site name), author and published date from the page's metadata.
    A page too deep for the parser falls back to its text with the tags stripped."""
    doc = None
    fallback_reason = "trafilatura found no main text"
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=True, include_images=False)
    except Exception as exc:  # noqa: BLE001 - a parser failure (RecursionError too) falls back to plain text
        fallback_reason = f"{exc.__class__.__name__}: {exc}"
    text = getattr(doc, "text", None) if doc is not None else None
    meta: dict = {}
    if not text or not text.strip():
        text = html_to_text(html)
        meta["html_fallback"] = fallback_reason
        if not text.strip():
            raise ArticleError(where, "the page holds no text.", "Give the article's HTML page.")
        return Article(id=article_id, text=text, path=where, meta=meta,
                       title=_html_title(html))
    return Article(
        id=article_id, text=normalise_newlines(text).strip(), path=where, meta=meta,
        title=_clean_value(getattr(doc, "title", None)), source=_clean_value(getattr(doc, "sitename", None)),
        author=_clean_value(getattr(doc, "author", None)), url=_clean_value(getattr(doc, "url", None)),
        published=parse_date(getattr(doc, "date", None)), language=_clean_value(getattr(doc, "language", None)),
    )


_TAG = re.compile(r"<(script|style|noscript|nav|footer|header|aside)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.DOTALL | re.IGNORECASE)
_BLOCK = re.compile(r"</?(p|div|br|li|h[1-6]|tr|section|article|blockquote)\b[^>]*>", re.IGNORECASE)


def html_to_text(html: str) -> str:
    """Text of an HTML page without a parser (for pages that break it): blocks become
    paragraphs, scripts, styles and navigation are dropped, entities are decoded."""
    import html as htmllib

    marked = _BLOCK.sub("\n\n", html)
    text = htmllib.unescape(_TAG.sub(" ", marked))
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)


def _html_title(html: str) -> str | None:
    m = re.search(r"<title[^>]*>(.*?)</title>", html, re.IGNORECASE | re.DOTALL)
    if not m:
        return None
    import html as htmllib

    return " ".join(htmllib.unescape(m.group(1)).split()) or None


def parse_json(text: str, stem: str, where: str) -> Iterator[Article | ArticleError]:
    """A ``.json`` file: one article object, or a list of them."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield ArticleError(where, f"not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}).",
                           "Fix the JSON, or give one object per line in a .jsonl file.", exc.lineno)
        return
    if isinstance(data, dict):
        try:
            yield Article.from_record(data, where=where, default_id=stem)
        except ArticleError as exc:
            yield exc
        return
    if not isinstance(data, list):
        yield ArticleError(where, "the JSON is neither an object nor a list of objects.", "Give {\"id\": …, \"text\": …} records.")
        return
    for i, rec in enumerate(data):
        try:
            yield Article.from_record(rec, where=f"{where}[{i}]")
        except ArticleError as exc:
            yield exc


def parse_jsonl(lines: Iterable[str], where: str) -> Iterator[Article | ArticleError]:
    """A ``.jsonl`` file: one article object per line. A bad line is reported with its number;
    the other lines still come out."""
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ArticleError(where, f"the line is not valid JSON ({exc.msg}, column {exc.colno}).",
                               "Fix or remove that line; each line must be one JSON object.", lineno)
            continue
        try:
            yield Article.from_record(rec, where=where, line=lineno)
        except ArticleError as exc:
            yield exc


def sniff_form(text: str) -> str:
    """The form of a text whose name does not tell: html, json, jsonl, md or txt."""
    head = text.lstrip()[:2000]
    if head.startswith("<") or re.search(r"<html|<body|<p>", head[:500], re.IGNORECASE):
        return "html"
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        first = head.split("\n", 1)[0].strip()
        return "jsonl" if first.endswith("}") and "\n{" in text.lstrip()[:100_000] else "json"
    if head.startswith("---"):
        return "md"
    return "txt"


def parse_input(text: str, form: str, stem: str, where: str) -> Iterator[Article | ArticleError]:
    """Articles (or errors) from decoded text of a known form."""
    try:
        if form == "jsonl":
            yield from parse_jsonl(text.split("\n"), where)
        elif form == "json":
            yield from parse_json(text, stem, where)
        elif form == "html":
            yield parse_html(text, stem, where)
        elif form == "md":
            yield parse_markdown(text, stem, where)
        else:
            yield parse_text(text, stem, where)
    except ArticleError as exc:
        yield exc


# ---------------------------------------------------------------------------------------------
# Paths


def article_files(path: Path) -> list[Path]:
    """The article files under a folder, recursively, in a stable order (hidden files skipped)."""
    found = []
    for p in path.rglob("*"):
        rel = p.relative_to(path)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES:
            found.append(p)
    return sorted(found, key=lambda p: p.relative_to(path).as_posix())


def read_path(path: str | Path) -> Iterator[Article | ArticleError]:
    """Articles (or errors) from one file; a JSON or JSONL file may hold many."""
    p = Path(path)
    where = str(p)
    if ARTICLE_SUFFIXES.get(p.suffix.lower()) == "jsonl" and p.is_file():
        lazy = _read_jsonl_lazily(p)
        if lazy is not None:
            yield from lazy
            return
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        yield ArticleError(where, "no such file or folder.", "Check the path.")
        return
    except IsADirectoryError:
        yield ArticleError(where, "is a folder; expected a file.", "")
        return
    except OSError as exc:
        yield ArticleError(where, f"cannot read the file ({exc.strerror}).", "Check its permissions.")
        return
    try:
        text = decode_bytes(raw, where)
    except ArticleError as exc:
        yield exc
        return
    form = ARTICLE_SUFFIXES.get(p.suffix.lower()) or sniff_form(text)
    yield from parse_input(text, form, p.stem, where)


def _read_jsonl_lazily(path: Path) -> Iterator[Article | ArticleError] | None:
    """A JSONL file line by line, or None when the whole-file reader should take it.

    JSON Lines is UTF-8; a line that is not is read as Windows-1252, as the whole-file reader
    would. A UTF-16 or UTF-32 file (a BOM or NUL bytes at the start) or an empty one goes to
    the whole-file reader and its messages."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(JSONL_SNIFF_BYTES)
    except OSError:
        return None
    if not head.strip() or b"\x00" in head or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None

    def lines() -> Iterator[str]:
        with open(path, "rb") as fh:
            for line in fh:
                yield decode_jsonl_line(line)

    return parse_jsonl(lines(), str(path))


def decode_jsonl_line(raw: bytes) -> str:
    """One line of a JSONL file as text: UTF-8 (a BOM dropped), else Windows-1252."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def iter_items(paths: Iterable[str | Path], *, source: str | None = None, published: str | None = None,
               stdin=None, seen: dict[str, str] | None = None) -> Iterator[Article | ArticleError]:
    """The articles in ``paths`` and the errors met reading them, lazily and in input order.

    A JSONL file is read line by line, so memory does not grow with it. See
    :func:`iter_articles` for ids, ``source`` and ``published``.
    """
    items = (item for raw_path in paths for item in _expand(raw_path, stdin))
    return settle(items, source=source, published=published, seen=seen)


def settle(items: Iterable[Article | ArticleError], *, source: str | None = None,
           published: str | None = None, seen: dict[str, str] | None = None) -> Iterator[Article | ArticleError]:
    """Articles with ``source`` and ``published`` filled where they lack them, and an error in
    place of an article whose id an earlier one has (``seen``: id -> where, kept across calls)."""
    fill_published = parse_date(published) if published else None
    if published and not fill_published:
        raise ArticleError("--published", f"{published!r} is not a date.", "Give it as YYYY-MM-DD.")
    seen = {} if seen is None else seen
    for item in items:
        if isinstance(item, ArticleError):
            yield item
        elif item.id in seen:
            yield duplicate_error(item, seen[item.id])
        else:
            seen[item.id] = item.path or "?"
            if (source and not item.source) or (fill_published and not item.published):
                item = replace(item, source=item.source or source, published=item.published or fill_published)
            yield item


def duplicate_error(article: Article, first: str) -> ArticleError:
    """The error of an article whose id is already the id of the article read from ``first``."""
    return ArticleError(article.path or "?", f"article id {article.id!r} is already the id of {first}.",
                        "Rename one of the files or give the records distinct ids.")


def iter_articles(paths: Iterable[str | Path], *, source: str | None = None, published: str | None = None,
                  on_error: Callable[[ArticleError], None] | None = None, stdin=None) -> Iterator[Article]:
    """Every article in ``paths`` (files, folders, ``-`` for stdin), lazily and in order.

    ``source`` and ``published`` fill what an input lacks. Ids are unique in a run: a second
    article with an id already seen is an error naming both inputs. Errors go to ``on_error``
    and the other articles still come out; without ``on_error`` the first error is raised.
    """
    for item in iter_items(paths, source=source, published=published, stdin=stdin):
        if isinstance(item, ArticleError):
            if on_error is None:
                raise item
            on_error(item)
        else:
            yield item


def _expand(raw_path: str | Path, stdin) -> Iterator[Article | ArticleError]:
    if str(raw_path) == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read()
        raw = data.encode("utf-8") if isinstance(data, str) else data
        try:
            text = decode_bytes(raw, "<stdin>")
        except ArticleError as exc:
            yield exc
            return
        yield from parse_input(text, sniff_form(text), "stdin", "<stdin>")
        return
    p = Path(raw_path)
    if p.is_dir():
        files = article_files(p)
        if not files:
            yield ArticleError(str(p), "the folder holds no article files.",
                               f"Put {', '.join(sorted(ARTICLE_SUFFIXES))} files in it.")
        for f in files:
            yield from read_path(f)
        return
    if not p.exists():
        yield ArticleError(str(p), "no such file or folder.", "Check the path.")
        return
    yield from read_path(p)


def read_articles(paths: Iterable[str | Path] | str | Path, **kwargs) -> list[Article]:
    """All articles in ``paths`` as a list (raises on the first error unless ``on_error`` is given)."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    return list(iter_articles(paths, **kwargs))
