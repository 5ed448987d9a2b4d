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
        /// The initializer's name (`executor.create`'s `initializer`, or the first `executor.init` of one of its workers;
        /// gaps 30A), and each worker whose run of it raised, with the exception.
        public var initializer: String?
        public var initFailures: [InitFailure] = []
        /// How many of its workers' initializers raised in all (`initFailures` keeps the last three; gaps 32A).
        public var initFailureCount = 0
        /// The failures of workers still alive: bounded by its workers, and what a live worker's panel row is read from
        /// (a fourth failure pushed the first out of `initFailures` while that worker still lived; gaps 32A).
        public var initFailedAlive: [InitFailure] = []
        /// submit() calls that raised before making a work item (after shutdown(), once broken): how many, and the last
        /// one's exception type (`future.submit.error` without `queued`; gaps 30A).
        public var refusedSubmits = 0
        /// Work items a submit() made and queued before it raised (`future.submit.error` `queued`): not in `submitted`.
        public var queuedByFailedSubmit = 0
        public var lastRefusal: String?
        /// A ProcessPoolExecutor's work items that never reached a worker: its feeder could not pickle them
        /// (`future.result` `unsent`; gaps 30A), the last few.
        public var unsent: [Unsent] = []
    }

    /// A worker whose run of its executor's initializer raised.
    public struct InitFailure: Sendable, Equatable {
        public var worker: String
        public var error: String
    }

    /// A work item the feeder could not send: its number, the exception type, the argument that failed when known.
    public struct Unsent: Sendable, Equatable {
        public var work: Int64
        public var error: String
        public var argument: String?
    }
}
