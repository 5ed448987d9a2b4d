public extension Phrase {
    /// The text in the current language with `{name}` placeholders filled from `values`.
    func text(_ values: KeyValuePairs<String, any CustomStringConvertible> = [:]) -> String {
        text(in: Language.current, values)
    }

    /// The text in `language` with `{name}` placeholders filled from `values`.
    ///
    /// One pass over the template: a value that itself contains `{...}` (a program's output) is never filled again.
    func text(in language: Language, _ values: KeyValuePairs<String, any CustomStringConvertible> = [:]) -> String {
        // The values are looked up where the template names them (a few pairs: a scan costs less than a
        // dictionary, and this runs for every row and state a long run shows); the last pair of a name wins.
        func value(_ name: String) -> String? {
            var found: String?
            for index in values.indices where values[index].key == name { found = values[index].value.description }
            if found == nil, name == "s", let n = value("n").flatMap(PluralChoice.count) { return n == 1 ? "" : "s" }
            if found == nil, let choice = PluralChoice(name), let n = value(choice.key).flatMap(PluralChoice.count) { return choice.pick(n) }
            return found
        }
        return parsed(in: language).fill(value)
    }

    /// The text in `language` with `{name}` placeholders filled from `lookup` (values already text).
    func text(in language: Language, filling lookup: [String: String]) -> String {
        parsed(in: language).fill { name in
            if name == "s", lookup["s"] == nil, let n = lookup["n"].flatMap(PluralChoice.count) { return n == 1 ? "" : "s" }
            if lookup[name] == nil, let choice = PluralChoice(name), let n = lookup[choice.key].flatMap(PluralChoice.count) { return choice.pick(n) }
            return lookup[name]
        }
    }

    /// The text in `language` split at its placeholders; the key's name if the catalog lacks it.
    private func parsed(in language: Language) -> PhraseTemplate { PhraseTemplate.of(self, in: language) }

    /// The unfilled text in `language`; the key's name if the catalog lacks it (PhraseTests fails then).
    func template(in language: Language) -> String {
        let table = language == .zh ? Self.chinese : Self.english
        return table[self] ?? rawValue
    }
}
