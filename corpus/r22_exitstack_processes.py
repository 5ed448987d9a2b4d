"""contextlib.ExitStack around processes: each started child gets stack.callback(p.join) and then
stack.callback(p.terminate) (callbacks run last-in first-out, so terminate() comes before its join()). The
with-block raises RuntimeError while the children still sleep: the stack terminates and joins them on the way
out. A threading.Timer started in the block outlives it and fires after the exception is caught."""
import contextlib
import multiprocessing as mp
import sys
import threading
import time


def sleeper(n):
    time.sleep(30)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    ps = []
    try:
        with contextlib.ExitStack() as stack:
            for n in range(2):
                p = ctx.Process(target=sleeper, args=(n,), name="sleeper-%d" % n)
                p.start()
                ps.append(p)
                stack.callback(p.join)
                stack.callback(p.terminate)
            t = threading.Timer(0.5, print, args=("timer fired after the with-block",), kwargs={"flush": True})
            t.start()
            time.sleep(0.2)
            raise RuntimeError("something went wrong in the block")
    except RuntimeError as e:
        print("caught:", e, flush=True)
    print("exitcodes:", [p.exitcode for p in ps], flush=True)
