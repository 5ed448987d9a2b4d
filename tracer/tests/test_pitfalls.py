"""The pitfalls of the multiprocessing docs' programming guidelines, as learners hit them (truth review round 9B)."""
import unittest
from mpt_helper import TraceCase

PUT_THEN_CHANGE = '''
import multiprocessing as mp
def reader(q):
    for _ in range(3):
        print(q.get())
if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=reader, args=(q,))
    p.start()
    batch = []
    for i in range(3):
        batch.append(i)
        q.put(batch)
        batch.append(i * 10)
    q.put("end")
    q.put((1, 2))
    p.join()
'''


class Pitfalls(TraceCase):
    def test_an_object_changed_after_put_is_said_when_the_feeder_pickles_it(self):
        """r9b_queue_put_then_mutate: the put rows said [0], [0, 0, 1], ... and the reader got the list as it was when
        the feeder thread pickled it, later; nothing said the two differ."""
        r = self.traced(PUT_THEN_CHANGE, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        put_events = [e for e in r.events if e['kind'] == 'queue.put']
        puts = [e['item'] for e in put_events]
        self.assertEqual(puts[:3], ['[0]', '[0, 0, 1]', '[0, 0, 1, 10, 2]'], r.dump())
        changed = [e for e in r.events if e['kind'] == 'queue.put.changed']
        # what the reader printed is what was pickled; the unchanged str and tuple say nothing
        got = r.stdout.splitlines()
        self.assertEqual([(e['item'], e['sent']) for e in changed], list(zip(puts[:3], got)), r.dump())
        self.assertTrue(all(r.thread_name(e['pid'], e['tid']) == 'QueueFeederThread' and e['object'] == put_events[0]['object'] for e in changed), r.dump())
        self.assertTrue(all(e['since_put_ns'] is None or e['since_put_ns'] >= 0 for e in changed), r.dump())

    def test_send_says_how_long_it_took(self):
        """r9b_pipe_send_big_join_first: a send() of a big result blocked ~2 s until the parent read it; its row,
        stamped when the call began, could not say so (send_bytes() had took_ns, send() had not)."""
        r = self.traced(BIG_SEND, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "300000\n"), r.dump())
        send = r.one('pipe.send')
        self.assertGreater(send['took_ns'], 200_000_000, r.dump())

    def test_a_reap_names_the_programs_call(self):
        """r9b_zombie_is_alive: children never joined stayed zombies until is_alive() and active_children() reaped them;
        the rows said only "sees Process-1 end", as for a join()."""
        r = self.traced(REAPERS, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        by = {e['name']: e.get('reaped_by') for e in r.events if e['kind'] == 'process.reaped'}
        self.assertEqual((by['A'], by['B'], by['C'], by['D']), ('is_alive()', 'exitcode', 'active_children()', 'join()'), r.dump())
        # a Pool's workers are reaped by multiprocessing's own code: no call of the program's
        self.assertTrue(all(v is None for k, v in by.items() if 'PoolWorker' in k), r.dump())

    def test_a_task_a_worker_cannot_unpickle_is_recorded(self):
        """r9b_pool_before_def: the workers were forked before the task function existed; each read a chunk, could not
        unpickle it and died (AttributeError): nothing said a task was taken and lost, and the summary said only
        "2 of 4 chunks ran"."""
        r = self.traced(POOL_BEFORE_DEF, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        errors = [e for e in r.events if e['kind'] == 'pool.task.get.error']
        self.assertEqual(len(errors), 2, r.dump())
        self.assertTrue(all(e['error'].startswith("AttributeError: Can't get attribute 'square'") for e in errors), r.dump())

    def test_a_condition_used_without_its_lock_is_recorded(self):
        """r9b_sync_misuse: wait() and notify() on a Condition the child did not hold raised AssertionError with no row
        (the Lock's over-release had one)."""
        r = self.traced(CONDITION_UNHELD, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "AssertionError\nAssertionError\nAssertionError\n"), r.dump())
        errors = [(e['op'], e['error'].split(':')[0]) for e in r.events if e['kind'] == 'condition.error']
        self.assertEqual(errors, [('wait()', 'AssertionError'), ('notify()', 'AssertionError'), ('notify_all()', 'AssertionError')],
                         r.dump())


CONDITION_UNHELD = '''
import multiprocessing as mp
if __name__ == "__main__":
    c = mp.Condition()
    for call in (lambda: c.wait(0.1), c.notify, c.notify_all):
        try:
            call()
        except Exception as e:
            print(type(e).__name__)
'''

POOL_BEFORE_DEF = '''
import multiprocessing as mp
if __name__ == "__main__":
    pool = mp.Pool(2)
    def square(x):
        return x * x
    try:
        pool.map_async(square, range(4)).get(timeout=1.5)
    except mp.TimeoutError:
        pass
    pool.terminate()
    pool.join()
'''

REAPERS = '''
import multiprocessing as mp, os
def f(go):
    go.wait()
if __name__ == "__main__":
    go = mp.Event()
    ps = {n: mp.Process(target=f, name=n, args=(go,)) for n in "ABCD"}
    for p in ps.values():
        p.start()
    # no child may end before the last start(): start() reaps every child already ended (a loaded machine did that)
    go.set()
    for p in ps.values():   # each has ended and is a zombie: waited for, not reaped
        os.waitid(os.P_PID, p.pid, os.WEXITED | os.WNOWAIT)
    ps["A"].is_alive()
    ps["B"].exitcode
    ps["D"].join()
    mp.active_children()
    with mp.Pool(1) as pool:
        pool.map(abs, [1])
'''

BIG_SEND = '''
import multiprocessing as mp, time
def child(conn):
    conn.send(list(range(300_000)))
if __name__ == "__main__":
    a, b = mp.Pipe()
    p = mp.Process(target=child, args=(b,))
    p.start()
    time.sleep(0.5)
    print(len(a.recv()))
    p.join()
'''

if __name__ == '__main__':
    unittest.main()
