"""Gaps 14A: a write through a synchronized shared value that raised left no record (r13_shared_string_array:
`buf.value = b'...'` longer than its Array('c') raised ValueError in the child, and only the lock's acquire and release
around it were seen)."""
import unittest
from mpt_helper import TraceCase

WRITES = '''
import multiprocessing as mp, sys
def child(buf, nums, flag):
    for what, write in (("value", lambda: setattr(buf, "value", b"far too long")), ("item", lambda: nums.__setitem__(5, 1)),
                        ("slice", lambda: nums.__setitem__(slice(0, 2), [7])), ("type", lambda: setattr(flag, "value", "x"))):
        try:
            write()
        except Exception as e:
            print(what, type(e).__name__, e, flush=True)
    buf.value = b"fits"
if __name__ == "__main__":
    mp.set_start_method(sys.argv[1])
    buf, nums, flag = mp.Array("c", 8), mp.Array("i", 3), mp.Value("i", 0)
    p = mp.Process(target=child, args=(buf, nums, flag))
    p.start(); p.join()
    print(buf.value, nums[:], flag.value, flush=True)
'''


class SharedWriteError(TraceCase):
    def test_a_write_that_raised_is_recorded_with_its_error(self):
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(WRITES, args=(method,))
                self.assertEqual(r.rc, 0, r.dump())
                self.assertEqual(r.stdout.splitlines(), [
                    "value ValueError byte string too long", "item IndexError invalid index",
                    "slice ValueError Can only assign sequence of same size",
                    "type TypeError 'str' object cannot be interpreted as an integer", "b'fits' [0, 0, 0] 0"], r.dump())
                created = {e['object']: e for e in r.of('shared.create')}
                by_type = {(e['typecode'], e['length']): k for k, e in created.items()}
                buf, nums, flag = by_type[('c', 8)], by_type[('i', 3)], by_type[('i', None)]
                errors = [(e['object'], e['attr'], e['value'], e['error']) for e in r.of('shared.write.error')]
                self.assertEqual(errors, [
                    (buf, 'value', "b'far too long'", 'ValueError: byte string too long'),
                    (nums, '[5]', '1', 'IndexError: invalid index'),
                    (nums, '[0:2]', '[7]', 'ValueError: Can only assign sequence of same size'),
                    (flag, 'value', "'x'", "TypeError: 'str' object cannot be interpreted as an integer")], r.dump())
                # a failed write is no write; the one that worked still is
                writes = [(e['object'], e['attr'], e['value']) for e in r.of('shared.write')]
                self.assertEqual(writes, [(buf, 'value', "b'fits'")], r.dump())


if __name__ == '__main__':
    unittest.main()
