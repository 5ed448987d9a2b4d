import TutorCore
import TutorAnalysis

/// `mp-tutor progress [--reset]`.
struct ProgressCommand {
    let context: CommandContext
    let reset: Bool

    func execute() throws -> Int32 {
        let store = ProgressStore(environment: context.environment)
        if reset {
            try store.reset()
            Console.out(Phrase.progressForgotten.text(["path": store.path]) + "\n")
            return 0
        }
        let (finished, problem) = store.load()
        if let problem { Console.error(Phrase.warningPrefix.text(["message": problem]) + "\n") }
        // Ids are all it prints: the headlines give them, in curriculum order, without parsing every lesson.
        let catalog = LessonListing(lessons: try context.locator.project().lessons)
        let done = catalog.lessons.filter { finished[$0.id] != nil }
        Console.out(Phrase.progressFinished.text(["done": done.count, "total": catalog.lessons.count]) + "\n")
        for lesson in done { Console.out("  ✓ \(lesson.id)  (\(finished[lesson.id]!))\n") }
        if let next = catalog.lessons.first(where: { finished[$0.id] == nil }) {
            Console.out(Phrase.progressNext.text(["id": next.id]) + "\n")
        }
        return 0
    }
}
