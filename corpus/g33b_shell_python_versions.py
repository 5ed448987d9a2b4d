"""A release check: worker processes ask each tool for its version, one through the shell (`sh -c "python3 -c ..."`,
as a line copied from a README), one by running the interpreter directly (`subprocess.run([sys.executable, "-c", ...])`).
Both Pythons are traced; the direct one's end is seen by the worker that waited for it, the one under sh is not:
the summary must say why its end is not in the record rather than only count it."""
import multiprocessing as mp
import shlex
import subprocess
import sys


def version_via_shell(_):
    cmd = f"{shlex.quote(sys.executable)} -c 'import sys; print(sys.version_info[0])'"
    out = subprocess.run(["sh", "-c", cmd], capture_output=True, text=True, timeout=20)
    return ("shell", out.returncode, out.stdout.strip())


def version_direct(_):
    out = subprocess.run([sys.executable, "-c", "import sys; print(sys.version_info[1] >= 0)"],
                         capture_output=True, text=True, timeout=20)
    return ("direct", out.returncode, out.stdout.strip())


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ctx.Pool(2) as pool:
        a = pool.apply_async(version_via_shell, (0,))
        b = pool.apply_async(version_direct, (0,))
        for how, code, text in (a.get(timeout=30), b.get(timeout=30)):
            print(f"{how}: returncode {code}, said {text}", flush=True)
