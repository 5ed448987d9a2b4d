#!/usr/bin/env python3
"""Time to show a lesson whose text is built to make an inline markdown parser quadratic.

    python3 benchmarks/markdown_bombs.py [--binary .build/release/mp-tutor] [--kb 56]

Each input is about --kb kilobytes of one pattern (unmatched emphasis openers, brackets, backtick runs,
unclosed link destinations ...) as the body of a one-lesson project; the figure is the wall time of
`mp-tutor lesson bomb --text-only`, best of three. A linear parser takes about as long for each as for the plain-text baseline.
"""
import argparse
import os
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PATTERNS = {
    "plain text ": "baseline: no markdown at all",
    "*a **b ": "emphasis openers without closers",
    "_a __b ": "underscore openers",
    "[": "unclosed brackets",
    "[a](": "unclosed link destinations",
    "` `` ``` ": "backtick runs of three lengths",
    "*[`_": "every opener mixed",
    "<a": "unclosed autolinks",
}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/debug/mp-tutor"))
    parser.add_argument("--kb", type=int, default=56)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        os.makedirs(os.path.join(home, "lessons", "bomb"))
        path = os.path.join(home, "lessons", "bomb", "bomb.md")
        env = dict(os.environ, MP_TUTOR_HOME=home)
        for pattern, what in PATTERNS.items():
            body = pattern * (args.kb * 1024 // len(pattern))
            with open(path, "w") as f:
                f.write("---\nid: bomb\ntitle: Bomb\ndemo: demo.py\n---\n" + body + "\n")
            best = None
            for _ in range(3):
                start = time.monotonic()
                subprocess.run([args.binary, "lesson", "bomb", "--text-only", "--color", "never"], env=env,
                               stdout=subprocess.DEVNULL, check=True, timeout=600)
                took = time.monotonic() - start
                best = took if best is None else min(best, took)
            print(f"{len(body) / 1024:5.0f} KB of {pattern!r:14} ({what}): {best:.2f} s")


if __name__ == "__main__":
    main()
