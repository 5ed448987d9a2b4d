import unittest
from mpt_helper import TraceCase

AWAITS = '''
import asyncio, concurrent.futures, time
def crunch(n):
    time.sleep(0.2)
    return n * n
async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ProcessPoolExecutor(max_workers=1) as pool:
        a = await loop.run_in_executor(pool, crunch, 3)
        await asyncio.sleep(0.05)
    b = await loop.run_in_executor(None, crunch, 4)
    print(a, b)
if __name__ == "__main__":
    asyncio.run(main())
'''


class AsyncioWaits(TraceCase):
    def test_an_awaited_run_in_executor_is_a_wait_of_the_loop(self):
        """Gaps 10A: `await loop.run_in_executor(...)` left no wait: the loop's thread blocked in select() unseen."""
        r = self.traced(AWAITS, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "9 16\n"), r.dump())
        waits = r.of('executor.wait', call='select()')
        waited = r.of('executor.waited', call='select()')
        self.assertGreaterEqual(len(waits), 2, r.dump())
        self.assertEqual(len(waits), len(waited), r.dump())
        self.assertEqual(waits[0]['works'], [0], r.dump())
        total = sum(e['waited_ns'] for e in waited)
        self.assertGreater(total, 300_000_000, r.dump())
        # the asyncio.sleep() alone, with no work item pending, is no such wait
        objects = {e['object'] for e in waits}
        self.assertEqual(len(objects), 2, r.dump())


if __name__ == '__main__':
    unittest.main()
