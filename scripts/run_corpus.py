#!/usr/bin/env python3
"""Runs the truth corpus (corpus/*.py) live under mp-tutor and verifies every run's invariants.

    python3 scripts/run_corpus.py                         # every program × its start methods
    python3 scripts/run_corpus.py --methods spawn pool_*  # a subset (shell-style names, without .py)
    python3 scripts/run_corpus.py --record                # also rewrite corpus/transcripts/ from these runs
    python3 scripts/run_corpus.py --subset ci             # the live subset CI runs (a few minutes)
    python3 scripts/run_corpus.py --python PATH ...       # under another interpreter (mp-tutor trace --python)
    python3 scripts/run_corpus.py --python PATH --record r32p_*   # recorded into corpus/transcripts-other/X.Y/

For each run: `mp-tutor trace --record` into a transcript, then `mp-tutor check <transcript>` (the
invariant checker), and the run must end as the manifest expects (its exit status, or a hang that the
watchdog stopped). Runs one program at a time: the machine is shared.  Standard library only.
"""
import argparse
import fnmatch
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")
# The CI subset: one program of each family, each under every start method it supports.
CI_SUBSET = ["process_exitcodes", "process_self_signal", "queue_bounded", "lock_abba_deadlock", "pool_with_block",
             "pool_several", "pool_worker_dies", "futures_process_pool", "print_partial_lines", "manager_dict_race",
             "futures_as_completed_hang", "exits_everywhere", "docs_connection_wait", "docs_pool_timeout",
             "connection_client_recv_hang", "shared_struct_array_writes", "shared_struct_views"]


def manifest():
    rows = []
    with open(os.path.join(CORPUS, "manifest.tsv"), encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split(None, 4)
            if len(parts) < 4:
                sys.exit(f"corpus/manifest.tsv:{number}: expected program, methods, timeout, expect")
            program, methods, timeout, expect = parts[:4]
            rows.append({"program": program, "methods": methods.split(","), "timeout": float(timeout),
                         "expect": expect, "what": parts[4].strip() if len(parts) > 4 else ""})
    return rows


def trailer_of(path):
    with open(path, encoding="utf-8") as f:
        last = None
        for line in f:
            if line.strip():
                last = line
    data = json.loads(last) if last else {}
    return data if data.get("trailer") else None


def version_of(python):
    """X.Y of the interpreter at `python` (asked, not guessed from its path)."""
    out = subprocess.run([python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                         stdout=subprocess.PIPE, text=True, check=True).stdout.strip()
    if not out.replace(".", "").isdigit():
        sys.exit(f"{python} did not say its version: {out!r}")
    return out


def outcome_matches(expect, trailer):
    if trailer is None:
        return False, "no trailer: the recording did not finish"
    run = trailer.get("run", {})
    if expect == "hang":
        return run.get("timed_out") is True, f"expected a hang the watchdog stops; run: {run}"
    if int(expect) < 0:     # -N: the program ended by signal N (round 14F: Python's own SIGINT after a KeyboardInterrupt)
        return (run.get("signal") == -int(expect) and not run.get("timed_out")), f"expected an end by signal {-int(expect)}; run: {run}"
    return (run.get("exit_code") == int(expect) and not run.get("timed_out")), f"expected exit {expect}; run: {run}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*", help="program names or patterns (default: all)")
    ap.add_argument("--methods", default="fork,spawn,forkserver", help="comma-separated start methods")
    ap.add_argument("--record", action="store_true",
                    help="write the transcripts to corpus/transcripts/ (with --python: corpus/transcripts-other/X.Y/)")
    ap.add_argument("--subset", choices=["ci"], help="the live subset CI runs")
    ap.add_argument("--tool", default=os.path.join(ROOT, ".build", "debug", "mp-tutor"))
    ap.add_argument("--python", help="the interpreter the programs run under (default: mp-tutor's, python3)")
    args = ap.parse_args()
    wanted = set(args.methods.split(","))
    patterns = args.names or (CI_SUBSET if args.subset == "ci" else ["*"])
    rows = [r for r in manifest() if any(fnmatch.fnmatch(r["program"][:-3], p) for p in patterns)]
    if not rows:
        sys.exit("no corpus program matches " + " ".join(patterns))
    if not args.record:
        out_dir = tempfile.mkdtemp(prefix="mp-tutor-corpus-")
    elif args.python:       # another interpreter's recordings: a folder of their own, corpus/transcripts/ stays 3.11's
        out_dir = os.path.join(CORPUS, "transcripts-other", version_of(args.python))
    else:
        out_dir = os.path.join(CORPUS, "transcripts")
    os.makedirs(out_dir, exist_ok=True)
    failures, runs = [], 0
    started = time.monotonic()
    for row in rows:
        for method in [m for m in row["methods"] if m in wanted]:
            runs += 1
            name = f"{row['program'][:-3]}--{method}"
            transcript = os.path.join(out_dir, name + ".jsonl")
            t0 = time.monotonic()
            trace = subprocess.run([args.tool, "trace"] + (["--python", args.python] if args.python else [])
                                   + ["--start-method", method, "--timeout", str(row["timeout"]),
                                      "--color", "never", "--width", "120", "--record", transcript,
                                      os.path.join("corpus", row["program"])],
                                   cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            problems = []
            # mp-tutor trace exits 124 when its watchdog stopped the run (a hang the manifest expects), else with the
            # program's own status (docs_pool_timeout ends with an uncaught TimeoutError: 1); a program ended by signal N
            # ends mp-tutor trace by the same signal (-N, round 14F)
            if trace.returncode not in ((124, 0) if row["expect"] == "hang" else (int(row["expect"]),)):
                problems.append(f"mp-tutor trace exited {trace.returncode}:\n{trace.stdout[-2000:]}")
            elif not os.path.exists(transcript):
                problems.append("no transcript was written")
            else:
                ok, why = outcome_matches(row["expect"], trailer_of(transcript))
                if not ok:
                    problems.append(why)
                check = subprocess.run([args.tool, "check", transcript], cwd=ROOT, stdout=subprocess.PIPE,
                                       stderr=subprocess.STDOUT, text=True)
                if check.returncode != 0:
                    problems.append(check.stdout.strip())
            took = time.monotonic() - t0
            print(("PASS" if not problems else "FAIL") + f" {name}  ({took:.1f} s)", flush=True)
            for p in problems:
                print("  " + p.replace("\n", "\n  "), flush=True)
            if problems:
                failures.append(name)
    print(f"{runs - len(failures)} of {runs} runs passed in {time.monotonic() - started:.0f} s"
          + (f"; transcripts in {out_dir}" if not args.record else ""))
    if failures:
        print("failed: " + " ".join(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
