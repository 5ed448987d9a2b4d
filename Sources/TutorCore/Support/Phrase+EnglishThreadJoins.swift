extension Phrase {
    /// English texts for the program's own `Thread.join()` of a threading.Thread: the wait, its end, a timed join that
    /// gave up while the thread still runs.
    static let englishThreadJoins: [Phrase: String] = [
        .evThreadJoinWait: "waits in join() of thread {name}{timeout}",
        .evThreadJoined: "join() of thread {name} returned{waited}: the thread has ended",
        .evThreadJoinGaveUp: "join(timeout={timeout}) of thread {name} gave up{waited}: the thread is still alive (join() returns None either way; only is_alive() tells)",
        .waitThreadJoin: "thread {name} to end",
    ]
}
