/// One row of the timeline: a thread of a process that did something worth showing.
public struct Lane: Sendable, Equatable, Hashable {
    public var pid: Int32
    public var thread: String
    /// The multiprocessing process name.
    public var process: String
    /// `main`, `child`, `forkserver`, `resource_tracker` or `other`, as the tracer classified the process.
    public var role: String

    /// True for the main thread of its process.
    public var isMainThread: Bool { thread == "MainThread" }

    /// A short label: the process name, with the thread's role for any other thread (`MainProcess · _handle_results`).
    public var label: String {
        isMainThread ? process : "\(process) · \(TraceEvent.threadRole(of: thread))"
    }

    /// Helpers that multiprocessing starts on its own; lessons may hide them.
    public var isInfrastructure: Bool { role == "forkserver" || role == "resource_tracker" }
}
