import Foundation
import TutorCore

/// A computed value in a question's choice, `{ceil(items / chunksize)}`: arithmetic over the lesson's numeric
/// parameters, so a choice can be the right answer for every input the lesson allows (gaps 29C: pool-map offered
/// "1", "{chunksize}", "4", "{items}", and with 12 items in chunks of 5 none of them was the 3 tasks map made).
///
/// The language is small and bounded: numbers, parameter names, `+ - * / // %`, unary `-`, parentheses,
/// Python's `or` (`chunksize or 4`: the left side unless it is 0), and `ceil`, `floor`, `round`, `abs`, `min`,
/// `max`. It is read by one recursive descent over at most `maxLength` characters and `maxDepth` nested levels,
/// so reading is linear; nothing is ever handed to an `eval`.
public struct ChoiceExpression: Sendable, Equatable {
    indirect enum Node: Sendable, Equatable {
        case number(Double)
        case name(String)
        case negate(Node)
        case binary(String, Node, Node)
        case call(String, [Node])
    }

    /// Longer expressions are refused: a choice is a short value, and the bound keeps reading cheap.
    public static let maxLength = 200
    /// Parentheses and calls nested deeper than this are refused: each level takes stack.
    public static let maxDepth = 16
    /// A value outside ±this is refused: a choice is a count or a duration, and larger doubles lose whole numbers.
    public static let maxMagnitude = 1e15
    static let functions: [String: ClosedRange<Int>] = ["ceil": 1...1, "floor": 1...1, "round": 1...1, "abs": 1...1,
                                                        "min": 2...8, "max": 2...8]

    let root: Node

    /// Reads `text` (what stands between the braces).
    init(_ text: String) throws(ClaimParser.Failure) {
        guard text.count <= Self.maxLength else {
            throw ClaimParser.Failure(message: Phrase.choiceTooLong.text(["max": String(Self.maxLength)]))
        }
        var reader = Reader(tokens: try Self.tokens(text))
        root = try reader.expression(depth: 0)
        if let extra = reader.peek { throw ClaimParser.Failure(message: Phrase.choiceUnexpected.text(["token": extra])) }
    }

    /// The parameter names the expression reads.
    public var names: Set<String> { Self.names(in: root) }

    /// The value for these parameter values; a name without a numeric value, a division by zero or a result
    /// out of range is an error naming it.
    func value(with values: [String: Double]) throws(ClaimParser.Failure) -> Double {
        try Self.evaluate(root, values)
    }

    /// A value as a choice shows it: `4`, `2.5`; at most six decimals, as a learner would write it.
    public static func show(_ value: Double) -> String {
        if value.rounded() == value { return String(Int64(value)) }
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}

private extension ChoiceExpression {
    struct Reader {
        var tokens: [String]
        var position = 0
        var peek: String? { position < tokens.count ? tokens[position] : nil }

        mutating func take() -> String? {
            defer { position += 1 }
            return peek
        }

        mutating func expect(_ token: String) throws(ClaimParser.Failure) {
            guard take() == token else { throw ClaimParser.Failure(message: Phrase.choiceExpected.text(["token": token])) }
        }

        mutating func expression(depth: Int) throws(ClaimParser.Failure) -> Node {
            guard depth <= ChoiceExpression.maxDepth else {
                throw ClaimParser.Failure(message: Phrase.choiceTooDeep.text(["max": String(ChoiceExpression.maxDepth)]))
            }
            var left = try sum(depth: depth)
            while peek == "or" { position += 1; left = .binary("or", left, try sum(depth: depth)) }
            return left
        }

        mutating func sum(depth: Int) throws(ClaimParser.Failure) -> Node {
            var left = try product(depth: depth)
            while let op = peek, op == "+" || op == "-" { position += 1; left = .binary(op, left, try product(depth: depth)) }
            return left
        }

        mutating func product(depth: Int) throws(ClaimParser.Failure) -> Node {
            var left = try factor(depth: depth)
            while let op = peek, ["*", "/", "//", "%"].contains(op) { position += 1; left = .binary(op, left, try factor(depth: depth)) }
            return left
        }

        mutating func factor(depth: Int) throws(ClaimParser.Failure) -> Node {
            guard let token = take() else { throw ClaimParser.Failure(message: Phrase.choiceEnds.text()) }
            if token == "-" {
                guard depth < ChoiceExpression.maxDepth else {
                    throw ClaimParser.Failure(message: Phrase.choiceTooDeep.text(["max": String(ChoiceExpression.maxDepth)]))
                }
                return .negate(try factor(depth: depth + 1))
            }
            if token == "(" {
                let inner = try expression(depth: depth + 1)
                try expect(")")
                return inner
            }
            if let number = DecimalNumber.double(token) { return .number(number) }
            guard let first = token.unicodeScalars.first, first == "_" || CharacterSet.letters.contains(first) else {
                throw ClaimParser.Failure(message: Phrase.choiceUnexpected.text(["token": token]))
            }
            guard peek == "(" else { return .name(token) }
            guard let arity = ChoiceExpression.functions[token] else {
                throw ClaimParser.Failure(message: Phrase.choiceUnknownFunction.text(["name": token, "list": ChoiceExpression.functions.keys.sorted().joined(separator: Phrase.listComma.text())]))
            }
            position += 1
            var arguments = [try expression(depth: depth + 1)]
            while peek == "," { position += 1; arguments.append(try expression(depth: depth + 1)) }
            try expect(")")
            guard arity.contains(arguments.count) else {
                throw ClaimParser.Failure(message: Phrase.choiceArguments.text(["name": token, "n": String(arguments.count)]))
            }
            return .call(token, arguments)
        }
    }

    /// Numbers (`12`, `0.5`), names, and the operators; anything else is refused, naming it.
    static func tokens(_ text: String) throws(ClaimParser.Failure) -> [String] {
        var tokens: [String] = []
        var rest = Substring(text)
        while let c = rest.first {
            if c == " " { rest.removeFirst(); continue }
            if rest.hasPrefix("//") { tokens.append("//"); rest.removeFirst(2); continue }
            if "+-*/%(),".contains(c) { tokens.append(String(c)); rest.removeFirst(); continue }
            let word = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") }
            guard !word.isEmpty else { throw ClaimParser.Failure(message: Phrase.choiceUnexpected.text(["token": String(c)])) }
            tokens.append(String(word))
            rest.removeFirst(word.count)
        }
        return tokens
    }

    static func names(in node: Node) -> Set<String> {
        switch node {
        case .number: return []
        case let .name(name): return [name]
        case let .negate(inner): return names(in: inner)
        case let .binary(_, a, b): return names(in: a).union(names(in: b))
        case let .call(_, arguments): return arguments.reduce(into: Set<String>()) { $0.formUnion(names(in: $1)) }
        }
    }

    static func evaluate(_ node: Node, _ values: [String: Double]) throws(ClaimParser.Failure) -> Double {
        let result: Double
        switch node {
        case let .number(n): result = n
        case let .name(name):
            guard let value = values[name] else { throw ClaimParser.Failure(message: Phrase.choiceUnknownName.text(["name": name])) }
            result = value
        case let .negate(inner): result = -(try evaluate(inner, values))
        case let .binary("or", a, b):
            let left = try evaluate(a, values)
            result = left != 0 ? left : try evaluate(b, values)
        case let .binary(op, a, b): result = try binary(op, try evaluate(a, values), try evaluate(b, values), values)
        case let .call(name, arguments):
            var numbers: [Double] = []
            for argument in arguments { numbers.append(try evaluate(argument, values)) }
            switch name {
            case "ceil": result = numbers[0].rounded(.up)
            case "floor": result = numbers[0].rounded(.down)
            case "round": result = numbers[0].rounded(.toNearestOrEven)
            case "abs": result = abs(numbers[0])
            case "min": result = numbers.min()!
            default: result = numbers.max()!
            }
        }
        guard result.isFinite, abs(result) <= maxMagnitude else {
            throw ClaimParser.Failure(message: values.isEmpty ? Phrase.choiceOutOfRangeAlways.text()
                : Phrase.choiceOutOfRange.text(["values": shown(values)]))
        }
        return result
    }

    static func binary(_ op: String, _ a: Double, _ b: Double, _ values: [String: Double]) throws(ClaimParser.Failure) -> Double {
        switch op {
        case "+": return a + b
        case "-": return a - b
        case "*": return a * b
        default:
            guard b != 0 else {
                throw ClaimParser.Failure(message: values.isEmpty ? Phrase.choiceDivideByZeroAlways.text()
                    : Phrase.choiceDivideByZero.text(["values": shown(values)]))
            }
            switch op {
            case "/": return a / b
            case "//": return (a / b).rounded(.down)
            default: return a - b * (a / b).rounded(.down)  // Python's %: the sign of the divisor
            }
        }
    }

    static func shown(_ values: [String: Double]) -> String {
        values.sorted { $0.key < $1.key }.map { "\($0.key) = \(show($0.value))" }.joined(separator: Phrase.listComma.text())
    }
}
