#if os(Linux)
import Glibc
#endif

/// The few large blocks a long transcript's loading fills front to back (the events' array, the field stores)
/// asked to be backed by 2 MB pages where the system has them on request (Linux's transparent huge pages set to
/// `madvise`): a 1M-event replay took a page fault for each 4 KB page it wrote, about 80,000 faults. Room that is
/// never written still costs nothing; a block partly written costs at most one 2 MB page more than its 4 KB pages.
/// Elsewhere (macOS) nothing is asked and blocks are allocated as usual.
public enum HugePages {
    /// The size of a huge page, which is also the alignment a range needs to be backed by one.
    public static let size = 2 << 20

    /// Asks that the whole huge pages lying inside `bytes` bytes from `start` be huge pages when first written.
    /// A hint: a refusal (no transparent huge pages, an older kernel) leaves the memory as it was.
    public static func advise(_ start: UnsafeRawPointer, bytes: Int) {
        #if os(Linux)
        let first = (Int(bitPattern: start) + size - 1) & ~(size - 1)
        let end = (Int(bitPattern: start) + bytes) & ~(size - 1)
        guard end > first, let pointer = UnsafeMutableRawPointer(bitPattern: first) else { return }
        _ = madvise(pointer, end - first, MADV_HUGEPAGE)
        #endif
    }

    /// Memory for `byteCount` bytes: when the block is most of a huge page or more, whole huge pages aligned and advised, so
    /// that it is backed by huge pages from its first byte; else as `allocate` gives it. Never freed by its callers
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
