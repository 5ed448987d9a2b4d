import unittest
from mpt_helper import TraceCase

# Gaps 28B: a Listener the program makes had no event for its creation or its close (r27_listener_child_jobs); a
# manager's own Listener is not the program's and is not recorded.
PROGRAM = '''
import multiprocessing as mp, os, tempfile
from multiprocessing.connection import Listener
if __name__ == "__main__":
    path = os.path.join(tempfile.mkdtemp(), "t.sock")
    with Listener(path, family="AF_UNIX", authkey=b"k") as l:
        pass
    l.close()
    inet = Listener(("127.0.0.1", 0))
    inet.close()
    with mp.Manager() as m:
        m.list()
    print("gone", os.path.exists(path), flush=True)
    os.rmdir(os.path.dirname(path))
'''


class Listeners(TraceCase):
    def test_a_listeners_creation_and_close_are_recorded_once(self):
        r = self.traced(PROGRAM, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        self.assertIn("gone False", r.stdout, r.dump())
        made = [(e['family'], e['authkey'], e['address'].endswith("t.sock'")) for e in r.of('listener.create')]
        self.assertEqual(made, [('AF_UNIX', True, True), ('AF_INET', False, False)], r.dump())
        closed = [(e['family'], e['unlinked']) for e in r.of('listener.close')]
        self.assertEqual(closed, [('AF_UNIX', True), ('AF_INET', None)], r.dump())


if __name__ == '__main__':
    unittest.main()
