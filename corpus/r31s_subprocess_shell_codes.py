"""Workers that run shell commands (a deploy check script): a Pool maps subprocess.run over a list of
commands, each with a timeout, and returns (command, return code, first line of output). One command
fails, one is not found (127), one kills itself with SIGTERM (a negative return code)."""
import multiprocessing as mp
import subprocess
import sys

COMMANDS = [
    "echo disk ok",
    "echo 'nginx: config test failed' >&2; exit 1",
    "no-such-tool --version",
    "kill -TERM $$",
    f"{sys.executable} -c 'import os; print(os.getpid() > 0)'",
]


def run(cmd):
    try:
        r = subprocess.run(["sh", "-c", cmd], capture_output=True, text=True, timeout=5)
    except subprocess.TimeoutExpired:
        return cmd, None, "timed out"
    out = (r.stdout or r.stderr).strip().splitlines()
    return cmd, r.returncode, out[0] if out else ""


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ctx.Pool(2) as pool:
        results = pool.map(run, COMMANDS)
    failed = 0
    for cmd, code, line in results:
        mark = "OK  " if code == 0 else "FAIL"
        failed += code != 0
        print(f"{mark} rc={code!s:>4}  {cmd.replace(sys.executable, 'python3')[:30]:30}  {line[:40]}")
    print(f"{failed} of {len(results)} checks failed")
    sys.exit(1 if failed else 0)
