"""schema.py declares every kind the tracer writes, and the writers use its templates."""
import os
import re
import unittest

from mpt_helper import KINDS, SCHEMA, TRACER_DIR, undeclared

PACKAGE = os.path.join(TRACER_DIR, 'mptutor_trace')


class SchemaTests(unittest.TestCase):
    def test_kinds_lists_fields_of_templates_and_hot_kinds(self):
        self.assertEqual(KINDS['process.join.wait'], ('child_pid', 'name', 'timeout', 'implicit', 'call'))
        self.assertEqual(KINDS['lock.acquire'], ('object', 'waited_ns', 'count'))
        self.assertEqual(KINDS['lock.create'], ('object', 'type', 'value', 'site', 'var', 'threading'))
        self.assertEqual(KINDS['proc'][:2], ('pid', 'ppid'))

    def test_undeclared_finds_unknown_kinds_and_fields(self):
        ok = {'kind': 'queue.join', 't': 1, 'n': 2, 'tid': 3, 'pid': 4, 'object': '"q"', 'waited_ns': 5}
        self.assertEqual(undeclared([ok]), [])
        self.assertEqual(len(undeclared([dict(ok, kind='queue.joined')])), 1)
        self.assertEqual(len(undeclared([dict(ok, extra=1)])), 1)

    def test_every_kind_written_is_a_schema_name(self):
        """No module spells a kind itself: every `{"kind":` of the package is in schema.py."""
        for name in sorted(os.listdir(PACKAGE)):
            if not name.endswith('.py') or name in ('schema.py', 'writer.py'):
                continue
            with open(os.path.join(PACKAGE, name)) as f:
                text = f.read()
            self.assertNotIn('"kind"', text, name)
            for used in re.findall(r'schema\.([A-Z_]+)', text):
                self.assertTrue(hasattr(SCHEMA, used), '%s uses schema.%s' % (name, used))

    def test_docs_name_every_kind_and_field(self):
        with open(os.path.join(os.path.dirname(TRACER_DIR), 'docs', 'tracer-protocol.md')) as f:
            docs = f.read()

        def named(word):
            return '`%s`' % word in docs or '"%s"' % word in docs
        self.assertEqual([k for k in KINDS if not named(k)], [])
        self.assertEqual(sorted({f for fields in KINDS.values() for f in fields if not named(f)}), [])

    def test_each_declared_kind_once(self):
        declared = [kind for kind, _ in SCHEMA._DECLARED]
        self.assertEqual(len(declared), len(set(declared)))


if __name__ == '__main__':
    unittest.main()
