"""Bank accounts as an Array of ctypes Structures. Three tellers move money between random accounts,
first reading both balances and writing them back with no lock (element by element), then doing the
same inside `with accounts.get_lock():`. Money is only moved, never made, so the total must stay
1000; the script prints the total after each round."""
import ctypes
import multiprocessing as mp
import random
import sys
import time


class Account(ctypes.Structure):
    _fields_ = [("number", ctypes.c_int), ("balance", ctypes.c_long)]


def teller(accounts, seed, locked):
    rng = random.Random(seed)
    for _ in range(40):
        a, b = rng.sample(range(len(accounts)), 2)
        amount = rng.randint(1, 20)
        if locked:
            with accounts.get_lock():
                src, dst = accounts[a].balance, accounts[b].balance
                time.sleep(0.0005)
                accounts[a].balance, accounts[b].balance = src - amount, dst + amount
        else:
            src, dst = accounts[a].balance, accounts[b].balance
            time.sleep(0.0005)
            accounts[a].balance, accounts[b].balance = src - amount, dst + amount


def run_round(ctx, locked):
    accounts = ctx.Array(Account, [(n, 250) for n in range(4)])
    tellers = [ctx.Process(target=teller, args=(accounts, s, locked)) for s in (1, 2, 3)]
    for t in tellers:
        t.start()
    for t in tellers:
        t.join()
    total = sum(acc.balance for acc in accounts)
    print(f"{'locked' if locked else 'unlocked'}: balances {[acc.balance for acc in accounts]} total {total}")
    return total


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    unlocked_total = run_round(ctx, locked=False)
    locked_total = run_round(ctx, locked=True)
    print("money kept with the lock:", locked_total == 1000)
