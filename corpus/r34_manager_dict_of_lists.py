"""A Manager dict holds one list per category; workers do errors['parse'].append(msg). Each
append lands on a copy the proxy handed back, so the manager's lists stay empty. The fix reads the
list, appends, and stores it back, under a Manager Lock so two workers do not overwrite each
other."""
import multiprocessing as mp
import sys

JOBS = [("parse", 1), ("io", 2), ("parse", 3), ("io", 4), ("parse", 5), ("net", 6)]


def record_naive(errors, kind, job):
    errors[kind].append(f"job {job} failed")          # appends to a local copy


def record_fixed(errors, lock, kind, job):
    with lock:
        items = errors[kind]
        items.append(f"job {job} failed")
        errors[kind] = items                            # store the new list back


def run(ctx, target, errors, extra):
    procs = [ctx.Process(target=target, args=(errors, *extra, kind, job)) for kind, job in JOBS]
    for p in procs:
        p.start()
    for p in procs:
        p.join()


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ctx.Manager() as mgr:
        errors = mgr.dict({"parse": [], "io": [], "net": []})
        run(ctx, record_naive, errors, ())
        print("naive:", {k: len(v) for k, v in sorted(errors.items())})
        lock = mgr.Lock()
        run(ctx, record_fixed, errors, (lock,))
        print("fixed:", {k: len(v) for k, v in sorted(errors.items())})
        print("parse jobs:", sorted(errors["parse"]))
