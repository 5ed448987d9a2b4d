import TutorCore
import TutorAnalysis

/// What `present` shows that does not depend on the run: the lesson's title, its text cut into pages at
/// its `## ` sections, and its questions, in the lesson's language.
public struct PresentDeck: Sendable {
    public var title: String
    /// The lesson text, one markdown section per `## ` heading.
    var sections: [String]
    public var questions: [QuestionReveal]
    public var words: ClassroomWords
    public var capabilities: TerminalCapabilities

    public init(lesson: Lesson, questions: [QuestionReveal], capabilities: TerminalCapabilities) {
        title = TextSanitizer.neutralize(lesson.title, keepColors: false)
        sections = Self.sections(of: lesson.body)
        self.questions = questions
        words = .forLesson(lesson)
        self.capabilities = capabilities
    }

    /// The column width of the text on a terminal `width` columns wide: narrower than the screen, so
    /// the text stands in the middle with a margin, and never wider than a comfortable line.
    public static func textWidth(_ width: Int) -> Int { max(20, min(width - 6, 88)) }

    /// The text pages for a screen of `width` × `rows` text rows: each section starts a page, and a section
    /// longer than a page continues on the next.
    func pages(width: Int, rows: Int) -> [[String]] {
        var caps = capabilities
        caps.width = Self.textWidth(width)
        let renderer = MarkdownRenderer(capabilities: caps)
        var pages: [[String]] = []
        for section in sections {
            var lines = renderer.render(MarkdownDocument(parsing: section)).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            while lines.last?.isEmpty == true { lines.removeLast() }
            var start = 0
            while start < lines.count {
                pages.append(Array(lines[start..<min(lines.count, start + max(1, rows))]))
                start += max(1, rows)
            }
        }
        return pages.isEmpty ? [[]] : pages
    }

    /// `text` split into pages of `rows` lines, at blank lines where possible.
    static func paginate(_ text: String, rows: Int) -> [[String]] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var pages: [[String]] = [], page: [String] = []
        for line in lines {
            if page.isEmpty, line.isEmpty { continue }
            page.append(line)
            if page.count >= max(1, rows) { pages.append(page); page = [] }
        }
        if page.contains(where: { !$0.isEmpty }) { pages.append(page) }
        return pages.isEmpty ? [[]] : pages
    }
}

private extension PresentDeck {
    /// The body split before every `## ` heading outside fenced code.
    static func sections(of body: String) -> [String] {
        var sections: [[Substring]] = [[]]
        var inFence = false
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") || line.hasPrefix("~~~") { inFence.toggle() }
            if !inFence, line.hasPrefix("## "), sections[sections.count - 1].contains(where: { !$0.allSatisfy(\.isWhitespace) }) {
                sections.append([])
            }
            sections[sections.count - 1].append(line)
        }
        return sections.map { $0.joined(separator: "\n") }.filter { !$0.allSatisfy(\.isWhitespace) }
    }
}
