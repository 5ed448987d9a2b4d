"""A monitoring loop in the parent, as tutorials show: while any worker is_alive(), print each one's
state (running with its pid, or finished with its exitcode) every 0.3 s, and a progress count kept in a
shared Value. One worker fails halfway (an uncaught ValueError: exit code 1); the loop sees it finished
and goes on until the others end; no join() is called until the very end."""
import multiprocessing as mp
import sys
import time


def task(name, steps, done, fail_at):
    for i in range(steps):
        time.sleep(0.2)
        if i == fail_at:
            raise ValueError("%s failed at step %d" % (name, i))
        with done.get_lock():
            done.value += 1


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    done = mp.Value("i", 0)
    procs = [mp.Process(target=task, name=n, args=(n, s, done, f))
             for n, s, f in (("fast", 3, -1), ("flaky", 6, 2), ("slow", 7, -1))]
    for p in procs:
        p.start()
    while any(p.is_alive() for p in procs):
        states = ["%s:%s" % (p.name, "running" if p.is_alive() else "exit %s" % p.exitcode) for p in procs]
        print("progress %2d  %s" % (done.value, " ".join(states)), flush=True)
        time.sleep(0.3)
    for p in procs:
        p.join()
    print("final progress %d, exit codes %s" % (done.value, [p.exitcode for p in procs]), flush=True)
