"""A relay thread sets a Future the program made itself; the main thread adds one done-callback before the result came
and one after (gaps 34B: the second runs at once, inside add_done_callback() and in the main thread, which the row did
not say; the first runs in the relay thread that set the result). A worker process computes the value."""
import multiprocessing as mp
import threading
import time
from concurrent.futures import Future


def square(conn):
    n = conn.recv()
    conn.send(n * n)


def relay(conn, future):
    future.set_result(conn.recv())


def report(f):
    print("report:", f.result(), "in", threading.current_thread().name, flush=True)


if __name__ == "__main__":
    here, there = mp.Pipe()
    worker = mp.Process(target=square, args=(there,), name="squarer")
    worker.start()
    answer = Future()
    answer.add_done_callback(report)
    relay_thread = threading.Thread(target=relay, args=(here, answer), name="relay")
    relay_thread.start()
    here.send(12)
    relay_thread.join()
    answer.add_done_callback(report)
    worker.join()
    print("squarer exit", worker.exitcode, flush=True)
