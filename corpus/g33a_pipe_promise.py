"""A "promise" for a process's answer: the main process makes a Future, starts a child that sends its answer back
through a Pipe, and a reader thread receives it and sets the Future (set_result, or set_exception when the child
reports an error). The main thread waits in result(timeout=10) for each answer."""
import concurrent.futures
import multiprocessing
import sys
import threading


def solve(conn, n):
    if n < 0:
        conn.send(("error", "negative input %d" % n))
    else:
        conn.send(("ok", sum(i * i for i in range(n))))
    conn.close()


def read_answer(conn, fut):
    kind, value = conn.recv()
    if kind == "ok":
        fut.set_result(value)
    else:
        fut.set_exception(ValueError(value))


def ask(ctx, n):
    here, there = ctx.Pipe()
    promise = concurrent.futures.Future()
    child = ctx.Process(target=solve, args=(there, n), name="solver-%d" % n)
    child.start()
    there.close()
    threading.Thread(target=read_answer, args=(here, promise), name="reader-%d" % n).start()
    return child, promise


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    asks = [ask(ctx, n) for n in (200000, -3)]
    for child, promise in asks:
        try:
            print("answer:", promise.result(timeout=10))
        except ValueError as e:
            print("failed:", e)
        child.join()
        print(child.name, "exit code", child.exitcode)
