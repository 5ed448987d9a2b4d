"""pipe: multiprocessing.Pipe() gives two connected ends; both can send() and recv(). Then a map
built on pipes: one child and one one-way pipe per input.

Run by `mp-tutor lesson pipe`; it also runs on its own: python3 demo.py --step 0.1
"""
import argparse
from multiprocessing import Pipe, Process, current_process
import time


def partner(conn):
    """The child's side of a two-way conversation over one end of a Pipe."""
    print("child: sending 'hello from the child'")
    conn.send("hello from the child")  # the child speaks first: either end may send
    for _ in range(2):
        message = conn.recv()  # waits until the parent has sent something
        print(f"child: received {message!r}")
        reply = message.replace("ping", "pong")
        print(f"child: sending {reply!r}")
        conn.send(reply)
    conn.close()
    print("child: closed my end")


def square_later(x, delay, conn):
    """A parmap worker: compute x*x after `delay` seconds and send it through its own pipe."""
    time.sleep(delay)
    print(f"{current_process().name}: sending {x * x}")
    conn.send(x * x)
    conn.close()


def parmap(xs, step):
    """Like map(square, xs), one process per item: each child answers through its own one-way pipe."""
    pipes = [Pipe(duplex=False) for _ in xs]  # (receiving end, sending end)
    children = []
    for x, (_, sender) in zip(xs, pipes):
        delay = (len(xs) - x) * step  # the first items take longest, so the children finish in reverse
        children.append(Process(target=square_later, args=(x, delay, sender), name=f"Square-{x}"))
    for child in children:
        child.start()
    for _, sender in pipes:
        sender.close()  # the parent's copies of the sending ends: only the children write
    results = []
    for x, (receiver, _) in zip(xs, pipes):  # in input order; receive BEFORE join
        results.append(receiver.recv())
        print(f"parmap: received {results[-1]} from Square-{x}")
    for child in children:
        child.join()
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--step", type=float, default=0.1, help="seconds between the finishing times of two parmap children")
    parser.add_argument("--seed", type=int, default=None, help="unused: this demo has no randomness")
    args = parser.parse_args()

    print("--- part 1: one Pipe, both ends send and receive")
    parent_end, child_end = Pipe()  # duplex (two-way) by default
    child = Process(target=partner, args=(child_end,), name="Partner")
    child.start()
    child_end.close()  # the parent's copy of the child's end; without this, recv() below never sees EOF
    print(f"parent: received {parent_end.recv()!r}")
    for n in (1, 2):
        print(f"parent: sending 'ping {n}'")
        parent_end.send(f"ping {n}")
        print(f"parent: received {parent_end.recv()!r}")
    try:
        parent_end.recv()
    except EOFError:
        print("parent: recv() raised EOFError: the other end is closed and nothing is left to read")
    child.join()

    reader, writer = Pipe(duplex=False)
    try:
        reader.send("hello?")
    except OSError as error:
        print(f"one-way Pipe(duplex=False): send() on the receiving end raised OSError: {error}")
    reader.close()
    writer.close()

    print("--- part 2: parmap, a map built on pipes")
    xs = [0, 1, 2, 3, 4]
    print(f"parmap -> {parmap(xs, args.step)} for {xs}")


if __name__ == "__main__":
    main()
