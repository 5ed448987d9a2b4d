import TutorCore

/// What the state model knows of daemons cut off by multiprocessing's exit function (gaps 35A): the children its
/// at-exit `terminate()` was sent to, and the item each process last took from a queue on its main thread, until its
/// run() ends. The panel said "ended (seen by its parent)" of such a daemon, as of a child that ended on its own.
struct CutAtExit: Sendable, Equatable {
    /// An item a process took with get() and had not gone past (no later get or get() wait on that thread, no
    /// task_done(), no end of run()).
    struct Taken: Sendable, Equatable {
        var item: String
        var queue: String
        var t: Int64
        /// The get's event.
        var step: Int
    }

    /// The children multiprocessing's exit function sent terminate() (`process.terminate` with `at_exit`), by pid.
    var terminated: Set<Int32> = []
    /// The item each process last took, by pid.
    var taken: [Int32: Taken] = [:]
}
