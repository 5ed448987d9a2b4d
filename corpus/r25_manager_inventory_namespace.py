"""A BaseManager subclass serves a custom Inventory class and a Namespace; two stocker processes
add items through the proxy and bump a plain Namespace counter (a read-modify-write with no lock)."""
import sys
import multiprocessing as mp
from multiprocessing.managers import BaseManager, Namespace, NamespaceProxy


class Inventory:
    def __init__(self, owner):
        self.owner = owner
        self.items = {}

    def add(self, name, qty):
        self.items[name] = self.items.get(name, 0) + qty
        return self.items[name]

    def snapshot(self):
        return dict(self.items)


class ShopManager(BaseManager):
    pass


ShopManager.register("Inventory", Inventory)
ShopManager.register("Namespace", Namespace, NamespaceProxy)


def stocker(inv, ns, goods):
    for name, qty in goods:
        total = inv.add(name, qty)
        ns.deliveries = ns.deliveries + 1
        print(f"{mp.current_process().name}: {name} now {total}", flush=True)


def main(method):
    ctx = mp.get_context(method)
    with ShopManager(ctx=ctx) as manager:
        inv = manager.Inventory("corner shop")
        ns = manager.Namespace()
        ns.deliveries = 0
        batches = [[("apples", 3), ("pears", 1)], [("apples", 2), ("plums", 5)]]
        kids = [ctx.Process(target=stocker, args=(inv, ns, b), name=f"stocker-{i}") for i, b in enumerate(batches)]
        for k in kids:
            k.start()
        for k in kids:
            k.join()
        print("stock:", sorted(inv.snapshot().items()))
        print("deliveries counted:", ns.deliveries, "(4 made)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
