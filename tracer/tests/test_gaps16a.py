"""What gaps 15B left (gaps 16A): where in ProcessPoolExecutor.map()'s whole input the item lies that made a chunk
unsendable; a write through a ctypes view or to a ShareableList item that raised.  What the program sees is
unchanged."""
import unittest
from mpt_helper import TraceCase, run

EXECUTOR_CHUNKS = '''
import threading
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from concurrent.futures.process import _process_chunk
def sq(x):
    return x
if __name__ == "__main__":
    lock = threading.Lock()
    with ProcessPoolExecutor(2) as ex:
        for inputs, size in (([0, 1, 2, 3, 4, 5, 6, lock, 8, 9], 3), ([0, 1, lock, 3], 2), ([lock], 1)):
            try:
                print(len(list(ex.map(sq, inputs, chunksize=size))))
            except TypeError as e:
                print("map:", type(e).__name__)
        own = partial(_process_chunk, sq)     # not map(): no whole input to place the item in
        try:
            ex.submit(own, ((1,), (lock,))).result()
        except TypeError as e:
            print("own:", type(e).__name__)
'''

VIEW_WRITES = '''
import ctypes, multiprocessing as mp, sys
from multiprocessing import shared_memory
class Point(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("tag", ctypes.c_char * 4)]
def child(pts, name):
    sl = shared_memory.ShareableList(name=name)
    for what, write in (("view", lambda: setattr(pts[0], "x", "abc")), ("tag", lambda: setattr(pts[1], "tag", b"far too long")),
                        ("big", lambda: sl.__setitem__(0, 2 ** 70)), ("long", lambda: sl.__setitem__(1, "x" * 40)),
                        ("index", lambda: sl.__setitem__(-9, 1)), ("type", lambda: sl.__setitem__(2, [1]))):
        try:
            write()
        except Exception as e:
            print(what, type(e).__name__, flush=True)
    pts[0].x = 5
    sl[2] = 7
    sl.shm.close()
if __name__ == "__main__":
    mp.set_start_method(sys.argv[1])
    pts, sl = mp.Array(Point, 2), shared_memory.ShareableList(["abc", "de", 1.5])
    p = mp.Process(target=child, args=(pts, sl.shm.name))
    p.start(); p.join()
    print(pts[0].x, list(sl), flush=True)
    sl.shm.close(); sl.shm.unlink()
'''

CHILD_HELD = '''
import multiprocessing as mp, sys, time
KEPT = []
def slow(x):
    time.sleep(0.05)
    return x * 2
def child():
    with mp.Pool(2) as pool:          # one read after the pool's end, the rest held (a module global) to the child's end
        kept = pool.imap_unordered(slow, range(5))
        while len(kept._items) < 5:
            time.sleep(0.02)
    KEPT.append(kept)
    print("child read", next(kept) in (0, 2, 4, 6, 8), flush=True)
if __name__ == "__main__":
    mp.set_start_method(sys.argv[1])
    p = mp.Process(target=child)
    p.start(); p.join()
    print("exitcode", p.exitcode, flush=True)
'''


class Gaps16A(TraceCase):
    def test_an_executor_map_chunks_culprit_is_placed_in_the_whole_input(self):
        for method in ('fork', 'spawn'):
            r = self.traced(EXECUTOR_CHUNKS, method)
            untraced = run(EXECUTOR_CHUNKS, method, trace=False)
            self.assertEqual(r.stdout, untraced.stdout, r.dump())
            self.assertEqual(r.stdout.splitlines(), ['map: TypeError'] * 3 + ['own: TypeError'], r.dump())
            futures = [e for e in r.of('future.result') if e.get('unsent')]
            # chunk 2 (inputs 6..8) item 1 is input 7; the second map() starts again at 0: chunk 1 item 0 is input 2;
            # the third map's only chunk; the program's own partial: its item, no whole input
            self.assertEqual([(e['work'], e.get('chunk_item'), e.get('input_index')) for e in futures],
                             [(2, 1, 7), (5, 0, 2), (6, 0, 0), (7, 1, None)], r.dump())
            self.assertNotIn('mptutor_trace', r.stderr)


    def test_a_view_or_shareable_list_write_that_raised_is_recorded(self):
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(VIEW_WRITES, args=(method,))
                self.assertEqual(r.rc, 0, r.dump())
                self.assertEqual(r.stdout.splitlines(), ['view TypeError', 'tag ValueError', 'big error', 'long ValueError',
                                                         'index IndexError', 'type KeyError', "5 [0, 'de', 7]"], r.dump())
                errors = [(e['attr'], e['value'], e['error']) for e in r.of('shared.write.error')]
                self.assertEqual(errors, [
                    ('[0].x', "'abc'", "TypeError: 'str' object cannot be interpreted as an integer"),
                    ('[1].tag', "b'far too long'", 'ValueError: bytes too long (12, maximum length 4)'),
                    ('[0]', str(2 ** 70), 'struct.error: argument out of range'),
                    ('[1]', "'" + 'x' * 40 + "'", 'ValueError: bytes/str item exceeds available storage'),
                    ('[-6]', '1', 'IndexError: assignment index out of range'),
                    ('[2]', '[1]', 'KeyError')], r.dump())
                # the writes that worked are still the only shared.write of each
                self.assertEqual([e['attr'] for e in r.of('shared.write')], ['[0].x', '[2]'], r.dump())
                self.assertNotIn('mptutor_trace', r.stderr)


    def test_a_fork_or_forkserver_childs_imap_result_held_at_its_end_is_counted(self):
        for method in ('fork', 'forkserver', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(CHILD_HELD, args=(method,))
                self.assertEqual((r.rc, r.stdout), (0, "child read True\nexitcode 0\n"), r.dump())
                left = [e for e in r.of('pool.imap.left') if e['pid'] != r.main_pid]
                self.assertEqual([(e['read'], e['unread'], e['at']) for e in left], [(1, 4, 'exit')], r.dump())
                # written before the child's process.exit, in its own order
                exits = [e for e in r.of('process.exit') if e['pid'] == left[0]['pid']]
                self.assertEqual(len(exits), 1, r.dump())
                self.assertLess(left[0]['n'], exits[0]['n'], r.dump())


if __name__ == '__main__':
    unittest.main()
