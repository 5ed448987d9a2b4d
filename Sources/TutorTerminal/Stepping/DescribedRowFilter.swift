import TutorCore
import TutorAnalysis

/// Which rows of the kinds `EventDescriber` puts in words (a long run of callbacks, `get()`s, prints, futures,
/// pipes, events or conditions) cannot hold a find's text, told without putting them in words: each wording of
/// these rows is catalog text with a few values filled in (an object, an item, a call, a function and its
/// arguments, a result, a print's text) and numbers or durations. When a byte of the lower-cased needle is in
/// none of the words a kind's row may hold outside its values, the row holds the needle only if a value holds that
/// byte. Only the wordings listed here are ruled out: a row that may take another (a call that raised, a timeout,
/// a size, a line cut short, a value beyond printable ASCII) is put in words.
///
/// `DescribedRowFilterTests` checks every event of every committed transcript in both languages: a row ruled out
/// for a byte never holds it.
struct DescribedRowFilter {
    private let describer: EventDescriber
    /// For each group of kinds, a byte of the needle in none of its fixed words; nil when each is in some.
    private let submit, callback, callbackEnd, poolGet, poolWait, print: UInt8?
    private let futureSubmit, futureStart, futureEnd, futureResult, futureWait, futureWaited: UInt8?
    private let pipeSend, pipeRecv, pipeWait, eventCall, syncWait, wake, notify: UInt8?

    /// The filter of `needle` (lower-cased UTF-8) in the current language, for `describer`'s rows.
    init(needle: [UInt8], describer: EventDescriber) {
        self.describer = describer
        let language = Language.current, painter = describer.painter
        func absent(_ phrases: [Phrase], _ texts: String...) -> UInt8? {
            var alphabet = RowAlphabet()
            for phrase in phrases { alphabet.add(phrase, in: language) }
            for text in texts { alphabet.add(text) }
            return alphabet.absent(from: needle)
        }
        // A number (`String(Int64)`), a task's name (`TaskNameText`), a duration (`Format.duration(ns:)`: finite).
        let digits = "0123456789-", task = "task .0123456789-", duration = "0123456789.- msµ"
        let waited = duration + RowAlphabet.literalText(.evAfter, in: language)
        let start = painter.symbol("▶", ascii: ">"), done = painter.symbol("✓", ascii: "v"), arrow = painter.symbol("→", ascii: "->")
        submit = absent([.evSubmit, .evChunks], "submit?() ", digits)
        callback = absent([.evCallback], "error_callback", task)
        callbackEnd = absent([.evCallbackEnd], task)
        poolGet = absent([.evGetReturned, .evCallReturned], "get()", task, waited)
        poolWait = absent([.evPoolWaitTask], "get()", task)
        print = absent([.evNoNewline], "stderr print \"")
        futureSubmit = absent([.evFutureSubmit, .evChunkItems], "submit?()s", digits)
        futureStart = absent([.evFutureStart, .evChunkItems], start, "?()s", digits)
        futureEnd = absent([.evFutureDone], done, arrow, digits)
        futureResult = absent([.evFutureResult], digits)
        futureWait = absent([.evFutureWait], "result()", digits)
        futureWaited = absent([.evFutureWaited], "result()", digits, waited)
        pipeSend = absent([.evPipeSend, .pipeEnd], "?")
        pipeRecv = absent([.evPipeRecv, .pipeEnd], "?", waited)
        pipeWait = absent([.evPipeWait, .pipeEnd], "?")
        eventCall = absent([.evEventSet, .evEventClear])
        syncWait = absent([.evWaitsFor])
        wake = absent([.evPassesSet, .evWoke, .evWhySet, .evWhySetThenCleared, .evWhyNotified, .evWhyTimedOut], duration)
        notify = absent([.evNotifyAll, .evNotify, .evNotifyNobody], "notify_all()", digits)
    }

    /// Whether event `index` (`e`)'s row certainly does not hold the needle (false: it may; put it in words).
    func rulesOut(_ index: Int, _ e: TraceEvent) -> Bool {
        switch e.known {
        case .poolSubmit?:
            guard let byte = submit else { return false }
            return lacks(byte, e.method) && lacks(byte, e.function) && lacks(byte, e.args)
        case .poolCallback?:
            guard let byte = callback else { return false }
            return lacks(byte, e.function)
        case .poolCallbackEnd?:
            return callbackEnd != nil && e.ok != false
        case .poolGet?:
            guard let byte = poolGet, e.ok != false else { return false }
            return lacks(byte, describer.callWaitedFor(index))
        case .poolWait?:
            // A pool's own wait for its end, an imap's next(), a timeout: words of their own.
            guard let byte = poolWait, (e.job ?? 0) >= 0, e.timeoutSeconds == nil else { return false }
            let call = e.callText
            return call != "next()" && lacks(byte, call)
        case .print?:
            // A line found at exit or cut short, or written into a subprocess's pipe or file, says so.
            guard let byte = print, e.foundAfterNs == nil, e.foundAfterEnd != true, e.chars == nil,
                  describer.timeline.subprocessStreams.isEmpty || describer.timeline.subprocessStreams[e.pid] == nil
            else { return false }
            return lacks(byte, e.text)
        default:
            return futureOrConnection(index, e)
        }
    }
}

private extension DescribedRowFilter {
    func futureOrConnection(_ index: Int, _ e: TraceEvent) -> Bool {
        // a run with several executors names each work item's executor ("0 of ThreadPoolExecutor#1"): put in words
        if describer.workItemOwners != nil, [.futureSubmit, .futureStart, .futureEnd, .futureResult, .futureWait, .futureWaited].contains(e.known) {
            return false
        }
        switch e.known {
        case .futureSubmit?:
            guard let byte = futureSubmit else { return false }
            return lacks(byte, e.method) && lacks(byte, e.function) && lacks(byte, e.args)
        case .futureStart?:
            guard let byte = futureStart else { return false }
            return lacks(byte, e.function) && lacks(byte, e.args)
        case .futureEnd?:
            guard let byte = futureEnd, e.ok != false else { return false }
            return lacks(byte, e.result)
        case .futureResult?:
            return futureResult != nil && e.unsent != true && e.ok != false
        case .futureWait?:
            guard let byte = futureWait, e.timeoutSeconds == nil else { return false }
            return lacks(byte, e.callText)
        case .futureWaited?:
            guard let byte = futureWaited, e.ok != false else { return false }
            return lacks(byte, e.callText ?? describer.futureCallWaitedFor(index))
        case .pipeSend?:
            // send_bytes() and a send() that took a millisecond or more say so.
            guard let byte = pipeSend, e.callText == nil, e.size == nil, (e.tookNs ?? 0) < 1_000_000 else { return false }
            return pipeEnd(byte, e)
        case .pipeRecv?:
            guard let byte = pipeRecv, e.errorText == nil, e.callText == nil, e.size == nil else { return false }
            return pipeEnd(byte, e)
        case .pipeWait?:
            guard let byte = pipeWait, e.callText == nil else { return false }
            return pipeEnd(byte, e)
        case .eventSet?, .eventClear?:
            guard let byte = eventCall else { return false }
            return lacks(byte, e.object)
        case .eventWait?, .conditionWait?:
            guard let byte = syncWait, e.timeoutSeconds == nil else { return false }
            return lacks(byte, e.object)
        case .eventWake?, .conditionWake?:
            guard let byte = wake else { return false }
            return lacks(byte, e.object)
        case .conditionNotify?:
            guard let byte = notify else { return false }
            return lacks(byte, e.object)
        default:
            return false
        }
    }

    /// A pipe's row: its item, its object and its end (a listener's or a client's end has words of its own).
    func pipeEnd(_ byte: UInt8, _ e: TraceEvent) -> Bool {
        let end = e.end
        return end != "listener" && end != "client" && lacks(byte, e.item) && lacks(byte, e.object) && lacks(byte, end)
    }

    @inline(__always) func lacks(_ byte: UInt8, _ value: String?) -> Bool { RowAlphabet.lacks(byte, value) }
}
