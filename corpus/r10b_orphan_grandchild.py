"""A child starts a grandchild to run "in the background" and leaves with os._exit(0), so nothing joins the
grandchild: it is orphaned (reparented away from the child) and prints after its parent is gone. The main
process waits for it by sleeping, not by join()."""
import multiprocessing as mp
import os
import sys
import time


def background(path):
    time.sleep(0.6)
    print(f"grandchild {os.getpid()}: still here, my parent is now {os.getppid()}", flush=True)
    with open(path, "w") as f:
        f.write("done")


def launcher(path):
    g = mp.Process(target=background, args=(path,), name="Background")
    g.start()
    print(f"launcher {os.getpid()}: started {g.pid}, leaving without join()", flush=True)
    os._exit(0)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    import tempfile
    path = os.path.join(tempfile.mkdtemp(), "flag")
    p = mp.Process(target=launcher, args=(path,), name="Launcher")
    p.start()
    p.join()
    print("launcher exitcode", p.exitcode, flush=True)
    for _ in range(40):
        if os.path.exists(path):
            break
        time.sleep(0.05)
    print("background finished:", os.path.exists(path), flush=True)
