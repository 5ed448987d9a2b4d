"""Gaps 33A (docs/truth-review.md): concurrent.futures.Future()s the program makes itself, outside an executor.

Before, such a Future had no rows: a thread blocked in its result() was a wait nothing named.  Now its making is a
`future.create` (labelled Future#N), set_result()/set_exception() are `future.set` (a refused one says the state), and
its waits, cancel() and done-callbacks are recorded as a work item's, under its own key with work 0.  An executor's own
Futures (submit(), asyncio's run_in_executor()) and asyncio's run_coroutine_threadsafe()'s are not made into one; the
program sees the same outcome traced and untraced (type, isinstance, a subclass with its own __init__)."""
import textwrap
import unittest
from mpt_helper import TraceCase, run


BY_THREAD = textwrap.dedent('''
    import concurrent.futures as cf, threading, time
    class Promise(cf.Future):
        def __init__(self, name):
            super().__init__()
            self.name = name
    def later(f):
        time.sleep(0.2)
        f.set_result(42)
    def fail(f):
        time.sleep(0.3)
        f.set_exception(KeyError("k"))
    if __name__ == "__main__":
        fut = cf.Future()
        seen = []
        fut.add_done_callback(lambda d: seen.append(d.result()))
        threading.Thread(target=later, args=(fut,)).start()
        print("result", fut.result(), seen)
        p = Promise("p")
        print(type(fut) is cf.Future, isinstance(p, cf.Future), type(p).__name__, p.name)
        threading.Thread(target=fail, args=(p,)).start()
        print([f.exception() is not None for f in cf.as_completed([p], timeout=5)])
        c = cf.Future()
        print("cancel", c.cancel())
        try:
            c.set_result(1)
        except cf.InvalidStateError as e:
            print("refused", type(e).__name__)
        with cf.ThreadPoolExecutor(1) as ex:
            print(ex.submit(pow, 2, 5).result())
''')

ASYNCIO = textwrap.dedent('''
    import asyncio, concurrent.futures as cf, threading
    async def main():
        loop = asyncio.get_running_loop()
        print(await loop.run_in_executor(None, pow, 3, 3))
        mine = cf.Future()
        loop.call_later(0.1, mine.set_result, "wrapped")
        print(await asyncio.wrap_future(mine))
        async def add(): return 5
        out = []
        t = threading.Thread(target=lambda: out.append(asyncio.run_coroutine_threadsafe(add(), loop).result()))
        t.start()
        await asyncio.sleep(0.3)
        t.join()
        print(out)
    asyncio.run(main())
''')


class BareFutures(TraceCase):
    def test_a_hand_made_future_is_made_set_waited_and_cancelled_on_the_record(self):
        plain = run(BY_THREAD, trace=False)
        r = self.traced(BY_THREAD)
        self.assertEqual(r.rc, 0, r.stderr)
        self.assertEqual(r.stdout, plain.stdout)
        self.assertIn('True True Promise p', r.stdout)
        creates = [e for e in r.events if e['kind'] == 'future.create']
        self.assertEqual(len(creates), 3, creates)      # fut, p, c: not the executor's work item
        fut, p, c = (e['object'] for e in creates)
        self.assertEqual(creates[0].get('var'), 'fut')
        self.assertEqual(creates[1].get('class'), 'Promise')
        self.assertNotIn('class', creates[0])
        sets = [e for e in r.events if e['kind'] == 'future.set']
        self.assertEqual([(e['object'], e['ok'], e['result'], e.get('refused')) for e in sets],
                         [(fut, True, '42', None), (p, False, 'KeyError: k', None), (c, True, '1', 'cancelled')])
        wait = [e for e in r.events if e['kind'] == 'future.wait' and e['object'] == fut]
        waited = [e for e in r.events if e['kind'] == 'future.waited' and e['object'] == fut]
        self.assertEqual(len(wait), 1)
        self.assertEqual(len(waited), 1)
        self.assertLess(wait[0]['t'], sets[0]['t'])
        self.assertLess(sets[0]['t'], waited[0]['t'])
        self.assertNotEqual(sets[0]['tid'], wait[0]['tid'])       # set in the other thread
        runs = [e for e in r.events if e['kind'] == 'future.callback.run' and e['object'] == fut]
        self.assertEqual(len(runs), 1)
        self.assertEqual(runs[0]['tid'], sets[0]['tid'])
        several = [e for e in r.events if e['kind'] == 'executor.wait' and e['call'] == 'as_completed()']
        self.assertEqual([(e['object'], e['works']) for e in several], [(p, [0])])
        cancels = [e for e in r.events if e['kind'] == 'future.cancel']
        self.assertEqual([(e['object'], e['ok'], e['state']) for e in cancels], [(c, True, 'pending')])
        submits = [e for e in r.events if e['kind'] == 'future.submit']
        self.assertEqual(len(submits), 1)

    def test_asyncio_keeps_its_futures_and_the_executors_unnamed(self):
        plain = run(ASYNCIO, trace=False)
        r = self.traced(ASYNCIO)
        self.assertEqual(r.rc, 0, r.stderr)
        self.assertEqual(r.stdout, plain.stdout)
        creates = [e for e in r.events if e['kind'] == 'future.create']
        self.assertEqual(len(creates), 1, creates)      # the program's `mine` only
        self.assertEqual(creates[0].get('var'), 'mine')
        sets = [e for e in r.events if e['kind'] == 'future.set']
        self.assertEqual([(e['object'], e['result']) for e in sets], [(creates[0]['object'], "'wrapped'")])
        self.assertEqual(len([e for e in r.events if e['kind'] == 'future.submit']), 1)


if __name__ == '__main__':
    unittest.main()
