extension Phrase {
    /// The English texts of round 26 (issue 11): a lost-update note on an Array item (or a Value's field other than
    /// `.value`) gives the program's own form as its example (`a[0] += 1`, `with a.get_lock():`), not `v.value += 1`; is_set() polls that missed no change
    /// of an Event that stood to their end came before it.
    static let englishRound26: [Phrase: String] = [
        .noteLostUpdateOf: "{a} and {b} both read {old} from {object}; {a} wrote {theirs}, then {b} wrote {mine} without reading again. If {b}'s value came from the {old} it read (as in `{expr} += 1`), {a}'s update was lost: each access took the lock on its own, and a read-modify-write needs one hold around both (`with {owner}.get_lock():`).",
        .noteLostUpdateChainOf: " If every write to {object} computed its value from its writer's read just before it (as `{expr} += 1` does), the last value written, {last}, builds on {kept} of the {writes} writes: {n} lost update{s}.",
        .evPolledAllBeforeChange: " (each of them came before that change took effect: a poll after it would have returned {other}, a change the record would show as a line of its own)",
    ]
}
