import TutorCore

/// What explains a ProcessPoolExecutor broken by its own closed result reader (`executor.broken` with `reader_closed`):
/// the `shutdown()` of that executor, in the same process, whose wait an exception interrupted before it, and the
/// `shutdown(wait=True)` that returned after that one and before the break, when the record has them (gaps 12B).
public struct ClosedReader: Sendable, Equatable {
    /// The `executor.waited` of a `shutdown()` that raised (`error`: KeyboardInterrupt), nil when none came before.
    public var interrupted: Int?
    /// The `executor.shutdown` (wait=True) that returned after `interrupted` and before the break, nil when none did.
    public var shutdown: Int?
}

extension StateQueries {
    /// The `ClosedReader` of the `executor.broken` at `step`, nil unless that event says its manager thread read from a
    /// closed result reader.
    ///
    /// In CPython's concurrent.futures only `shutdown(wait=True)` closes that reader, after it has joined the manager
    /// thread; a `join()` that a KeyboardInterrupt interrupted leaves the thread counted as ended (threading's
    /// `_wait_for_tstate_lock` releases its lock), so the next `shutdown()` skips the join and closes the reader while
    /// the manager thread still reads it.
    public static func closedReader(broken step: Int, in events: [TraceEvent]) -> ClosedReader? {
        guard events.indices.contains(step), events[step].is(.executorBroken), events[step].bool(EventField.readerClosed) == true,
              let object = events[step].object else { return nil }
        let pid = events[step].pid
        let interrupted = events[..<step].lastIndex { e in
            e.is(.executorWaited) && e.pid == pid && e.object == object && e.string(EventField.call) == "shutdown()"
                && e.string(EventField.error) != nil
        }
        let shutdown = interrupted.flatMap { from in
            events[(from + 1)..<step].firstIndex { e in
                e.is(.executorShutdown) && e.pid == pid && e.object == object && e.bool(EventField.wait) == true
            }
        }
        return ClosedReader(interrupted: interrupted, shutdown: shutdown)
    }
}
