"""A health checker: asyncio in the parent, the blocking socket checks run in a ProcessPoolExecutor
through loop.run_in_executor. Three local "services" on 127.0.0.1: one answers "OK", one accepts
but never answers (the check's recv times out in the worker after 1 s), and one port is closed.
Each check is wrapped in asyncio.wait_for(…, 3); a fourth, slow check is cancelled by hand."""
import asyncio
import concurrent.futures
import multiprocessing as mp
import socket
import sys
import threading
import time


def check(port, delay=0.0):
    time.sleep(delay)
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1.0) as s:
            return f"{port}: {s.recv(16).decode() or 'closed'}"
    except OSError as e:
        return f"{port}: {type(e).__name__}"


def serve(listener, answer):
    while True:
        conn, _ = listener.accept()
        if answer:
            conn.sendall(b"OK")
            conn.close()
        # a silent service keeps the connection open and says nothing


async def main(ctx, ports):
    loop = asyncio.get_running_loop()
    with concurrent.futures.ProcessPoolExecutor(2, mp_context=ctx) as pool:
        checks = [asyncio.wait_for(loop.run_in_executor(pool, check, p), 3) for p in ports]
        slow = asyncio.ensure_future(loop.run_in_executor(pool, check, ports[0], 5.0))
        loop.call_later(0.5, slow.cancel)
        results = await asyncio.gather(*checks, slow, return_exceptions=True)
    for name, r in zip(["web", "silent", "closed", "slow"], results):
        print(f"{name}:", r.split(": ")[1] if isinstance(r, str) else f"failed ({type(r).__name__})")


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    ports = []
    for answer in (True, False):
        s = socket.create_server(("127.0.0.1", 0))
        threading.Thread(target=serve, args=(s, answer), daemon=True).start()
        ports.append(s.getsockname()[1])
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        ports.append(s.getsockname()[1])
    asyncio.run(main(ctx, ports))
