#!/usr/bin/env python3
"""Fuzz mp-tutor's readers of outside input: transcripts, lessons (front matter, claims, notes), markdown, and a
run's per-process event files (JSON and compact `~` lines, the `.pending` side slot; `mp-tutor replay FOLDER`).

Every mutant is derived deterministically from a seed file (the committed transcripts and lessons, and the
transcripts in Tests/Fixtures/fuzz-seeds) and its number, so a failure reproduces: `--only
transcripts/pool-async.jsonl#17` runs that one mutant again and keeps its files. Each mutant runs the real binary in its own subprocess with a time and memory limit (a
crash in-process would kill the fuzzer); the outcome is one of

  ok      exit 0
  clean   a clean error: an exit status of 1, 64 or 65 and a message on stderr
  crash   killed by a signal (a Swift trap is SIGILL/SIGTRAP), or any other exit status
  hang    still running after --time-limit seconds (killed)
  leak    exit 0 or clean, but a control character other than newline reached the output (--color never)

Crashes, hangs and leaks are failures: the script exits 1 and saves each failing input under --keep.
Peak memory is the largest ru_maxrss of any mutant's process.

Usage: python3 scripts/fuzz_inputs.py [--binary .build/debug/mp-tutor] [--per-seed 6] [--jobs 2]
"""
import argparse
import hashlib
import json
import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

HOSTILE_STRINGS = [
    "\x1b]0;pwned\x07", "\x1b[2J\x1b[H", "\x1b[31mred", "\x9b2J", "\u202eevil\u202c", "a\x00b", "line\rover",
    "two\nlines", "\x1bP+q\x1b\\", "\x1b", "e\u0301" * 3, "\U0001F600" * 5, "x" * 5000, "", " ", "{name}", "\\",
    "\t\t", "\x7f\x85\x8d", "\u2066iso\u2069",
]
INTERESTING_NUMBERS = [
    0, -1, 1, 2, 255, 256, -255, -256, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32, 2**53, 2**62, 2**63 - 1,
    -2**63, 10**9, 10**12, 10**18, 1e300, -1e300, 0.5, -0.5, 1e-300, 3.7,
]
MARKDOWN_BOMBS = [
    "*a **b " * 400, "[" * 3000, "`" * 2000 + "x", "` `` ``` " * 400, "_a __b " * 400, "[a](" * 1000,
    "<a" * 2000, "> " * 500 + "x", "- " * 500 + "x", "|a" * 1000 + "|\n|" + "-|" * 1000, "\\" * 3000,
    "**" * 2000, "```\n" * 100, "# " * 1000, "1. " * 1000,
]
CLAIM_BOMBS = [
    "(" * 100000 + "count(pool.task.start) > 0" + ")" * 100000, "count(" * 5000, "not " * 1000,
    "count(pool.task.start where " + " and ".join(["job == 1"] * 2000) + ") > 0",
    "count(x) > 1e400", "count(x) > nan", "all pool.task.start: " + "(" * 2000,
]
FRONT_MATTER_BOMBS = [
    "timeout: inf", "timeout: 1e300", "timeout: nan", "timeout: -1", "timeout: 0x10", "timeout: 1e11",
    "params:\n  - name: n\n    default: 1e300\n    min: 1\n    max: 1e300",
    "params:\n  - name: n\n    type: int\n    default: 99999999999999999999999",
    "params:\n  - name: n\n    default: nan", "params:\n  - name: n\n    default: 5\n    min: 10\n    max: 1",
    "\n".join(" " * i + "- a:" for i in range(0, 400, 2)),
]


class Outcome:
    def __init__(self, kind, status, detail, maxrss_kb, seconds):
        self.kind, self.status, self.detail, self.maxrss_kb, self.seconds = kind, status, detail, maxrss_kb, seconds


def run_binary(binary, args, env, cwd, time_limit, memory_mb, input_bytes=b""):
    """Runs one mutant; never raises. Memory is limited with RLIMIT_AS, time by killing the process group."""
    def limit():
        os.setsid()
        cap = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    start = time.monotonic()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([binary] + args, stdin=subprocess.PIPE, stdout=out, stderr=err, cwd=cwd, env=env,
                                preexec_fn=limit)
        try:
            proc.stdin.write(input_bytes)
            proc.stdin.close()
        except BrokenPipeError:
            pass
        deadline = start + time_limit
        hung = False
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                hung = True
                os.killpg(proc.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.005)
        proc.returncode = 0  # reaped by wait4: keep Popen from waiting again
        seconds = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    maxrss = usage.ru_maxrss
    if hung:
        return Outcome("hang", None, f"killed after {time_limit} s", maxrss, seconds), stdout, stderr
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        return Outcome("crash", -sig, f"signal {signal.Signals(sig).name}", maxrss, seconds), stdout, stderr
    code = os.WEXITSTATUS(status)
    if code == 0:
        kind = "ok"
    elif code in (1, 64, 65) and b"Error" in stderr:
        kind = "clean"
    else:
        kind = "crash"
    return Outcome(kind, code, stderr.decode("utf-8", "replace")[-300:], maxrss, seconds), stdout, stderr


CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def leaked_control(stdout, stderr):
    """With --color never, nothing but newlines may be a control character in what mp-tutor prints."""
    text = (stdout + stderr).decode("utf-8", "replace")
    found = CONTROL.search(text)
    return None if not found else f"control U+{ord(found.group()):04X} at offset {found.start()}"


# ---------- mutators (each takes a random.Random and the seed's bytes, returns bytes) ----------

def mutate_value(rng, value):
    choice = rng.random()
    if isinstance(value, bool) or value is None:
        return rng.choice([0, "x", [], {}, True, False, None])
    if isinstance(value, (int, float)):
        return rng.choice(INTERESTING_NUMBERS) if choice < 0.85 else rng.choice(["7", None, [1], {"a": 1}])
    if isinstance(value, str):
        if choice < 0.7:
            return rng.choice(HOSTILE_STRINGS) + (value if rng.random() < 0.5 else "")
        return rng.choice([0, -1, 2**63 - 1, None, [value], {"k": value}])
    if isinstance(value, list):
        if value and rng.random() < 0.5:
            i = rng.randrange(len(value))
            value[i] = mutate_value(rng, value[i])
            return value
        return rng.choice([[2**31] * 3, [-2**31], ["x"], [], [[1]], value * 50])
    if isinstance(value, dict):
        if value:
            key = rng.choice(list(value))
            value[key] = mutate_value(rng, value[key])
        return value
    return value


def nested_leaves(obj, limit=200):
    """(container, key) of every value below the top level of a parsed line, at most `limit`, in document order."""
    found = []
    stack = [value for value in obj.values() if isinstance(value, (dict, list))]
    while stack and len(found) < limit:
        container = stack.pop(0)
        for key in (list(container) if isinstance(container, dict) else range(len(container))):
            found.append((container, key))
            if isinstance(container[key], (dict, list)):
                stack.append(container[key])
    return found[:limit]


def mutate_transcript(rng, data):
    lines = data.decode("utf-8", "replace").split("\n")
    body = [i for i, line in enumerate(lines) if line.strip()]
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        op = rng.random()
        i = rng.choice(body)
        if op < 0.55:
            try:
                obj = json.loads(lines[i])
            except ValueError:
                continue
            leaves = nested_leaves(obj)
            if leaves and rng.random() < 0.3:
                # A value inside a nested object or list (the trailer's run.received_signals[i].sender_pid):
                # a top-level pick would almost never reach it.
                container, key = rng.choice(leaves)
                container[key] = mutate_value(rng, container[key])
                lines[i] = json.dumps(obj, ensure_ascii=rng.random() < 0.5)
                continue
            keys = list(obj) + ["count", "chunks", "exitcode", "child_pid", "timeout", "waited_ns"]
            key = rng.choice(keys)
            if key in obj and rng.random() < 0.1:
                del obj[key]
            else:
                obj[key] = mutate_value(rng, obj.get(key, rng.choice([1, "x"])))
            lines[i] = json.dumps(obj, ensure_ascii=rng.random() < 0.5)
        elif op < 0.65:
            j = rng.choice(body)
            lines[i], lines[j] = lines[j], lines[i]
        elif op < 0.72:
            lines.insert(i, lines[rng.choice(body)])
        elif op < 0.78:
            del lines[i]
            body = [k for k, line in enumerate(lines) if line.strip()] or [0]
        elif op < 0.86:
            raw = bytearray(lines[i].encode())
            if raw:
                raw[rng.randrange(len(raw))] = rng.randrange(256)
            lines[i] = raw.decode("latin-1")
        elif op < 0.93:
            try:
                obj = json.loads(lines[i])
                obj["t"] = rng.choice([0, -10**18, 10**18, 2**63 - 1, -2**63, obj.get("t", 0) - 10**9])
                lines[i] = json.dumps(obj)
            except ValueError:
                pass
        else:
            cut = rng.randrange(max(1, len("\n".join(lines))))
            return "\n".join(lines).encode("utf-8", "replace")[:cut]
    data = "\n".join(lines).encode("utf-8", "replace")
    if rng.random() < 0.1 and data:  # raw bytes: invalid UTF-8, NULs, stray newlines
        raw = bytearray(data)
        for _ in range(rng.choice([1, 2, 8])):
            raw[rng.randrange(len(raw))] = rng.choice([0x00, 0x0A, 0x0D, 0x80, 0xC3, 0xFF, 0x1B, 0x22, 0x5C])
        data = bytes(raw)
    return data


# Computed choices (gaps 29C): the expression language's edges: division by a parameter that may be 0, deep
# nesting, long input, unknown names and functions, Python that must not be evaluated, huge values.
CHOICE_BOMBS = ["{ceil(items / chunksize)}", "{ceil(items / (chunksize or ceil(items / (4 * workers))))}",
                "{" + "(" * 40 + "1" + ")" * 40 + "}", "{" + "-" * 300 + "1}", "{" + "1+" * 150 + "1}",
                "{__import__('os').system('true')}", "{eval(1)}", "{min()}", "{max(1,2,3,4,5,6,7,8,9)}",
                "{1e308 * 1e308}", "{workers //}", "{nosuch + 1}", "{1 % 0}", "{(}", "{)}", "{,}", "{or}",
                "{workers or}", "{ceil(1, 2)}", "{9223372036854775808 * 9}", "{0.1 + 0.2}", "{-0}", "{ 7 }",
                "{{workers}}", "{workers", "workers}"]


def mutate_lesson_text(rng, text):
    lines = text.split("\n")
    close = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), len(lines) - 1)
    for _ in range(rng.choice([1, 1, 2, 3])):
        op = rng.random()
        if op < 0.25:  # a front-matter value
            i = rng.randrange(1, max(2, close))
            if ":" in lines[i]:
                key, _, _ = lines[i].partition(":")
                value = rng.choice(["inf", "1e300", "nan", "-1", "0x1p-2", "1e11", "", "[", "\"", "'x",
                                    rng.choice(HOSTILE_STRINGS).replace("\n", " "), "99999999999999999999", "1_0"])
                lines[i] = key + ": " + value
        elif op < 0.4:  # a claim or note check
            checks = [k for k in range(close) if re.match(r"\s*(check|when|choices):", lines[k])]
            if checks:
                k = rng.choice(checks)
                key, _, value = lines[k].partition(":")
                if key.strip() == "choices":  # a computed choice (gaps 29C): `{ceil(items / chunksize)}`
                    lines[k] = key + ": [\"1\", \"" + rng.choice(CHOICE_BOMBS) + "\"]"
                    continue
                tokens = value.split()
                mode = rng.random()
                if mode < 0.3 and tokens:
                    rng.shuffle(tokens)
                    value = " ".join(tokens)
                elif mode < 0.55:
                    value = rng.choice(CLAIM_BOMBS)
                elif mode < 0.8 and tokens:
                    t = rng.randrange(len(tokens))
                    tokens[t] = rng.choice(["(", ")", "and", "or", "where", "==", "<=", "1e999", "\"", "count(",
                                            "-9223372036854775808", "9223372036854775808", ",", ":", "first", "nan"])
                    value = " ".join(tokens)
                else:
                    value = value + " " + value
                lines[k] = key + ": " + value
        elif op < 0.5:
            lines.insert(rng.randrange(1, max(2, close)), rng.choice(FRONT_MATTER_BOMBS))
        elif op < 0.65:  # markdown body
            at = rng.randrange(close + 1, len(lines) + 1) if close + 1 <= len(lines) else len(lines)
            lines.insert(at, rng.choice(MARKDOWN_BOMBS + HOSTILE_STRINGS))
        elif op < 0.75:
            i = rng.randrange(len(lines))
            del lines[i]
        elif op < 0.82:
            i = rng.randrange(len(lines))
            lines.insert(i, lines[rng.randrange(len(lines))])
        elif op < 0.88:
            i = rng.randrange(len(lines))
            lines[i] = " " * rng.choice([1, 2, 3, 5, 8]) + lines[i]
        elif op < 0.94:
            return "\r\n".join(lines)
        else:
            i = rng.randrange(len(lines))
            raw = bytearray(lines[i].encode())
            if raw:
                raw[rng.randrange(len(raw))] = rng.choice([0, 0x1b, 0x0d, 0x09, 0x80, 0xff, ord(":"), ord("-")])
            lines[i] = raw.decode("utf-8", "replace")
    return "\n".join(lines)


HEX_NUMBERS = [b"0", b"-0", b"7fffffffffffffff", b"-7fffffffffffffff", b"8000000000000000", b"-8000000000000000",
               b"ffffffffffffffff", b"1" * 17, b"f" * 4000, b"", b"-", b"+1", b"1F", b"0x10", b"g", b"1 2", b"\xff"]


def mutate_event_line(rng, line):
    """One line of a per-process event file (JSON or a compact `~` line, docs/tracer-protocol.md), mutated."""
    op = rng.random()
    if line.startswith(b"~") and op < 0.4:  # a compact line's hex fields: out of range, too long, not hex, missing
        head, _, tail = line.partition(b",")
        fields = [head[2:]] + tail.split(b",", 3)
        k = rng.randrange(len(fields))
        fields[k] = rng.choice(HEX_NUMBERS)
        if rng.random() < 0.2:
            del fields[rng.randrange(len(fields))]
        letter = rng.choice([line[1:2], line[1:2], b"s", b"S", b"r", b"R", b"p", b"x", b"~", b""])
        return b"~" + letter + b",".join(fields)
    if op < 0.55:  # a JSON value: huge, negative, of another type
        try:
            obj = json.loads(line.decode("utf-8"))
        except ValueError:
            return line[: rng.randrange(len(line) + 1)]
        if isinstance(obj, dict) and obj:
            key = rng.choice(list(obj) + ["n", "t", "tid", "pid", "kind"])
            obj[key] = mutate_value(rng, obj.get(key, 1))
            return json.dumps(obj, ensure_ascii=rng.random() < 0.5).encode()
        return line
    if op < 0.7:  # a digit run made huge
        return re.sub(rb"\d+", lambda m: m.group() * rng.choice([1, 30, 1000]), line, count=1)
    if op < 0.8:  # NULs and stray bytes
        raw = bytearray(line)
        for _ in range(rng.choice([1, 3])):
            if raw:
                raw[rng.randrange(len(raw))] = rng.choice([0x00, 0x0A, 0x0D, 0x80, 0xFF, 0x1B, 0x22, 0x2C, 0x7E])
        return bytes(raw)
    if op < 0.9:  # a hostile string in the text
        return line.replace(b'"', b'"' + rng.choice(HOSTILE_STRINGS).encode("utf-8", "replace"), 1)
    return line[: rng.randrange(len(line) + 1)]  # cut short


def mutate_run_folder(rng, files):
    """A run's per-process event files {name: bytes}, mutated: lines (as above), truncation, interleaved partial
    lines (two threads' writes cut into each other), NULs, numbers out of order, whole files dropped or empty,
    the side slot (`.pending`) corrupted, a huge line."""
    files = dict(files)
    names = sorted(files)
    for _ in range(rng.choice([1, 1, 2, 3, 5])):
        name = rng.choice(names)
        if name not in files:
            continue
        data = files[name]
        op = rng.random()
        if name.endswith(".pending") or op < 0.05:  # the side slot: raw bytes behind a binary header
            raw = bytearray(data or b"\0")
            for _ in range(rng.choice([1, 2, 4])):
                i = rng.randrange(len(raw))
                raw[i] = rng.choice([0x00, 0xFF, 0x7F, 0x80, ord("P"), rng.randrange(256)])
            if rng.random() < 0.3:
                raw = raw[: rng.randrange(len(raw) + 1)]
            if rng.random() < 0.2:
                raw += b"\xff" * rng.choice([4, 40, 5000])
            files[name] = bytes(raw)
            continue
        lines = data.split(b"\n")
        body = [i for i, line in enumerate(lines) if line] or [0]
        i = rng.choice(body)
        if op < 0.5:
            lines[i] = mutate_event_line(rng, lines[i])
        elif op < 0.6:  # interleaved partial lines: a line cut, another written into the middle of it
            j = rng.choice(body)
            cut = rng.randrange(len(lines[i]) + 1)
            lines[i] = lines[i][:cut] + lines[j][: rng.randrange(len(lines[j]) + 1)] + b"\n" + lines[i][cut:]
        elif op < 0.68:
            j = rng.choice(body)
            lines[i], lines[j] = lines[j], lines[i]
        elif op < 0.74:
            lines.insert(i, lines[rng.choice(body)])
        elif op < 0.8:
            del lines[i]
        elif op < 0.85:  # the mapping's reserved tail of NULs, or NULs mid-file
            lines[i] = lines[i] + b"\0" * rng.choice([1, 100, 10000])
        elif op < 0.9:  # a huge line
            lines.insert(i, b'{"kind":"print","t":1,"n":' + str(i).encode() + b',"tid":1,"text":"' + b"x" * 300_000 + b'"}')
        elif op < 0.94:
            files[name] = b"" if rng.random() < 0.5 else data[: rng.randrange(len(data) + 1)]
            continue
        elif op < 0.97:
            del files[name]
            continue
        else:  # a file that is no event file at all
            files["1-1.jsonl"] = rng.choice([b"\xff\xfe\0", b"~", b"{" * 100000, b"\n" * 100000, data[::-1]])
            continue
        files[name] = b"\n".join(lines)
    return files


# ---------- targets ----------

class Fuzzer:
    def __init__(self, args):
        self.args = args
        self.work = tempfile.mkdtemp(prefix="mp-tutor-fuzz-")
        # A copy of its own, so that a rebuild during the run neither changes nor blocks the binary under test.
        self.binary = os.path.join(self.work, "mp-tutor")
        shutil.copy2(os.path.abspath(args.binary), self.binary)
        self.env = dict(os.environ, HOME=self.work, XDG_STATE_HOME=self.work + "/state", NO_COLOR="1",
                        TERM="dumb", COLUMNS="100")
        self.env.pop("MP_TUTOR_HOME", None)

    def mutants(self):
        """(target, seed path, number) for every mutant, in a fixed order."""
        jobs = []
        transcripts = sorted(f for f in os.listdir(os.path.join(ROOT, "transcripts")) if f.endswith(".jsonl"))
        for name in transcripts:
            for n in range(self.args.per_seed):
                jobs.append(("transcript", "transcripts/" + name, n))
        # Seeds that carry what no lesson recording has (e.g. a trailer's run.received_signals, guard 24): eight
        # times the mutants, as only some mutants reach that one part (a 3-line seed: about 1 in 20) and each is quick.
        extra = os.path.join(ROOT, "Tests", "Fixtures", "fuzz-seeds")
        for name in sorted(f for f in os.listdir(extra) if f.endswith(".jsonl")) if os.path.isdir(extra) else []:
            for n in range(self.args.per_seed * 8):
                jobs.append(("transcript", "Tests/Fixtures/fuzz-seeds/" + name, n))
        # A run's per-process event files (Tests/Fixtures/fuzz-seeds/run-dirs/NAME--METHOD/, recorded from corpus
        # programs): `mp-tutor replay FOLDER` merges them as `trace` does after a run (guard 25).
        folders = os.path.join(extra, "run-dirs")
        for name in sorted(os.listdir(folders)) if os.path.isdir(folders) else []:
            for n in range(self.args.per_seed):
                jobs.append(("rundir", "Tests/Fixtures/fuzz-seeds/run-dirs/" + name, n))
        lessons = []
        for lesson_id in sorted(os.listdir(os.path.join(ROOT, "lessons"))):
            for rel in (f"lessons/{lesson_id}/{lesson_id}.md", f"lessons/{lesson_id}/zh/{lesson_id}.md"):
                if os.path.isfile(os.path.join(ROOT, rel)):
                    lessons.append(rel)
        for rel in lessons:
            for n in range(self.args.per_seed):
                jobs.append(("lesson", rel, n))
        return jobs

    @staticmethod
    def rng_for(seed, number):
        digest = hashlib.sha256(f"{seed}#{number}".encode()).digest()
        return random.Random(int.from_bytes(digest[:8], "big"))

    def run_one(self, job):
        target, seed, number = job
        rng = self.rng_for(seed, number)
        folder = tempfile.mkdtemp(prefix="m-", dir=self.work)
        results = []
        try:
            if target == "transcript":
                data = mutate_transcript(rng, open(os.path.join(ROOT, seed), "rb").read())
                path = os.path.join(folder, "mutant.jsonl")
                open(path, "wb").write(data)
                # The piped step-through prints every step: only small seeds, so a debug build stays quick.
                small = data.count(b"\n") <= 150
                view = rng.choice([[], ["--step"]]) if small else []
                outcome, out, err = run_binary(self.binary, ["replay", path, "--color", "never"] + view, self.env,
                                               ROOT, self.args.time_limit, self.args.memory_mb, b"n" * 50 + b"q")
                results.append((outcome, out, err, {"mutant.jsonl": data}, ["replay", "FILE"] + view))
            elif target == "rundir":
                source = os.path.join(ROOT, seed)
                seeds = {f: open(os.path.join(source, f), "rb").read() for f in sorted(os.listdir(source))}
                files = mutate_run_folder(rng, seeds)
                events = os.path.join(folder, "events")
                os.makedirs(events)
                for file, data in files.items():
                    open(os.path.join(events, file), "wb").write(data)
                view = rng.choice([[], [], ["--step"]])
                outcome, out, err = run_binary(self.binary, ["replay", events, "--color", "never"] + view, self.env,
                                               ROOT, self.args.time_limit, self.args.memory_mb, b"n" * 50 + b"q")
                results.append((outcome, out, err, files, ["replay", "FOLDER"] + view))
            else:
                text = open(os.path.join(ROOT, seed), encoding="utf-8").read()
                mutant = mutate_lesson_text(rng, text)
                lesson_id = seed.split("/")[1]
                home = os.path.join(folder, "project")
                lesson_dir = os.path.join(home, "lessons", lesson_id)
                os.makedirs(lesson_dir)
                os.makedirs(os.path.join(home, "transcripts"))
                open(os.path.join(lesson_dir, lesson_id + ".md"), "w", encoding="utf-8", newline="").write(mutant)
                transcript = os.path.join(ROOT, "transcripts", lesson_id + ".jsonl")
                if os.path.exists(transcript):
                    shutil.copy(transcript, os.path.join(home, "transcripts"))
                env = dict(self.env, MP_TUTOR_HOME=home)
                for args in (["lesson", lesson_id, "--text-only", "--color", "never"],
                             ["replay", lesson_id, "--color", "never"]):
                    outcome, out, err = run_binary(self.binary, args, env, folder, self.args.time_limit,
                                                   self.args.memory_mb)
                    results.append((outcome, out, err, {lesson_id + ".md": mutant.encode()}, args))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        return job, results

    def keep(self, job, kind, files, args, outcome):
        target, seed, number = job
        name = f"{kind}-{os.path.basename(seed)}-{number}"
        folder = os.path.join(self.args.keep, name)
        os.makedirs(folder, exist_ok=True)
        for file, data in files.items():
            open(os.path.join(folder, file), "wb").write(data)
        open(os.path.join(folder, "README"), "w").write(
            f"seed {seed} mutant {number}: {kind} ({outcome.detail})\ncommand: mp-tutor {' '.join(args)}\n")
        return folder


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/debug/mp-tutor"))
    parser.add_argument("--per-seed", type=int, default=6, help="mutants per seed file (default 6)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--time-limit", type=float, default=30.0,
                        help="wall seconds per run before it counts as a hang (default 30: a debug build on a busy machine)")
    parser.add_argument("--memory-mb", type=int, default=1024, help="address-space limit per mutant")
    parser.add_argument("--keep", default=os.path.join(tempfile.gettempdir(), "mp-tutor-fuzz-failures"))
    parser.add_argument("--only", help="run one mutant again: SEED#NUMBER, e.g. transcripts/pool-map.jsonl#3")
    parser.add_argument("--target", choices=["transcript", "rundir", "lesson"], action="append",
                        help="only these kinds of seed (repeatable; default all)")
    args = parser.parse_args()

    fuzzer = Fuzzer(args)
    jobs = fuzzer.mutants()
    if args.target:
        jobs = [job for job in jobs if job[0] in args.target]
    if args.only:
        seed, _, number = args.only.partition("#")
        jobs = [j for j in jobs if j[1] == seed and j[2] == int(number)] or \
            [("transcript" if seed.endswith(".jsonl") else "rundir" if "run-dirs/" in seed else "lesson", seed, int(number))]
    counts = {"ok": 0, "clean": 0, "crash": 0, "hang": 0, "leak": 0}
    peak_kb, slowest, slowest_job = 0, 0.0, ""
    failures = []
    started = time.monotonic()
    try:
        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            for job, results in pool.map(fuzzer.run_one, jobs):
                for outcome, out, err, files, run_args in results:
                    kind = outcome.kind
                    if kind in ("ok", "clean"):
                        leak = leaked_control(out, err)
                        if leak:
                            kind, outcome.detail = "leak", leak
                    counts[kind] += 1
                    peak_kb = max(peak_kb, outcome.maxrss_kb)
                    if outcome.seconds > slowest:
                        slowest, slowest_job = outcome.seconds, f"{job[1]}#{job[2]}"
                    if kind in ("crash", "hang", "leak"):
                        where = fuzzer.keep(job, kind, files, run_args, outcome)
                        failures.append(f"{kind}: {job[1]}#{job[2]} ({outcome.detail.strip()[:160]}) -> {where}")
    finally:
        shutil.rmtree(fuzzer.work, ignore_errors=True)
    total = sum(counts.values())
    print(f"mutants: {len(jobs)} ({args.per_seed} per seed), runs: {total}, ok: {counts['ok']}, "
          f"clean errors: {counts['clean']}, crashes: {counts['crash']}, hangs: {counts['hang']}, "
          f"leaks: {counts['leak']}")
    print(f"peak memory: {peak_kb / 1024:.1f} MB (largest ru_maxrss of one run); slowest run: {slowest:.2f} s ({slowest_job}); "
          f"took {time.monotonic() - started:.0f} s")
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
