"""Course exercise: a prime sieve as a pipeline. A generator process puts 2..40 on the first Queue; each filter stage
owns one prime, drops its multiples and passes the rest on to the next Queue; the last Queue is read by the parent.
A None sentinel travels down the pipeline and every stage forwards it before it exits."""
import multiprocessing as mp
import sys

STAGE_PRIMES = (2, 3, 5)


def generate(out, limit):
    for n in range(2, limit + 1):
        out.put(n)
    out.put(None)


def stage(prime, inq, outq):
    passed = dropped = 0
    while True:
        n = inq.get()
        if n is None:
            outq.put(None)  # forward the sentinel before leaving
            break
        if n == prime or n % prime:
            outq.put(n)
            passed += 1
        else:
            dropped += 1
    print("stage %d: passed %d, dropped %d" % (prime, passed, dropped), flush=True)


def main(ctx):
    queues = [ctx.Queue() for _ in range(len(STAGE_PRIMES) + 1)]
    procs = [ctx.Process(target=generate, args=(queues[0], 40), name="gen")]
    for i, p in enumerate(STAGE_PRIMES):
        procs.append(ctx.Process(target=stage, args=(p, queues[i], queues[i + 1]), name="by%d" % p))
    for p in procs:
        p.start()
    survivors = []
    while (n := queues[-1].get()) is not None:
        survivors.append(n)
    for p in procs:
        p.join()
    print("survivors:", survivors, flush=True)
    print("not prime among them:", [n for n in survivors if any(n % d == 0 for d in range(2, n))], flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
