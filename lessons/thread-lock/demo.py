"""thread-lock: two threads change one balance; without a lock deposits get lost, with a lock none do.

Run by `mp-tutor lesson thread-lock`; it also runs on its own:
    python3 demo.py --deposits 5 --mode both        (without-lock | with-lock | both)
(The tracer shows the threads and the threading.Lock; the threads print their reads and writes.)
"""
import argparse
import random
import threading
import time
from multiprocessing import Process

balance = 0


def deposit(name, amount, times, pause, lock):
    """Read the balance, think for a moment, write balance + amount: a read-modify-write."""
    global balance
    for _ in range(times):
        if lock is not None:
            lock.acquire()
        try:
            seen = balance                       # read
            print(f"{name} reads {seen}")
            time.sleep(pause)                    # slow work between read and write; other threads run now
            balance = seen + amount              # write what it computed from its (maybe stale) read
            print(f"{name} writes {balance}")
        finally:
            if lock is not None:
                lock.release()


def account(with_lock, times, pause, seed):
    """One bank: a process whose two threads share the global `balance`."""
    global balance
    rng = random.Random(seed)
    balance = 0
    amounts = {"alice": 5, "bob": 8}
    print(f"=== {'WITH' if with_lock else 'WITHOUT'} a lock: alice deposits 5, bob deposits 8, {times} times each")
    lock = threading.Lock() if with_lock else None
    threads = [threading.Thread(target=deposit, name=name, args=(name, amount, times, pause * rng.uniform(0.9, 1.1), lock))
               for name, amount in amounts.items()]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    expected = sum(amounts.values()) * times
    print(f"=== final balance: {balance} (expected {expected}, missing {expected - balance})")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--deposits", type=int, default=5, help="deposits per thread")
    parser.add_argument("--pause", type=float, default=0.05, help="seconds between a thread's read and its write")
    parser.add_argument("--mode", choices=["both", "without-lock", "with-lock"], default="both")
    parser.add_argument("--seed", type=int, default=None, help="seed for small changes in the pause")
    args = parser.parse_args()
    rng = random.Random(args.seed)

    # Each account runs in a process of its own, so that the two runs get separate lanes.
    # The threads, and the balance they share, live inside that process.
    runs = []
    if args.mode in ("both", "without-lock"):
        runs.append(("bank-without-lock", False))
    if args.mode in ("both", "with-lock"):
        runs.append(("bank-with-lock", True))
    for name, with_lock in runs:
        bank = Process(target=account, name=name, args=(with_lock, args.deposits, args.pause, rng.random()))
        bank.start()
        bank.join()


if __name__ == "__main__":
    main()
