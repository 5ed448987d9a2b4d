#!/usr/bin/env python3
"""Runs corpus programs untraced and traced under each start method and compares exit status and output.

    python3 scripts/compare_traced.py 'r3_*'                 # shell-style names from corpus/manifest.tsv
    python3 scripts/compare_traced.py --keep /tmp/runs 'r3_*'  # also keep each run's --full timeline and transcript

Untraced: `python3 corpus/P.py METHOD` (each program takes its start method as its first argument). Traced:
`mp-tutor trace --start-method METHOD --full --record …`. The traced output is the transcript's stdout `print`
events joined in order (a partial one without its newline); a line printed with `\\r` is compared split at it (a transcript shows `\\r` as `␍`). Programs that race by
design print differently on some runs: the differences are listed, not judged. Runs one at a time. Standard library only.
"""
import argparse
import fnmatch
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def manifest():
    with open(os.path.join(ROOT, "corpus", "manifest.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                program, methods, timeout, expect = line.split(None, 4)[:4]
                yield program[:-3], methods.split(","), float(timeout), expect


def lines(text):
    return [l for l in text.replace("\r", "\n").replace("␍", "\n").split("\n") if l]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tool", default=os.path.join(ROOT, ".build", "debug", "mp-tutor"))
    ap.add_argument("--keep", help="a folder for each run's timeline (.txt) and transcript (.jsonl)")
    ap.add_argument("names", nargs="+")
    args = ap.parse_args()
    keep = args.keep or tempfile.mkdtemp(prefix="compare-traced-")
    os.makedirs(keep, exist_ok=True)
    pairs = same_rc = same_out = 0
    for name, methods, timeout, expect in manifest():
        if not any(fnmatch.fnmatch(name, p) for p in args.names):
            continue
        prog = os.path.join("corpus", name + ".py")
        for m in methods:
            try:
                u = subprocess.run([sys.executable, prog, m], capture_output=True, text=True, errors="replace", timeout=timeout, cwd=ROOT)
                urc, uout = u.returncode, u.stdout
            except subprocess.TimeoutExpired as e:
                urc, uout = 124, e.stdout.decode(errors="replace") if isinstance(e.stdout, bytes) else (e.stdout or "")
            rec = os.path.join(keep, f"{name}--{m}.jsonl")
            t = subprocess.run([args.tool, "trace", "--color", "never", "--no-pager", "--full", "--start-method", m,
                                "--timeout", str(timeout), "--record", rec, prog, m], capture_output=True, text=True, errors="replace", cwd=ROOT)
            with open(os.path.join(keep, f"{name}--{m}.txt"), "w", encoding="utf-8") as f:
                f.write(t.stdout + t.stderr)
            # the stdout the transcript says was written, in its order: a partial line is text without its newline
            written = []
            with open(rec, encoding="utf-8") as f:
                for raw in f:
                    e = json.loads(raw)
                    if e.get("kind") == "print" and e.get("stream") == "stdout":
                        written.append(e.get("text", "") + ("" if e.get("partial") else "\n"))
            traced = lines("".join(written))
            pairs += 1
            same_rc += urc == t.returncode
            out_same = sorted(lines(uout)) == sorted(traced)
            same_out += out_same
            print(f"{name:36} {m:10} exit untraced {urc:3} traced {t.returncode:3}   output {'same' if out_same else 'DIFFERS'}", flush=True)
            if not out_same:
                # the lines only one side has (a multiset difference), the first few of each
                only_u, only_t = list(lines(uout)), []
                for l in traced:
                    if l in only_u:
                        only_u.remove(l)
                    else:
                        only_t.append(l)
                print(f"    only untraced ({len(only_u)}):", [l[:100] for l in only_u[:4]],
                      f"\n    only traced ({len(only_t)}):  ", [l[:100] for l in only_t[:4]])
    print(f"{pairs} pairs: exit status the same in {same_rc}, output the same in {same_out}; runs kept in {keep}")
    return 0 if same_rc == pairs else 1


if __name__ == "__main__":
    sys.exit(main())
