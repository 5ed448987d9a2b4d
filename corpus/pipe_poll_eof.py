"""A one-way Pipe: the reader polls with a timeout, then reads until the writer closes (EOFError)."""
import multiprocessing as mp
import sys
import time


def writer(w):
    time.sleep(0.3)
    for i in range(3):
        w.send(i)
    w.close()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=writer, args=(w,))
    p.start()
    w.close()
    print("ready after 0.1 s?", r.poll(0.1))
    got = []
    while True:
        try:
            got.append(r.recv())
        except EOFError:
            break
    p.join()
    print("received", got, "then EOF")
