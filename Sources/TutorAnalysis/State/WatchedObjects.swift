import TutorCore

/// The Conditions and the Manager lists and dicts of a run as they stood at one step (gaps 38B), for the step panel:
/// who waits on each Condition (and who a notify woke), the lock it uses; a Manager list's or dict's length as a len()
/// call last returned it, and its last calls. Only from recorded events.
public struct WatchedObjects: Sendable, Equatable {
    /// A thread inside a Condition's wait().
    public struct Waiter: Sendable, Equatable {
        public var who: String
        var pid: Int32
        var thread: String
        public var since: Int64
        /// When a notify that wakes every waiter (notify_all(), or notify(n) with n at least the waiters) came, if one did.
        public var notifiedAt: Int64? = nil
    }

    /// A multiprocessing Condition.
    public struct Condition: Sendable, Equatable {
        public var label: String
        /// The label of its lock (`RLock#1`), when its creation is in the record.
        public var lock: String?
        public var waiters: [Waiter] = []
        /// The last notify: who, when, the call's words (`notify_all()`, `notify(1)`), how many the tracer saw waiting.
        public var lastNotify: (who: String, t: Int64, call: String, waiting: Int64?)? = nil

        public static func == (a: Condition, b: Condition) -> Bool {
            a.label == b.label && a.lock == b.lock && a.waiters == b.waiters && a.lastNotify?.who == b.lastNotify?.who
                && a.lastNotify?.t == b.lastNotify?.t && a.lastNotify?.call == b.lastNotify?.call && a.lastNotify?.waiting == b.lastNotify?.waiting
        }
    }

    /// A Manager's list or dict (its proxy's calls).
    public struct Proxied: Sendable, Equatable {
        public var label: String
        public var type: String
        /// The last `__len__()` result: the length, who asked, when.
        public var length: (n: Int64, who: String, t: Int64)? = nil
        /// The last calls, oldest first, at most `WatchedObjects.callsKept`.
        public var calls: [Call] = []

        public static func == (a: Proxied, b: Proxied) -> Bool {
            a.label == b.label && a.type == b.type && a.calls == b.calls
                && a.length?.n == b.length?.n && a.length?.who == b.length?.who && a.length?.t == b.length?.t
        }
    }

    /// One call on a proxy: who, the method, its arguments and result (as the tracer's reprs), or the error it raised.
    public struct Call: Sendable, Equatable {
        public var who: String
        public var method: String
        public var args: String
        public var result: String?
        public var error: String?
    }

    /// Calls kept per proxied object: the panel shows a line or two.
    static let callsKept = 2

    public var conditions: [Condition] = []
    public var proxied: [Proxied] = []

    var isEmpty: Bool { conditions.isEmpty && proxied.isEmpty }
}
