import TutorCore

/// A stretch of time on one lane that a picture of the run draws as a bar: a pool task, a callback, a
/// lock held, a call blocked, or an OS state sampled from outside. Built by `TimelineSpans` from the
/// timeline alone.
public struct TimelineSpan: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// A pool task running in a worker (`pool.task.start` → `pool.task.end`).
        case task
        /// A pool callback running in the result handler thread.
        case callback
        /// A lock or semaphore held (`lock.acquire` → `lock.release`).
        case hold
        /// A call that blocked: its `waited_ns` before the event that returned, or still blocked at the end.
        case wait
        /// The OS's view of a process (`os.state`, `--sample-os`): running, ready or blocked.
        case osState
        /// The whole run stopped by job control (`run.stopped`, its `duration_ns`; gaps 28C), on the main process's lane.
        case stopped
    }

    public var kind: Kind
    /// Index into `Timeline.lanes`.
    public var lane: Int
    public var startT: Int64
    public var endT: Int64
    /// The run's record ends before the span did: it is drawn to the end, and says so.
    public var isOpen: Bool
    /// Short words for the bar: `task 3 work(2)`, `holds Lock#1`, `waits in queue.get Queue#1`, `running`.
    public var label: String
    /// The event that ended the span (the one that returned, for a wait), if recorded.
    public var event: Int?

    public init(kind: Kind, lane: Int, startT: Int64, endT: Int64, isOpen: Bool, label: String, event: Int? = nil) {
        self.kind = kind
        self.lane = lane
        self.startT = startT
        self.endT = endT
        self.isOpen = isOpen
        self.label = label
        self.event = event
    }

    public var durationNs: Int64 { endT - startT }
}
