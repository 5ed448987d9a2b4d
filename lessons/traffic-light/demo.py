"""traffic-light: a light process flips an Event red/green; car processes wait on it while it is red.

Run by `mp-tutor lesson traffic-light`; it also runs on its own: python3 demo.py --cars 8 --cycles 3
(The tracer records each set/clear/wait; the prints say which green released a car.)
"""
import argparse
import random
import time
from multiprocessing import Event, Process, RawValue


def traffic_light(green, cycle, cycles, red_s, green_s):
    """The light: red, then green, `cycles` times; after the last cycle it stays green and stops."""
    print("light is red")                       # a new Event is clear: red
    for k in range(1, cycles + 1):
        time.sleep(red_s)
        cycle.value = k                          # so a car can tell which green released it
        print(f"light turns green #{k}")
        green.set()                              # every car blocked in wait() goes now
        if k == cycles:
            break
        time.sleep(green_s)
        print("light turns red")
        green.clear()                            # cars arriving from now on stop
    print("light stays green: the demo is over, no car will be left waiting")


def car(name, green, cycle, arrival):
    time.sleep(arrival)
    if green.is_set():
        print(f"{name} arrives, sees green and drives through")
        return
    print(f"{name} stops at red")
    # wait() blocks while the light is red and returns the flag as it finds it when it returns:
    # False if the light turned red again before this car got to run (a busy machine).
    while not green.wait():
        print(f"{name}: wait() returned False, red again: it stays")
    print(f"{name} drives off on green #{cycle.value}")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cars", type=int, default=8, help="car processes")
    parser.add_argument("--cycles", type=int, default=3, help="how many times the light turns green")
    parser.add_argument("--red", type=float, default=0.5, help="seconds of red")
    parser.add_argument("--green", type=float, default=0.4, help="seconds of green")
    parser.add_argument("--seed", type=int, default=None, help="seed for the cars' arrival times")
    args = parser.parse_args()
    rng = random.Random(args.seed)

    green = Event()             # set = green, clear = red
    cycle = RawValue("i", 0)    # the light's cycle number, in shared memory
    light = Process(target=traffic_light, name="light",
                    args=(green, cycle, args.cycles, args.red, args.green))
    # Two cars are already waiting when the light starts; the others arrive while it cycles.
    last_change = args.cycles * args.red + (args.cycles - 1) * args.green
    arrivals = [0.0, 0.0] + sorted(round(rng.uniform(0.1, last_change), 2) for _ in range(args.cars - 2))
    cars = [Process(target=car, name=f"car-{i}", args=(f"car-{i}", green, cycle, a))
            for i, a in enumerate(arrivals, start=1)]

    light.start()
    for c in cars:
        c.start()
    print("ready... go!")
    for p in [light] + cars:
        p.join()
    print(f"all {len(cars)} cars have passed; the light changed {args.cycles} times to green")


if __name__ == "__main__":
    main()
