# A child replaces itself with another program via os.execv.
import multiprocessing as mp
import os
import sys


def become_echo(word):
    print("about to exec", flush=True)
    os.execv(sys.executable, [sys.executable, "-c", f"import sys; print('now a new program: {word}'); sys.exit(4)"])
    print("never printed")


if __name__ == "__main__":
    p = mp.Process(target=become_echo, args=("hello",))
    p.start()
    p.join()
    print("exitcode", p.exitcode)
