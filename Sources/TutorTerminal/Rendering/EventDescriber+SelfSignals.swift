import TutorCore

extension EventDescriber {
    /// The row of `os.kill(os.getpid(), sig)`: the signal and what the handler the process had for it then does
    /// (round 9A: a parent's SIGINT to itself had no row, so its `except KeyboardInterrupt` came from nowhere).
    func selfSignal(_ e: TraceEvent) -> String {
        let number = e.int(EventField.signum) ?? -1
        let signal = e.string(EventField.signame) ?? "signal \(number)"
        let row = Phrase.evSignalSelf.text(["pid": e.pid, "signal": signal])
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
