import TutorCore

extension RunState {
    /// A concurrent.futures executor (`ThreadPoolExecutor`, `ProcessPoolExecutor`) as it stood: its workers and where each
    /// of its work items was, as far as the record shows (gaps 29A: the panel had rows for pools, none for executors).
    public struct Executor: Sendable, Equatable {
        /// A work item a worker started and has not ended: its number and the worker (process name, or thread name).
        public struct Running: Sendable, Equatable {
            public var work: Int64
            public var worker: String
        }
        /// How far `shutdown()` got.
        public enum Shutdown: Sendable, Equatable {
            /// `shutdown(wait=True)` (or a `with` block's end) is waiting for the work items and workers.
            case waiting
            /// `shutdown()` returned.
            case done
        }

        public var label: String
        /// `ThreadPoolExecutor` or `ProcessPoolExecutor`.
        public var type: String
        public var maxWorkers: Int64?
        /// The process that made it: a ThreadPoolExecutor's items run in its threads.
        var madeIn: Int32
        public var isThreads: Bool { type == "ThreadPoolExecutor" }
        /// Workers started (worker processes its submit() spawned, or worker threads) and those alive now.
        public var workersStarted = 0
        public var workersAlive: [String] = []
        /// A ProcessPoolExecutor's worker processes alive, by pid (their names are in `workersAlive`, in the same order).
        var workerPids: [Int32] = []
        /// Work items submitted (`future.submit`; a `map()` chunk is one).
        public var submitted = 0
        /// Submitted and not started by a worker, not cancelled, not failed: oldest first.
        public var notStarted = PendingWorkItems()
        public var running: [Running] = []
        /// A ProcessPoolExecutor's items that ended in their worker and whose outcome has not come back to the parent yet.
        public var endedNotBack: [Int64] = []
        /// Outcomes the program can read: returned, raised (in the worker, or could not be sent), cancelled before they ran.
        public var done = 0
        public var failed = 0
        public var cancelled = 0
        /// The items failed with BrokenProcessPool / BrokenThreadPool when it broke (none ran to an outcome).
        public var failedByBreak = 0
        public var shutdown: Shutdown?
        /// It broke (`executor.broken`): the exception's class as Python names it.
        public var broken: String?
    }
}
