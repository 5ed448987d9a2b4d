"""remote-manager: a BaseManager server shares two queues over TCP; producer and consumer connect with an authkey.

Run by `mp-tutor lesson remote-manager`; it also runs on its own: python3 demo.py --tasks 5
The server listens on 127.0.0.1 with a port the OS picks (port 0), and is shut down at the end.
"""
import argparse
import os
import queue
import random
import time
from multiprocessing import Process
from multiprocessing.context import AuthenticationError
from multiprocessing.managers import BaseManager

# --- the server side: these objects exist only inside the manager's server process --------------
_queues = {}


def task_queue():
    return _queues.setdefault("tasks", queue.Queue())


def result_queue():
    return _queues.setdefault("results", queue.Queue())


class QueueManager(BaseManager):
    """The server: knows how to make the shared objects."""


QueueManager.register("get_tasks", callable=task_queue)
QueueManager.register("get_results", callable=result_queue)


# --- the client side: only the names, no callables ---------------------------------------------
class QueueClient(BaseManager):
    """A client: knows the names of the shared objects, and where the server is."""


QueueClient.register("get_tasks")
QueueClient.register("get_results")


def connect(address, authkey):
    client = QueueClient(address=address, authkey=authkey)
    client.connect()                     # TCP connection + authentication handshake
    return client


def producer(address, authkey, tasks, seed):
    rng = random.Random(seed)
    client = connect(address, authkey)
    todo = client.get_tasks()            # a proxy for the queue that lives in the server
    for i in range(tasks):
        n = rng.randint(1, 20)
        print(f"producer sends task {n}")
        todo.put(n)                      # a round trip: the item goes to the server's queue
        time.sleep(0.05)
    print("producer sends the end marker and leaves")
    todo.put(None)                       # the end marker: the consumer stops on it


def consumer(address, authkey):
    client = connect(address, authkey)
    todo, done = client.get_tasks(), client.get_results()
    while True:                          # bounded: ends on the producer's end marker
        n = todo.get(timeout=5)
        if n is None:
            print("consumer got the end marker and stops")
            break
        print(f"consumer got task {n}, puts {n * n}")
        done.put(n * n)


def intruder(address):
    guess = os.urandom(32)               # a key of its own: it was never told the server's
    try:
        connect(address, guess)
        print("intruder: connected (this should not happen)")
    except AuthenticationError as error:
        print(f"intruder: refused, AuthenticationError: {error}")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tasks", type=int, default=5, help="tasks the producer sends")
    parser.add_argument("--seed", type=int, default=None, help="seed for the task values")
    args = parser.parse_args()

    # A fresh random key for this run only, never written in the source: anyone who can reach the
    # port and knows the key can make the server unpickle anything (run any code).
    authkey = os.urandom(32)
    server = QueueManager(address=("127.0.0.1", 0), authkey=authkey)   # port 0: the OS picks a free port
    server.start()                                                      # the server process
    address = server.address
    print(f"main: server listening on {address[0]}:{address[1]}")

    # The clients get nothing from the parent but the address and the key, as separate programs
    # would be told them: they find the queues through the server. The intruder gets only the address.
    workers = [Process(target=producer, name="producer", args=(address, authkey, args.tasks, args.seed)),
               Process(target=consumer, name="consumer", args=(address, authkey)),
               Process(target=intruder, name="intruder", args=(address,))]
    for w in workers:
        w.start()
    for w in workers:
        w.join()

    done = server.get_results()
    results = [done.get(timeout=5) for _ in range(args.tasks)]
    print(f"main: results from the server: {results}")
    server.shutdown()
    print("main: server shut down")


if __name__ == "__main__":
    main()
