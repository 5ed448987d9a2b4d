"""shared-file-append: ten processes add a line to one file at the same time.

In append mode ("a") every write lands at the end of the file, whatever position the process saw
when it opened it. With --seek-write each process instead seeks to the end it saw and writes there
later, and lines are lost. Run by `mp-tutor lesson shared-file-append`; it also runs on its own:
    python3 demo.py --writers 10 [--seek-write]
"""
import argparse
import os
import tempfile
import time
from multiprocessing import Process


def append_line(path, i, pause):
    with open(path, "a", encoding="utf-8") as f:     # O_APPEND: each write goes to the current end
        print(f"position at open: {f.tell()}")
        time.sleep(pause)                            # prepare the line slowly; others open meanwhile
        f.write(f"guest {i:02d} was here\n")
        f.flush()
        print(f"position after write: {f.tell()}")


def seek_and_write(path, i, pause):
    with open(path, "r+", encoding="utf-8") as f:    # no O_APPEND: the write goes where we seek
        end = f.seek(0, os.SEEK_END)                 # "the end", as it is now
        print(f"position at open: {end}")
        time.sleep(pause)                            # ... but by now others may have written there
        f.seek(end)
        f.write(f"guest {i:02d} was here\n")
        f.flush()
        print(f"position after write: {f.tell()} (wrote at {end})")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--writers", type=int, default=10, help="how many processes write a line")
    parser.add_argument("--pause", type=float, default=0.2, help="seconds between opening the file and writing")
    parser.add_argument("--seek-write", action="store_true", help="seek to the end seen at open, then write there")
    parser.add_argument("--seed", type=int, default=None, help="unused: this demo has no randomness")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "guests.txt")
        open(path, "w").close()                      # an empty file to start with
        target = seek_and_write if args.seek_write else append_line
        print(f"main: {args.writers} writers, {'seek-then-write' if args.seek_write else 'append mode'}")
        writers = [Process(target=target, args=(path, i, args.pause), name=f"writer-{i:02d}")
                   for i in range(1, args.writers + 1)]
        for p in writers:
            p.start()
        for p in writers:
            p.join()

        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
        print(f"main: lines in the file: {len(lines)} of {args.writers}")
        print(f"main: the file holds the guests in this order: {' '.join(line.split()[1] for line in lines)}")
        missing = [i for i in range(1, args.writers + 1) if f"guest {i:02d} was here" not in lines]
        print(f"main: every writer's line is there exactly once: {len(lines) == args.writers and not missing}")
        if missing:
            print(f"main: lines lost (overwritten): {', '.join(f'{i:02d}' for i in missing)}")


if __name__ == "__main__":
    main()
