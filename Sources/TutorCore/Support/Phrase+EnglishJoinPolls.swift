extension Phrase {
    /// English texts of a polling loop of timed joins folded into one row (the poll that returned keeps its own rows).
    static let englishJoinPolls: [Phrase: String] = [
        .evJoinPolls: "{n} timed joins join({name}, timeout={timeout}) gave up, one after another over {span}: at each the child had not ended",
        .evThreadJoinPolls: "{n} timed joins join(timeout={timeout}) of thread {name} gave up, one after another over {span}: at each the thread was still alive (join() returns None either way; only is_alive() tells)",
    ]
}
