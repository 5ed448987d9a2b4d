"""multiprocessing.connection: a child runs a Listener with an authkey and accepts two connections.
The parent's first Client uses the wrong authkey: the Client raises AuthenticationError
("digest received was wrong" on the listener's side, "digest sent was rejected" on the client's).
The child catches it and accepts again; the parent's second Client, with the right key, gets its answer."""
import multiprocessing as mp
import sys
from multiprocessing.connection import Client, Listener
from multiprocessing import AuthenticationError


def serve(address_q, key):
    with Listener(("127.0.0.1", 0), authkey=key) as listener:
        address_q.put(listener.address)
        served, refused = 0, []
        while served < 1:
            try:
                conn = listener.accept()
            except AuthenticationError as e:
                refused.append(str(e))
                continue
            with conn:
                request = conn.recv()
                conn.send(request.upper())
                served += 1
    print("server refused:", refused, "served:", served, flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    address_q = ctx.Queue()
    server = ctx.Process(target=serve, args=(address_q, b"right key"), name="server")
    server.start()
    address = address_q.get(timeout=20)
    try:
        Client(address, authkey=b"wrong key")
    except AuthenticationError as e:
        print("client refused:", e, flush=True)
    with Client(address, authkey=b"right key") as conn:
        conn.send("hello")
        print("answer:", conn.recv(), flush=True)
    server.join()
    print("server exit code", server.exitcode, flush=True)
