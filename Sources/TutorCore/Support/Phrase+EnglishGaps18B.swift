extension Phrase {
    /// The English texts of gaps 18B: a Pool task whose call raised before its function ran, a pool call that raised
    /// in its caller counted, a signal its child ignored.
    static let englishGaps18B: [Phrase: String] = [
        .evTaskNotEntered: " (the call itself raised it, before {func}'s first line ran: {func} never began)",
        .summaryPoolNotEntered: " ({n} of them raised in the call itself: their function never began)",
        .summaryPoolCallsRaised: "{n} {method}() call{s} that raised in the calling process, no task sent",
        .evSignalIgnored: " ({name} ignored {signal}: its handler was SIG_IGN when the signal was sent, so the signal did nothing to it)",
        .noteEOFHiddenUnpickled: " {holders}, given {other} pickled (with its Process object under spawn or forkserver, as an argument or an attribute of a Process subclass, or in a message), unpickled its own copy of it, and every one had ended by then without sending on it: nothing more could come.",
        .evPipeUnpickled: "gets its own copy of {object} {end}, unpickled here (it came with its Process object under spawn or forkserver, as an argument or an attribute of a Process subclass, or it was sent in a message): it stays open in this process until closed here or the process ends",
        .evSpawnTargetObject: " · target a {target} object (run() calls it: its class's __call__ runs)",
    ]
}
