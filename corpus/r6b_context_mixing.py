"""get_context() objects mixed: a spawn context's Queue used by a fork context's Process (works: the fork
child inherits it), and a fork context's Lock passed to a spawn context's Process (RuntimeError at start())."""
import multiprocessing as mp
import sys


def report(q, who):
    q.put(f"{who} reporting")


def use_lock(lock):
    with lock:
        print("spawned child has the lock", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    fork_ctx, spawn_ctx = mp.get_context("fork"), mp.get_context("spawn")
    q = spawn_ctx.Queue()
    p = fork_ctx.Process(target=report, args=(q, "fork child"))
    p.start()
    print("got:", q.get(timeout=5), flush=True)
    p.join()
    lock = fork_ctx.Lock()
    s = spawn_ctx.Process(target=use_lock, args=(lock,))
    try:
        s.start()
        s.join()
    except RuntimeError as e:
        print("fork Lock to spawn Process:", e, flush=True)
    print("spawn child started:", s.pid is not None, flush=True)
