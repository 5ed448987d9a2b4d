"""Round 25F (issue 11): concurrent.futures in the wild, asyncio included."""
import unittest
from mpt_helper import TraceCase

WRAPPED = '''
import asyncio, concurrent.futures, time
def slow(n):
    time.sleep(0.4)
    return n * n
async def main():
    with concurrent.futures.ProcessPoolExecutor(max_workers=1) as pool:
        f = pool.submit(slow, 3)
        print(await asyncio.wrap_future(f))
        g = asyncio.wrap_future(pool.submit(slow, 4))
        print(await asyncio.get_running_loop().run_in_executor(pool, slow, 5), await g)
if __name__ == "__main__":
    asyncio.run(main())
'''


class WrappedFutureWaits(TraceCase):
    def test_an_awaited_wrap_future_is_a_wait_of_the_loop(self):
        """r25f_asyncio_gather_fails: `await asyncio.wrap_future(pool.submit(...))` left the loop's select() unseen."""
        r = self.traced(WRAPPED, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "9\n25 16\n"), r.dump())
        waits = r.of('executor.wait', call='select()')
        self.assertGreaterEqual(len(waits), 2, r.dump())
        self.assertEqual(waits[0]['works'], [0], r.dump())
        self.assertEqual(waits[0].get('wrapped'), 1, r.dump())
        # the second await: work item 1 wrapped by the program, work item 2 sent with run_in_executor()
        mixed = [e for e in waits if e['works'] == [1, 2]]
        self.assertTrue(mixed, r.dump())
        self.assertEqual(mixed[0].get('wrapped'), 1, r.dump())
        waited = r.of('executor.waited', call='select()')
        self.assertGreater(waited[0]['waited_ns'], 200_000_000, r.dump())


GATHER = '''
import asyncio, concurrent.futures
def bad(n):
    raise KeyError(n)
async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        try:
            await asyncio.gather(loop.run_in_executor(pool, bad, 1))
        except KeyError as e:
            print("gather", e)
        f = pool.submit(bad, 2)
        concurrent.futures.wait([f])
        print("exception()", repr(f.exception()))
if __name__ == "__main__":
    asyncio.run(main())
'''


class AsyncioReads(TraceCase):
    def test_a_read_made_by_asyncio_is_not_the_programs(self):
        """r25f_asyncio_gather_fails: "exception() of work item 1 …: the program gets the exception" was asyncio's
        _copy_future_state() copying it to the asyncio future gather() awaited."""
        r = self.traced(GATHER, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "gather 1\nexception() KeyError(2)\n"), r.dump())
        reads = r.of('future.read')
        self.assertEqual([(e['work'], e['call']) for e in reads], [(0, 'asyncio'), (1, 'exception()')], r.dump())


if __name__ == '__main__':
    unittest.main()
