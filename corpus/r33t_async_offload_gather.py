"""An asyncio report builder: parsing pages is CPU work, sent to a ProcessPoolExecutor with
loop.run_in_executor; saving each summary is blocking file I/O, sent to a thread with
asyncio.to_thread. One page is malformed and its parse raises; gather(return_exceptions=True)
keeps the others, and the script exits 1 if any page failed."""
import asyncio
import concurrent.futures as cf
import multiprocessing as mp
import os
import sys
import tempfile

PAGES = {"home": "a b c d", "about": "e f", "broken": None, "blog": "g h i"}


def parse(name, text):
    if text is None:
        raise ValueError(f"page {name!r} has no body")
    return name, len(text.split()), os.getpid()


def save(path, line):
    with open(path, "a") as f:
        f.write(line + "\n")


async def handle(loop, pool, out, name, text):
    name, words, pid = await loop.run_in_executor(pool, parse, name, text)
    await asyncio.to_thread(save, out, f"{name}: {words} words")
    return name, words


async def main(ctx):
    loop = asyncio.get_running_loop()
    out = os.path.join(tempfile.mkdtemp(), "report.txt")
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:
        results = await asyncio.gather(
            *(handle(loop, pool, out, n, t) for n, t in PAGES.items()),
            return_exceptions=True)
    failed = 0
    for name, r in zip(PAGES, results):
        if isinstance(r, Exception):
            failed += 1
            print(f"{name}: FAILED {type(r).__name__}: {r}")
        else:
            print(f"{name}: {r[1]} words")
    with open(out) as f:
        print("report lines:", len(f.read().splitlines()))
    return 1 if failed else 0


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    sys.exit(asyncio.run(main(ctx)))
