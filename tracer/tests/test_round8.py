"""Round 8 of the truth review (docs/truth-review.md): programs as books, courses and utilities write them."""
import unittest
from mpt_helper import TraceCase

SERVE_FOREVER = '''
import multiprocessing as mp, socket, time
from multiprocessing.managers import BaseManager
class M(BaseManager):
    pass
M.register("get_list", callable=list)
def serve(address):
    M(address=address, authkey=b"k").get_server().serve_forever()
if __name__ == "__main__":
    s = socket.socket(); s.bind(("127.0.0.1", 0)); address = s.getsockname(); s.close()
    p = mp.Process(target=serve, args=(address,), daemon=True)
    p.start()
    for _ in range(100):
        try:
            m = M(address=address, authkey=b"k"); m.connect(); break
        except ConnectionRefusedError:
            time.sleep(0.05)
    print(m.get_list().count(0))
    p.terminate(); p.join()
    with mp.Manager() as own:
        own.list()
'''

GET_CONTEXT = '''
import multiprocessing as mp
def f():
    pass
if __name__ == "__main__":
    for method in ("spawn", "forkserver", None):
        p = (mp.get_context(method) if method else mp).Process(target=f)
        p.start(); p.join()
'''


class Round8(TraceCase):
    def test_a_spawn_says_how_the_child_was_started(self):
        """r8_get_context_spawn_pool: the header's start method is the default; a child started through
        get_context("spawn") was spawned all the same, and nothing recorded how."""
        r = self.traced(GET_CONTEXT, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        spawns = [e for e in r.events if e['kind'] == 'process.spawn']
        self.assertEqual([e.get('method') for e in spawns], ['spawn', 'forkserver', 'fork'], r.dump())

    def test_a_program_run_serve_forever_is_recorded_and_a_manager_server_is_not(self):
        """r8_manager_serve_forever: a Process running get_server().serve_forever() had no event saying it serves a
        manager: its threads, which the server names after each client ("Process-2"), read as the clients' own."""
        r = self.traced(SERVE_FOREVER, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "0\n"), r.dump())
        serve = r.one('manager.serve')
        server = [e['child_pid'] for e in r.events if e['kind'] == 'process.spawn' and e['name'] == 'Process-1']
        self.assertEqual([serve['pid']], server, r.dump())
        self.assertTrue(serve['address'].startswith("('127.0.0.1', "), r.dump())
        # the Manager()'s own server process is a manager from its start (role `manager`): no such event there
        self.assertEqual(len([e for e in r.events if e['kind'] == 'manager.serve']), 1, r.dump())


if __name__ == '__main__':
    unittest.main()
