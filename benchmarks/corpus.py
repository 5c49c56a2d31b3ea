"""Make a benchmark corpus: N unique article records as JSONL, rotated from the dev articles.

The dev articles belong to their outlets, so they are read at run time from the dev folder
beside the checkout (``../shared/eval/dev``) and never copied into the repository; the corpus
goes to ``benchmarks/out/`` (git-ignored) or wherever ``-o`` says.

Record ``k`` is dev article ``k mod n`` with every number shifted by a deterministic amount
(``1,400`` becomes ``1,417``, thousands separators kept), its most frequent capitalised name
replaced by a made-up name unique to ``k`` (``Blinken`` becomes ``Tavomire`` throughout), and
its paragraphs rotated: every record is different text of the same shape, with as many
figures, quotes and statements.

    python benchmarks/corpus.py --mb 10 -o benchmarks/out/corpus-10mb.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_DEV = REPO.parent / "shared" / "eval" / "dev"
OUT = HERE / "out"
NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?![\w,]?\d)|(?<![\w.,])\d+(?![\w,.]?\d)")
# Shifts are taken modulo this, so that figures stay of the size the articles use.
SHIFT_MODULUS = 97
NAME = re.compile(r"(?<=[a-z,] )[A-Z][a-z]{3,}\b")
# Syllables of made-up names: three of them give 40^3 = 64,000 names, then a digit is added.
SYLLABLES = ("ta vo mi re ka lu so ne di fa ro ze bi ha mo gu pe ly wa ni "
             "co sa te ju ri no ba ke lo vi ma du fe si go ra pu de ho li").split()


def dev_articles(dev: Path):
    from factcheck.articles import read_articles

    articles = read_articles([dev])
    if not articles:
        raise SystemExit(f"no articles in {dev}")
    return articles


def _shift(match: re.Match, by: int) -> str:
    raw = match.group()
    value = int(raw.replace(",", "")) + by
    return f"{value:,}" if "," in raw else str(value)


def made_up_name(k: int) -> str:
    n = len(SYLLABLES)
    name = SYLLABLES[k % n] + SYLLABLES[k // n % n] + SYLLABLES[k // n // n % n]
    return name.capitalize() + (str(k // n**3) if k >= n**3 else "")


def variant(text: str, k: int) -> str:
    """Record ``k``'s text: numbers shifted by an amount that depends on k, the most frequent
    name in mid-sentence replaced by a name unique to k, paragraphs rotated."""
    by = 1 + k % SHIFT_MODULUS
    text = NUMBER.sub(lambda m: _shift(m, by), text)
    names = NAME.findall(text)
    if names:
        common = max(sorted(set(names)), key=names.count)
        text = re.sub(rf"\b{common}\b", made_up_name(k), text)
    paragraphs = text.split("\n\n")
    turn = (k // SHIFT_MODULUS) % len(paragraphs)
    return "\n\n".join(paragraphs[turn:] + paragraphs[:turn])


def records(articles, target_bytes: int):
    """Records until their texts hold ``target_bytes`` bytes of UTF-8."""
    size = k = 0
    while size < target_bytes:
        a = articles[k % len(articles)]
        text = variant(a.text, k)
        size += len(text.encode("utf-8"))
        yield {"id": f"{a.id}-{k:07d}", "text": text, "source": a.source, "published": a.published,
               "title": a.title}
        k += 1


def write_corpus(path: Path, mb: float, dev: Path = DEFAULT_DEV) -> tuple[int, int]:
    """Write a corpus of ``mb`` MB (10^6 bytes) of article text; returns (records, text bytes)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    n = text_bytes = 0
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "w", encoding="utf-8") as fh:
        for rec in records(dev_articles(dev), int(mb * 1_000_000)):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
            text_bytes += len(rec["text"].encode("utf-8"))
    tmp.replace(path)
    return n, text_bytes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=10, help="MB of article text (default 10)")
    ap.add_argument("-o", "--output", type=Path, help="JSONL file (default benchmarks/out/corpus-<MB>mb.jsonl)")
    ap.add_argument("--dev", type=Path, default=DEFAULT_DEV, help="folder of dev articles (default ../shared/eval/dev)")
    args = ap.parse_args(argv)
    out = args.output or OUT / f"corpus-{args.mb:g}mb.jsonl"
    n, size = write_corpus(out, args.mb, args.dev)
    print(f"{out}: {n} records, {size / 1e6:.1f} MB of text", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
