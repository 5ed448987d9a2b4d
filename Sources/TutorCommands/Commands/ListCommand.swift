import TutorCore
import TutorAnalysis
import TutorTerminal

/// `mp-tutor list`: the lessons by unit, in the curriculum's order, with the ones this learner finished marked.
struct ListCommand {
    let context: CommandContext
    let display: DisplayOptions

    func execute() throws -> Int32 {
        // Only what the list prints is read: each lesson's headline, not its claims, notes and body.
        let catalog = LessonListing(lessons: try context.locator.project().lessons)
        let capabilities = context.capabilities(display)
        let painter = Painter(capabilities: capabilities)
        let (finished, problem) = ProgressStore(environment: context.environment).load()
        if let problem { Console.error(Phrase.warningPrefix.text(["message": problem]) + "\n") }
        var unit: String?
        for lesson in catalog.lessons {
            let name = catalog.unit(of: lesson)
            if name != unit {
                unit = name
                Console.out("\n" + painter.paint(name.isEmpty ? Phrase.lessonsHeading.text() : name, .bold) + "\n")
            }
            let mark = finished[lesson.id] != nil ? painter.paint(painter.symbol("✓", ascii: "*"), .green) : " "
            let variants = lesson.variants.isEmpty ? "" : painter.paint(Phrase.listVariants.text(["list": lesson.variants.joined(separator: Phrase.listComma.text())]), .dim)
            // The summary wraps under itself, so a long (or Chinese) summary keeps to the terminal's width.
            let lead = " \(mark) " + painter.paint(lesson.id.padded(toWidth: 28), .cyan)
            let lines = TextWrapper.wrap(lesson.summary + variants, width: max(60, capabilities.width), indent: String(repeating: " ", count: 31),
                                         firstIndent: lead)
            Console.out((lines.isEmpty ? lead : lines.joined(separator: "\n")) + "\n")
        }
        let width = max(60, capabilities.width)
        let missing = catalog.units.flatMap(\.ids).filter { id in !catalog.lessons.contains { $0.id == id } }
        if !missing.isEmpty {
            let text = Phrase.listNotWritten.text(["n": missing.count, "ids": missing.joined(separator: Phrase.listComma.text())])
            Console.out("\n" + painter.paint(TextWrapper.wrap(text, width: width).joined(separator: "\n"), .dim) + "\n")
        }
        let done = catalog.lessons.filter { finished[$0.id] != nil }.count
        let closing = Phrase.listFooter.text(["done": done, "total": catalog.lessons.count])
        Console.out("\n" + TextWrapper.wrap(closing, width: width).joined(separator: "\n") + "\n")
        // A broken lesson fails alone: the others are listed, each broken one is named with its file and line.
        for problem in catalog.broken.map(\.error) + [catalog.indexProblem].compactMap({ $0 }) {
            CommandLineTool.report(problem)
        }
        return catalog.broken.isEmpty && catalog.indexProblem == nil ? 0 : 65  // EX_DATAERR, as for any file mp-tutor cannot read
    }
}
