"""A parent reads results from N children, one Pipe each, in order. Child 1 raises before send(). The
learner keeps the parent's copy of every child's sending end open, so recv() on child 1's pipe would wait
for ever: poll(1.0) says False and the parent moves on. The fix closes the parent's copies after start():
recv() then raises EOFError once child 1 has ended."""
import multiprocessing as mp
import sys


def child(i, conn):
    if i == 1:
        raise ValueError("child 1 failed before sending")
    conn.send(i * 10)
    conn.close()


def run(close_copies):
    pipes = [mp.Pipe(duplex=False) for _ in range(3)]
    ps = [mp.Process(target=child, args=(i, w), name="child-%d" % i) for i, (_, w) in enumerate(pipes)]
    for p in ps:
        p.start()
    if close_copies:
        for _, w in pipes:
            w.close()
    for i, (r, _) in enumerate(pipes):
        if close_copies:
            try:
                print("child", i, "sent", r.recv(), flush=True)
            except EOFError:
                print("child", i, "ended without sending (EOFError)", flush=True)
        elif r.poll(1.0):
            print("child", i, "sent", r.recv(), flush=True)
        else:
            print("child", i, "sent nothing within 1 s", flush=True)
    for p in ps:
        p.join()
    print("close_copies=%s exit codes %s" % (close_copies, [p.exitcode for p in ps]), flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    run(False)
    run(True)
