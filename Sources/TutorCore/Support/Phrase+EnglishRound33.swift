extension Phrase {
    /// The English texts of round 33 (issue 11): a consumer starved on a queue whose every None went to another
    /// consumer (two consumers, one None); a join, the program's or at exit, on a child that went on running.
    static let englishRound33: [Phrase: String] = [
        .hangStarvedOneNoneTaken: " 1 None had been put on {label}, and another process got it: {each}. None was left for {who}: if None is the end signal, each consumer needs its own (one per consumer, put after the last item).",
        .hangStarvedNonesTaken: " {n} None{s} had been put on {label}, every one got by another process: {each}. None was left for {who}: if None is the end signal, each consumer needs its own (one per consumer, put after the last item).",
        .hangNoneTakenBy: "the one {putter} put at {put} was got by {taker} at {got}",
        .hangJoinedChildRunning: "{who} waits in join({child}) since {since}, and {child} is not in any recorded wait: it went on running, and recorded {n} event{s} after that join began (the last at {t}), none of them its end.",
        .hangJoinedAtExit: " The program did not join {child}: multiprocessing's exit function joins every child still running, so the program's end waits as long as {child} runs.",
        .hangJoinedAtExitNotDaemon: " The program did not join {child}: multiprocessing's exit function terminates the daemons still running, then joins every child still alive, and {child} was started with daemon=False, so the program's end waits as long as {child} runs. A child that loops needs to be told to stop (an Event it checks, a None on its queue), or to be a daemon if it may be cut off at exit.",
    ]
}
