"""The parent installs a SIGUSR1 handler before starting two children. Each child signals the parent by the
pid it was given (under forkserver os.getppid() would name the fork server, not the program); the parent's
handler counts them while it waits in join(). Then each child
signals itself: under fork the child inherited the parent's Python handler (it counts and ends 0); under
spawn and forkserver the child starts with SIGUSR1 at its default action and dies by it (-10)."""
import multiprocessing as mp
import os
import signal
import sys
import time

got = []


def on_usr1(signum, frame):
    got.append(os.getpid())
    print("handler in pid-role", "parent" if os.getpid() == PARENT else "child", flush=True)


def child(n, parent):
    time.sleep(0.2 * n)
    print("child", n, "getppid() is the program:", os.getppid() == parent, flush=True)
    os.kill(parent, signal.SIGUSR1)
    time.sleep(0.2)
    print("child", n, "sends SIGUSR1 to itself; handler:", signal.getsignal(signal.SIGUSR1) is not signal.SIG_DFL, flush=True)
    os.kill(os.getpid(), signal.SIGUSR1)
    time.sleep(0.1)
    print("child", n, "still alive", flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    PARENT = os.getpid()
    signal.signal(signal.SIGUSR1, on_usr1)
    ps = [ctx.Process(target=child, args=(n, PARENT), name="kid-%d" % n) for n in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("parent's handler ran", len(got), "times", flush=True)
    print("exitcodes:", [p.exitcode for p in ps], flush=True)
