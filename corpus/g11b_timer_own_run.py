"""A threading.Timer subclass that overrides run() to repeat (a common recipe): Timer.run never runs, the function is
called three times, cancel() stops the loop; a plain Timer beside it fires once."""
import threading
import time


class RepeatTimer(threading.Timer):
    def run(self):
        while not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)


def tick(label):
    print("tick", label, flush=True)


if __name__ == "__main__":
    once = threading.Timer(0.05, tick, args=("once",))
    once.start()
    once.join()
    again = RepeatTimer(0.1, tick, args=("again",))
    again.start()
    time.sleep(0.35)
    again.cancel()
    again.join()
