extension Phrase {
    /// The English texts of gaps 17B: a start row's target (what the child will run, and what a lambda or nested
    /// function read from outside itself when start() was called); a ShareableList write at a position not an int.
    static let englishGaps17B: [Phrase: String] = [
        .evSpawnTarget: " · target {target}",
        .evSpawnTargetClosure: ", reading {closure} from enclosing scopes at start() (a lambda or nested function looks such variables up when it runs, not when it was made)",
        .evSpawnTargetDefaults: ", with defaults {defaults} (fixed when it was made)",
        .noteCheckThenSetGetNone: "{a} and {b} both read {object}.get({key}, None) and got None ({a} at {testA}, {b} at {testB}), before either had stored it; so each set {object}[{key}] ({a} at {setA}, {b} at {setB}). A get() and a set are two separate round trips to the manager's server, and nothing kept the other caller from reading in between: a check-then-set race, so both went on to store it. Hold one Manager Lock around the get() and the set",
        .evShareableListWritePosition: "{object}{member} = {value} raised {error}: a ShareableList is written one item at a time, at an int position; it takes no slice nor any other kind of index, so nothing was written",
    ]
}
