import TutorCore
import TutorAnalysis

/// Which rows of the commonest kinds cannot hold a find's text, told without putting them in words: a row that
/// `FrequentRowWriter` writes is its kind's fixed words (catalog text, marks, a task's name, digits) and a few
/// values (a function, its arguments, a result, an item, an object). When a byte of the lower-cased needle is in
/// none of the kind's fixed words, the row holds the needle only if a value holds that byte in some case; a value
/// with a byte beyond ASCII (it may lower-case to anything) or a control character (a newline is shown as ↵) is
/// never ruled out, nor is a row the writer leaves to the describer, nor one with a wait's duration in it. Rows of
/// other kinds are `DescribedRowFilter`'s.
///
/// On a million Pool.map events, `/exit` rules out the task rows by a look at their function, arguments and
/// result: a find sent before the index is ready no longer puts each in words (`SteppingFindWrittenRowsTests`).
struct RowPrefilter {
    private let events: [TraceEvent]
    private let rlockLevels: [Int: Int64]
    /// For each kind, a byte of the needle in none of its fixed words; nil when each is in some.
    private let taskStart, taskEnd, poolResult, lockWait, lockCall, queueCall: UInt8?
    /// The same for rows the describer puts in words (callbacks, gets, prints, futures, pipes, events, conditions).
    private let described: DescribedRowFilter

    /// The filter of `needle` (lower-cased UTF-8) for `writer`'s rows in the current language; nil when the
    /// writer writes none in it.
    init?(needle: [UInt8], writer: FrequentRowWriter) {
        guard !needle.isEmpty, let templates = Language.current == .zh ? writer.chinese : writer.english else { return nil }
        events = writer.describer.timeline.events
        rlockLevels = writer.describer.timeline.rlockLevels
        let digits = Array("0123456789-".utf8)
        let task = Array("task .".utf8) + digits
        func absent(_ fixed: [UInt8]...) -> UInt8? {
            var alphabet = RowAlphabet()
            for piece in fixed { alphabet.add(piece) }
            return alphabet.absent(from: needle)
        }
        taskStart = absent(writer.start, task, Array(" ()s".utf8), templates.chunkItems.fixedBytes)
        taskEnd = absent(writer.done, task, writer.arrow)
        poolResult = absent(task, templates.result.fixedBytes)
        lockWait = absent(templates.waitsFor.fixedBytes)
        lockCall = absent(templates.acquire.fixedBytes, templates.release.fixedBytes, Array(" ".utf8), writer.timesMark, digits)
        queueCall = absent(templates.put.fixedBytes, templates.get.fixedBytes)
        described = DescribedRowFilter(needle: needle, describer: writer.describer)
    }

    /// Whether event `index`'s row certainly does not hold the needle (false: it may; put it in words).
    func rulesOut(_ index: Int) -> Bool {
        let e = events[index]
        switch e.known {
        case .taskStart?:
            guard let byte = taskStart, e.function != EventDescriber.reraisingHelper else { return false }
            return Self.lacks(byte, e.function) && Self.lacks(byte, e.args)
        case .taskEnd?:
            guard let byte = taskEnd, e.ok != false else { return false }
            return Self.lacks(byte, e.result)
        case .poolResult?:
            return poolResult != nil && e.ok != false
        case .lockWait?:
            guard let byte = lockWait else { return false }
            return Self.lacks(byte, e.object)
        case .lockAcquire?, .lockRelease?:
            guard let byte = lockCall, rlockLevels.isEmpty || rlockLevels[index] == nil else { return false }
            return (e.waitedNs ?? 0) < 1_000_000 && Self.lacks(byte, e.object)
        case .queuePut?, .queueGet?:
            guard let byte = queueCall else { return false }
            return (e.waitedNs ?? 0) < 1_000_000 && Self.lacks(byte, e.item ?? "?") && Self.lacks(byte, e.object)
        default:
            return described.rulesOut(index, e)
        }
    }

    private static func lacks(_ byte: UInt8, _ value: String?) -> Bool { RowAlphabet.lacks(byte, value) }
}
