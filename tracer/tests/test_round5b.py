"""Round 5B of the truth review (docs/truth-review.md): what the tracer recorded wrong or not at all."""
import unittest
from mpt_helper import TraceCase

LONG_LINES = '''
import multiprocessing as mp, sys
def child():
    print("H" * 200000)                           # print writes the text, then its newline
    sys.stdout.write("W" * 70000 + "\\nshort\\n")   # one write holding a whole long line
    print("P" * 70000, end="", flush=True)        # a long partial line, made visible by flush
    print(" tail")
if __name__ == "__main__":
    p = mp.Process(target=child)
    p.start()
    p.join()
    print("ok")
'''

FEEDER_JOINS = '''
import multiprocessing as mp, threading, time
def late_reader(q, delay):
    time.sleep(delay)
    print(len(q.get()))
if __name__ == "__main__":
    q, q2 = mp.Queue(), mp.Queue()
    q.put(b"x" * 1000000)
    q2.put(b"y" * 1000000)
    q2.put("small")
    time.sleep(0.1)
    mp.Process(target=late_reader, args=(q, 0.3)).start()
    threading.Thread(target=late_reader, args=(q2, 0.8), daemon=True).start()   # still reading during exit
    q.close()
    q.join_thread()      # waits for the reader: the pipe is full until it reads
    print("joined")
'''     # main ends: at exit the finalizer joins q2's feeder, which still writes until the thread reads

SPIN = '''
import multiprocessing as mp, time
def spinner(lock, trying):
    tries = 0
    while not lock.acquire(block=False):
        tries += 1
        trying.set()
        if tries > 5000000:     # a guard only: 20000 tries took less than the parent's 50 ms on an idle machine
            break
    print("tries", tries)
    lock.release()
if __name__ == "__main__":
    lock, trying = mp.Lock(), mp.Event()
    lock.acquire()
    p = mp.Process(target=spinner, args=(lock, trying))
    p.start()
    trying.wait()
    time.sleep(0.05)
    lock.release()
    p.join()
'''


class Round5B(TraceCase):
    def test_a_line_longer_than_the_record_keeps_says_how_long_it_was(self):
        """r5b_print_noflush_huge: a 200 000-character line was recorded as its first 65 536 characters, with nothing
        saying so; a single write of a 70 000-character line was kept whole (a record line the reader may refuse)."""
        r = self.traced(LONG_LINES, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        prints = [e for e in r.of('print') if e['text'] != 'ok']
        got = [(e['text'][:1], len(e['text']), e.get('chars'), e.get('partial', False)) for e in prints]
        self.assertEqual(got, [('H', 65536, 200000, False), ('W', 65536, 70000, False), ('s', 5, None, False),
                               ('P', 65536, 70000, True), (' ', 5, None, False)], got)

    def test_joining_a_feeder_that_still_writes_is_a_wait_at_exit_too(self):
        """r5b_queue_exit_feeder_hang: the main process put 1 MB on a Queue nobody read and ended; at exit the queue's
        finalizer joined the feeder thread, blocked on the full pipe, forever. Nothing recorded that join: the hang
        note could say only "then recorded nothing"."""
        r = self.traced(FEEDER_JOINS, 'fork')
        # (the daemon thread's get may then fail: the feeder closes the queue's reader at exit when it is done)
        self.assertEqual((r.rc, 'joined' in r.stdout), (0, True), r.dump())
        waits = r.of('queue.feeder.wait')
        self.assertEqual([(w['at_exit'], w['writing']) for w in waits], [(False, True), (True, True)], r.dump())
        self.assertEqual(waits[1]['left'], 1, r.dump())          # "small" still in the buffer behind the big item
        waited = r.of('queue.feeder.waited')
        self.assertEqual([w['object'] for w in waited], [w['object'] for w in waits], r.dump())
        self.assertTrue(all(w['waited_ns'] > 50_000_000 for w in waited), r.dump())

    def test_a_feeder_with_nothing_left_to_write_is_joined_without_a_wait(self):
        """Every process that put on a queue joins its feeder at exit: only a join that must wait is recorded."""
        r = self.traced('''
import multiprocessing as mp
if __name__ == "__main__":
    q = mp.Queue()
    q.put(1)
    print(q.get())
''', 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "1\n"), r.dump())
        # Nothing is left in the buffer, so no wait for an item. On a loaded machine the feeder may not yet have
        # released the write lock after its one write when get() returned (the pipe held the item already): the join
        # then truly waits for that release, and the record says so (writing, nothing left). Any other wait is wrong.
        waits = r.of('queue.feeder.wait')
        self.assertEqual([(w['left'], w['writing']) for w in waits if (w['left'], w['writing']) != (0, True)], [], r.dump())
        self.assertLessEqual(len(waits), 1, r.dump())

    def test_failed_non_blocking_acquires_are_counted_in_few_events(self):
        """r5b_lock_timeouts_spin: a child spun on acquire(block=False) until the parent released the Lock; none of its
        failed tries was recorded (no row, and the lock's summary counted none)."""
        r = self.traced(SPIN, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        tries = int(r.stdout.split()[1])
        busy = r.of('lock.busy')
        self.assertEqual(sum(e['tries'] for e in busy), tries, r.dump())
        self.assertEqual(busy[0]['tries'], 1)
        self.assertLess(len(busy), 20, 'a spin costs an event per 10 ms, not per try')
        child = busy[0]['pid']
        last_acquire = [e for e in r.of('lock.acquire', pid=child)][-1]
        self.assertLess(busy[-1]['n'], last_acquire['n'], 'every failed try is written before the acquire that ends the spin')


if __name__ == '__main__':
    unittest.main()
