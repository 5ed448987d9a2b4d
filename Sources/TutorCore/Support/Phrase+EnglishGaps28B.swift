extension Phrase {
    /// The English texts of gaps 28B (issue 11): a process renamed by the program, named as the program then named it.
    static let englishGaps28B: [Phrase: String] = [
        .laneRenamed: "{name} (was {was})",
    ]
}
