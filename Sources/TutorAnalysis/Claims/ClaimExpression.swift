import TutorCore

/// A lesson claim, parsed: something the timeline of a live run must show.
///
/// The language is documented in docs/lesson-format.md. Examples:
/// `max_concurrent_tasks <= 3`, `all pool.callback: process == MainProcess and thread ~ _handle_results`,
/// `first print where text ~ "=====" before last pool.result`.
indirect enum ClaimExpression: Sendable, Equatable {
    case compare(ClaimOperand, ComparisonOperator, ClaimOperand)
    case quantified(Quantifier, EventSelector, EventCondition?)
    case order(Pick, EventSelector, before: Bool, Pick, EventSelector)
    case all([ClaimExpression])

    enum Quantifier: String, Sendable { case all, some, none }
    enum Pick: String, Sendable { case first, last }
}

/// A number, a string, a named metric of the run, or an aggregate over selected events.
enum ClaimOperand: Sendable, Equatable {
    case number(Double)
    case text(String)
    case metric(String)
    case aggregate(String, EventSelector, field: String?)
}

enum ComparisonOperator: String, Sendable, CaseIterable {
    case equal = "==", notEqual = "!=", lessOrEqual = "<=", greaterOrEqual = ">=", less = "<", greater = ">"
    case contains = "~", notContains = "!~"
}

/// Which events: a kind (`pool.task.start`, or a prefix with `*`: `lock.*`) and an optional condition.
struct EventSelector: Sendable, Equatable {
    var kind: String
    var condition: EventCondition?

    func matchesKind(_ kind: String) -> Bool {
        if self.kind == "*" { return true }
        if self.kind.hasSuffix("*") { return kind.hasPrefix(String(self.kind.dropLast())) }
        return kind == self.kind
    }
}

/// `field op value` tests joined by `and` (all must hold) or `or` (any).
struct EventCondition: Sendable, Equatable {
    struct Test: Sendable, Equatable {
        var field: String
        var op: ComparisonOperator
        var value: ClaimOperand
    }

    var tests: [Test]
    var isDisjunction: Bool
}
