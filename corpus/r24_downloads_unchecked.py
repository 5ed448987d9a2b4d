"""A learner's downloader: three children "download", the parent says all finished without looking.

Asked as: "my program says 'all 3 downloads finished' but one file is missing and another child's
'saved' line never shows up" -- one target raises (traceback on stderr, exitcode 1, never checked), one
prints without flush then leaves with os._exit(0) (the line is lost when stdout is a pipe or file)."""
import multiprocessing as mp
import os
import sys
import time


def download(url):
    time.sleep(0.1)
    if "broken" in url:
        raise ConnectionError("could not reach " + url)
    print("saved", url)
    if "fast" in url:
        os._exit(0)  # "skip the cleanup, it is slow"


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    urls = ["http://example.invalid/a", "http://broken.invalid/b", "http://fast.invalid/c"]
    kids = [ctx.Process(target=download, args=(u,)) for u in urls]
    for k in kids:
        k.start()
    while any(k.is_alive() for k in kids):
        time.sleep(0.05)
    print("all", len(kids), "downloads finished")
    print("exit codes nobody looked at:", [k.exitcode for k in kids])
