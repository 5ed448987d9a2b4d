extension Phrase {
    /// The English texts of gaps 24A (issue 11): a spawn/forkserver child whose record ends inside its import of the
    /// program's file, before run().
    static let englishGaps24A: [Phrase: String] = [
        .lastBootImporting: "came up at {t} and recorded nothing since: it had begun importing the program's file {main} as __mp_main__, before run(), and had not reached run() (the file's top-level code runs again in this child: what blocks there blocks the child before its target)",
        .inImportOfMain: " (inside its import of the program's file {main} as __mp_main__, before run())",
        .noteExitOneInImport: ": an uncaught exception (or sys.exit(1)) before run() began: its record ends in its import of the program's file {main} as __mp_main__, which runs that file's top-level code again in this child",
        .evSelectorWait: "waits in {call} until one of {what} is ready",
        .evSelectorWaited: "{call} returned{waited}: {n} ready",
        .evSelectorWaitedNamed: "{call} returned{waited}: ready: {what}",
        .evSelectorGaveUp: "{call} gave up: timed out{waited}, none ready",
        .evSelectorReadyAtOnce: "{call} returned at once: ready: {what} (ready already when it was called: it did not wait)",
        .evSharedCopy: "{object} = sharedctypes.copy({original}) ({initial}): a copy of {original} in new shared memory, not {original} itself: a change to either does not show in the other; raw: no lock, reads and writes not traced",
        .evBarrierAction: " · action {action}(): the last to arrive at each round calls it before the others go on",
        .evBarrierLastAction: "arrives last at {object}: ran its action {action}() first, then released everyone",
    ]
}
