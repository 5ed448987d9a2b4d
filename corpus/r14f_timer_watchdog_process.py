"""A threading.Timer as a watchdog for a child process: a job that should take 0.2 s hangs; the
timer's function terminate()s it after 1.0 s. A second, quick job finishes first and its timer is
cancel()led. The main thread only join()s."""
import multiprocessing
import sys
import threading
import time


def job(seconds):
    time.sleep(seconds)
    print("job of", seconds, "s finished", flush=True)


def run_with_watchdog(ctx, seconds):
    p = ctx.Process(target=job, args=(seconds,))
    p.start()
    timer = threading.Timer(1.0, p.terminate)
    timer.start()
    p.join()
    timer.cancel()
    print(p.name, "exitcode", p.exitcode, flush=True)


def main(method):
    ctx = multiprocessing.get_context(method)
    run_with_watchdog(ctx, 0.2)
    run_with_watchdog(ctx, 30)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else multiprocessing.get_start_method())
