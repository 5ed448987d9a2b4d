"""What gaps 13A and 13B left (gaps 14B): threading.excepthook set to None (threading then calls the hook it found
when the Thread object was made), a Process whose args is a string, a map() chunk's item that could not be pickled,
Queue.put() of an object the feeder thread could not pickle.  What the program sees is unchanged."""
import unittest
from mpt_helper import TraceCase, run

HOOK_NONE = '''
import sys, threading
def fails():
    raise ValueError("bad row 9")
def quits():
    sys.exit(5)
def log_it(args):
    print("hooked", args.thread.name, args.exc_type.__name__)
if __name__ == "__main__":
    plain = threading.Thread(target=fails, name="T-plain")
    plain_exit = threading.Thread(target=quits, name="T-plain-exit")
    threading.excepthook = log_it
    hooked = threading.Thread(target=fails, name="T-hooked")
    hooked_exit = threading.Thread(target=quits, name="T-hooked-exit")
    threading.excepthook = None
    try:
        threading.Thread(target=fails)
    except RuntimeError as e:
        print("refused:", e)
    for t in (hooked, hooked_exit, plain, plain_exit):
        t.start(); t.join()
    threading.excepthook = log_it
    later = threading.Thread(target=fails, name="T-later"); later.start(); later.join()
'''

ARGS_STRING = '''
import multiprocessing as mp
class Job(mp.Process):
    def __init__(self, word):
        super().__init__(None, show, None, word)
def show(*parts):
    print("show got", len(parts), "arguments")
if __name__ == "__main__":
    for p in (mp.Process(target=show, args=("abc")), mp.Process(target=show, args=b"xy"),
              mp.Process(target=show, args=("abc",)), Job("hello")):
        p.start(); p.join()
'''

QUEUE_PUT = '''
import multiprocessing as mp, threading, queue
def consumer(q):
    got = []
    while True:
        try:
            got.append(q.get(timeout=1))
        except queue.Empty:
            break
    print("got", got)
if __name__ == "__main__":
    q = mp.Queue()
    c = mp.Process(target=consumer, args=(q,))
    c.start()
    q.put("first")
    q.put(lambda x: x)
    q.put([1, threading.Lock()])
    q.put({"k": 2})
    c.join()
'''

CHUNKS = '''
import multiprocessing as mp, threading, sys
from concurrent.futures import ProcessPoolExecutor
def sq(x):
    return x
def add(a, b):
    return a
if __name__ == "__main__":
    lock = threading.Lock()
    with mp.Pool(2) as pool:
        for call in (lambda: pool.map(sq, [1, 2, 3, 4, lock, 6], chunksize=3),
                     lambda: pool.starmap(add, [(1, 2), (3, lock)], chunksize=2),
                     lambda: list(pool.imap(sq, [1, 2, (lambda: 0)], chunksize=2)),
                     lambda: pool.map(sq, list(range(20)) + [lock], chunksize=21)):
            try:
                call()
            except Exception as e:
                print("pool:", type(e).__name__)
    with ProcessPoolExecutor(2) as ex:
        try:
            list(ex.map(sq, [1, 2, 3, lock], chunksize=2))
        except Exception as e:
            print("executor:", type(e).__name__)
'''


class Gaps14B(TraceCase):
    def test_an_excepthook_set_to_none_names_the_hook_threading_falls_back_to(self):
        r = self.traced(HOOK_NONE)
        untraced = run(HOOK_NONE, trace=False)
        self.assertEqual(r.stdout, untraced.stdout, r.dump())
        self.assertEqual(r.stdout.splitlines(), ['refused: threading.excepthook is None', 'hooked T-hooked ValueError',
                                                 'hooked T-hooked-exit SystemExit', 'hooked T-later ValueError'], r.dump())
        exits = {e['name']: e for e in r.of('thread.exit')}
        got = {n: (exits[n].get('excepthook'), exits[n].get('excepthook_none')) for n in
               ('T-hooked', 'T-hooked-exit', 'T-plain', 'T-plain-exit', 'T-later')}
        self.assertEqual(got, {'T-hooked': ('log_it', True), 'T-hooked-exit': ('log_it', True),
                               'T-plain': (None, True), 'T-plain-exit': (None, True), 'T-later': ('log_it', None)},
                         r.dump())
        self.assertIn('ValueError: bad row 9', r.stderr)
        self.assertNotIn('mptutor_trace', r.stderr)

    def test_a_process_whose_args_is_a_string_is_recorded_at_construction(self):
        for method in ('fork', 'spawn'):
            r = self.traced(ARGS_STRING, method)
            self.assertEqual(r.stdout.splitlines(), ['show got 3 arguments', 'show got 2 arguments',
                                                     'show got 1 arguments', 'show got 5 arguments'], r.dump())
            got = [(e['name'], e['value'], e['type'], e['count'], e['site'].rsplit(':', 1)[1])
                   for e in r.of('process.args.string')]
            self.assertEqual(got, [('Process-1', "'abc'", 'str', 3, '9'), ('Process-2', "b'xy'", 'bytes', 2, '9'),
                                   ('Job-4', "'hello'", 'str', 5, '10')], r.dump())
            self.assertNotIn('mptutor_trace', r.stderr)

    def test_an_object_the_feeder_could_not_pickle_is_recorded_as_dropped(self):
        for method in ('fork', 'spawn'):
            r = self.traced(QUEUE_PUT, method)
            self.assertEqual(r.stdout, "got ['first', {'k': 2}]\n", r.dump())
            self.assertEqual(r.stderr.count('Traceback'), 2, r.dump())
            dropped = r.of('queue.put.dropped')
            self.assertEqual([(d['type'], d['message'].split(':')[0]) for d in dropped],
                             [('function', 'PicklingError'), ('list', 'TypeError')], r.dump())
            self.assertEqual(dropped[1]['message'], "TypeError: cannot pickle '_thread.lock' object", r.dump())
            puts = [p for p in r.of('queue.put') if p['object'] == dropped[0]['object']]
            self.assertEqual([d['item'] for d in dropped], [puts[1]['item'], puts[2]['item']], r.dump())
            self.assertNotIn('mptutor_trace', r.stderr)

    def test_a_map_chunks_item_that_could_not_be_pickled_is_named(self):
        for method in ('fork', 'spawn'):
            r = self.traced(CHUNKS, method)
            untraced = run(CHUNKS, method, trace=False)
            self.assertEqual(r.stdout, untraced.stdout, r.dump())
            self.assertEqual(r.stdout.splitlines(), ['pool: TypeError', 'pool: TypeError', 'pool: AttributeError',
                                                     'pool: TypeError', 'executor: TypeError'], r.dump())
            unsent = [e for e in r.of('pool.result') if 'message' in e]
            got = [(e['index'], e.get('chunk_item'), e.get('input_index'), e.get('argument_type')) for e in unsent]
            # map: chunk 1 (items 3..5), its item 1 is input 4; starmap: chunk 0, item 1, a tuple; imap: chunk 1
            # (chunksize 2: input 2, since gaps 15B); 21 items in one chunk: more than 16, not searched
            self.assertEqual(got, [(1, 1, 4, 'lock'), (0, 1, 1, 'tuple'), (1, 0, 2, 'function'), (0, None, None, None)],
                             r.dump())
            futures = [e for e in r.of('future.result') if e.get('unsent')]
            self.assertEqual([(e.get('chunk_item'), e.get('argument_type')) for e in futures], [(1, 'lock')], r.dump())
            self.assertNotIn('mptutor_trace', r.stderr)


if __name__ == '__main__':
    unittest.main()
