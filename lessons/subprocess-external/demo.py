"""subprocess-external: run other programs - subprocess.call waits, Popen does not; communicate()
talks to the child over pipes. The child is a new process running another program (here a small
python3 -c program and /bin/echo), with its own pid and exit code.

Run by `mp-tutor lesson subprocess-external`; it also runs on its own: python3 demo.py --code 3
"""
import argparse
import os
import subprocess
import sys
import time

# The "external program" of part 1: a small python3 program given with -c. It prints, takes a
# moment, and ends with the exit code it was given.
GREETER = """
import os, sys, time
print(f"greeter: I am pid {os.getpid()}, my parent is {os.getppid()}", flush=True)
time.sleep(float(sys.argv[2]))
print(f"greeter: exiting with code {sys.argv[1]}", flush=True)
sys.exit(int(sys.argv[1]))
"""

# The program of part 2: reads lines on stdin and answers each on stdout, until stdin ends.
ANSWERER = """
import os, sys
print(f"answerer: pid {os.getpid()}, waiting for input", file=sys.stderr, flush=True)
for line in sys.stdin:
    print(f"answer to {line.strip()!r}: {line.strip().upper()}")
print(f"answerer: input ended, exiting with code 0", file=sys.stderr, flush=True)
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--code", type=int, default=3, help="exit code the greeter program ends with")
    parser.add_argument("--seconds", type=float, default=0.3, help="how long the greeter takes")
    parser.add_argument("--seed", type=int, default=None, help="unused: this demo has no randomness")
    args = parser.parse_args()
    print(f"main: pid {os.getpid()}")

    # Part 1: call() starts the program and waits for it to end. It returns the exit code.
    print("main: call() starts the greeter and waits")
    code = subprocess.call([sys.executable, "-c", GREETER, str(args.code), str(args.seconds)])
    print(f"main: call() returned exit code {code}")

    # Part 2: Popen() starts the program and returns at once; communicate() sends the input,
    # closes stdin, reads all the output and waits for the end.
    proc = subprocess.Popen([sys.executable, "-c", ANSWERER], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    print(f"main: Popen() returned at once; child pid {proc.pid}, returncode so far {proc.returncode}")
    time.sleep(0.1)                           # main is free to do other things meanwhile
    print("main: now communicate() sends three lines and waits for the end")
    out, _ = proc.communicate("ping\nhello\nexit\n", timeout=10)
    for line in out.splitlines():
        print(f"main: got back {line!r}")
    print(f"main: the answerer ended with exit code {proc.returncode}")

    # Part 3: a program that is not python at all. It is not traced; its pid and exit code are.
    echo = subprocess.run(["/bin/echo", "hello from /bin/echo"], capture_output=True, text=True)
    print(f"main: /bin/echo printed {echo.stdout.strip()!r} and ended with exit code {echo.returncode}")
    missing = subprocess.run([sys.executable, "-c", "import sys; sys.exit(7)"])
    print(f"main: a program that calls sys.exit(7) gives returncode {missing.returncode}")


if __name__ == "__main__":
    main()
