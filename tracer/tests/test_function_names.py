"""The name a task's function is shown by (round 9A of the truth review, docs/truth-review.md): a builtin method
such as str.upper was "<method_descriptor>", a class with a metaclass (an Enum) "<EnumType>"."""
import enum
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from mptutor_trace.describe import function_name   # noqa: E402


class Colour(enum.Enum):
    RED = 1


class Meta(type):
    def __getattribute__(cls, name):     # program code the tracer must not run to name a class
        if name == '__qualname__':
            raise AssertionError("ran the program's code")
        return super().__getattribute__(name)


class WithMeta(metaclass=Meta):
    pass


class FunctionNames(unittest.TestCase):
    def test_a_partial_shows_the_arguments_it_fixes(self):
        """Round 11 (r11_executor_partial_map): `partial(scale)` hid `factor=3`, which every call gets."""
        import functools
        self.assertEqual(function_name(functools.partial(function_name, 1, key='k')), "partial(function_name, 1, key='k')")
        self.assertEqual(function_name(functools.partial(str.upper)), 'partial(str.upper)')
        self.assertEqual(function_name(functools.partial(len, *range(6))), 'partial(len, 0, 1, 2, 3, ...)')
        self.assertEqual(function_name(functools.partial(len, Colour.RED)), 'partial(len, <Colour>)')

    def test_builtin_methods_and_descriptors_are_named_as_written(self):
        self.assertEqual(function_name(str.upper), 'str.upper')                # method_descriptor
        self.assertEqual(function_name(object.__init__), 'object.__init__')    # wrapper_descriptor
        self.assertEqual(function_name((1).__add__), 'int.__add__')            # method-wrapper
        self.assertEqual(function_name(dict.__dict__['fromkeys']), 'dict.fromkeys')     # classmethod_descriptor
        self.assertEqual(function_name(len), 'len')
        self.assertEqual(function_name(pow), 'pow')

    def test_a_class_with_a_metaclass_is_named_without_running_the_metaclass(self):
        self.assertEqual(function_name(Colour), 'Colour')
        self.assertEqual(function_name(WithMeta), 'WithMeta')


if __name__ == '__main__':
    unittest.main()
