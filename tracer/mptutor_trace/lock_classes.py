"""threading.Lock as a class (Python 3.13, where threading.Lock is the lock type itself): loaded at start only on
such a Python (threads.FactoryLike), so that isinstance(x, threading.Lock) and issubclass() answer as untraced."""


def class_like(orig, factory, tname):
    """3.13: threading.Lock is the lock type itself (_thread.lock): a class here too, whose metaclass runs `factory`
    when called, shows the type's repr, and answers isinstance()/issubclass() for real and traced locks alike.
    Pickled by reference, as threading.Lock."""
    def instancecheck(cls, x):
        return isinstance(x, orig) or getattr(type(x), '_mptutor_type', None) is orig

    def subclasscheck(cls, c):
        return issubclass(c, orig) or getattr(c, '_mptutor_type', None) is orig
    meta = type(tname + 'Type', (type,), {'__call__': staticmethod(factory), '__repr__': lambda cls: repr(orig),
                                          '__instancecheck__': instancecheck, '__subclasscheck__': subclasscheck})
    return meta(tname, (), {'__module__': 'threading', '__qualname__': tname, '__doc__': orig.__doc__, '__wrapped__': orig})
