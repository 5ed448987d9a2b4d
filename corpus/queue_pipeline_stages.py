"""Three stages joined by queues: read -> square -> write, a None flows through to stop each."""
from multiprocessing import Process, Queue


def stage(src, dst, fn):
    while True:
        x = src.get()
        if x is None:
            dst.put(None)
            return
        dst.put(fn(x))


if __name__ == "__main__":
    a, b, c = Queue(), Queue(), Queue()
    ps = [Process(target=stage, args=(a, b, abs)),
          Process(target=stage, args=(b, c, str))]
    for p in ps:
        p.start()
    for i in range(-4, 4):
        a.put(i)
    a.put(None)
    out = []
    while (x := c.get()) is not None:
        out.append(x)
    for p in ps:
        p.join()
    print(out)
