import TutorCore

/// What a process is doing at a step, kept as its phrase and values and put in words only when read.
///
/// A replay sets an activity on nearly every event, and the step view replays a whole run in the
/// background to make its checkpoints; wording "running task 3:17 since 1.204 s" on every task start
/// was most of that replay's time, for words a screen shows at a few steps.
struct ProcessActivity: Sendable, Equatable {
    private enum Words: Sendable {
        case text(String)
        case task(name: String, t: Int64)
        case queue(op: String, object: String, t: Int64)
        case lock(label: String, t: Int64)
        case holds(label: String)
    }

    private let words: Words
    /// The language current when the activity was set: its words read as they would have then.
    private let language: Language

    private init(_ words: Words) {
        self.words = words
        language = .current
    }

    /// Words already made.
    static func text(_ text: String) -> ProcessActivity { .init(.text(text)) }
    /// Running pool task `name` since time `t`.
    static func task(_ name: String, since t: Int64) -> ProcessActivity { .init(.task(name: name, t: t)) }
    /// Blocked in `op` ("put", "get") on the queue `object` since time `t`.
    static func queue(_ op: String, on object: String, since t: Int64) -> ProcessActivity { .init(.queue(op: op, object: object, t: t)) }
    /// Waiting for the lock `label` since time `t`.
    static func waiting(for label: String, since t: Int64) -> ProcessActivity { .init(.lock(label: label, t: t)) }
    /// Holding the lock `label`.
    static func holds(_ label: String) -> ProcessActivity { .init(.holds(label: label)) }

    /// The activity in words, in the language current when it was set.
    var text: String {
        switch words {
        case let .text(text): text
        case let .task(name, t): Phrase.activityTask.text(in: language, ["task": name, "t": Format.seconds(t)])
        case let .queue(op, object, t):
            // gaps 38A: a get or a put said as such ("从 Queue#1 取数据", not "对 Queue#1 执行 get")
            (op == "get" ? Phrase.activityQueueGet : op == "put" ? .activityQueuePut : .activityQueue)
                .text(in: language, ["op": op, "object": object, "t": Format.seconds(t)])
        case let .lock(label, t): Phrase.activityLock.text(in: language, ["lock": label, "t": Format.seconds(t)])
        case let .holds(label): Phrase.activityHolds.text(in: language, ["lock": label])
        }
    }

    /// Whether the activity is exactly `text` (words already made), without wording anything.
    func isText(_ text: String) -> Bool {
        if case let .text(own) = words { return own == text }
        return false
    }

    /// Two activities are equal when they read the same.
    static func == (a: ProcessActivity, b: ProcessActivity) -> Bool { a.text == b.text }
}
