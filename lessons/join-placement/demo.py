"""join-placement: where join() goes decides whether children run one at a time or all together.

Run by `mp-tutor lesson join-placement`; it also runs on its own:
    python3 demo.py --join inside|after|last --children 10 --seconds 0.2
"""
import argparse
import os
import random
import time
from multiprocessing import Process, active_children


def visit(i, seconds):
    """One child: says hello, works a little, says goodbye."""
    print(f"child {i}: hello from pid {os.getpid()}, working {seconds:.2f} s")
    time.sleep(seconds)
    print(f"child {i}: goodbye")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--join", choices=["inside", "after", "last"], default="after",
                        help="join inside the loop, after the loop, or only the last child")
    parser.add_argument("--children", type=int, default=10, help="how many children to start")
    parser.add_argument("--seconds", type=float, default=0.2, help="shortest work of a child")
    parser.add_argument("--seed", type=int, default=None, help="seed for the children's work times")
    args = parser.parse_args()
    rng = random.Random(args.seed)

    # Each child works between 1x and 2x --seconds.
    work = [round(args.seconds * (1 + rng.random()), 2) for _ in range(args.children)]
    if args.join == "last":
        # Make the last child the quickest, so that "join only the last" visibly lets main
        # finish first on every run. With random work times this happens often, not always.
        work[-1] = round(args.seconds / 2, 2)

    print(f"main: join {args.join} the loop, {args.children} children" if args.join != "last"
          else f"main: join only the last child, {args.children} children")
    children = []
    for i in range(1, args.children + 1):
        # active_children() lists the children that are still running (it also reaps ended ones)
        print(f"main starts child {i}; children alive right now: {len(active_children())}")
        p = Process(target=visit, args=(i, work[i - 1]))
        children.append(p)
        p.start()
        if args.join == "inside":
            p.join()            # wait for THIS child before the loop starts the next one
    if args.join == "after":
        for p in children:      # every child is already running; now wait for each of them
            p.join()
    elif args.join == "last":
        p.join()                # only the last child is waited for
    print(f"main: done; children still running: {len(active_children())}")


if __name__ == "__main__":
    main()
