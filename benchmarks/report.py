"""Turn the JSON files of benchmarks/run.py (--json) into the tables of BENCHMARKS.md.

    python -m benchmarks.report sqlite.json pg.json > /tmp/tables.md
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _met(ok: bool) -> str:
    return "✅ met" if ok else "❌ not met"


def _ratio(value: float) -> str:
    return f"{value:.2f}×" if value >= 0.1 else f"{value:.3f}×"  # a service far faster than the hand query


def tables(results: list[dict]) -> str:
    out = []
    engines = [e for r in results for e in r["engines"]]
    out.append("### Search (services.persons.search_persons, limit 50) beside the best hand-written SQL\n")
    out.append("Each page compared with the hand query's (ids in order): \"same pages\" counts the differences "
               "(the run exits 1 on any). Load: the 1-minute load average on the 2 CPUs when the kind finished.\n")
    out.append("| engine | people | search | examples | rows | median | p95 | hand SQL median | hand SQL p95 | ratio | same pages | load | target < 10 ms and < 2× |")
    out.append("|---|---:|---|---|---:|---:|---:|---:|---:|---:|---|---:|---|")
    for e in engines:
        for r in e.get("search", []):
            examples = ", ".join(r.get("examples", [r["example"]])[:2 if r["kind"] == "ID number" else 4])
            same = "yes" if r.get("same", True) else f"**NO ({len(r['mismatches'])})**"
            out.append(f"| {e['engine']} | {e['persons']:,} | {r['kind']} | {examples} | {r['rows_per_query']} | "
                       f"{r['median_ms']:.2f} ms | {r['p95_ms']:.2f} ms | {r['sql_median_ms']:.2f} ms | "
                       f"{r['sql_p95_ms']:.2f} ms | {_ratio(r['ratio'])} | {same} | {r.get('load', '')} | {_met(r['met'])} |")
    if any(r.get("heavy") for e in engines for r in e.get("search", [])):
        out.append("\n### The heavy cases by name (in the samples above, every other query of their kind)\n")
        out.append("| engine | people | search | text | people matching | queries | median | hand SQL median | ratio |")
        out.append("|---|---:|---|---|---:|---:|---:|---:|---:|")
        for e in engines:
            for r in e.get("search", []):
                for h in r.get("heavy", []):
                    out.append(f"| {e['engine']} | {e['persons']:,} | {r['kind']} | {h['text']} | {h.get('matches', 0):,} | {h['queries']} | "
                               f"{h['median_ms']:.2f} ms | {h['sql_median_ms']:.2f} ms | "
                               f"{_ratio(h['median_ms'] / h['sql_median_ms'])} |")
    if any(e.get("cold_search") for e in engines):
        out.append("\n### The first search of a fresh process (cold) beside the hand query's first run\n")
        out.append("| engine | people | search | example | runs | first search (median) | hand SQL first (median) | ratio | OS cache dropped | same pages | load |")
        out.append("|---|---:|---|---|---:|---:|---:|---:|---|---|---:|")
        for e in engines:
            for r in e.get("cold_search", []):
                out.append(f"| {e['engine']} | {e['persons']:,} | {r['kind']} | {r['example']} | {r['runs']} | "
                           f"{r['median_ms']:.1f} ms | {r['sql_median_ms']:.1f} ms | {_ratio(r['ratio'])} | "
                           f"{'yes' if r['caches_dropped'] else 'no'} | {'yes' if not r['mismatches'] else '**NO**'} | "
                           f"{r['load']} |")
    out.append("\n### The people table: first screen, jump to the last row, peak memory\n")
    out.append("| engine | people | measured through | first screen | hand SQL (count + first 200) | last row | hand SQL (last 200, keyset) | right last row | peak memory | target < 300 ms, < 300 MB |")
    out.append("|---|---:|---|---:|---:|---:|---:|---|---:|---|")
    for e in engines:
        t = e.get("table")
        if t:
            out.append(f"| {e['engine']} | {e['persons']:,} | {t['mode']} | {t['first_ms']:.0f} ms | {t['sql_first_ms']:.0f} ms "
                       f"({t['first_ratio']:.1f}×) | {t['last_ms']:.0f} ms | {t['sql_last_ms']:.1f} ms ({t['last_ratio']:.1f}×) | "
                       f"{'yes' if t['last_row_ok'] else 'NO'} | {t['peak_mb']:.0f} MB | {_met(t['met'])} |")
    out.append("\n### Cold start to the main window\n")
    out.append("| engine | people | measured | median of runs | bare PySide6 window (baseline) | ratio | target < 1.5 s |")
    out.append("|---|---:|---|---:|---:|---:|---|")
    for e in engines:
        s = e.get("start")
        if s:
            out.append(f"| {e['engine']} | {e['persons']:,} | {s['mode']} | {s['median_s']:.2f} s ({s['runs']} runs) | "
                       f"{s['bare_median_s']:.2f} s | {s['ratio']:.1f}× | {_met(s['met'])} |")
    for r in results:
        for o in r.get("others", []):
            if o.get("missing"):
                out.append(f"\n### {o['name']}\n\nNot present when this run was made.")
            else:
                out.append(f"\n### {o['name']} ({o['seconds']:.0f} s)\n\n```\n{o['output']}\n```")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    files = (argv if argv is not None else sys.argv[1:])
    results = [json.loads(Path(f).read_text(encoding="utf-8")) for f in files]
    sys.stdout.write(tables(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
