import Foundation

/// docs/glossary-zh.md's table, read for the tests: one Chinese term per thing and the variants no Chinese
/// text may use, with the rule for which words of a text are prose (and so speak for the glossary).
struct ChineseGlossary {
    /// One row of the table: the English term, the chosen Chinese term, the rejected variants.
    struct Row {
        let english: String
        let chinese: String
        let variants: [String]
    }

    /// The project's root folder (this file is Tests/TutorCoreTests/Support/ChineseGlossary.swift).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let rows: [Row]

    /// Reads the table of docs/glossary-zh.md.
    init() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("docs/glossary-zh.md"), encoding: .utf8)
        rows = text.split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 5, !cells[1].isEmpty, cells[1] != "English", !cells[1].hasPrefix("---") else { return nil }
            let variants = cells[3].split(separator: "`", omittingEmptySubsequences: false).enumerated()
                .filter { $0.offset % 2 == 1 }.map { String($0.element) }
            return Row(english: cells[1], chinese: cells[2], variants: variants)
        }
    }

    /// The words of a text the glossary speaks for: placeholders, quoted and back-quoted text, names (a token
    /// holding `_`, `.` or `(`, such as max_workers or p.exitcode) and `name=value` settings (`workers=2`)
    /// are left out, and so is each of `names` as a whole word (a lesson's process called `worker`).
    static func prose(_ text: String, leaving names: Set<String> = []) -> String {
        var out = text
        for pattern in [#"\{[^{}\n]*\}"#, "“[^”]*”", "`[^`]*`", "\"[^\"]*\"", #"[A-Za-z0-9_-]+=[A-Za-z0-9_.:/-]*"#,
                        #"[A-Za-z0-9]*[_.(][A-Za-z0-9_.()]*"#] {
            out = out.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        for name in names {
            out = out.replacingOccurrences(of: "\\b\(NSRegularExpression.escapedPattern(for: name))\\b", with: " ",
                                           options: .regularExpression)
        }
        return out
    }

    /// The variants found in the prose of `text`, each with the glossary's term for it.
    func variants(in text: String, leaving names: Set<String> = []) -> [String] {
        let words = Self.prose(text, leaving: names)
        return rows.flatMap { row in
            row.variants.filter { words.contains($0) }.map { "“\($0)” (the glossary says \(row.chinese) for \(row.english))" }
        }
    }
}
