"""executor.map() over a generator, its results consumed lazily and left early with break. map() takes
the whole generator at the call (every item is submitted before the first result comes back); leaving the
loop leaves the result iterator unfinished, and closing it cancels the work items not yet running."""
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor

produced = []


def lines():
    for i in range(8):
        produced.append(i)
        yield f"line {i}"


def parse(line):
    time.sleep(0.3)
    return len(line.split()[1]) + int(line.split()[1])


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        results = ex.map(parse, lines())
        print("after map():", len(produced), "lines produced")
        for r in results:
            print("result", r)
            if r >= 3:
                break
        results.close()
        print("left the loop")
    print("with-block done")
