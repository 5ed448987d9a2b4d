import TutorCore
import TutorAnalysis

/// Which rows of the kinds `EventDescriber` puts in words (a long run of callbacks, `get()`s, prints, futures,
/// pipes, events or conditions) cannot hold a find's text, told without putting them in words: each wording of
/// these rows is catalog text with a few values filled in (an object, an item, a call, a function and its
/// arguments, a result, a print's text) and numbers or durations. When a byte of the lower-cased needle is in
/// none of the words a kind's row may hold outside its values, the row holds the needle only if a value holds that
/// byte; each such byte of the needle is checked (`NeedleMask`). Only the wordings listed here are ruled out: a row that may take another (a call that raised, a timeout,
/// a size, a line cut short, a value beyond printable ASCII) is put in words.
///
/// `DescribedRowFilterTests` checks every event of every committed transcript in both languages: a row ruled out
/// for a byte never holds it.
/// A class: a find asks it about each of a million rows, and as a struct (an `EventDescriber` inside) it was copied
/// at each question.
final class DescribedRowFilter: Sendable {
    /// Each group of kinds' fixed words in one language, for any needle: made once per writer and language
    /// (`RowAlphabetCache`), where making them for each find (and each poll of a find) cost more than the poll.
    struct Alphabets: Sendable {
        let submit, callback, callbackEnd, poolGet, poolWait, print: RowAlphabet
        let futureSubmit, futureStart, futureEnd, futureResult, futureWait, futureWaited: RowAlphabet
        /// A wait whose call is `map()`: worded as its result iterator's next() (round 25F).
        let mapWait, mapWaited: RowAlphabet
        let pipeSend, pipeRecv, pipeWait, eventCall, syncWait, wake, notify: RowAlphabet

        init(language: Language, painter: Painter) {
            func words(_ phrases: [Phrase], _ texts: String...) -> RowAlphabet {
                var alphabet = RowAlphabet()
                for phrase in phrases { alphabet.add(phrase, in: language) }
                for text in texts { alphabet.add(text) }
                return alphabet
            }
            // A number (`String(Int64)`), a task's name (`TaskNameText`), a duration (`Format.duration(ns:)`: finite).
            let digits = "0123456789-", task = "task .0123456789-", duration = "0123456789.- msµ"
            let waited = duration + RowAlphabet.literalText(.evAfter, in: language)
            let start = painter.symbol("▶", ascii: ">"), done = painter.symbol("✓", ascii: "v"), arrow = painter.symbol("→", ascii: "->")
            submit = words([.evSubmit, .evChunks], "submit?() ", digits)
            callback = words([.evCallback, .evCallbackWhich, .evErrorCallback], "error_callback", task)
            callbackEnd = words([.evCallbackEnd, .evErrorCallbackEnd], task)     // (round 22H: an error_callback's end says so)
            poolGet = words([.evGetReturned, .evCallReturned], "get()", task, waited)
            poolWait = words([.evPoolWaitTask], "get()", task)
            print = words([.evNoNewline], "stderr print \"")
            futureSubmit = words([.evFutureSubmit, .evChunkItems], "submit?()s", digits)
            futureStart = words([.evFutureStart, .evChunkItems], start, "?()s", digits)
            futureEnd = words([.evFutureDone], done, arrow, digits)
            futureResult = words([.evFutureResult], digits)
            futureWait = words([.evFutureWait], "result()", digits)
            futureWaited = words([.evFutureWaited], "result()", digits, waited)
            mapWait = words([.evMapIteratorWait], digits)
            mapWaited = words([.evMapIteratorWaited], digits, waited)
            pipeSend = words([.evPipeSend, .pipeEnd], "?")
            pipeRecv = words([.evPipeRecv, .pipeEnd], "?", waited)
            pipeWait = words([.evPipeWait, .pipeEnd], "?")
            eventCall = words([.evEventSet, .evEventClear])
            syncWait = words([.evWaitsFor])
            wake = words([.evPassesSet, .evWoke, .evWhySet, .evWhySetThenCleared, .evWhyNotified, .evWhyTimedOut], duration)
            notify = words([.evNotifyAll, .evNotify, .evNotifyNobody], "notify_all()", digits)
        }
    }

    /// The describer's events, read in place (a call on a describer kept here copied the whole describer first).
    private let events: [TraceEvent]
    /// The run's subprocesses' streams (a print written into one says so).
    private let subprocessStreams: [Int32: [String: String]]
    /// Whether the run has several executors (`EventDescriber.workItemOwners`), asked once.
    private let severalExecutors: Bool
    /// Whether the run has Futures the program made itself (gaps 33A: their waits are worded as Future#N's), asked once.
    private let bareFutures: Bool
    /// The Event set()s whose rows say they woke no one (the describer's `setsWokeNoOne`, found once).
    private let setsWokeNoOne: [Int: [Int]]
    /// The Condition waits inside a `wait_for()`, whose rows say so (the describer's `waitsInsideWaitFor`).
    private let waitsInsideWaitFor: [Int: StateQueries.WaitInsideWaitFor]
    private let keys = Keys()
    /// The needle's bytes in "*", which a row shows before args that are not a tuple.
    private let star: UInt64
    /// For each group of kinds, the bytes of the needle in none of its fixed words (`NeedleMask` bits; 0: none).
    private let submit, callback, callbackEnd, poolGet, poolWait, print: UInt64
    private let futureSubmit, futureStart, futureEnd, futureResult, futureWait, futureWaited: UInt64
    private let mapWait, mapWaited: UInt64
    private let pipeSend, pipeRecv, pipeWait, eventCall, syncWait, wake, notify: UInt64

    /// The filter of `needle` for `describer`'s rows, whose fixed words in the current language are `alphabets`.
    init(needle: NeedleMask, alphabets a: Alphabets, describer: EventDescriber) {
        severalExecutors = describer.workItemOwners != nil
        bareFutures = !describer.timeline.indices(of: .futureCreate).isEmpty
        setsWokeNoOne = describer.setsWokeNoOne
        waitsInsideWaitFor = describer.waitsInsideWaitFor
        star = needle.bits("*")
        events = describer.timeline.events
        subprocessStreams = describer.timeline.subprocessStreams
        func absent(_ alphabet: RowAlphabet) -> UInt64 { alphabet.absent(from: needle) }
        (submit, callback, callbackEnd) = (absent(a.submit), absent(a.callback), absent(a.callbackEnd))
        (poolGet, poolWait, print) = (absent(a.poolGet), absent(a.poolWait), absent(a.print))
        (futureSubmit, futureStart, futureEnd) = (absent(a.futureSubmit), absent(a.futureStart), absent(a.futureEnd))
        (futureResult, futureWait, futureWaited) = (absent(a.futureResult), absent(a.futureWait), absent(a.futureWaited))
        (mapWait, mapWaited) = (absent(a.mapWait), absent(a.mapWaited))
        (pipeSend, pipeRecv, pipeWait) = (absent(a.pipeSend), absent(a.pipeRecv), absent(a.pipeWait))
        (eventCall, syncWait, wake, notify) = (absent(a.eventCall), absent(a.syncWait), absent(a.wake), absent(a.notify))
    }

    /// Whether event `index` (at `e`, read in place)'s row certainly does not hold the needle (false: it may; put it
    /// in words). `table` is the needle's (`NeedleMask.table`).
    func rulesOut(_ index: Int, _ e: UnsafePointer<TraceEvent>, table: UnsafePointer<UInt64>) -> Bool {
        switch e.pointee.known {
        case .poolSubmit?:
            guard submit != 0 else { return false }
            // args that are not a tuple are shown after a `*` (CallArguments.unpacked): the star is in the row too
            return lacks(submit, e.utf8Bits(of: keys.method, keys.function, keys.args, table: table) | starOf(e))
        case .poolCallback?:
            guard callback != 0 else { return false }
            return lacks(callback, e.utf8Bits(of: keys.function, table: table))
        case .poolCallbackEnd?:
            return callbackEnd != 0 && e.shape(of: keys.ok) != .falseValue
        case .poolGet?:
            guard poolGet != 0, e.shape(of: keys.ok) != .falseValue else { return false }
            return lacks(poolGet, events.withUnsafeBufferPointer { callBits(EventDescriber.poolWaitBefore(index, in: $0), in: $0, table) })
        case .poolWait?:
            // A pool's own wait for its end, an imap's next(), a timeout: words of their own.
            guard poolWait != 0, (e.intField(keys.job) ?? 0) >= 0, !e.shape(of: keys.timeout).isNumber,
                  !e.field(keys.call, is: "next()") else { return false }
            return lacks(poolWait, e.utf8Bits(of: keys.call, table: table))
        case .print?:
            // A line found at exit or cut short, or written into a subprocess's pipe or file, says so.
            guard print != 0, e.intField(keys.foundAfterNs) == nil, e.shape(of: keys.foundAfterEnd) != .trueValue,
                  e.intField(keys.chars) == nil,
                  subprocessStreams.isEmpty || subprocessStreams[e.pointee.pid] == nil
            else { return false }
            return lacks(print, e.utf8Bits(of: keys.text, table: table))
        default:
            return futureOrConnection(index, e, table)
        }
    }
    /// The star's bits when the event's args are not a tuple (the row shows `f(*5)`); 0 otherwise, and when the
    /// needle has no `*` (no copy of args then).
    func starOf(_ e: UnsafePointer<TraceEvent>) -> UInt64 {
        star != 0 && CallArguments.isNotTuple(e.pointee.args) ? star : 0
    }
}

private extension DescribedRowFilter {
    /// The fields the filter reads, numbered once per filter.
    struct Keys {
        let method = EventName(EventField.method), function = EventName(EventField.function), args = EventName(EventField.args)
        let ok = EventName(EventField.ok), job = EventName(EventField.job), timeout = EventName(EventField.timeout)
        let call = EventName(EventField.call), text = EventName(EventField.text), chars = EventName(EventField.chars)
        let foundAfterNs = EventName(EventField.foundAfterNs), foundAfterEnd = EventName(EventField.foundAfterEnd)
        let result = EventName(EventField.result), unsent = EventName(EventField.unsent), error = EventName(EventField.error)
        let size = EventName(EventField.size), tookNs = EventName(EventField.tookNs), item = EventName(EventField.item)
        let end = EventName(EventField.end)
    }

    func futureOrConnection(_ index: Int, _ e: UnsafePointer<TraceEvent>, _ table: UnsafePointer<UInt64>) -> Bool {
        // a run with several executors names each work item's executor ("0 of ThreadPoolExecutor#1"): put in words
        // (a switch, not an array of kinds: that array was made again for each row)
        if severalExecutors || bareFutures {
            switch e.pointee.known {
            case .futureSubmit?, .futureStart?, .futureEnd?, .futureResult?, .futureWait?, .futureWaited?: return false
            default: break
            }
        }
        switch e.pointee.known {
        case .futureSubmit?:
            guard futureSubmit != 0 else { return false }
            return lacks(futureSubmit, e.utf8Bits(of: keys.method, keys.function, keys.args, table: table))
        case .futureStart?:
            guard futureStart != 0 else { return false }
            return lacks(futureStart, e.utf8Bits(of: keys.function, keys.args, table: table))
        case .futureEnd?:
            guard futureEnd != 0, e.shape(of: keys.ok) != .falseValue else { return false }
            return lacks(futureEnd, e.utf8Bits(of: keys.result, table: table))
        case .futureResult?:
            return futureResult != 0 && e.shape(of: keys.unsent) != .trueValue && e.shape(of: keys.ok) != .falseValue
        case .futureWait?:
            guard !e.shape(of: keys.timeout).isNumber else { return false }
            // map()'s wait is worded as its iterator's next(), with no call of its own in the row (round 25F)
            if e.field(keys.call, is: "map()") { return mapWait != 0 && lacks(mapWait, 0) }
            guard futureWait != 0 else { return false }
            return lacks(futureWait, e.utf8Bits(of: keys.call, table: table))
        case .futureWaited?:
            guard e.shape(of: keys.ok) != .falseValue else { return false }
            return events.withUnsafeBufferPointer { all in
                // The row's call: its own, else the one its thread's future.wait named.
                let source = e.shape(of: keys.call) == .string ? e
                    : EventDescriber.futureWaitBefore(index, in: all).map { all.baseAddress.unsafelyUnwrapped + $0 }
                // map()'s is worded as its iterator's next(), with no call of its own in the row (round 25F)
                if source?.field(keys.call, is: "map()") == true { return mapWaited != 0 && lacks(mapWaited, 0) }
                return futureWaited != 0 && lacks(futureWaited, source?.utf8Bits(of: keys.call, table: table) ?? 0)
            }
        case .pipeSend?:
            // send_bytes() and a send() that took a millisecond or more say so.
            guard pipeSend != 0, e.shape(of: keys.call) != .string, e.intField(keys.size) == nil,
                  (e.intField(keys.tookNs) ?? 0) < 1_000_000 else { return false }
            return pipeEnd(pipeSend, e, table)
        case .pipeRecv?:
            guard pipeRecv != 0, e.shape(of: keys.error) != .string, e.shape(of: keys.call) != .string,
                  e.intField(keys.size) == nil else { return false }
            return pipeEnd(pipeRecv, e, table)
        case .pipeWait?:
            guard pipeWait != 0, e.shape(of: keys.call) != .string else { return false }
            return pipeEnd(pipeWait, e, table)
        case .eventSet?, .eventClear?:
            // a set() that woke no one names the waits it came too late for (gaps 17A): other events' values
            guard eventCall != 0, setsWokeNoOne[index] == nil else { return false }
            return lacks(eventCall, e.pointee.objectName.utf8Bits(table: table))
        case .eventWait?, .conditionWait?:
            guard syncWait != 0, !e.shape(of: keys.timeout).isNumber, waitsInsideWaitFor[index] == nil else { return false }
            return lacks(syncWait, e.pointee.objectName.utf8Bits(table: table))
        case .eventWake?, .conditionWake?:
            guard wake != 0 else { return false }
            return lacks(wake, e.pointee.objectName.utf8Bits(table: table))
        case .conditionNotify?:
            guard notify != 0 else { return false }
            return lacks(notify, e.pointee.objectName.utf8Bits(table: table))
        default:
            return false
        }
    }

    /// A pipe's row: its item, its object and its end (a listener's or a client's end has words of its own).
    func pipeEnd(_ absent: UInt64, _ e: UnsafePointer<TraceEvent>, _ table: UnsafePointer<UInt64>) -> Bool {
        !e.field(keys.end, is: "listener") && !e.field(keys.end, is: "client")
            && lacks(absent, e.utf8Bits(of: keys.item, keys.end, table: table) | e.pointee.objectName.utf8Bits(table: table))
    }

    /// The needle's bytes in the call the wait at `wait` of `events` named (none: no such wait, or no call).
    func callBits(_ wait: Int?, in events: UnsafeBufferPointer<TraceEvent>, _ table: UnsafePointer<UInt64>) -> UInt64 {
        guard let wait else { return 0 }
        return (events.baseAddress.unsafelyUnwrapped + wait).utf8Bits(of: keys.call, table: table)
    }

    /// Whether a row lacking the needle's bytes `absent` in its fixed words lacks one of them in its values too.
    @inline(__always) func lacks(_ absent: UInt64, _ held: UInt64) -> Bool { NeedleMask.rulesOut(absent, held: held) }

}
