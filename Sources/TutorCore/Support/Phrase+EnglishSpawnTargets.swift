extension Phrase {
    /// The English texts of a start row's target (gaps 17B): what the child will run, and what a lambda or nested
    /// function read from outside itself when start() was called.
    static let englishSpawnTargets: [Phrase: String] = [
        .evSpawnTarget: " · target {target}",
        .evSpawnTargetClosure: ", reading {closure} from enclosing scopes at start() (a lambda or nested function looks such variables up when it runs, not when it was made)",
        .evSpawnTargetDefaults: ", with defaults {defaults} (fixed when it was made)",
    ]
}
