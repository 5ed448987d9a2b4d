import TutorCore

extension ChoiceExpression {
    /// Fills a choice: `{name}` with the parameter's value (an unknown name stays as it is, as in every other
    /// template), `{expression}` with the expression's value over the numeric parameters.
    static func fill(_ text: String, with values: [String: String]) throws(ClaimParser.Failure) -> String {
        var out = "", rest = Substring(text)
        let numbers = values.compactMapValues { DecimalNumber.double($0) }
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let inner = String(rest[rest.index(after: open)..<close])
            if isName(inner) {
                out += values[inner] ?? "{\(inner)}"
            } else {
                out += show(try ChoiceExpression(inner).value(with: numbers))
            }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// What stands in braces in `text` that is not a plain parameter name: the expressions to check.
    static func expressions(in text: String) -> [String] {
        var found: [String] = [], rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let inner = String(rest[rest.index(after: open)..<close])
            if !isName(inner) { found.append(inner) }
            rest = rest[rest.index(after: close)...]
        }
        return found
    }

    /// At most this many parameters in one expression: its check tries every mix of their bounds and default.
    static let maxNames = 6

    /// Checks an expression as a lesson is read: it parses, names only numeric parameters, and has a value in
    /// range for every mix of each named parameter's minimum, default and maximum (so `items / chunksize` with
    /// a `chunksize` that may be 0 is refused, naming the values).
    static func check(_ text: String, parameters: [LessonParameter]) throws(ClaimParser.Failure) {
        let expression = try ChoiceExpression(text)
        let named = expression.names.sorted()
        guard named.count <= maxNames else {
            throw ClaimParser.Failure(message: Phrase.choiceTooManyNames.text(["max": String(maxNames)]))
        }
        var mixes: [[String: Double]] = [[:]]
        for name in named {
            guard let parameter = parameters.first(where: { $0.name == name }), parameter.kind != .string,
                  let value = DecimalNumber.double(parameter.defaultValue) else {
                throw ClaimParser.Failure(message: Phrase.choiceUnknownName.text(["name": name]))
            }
            var seen = Set<Double>()
            let tries = [parameter.minimum, value, parameter.maximum].compactMap { $0 }.filter { seen.insert($0).inserted }
            mixes = mixes.flatMap { mix in tries.map { mix.merging([name: $0]) { a, _ in a } } }
        }
        for mix in mixes { _ = try expression.value(with: mix) }
    }
}

private extension ChoiceExpression {
    static func isName(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }
}
