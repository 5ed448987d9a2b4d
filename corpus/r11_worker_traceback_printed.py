""""How do I see the worker's traceback?": a task raises in a Pool and in a ProcessPoolExecutor; the
parent catches the exception and prints traceback.format_exc(), whose cause is the worker's own
traceback (RemoteTraceback / _RemoteTraceback), formatted in the worker."""
import concurrent.futures as cf
import multiprocessing as mp
import sys
import traceback


def parse(text):
    return int(text)


def frames_of(tb_text):
    # the file names and functions of the printed traceback, without paths or line numbers
    return [line.strip().split(", in ")[-1] for line in tb_text.splitlines() if line.strip().startswith("File ")]


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ctx.Pool(2) as pool:
        try:
            pool.map(parse, ["1", "x"])
        except ValueError:
            text = traceback.format_exc()
            print("pool:", frames_of(text), "| remote:", "RemoteTraceback" in text)
    with cf.ProcessPoolExecutor(1, mp_context=ctx) as ex:
        try:
            ex.submit(parse, "y").result()
        except ValueError:
            text = traceback.format_exc()
            print("executor:", frames_of(text), "| remote:", "_RemoteTraceback" in text)
