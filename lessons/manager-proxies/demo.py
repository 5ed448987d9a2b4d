"""manager-proxies: a Manager's server process holds the objects; other processes use them through proxies.

Run by `mp-tutor lesson manager-proxies`; it also runs on its own: python3 demo.py --calls 200
(The tracer records each proxy call's round trip; the demo also times a batch of them itself.)
"""
import argparse
import multiprocessing
import os
import random
import time
from multiprocessing import Manager, Process


def modify(ns, lst, dct, nested):
    """Runs in a child. Every line below sends a request to the manager's server process."""
    ns.name = "new_name"
    lst.append("new_value")
    dct["new"] = "new_value"
    nested[0].append("lost")          # nested[0] returns a COPY of the inner list: the append is lost
    inner = nested[1]
    inner.append("kept")
    nested[1] = inner                 # writing the item back sends the new value to the server
    print(f"modifier: 4 changes sent")


def timed(label, action, calls):
    start = time.perf_counter()
    for i in range(calls):
        action(i)
    took = time.perf_counter() - start
    print(f"main: {calls} x {label}: {took / calls * 1e6:.2f} us per call")
    return took


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=200, help="proxy calls to time")
    parser.add_argument("--seed", type=int, default=None, help="seed for the values appended")
    args = parser.parse_args()
    rng = random.Random(args.seed)

    with Manager() as manager:                     # starts the server process
        server = [p for p in multiprocessing.active_children() if p.name.startswith("SyncManager")][0]
        print(f"main (pid {os.getpid()}): the manager's server is {server.name}, pid {server.pid}")
        ns = manager.Namespace()
        ns.name = "origin_name"
        lst = manager.list(["origin_value"])
        dct = manager.dict({"origin": "origin_value"})
        nested = manager.list([[], []])
        print(f"main: lst is a {type(lst).__name__}, dct is a {type(dct).__name__}: proxies, not the objects")

        child = Process(target=modify, name="modifier", args=(ns, lst, dct, nested))
        child.start()
        child.join()

        print(f"main reads ns.name = {ns.name}")
        print(f"main reads lst = {lst}")
        print(f"main reads dct = {dct}")
        print(f"main reads nested = {nested}")

        # Every proxy call is a round trip to the server: compare with a plain list.
        numbers = manager.list()
        plain = []
        values = [rng.randint(0, 99) for _ in range(args.calls)]
        remote = timed("proxy append", lambda i: numbers.append(values[i]), args.calls)
        local = timed("plain list append", lambda i: plain.append(values[i]), args.calls)
        print(f"main: a proxy call was about {remote / max(local, 1e-9):.0f} times slower here")
        print(f"main: len(numbers) = {len(numbers)}, the list itself stays in {server.name}")
    print(f"main: the with-block shut the manager down; {server.name} exit code {server.exitcode}")


if __name__ == "__main__":
    main()
