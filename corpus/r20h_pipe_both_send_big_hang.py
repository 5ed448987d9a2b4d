"""Both ends of a Pipe send a 1 MB message before either receives: each send() fills the pipe buffer and
waits for the other side to read, which it never does (it is sending too). A deliberate hang: the watchdog
stops it."""
import multiprocessing as mp
import sys


def child(conn):
    conn.send(b"c" * 1_000_000)
    print("child sent", flush=True)
    print("child got", len(conn.recv()), flush=True)


def main():
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    here, there = ctx.Pipe()
    p = ctx.Process(target=child, args=(there,), name="echo")
    p.start()
    here.send(b"p" * 1_000_000)
    print("parent sent", flush=True)
    print("parent got", len(here.recv()), flush=True)
    p.join()


if __name__ == "__main__":
    main()
