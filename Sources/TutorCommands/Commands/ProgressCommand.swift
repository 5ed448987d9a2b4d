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
            Console.out("progress forgotten (\(store.path))\n")
            return 0
        }
        let (finished, problem) = store.load()
        if let problem { Console.error("Warning: \(problem)\n") }
        let catalog = try context.catalog()
        let done = catalog.lessons.filter { finished[$0.id] != nil }
        Console.out("\(done.count) of \(catalog.lessons.count) lessons finished\n")
        for lesson in done { Console.out("  ✓ \(lesson.id)  (\(finished[lesson.id]!))\n") }
        if let next = catalog.lessons.first(where: { finished[$0.id] == nil }) {
            Console.out("next: mp-tutor lesson \(next.id)\n")
        }
        return 0
    }
}
