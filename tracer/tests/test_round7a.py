"""Round 7, part A of the truth review (docs/truth-review.md): programs from tutorials and Q&A answers."""
import unittest
from mpt_helper import TraceCase

CALLBACKS_RAISE = '''
import multiprocessing as mp
seen = {}
def square(x):
    return x * x
def store(result):
    seen[result] = seen[result - 1] + 1 if result > 10 else 1
def check(result):
    raise ValueError(f"odd result {result}")
if __name__ == "__main__":
    pool = mp.Pool(1)
    pool.apply_async(square, (2,), callback=store).wait(5)
    bad = pool.apply_async(square, (5,), callback=store)
    print("bad", bad.wait(0.5), bad.ready())
    worse = pool.apply_async(square, (3,), callback=check)
    print("worse", worse.wait(0.5), worse.ready())
    try:
        pool.terminate()
    except AssertionError as e:
        print("terminate:", e)
'''


class Round7A(TraceCase):
    def test_a_callback_that_raises_and_a_terminate_that_raises_are_recorded(self):
        """r7a_pool_callback_raises: a callback's KeyError (swallowed by _handle_results) and ValueError (ends that
        thread) had no row, and Pool.terminate() raising AssertionError had no event: the at-exit rows then said the
        program never called terminate()."""
        r = self.traced(CALLBACKS_RAISE, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        self.assertIn("bad None False\nworse None False\nterminate: Cannot have cache with result_hander not alive\n", r.stdout)
        ends = [e for e in r.events if e['kind'] == 'pool.callback.end']
        self.assertEqual([(e['job'], e.get('ok'), e.get('error')) for e in ends],
                         [(0, None, None), (1, False, 'KeyError'), (2, False, 'ValueError: odd result 9')], r.dump())
        terminate = r.one('pool.terminate')
        self.assertEqual(terminate['error'], 'AssertionError: Cannot have cache with result_hander not alive', r.dump())


if __name__ == '__main__':
    unittest.main()
