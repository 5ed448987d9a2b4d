extension Phrase {
    /// The English texts of gaps 28D: the lines a run wrote past print(), and the feeder's item count.
    static let englishGaps28D: [Phrase: String] = [
        .summaryUnrecordedLinesHeading: "Lines the run wrote to {stream} that no recorded print() accounts for (written past print(): a faulthandler dump, os.write, a C extension, a subprocess, or text written after recording stopped). They are shown as the stream had them, in its order; the record cannot say when they were written, nor by which process:",
        .summaryUnrecordedLinesLeftOut: "… and {n} more such lines, not kept",
        .summaryUnrecordedLinesLeftOutOne: "… and 1 more such line, not kept",
        .trUnrecordedLines: "\"{key}\" must be a list of at most {max} strings holding at most {bytes} bytes in all",
        .evFeederItemsOne: "1 item",
        .evFeederItemsMany: "{n} item{s}",
    ]
}
