import TutorCore

/// A lesson claim, parsed: something the timeline of a live run must show.
///
/// The language is documented in docs/lesson-format.md. Examples:
/// `max_concurrent_tasks <= 3`, `all pool.callback: process == MainProcess and thread ~ _handle_results`,
/// `first print where text ~ "=====" before last pool.result`.
public indirect enum ClaimExpression: Sendable, Equatable {
    case compare(ClaimOperand, ComparisonOperator, ClaimOperand)
    case quantified(Quantifier, EventSelector, EventCondition?)
    case order(Pick, EventSelector, before: Bool, Pick, EventSelector)
    case all([ClaimExpression])

    public enum Quantifier: String, Sendable { case all, some, none }
    public enum Pick: String, Sendable { case first, last }
}

/// A number, a string, a named metric of the run, or an aggregate over selected events.
public enum ClaimOperand: Sendable, Equatable {
    case number(Double)
    case text(String)
    case metric(String)
    case aggregate(String, EventSelector, field: String?)
}

public enum ComparisonOperator: String, Sendable, CaseIterable {
    case equal = "==", notEqual = "!=", lessOrEqual = "<=", greaterOrEqual = ">=", less = "<", greater = ">"
    case contains = "~", notContains = "!~"
}

/// Which events: a kind (`pool.task.start`, or a prefix with `*`: `lock.*`) and an optional condition.
public struct EventSelector: Sendable, Equatable {
    public var kind: String
    public var condition: EventCondition?

    public func matchesKind(_ kind: String) -> Bool {
        if self.kind == "*" { return true }
        if self.kind.hasSuffix("*") { return kind.hasPrefix(String(self.kind.dropLast())) }
        return kind == self.kind
    }
}

/// `field op value` tests joined by `and` (all must hold) or `or` (any).
public struct EventCondition: Sendable, Equatable {
    public struct Test: Sendable, Equatable {
        public var field: String
        public var op: ComparisonOperator
        public var value: ClaimOperand
    }

    public var tests: [Test]
    public var isDisjunction: Bool
}
