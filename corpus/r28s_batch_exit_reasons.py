"""A batch of import jobs, each failing the way a beginner's worker does: sys.exit("message"),
raise SystemExit(3), a segfault through ctypes (faulthandler on in one of them), and one that works.
The parent prints each job's exitcode and what it means."""
import ctypes
import faulthandler
import multiprocessing as mp
import sys


def load_config(name):
    sys.exit(f"cannot import {name}: config file missing")


def give_up(name):
    print(f"{name}: retries exhausted", flush=True)
    raise SystemExit(3)


def crash_in_c(name, with_faulthandler):
    if with_faulthandler:
        faulthandler.enable()
    print(f"{name}: reading a NULL pointer", flush=True)
    ctypes.string_at(0)
    print(f"{name}: never printed")


def import_ok(name):
    print(f"{name}: imported 42 rows", flush=True)


def main():
    if len(sys.argv) > 1:                # else the default (mp-tutor trace --start-method)
        mp.set_start_method(sys.argv[1])
    jobs = [
        mp.Process(target=load_config, args=("users.csv",), name="job-config"),
        mp.Process(target=give_up, args=("orders.csv",), name="job-retry"),
        mp.Process(target=crash_in_c, args=("blobs.bin", False), name="job-crash"),
        mp.Process(target=crash_in_c, args=("images.bin", True), name="job-crash-fh"),
        mp.Process(target=import_ok, args=("items.csv",), name="job-ok"),
    ]
    for job in jobs:
        job.start()
    for job in jobs:
        job.join()
    failed = 0
    for job in jobs:
        code = job.exitcode
        if code == 0:
            meaning = "ok"
        elif code < 0:
            meaning = f"killed by signal {-code}"
        else:
            meaning = f"exited with status {code}"
        failed += code != 0
        print(f"{job.name:14} exitcode={code:4}  {meaning}")
    print(f"{failed} of {len(jobs)} jobs failed")


if __name__ == "__main__":
    main()
