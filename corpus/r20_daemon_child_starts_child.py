"""A daemon Process that tries to start a Process of its own: multiprocessing refuses ("daemonic processes are
not allowed to have children", an AssertionError from start()), so the daemon's run() raises and it exits 1.
The same helper started as a non-daemon Process starts its grandchild and joins it."""
import multiprocessing as mp
import sys


def grandchild():
    print("grandchild ran", flush=True)


def helper(method):
    ctx = mp.get_context(method)
    g = ctx.Process(target=grandchild, name="grandchild")
    g.start()
    g.join()
    print("helper: grandchild exit code", g.exitcode, flush=True)


def main(ctx, method):
    d = ctx.Process(target=helper, args=(method,), name="daemon-helper", daemon=True)
    d.start()
    d.join()
    print("daemon-helper exit code:", d.exitcode, flush=True)
    n = ctx.Process(target=helper, args=(method,), name="plain-helper")
    n.start()
    n.join()
    print("plain-helper exit code:", n.exitcode, flush=True)


if __name__ == "__main__":
    method = sys.argv[1] if len(sys.argv) > 1 else None
    main(mp.get_context(method), method)
