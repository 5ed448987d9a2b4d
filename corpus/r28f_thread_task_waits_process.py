"""A small web-ish service: request handlers run on a ThreadPoolExecutor; each handler sends the CPU-heavy
part to a shared ProcessPoolExecutor and waits for it with result(timeout=5). One request's hash input is bad."""
import hashlib
import multiprocessing
import sys
import threading
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def slow_hash(data, rounds):
    if not isinstance(data, bytes):
        raise TypeError(f"need bytes, got {type(data).__name__}")
    digest = data
    for _ in range(rounds):
        digest = hashlib.sha256(digest).digest()
    return digest.hex()[:12]


def handle(request_id, payload, cpu_pool):
    me = threading.current_thread().name
    fut = cpu_pool.submit(slow_hash, payload, 20000)
    try:
        return f"req {request_id} on {me}: {fut.result(timeout=5)}"
    except TypeError as exc:
        return f"req {request_id} on {me}: 400 bad request ({exc})"


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1]) if len(sys.argv) > 1 else None
    requests = [(1, b"alpha"), (2, b"beta"), (3, "gamma"), (4, b"delta")]
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as cpu_pool:
        with ThreadPoolExecutor(max_workers=2, thread_name_prefix="handler") as io_pool:
            replies = [io_pool.submit(handle, rid, data, cpu_pool) for rid, data in requests]
            for reply in replies:
                print(reply.result(), flush=True)
    print("server stopped")
