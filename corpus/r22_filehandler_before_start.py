"""logging.basicConfig(filename=...) opens a FileHandler before the children start. Each child logs one INFO
line: under fork the child inherited the configured root logger and its open file, so the line lands in the
file; under spawn and forkserver the child's root logger has no handler and WARNING level, so the INFO line goes
nowhere and a WARNING goes to stderr through logging's last resort."""
import logging
import multiprocessing as mp
import os
import sys
import tempfile


def child(n):
    log = logging.getLogger("app")
    log.info("child %d says hello", n)
    log.warning("child %d warns", n)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    path = os.path.join(tempfile.mkdtemp(), "app.log")
    logging.basicConfig(filename=path, level=logging.INFO, format="%(processName)s %(levelname)s %(message)s")
    logging.getLogger("app").info("parent before start")
    ps = [ctx.Process(target=child, args=(n,), name="kid-%d" % n) for n in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    logging.shutdown()
    with open(path) as f:
        lines = sorted(f.read().splitlines())
    print("log file has", len(lines), "lines:", flush=True)
    for line in lines:
        print("  " + line, flush=True)
    print("exitcodes:", [p.exitcode for p in ps], flush=True)
