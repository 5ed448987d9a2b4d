import unittest
from mpt_helper import TraceCase

# A spawn or forkserver child started by a thread after the main code had ended (round 14F's
# r14f_thread_executor_no_shutdown): Python had removed __main__.__file__, get_preparation_data() named no main file,
# and the child failed with "Can't get attribute 'child' on <module '__main__' (built-in)>", which nothing explained.
# The late child's preparation is recorded (`process.prep.nomain`); the one started during the main code is not.
PROGRAM = '''
import multiprocessing as mp, sys, threading, time
def child():
    print("child ran", flush=True)
def late(ctx):
    time.sleep(0.3)
    p = ctx.Process(target=child, name="late")
    p.start()
    p.join()
    print("late exit code", p.exitcode, flush=True)
if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1])
    early = ctx.Process(target=child, name="early")
    early.start()
    early.join()
    threading.Thread(target=late, args=(ctx,)).start()
'''


class SpawnNoMain(TraceCase):
    def test_a_child_prepared_without_a_main_file_is_recorded(self):
        for method in ('spawn', 'forkserver'):
            with self.subTest(method=method):
                r = self.traced(PROGRAM, method, args=[method])
                self.assertEqual(r.rc, 0, r.dump())
                self.assertIn("late exit code 1", r.stdout, r.dump())
                self.assertEqual([e['name'] for e in r.of('process.prep.nomain')], ['late'], r.dump())


if __name__ == '__main__':
    unittest.main()
