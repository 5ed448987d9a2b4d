#if os(Linux)
import Glibc
#endif

/// The few large blocks a long transcript's loading fills front to back (the events' array, the field stores), laid on
/// 2 MB boundaries. They were once asked to be backed by 2 MB pages (Linux's transparent huge pages set to `madvise`):
/// a 1M-event replay took a page fault for each 4 KB page it wrote, about 80,000 faults. Perf 34 measured the other
/// side on this machine (a virtual machine whose free memory goes back to its host, virtio-balloon free page reporting
/// of 2 MB blocks): a huge page a process takes after a pause cost ~8 ms of system time to clear, against ~0.2 ms for
/// one a run had just freed (the host gives its memory again page by page, we think). So the first replay after a pause paid 0.3 to 1.2 s of
/// system time more than the same replay run again at once; 4 KB pages cost the same (~0.15 s for 300 MB) either way.
/// Nothing is asked now (`onRequest`), so every run pays the same; the alignment stays, harmless.
public enum HugePages {
    /// The size of a huge page, which is also the alignment a range needs to be backed by one.
    public static let size = 2 << 20

    /// Whether the blocks are advised to be huge pages (`MADV_HUGEPAGE`): off, for the cost in the type's comment.
    public static let onRequest = false

    /// Asks, when `onRequest`, that the whole huge pages lying inside `bytes` bytes from `start` be huge pages when first
    /// written. A hint: a refusal (no transparent huge pages, an older kernel) leaves the memory as it was.
    public static func advise(_ start: UnsafeRawPointer, bytes: Int) {
        #if os(Linux)
        guard onRequest else { return }
        let first = (Int(bitPattern: start) + size - 1) & ~(size - 1)
        let end = (Int(bitPattern: start) + bytes) & ~(size - 1)
        guard end > first, let pointer = UnsafeMutableRawPointer(bitPattern: first) else { return }
        _ = madvise(pointer, end - first, MADV_HUGEPAGE)
        #endif
    }

    /// Memory for `byteCount` bytes: when the block is most of a huge page or more, whole huge pages aligned (and advised when
    /// `onRequest`, so that it is backed by huge pages from its first byte); else as `allocate` gives it. Never freed by its callers
    /// (a mapped block is not malloc's to free).
    public static func allocate(byteCount: Int, alignment: Int) -> UnsafeMutableRawPointer {
        #if os(Linux)
        // Mapped afresh, not taken from malloc: memory malloc hands out again was already written in 4 KB pages, and
        // a huge page is only given at a range's first write. The slack around the aligned block is given back.
        // Three quarters of a huge page or more (a full field store is just under one): at most a quarter more memory.
        if byteCount >= size - size / 4 {
            let length = (byteCount + size - 1) / size * size
            if let mapped = mmap(nil, length + size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
               mapped != MAP_FAILED {
                let start = (Int(bitPattern: mapped) + size - 1) & ~(size - 1)
                let head = start - Int(bitPattern: mapped)
                if head > 0 { munmap(mapped, head) }
                if size - head > 0, let tail = UnsafeMutableRawPointer(bitPattern: start + length) { munmap(tail, size - head) }
                if let pointer = UnsafeMutableRawPointer(bitPattern: start) {
                    advise(pointer, bytes: length)
                    return pointer
                }
            }
        }
        #endif
        return UnsafeMutableRawPointer.allocate(byteCount: byteCount, alignment: alignment)
    }
}
