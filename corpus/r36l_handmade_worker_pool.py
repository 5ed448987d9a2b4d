"""A hand-made worker pool: 6 Processes read 4,000 jobs from one Queue, each stops at its own None sentinel, results
go back on a second Queue; the parent reads 4,000 results, then joins the workers. Each worker also reports how many
jobs it did, so the per-worker counts can be compared with what the timeline says."""
import multiprocessing as mp
import sys


def worker(jobs, results):
    done = 0
    while True:
        job = jobs.get()
        if job is None:
            break
        results.put((job, job % 7))
        done += 1
    results.put(("done", mp.current_process().name, done))


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    jobs, results = ctx.Queue(), ctx.Queue()
    workers = [ctx.Process(target=worker, args=(jobs, results), name=f"w{i}") for i in range(6)]
    for w in workers:
        w.start()
    for job in range(4000):
        jobs.put(job)
    for _ in workers:
        jobs.put(None)
    total, per_worker = 0, {}
    while len(per_worker) < len(workers):
        item = results.get()
        if item[0] == "done":
            per_worker[item[1]] = item[2]
        else:
            total += item[1]
    for w in workers:
        w.join()
    print("jobs done:", sum(per_worker.values()), "sum of remainders:", total)
    print("idle workers:", sum(n == 0 for n in per_worker.values()), file=sys.stderr)  # timing: under spawn some may get none
    print("exit codes:", [w.exitcode for w in workers])
