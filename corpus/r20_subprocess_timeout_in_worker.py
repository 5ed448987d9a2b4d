"""Pool workers that run a command with subprocess.run(): one finishes, one outlives its timeout (the worker
catches TimeoutExpired, subprocess kills the command), one fails (check=True: CalledProcessError, which travels
back to the parent's get())."""
import multiprocessing as mp
import subprocess
import sys

COMMANDS = {
    "quick": "print('quick done')",
    "slow": "import time; time.sleep(5)",
    "fails": "import sys; sys.exit(3)",
}


def run(name):
    try:
        out = subprocess.run([sys.executable, "-c", COMMANDS[name]], capture_output=True, text=True,
                             timeout=0.8, check=True)
        return name, out.stdout.strip()
    except subprocess.TimeoutExpired:
        return name, "timed out"


def main(ctx):
    with ctx.Pool(3) as pool:
        pending = [pool.apply_async(run, (name,)) for name in COMMANDS]
        for r in pending:
            try:
                print(r.get(timeout=20), flush=True)
            except subprocess.CalledProcessError as e:
                print("raised CalledProcessError, returncode", e.returncode, flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
