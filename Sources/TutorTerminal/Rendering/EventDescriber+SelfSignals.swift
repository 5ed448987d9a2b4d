import TutorCore

extension EventDescriber {
    /// The row of `os.kill(os.getpid(), sig)`: the signal and what the handler the process had for it then does
    /// (round 9A: a parent's SIGINT to itself had no row, so its `except KeyboardInterrupt` came from nowhere).
    func selfSignal(_ e: TraceEvent) -> String {
        let number = e.int(EventField.signum) ?? -1
        let signal = e.string(EventField.signame) ?? "signal \(number)"
        let row = (e.string(EventField.call) == "signal.raise_signal()" ? Phrase.evSignalRaised : .evSignalSelf).text(["pid": e.pid, "signal": signal])
        switch e.string(EventField.handler) {
        case "keyboard_interrupt": return row + Phrase.evSignalSelfKeyboardInterrupt.text()
        case "ignored": return row + Phrase.evSignalSelfIgnored.text()
        case "default": return row + Phrase.evSignalSelfDefault.text()
        case "python":
            guard let function = e.string(EventField.handlerFunction) else { return row }
            return row + Phrase.evSignalSelfHandler.text(["function": function])
        default: return row     // installed outside Python: what it does is not known here
        }
    }
}

extension EventDescriber {
    /// The rows of a Python signal handler the program installed: it runs, then returns or raises (round 9A: a
    /// SIGALRM handler's TimeoutError read as "map() of task 0 raised TimeoutError", as if map() had a timeout).
    func signalHandlerRow(_ e: TraceEvent) -> String {
        let function = e.string(EventField.handlerFunction) ?? "?"
        let signal = e.string(EventField.signame) ?? "signal \(e.int(EventField.signum) ?? -1)"
        if e.is(.signalHandler) { return Phrase.evSignalHandlerRuns.text(["signal": signal, "function": function]) }
        if e.ok == false {
            return Phrase.evSignalHandlerRaised.text(["function": function, "error": e.string(EventField.error) ?? "?", "signal": signal])
        }
        return Phrase.evSignalHandlerReturned.text(["function": function])
    }
}

extension EventDescriber {
    /// The index of the event before `index` on the same thread of the same process, passing over the runs of signal
    /// handlers: a handler runs in the main thread in the middle of whatever it was doing, so the end of a wait that
    /// a handler interrupted still follows that wait (round 9A: "get() of task 0 raised TimeoutError" where the
    /// program called map(), once the SIGALRM handler's rows stood between the wait and its end). Looks back at most
    /// `window` events; nil when none is found there.
    func previousOnThread(_ index: Int, window: Int = .max) -> Int? {
        timeline.events.withUnsafeBufferPointer { Self.previousOnThread(index, in: $0, window: window) }
    }

    /// The same in `events` (the timeline's, read in place): a copy of each event stepped over cost more than the
    /// comparison, and the find's prefilter asks this of every `get()` of a long run without a describer to copy.
    static func previousOnThread(_ index: Int, in events: UnsafeBufferPointer<TraceEvent>, window: Int = .max) -> Int? {
        let pid = events[index].pid, thread = events[index].threadName
        let stop = index > window ? index - window : 0
        var i = index - 1, handlers = 0
        while i >= stop {
            // (the thread's name by its number: the names as strings were looked up twice per event stepped over)
            if events[i].pid == pid, events[i].threadName == thread {
                let kind = events[i].known
                if kind == .signalHandlerEnd {
                    handlers += 1
                } else if kind == .signalHandler {
                    handlers = max(0, handlers - 1)
                } else if handlers == 0 {
                    return i
                }
            }
            i -= 1
        }
        return nil
    }
}

extension EventDescriber {
    /// The program's signal.signal(sig, SIG_DFL or SIG_IGN) (gaps 19A): what that signal does in this process from then on.
    func signalSetRow(_ e: TraceEvent) -> String {
        let signal = e.string(EventField.signame) ?? "signal \(e.int(EventField.signum) ?? -1)"
        if e.string(EventField.disposition) == "ignored" { return Phrase.evSignalSetIgnored.text(["signal": signal]) }
        return Phrase.evSignalSetDefault.text(["signal": signal]) + (signal == "SIGINT" ? Phrase.evSignalSetDefaultInt.text() : "")
    }
}
