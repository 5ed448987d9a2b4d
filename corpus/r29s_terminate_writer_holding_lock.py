"""Two writers append to one log file under a shared Lock. The parent decides the first one is
taking too long and terminate()s it -- while it is inside `with lock:`. SIGTERM ends it without
running the with-block's exit, so the Lock is never released and the second writer waits in
acquire() for ever; the parent's join() waits for that writer (the watchdog stops the run)."""
import multiprocessing as mp
import os
import sys
import tempfile
import time


def write_lines(lock, path, name, pause):
    for i in range(3):
        with lock:
            with open(path, "a") as f:
                f.write(f"{name} line {i}\n")
            time.sleep(pause)          # "formatting the next record" while holding the lock
        time.sleep(0.05)
    print(name, "done", flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    path = os.path.join(tempfile.mkdtemp(prefix="r29s-log-"), "app.log")
    lock = ctx.Lock()
    slow = ctx.Process(target=write_lines, args=(lock, path, "slow", 5.0), name="slow-writer")
    fast = ctx.Process(target=write_lines, args=(lock, path, "fast", 0.01), name="fast-writer")
    slow.start()
    time.sleep(0.5)                    # let slow take the lock first
    fast.start()
    slow.join(timeout=1.0)
    if slow.is_alive():
        print("slow-writer is taking too long, terminating it", flush=True)
        slow.terminate()
        slow.join()
    print("slow-writer exitcode:", slow.exitcode, flush=True)
    fast.join()                        # fast waits for a lock nobody will release
    print("fast-writer exitcode:", fast.exitcode)
    with open(path) as f:
        print(f.read(), end="")
