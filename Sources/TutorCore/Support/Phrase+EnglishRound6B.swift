extension Phrase {
    /// The English texts added by the sixth truth review, part B: programs nobody here wrote.
    static let englishRound6B: [Phrase: String] = [
        .evExitAsked: "{code}: it asked for {asked}, and an exit status keeps only the low 8 bits",
        .evExitAskedParen: " (it asked for {asked}, and an exit status keeps only the low 8 bits)",
        .evRLockAgain: "acquired {object} again{times}{waited}: its holder now holds it {n} levels deep",
        .evRLockReleaseLevel: "released one level of {object}{times}: still held ({n} more release() frees it)",
        .evQueueWaitPartial: "waits to get from {object}: part of an item is in the pipe, and the rest is still to come (the putter's feeder thread is writing it)",
        .evQueueWaitPartialEnded: "waits to get from {object}: part of an item is in the pipe, but every process that put on it, {putters}, had ended: the rest of the item will never come",
        .hangPartialItem: "{who} waits in get() on {queue} for the rest of an item: part of it was in the pipe, but every process that put on {queue} had ended ({putters}) before its feeder thread had written the whole item, so the rest never comes. A process ended while it puts on a queue (terminate(), kill(), os._exit()) can leave the queue corrupted, as the documentation warns for terminate(): the get()'s timeout does not help, it covers only the wait for an item to begin.",
        .hangPartialPutter: "{name}: exitcode {code}",
        .evClientRefused: "Client() was refused by the listener: {error} (the two sides' authkeys differ)",
    ]
}
