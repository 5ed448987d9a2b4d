"""Two ways to bump shared counters from four processes: a Value and an Array slot with += under
get_lock(), and the same without it (which may lose updates, depending on timing)."""
import multiprocessing as mp
import sys

N = 200


def bump(total, per_slot, slot, locked):
    for _ in range(N):
        if locked:
            with total.get_lock():
                total.value += 1
            with per_slot.get_lock():
                per_slot[slot] += 1
        else:
            total.value += 1
            per_slot[slot] += 1


def run(ctx, locked):
    total = ctx.Value("i", 0)
    per_slot = ctx.Array("i", 2)
    ps = [ctx.Process(target=bump, args=(total, per_slot, i % 2, locked)) for i in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    label = "locked" if locked else "unlocked"
    print(f"{label}: total {total.value}/{4 * N}, slots {list(per_slot)}, exact: {total.value == 4 * N}")


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    run(ctx, True)
    run(ctx, False)
