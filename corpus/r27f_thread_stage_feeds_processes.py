"""A two-stage pipeline: a ThreadPoolExecutor 'fetches' pages; as each fetch finishes (as_completed) the
main thread submits its parsing to a ProcessPoolExecutor with more workers (4) than pages; one parse
raises ValueError, read with exception() rather than result()."""
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed


def fetch(page):
    time.sleep(0.1 * (3 - page))
    return f"<p>{page}</p>" if page != 1 else "<broken"


def parse(html):
    if not html.endswith(">") or html.count("<") != 2:
        raise ValueError(f"bad html {html!r}")
    return html[3:-4]


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ThreadPoolExecutor(max_workers=3) as fetchers, ProcessPoolExecutor(4, mp_context=ctx) as parsers:
        parses = {}
        for f in as_completed([fetchers.submit(fetch, p) for p in range(3)]):
            html = f.result()
            print("fetched", html, flush=True)
            parses[parsers.submit(parse, html)] = html
        for f in as_completed(parses):
            err = f.exception()
            print(parses[f], "->", f"error {err}" if err else f.result(), flush=True)
