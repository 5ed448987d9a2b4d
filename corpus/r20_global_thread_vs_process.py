"""One global counter, changed by a thread and by a Process: the thread shares the parent's memory and its
changes are seen; the Process changes its own copy (fork: a copy of the parent's value; spawn and forkserver:
the value the module sets at import), and the parent's counter does not move."""
import multiprocessing as mp
import sys
import threading

counter = 0


def bump(times):
    global counter
    for _ in range(times):
        counter += 1
    print(f"{mp.current_process().name}/{threading.current_thread().name}: counter is {counter}", flush=True)


def main(ctx):
    global counter
    counter = 100
    t = threading.Thread(target=bump, args=(5,), name="bumper-thread")
    t.start()
    t.join()
    print("after the thread:", counter, flush=True)
    p = ctx.Process(target=bump, args=(5,), name="bumper-process")
    p.start()
    p.join()
    print("after the process:", counter, flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
