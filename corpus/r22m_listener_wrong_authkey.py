"""multiprocessing.connection.Listener with an authkey; one child connects with the right key and sends, another
with a wrong key: the Client raises AuthenticationError in the child and the Listener's accept() raises it too."""
import multiprocessing as mp
import sys
from multiprocessing.connection import Client, Listener


def connect(address, key):
    try:
        with Client(address, authkey=key) as c:
            c.send(("hi from", mp.current_process().name))
            print(mp.current_process().name, "sent", flush=True)
    except mp.AuthenticationError as e:
        print(mp.current_process().name, "AuthenticationError:", e, flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with Listener(("127.0.0.1", 0), authkey=b"right") as listener:
        addr = listener.address
        good = mp.Process(target=connect, args=(addr, b"right"), name="good")
        good.start()
        with listener.accept() as conn:
            print("accepted; got", conn.recv(), flush=True)
        good.join()
        bad = mp.Process(target=connect, args=(addr, b"wrong"), name="bad")
        bad.start()
        try:
            listener.accept()
        except mp.AuthenticationError as e:
            print("accept() raised AuthenticationError:", e, flush=True)
        bad.join()
    print("exit codes:", good.exitcode, bad.exitcode, flush=True)
