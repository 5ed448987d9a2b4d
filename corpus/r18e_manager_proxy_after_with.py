"""Proxies outliving their Manager: a helper returns a list proxy made inside 'with Manager()'; the
caller's append() fails because the with-block shut the server down (the server's socket is gone).
A child given a dict proxy of a manager shut down before its start() fails at its first call
(exit code 1). A copy made with list(proxy) inside the block survives."""
import multiprocessing as mp
import sys


def collect(ctx):
    with ctx.Manager() as m:
        items = m.list([1, 2, 3])
        kept = list(items)
    return items, kept


def use(d):
    d["seen"] = True


def main():
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    items, kept = collect(ctx)
    print("kept copy:", kept, flush=True)
    try:
        items.append(4)
    except Exception as e:
        print("append() after the with-block raised", type(e).__name__ + ":", e, flush=True)
    m = ctx.Manager()
    d = m.dict()
    m.shutdown()
    p = ctx.Process(target=use, args=(d,), name="user")
    try:
        p.start()
        p.join()
        print("user exit code", p.exitcode, flush=True)
    except Exception as e:
        print("start() raised", type(e).__name__ + ":", e, flush=True)


if __name__ == "__main__":
    main()
