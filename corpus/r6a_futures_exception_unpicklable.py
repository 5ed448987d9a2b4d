"""A custom exception whose __init__ takes two arguments cannot be unpickled in the parent: BrokenProcessPool."""
import concurrent.futures as cf
import multiprocessing as mp
import sys


class ValidationError(Exception):
    def __init__(self, field, value):
        super().__init__(f"bad {field}: {value!r}")
        self.field = field
        self.value = value


def validate(row):
    if row["age"] < 0:
        raise ValidationError("age", row["age"])
    return row["name"]


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    rows = [{"name": "ann", "age": 3}, {"name": "bob", "age": -1}]
    with cf.ProcessPoolExecutor(max_workers=1) as ex:
        futs = [ex.submit(validate, r) for r in rows]
        for f in futs:
            try:
                print("ok", f.result())
            except cf.process.BrokenProcessPool as e:
                print("broken:", type(e).__name__, "| cause:", type(e.__cause__).__name__)
            except ValidationError as e:
                print("invalid", e.field)
