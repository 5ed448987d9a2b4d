extension Phrase {
    /// The English texts of a block-buffered stream's recorded flush, and of a killed process's loss after its last one.
    static let englishFlushes: [Phrase: String] = [
        .evPrintFlushed: "flush() of its block-buffered {stream}: what it printed above leaves its buffer for the output here",
        .noteBufferedLostSinceFlush: "{name} was ended by {signal} while its stdout was block-buffered (a pipe or file, without PYTHONUNBUFFERED or python -u): what it printed after its last recorded flush() was still in its buffer and was lost, untraced as well. A full buffer also flushes itself, unseen, so how much was lost cannot be known: its {n} print row{s} after that flush may show text that never reached the output (the rows before it did reach it).",
    ]
}
