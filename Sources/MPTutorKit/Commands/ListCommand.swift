/// `mp-tutor list`: the lessons by unit, in the curriculum's order.
struct ListCommand {
    let context: CommandContext
    let display: DisplayOptions

    func execute() throws -> Int32 {
        let catalog = try context.catalog()
        let painter = Painter(capabilities: context.capabilities(display))
        var unit: String?
        for lesson in catalog.lessons {
            if lesson.unit != unit {
                unit = lesson.unit
                Console.out("\n" + painter.paint(lesson.unit.isEmpty ? "Lessons" : lesson.unit, .bold) + "\n")
            }
            let variants = lesson.variants.isEmpty ? "" : painter.paint("  variants: " + lesson.variants.map(\.id).joined(separator: ", "), .dim)
            Console.out("  " + painter.paint(lesson.id.padded(toWidth: 26), .cyan) + lesson.summary + variants + "\n")
        }
        Console.out("\nRun one with 'mp-tutor lesson <id>'; replay its recorded run with 'mp-tutor replay <id>'.\n")
        return 0
    }
}
