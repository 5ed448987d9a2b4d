"""event-basics, changed: the learner replaces the Event with a Value('b') flag that the waiters poll
every 50 ms. One waiter polls every 5 ms; main sets the flag after 0.4 s, then clears it 'too soon'."""
import multiprocessing as mp
import sys
import time


def waiter(name, flag, nap):
    start = time.monotonic()
    polls = 0
    while not flag.value:                # the learner's change: was event.wait()
        polls += 1
        if nap:
            time.sleep(nap)
    print(f"{name} saw the flag after {time.monotonic() - start:.2f} s ({polls} polls)")


def main():
    if len(sys.argv) > 1:                # else the default (mp-tutor trace --start-method)
        mp.set_start_method(sys.argv[1])
    flag = mp.Value("b", 0)
    waiters = [mp.Process(target=waiter, args=(f"waiter-{i}", flag, 0.05), name=f"waiter-{i}") for i in (1, 2)]
    waiters.append(mp.Process(target=waiter, args=("fast-poller", flag, 0.005), name="fast-poller"))
    for w in waiters:
        w.start()
    time.sleep(0.4)
    print("main sets the flag")
    flag.value = 1
    for w in waiters:
        w.join()
    print(f"main: all {len(waiters)} waiters done")


if __name__ == "__main__":
    main()
