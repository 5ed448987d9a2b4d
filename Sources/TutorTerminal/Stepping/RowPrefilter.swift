import TutorCore
import TutorAnalysis

/// Which rows of the commonest kinds cannot hold a find's text, told without putting them in words: a row that
/// `FrequentRowWriter` writes is its kind's fixed words (catalog text, marks, a task's name, digits) and a few
/// values (a function, its arguments, a result, an item, an object). When a byte of the lower-cased needle is in
/// none of the kind's fixed words, the row holds the needle only if a value holds that byte in some case (each such
/// byte is checked: `NeedleMask`); a value
/// with a byte beyond ASCII (it may lower-case to anything) or a control character (a newline is shown as ↵) is
/// never ruled out, nor is a row the writer leaves to the describer, nor one with a wait's duration in it. Rows of
/// other kinds are `DescribedRowFilter`'s.
///
/// On a million Pool.map events, `/exit` rules out the task rows by a look at their function, arguments and
/// result: a find sent before the index is ready no longer puts each in words (`SteppingFindWrittenRowsTests`).
/// A class: a find asks it about each of a million rows, and a struct of arrays was copied (and its references
/// counted) at each question.
final class RowPrefilter: Sendable {
    /// Each kind's fixed words in one language, for any needle (made once per writer and language: `RowAlphabetCache`).
    struct Alphabets: Sendable {
        let taskStart, taskEnd, poolResult, lockWait, lockCall, queueCall: RowAlphabet
        let described: DescribedRowFilter.Alphabets

        init(writer: FrequentRowWriter, templates: FrequentRowWriter.Templates, language: Language) {
            let digits = Array("0123456789-".utf8)
            let task = Array("task .".utf8) + digits
            taskStart = RowAlphabet(writer.start, task, Array(" ()s".utf8), templates.chunkItems.fixedBytes)
            taskEnd = RowAlphabet(writer.done, task, writer.arrow)
            poolResult = RowAlphabet(task, templates.result.fixedBytes)
            lockWait = RowAlphabet(templates.waitsFor.fixedBytes)
            lockCall = RowAlphabet(templates.acquire.fixedBytes, templates.release.fixedBytes, Array(" ".utf8), writer.timesMark, digits)
            queueCall = RowAlphabet(templates.put.fixedBytes, templates.get.fixedBytes)
            described = DescribedRowFilter.Alphabets(language: language, painter: writer.describer.painter)
        }
    }

    private let events: [TraceEvent]
    private let rlockLevels: [Int: Int64]
    /// A Lock's releases by another process than its acquirer's: rows with more words (gaps 19B).
    private let releasesByOthers: [Int: StateQueries.ReleaseByOther]
    /// The run has a logging QueueListener's thread: a None put may be its sentinel, in the describer's words (gaps 29A).
    private let loggingListener: Bool
    private let needle: NeedleMask
    /// For each kind, the bytes of the needle in none of its fixed words (`NeedleMask` bits; 0: none).
    private let taskStart, taskEnd, poolResult, lockWait, lockCall, queueCall: UInt64
    /// The needle's bytes in "?", a queue row's item when it has none.
    private let noItem: UInt64
    /// The same for rows the describer puts in words (callbacks, gets, prints, futures, pipes, events, conditions).
    private let described: DescribedRowFilter
    private let keys = Keys()

    /// The filter of `needle` (lower-cased UTF-8) for `writer`'s rows in the current language; nil when the
    /// writer writes none in it.
    init?(needle bytes: [UInt8], writer: FrequentRowWriter) {
        let language = Language.current
        guard !bytes.isEmpty, let alphabets = writer.alphabets(in: language) else { return nil }
        events = writer.describer.timeline.events
        rlockLevels = writer.describer.timeline.rlockLevels
        releasesByOthers = writer.describer.releasesByOthers
        loggingListener = writer.describer.timeline.lanes.contains(where: \.isLoggingListener)
        let needle = NeedleMask(bytes)
        self.needle = needle
        func absent(_ alphabet: RowAlphabet) -> UInt64 { alphabet.absent(from: needle) }
        (taskStart, taskEnd, poolResult) = (absent(alphabets.taskStart), absent(alphabets.taskEnd), absent(alphabets.poolResult))
        (lockWait, lockCall, queueCall) = (absent(alphabets.lockWait), absent(alphabets.lockCall), absent(alphabets.queueCall))
        noItem = needle.bits("?")
        described = DescribedRowFilter(needle: needle, alphabets: alphabets.described, describer: writer.describer)
    }

    /// Whether event `index`'s row certainly does not hold the needle (false: it may; put it in words).
    func rulesOut(_ index: Int) -> Bool {
        events.withUnsafeBufferPointer { rulesOut(index, $0.baseAddress.unsafelyUnwrapped + index) }
    }

    /// The first event from `start` up to `end` that is not ruled out (`end` when every one is): a find asks this
    /// of a run of rows at a time, each read where it lies.
    func firstKept(from start: Int, to end: Int) -> Int {
        events.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress.unsafelyUnwrapped
            var index = start
            while index < end, rulesOut(index, base + index) { index += 1 }
            return index
        }
    }

    /// The last event before `end`, down to `start`, that is not ruled out (`start - 1` when every one is).
    func lastKept(before end: Int, downTo start: Int) -> Int {
        events.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress.unsafelyUnwrapped
            var index = end - 1
            while index >= start, rulesOut(index, base + index) { index -= 1 }
            return index
        }
    }
}

private extension RowPrefilter {
    /// The fields the filter reads, numbered once per filter.
    struct Keys {
        let function = EventName(EventField.function), args = EventName(EventField.args)
        let result = EventName(EventField.result), ok = EventName(EventField.ok)
        let waitedNs = EventName(EventField.waitedNs), item = EventName(EventField.item)
        let unpickleError = EventName(EventField.unpickleError)
    }

    /// The event at `e` (event `index`), read in place: a copy of each of a million events cost more than the answer.
    func rulesOut(_ index: Int, _ e: UnsafePointer<TraceEvent>) -> Bool {
        let table = UnsafePointer(needle.table)
        switch e.pointee.known {
        case .taskStart?:
            guard taskStart != 0 else { return false }
            // args that are not a tuple are shown after a `*` (CallArguments.unpacked): the star is in the row too
            return lacks(taskStart, e.utf8Bits(of: keys.function, keys.args, table: table) | described.starOf(e))
                && !e.field(keys.function, is: EventDescriber.reraisingHelper)
        case .taskEnd?:
            guard taskEnd != 0, e.shape(of: keys.ok) != .falseValue else { return false }
            return lacks(taskEnd, e.utf8Bits(of: keys.result, table: table))
        case .poolResult?:
            return poolResult != 0 && e.shape(of: keys.ok) != .falseValue
        case .lockWait?:
            guard lockWait != 0 else { return false }
            return lacks(lockWait, e.pointee.objectName.utf8Bits(table: table))
        case .lockAcquire?, .lockRelease?:
            guard lockCall != 0, rlockLevels.isEmpty || rlockLevels[index] == nil,
                  releasesByOthers.isEmpty || releasesByOthers[index] == nil else { return false }
            return (e.intField(keys.waitedNs) ?? 0) < 1_000_000 && lacks(lockCall, e.pointee.objectName.utf8Bits(table: table))
        case .queuePut?, .queueGet?:
            // a get whose item could not be unpickled (round 25X) has a row of its own words
            guard queueCall != 0, e.shape(of: keys.unpickleError) == .absent,
                  !(loggingListener && e.pointee.known == .queuePut) else { return false }
            let item = e.shape(of: keys.item) == .string ? e.utf8Bits(of: keys.item, table: table) : noItem
            return (e.intField(keys.waitedNs) ?? 0) < 1_000_000 && lacks(queueCall, item | e.pointee.objectName.utf8Bits(table: table))
        default:
            return described.rulesOut(index, e, table: table)
        }
    }

    /// Whether a row lacking the needle's bytes `absent` in its fixed words lacks one of them in its values too.
    @inline(__always) func lacks(_ absent: UInt64, _ held: UInt64) -> Bool { NeedleMask.rulesOut(absent, held: held) }
}
