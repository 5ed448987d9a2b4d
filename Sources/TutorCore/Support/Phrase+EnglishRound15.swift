extension Phrase {
    /// The English texts of round 15: a bound method whose pickling failed for every chunk of its task; a join(timeout) on a consumer of an emptied queue.
    static let englishRound15: [Phrase: String] = [
        .noteBoundMethodUnsentPool: "{call} was given a bound method, {func}: a process Pool pickles each task to send it to a worker (under fork too: only the workers were forked, the tasks reach them through a pipe), and pickling the method pickles its instance, a {class}, with everything it holds. Here that pickling failed for every chunk of {task} ({message}): none reached a worker, nothing ran, and {call} raises that exception in {who}. An attribute of the {class} that cannot be pickled (an open file, a lock, a connection) fails every task this way: leave it out when the {class} is pickled (__getstate__), or give the pool a plain function.",
        .noteJoinGaveUpQueueEmpty: " {queue} was empty then: all {n} item{s} put on it had been got ({takers}).",
        .noteJoinGaveUpQueueTaker: "{who} got {n}",
    ]
}
