"""multiprocessing.connection: a server process with Listener(authkey=b"secret") answers two clients; a
third client with the wrong authkey is refused (AuthenticationError on both sides)."""
import multiprocessing as mp
import sys
import time
from multiprocessing.connection import Client, Listener

ADDRESS = ("127.0.0.1", 0)


def server(port_q, n):
    with Listener(ADDRESS, authkey=b"secret") as listener:
        port_q.put(listener.address[1])
        served = 0
        while served < n:
            try:
                with listener.accept() as conn:
                    msg = conn.recv()
                    conn.send(msg.upper())
                    served += 1
            except mp.AuthenticationError as e:
                print("server refused a client:", e, flush=True)
    print("server done after", served, "clients", flush=True)


def client(port, key, word):
    try:
        with Client(("127.0.0.1", port), authkey=key) as conn:
            conn.send(word)
            print("client got", conn.recv(), flush=True)
    except mp.AuthenticationError as e:
        print("client refused:", e, flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    port_q = mp.Queue()
    s = mp.Process(target=server, args=(port_q, 2), name="Server")
    s.start()
    port = port_q.get(timeout=10)
    for key, word in [(b"secret", "hello"), (b"wrong", "intruder"), (b"secret", "bye")]:
        c = mp.Process(target=client, args=(port, key, word))
        c.start()
        c.join()
        time.sleep(0.05)
    s.join()
    print("exit codes", s.exitcode, flush=True)
