"""Who gives each figure: how often the extractor names the source the gold names.

``../shared/eval/score.py`` scores a figure's value, category and qualifier but not its
``speaker``; this adds that, with the scorer's own figure matching and its rule for names
(a speaker is right when the last words agree; a figure the article states itself has no
speaker in the gold, and must have none in the table).

    python tests/figure_speakers.py GOLD.jsonl CLAIMS.csv [--misses]
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pandas as pd

SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


def load_scorer(path: Path = SCORER) -> ModuleType:
    spec = importlib.util.spec_from_file_location("factcheck_eval_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def figure_speaker_accuracy(scorer: ModuleType, gold_path, claims_path) -> tuple[float, int, list[str]]:
    """(accuracy, matched figures, misses) of figure speakers among the figures that
    ``scorer.match_figures`` pairs with the gold and whose gold gives a ``speaker`` key."""
    gold = [json.loads(line) for line in open(gold_path, encoding="utf-8") if line.strip()]
    df = pd.read_csv(claims_path, dtype={"article_id": str})
    figures: dict[str, list[dict]] = {}
    for r in df.to_dict("records"):
        if r.get("kind") == "figure":
            figures.setdefault(str(r["article_id"]), []).append({k: scorer.clean(v) for k, v in r.items()})
    ok = n = 0
    misses: list[str] = []
    for art in gold:
        for g, p in scorer.match_figures(art.get("figures", []), figures.get(art["article"], [])):
            if "speaker" not in g:
                continue  # (not annotated: the first held-out gold file gives no figure speakers)
            n += 1
            if scorer.surname(g.get("speaker")) == scorer.surname(p.get("speaker")):
                ok += 1
            else:
                misses.append(f"{art['article']}: figure {g.get('text')!r} gold {g.get('speaker')} got {p.get('speaker')}")
    return (round(ok / n, 3) if n else 0.0), n, misses


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    acc, n, misses = figure_speaker_accuracy(load_scorer(), argv[0], argv[1])
    print(f"figure speakers: {acc} over {n} matched figures")
    if "--misses" in argv:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
