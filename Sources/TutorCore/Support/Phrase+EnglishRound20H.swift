extension Phrase {
    /// The English texts of round 20H (programs that fail, hang or strain, again): a semaphore unit given by a process
    /// that never acquired it.
    static let englishRound20H: [Phrase: String] = [
        .noteSemaphoreForeignRelease: "; it got in through {releaser}'s release() at {at}, though {releaser} had never acquired {lock}, while {holders} had not released it: a Semaphore counts any release() as one more free unit, whoever calls it, so {holders} and {who} were inside at the same time",
        .evPipeWaitSend: "begins send() on {object} {end} of a message larger than the pipe's buffer holds: send() returns only once the other end has read most of it",
        .hangNoWakerPipeSend: "{who} {what} since {t}, a message larger than the pipe's buffer holds; no other process of the program is left free to read from it: {detail}.",
    ]
}
