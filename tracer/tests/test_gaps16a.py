"""What gaps 15B left (gaps 16A): where in ProcessPoolExecutor.map()'s whole input the item lies that made a chunk
unsendable.  What the program sees is unchanged."""
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


if __name__ == '__main__':
    unittest.main()
