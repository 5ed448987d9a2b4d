"""Log files analysed in a Pool: each task returns a small Report object. One kind of log keeps the
file it read open on the report (to 'tail it later'), so that report cannot be pickled back to the
parent: the worker sends MaybeEncodingError instead, and the parent's for loop over imap() raises it
at that position, after printing the reports before it. Nobody catches it: traceback, exit 1."""
import multiprocessing as mp
import os
import sys
import tempfile


class Report:
    def __init__(self, name, errors, lines):
        self.name, self.errors, self.lines = name, errors, lines
        self.handle = None


def analyse(path):
    f = open(path)
    lines = f.read().splitlines()
    report = Report(os.path.basename(path), sum("ERROR" in l for l in lines), len(lines))
    if path.endswith(".live.log"):
        report.handle = f          # "keep it open so we can follow it"
    else:
        f.close()
    return report


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, name in enumerate(["app.log", "db.log", "web.live.log", "cron.log"]):
            paths.append(os.path.join(tmp, name))
            with open(paths[-1], "w") as f:
                f.write("INFO start\n" + "ERROR boom\n" * i + "INFO end\n")
        with ctx.Pool(2) as pool:
            for report in pool.imap(analyse, paths):
                print(f"{report.name}: {report.errors} errors in {report.lines} lines", flush=True)
    print("all logs analysed")
