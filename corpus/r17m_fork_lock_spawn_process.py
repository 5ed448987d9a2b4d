"""Objects of two contexts mixed: a Queue made by get_context('spawn') given to a Process of the
program's own context works (a spawn-made SemLock keeps a name any child can open). Then a Lock of
get_context('fork') given to a spawn Process: a fork-made SemLock is unlinked at once (no name), so
3.11.7's SemLock.__getstate__ refuses to pickle it: start() raises RuntimeError in the parent and no
child is made. The same Lock given to a fork Process works."""
import multiprocessing as mp
import sys


def report(q, label):
    q.put("%s in %s" % (label, mp.current_process().name))


def use_lock(lock):
    with lock:
        print("got the fork lock", flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    spawn_ctx = mp.get_context("spawn")
    q = spawn_ctx.Queue()
    p = ctx.Process(target=report, args=(q, "spawn queue"), name="own-ctx")
    p.start()
    print("got:", q.get(timeout=20), flush=True)
    p.join()
    print("own-ctx exit code", p.exitcode, flush=True)
    fork_lock = mp.get_context("fork").Lock()
    s = spawn_ctx.Process(target=use_lock, args=(fork_lock,), name="spawned")
    try:
        s.start()
    except RuntimeError as e:
        print("start() refused:", str(e)[:60], flush=True)
    print("spawned exitcode", s.exitcode, flush=True)
    f = mp.get_context("fork").Process(target=use_lock, args=(fork_lock,), name="forked")
    f.start()
    f.join()
    print("forked exit code", f.exitcode, flush=True)
