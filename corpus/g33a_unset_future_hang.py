"""A hang on a hand-made Future: a thread meant to set it with a child process's answer raises first (the child's
answer is not what it expected), so nothing ever calls set_result() or set_exception(), and the main thread waits in
result() with no timeout until the run is stopped."""
import concurrent.futures
import multiprocessing
import sys
import threading


def measure(conn):
    conn.send({"celsius": 21.5})
    conn.close()


def relay(conn, fut):
    reading = conn.recv()
    fut.set_result(reading["kelvin"])      # KeyError: the thread ends here, the Future stays pending


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    here, there = ctx.Pipe()
    answer = concurrent.futures.Future()
    child = ctx.Process(target=measure, args=(there,), name="thermometer")
    child.start()
    threading.Thread(target=relay, args=(here, answer), name="relay").start()
    child.join()
    print("waiting for the reading")
    print("kelvin:", answer.result())
