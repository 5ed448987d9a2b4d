"""Connection.poll() True with no recv() after it, twice: once because every copy of the other end was closed (end of
file, nothing was ever sent), once because a message waits. The program never receives either, so only what was sent
tells the two apart."""
import multiprocessing as mp
import sys


def quiet(conn):
    conn.close()


def talker(conn):
    conn.send("hi")
    conn.close()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    r1, w1 = mp.Pipe(duplex=False)
    r2, w2 = mp.Pipe(duplex=False)
    a = mp.Process(target=quiet, args=(w1,), name="quiet")
    b = mp.Process(target=talker, args=(w2,), name="talker")
    a.start()
    b.start()
    w1.close()
    w2.close()
    a.join()
    b.join()
    print("poll() on the quiet pipe:", r1.poll(), flush=True)
    print("poll() on the talker's pipe:", r2.poll(), flush=True)
    r1.close()
    r2.close()
