import TutorCore

/// Gaps 35B (round 34F's leftover): a map_async()/starmap_async() job that never became ready and whose error no get()
/// gave up on. The summary said of it "errors nobody read … (get() would have raised it)"; but a MapResult is ready only
/// when every chunk has finished (pool.py `MapResult._set`), so no get() could have raised it while chunks were left.
public extension UnreadPoolError {
    /// Some of its chunks never ended in the record.
    var unfinished: Bool { chunks.map { Int64(ended) < $0 } == true }
    /// Never ready, and no get() of it was ever called (a `wait()` is not a get()).
    var neverAsked: Bool { unfinished && !getTimedOut && !getWaited }
    /// Never ready, and a get() of it was still waiting when the record ends.
    var stillWaited: Bool { unfinished && !getTimedOut && getWaited }
    /// No get() could have read its error: the "would have raised it" line is not said of it.
    var neverReadable: Bool { neverReady || neverAsked || stillWaited }
}
