"""A Future made by hand (no executor): a worker thread computes a checksum and resolves it with set_result(); the
main thread blocks in result() until then, and a done-callback added before it is set runs in the worker thread.
A second Future is added a callback after it is done (the callback runs at once, in the main thread)."""
import concurrent.futures
import multiprocessing
import sys
import threading
import time
import zlib


def checksum(data, fut):
    time.sleep(0.3)
    fut.set_result(zlib.crc32(data))


def report(done):
    print("callback sees", done.result())


if __name__ == "__main__":
    multiprocessing.set_start_method(sys.argv[1] if len(sys.argv) > 1 else "spawn")
    fut = concurrent.futures.Future()
    fut.add_done_callback(report)
    worker = threading.Thread(target=checksum, args=(b"multiprocessing" * 1000, fut), name="checksummer")
    worker.start()
    print("waiting for the checksum")
    print("result:", fut.result())
    worker.join()
    ready = concurrent.futures.Future()
    ready.set_result("already there")
    ready.add_done_callback(report)
    print("done:", fut.done(), ready.done())
