import TutorCore

extension Lesson {
    /// How `other` (the same lesson in another language) differs from this one in what must not differ:
    /// the id, demo, timeout, OS sampling, parameters (names, kinds, defaults, bounds), variants (ids and
    /// arguments), claims (checks and variants, in order) and notes (selectors, `once`, variants, in order).
    /// Empty when the two agree; each entry names the first place they part.
    public func structureDifferences(from other: Lesson) -> [String] {
        var out: [String] = []
        func compare<T: Equatable>(_ what: String, _ a: T, _ b: T) {
            if a != b { out.append("\(what): '\(a)' here, '\(b)' there") }
        }
        compare("id", id, other.id)
        compare("demo", demo, other.demo)
        compare("timeout", timeout, other.timeout)
        compare("sample_os", sampleOS, other.sampleOS)
        compare("number of params", parameters.count, other.parameters.count)
        for (a, b) in zip(parameters, other.parameters) {
            compare("param", "\(a.name) \(a.kind) \(a.defaultValue) \(a.minimum.map(String.init) ?? "-") \(a.maximum.map(String.init) ?? "-")",
                    "\(b.name) \(b.kind) \(b.defaultValue) \(b.minimum.map(String.init) ?? "-") \(b.maximum.map(String.init) ?? "-")")
        }
        compare("variants", variants.map { "\($0.id) \($0.arguments)" }, other.variants.map { "\($0.id) \($0.arguments)" })
        compare("number of claims", claims.count, other.claims.count)
        for (n, (a, b)) in zip(claims, other.claims).enumerated() {
            compare("claim \(n + 1) check", a.check, b.check)
            compare("claim \(n + 1) variants", a.variants, b.variants)
            compare("claim \(n + 1) placeholders", Self.placeholders(a.text), Self.placeholders(b.text))
        }
        compare("number of notes", notes.count, other.notes.count)
        for (n, (a, b)) in zip(notes, other.notes).enumerated() {
            compare("note \(n + 1) when", a.when, b.when)
            compare("note \(n + 1) if", a.condition ?? "", b.condition ?? "")
            compare("note \(n + 1) once", a.once, b.once)
            compare("note \(n + 1) variants", a.variants, b.variants)
            compare("note \(n + 1) placeholders", Self.placeholders(a.say), Self.placeholders(b.say))
        }
        compare("number of questions", questions.count, other.questions.count)
        for (n, (a, b)) in zip(questions, other.questions).enumerated() {
            compare("question \(n + 1) answer", a.answer, b.answer)
            compare("question \(n + 1) variants", a.variants, b.variants)
            compare("question \(n + 1) number of choices", a.choices.count, b.choices.count)
            compare("question \(n + 1) placeholders", Self.placeholders(a.ask), Self.placeholders(b.ask))
        }
        return out
    }

    /// The `{name}` placeholders of a text, sorted: a translation must keep every one.
    static func placeholders(_ text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names.sorted()
    }
}
