"""ticket-race: several buyers race for the last ticket, kept in a file; without a lock it is sold many times.

Run by `mp-tutor lesson ticket-race`; it also runs on its own:
    python3 demo.py --buyers 4 --mode both        (without-lock | with-lock | both)
"""
import argparse
import json
import os
import random
import shutil
import tempfile
import time
from multiprocessing import Barrier, Lock, Process


def read_count(db):
    with open(db) as f:
        return json.load(f)["count"]


def write_count(db, count):
    with open(db, "w") as f:
        json.dump({"count": count}, f)


def look(name, db):
    """Like the article's search(): only looks, changes nothing."""
    print(f"{name} looks: {read_count(db)} ticket left")


def buy(name, db, receipts, delay):
    """Like the article's get(): read, wait for the 'network', decide, write."""
    count = read_count(db)
    print(f"{name} reads count={count}")
    time.sleep(delay)                  # the slow network between reading and writing
    if count > 0:
        write_count(db, count - 1)
        print(f"{name} writes count={count - 1} and bought the ticket")
        with open(receipts, "a") as f:  # one line per ticket sold, counted by the main process
            f.write(name + "\n")
    else:
        print(f"{name}: sold out")


def buyer(name, db, receipts, delay, gate, lock):
    look(name, db)
    gate.wait()                        # the sale opens: every buyer tries at the same moment
    if lock is None:
        buy(name, db, receipts, delay)
    else:
        with lock:                     # only one buyer at a time may read-decide-write
            buy(name, db, receipts, delay)


def sale(label, with_lock, buyers, folder, rng):
    db = os.path.join(folder, f"db-{label}.json")
    receipts = os.path.join(folder, f"receipts-{label}.txt")
    write_count(db, 1)                 # the last ticket
    open(receipts, "w").close()
    print(f"=== sale {'WITH' if with_lock else 'WITHOUT'} a lock: 1 ticket, {buyers} buyers")
    lock = Lock() if with_lock else None
    gate = Barrier(buyers)
    procs = []
    for i in range(1, buyers + 1):
        name = f"{label}-{i}"
        delay = round(rng.uniform(0.25, 0.35), 3)
        procs.append(Process(target=buyer, name=name, args=(name, db, receipts, delay, gate, lock)))
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    with open(receipts) as f:
        sold = len(f.read().split())
    verdict = "OVERSOLD" if sold > 1 else "correct"
    paid = "1 buyer paid" if sold == 1 else f"{sold} buyers paid"
    print(f"=== sale over: {paid} for 1 ticket: {verdict} (file: {read_count(db)} left)")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--buyers", type=int, default=4, help="buyer processes")
    parser.add_argument("--mode", choices=["both", "without-lock", "with-lock"], default="both")
    parser.add_argument("--seed", type=int, default=None, help="seed for the network delays")
    args = parser.parse_args()
    rng = random.Random(args.seed)

    folder = tempfile.mkdtemp(prefix="ticket-race-")
    try:
        if args.mode in ("both", "without-lock"):
            sale("nolock", False, args.buyers, folder, rng)
        if args.mode in ("both", "with-lock"):
            sale("locked", True, args.buyers, folder, rng)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
