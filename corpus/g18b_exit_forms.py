"""Gaps 18B: a child's sys.exit(n) and raise SystemExit(n) end it with the same exit code, as do sys.exit("msg")
and raise SystemExit("msg") (code 1, the message on stderr); sys.exit() and raise SystemExit with no argument
(code 0). Does every row say only what the program wrote?"""
import multiprocessing as mp
import sys


def call_exit(arg):
    if arg is None:
        sys.exit()
    sys.exit(arg)


def raise_exit(arg):
    if arg is None:
        raise SystemExit
    raise SystemExit(arg)


def main(ctx):
    for arg in (3, "gave up", None):
        for target in (call_exit, raise_exit):
            p = ctx.Process(target=target, args=(arg,), name="%s-%s" % (target.__name__, "none" if arg is None else arg))
            p.start()
            p.join()
            print(p.name, p.exitcode, flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
