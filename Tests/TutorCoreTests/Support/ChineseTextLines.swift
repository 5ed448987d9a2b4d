import Foundation

/// The lines of a project file that a learner reads in Chinese, numbered as in the file, for the glossary
/// test: what is code in the file (a check, a fenced program, a Swift declaration) is left out.
struct ChineseTextLines {
    /// One line's learner-facing text, with its 1-based line number.
    struct Line {
        let number: Int
        let text: String
    }

    let lines: [Line]
    /// Names the file gives objects (a lesson's `name == worker`): words of the program, not prose.
    let names: Set<String>

    /// The front-matter keys whose values a learner reads (docs/lesson-format.md, "Both languages"). `seeds`
    /// is left out: it cites the articles' own headings, and must be the same in both languages.
    static let learnerKeys: Set<String> = ["title", "summary", "help", "say", "ask", "choices", "unit"]

    /// A Chinese lesson (`lessons/<id>/zh/<id>.md`) or the Chinese index: the learner-facing values of the
    /// front matter and the markdown text outside fenced code.
    init(lesson text: String) {
        var out: [Line] = []
        var names: Set<String> = []
        var inFrontMatter = false, inFence = false
        for (index, line) in Self.split(text).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if index == 0, trimmed == "---" { inFrontMatter = true; continue }
            if inFrontMatter {
                if trimmed == "---" { inFrontMatter = false; continue }
                guard let (key, value) = Self.keyValue(trimmed) else { continue }
                if Self.learnerKeys.contains(key) {
                    // a list of choices is quoted item by item; the quotes are YAML's, the items prose
                    let text = key == "choices" ? value.replacingOccurrences(of: "\"", with: " ") : Self.unquoted(value)
                    out.append(Line(number: index + 1, text: text))
                } else if ["check", "when", "answer"].contains(key) {
                    names.formUnion(Self.objectNames(in: value))
                }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle(); continue }
            if !inFence { out.append(Line(number: index + 1, text: line)) }
        }
        lines = out
        self.names = names
    }

    /// A Swift file of Chinese help texts: the lines inside its `"""` strings.
    init(helpSource text: String) {
        var out: [Line] = []
        var inString = false
        for (index, line) in Self.split(text).enumerated() {
            let quotes = line.components(separatedBy: "\"\"\"").count - 1
            if inString, quotes == 0 { out.append(Line(number: index + 1, text: line)) }
            if quotes % 2 == 1 { inString.toggle() }
        }
        lines = out
        names = []
    }

    /// A Swift file with Chinese words among English ones (`Phrase+EventKinds.swift`): its string literals
    /// that hold a Chinese character.
    init(swiftLiterals text: String) {
        var out: [Line] = []
        for (index, line) in Self.split(text).enumerated() where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
            for literal in Self.matches(of: #""([^"\\]|\\.)*""#, in: line)
            where literal.range(of: #"\p{Han}"#, options: .regularExpression) != nil {
                out.append(Line(number: index + 1, text: String(literal.dropFirst().dropLast())))
            }
        }
        lines = out
        names = []
    }
}

private extension ChineseTextLines {
    static func split(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
    }

    /// `key: value` or `- key: value` of the front matter.
    static func keyValue(_ line: String) -> (String, String)? {
        let body = line.hasPrefix("- ") ? String(line.dropFirst(2)) : line
        guard let colon = body.firstIndex(of: ":") else { return nil }
        let key = String(body[..<colon])
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0 == "_" }) else { return nil }
        return (key, body[body.index(after: colon)...].trimmingCharacters(in: .whitespaces))
    }

    /// A front-matter value without the quotes around it (they are YAML's, not the text's).
    static func unquoted(_ value: String) -> String {
        value.count >= 2 && value.hasPrefix("\"") && value.hasSuffix("\"") ? String(value.dropFirst().dropLast()) : value
    }

    /// The objects a check names: `name == worker`, `process ~ "handler-"`, `parent == ticker`.
    static func objectNames(in check: String) -> [String] {
        matches(of: #"\b(name|process|parent)\s*(==|!=|~)\s*"?[A-Za-z][A-Za-z0-9_-]*"#, in: check).compactMap { match in
            matches(of: #"[A-Za-z][A-Za-z0-9_-]*$"#, in: match).first
        }
    }

    static func matches(of pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range, in: text).map { String(text[$0]) }
        }
    }
}
