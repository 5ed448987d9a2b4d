"""Shared numbers that do not fit: a learner's Value('i') counter near 2**31 - 1, a Value('B') byte
counter and an Array('i') element. ctypes stores the low bits without a word: 2147483647 + 1 is read
back as -2147483648, 255 + 1 as 0, 2**33 + 5 as 5. Only a few misuses raise: a float given to
Value('i') (TypeError) and a too-long bytes string written to Array('c').value (ValueError)."""
import multiprocessing as mp
import sys


def bump(counter, small, cells, label):
    with counter.get_lock():
        counter.value += 1          # 2147483647 + 1 does not fit a C int
    with small.get_lock():
        small.value += 1            # 255 + 1 does not fit an unsigned char
    cells[0] = 2 ** 33 + 5          # keeps the low 32 bits: 5
    try:
        label.value = b"much too long"
    except ValueError as e:
        print("child: label.value =", repr(e), flush=True)
    print("child: counter", counter.value, "small", small.value, "cells[0]", cells[0], flush=True)


def main():
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    counter = ctx.Value("i", 2 ** 31 - 1)
    small = ctx.Value("B", 255)
    cells = ctx.Array("i", 3)
    label = ctx.Array("c", 4)
    try:
        ctx.Value("i", 2.5)
    except TypeError as e:
        print("parent: Value('i', 2.5) raised", repr(e), flush=True)
    p = ctx.Process(target=bump, args=(counter, small, cells, label), name="bumper")
    p.start()
    p.join()
    print("parent: exit code", p.exitcode, flush=True)
    print("parent: counter", counter.value, "(expected 2147483648)", flush=True)
    print("parent: small", small.value, "(expected 256)", flush=True)
    print("parent: cells", list(cells), flush=True)


if __name__ == "__main__":
    main()
