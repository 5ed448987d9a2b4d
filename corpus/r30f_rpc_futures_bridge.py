"""A small RPC client: requests go to a server Process on one Queue, replies come back on another.
A reader thread in the parent matches each reply to a bare concurrent.futures.Future by request id
(set_result, or set_exception for an error reply). The server never answers request 3, so
wait(timeout=1.5) leaves it not done and the script cancels it before stopping the server."""
import multiprocessing
import sys
import threading
from concurrent.futures import Future, wait


def server(requests, replies):
    for req_id, op, arg in iter(requests.get, None):
        if op == "sqrt" and arg < 0:
            replies.put((req_id, "error", f"sqrt of negative {arg}"))
        elif op == "sqrt":
            replies.put((req_id, "ok", arg ** 0.5))
        # op "hang": the server drops the request on the floor


def read_replies(replies, pending):
    for req_id, kind, value in iter(replies.get, None):
        fut = pending.pop(req_id)
        if kind == "ok":
            fut.set_result(value)
        else:
            fut.set_exception(ArithmeticError(value))


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    requests, replies = ctx.Queue(), ctx.Queue()
    srv = ctx.Process(target=server, args=(requests, replies), name="rpc-server")
    srv.start()
    pending = {}
    reader = threading.Thread(target=read_replies, args=(replies, pending), name="reply-reader")
    reader.start()
    calls = [("sqrt", 16), ("sqrt", -4), ("sqrt", 2.25), ("hang", 0)]
    futures = []
    for req_id, (op, arg) in enumerate(calls):
        pending[req_id] = fut = Future()
        futures.append(fut)
        requests.put((req_id, op, arg))
    done, not_done = wait(futures, timeout=1.5)
    for req_id, fut in enumerate(futures):
        if fut in not_done:
            print(req_id, "no reply; cancel() ->", fut.cancel())
        elif fut.exception():
            print(req_id, "failed:", fut.exception())
        else:
            print(req_id, "=", fut.result())
    requests.put(None)
    srv.join()
    replies.put(None)
    reader.join()
    print("server exit code", srv.exitcode, "| still pending:", sorted(pending))
