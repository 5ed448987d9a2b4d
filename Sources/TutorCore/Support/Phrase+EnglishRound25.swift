extension Phrase {
    /// The English texts of round 25 (issue 11): a ThreadPool's initializer runs in a worker thread, whose module
    /// globals are the process's (one copy for every thread); a Listener/Client connection's side in a wait list;
    /// a connection.wait() on one object.
    static let englishRound25: [Phrase: String] = [
        .evPoolInitThread: "{mark} initializer {call}: runs once in this worker thread, before it takes a task (a thread of this process: the module globals it sets are the process's, one copy shared by every thread, not one per worker as in a process Pool)",
        .evPoolInitDoneThread: "initializer {func} returned{took}: this worker thread now takes tasks",
        .evPoolInitRaisedThread: "{mark} initializer {func} raised {error}: this worker thread ends without taking a task",
        .waitConnectionSide: "{object} {side}",
        .evConnectionWaitOne: "waits in connection.wait() until {what} is ready",
    ]
}
