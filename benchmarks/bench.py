"""Speed and memory of factcheck extract, run on purpose (never part of the test suite).

    python benchmarks/bench.py                 # everything: a few minutes on 2 cores
    python benchmarks/bench.py --quick         # small corpora, one repeat: a smoke run

Reports, as Markdown on stdout and as JSON in benchmarks/out/bench-<time>.json:

- the machine (cores, CPU model, Python) and the commit measured;
- single-core throughput in this process (MB of UTF-8 article text a second) of a bare
  regex number scan (the baseline every other figure is also given against), the figures
  extractor alone, the full extractor (figures, quotes, statements) and quantulum3 on the
  same texts (``pip install -e ".[bench]"``), medians over repeats;
- the CLI on a corpus with --jobs 1..N, figures alone and full: MB/s, MB/s per core, speed-up;
- peak memory (RSS summed over the process tree, sampled) on a small and a large corpus;
- one very long article (15 MB): time and memory, and how time grows with article length;
- ``factcheck --help`` start-up time.

Corpora are made by benchmarks/corpus.py from the dev articles in ../shared/eval/dev.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
OUT = HERE / "out"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

import corpus as corpus_mod  # noqa: E402 - the sibling module, found through the path above

BASELINE = re.compile(r"\d[\d,.]*")
# Seconds between RSS samples of a running process tree.
RSS_SAMPLE_SECONDS = 0.05
# Article lengths (characters) for the growth probe: each doubles the last.
GROWTH_LENGTHS = (500_000, 1_000_000, 2_000_000)


def machine() -> dict:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        commit, dirty = "unknown", ""
    from factcheck.parallel import default_jobs

    return {"nproc": default_jobs(), "cpu": model, "python": platform.python_version(),
            "platform": platform.platform(), "commit": commit + (" (+ uncommitted changes)" if dirty else "")}


def mb(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def median_seconds(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def load_articles(path: Path, max_bytes: int):
    from factcheck.articles import Article

    out, size = [], 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            out.append(Article.from_record(rec, where=str(path)))
            size += len(rec["text"].encode("utf-8"))
            if size >= max_bytes:
                break
    return out


# ---------------------------------------------------------------------------------------------
# In-process throughput, one core


def throughput(articles, repeats: int, quantulum: bool) -> dict:
    from factcheck.extract import ExtractOptions, extract_article

    texts = [a.text for a in articles]
    size = mb(texts)
    figures = ExtractOptions(kinds=("figure",))
    full = ExtractOptions()
    extract_article(articles[0], full)  # imports, rule tables and caches before the clock
    runs = {
        "regex baseline": lambda: [BASELINE.findall(t) for t in texts],
        "figures": lambda: [extract_article(a, figures) for a in articles],
        "full": lambda: [extract_article(a, full) for a in articles],
    }
    if quantulum:
        from quantulum3 import parser

        parser.parse("About 1,200 people, 5 km away.")  # its classifier loads on the first call
        runs["quantulum3"] = lambda: [parser.parse(t) for t in texts]
    out = {"mb": size, "articles": len(articles)}
    for name, fn in runs.items():
        seconds = median_seconds(fn, repeats if name != "quantulum3" else max(1, repeats // 2))
        out[name] = {"seconds": seconds, "mb_per_s": size / seconds, "articles_per_s": len(articles) / seconds}
    base = out["regex baseline"]["mb_per_s"]
    for name in runs:
        out[name]["vs_baseline"] = out[name]["mb_per_s"] / base
    if quantulum:
        q = out["quantulum3"]["mb_per_s"]
        out["full"]["vs_quantulum3"] = out["full"]["mb_per_s"] / q
        out["figures"]["vs_quantulum3"] = out["figures"]["mb_per_s"] / q
    return out


# ---------------------------------------------------------------------------------------------
# The CLI in a subprocess: wall time and the peak RSS of its process tree


def cli(args: list[str], timeout: float) -> dict:
    import resource

    import psutil

    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = psutil.Popen([sys.executable, "-m", "factcheck", *args], env=env,
                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    timed_out = False
    while proc.poll() is None:
        rss = 0
        try:
            for p in [proc, *proc.children(recursive=True)]:
                try:
                    rss += p.memory_info().rss
                except psutil.NoSuchProcess:
                    pass
        except psutil.NoSuchProcess:
            pass
        peak = max(peak, rss)
        if time.perf_counter() - t0 > timeout:
            timed_out = True
            for p in [*proc.children(recursive=True), proc]:
                try:
                    p.kill()
                except psutil.NoSuchProcess:
                    pass
            break
        time.sleep(RSS_SAMPLE_SECONDS)
    stderr = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    proc.wait(timeout=60)
    seconds = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the CLI and its workers, once waited for
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    if not timed_out and proc.returncode not in (0, 1):
        raise RuntimeError(f"factcheck {' '.join(args)} exited {proc.returncode}: {stderr[-2000:]}")
    # Exit 1: some input or article was skipped; the message says which (a benchmark corpus
    # should have none, so the report shows it).
    problem = stderr.strip().splitlines()[-1] if proc.returncode == 1 and stderr.strip() else None
    return {"seconds": seconds, "cpu_seconds": cpu, "peak_rss_mb": peak / 1e6, "timed_out": timed_out,
            "status": proc.returncode, "problem": problem}


def load_average() -> float | None:
    try:
        return float(Path("/proc/loadavg").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def scaling(corpus: Path, size_mb: float, max_jobs: int, repeats: int, timeout: float) -> dict:
    """Runs interleaved (1, 2, ..., N, 1, 2, ...), so that a change in the machine's other
    load during the benchmark touches every job count alike."""
    out: dict = {}
    for label, kinds in (("figures", "figure"), ("full", "figure,quote,statement")):
        times: dict[int, list[dict]] = {j: [] for j in range(1, max_jobs + 1)}
        for _ in range(repeats):
            for jobs in times:
                times[jobs].append(cli(["extract", str(corpus), "--kinds", kinds, "--jobs", str(jobs), "-o",
                                        str(OUT / "bench-claims.csv")], timeout))
        rows = []
        for jobs, runs in times.items():
            seconds = statistics.median(r["seconds"] for r in runs)
            rows.append({"jobs": jobs, "seconds": seconds, "runs": [r["seconds"] for r in runs],
                         "cpu_seconds": statistics.median(r["cpu_seconds"] for r in runs),
                         "mb_per_s": size_mb / seconds, "mb_per_s_per_core": size_mb / seconds / jobs})
        for row in rows:
            row["speedup"] = rows[0]["seconds"] / row["seconds"]
        out[label] = rows
    return out


def memory(corpora: dict[str, tuple[Path, float]], jobs: int, timeout: float) -> dict:
    out = {}
    for name, (path, size_mb) in corpora.items():
        for j in sorted({1, jobs}):
            r = cli(["extract", str(path), "--jobs", str(j), "-o", str(OUT / "bench-claims.csv")], timeout)
            out[f"{name} --jobs {j}"] = {**r, "mb": size_mb}
    return out


# ---------------------------------------------------------------------------------------------
# One long article


def long_article_text(articles, size: int) -> str:
    paragraphs = [p for a in articles for p in a.text.split("\n\n")]
    body, n, i = [], 0, 0
    while n < size:
        body.append(paragraphs[i % len(paragraphs)])
        n += len(body[-1]) + 2
        i += 1
    return "\n\n".join(body)


def long_article(articles, size_mb: float, timeout: float) -> dict:
    text = long_article_text(articles, int(size_mb * 1e6))
    path = OUT / f"long-{size_mb:g}mb.txt"
    path.write_text("title: one long article\n\n" + text, encoding="utf-8")
    out = {}
    for label, kinds in (("figures", "figure"), ("figures+statements", "figure,statement"),
                         ("full", "figure,quote,statement")):
        out[label] = cli(["extract", str(path), "--jobs", "1", "--kinds", kinds, "-o",
                          str(OUT / "bench-long.csv")], timeout)
    return out


def growth(articles) -> dict:
    """Seconds per kind for one article of each length in GROWTH_LENGTHS, and the exponent of
    the last doubling (1: linear, 2: quadratic)."""
    from factcheck.articles import Article
    from factcheck.extract import ExtractOptions, extract_article

    out = {}
    for kind in ("figure", "quote", "statement", "full"):
        times = []
        for n in GROWTH_LENGTHS:
            a = Article(id="long", text=long_article_text(articles, n))
            options = ExtractOptions() if kind == "full" else ExtractOptions(kinds=(kind,))
            times.append(median_seconds(lambda a=a, o=options: extract_article(a, o), 1))
        out[kind] = {"seconds": times, "exponent": math.log2(times[-1] / times[-2]) if times[-2] > 0 else None}
    return out


def startup(repeats: int) -> dict:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "factcheck", "--help"], env=env, capture_output=True, timeout=60, check=True)
        times.append(time.perf_counter() - t0)
    return {"seconds": statistics.median(times)}


# ---------------------------------------------------------------------------------------------


def report(res: dict) -> str:
    m = res["machine"]
    la = res.get("load_average", {})
    lines = [f"Machine: {m['nproc']} cores, {m['cpu']}, Python {m['python']}, {m['platform']}; commit {m['commit']}",
             f"Load average (other work on the machine) at start {la.get('start')}, at end {la.get('end')}", ""]
    t = res.get("throughput")
    if t:
        lines += [f"Single core, in process, {t['mb']:.2f} MB of text in {t['articles']} articles (medians):", "",
                  "| run | MB/s | articles/s | × regex baseline | × quantulum3 |", "|---|---|---|---|---|"]
        for name in ("regex baseline", "figures", "full", "quantulum3"):
            if name in t:
                r = t[name]
                q = f"{r['vs_quantulum3']:.0f}×" if "vs_quantulum3" in r else ""
                lines.append(f"| {name} | {r['mb_per_s']:.3f} | {r['articles_per_s']:.0f} | {r['vs_baseline']:.4f} | {q} |")
        lines.append("")
    s = res.get("scaling")
    if s:
        lines += [f"CLI on {res['small_mb']:g} MB (JSONL, wall time incl. start-up and writing CSV, medians):", "",
                  "| extractor | jobs | seconds: median (runs) | CPU s, all processes | MB/s | MB/s per core | speed-up |",
                  "|---|---|---|---|---|---|---|"]
        for label, rows in s.items():
            for r in rows:
                runs = ", ".join(f"{x:.1f}" for x in r["runs"])
                lines.append(f"| {label} | {r['jobs']} | {r['seconds']:.1f} ({runs}) | {r['cpu_seconds']:.1f} | "
                             f"{r['mb_per_s']:.2f} | {r['mb_per_s_per_core']:.2f} | {r['speedup']:.2f}× |")
        lines.append("")
    mem = res.get("memory")
    if mem:
        lines += ["Peak RSS of the process tree, full extractor:", "", "| input | seconds | peak RSS MB |", "|---|---|---|"]
        for name, r in mem.items():
            note = f" (exit 1: {r['problem'][:120]})" if r.get("problem") else ""
            lines.append(f"| {name} | {r['seconds']:.1f}{note} | {r['peak_rss_mb']:.0f} |")
        lines.append("")
    long = res.get("long")
    if long:
        lines += [f"One {res['long_mb']:g} MB article, --jobs 1:", "", "| kinds | seconds | peak RSS MB |", "|---|---|---|"]
        for name, r in long.items():
            secs = f"> {r['seconds']:.0f} (stopped)" if r["timed_out"] else f"{r['seconds']:.1f}"
            if r.get("problem"):
                secs += f" (exit 1: {r['problem'][:120]})"
            lines.append(f"| {name} | {secs} | {r['peak_rss_mb']:.0f} |")
        lines.append("")
    g = res.get("growth")
    if g:
        lines += ["Growth with article length (seconds; exponent of the last doubling, 1 = linear):", "",
                  "| kinds | " + " | ".join(f"{n / 1e6:g} M chars" for n in GROWTH_LENGTHS) + " | exponent |",
                  "|---|" + "---|" * (len(GROWTH_LENGTHS) + 1)]
        for kind, r in g.items():
            exp = f"{r['exponent']:.2f}" if r["exponent"] is not None else "n/a"
            lines.append(f"| {kind} | " + " | ".join(f"{x:.2f}" for x in r["seconds"]) + f" | {exp} |")
        lines.append("")
    if "startup" in res:
        lines.append(f"`factcheck --help`: {res['startup']['seconds']:.3f} s (median)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from factcheck.parallel import default_jobs

    ap = argparse.ArgumentParser(description="Speed and memory of factcheck extract.")
    ap.add_argument("--small-mb", type=float, default=10, help="the corpus for scaling and memory (default 10)")
    ap.add_argument("--large-mb", type=float, default=100, help="the large corpus for memory (default 100)")
    ap.add_argument("--sample-mb", type=float, default=0.5, help="text for the in-process runs (default 0.5)")
    ap.add_argument("--long-mb", type=float, default=15, help="the one long article (default 15)")
    ap.add_argument("--repeats", type=int, default=3, help="runs per measure; the median is reported (default 3)")
    ap.add_argument("--max-jobs", type=int, default=default_jobs(), help="scale from 1 to this many jobs")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds before a CLI run is stopped")
    ap.add_argument("--no-quantulum", action="store_true", help="leave quantulum3 out")
    ap.add_argument("--only", help="comma-separated: throughput,scaling,memory,long,growth,startup")
    ap.add_argument("--quick", action="store_true", help="small sizes, one repeat")
    ap.add_argument("--dev", type=Path, default=corpus_mod.DEFAULT_DEV, help="folder of dev articles (default ../shared/eval/dev)")
    args = ap.parse_args(argv)
    if args.quick:
        args.small_mb, args.large_mb, args.sample_mb, args.long_mb, args.repeats = 1, 3, 0.1, 1, 1
    only = set(args.only.split(",")) if args.only else {"throughput", "scaling", "memory", "long", "growth", "startup"}
    OUT.mkdir(parents=True, exist_ok=True)

    def corpus(size: float) -> Path:
        path = OUT / f"corpus-{size:g}mb.jsonl"
        corpus_mod.write_corpus(path, size, args.dev)
        return path

    res: dict = {"machine": machine(), "small_mb": args.small_mb, "large_mb": args.large_mb, "long_mb": args.long_mb,
                 "repeats": args.repeats, "argv": sys.argv[1:]}
    small = corpus(args.small_mb)
    dev = corpus_mod.dev_articles(args.dev)
    res["load_average"] = {"start": load_average()}
    if "throughput" in only:
        res["throughput"] = throughput(load_articles(small, int(args.sample_mb * 1e6)), args.repeats, not args.no_quantulum)
    if "scaling" in only:
        res["scaling"] = scaling(small, args.small_mb, args.max_jobs, args.repeats, args.timeout)
    if "memory" in only:
        res["memory"] = memory({f"{args.small_mb:g} MB": (small, args.small_mb),
                                f"{args.large_mb:g} MB": (corpus(args.large_mb), args.large_mb)},
                               args.max_jobs, args.timeout)
    if "long" in only:
        res["long"] = long_article(dev, args.long_mb, args.timeout)
    if "growth" in only:
        res["growth"] = growth(dev)
    if "startup" in only:
        res["startup"] = startup(max(5, args.repeats * 3))
    res["load_average"]["end"] = load_average()
    stamp = time.strftime("%Y%m%d-%H%M%S")
    (OUT / f"bench-{stamp}.json").write_text(json.dumps(res, indent=1), encoding="utf-8")
    print(report(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
