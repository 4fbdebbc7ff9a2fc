"""The tools a user would pick instead of cleantext, timed on the same pages.

Run by bench/clean.py with the Python of a separate environment (the peers cannot share one:
opencc-python-reimplemented installs a top-level ``opencc`` that overwrites the official one):

    python bench/peers.py traf PAGES.jsonl   # trafilatura on the pages as HTML + OpenCC + jieba
    python bench/peers.py ocpy PAGES.jsonl   # opencc-python-reimplemented alone

Prints one JSON object: MB and pages processed, seconds, cold start.
"""

from __future__ import annotations

import html
import json
import sys
import time


def as_html(text: str) -> str:
    """A page as a crawler would have fetched it: title plus one <p> per line."""
    lines = text.split("\n")
    title = html.escape(lines[0][:200])
    body = "".join(f"<p>{html.escape(ln)}</p>\n" for ln in lines if ln.strip())
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body><div class='nav'><a href='/'>首页</a></div><article>{body}</article></body></html>"
    )


def main() -> None:
    task, path = sys.argv[1], sys.argv[2]
    min_seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 3.0
    with open(path, encoding="utf-8") as fh:
        pages = [json.loads(x)["text"] for x in fh if x.strip()]
    nbytes = sum(len(p.encode()) for p in pages)
    t0 = time.perf_counter()
    if task == "traf":
        import jieba
        import opencc
        import trafilatura

        jieba.setLogLevel(60)
        cc = opencc.OpenCC("t2s.json")
        docs = [as_html(p) for p in pages]

        def run(doc: str) -> None:
            out = trafilatura.extract(doc) or ""
            jieba.lcut(cc.convert(out))

        run(docs[0])  # cold start: imports, jieba's dictionary, OpenCC's tables
    elif task == "ocpy":
        from opencc import OpenCC

        cc = OpenCC("t2s")
        docs = pages

        def run(doc: str) -> None:
            cc.convert(doc)

        run(docs[0])
    else:
        raise SystemExit(f"unknown task {task}")
    cold = time.perf_counter() - t0
    done, t = 0, time.process_time()  # CPU time: per core, whatever else the machine does
    while True:
        for doc in docs:
            run(doc)
        done += 1
        if time.process_time() - t >= min_seconds:
            break
    dt = time.process_time() - t
    import resource

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "mb": nbytes * done / 1e6,
                "pages": len(pages) * done,
                "seconds": dt,
                "cold": cold,
                "rss_mb": rss,
            }
        )
    )


if __name__ == "__main__":
    main()
