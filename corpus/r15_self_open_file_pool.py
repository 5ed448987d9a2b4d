"""A class that opens its log file in __init__ and maps one of its own methods over a Pool from a
method: pool.map(self.score, ...) pickles self with the open file, and map() raises TypeError in the
caller (under fork too: the task is pickled, not the process). Then the usual fix: __getstate__ drops
the file, and the workers score without it."""
import multiprocessing as mp
import os
import sys
import tempfile


class Scorer:
    def __init__(self, path):
        self.weight = 3
        self.log = open(path, "w")

    def score(self, word):
        return len(word) * self.weight

    def run(self, words):
        self.log.write("run over %d words\n" % len(words))
        with mp.Pool(2) as pool:
            return pool.map(self.score, words)


class FixedScorer(Scorer):
    def __getstate__(self):
        state = dict(self.__dict__)
        state["log"] = None
        return state


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    path = os.path.join(tempfile.mkdtemp(), "scores.log")
    words = ["pool", "pickle", "self", "file"]
    try:
        print("scores", Scorer(path).run(words), flush=True)
    except TypeError as e:
        print("Scorer.run raised TypeError:", e, flush=True)
    print("fixed scores", FixedScorer(path).run(words), flush=True)
