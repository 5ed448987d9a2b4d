"""Process subclasses with state from __init__: a Ticker counts down in run() and reports on a
Pipe; a Summer inherits Ticker and overrides run() calling super().run(). The parent's copies of
their attributes keep the values __init__ gave them."""
import sys
import time
import multiprocessing as mp


class Ticker(mp.Process):
    def __init__(self, ticks, conn, **kwargs):
        super().__init__(**kwargs)
        self.ticks = ticks
        self.conn = conn
        self.done = 0

    def run(self):
        for _ in range(self.ticks):
            time.sleep(0.02)
            self.done += 1
        self.conn.send((self.name, self.done))


class Summer(Ticker):
    def run(self):
        super().run()
        self.conn.send((self.name, sum(range(self.ticks))))
        self.conn.close()


def main(method):
    if method:
        mp.set_start_method(method, force=True)
    recv_end, send_end = mp.Pipe(duplex=False)
    kids = [Ticker(3, send_end, name="ticker"), Summer(5, send_end, name="summer")]
    for k in kids:
        k.start()
    send_end.close()
    got = []
    while True:
        try:
            got.append(recv_end.recv())
        except EOFError:
            break
    for k in kids:
        k.join()
    print("received:", sorted(got))
    print("parent copies:", [(k.name, k.done, k.exitcode) for k in kids])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
