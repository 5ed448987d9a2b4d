extension Phrase {
    /// English texts of a Condition's notify() that found nobody waiting: the notification is lost.
    static let englishConditionNotifies: [Phrase: String] = [
        .evNotifyNobody: "{call} on {object}: nobody is waiting, so it wakes nobody",
        .noteNotifyLost: "{call} on {object} found nobody waiting: the notification is lost. A Condition does not remember a notify(): a wait() that starts later sleeps until the next notify() (or its timeout). Check the shared state in a loop before waiting (while not ready: cond.wait(), or cond.wait_for(predicate)), so a late waiter sees what an earlier notify() announced.",
    ]
}
