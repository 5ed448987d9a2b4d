"""Course exercise: a start gun. Each runner increments a shared `ready` count under a Condition and notifies;
the starter waits with cond.wait_for(lambda: ready.value == RUNNERS, timeout=5), then fires an Event all runners
wait on. The finish order goes on a Queue."""
import multiprocessing as mp
import sys
import time

RUNNERS = 3


def runner(i, ready, cond, gun, finish):
    with cond:
        ready.value += 1
        cond.notify_all()
    gun.wait()
    time.sleep(0.05 * (RUNNERS - i))
    finish.put("runner-%d" % i)


def main(ctx):
    ready = ctx.Value("i", 0, lock=False)  # guarded by cond
    cond = ctx.Condition()
    gun = ctx.Event()
    finish = ctx.Queue()
    ps = [ctx.Process(target=runner, args=(i, ready, cond, gun, finish), name="runner-%d" % i) for i in range(RUNNERS)]
    for p in ps:
        p.start()
    with cond:
        all_ready = cond.wait_for(lambda: ready.value == RUNNERS, timeout=5)
    print("all ready:", all_ready, "count", ready.value, flush=True)
    gun.set()
    order = [finish.get() for _ in ps]
    for p in ps:
        p.join()
    print("finish order:", order, flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
