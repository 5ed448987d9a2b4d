import TutorCore

extension EventDescriber {
    /// A threading.Timer's rows: its start (interval and function), its call, and a cancel() with what it found there
    /// (still waiting: the function is not called; fired; ended or cancelled already; or deciding as its time ran out).
    func timerRow(_ e: TraceEvent) -> String {
        let interval = e.fields[EventField.interval]?.doubleValue.map { Format.duration($0) } ?? "?"
        let run = e.string(EventField.run)
        // A method bound to a Process (gaps 15A): whose, "ForkProcess-2's terminate()", not "BaseProcess.terminate".
        var function = e.string(EventField.function) ?? "?"
        if let process = e.string(EventField.bound) {
            function = Phrase.evTimerBoundMethod.text(["process": process, "method": function.split(separator: ".").last.map(String.init) ?? function])
        }
        let values: [String: String] = ["name": e.name ?? "?", "func": function, "interval": interval,
                                        "run": run ?? "?"]
        switch e.known {
        // A subclass's own run() replaced Timer.run: it, not the interval, decides whether the function is called.
        case .threadTimer where run != nil: return Phrase.evTimerStartOwnRun.text(in: .current, filling: values)
        case .threadTimer: return Phrase.evTimerStart.text(in: .current, filling: values)
        case .threadTimerFire: return Phrase.evTimerFire.text(in: .current, filling: values)
        default:
            let phrase: Phrase = switch e.string(EventField.found) {
            case "waiting": .evTimerCancelWaiting
            case "due": .evTimerCancelDue
            case "fired": .evTimerCancelFired
            case "own_run": .evTimerCancelOwnRun
            default: .evTimerCancelDone
            }
            return phrase.text(in: .current, filling: values)
        }
    }
}
