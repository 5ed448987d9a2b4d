"""A child asks input() for a name: multiprocessing gives every child os.devnull as standard input, so input()
raises EOFError at once (the first child lets it escape run(), the second catches it and uses a default)."""
import sys
import multiprocessing as mp


def ask():
    name = input("your name? ")
    print("hello", name)


def ask_with_default():
    try:
        name = input("your name? ")
    except EOFError:
        name = "nobody"
    print("hello", name, flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    p = mp.Process(target=ask)
    p.start()
    p.join()
    print("exit code", p.exitcode)
    q = mp.Process(target=ask_with_default)
    q.start()
    q.join()
    print("exit code", q.exitcode)
