"""Round 7, part A of the truth review (docs/truth-review.md): programs from tutorials and Q&A answers."""
import sys
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

ASYNCIO_WAIT_FOR = '''
import asyncio, concurrent.futures as cf, time
def slow(s):
    time.sleep(s)
    return s
async def main():
    loop = asyncio.get_running_loop()
    with cf.ProcessPoolExecutor(max_workers=1) as pool:
        print(await loop.run_in_executor(pool, slow, 0))
        try:
            await asyncio.wait_for(loop.run_in_executor(pool, slow, 0.6), timeout=0.2)
        except asyncio.TimeoutError:
            print("timed out")
if __name__ == "__main__":
    asyncio.run(main())
'''


# multiprocessing's own message: 3.12 fixed its spelling ("result_hander" up to 3.11)
RESULT_HANDLER = 'result_handler' if sys.version_info >= (3, 12) else 'result_hander'


class Round7A(TraceCase):
    def test_a_cancel_asyncio_made_for_the_program_says_so(self):
        """r7a_asyncio_process_pool: "cancel() → False: work item 3 is running" though the program never called cancel():
        asyncio.wait_for() timed out and cancelled the asyncio future that wraps the work item's Future."""
        r = self.traced(ASYNCIO_WAIT_FOR, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "0\ntimed out\n"), r.dump())
        cancel = r.one('future.cancel')
        self.assertEqual((cancel['work'], cancel['call'], cancel['ok']), (1, 'asyncio', False), r.dump())

    def test_a_callback_that_raises_and_a_terminate_that_raises_are_recorded(self):
        """r7a_pool_callback_raises: a callback's KeyError (swallowed by _handle_results) and ValueError (ends that
        thread) had no row, and Pool.terminate() raising AssertionError had no event: the at-exit rows then said the
        program never called terminate()."""
        r = self.traced(CALLBACKS_RAISE, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        self.assertIn("bad None False\nworse None False\nterminate: Cannot have cache with %s not alive\n" % RESULT_HANDLER, r.stdout)
        ends = [e for e in r.events if e['kind'] == 'pool.callback.end']
        self.assertEqual([(e['job'], e.get('ok'), e.get('error')) for e in ends],
                         [(0, None, None), (1, False, 'KeyError'), (2, False, 'ValueError: odd result 9')], r.dump())
        terminate = r.one('pool.terminate')
        self.assertEqual(terminate['error'], 'AssertionError: Cannot have cache with %s not alive' % RESULT_HANDLER, r.dump())


if __name__ == '__main__':
    unittest.main()
