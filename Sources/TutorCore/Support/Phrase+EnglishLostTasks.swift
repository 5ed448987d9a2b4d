extension Phrase {
    /// The English texts of a Pool's tasks lost to workers that could not unpickle them.
    static let englishLostTasks: [Phrase: String] = [
        .noteTaskLostAhead: "{duration} while a worker was free and the only tasks submitted earlier that had not started were lost (taken off {pool}'s task queue by workers that could not unpickle them: they never start)",
    ]
}
