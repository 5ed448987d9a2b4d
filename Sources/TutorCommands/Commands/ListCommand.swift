import TutorCore
import TutorAnalysis
import TutorTerminal

/// `mp-tutor list`: the lessons by unit, in the curriculum's order, with the ones this learner finished marked.
struct ListCommand {
    let context: CommandContext
    let display: DisplayOptions

    func execute() throws -> Int32 {
        let catalog = try context.catalog()
        let painter = Painter(capabilities: context.capabilities(display))
        let (finished, problem) = ProgressStore(environment: context.environment).load()
        if let problem { Console.error("Warning: \(problem)\n") }
        var unit: String?
        for lesson in catalog.lessons {
            let name = catalog.unit(of: lesson)
            if name != unit {
                unit = name
                Console.out("\n" + painter.paint(name.isEmpty ? "Lessons" : name, .bold) + "\n")
            }
            let mark = finished[lesson.id] != nil ? painter.paint(painter.symbol("✓", ascii: "*"), .green) : " "
            let variants = lesson.variants.isEmpty ? "" : painter.paint("  variants: " + lesson.variants.map(\.id).joined(separator: ", "), .dim)
            Console.out(" \(mark) " + painter.paint(lesson.id.padded(toWidth: 28), .cyan) + lesson.summary + variants + "\n")
        }
        let missing = catalog.units.flatMap(\.ids).filter { id in !catalog.lessons.contains { $0.id == id } }
        if !missing.isEmpty {
            Console.out(painter.paint("\n\(missing.count) lessons of the curriculum are not written yet: \(missing.joined(separator: ", "))\n", .dim))
        }
        let done = catalog.lessons.filter { finished[$0.id] != nil }.count
        Console.out("\n\(done) of \(catalog.lessons.count) finished. Run one with 'mp-tutor lesson <id>' "
            + "('mp-tutor lesson' continues where you left off); replay its recorded run with 'mp-tutor replay <id>'.\n")
        return 0
    }
}
