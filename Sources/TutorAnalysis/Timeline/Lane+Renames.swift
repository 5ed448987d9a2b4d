import TutorCore

extension Lane {
    /// The process's name for a view of the whole run: the last name the program gave it, with the name it started
    /// with ("job0 (was ForkProcess-2)"); the start name when it was never renamed (gaps 28B).
    /// Renamed several times, the names between follow ("job-c (was ForkProcess-2, then job-a → job-b)", gaps 32C).
    public var shownName: String {
        guard let last = renames.last, last.name != process else { return process }
        var between: [String] = []
        for rename in renames.dropLast() where rename.name != process && rename.name != last.name && between.last != rename.name {
            between.append(rename.name)
        }
        guard !between.isEmpty else { return Phrase.laneRenamed.text(["name": last.name, "was": process]) }
        return Phrase.laneRenamedSeveral.text(["name": last.name, "was": process, "then": Lane.chained(between)])
    }

    /// Names in the order they were given: "a → b → c".
    static func chained(_ names: [String]) -> String { names.joined(separator: " → ") }

    /// The process's name at `step`: the start name before the first rename, the name then in force after it, and at
    /// the rename's own step the new name with the one it replaced.
    public func processName(at step: Int) -> String {
        guard let index = renames.lastIndex(where: { $0.step <= step }) else { return process }
        let now = renames[index].name
        guard renames[index].step == step else { return now }
        let before = index == 0 ? process : renames[index - 1].name
        return before == now ? now : Phrase.laneRenamed.text(["name": now, "was": before])
    }

    /// `label` as the lane was named at `step`.
    public func label(at step: Int) -> String { label(naming: processName(at: step)) }
}
