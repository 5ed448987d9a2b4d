import TutorCore

/// Parses the claim language (docs/lesson-format.md) with a cursor over tokens.
struct ClaimParser {
    /// What is wrong with a claim, in words for the lesson author.
    struct Failure: Error, Equatable {
        var message: String
    }

    /// Aggregates that take a selector: `count(pool.task.end)`, `distinct(pool.task.start, pid)`; `first`, `last`
    /// and `values` give a field of the first or last matching event, or every distinct value in order.
    static let aggregates: Set<String> = ["count", "distinct", "max", "min", "sum", "first", "last", "values"]

    /// Parentheses nested deeper than this are refused: no claim needs them, and each level takes stack.
    static let maximumNesting = 64

    private var tokens: [ClaimToken]
    private var position = 0
    private var nesting = 0

    /// Parses a whole claim.
    static func parse(_ text: String) throws(Failure) -> ClaimExpression {
        var parser = ClaimParser(tokens: try ClaimToken.tokenize(text))
        guard !parser.tokens.isEmpty else { throw Failure(message: Phrase.cpCheckEmpty.text()) }
        let expression = try parser.parseClaim()
        if parser.position < parser.tokens.count {
            throw Failure(message: Phrase.cpAfterCheck.text(["token": parser.describe(parser.tokens[parser.position])]))
        }
        return expression
    }

    /// Parses a value query, as used by lesson questions: a metric or an aggregate
    /// (`max_concurrent_tasks`, `first(pool.callback, process)`, `count(print where text ~ "got")`).
    static func parseValue(_ text: String) throws(Failure) -> ClaimOperand {
        var parser = ClaimParser(tokens: try ClaimToken.tokenize(text))
        guard !parser.tokens.isEmpty else { throw Failure(message: Phrase.cpQueryEmpty.text()) }
        let operand = try parser.parseOperand(wordIsMetric: true)
        if parser.position < parser.tokens.count {
            throw Failure(message: Phrase.cpAfterQuery.text(["token": parser.describe(parser.tokens[parser.position])]))
        }
        switch operand {
        case .metric, .aggregate: return operand
        case .number, .text: throw Failure(message: Phrase.cpFixedValue.text())
        }
    }

    /// Parses a selector alone, as used by lesson notes (`pool.task.start where queued > 0.1s`).
    static func parseSelector(_ text: String) throws(Failure) -> EventSelector {
        var parser = ClaimParser(tokens: try ClaimToken.tokenize(text))
        let selector = try parser.parseSelector(stopWords: [])
        if parser.position < parser.tokens.count {
            throw Failure(message: Phrase.cpAfterSelector.text(["token": parser.describe(parser.tokens[parser.position])]))
        }
        return selector
    }
}

private extension ClaimParser {
    var peek: ClaimToken? { position < tokens.count ? tokens[position] : nil }

    func peek(_ offset: Int) -> ClaimToken? {
        position + offset < tokens.count ? tokens[position + offset] : nil
    }

    func peekWord(_ offset: Int = 0) -> String? {
        guard position + offset < tokens.count, case let .word(w) = tokens[position + offset] else { return nil }
        return w
    }

    func describe(_ token: ClaimToken) -> String {
        switch token {
        case let .word(w): w
        case let .number(n): String(n)
        case let .string(s): "\"\(s)\""
        case let .op(op): op.rawValue
        case let .symbol(c): String(c)
        }
    }

    mutating func expect(_ symbol: Character) throws(Failure) {
        guard peek == .symbol(symbol) else { throw Failure(message: Phrase.parseExpected.text(["text": symbol])) }
        position += 1
    }

    /// Checks joined by `and`; a parenthesised check may be any form, so that order and quantified checks
    /// (whose conditions would otherwise take the `and`) can be combined: `(all X: a == 1) and count(Y) == 2`.
    mutating func parseClaim() throws(Failure) -> ClaimExpression {
        var parts = [try parseGroup()]
        while peekWord() == "and" {
            position += 1
            parts.append(try parseGroup())
        }
        return parts.count == 1 ? parts[0] : .all(parts)
    }

    mutating func parseGroup() throws(Failure) -> ClaimExpression {
        guard peek == .symbol("(") else { return try parseTerm() }
        guard nesting < Self.maximumNesting else {
            throw Failure(message: Phrase.cpNesting.text(["n": Self.maximumNesting]))
        }
        position += 1
        nesting += 1
        let inner = try parseClaim()
        nesting -= 1
        try expect(")")
        return inner
    }

    mutating func parseTerm() throws(Failure) -> ClaimExpression {
        if let word = peekWord(), let quantifier = ClaimExpression.Quantifier(rawValue: word) {
            position += 1
            let selector = try parseSelector(stopWords: [])
            var condition: EventCondition?
            if peek == .symbol(":") {
                position += 1
                condition = try parseCondition(stopWords: [])
            }
            return .quantified(quantifier, selector, condition)
        }
        // `first(...)` is a value, `first SELECTOR` an order check.
        if let word = peekWord(), let pick = ClaimExpression.Pick(rawValue: word), peek(1) != .symbol("(") {
            position += 1
            let first = try parseSelector(stopWords: ["before", "after"])
            guard let relation = peekWord(), relation == "before" || relation == "after" else {
                throw Failure(message: Phrase.cpOrder.text())
            }
            position += 1
            guard let word2 = peekWord(), let pick2 = ClaimExpression.Pick(rawValue: word2) else {
                throw Failure(message: Phrase.cpFirstLast.text(["relation": relation]))
            }
            position += 1
            let second = try parseSelector(stopWords: [])
            return .order(pick, first, before: relation == "before", pick2, second)
        }
        return try parseComparison()
    }

    mutating func parseComparison() throws(Failure) -> ClaimExpression {
        let lhs = try parseOperand(wordIsMetric: true)
        guard case let .op(op)? = peek else { throw Failure(message: Phrase.cpComparison.text()) }
        position += 1
        return .compare(lhs, op, try parseOperand(wordIsMetric: true))
    }

    mutating func parseOperand(wordIsMetric: Bool) throws(Failure) -> ClaimOperand {
        switch peek {
        case let .number(n)?: position += 1; return .number(n)
        case let .string(s)?: position += 1; return .text(s)
        case let .word(w)?:
            position += 1
            guard wordIsMetric, w != "true", w != "false" else { return .text(w) }
            if Self.aggregates.contains(w), peek == .symbol("(") {
                position += 1
                let selector = try parseSelector(stopWords: [])
                var field: String?
                if peek == .symbol(",") {
                    position += 1
                    guard let f = peekWord() else { throw Failure(message: Phrase.cpFieldAfterComma.text()) }
                    field = f
                    position += 1
                }
                try expect(")")
                if w != "count", field == nil { throw Failure(message: Phrase.cpNeedsField.text(["w": w])) }
                return .aggregate(w, selector, field: field)
            }
            return .metric(w)
        default:
            throw Failure(message: Phrase.cpValue.text())
        }
    }

    mutating func parseSelector(stopWords: Set<String>) throws(Failure) -> EventSelector {
        guard let kind = peekWord() else { throw Failure(message: Phrase.cpKind.text()) }
        position += 1
        var condition: EventCondition?
        if peekWord() == "where" {
            position += 1
            condition = try parseCondition(stopWords: stopWords)
        }
        return EventSelector(kind: kind, condition: condition)
    }

    mutating func parseCondition(stopWords: Set<String>) throws(Failure) -> EventCondition {
        var tests: [EventCondition.Test] = []
        var joiner: String?
        while true {
            guard let field = peekWord(), !stopWords.contains(field) else { throw Failure(message: Phrase.cpField.text()) }
            position += 1
            guard case let .op(op)? = peek else { throw Failure(message: Phrase.cpOperator.text(["field": field])) }
            position += 1
            tests.append(.init(field: field, op: op, value: try parseOperand(wordIsMetric: false)))
            guard let next = peekWord(), next == "and" || next == "or" else { break }
            if let joiner, joiner != next { throw Failure(message: Phrase.cpMixing.text()) }
            joiner = next
            position += 1
        }
        return EventCondition(tests: tests, isDisjunction: joiner == "or")
    }
}
