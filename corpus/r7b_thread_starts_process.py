# Processes started from a thread of the parent and from ThreadPoolExecutor workers.
import multiprocessing as mp
import threading
from concurrent.futures import ThreadPoolExecutor
import os


def child(tag):
    print(f"child {tag} pid={os.getpid()} parent={os.getppid()}", flush=True)


def launcher(tag):
    p = mp.Process(target=child, args=(tag,))
    p.start()
    p.join()
    return f"{tag}:{p.exitcode}"


if __name__ == "__main__":
    t = threading.Thread(target=launcher, args=("from-thread",), name="Launcher")
    t.start()
    t.join()
    with ThreadPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(launcher, ["tpe-a", "tpe-b", "tpe-c"])))
    print("done")
