"""Pasted from an answer on supervising workers: each worker writes a heartbeat (time.time()) into a shared Value;
the parent's monitor loop polls is_alive() and the heartbeat's age every 0.1 s, and restarts a worker that died.
The first incarnation crashes after three beats (an uncaught error); the restarted one finishes its beats."""
import multiprocessing as mp
import sys
import time


def beat(heartbeat, generation, beats):
    for i in range(beats):
        heartbeat.value = time.time()
        time.sleep(0.1)
        if generation == 0 and i == 2:
            raise RuntimeError("worker lost its database connection")


def start(ctx, heartbeat, generation):
    p = ctx.Process(target=beat, args=(heartbeat, generation, 5), name="beater-gen%d" % generation)
    p.start()
    return p


def main(ctx):
    heartbeat = ctx.Value("d", time.time())
    generation, restarts = 0, []
    p = start(ctx, heartbeat, generation)
    deadline = time.time() + 10
    while time.time() < deadline:
        time.sleep(0.1)
        age = time.time() - heartbeat.value
        if not p.is_alive():
            p.join()
            if p.exitcode == 0:
                break
            restarts.append((p.name, p.exitcode, age < 1.0))
            generation += 1
            p = start(ctx, heartbeat, generation)
    print("restarts:", restarts, flush=True)
    print("last worker:", p.name, "exitcode", p.exitcode, flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
