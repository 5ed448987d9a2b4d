"""A bank account in a shared Value: three ATMs withdraw 30 each while 'if balance.value >= amount:
balance.value -= amount' holds; each read and each write takes the Value's lock, the check and the
subtraction are not done under one, so the balance goes below zero. Then the whole check-and-withdraw
under 'with balance.get_lock():'."""
import multiprocessing as mp
import sys
import time


def atm(balance, amount, locked, log):
    for _ in range(3):
        if locked:
            with balance.get_lock():
                if balance.value >= amount:
                    time.sleep(0.01)
                    balance.value -= amount
                    log.put(amount)
        else:
            if balance.value >= amount:
                time.sleep(0.01)
                balance.value -= amount
                log.put(amount)
        time.sleep(0.005)


def run(locked):
    balance, log = mp.Value("i", 100), mp.Queue()
    ps = [mp.Process(target=atm, args=(balance, 30, locked, log), name="atm-%d" % i) for i in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    paid = 0
    while not log.empty():
        paid += log.get()
    print("locked=%s balance=%d paid out=%d" % (locked, balance.value, paid), flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    run(False)
    run(True)
