# atexit handlers in children: registered in the child, and inherited from the parent.
import atexit
import multiprocessing as mp
import os
import sys


def parent_handler():
    print(f"parent's atexit handler runs in pid {os.getpid()}", flush=True)


def child_handler(tag):
    print(f"child atexit handler ({tag})", flush=True)


def child(tag):
    atexit.register(child_handler, tag)
    print(f"child {tag} working", flush=True)
    if tag == "sys.exit":
        sys.exit(0)


if __name__ == "__main__":
    atexit.register(parent_handler)
    for tag in ("return", "sys.exit"):
        p = mp.Process(target=child, args=(tag,))
        p.start()
        p.join()
        print(tag, "exitcode", p.exitcode, flush=True)
    print("main done", flush=True)
