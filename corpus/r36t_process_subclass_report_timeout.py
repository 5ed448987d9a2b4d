"""A Process subclass whose run() writes a report file; one instance is quick, the other's
run() keeps working past the parent's patience. The parent joins each with a timeout, then
terminates the one still alive and reads the reports that exist."""
import multiprocessing as mp
import os
import sys
import tempfile
import time


class Reporter(mp.Process):
    def __init__(self, folder, seconds, **kwargs):
        super().__init__(**kwargs)
        self.folder = folder
        self.seconds = seconds

    def run(self):
        time.sleep(self.seconds)
        with open(os.path.join(self.folder, self.name + ".txt"), "w") as f:
            f.write(f"{self.name} worked {self.seconds}s\n")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with tempfile.TemporaryDirectory() as folder:
        jobs = [Reporter(folder, 0.2, name="quick"), Reporter(folder, 30, name="slow")]
        for job in jobs:
            job.start()
        for job in jobs:
            job.join(timeout=1.5)
            if job.is_alive():
                print(job.name, "still running: terminate")
                job.terminate()
                job.join()
        for job in jobs:
            print(job.name, "exitcode", job.exitcode)
        print("reports:", sorted(os.listdir(folder)))
