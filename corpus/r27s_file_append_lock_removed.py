"""shared-file-append, changed: the learner removes `with lock:` from around the print and the two-part
append (a record written as two writes), for the odd writers only; the even ones still take the lock."""
import multiprocessing as mp
import os
import sys
import tempfile
import time


def writer(number, path, lock):
    for line in range(40):
        if number % 2:
            with open(path, "a") as out:      # the learner's change: no `with lock:` here
                out.write(f"w{number} ")
                out.flush()
                time.sleep(0.002)            # a slow record: two writes apart
                out.write(f"line {line}\n")
        else:
            with lock:
                with open(path, "a") as out:
                    out.write(f"w{number} ")
                    out.flush()
                    time.sleep(0.002)
                    out.write(f"line {line}\n")
    print(f"writer {number} appended 40 lines")


def main():
    if len(sys.argv) > 1:                # else the default (mp-tutor trace --start-method)
        mp.set_start_method(sys.argv[1])
    folder = tempfile.mkdtemp(prefix="r27s_")
    path = os.path.join(folder, "log.txt")
    lock = mp.Lock()
    writers = [mp.Process(target=writer, args=(n, path, lock), name=f"writer-{n}") for n in range(4)]
    for w in writers:
        w.start()
    for w in writers:
        w.join()
    with open(path) as log:
        lines = log.read().splitlines()
    whole = sum(1 for text in lines if len(text.split()) == 3)
    print(f"main: {len(lines)} lines, {whole} whole, {len(lines) - whole} torn")
    os.remove(path)
    os.rmdir(folder)


if __name__ == "__main__":
    main()
