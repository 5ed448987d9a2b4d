"""Course exercise: a bank account shared by three tellers. Round 1 deposits with `balance.value += 1` on a
synchronized Value (the read and the write each take the lock, but not together); round 2 does the same inside
`with balance.get_lock():`. An Event lets the tellers start together. The program counts the deposits lost in round 1."""
import multiprocessing as mp
import sys

DEPOSITS = 300
TELLERS = 3


def teller_racy(balance, go):
    go.wait()
    for _ in range(DEPOSITS):
        balance.value += 1


def teller_locked(balance, go):
    go.wait()
    for _ in range(DEPOSITS):
        with balance.get_lock():
            balance.value += 1


def run(ctx, target, label):
    balance = ctx.Value("i", 0)
    go = ctx.Event()  # all tellers start depositing together
    ps = [ctx.Process(target=target, args=(balance, go), name="%s-%d" % (label, i)) for i in range(TELLERS)]
    for p in ps:
        p.start()
    go.set()
    for p in ps:
        p.join()
    expected = DEPOSITS * TELLERS
    print("%s: balance %d of %d, lost %d" % (label, balance.value, expected, expected - balance.value), flush=True)


def main(ctx):
    run(ctx, teller_racy, "racy")
    run(ctx, teller_locked, "locked")


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
