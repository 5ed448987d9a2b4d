extension Phrase {
    /// The English texts of round 22M (the library reference's least-used corners): a poll() that was True at an end
    /// of file; a Barrier's reset() with nobody waiting, and after an abort(); a process started with a context's method other than the default.
    static let englishRound22M: [Phrase: String] = [
        .evPollAtEOF: "end of file, not data: every copy of {object} {other} had been closed, which also makes poll() return True (the next recv() here, at {at}, raised EOFError)",
        .evBarrierResetNobody: "reset() on {object}: no party was waiting there, so no wait() got BrokenBarrierError from it; the next wait() begins a new round",
        .evBarrierResetAfterAbort: "reset() on {object}: {object} had been broken since abort() by {who} at {at}; reset() makes it usable again, and the wait()s after it begin a new round. No party was waiting there, so no wait() got BrokenBarrierError from this reset()",
        .evSpawnContextMethod: " · started with {method}: its context's start method, not the default {default}",
    ]
}
