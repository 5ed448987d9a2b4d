"""Objects with custom pickling as Pool task arguments: a class whose __getstate__ drops its threading.Lock and
__setstate__ makes a new one, a dataclass, and a class whose __reduce__ rebuilds it (each worker gets a copy)."""
import dataclasses
import os
import sys
import threading
import multiprocessing as mp


class Account:
    def __init__(self, name, balance):
        self.name, self.balance = name, balance
        self.lock = threading.Lock()

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.lock = threading.Lock()


@dataclasses.dataclass
class Order:
    item: str
    qty: int


class Token:
    def __init__(self, value):
        self.value = value
        self.made_in = os.getpid()

    def __reduce__(self):
        return (Token, (self.value,))


def deposit(acc):
    with acc.lock:
        acc.balance += 10
    return acc.name, acc.balance


def total(order):
    return order.item, order.qty * 3


def where(tok):
    return tok.value, tok.made_in == os.getpid()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    accounts = [Account("a", 1), Account("b", 2)]
    with mp.Pool(2) as pool:
        print(pool.map(deposit, accounts))
        print(pool.map(total, [Order("pen", 2), Order("ink", 5)]))
        print(pool.map(where, [Token("x"), Token("y")]))
    print("parent's balances:", [a.balance for a in accounts])
