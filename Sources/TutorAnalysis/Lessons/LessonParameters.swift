import TutorCore

/// The parameter values of one run of a lesson: defaults, overridden by `--set name=value`, checked against bounds.
public struct LessonParameters: Sendable, Equatable {
    /// Values by name, in the lesson's declaration order.
    public private(set) var values: [(name: String, value: String)]

    public static func == (lhs: LessonParameters, rhs: LessonParameters) -> Bool {
        lhs.values.map(\.name) == rhs.values.map(\.name) && lhs.values.map(\.value) == rhs.values.map(\.value)
    }

    /// Applies `name=value` overrides to the lesson's defaults.
    public init(lesson: Lesson, overrides: [String]) throws {
        values = lesson.parameters.map { ($0.name, $0.defaultValue) }
        for override in overrides {
            guard let eq = override.firstIndex(of: "=") else {
                throw MPTutorError.usage(Phrase.errSetSyntax.text(["value": override]))
            }
            let name = String(override[..<eq]), value = String(override[override.index(after: eq)...])
            guard let parameter = lesson.parameters.first(where: { $0.name == name }) else {
                let known = lesson.parameters.map(\.name)
                throw MPTutorError.usage(Phrase.errNoParameter.text(["id": lesson.id, "name": name]),
                                         hint: known.isEmpty ? Phrase.hintNoParameters.text() : Phrase.hintItsParameters.text(["list": known.joined(separator: Phrase.listComma.text())]))
            }
            try Self.check(value, for: parameter)
            values[values.firstIndex { $0.name == name }!].value = value
        }
    }

    /// The value of a parameter.
    public subscript(name: String) -> String? { values.first { $0.name == name }?.value }

    /// The demo arguments that pass these values: `--workers 3 --tasks 10`.
    public var arguments: [String] { values.flatMap { ["--\($0.name)", $0.value] } }

    /// As a transcript header object.
    public var json: JSONObject { JSONObject(values.map { ($0.name, JSONValue.string($0.value)) }) }

    /// Replaces `{name}` with parameter values; unknown placeholders are left as they are.
    public static func fill(_ text: String, with values: [String: String]) -> String {
        var out = text
        for (name, value) in values { out = out.replacingOccurrences(of: "{\(name)}", with: value) }
        return out
    }

    /// As a dictionary, for `fill`.
    public var dictionary: [String: String] { Dictionary(values.map { ($0.name, $0.value) }) { a, _ in a } }
}

extension LessonParameters {
    /// What is wrong with `value` for `parameter` (its type, then its bounds), in the learner's language,
    /// or nil when it is fine. Numbers are plain decimals that Python's `int()`/`float()` read the same
    /// way: no `nan`, `inf` or hex.
    static func problem(with value: String, for parameter: LessonParameter) -> String? {
        let bounds = [parameter.minimum.map { Phrase.boundAtLeast.text(["n": Self.show($0)]) },
                      parameter.maximum.map { Phrase.boundAtMost.text(["n": Self.show($0)]) }]
            .compactMap { $0 }.joined(separator: Phrase.boundAnd.text())
        let separator = Language.current == .zh ? "，" : ", "
        let number: Double
        switch parameter.kind {
        case .string: return nil
        case .int:
            guard let whole = DecimalNumber.int(value) else { return Phrase.whyWholeNumber.text() + (bounds.isEmpty ? "" : separator + bounds) }
            number = Double(whole)
        case .float:
            guard let decimal = DecimalNumber.double(value) else { return Phrase.whyNumber.text() + (bounds.isEmpty ? "" : separator + bounds) }
            number = decimal
        }
        if let min = parameter.minimum, number < min { return Phrase.whyMustBe.text(["bounds": bounds]) }
        if let max = parameter.maximum, number > max { return Phrase.whyMustBe.text(["bounds": bounds]) }
        return nil
    }

    /// A bound as the learner wrote it: `3`, `0.5`, `1e+300`.
    static func show(_ d: Double) -> String {
        d.rounded() == d && abs(d) < 1e15 ? String(Int64(d)) : String(d)
    }
}

private extension LessonParameters {
    static func check(_ value: String, for parameter: LessonParameter) throws {
        guard let why = problem(with: value, for: parameter) else { return }
        throw MPTutorError.usage(Phrase.errBadParameter.text(["name": parameter.name, "value": value, "why": why]),
                                 hint: parameter.help.isEmpty ? nil : "\(parameter.name): \(parameter.help)")
    }
}
