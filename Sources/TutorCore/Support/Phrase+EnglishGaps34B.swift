extension Phrase {
    /// English texts of gaps 34B: the reason a Pool worker could not pickle a task's value or exception; a done-callback
    /// of the program's own Future that add_done_callback() ran at once.
    static let englishGaps34B: [Phrase: String] = [
        .evResultUnpicklableReason: "; the worker's pickle raised {reason}",
        .evBareFutureCallbackRanAtOnce: ", at once, inside add_done_callback() and in this thread: {object} was already done (set at {t}, by {thread}), and a callback added to a done Future runs right away in the thread that adds it",
    ]
}
