extension Phrase {
    /// The English texts of gaps 32C: a worker terminated by a failed `Pool()`'s own clean-up, a process renamed several
    /// times, and what each mark of the step view's lanes means.
    static let englishGaps32C: [Phrase: String] = [
        .notePoolCreateCleanup: " (not the program's terminate(): Pool() raised while starting its workers, and its own clean-up called terminate() on each worker it had already started, this one included)",
        .laneRenamedSeveral: "{name} (was {was}, then {then})",
        .helpLaneLine: "─ a lane's recorded life: from its first event to its last one, or, for a process's main lane, to the process's end when the record has it (a worker busy in a call that is not recorded, such as time.sleep, draws ─ until it ended); blank: before the lane's first event, after its end, or after its last event when its end is not recorded",
    ]
}
