extension Phrase {
    /// English texts of gaps 14A: what became of an imap result's unread results after its pool's end.
    static let englishGaps14A: [Phrase: String] = [
        .evImapNeverRead: "{object} ends: {n} result{s} of task {job} had come back and the program never read {n?it|them} (it read nothing more from the imap() result after the pool's end)",
        .evImapLeftCollected: "nothing refers to the imap() result of task {job} any more (it is collected)",
        .evImapLeftAtExit: "the process ends before the imap() result of task {job} was collected",
        .evImapLeftNothing: ": after {object}'s end the program read nothing more from it, so the {never} result{never?|s} that had come back {never?was|were} never read",
        .evImapLeftReadAll: ": after {object}'s end the program read {read} more result{read?|s} from it, and left none unread",
        .evImapLeftReadSome: ": after {object}'s end the program read {read} more result{read?|s} from it; {never} that had come back were never read",
        .summaryImapNeverRead: "; when the pool ended, {n} result{s} had come back, and the program never read {n?it|them}",
        .summaryImapReadAfter: "; when the pool ended, {n} result{s} had come back and {n?was|were} not read yet: the program read them after the pool's end ({read})",
        .summaryImapReadAfterSome: "; when the pool ended, {n} result{s} had come back and {n?was|were} not read yet: the program read {read} after the pool's end and never read {never}",
        .evSharedWriteTooLong: "{object}.{attr} = {value} raised {error}: {object} holds {length} byte{length?|s}, so nothing was written: it keeps what it held before",
        .evSharedWriteFailed: "{object}{member} = {value} raised {error}: nothing was written",
        .evSharedWriteSlicePart: "{object}{member} = {value} raised {error}: ctypes writes a slice item by item, so the items before the one that failed were written, the rest not",
        .noteCheckThenSet: "{a} and {b} both tested whether {key} was in {object} and found it missing ({a} at {testA}, {b} at {testB}), before either had stored it; so each set {object}[{key}] ({a} at {setA}, {b} at {setB}). A test and a set are two separate round trips to the manager's server, and nothing kept the other caller from testing in between: a check-then-set race, so both went on to store it. Hold one Manager Lock around the test and the set",
        .noteCheckThenSetMore: " (the record proves {n} such races in this run)",
        .noteCallbackHold: "The result of work item {work} is read {late} after {worker} finished it and began sending it back ({sent}): for {busy} of that, {executor}'s manager thread, the one thread that reads every result and sets its Future, was running done-callbacks ({callbacks}){more}. A callback added with add_done_callback() runs in that thread when its Future is set, and no other result is read until it returns: a slow callback delays every Future after it. Do slow work in another thread, or after result()",
        .noteCallbackHoldOne: "{func} of work item {work}",
        .noteCallbackHoldMore: "; the callbacks held up {n} more result{s} the same way in this run",
        .noteBrokenWhyOne: "{lost}. The executor cannot tell what that worker was doing, so it marks itself broken: its 1 pending Future fails with BrokenProcessPool and it stops its other workers. (A multiprocessing Pool does not notice: a result lost with a worker keeps get() or map() waiting forever.)",
        .helperLanesNamed: "{name} ×{n}",
        .summaryExecutorQueuedFailed: " (and work item {list}, made and queued by a submit() that then raised: the program never got its Future)",
    ]
}
