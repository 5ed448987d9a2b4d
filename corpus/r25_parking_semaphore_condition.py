"""A car park: a Semaphore(2) bounds the spaces; a Condition with wait_for() lets the attendant
sleep until the 'parked so far' Value reaches the number of cars, then close the park."""
import sys
import time
import multiprocessing as mp


def car(spaces, cond, parked, plate, stay):
    with spaces:
        with cond:
            parked.value += 1
            print(f"{plate} parked ({parked.value} so far)", flush=True)
            cond.notify_all()
        time.sleep(stay)
    print(f"{plate} left", flush=True)


def attendant(cond, parked, cars):
    with cond:
        ok = cond.wait_for(lambda: parked.value >= cars, timeout=5)
    print(f"attendant: all {cars} cars have parked: {ok}", flush=True)


def main(method):
    ctx = mp.get_context(method)
    spaces = ctx.Semaphore(2)
    cond = ctx.Condition()
    parked = ctx.Value("i", 0, lock=False)
    att = ctx.Process(target=attendant, args=(cond, parked, 4), name="attendant")
    att.start()
    cars = [ctx.Process(target=car, args=(spaces, cond, parked, f"CAR-{i}", 0.2), name=f"car-{i}") for i in range(4)]
    for c in cars:
        c.start()
    for c in cars + [att]:
        c.join()
    print("exit codes:", [c.exitcode for c in cars + [att]])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
