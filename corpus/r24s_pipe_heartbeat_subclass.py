"""A Process subclass keeps its end of a Pipe and a beat count in __init__ and sends a heartbeat from run(). The parent
polls the pipe with poll(timeout) and declares the worker dead after two missed beats: this worker stalls after three
beats (a sleep it never wakes from in time), so the parent terminate()s it. A second worker beats five times and says
goodbye, then closes its end: the parent's poll() is True at the end of file and recv() raises EOFError."""
import multiprocessing as mp
import sys
import time


class Beater(mp.Process):
    def __init__(self, conn, beats, stall):
        super().__init__(name="beater-stall" if stall else "beater-ok")
        self.conn = conn
        self.beats = beats
        self.stall = stall

    def run(self):
        for i in range(self.beats):
            self.conn.send(("beat", i))
            time.sleep(0.1)
        if self.stall:
            time.sleep(30)
        self.conn.send(("bye", self.beats))
        self.conn.close()


def watch(ctx, beats, stall):
    parent_end, child_end = ctx.Pipe()
    w = Beater(child_end, beats, stall)
    w.start()
    child_end.close()
    missed, seen = 0, []
    while True:
        if parent_end.poll(0.3):
            try:
                seen.append(parent_end.recv())
            except EOFError:
                print(w.name, "closed its end after", seen[-1], flush=True)
                break
            missed = 0
        else:
            missed += 1
            if missed == 2:
                print(w.name, "missed 2 beats after", seen[-1], "; terminating", flush=True)
                w.terminate()
                break
    w.join()
    print(w.name, "beats seen:", len([s for s in seen if s[0] == "beat"]), "exitcode", w.exitcode, flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    watch(ctx, 3, True)
    watch(ctx, 5, False)
