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
struct DescribedRowFilter {
    /// Each group of kinds' fixed words in one language, for any needle: made once per writer and language
    /// (`RowAlphabetCache`), where making them for each find (and each poll of a find) cost more than the poll.
    struct Alphabets: Sendable {
        let submit, callback, callbackEnd, poolGet, poolWait, print: RowAlphabet
        let futureSubmit, futureStart, futureEnd, futureResult, futureWait, futureWaited: RowAlphabet
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
            callback = words([.evCallback], "error_callback", task)
            callbackEnd = words([.evCallbackEnd], task)
            poolGet = words([.evGetReturned, .evCallReturned], "get()", task, waited)
            poolWait = words([.evPoolWaitTask], "get()", task)
            print = words([.evNoNewline], "stderr print \"")
            futureSubmit = words([.evFutureSubmit, .evChunkItems], "submit?()s", digits)
            futureStart = words([.evFutureStart, .evChunkItems], start, "?()s", digits)
            futureEnd = words([.evFutureDone], done, arrow, digits)
            futureResult = words([.evFutureResult], digits)
            futureWait = words([.evFutureWait], "result()", digits)
            futureWaited = words([.evFutureWaited], "result()", digits, waited)
            pipeSend = words([.evPipeSend, .pipeEnd], "?")
            pipeRecv = words([.evPipeRecv, .pipeEnd], "?", waited)
            pipeWait = words([.evPipeWait, .pipeEnd], "?")
            eventCall = words([.evEventSet, .evEventClear])
            syncWait = words([.evWaitsFor])
            wake = words([.evPassesSet, .evWoke, .evWhySet, .evWhySetThenCleared, .evWhyNotified, .evWhyTimedOut], duration)
            notify = words([.evNotifyAll, .evNotify, .evNotifyNobody], "notify_all()", digits)
        }
    }

    private let describer: EventDescriber
    private let needle: NeedleMask
    /// For each group of kinds, the bytes of the needle in none of its fixed words (`NeedleMask` bits; 0: none).
    private let submit, callback, callbackEnd, poolGet, poolWait, print: UInt64
    private let futureSubmit, futureStart, futureEnd, futureResult, futureWait, futureWaited: UInt64
    private let pipeSend, pipeRecv, pipeWait, eventCall, syncWait, wake, notify: UInt64

    /// The filter of `needle` for `describer`'s rows, whose fixed words in the current language are `alphabets`.
    init(needle: NeedleMask, alphabets a: Alphabets, describer: EventDescriber) {
        self.describer = describer
        self.needle = needle
        func absent(_ alphabet: RowAlphabet) -> UInt64 { alphabet.absent(from: needle) }
        (submit, callback, callbackEnd) = (absent(a.submit), absent(a.callback), absent(a.callbackEnd))
        (poolGet, poolWait, print) = (absent(a.poolGet), absent(a.poolWait), absent(a.print))
        (futureSubmit, futureStart, futureEnd) = (absent(a.futureSubmit), absent(a.futureStart), absent(a.futureEnd))
        (futureResult, futureWait, futureWaited) = (absent(a.futureResult), absent(a.futureWait), absent(a.futureWaited))
        (pipeSend, pipeRecv, pipeWait) = (absent(a.pipeSend), absent(a.pipeRecv), absent(a.pipeWait))
        (eventCall, syncWait, wake, notify) = (absent(a.eventCall), absent(a.syncWait), absent(a.wake), absent(a.notify))
    }

    /// Whether event `index` (`e`)'s row certainly does not hold the needle (false: it may; put it in words).
    func rulesOut(_ index: Int, _ e: TraceEvent) -> Bool {
        switch e.known {
        case .poolSubmit?:
            guard submit != 0 else { return false }
            return lacks(submit, bits(e.method) | bits(e.function) | bits(e.args) | (CallArguments.isNotTuple(e.args) ? bits("*") : 0))
        case .poolCallback?:
            guard callback != 0 else { return false }
            return lacks(callback, bits(e.function))
        case .poolCallbackEnd?:
            return callbackEnd != 0 && e.ok != false
        case .poolGet?:
            guard poolGet != 0, e.ok != false else { return false }
            return lacks(poolGet, bits(describer.callWaitedFor(index)))
        case .poolWait?:
            // A pool's own wait for its end, an imap's next(), a timeout: words of their own.
            guard poolWait != 0, (e.job ?? 0) >= 0, e.timeoutSeconds == nil else { return false }
            let call = e.callText
            return call != "next()" && lacks(poolWait, bits(call))
        case .print?:
            // A line found at exit or cut short, or written into a subprocess's pipe or file, says so.
            guard print != 0, e.foundAfterNs == nil, e.foundAfterEnd != true, e.chars == nil,
                  describer.timeline.subprocessStreams.isEmpty || describer.timeline.subprocessStreams[e.pid] == nil
            else { return false }
            return lacks(print, bits(e.text))
        default:
            return futureOrConnection(index, e)
        }
    }
}

private extension DescribedRowFilter {
    func futureOrConnection(_ index: Int, _ e: TraceEvent) -> Bool {
        // a run with several executors names each work item's executor ("0 of ThreadPoolExecutor#1"): put in words
        // (a switch, not an array of kinds: that array was made again for each row)
        if describer.workItemOwners != nil {
            switch e.known {
            case .futureSubmit?, .futureStart?, .futureEnd?, .futureResult?, .futureWait?, .futureWaited?: return false
            default: break
            }
        }
        switch e.known {
        case .futureSubmit?:
            guard futureSubmit != 0 else { return false }
            return lacks(futureSubmit, bits(e.method) | bits(e.function) | bits(e.args))
        case .futureStart?:
            guard futureStart != 0 else { return false }
            return lacks(futureStart, bits(e.function) | bits(e.args))
        case .futureEnd?:
            guard futureEnd != 0, e.ok != false else { return false }
            return lacks(futureEnd, bits(e.result))
        case .futureResult?:
            return futureResult != 0 && e.unsent != true && e.ok != false
        case .futureWait?:
            guard futureWait != 0, e.timeoutSeconds == nil else { return false }
            return lacks(futureWait, bits(e.callText))
        case .futureWaited?:
            guard futureWaited != 0, e.ok != false else { return false }
            return lacks(futureWaited, bits(e.callText ?? describer.futureCallWaitedFor(index)))
        case .pipeSend?:
            // send_bytes() and a send() that took a millisecond or more say so.
            guard pipeSend != 0, e.callText == nil, e.size == nil, (e.tookNs ?? 0) < 1_000_000 else { return false }
            return pipeEnd(pipeSend, e)
        case .pipeRecv?:
            guard pipeRecv != 0, e.errorText == nil, e.callText == nil, e.size == nil else { return false }
            return pipeEnd(pipeRecv, e)
        case .pipeWait?:
            guard pipeWait != 0, e.callText == nil else { return false }
            return pipeEnd(pipeWait, e)
        case .eventSet?, .eventClear?:
            guard eventCall != 0 else { return false }
            return lacks(eventCall, bits(e.object))
        case .eventWait?, .conditionWait?:
            guard syncWait != 0, e.timeoutSeconds == nil else { return false }
            return lacks(syncWait, bits(e.object))
        case .eventWake?, .conditionWake?:
            guard wake != 0 else { return false }
            return lacks(wake, bits(e.object))
        case .conditionNotify?:
            guard notify != 0 else { return false }
            return lacks(notify, bits(e.object))
        default:
            return false
        }
    }

    /// A pipe's row: its item, its object and its end (a listener's or a client's end has words of its own).
    func pipeEnd(_ absent: UInt64, _ e: TraceEvent) -> Bool {
        let end = e.end
        return end != "listener" && end != "client" && lacks(absent, bits(e.item) | bits(e.object) | bits(end))
    }

    /// Whether a row lacking the needle's bytes `absent` in its fixed words lacks one of them in its values too.
    @inline(__always) func lacks(_ absent: UInt64, _ held: UInt64) -> Bool { NeedleMask.rulesOut(absent, held: held) }

    @inline(__always) func bits(_ value: String?) -> UInt64 { needle.bits(value) }
}
