"""Access-log report: a reader process reads a log file line by line, two parser processes
turn lines into (path, status), one writer counts them into a report file; one None per parser
from the reader, one None per parser into the writer's queue."""
import collections
import multiprocessing as mp
import os
import sys
import tempfile

N_PARSERS = 2


def reader(path, lines):
    with open(path) as f:
        for line in f:
            lines.put(line.rstrip("\n"))
    for _ in range(N_PARSERS):
        lines.put(None)


def parser(lines, parsed):
    for line in iter(lines.get, None):
        parts = line.split()
        if len(parts) < 3 or not parts[2].isdigit():
            print(f"{mp.current_process().name}: bad line {line!r}", file=sys.stderr, flush=True)
            continue
        parsed.put((parts[1], int(parts[2])))
    parsed.put(None)


def writer(parsed, out_path):
    counts, done = collections.Counter(), 0
    while done < N_PARSERS:
        item = parsed.get()
        if item is None:
            done += 1
        else:
            counts[item] += 1
    with open(out_path, "w") as f:
        for (path, status), n in sorted(counts.items()):
            f.write(f"{path} {status} {n}\n")


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    tmp = tempfile.mkdtemp(prefix="r35p-log-")
    log, report = os.path.join(tmp, "access.log"), os.path.join(tmp, "report.txt")
    with open(log, "w") as f:
        for i in range(12):
            f.write(f"GET /{'home' if i % 3 else 'login'} {404 if i == 7 else 200}\n")
        f.write("garbage\n")
    lines, parsed = ctx.Queue(), ctx.Queue()
    procs = [ctx.Process(target=reader, args=(log, lines), name="reader")]
    procs += [ctx.Process(target=parser, args=(lines, parsed), name=f"parser-{i}") for i in range(N_PARSERS)]
    procs.append(ctx.Process(target=writer, args=(parsed, report), name="writer"))
    [p.start() for p in procs]
    [p.join() for p in procs]
    print(open(report).read(), end="")
    print("exit codes:", [p.exitcode for p in procs])
