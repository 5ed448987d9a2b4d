extension Phrase {
    /// The English texts of gaps 15A: items left in a queue at the end of a run.
    static let englishGaps15A: [Phrase: String] = [
        .noteQueueItemsLeft: "{object} still held {n} item{s} when the run ended, and no get() ever took {n?it|them}: {items}. Each was in the queue's pipe (the process that put it ran multiprocessing's exit cleanup, which waits until a Queue's feeder thread has written what put() handed it), and every process of the program has ended (multiprocessing's helpers aside), so nothing read them: they were lost with the queue.",
        .noteQueueItemLeftBy: "{item}, put by {who} at {t}",
        .noteQueueItemsLeftMore: "; and {n} more",
        .evWaitForHeldAfterTimeout: "wait_for() on {object} returned {result} after {waited}: its wait timed out with no notify, and wait_for() checks the predicate once more after its timeout: the predicate held by then",
        .evWaitForHeld: "wait_for() on {object} returned {result} after {waited}: the predicate held when a notify woke its wait",
        .evWaitForAtOnce: "wait_for() on {object} returned {result} without waiting: the predicate already held when it was called",
        .evWaitForFalse: "wait_for() on {object} returned {result} after {waited}: its timeout ({timeout} s) ran out and the predicate still did not hold",
        .evAttrSetBeforeInit: "name = {value}, set before Process.__init__() ran: __init__() then gives the process its default name, so {value} is lost (set it after super().__init__(), or pass name= to it)",
        .evAttrSetFailed: "{process}.{attr} = {value} raised {error}: nothing was changed",
        .evAttrSet: "{process}.{attr} = {value}",
        .evTimerBoundMethod: "{process}'s {method}()",
        .evPrepNoMain: "the data prepared for {name}'s start names no main file: __main__ has no __file__ now (Python removes it once the main code has ended), so {name} will not run the program's file, and nothing the file defines will exist in it",
        .noteMainFileGone: "{child} could not load its target: its parent {parent} prepared its start at {t} with no main file to run, because __main__.__file__ was gone (Python removes it once the main code has ended{ended}). So {child} never ran the program's file, and its __main__ has no {attribute}: unpickling the target failed. Start every process before the main code ends: shut an executor down, or join the threads that start processes, at the end of the main code.",
        .noteMainFileGoneEnded: ", and {parent}'s main code had ended: threading._shutdown() was waiting from {t}",
        .noteProxyCopyStore: "{who} read {place} through a Manager proxy and got a copy ({value}); its next step stores an item into that copy ({place}[…] = …): the change stays in the copy, and the Manager's object does not change (assign the changed value back to {place}, or store a nested proxy such as manager.dict() there).",
        .noteProxyCopyDelete: "{who} read {place} through a Manager proxy and got a copy ({value}); its next step deletes an item of that copy (del {place}[…]): the change stays in the copy, and the Manager's object does not change (assign the changed value back to {place}, or store a nested proxy such as manager.dict() there).",
        .evRefusesNoAuthkeyClient: "refuses a client: {error}: the client was {who}'s {object}, opened with no authkey, so it did no handshake: the \"digest\" this Listener read in answer to its challenge was that client's first send(), {item} (at {t})",
        .noteSimpleQueueItemsLeft: "{object} still held {n} item{s} when the run ended, and no get() ever took {n?it|them}: {items}. Each was in the queue's pipe (a SimpleQueue's put() writes into it before it returns), and every process of the program has ended (multiprocessing's helpers aside), so nothing read them: they were lost with the queue.",
    ]
}
