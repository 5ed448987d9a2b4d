"""Pipe(duplex=False) twice. First the parent keeps its copy of the write end open: after the
child's lines, recv() would wait forever, so the parent polls with a timeout and gives up.
Then it closes its copy right after start(): recv() raises EOFError once the child exits."""
import multiprocessing as mp
import sys


def producer(w, n):
    for i in range(n):
        w.send(f"line {i}")
    w.close()


def drain(r, label):
    got = []
    while True:
        if not r.poll(1.0):
            print(f"{label}: nothing for 1 s after {len(got)} lines; giving up", flush=True)
            break
        try:
            got.append(r.recv())
        except EOFError:
            print(f"{label}: EOFError after {len(got)} lines", flush=True)
            break
    return got


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    r, w = ctx.Pipe(duplex=False)
    p = ctx.Process(target=producer, args=(w, 3))
    p.start()
    drain(r, "write end left open")
    p.join()
    w.close(); r.close()

    r, w = ctx.Pipe(duplex=False)
    p = ctx.Process(target=producer, args=(w, 3))
    p.start()
    w.close()
    drain(r, "write end closed")
    p.join()
    r.close()
    print("exit codes", p.exitcode)
