"""Futures the program makes itself, each settled a different way while a child process does the work: one set by a
reader thread from the child's Pipe answer, one set with an exception, one cancelled before anything set it, one never
set (its result(timeout=0.5) gives up)."""
import concurrent.futures as cf
import multiprocessing as mp
import sys
import threading


def measure(conn):
    conn.send(sum(range(1000)))
    conn.close()


def relay(conn, answer, failure):
    answer.set_result(conn.recv())
    failure.set_exception(ValueError("sensor 2 offline"))


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    answer, failure, skipped, forgotten = cf.Future(), cf.Future(), cf.Future(), cf.Future()
    print("cancelled:", skipped.cancel())
    here, there = ctx.Pipe()
    child = ctx.Process(target=measure, args=(there,), name="meter")
    child.start()
    reader = threading.Thread(target=relay, args=(here, answer, failure), name="relay")
    reader.start()
    print("answer:", answer.result(timeout=10))
    print("failure:", repr(failure.exception(timeout=10)))
    try:
        forgotten.result(timeout=0.5)
    except cf.TimeoutError:
        print("forgotten: nothing set it")
    reader.join()
    child.join()
