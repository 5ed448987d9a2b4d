"""A ping sweep as one writes it at work: a Pool of four "checks" hosts (sleep + a failure for some),
one apply_async per host, each result collected with get(timeout=...). Hosts whose check took too
long are listed as timed out; the pool is terminated so the slow checks do not hold the script."""
import multiprocessing as mp
import random
import sys
import time

HOSTS = [f"10.0.0.{n}" for n in range(1, 9)]
SLOW = {"10.0.0.3", "10.0.0.7"}
DOWN = {"10.0.0.5"}


def check(host):
    random.seed(host)
    time.sleep(6.0 if host in SLOW else random.uniform(0.05, 0.2))
    if host in DOWN:
        raise ConnectionError(f"{host}: no route to host")
    return host, round(random.uniform(1, 20), 1)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    up, down, timed_out = [], [], []
    pool = ctx.Pool(4)
    pending = {host: pool.apply_async(check, (host,)) for host in HOSTS}
    for host, res in pending.items():
        try:
            _, ms = res.get(timeout=2)
            up.append(f"{host} ({ms} ms)")
        except mp.TimeoutError:
            timed_out.append(host)
        except ConnectionError as e:
            down.append(str(e))
    pool.terminate()
    pool.join()
    print("up:", ", ".join(up))
    print("down:", "; ".join(down))
    print("timed out:", ", ".join(timed_out))
    sys.exit(2 if timed_out else 0)
