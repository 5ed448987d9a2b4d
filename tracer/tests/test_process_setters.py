import unittest
from mpt_helper import TraceCase

# A Process's name and daemon set by the program (round 14's r14_subclass_name_typo_daemon): `self.name = …` before
# super().__init__() (lost to the default name) and `daemon = True` after start() (AssertionError) left no row.
# Process(daemon=True) and a Pool's own naming of its workers are multiprocessing's, not recorded; a name set after
# __init__ is recorded with the process's name before it.
PROGRAM = '''
import multiprocessing as mp, sys
class Named(mp.Process):
    def __init__(self):
        self.name = "worker-7"
        super().__init__()
    def run(self):
        pass
def nothing(x=None):
    return x
if __name__ == "__main__":
    a = Named()
    b = mp.Process(target=nothing, daemon=True)
    b.name = "renamed"
    a.start()
    b.start()
    try:
        a.daemon = True
    except AssertionError as e:
        print("daemon after start():", e, flush=True)
    a.join()
    b.join()
    with mp.Pool(1) as pool:
        pool.map(nothing, [1])
    print("names", a.name, b.name, flush=True)
'''


class ProcessSetters(TraceCase):
    def test_the_programs_name_and_daemon_settings_are_recorded(self):
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(PROGRAM, method)
                self.assertEqual(r.rc, 0, r.dump())
                self.assertIn("daemon after start(): process has already started", r.stdout, r.dump())
                got = [(e['attr'], e['value'], e['named'], e['before_init'], e['error']) for e in r.of('process.attr.set')]
                self.assertEqual(got, [('name', "'worker-7'", None, True, None),
                                       ('name', "'renamed'", 'Process-2', False, None),
                                       ('daemon', 'True', 'Named-1', False, 'AssertionError: process has already started')],
                                 r.dump())

    def test_a_set_on_the_running_process_carries_its_whole_new_name(self):
        # gaps 28B: `current_process().name = …` renames the process running the code (its lane is named so from
        # there); a parent's `p.name = …` renames only its copy of the object: no current_name.
        program = (
            'import multiprocessing as mp, sys\n'
            'def work():\n'
            '    mp.current_process().name = "job-" + "x" * 90\n'
            'if __name__ == "__main__":\n'
            '    p = mp.Process(target=work)\n'
            '    p.start()\n'
            '    p.name = "parent-side"\n'
            '    p.join()\n'
            '    mp.current_process().name = "boss"\n')
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(program, method)
                self.assertEqual(r.rc, 0, r.dump())
                got = [(e['named'], e.get('current_name')) for e in r.of('process.attr.set')]
                self.assertEqual(sorted(got, key=str), sorted([('Process-1', 'job-' + 'x' * 90), ('Process-1', None),
                                                               ('MainProcess', 'boss')], key=str), r.dump())


if __name__ == '__main__':
    unittest.main()
