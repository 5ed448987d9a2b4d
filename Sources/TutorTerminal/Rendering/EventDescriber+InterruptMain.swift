import TutorCore

extension EventDescriber {
    /// Gaps 36B: the program's `_thread.interrupt_main()`: no signal is sent; the signal is marked as arrived and the
    /// main thread runs its Python handler at its next check. With SIG_DFL or SIG_IGN it does nothing (Python 3.10+).
    func interruptMainRow(_ e: TraceEvent) -> String {
        let signal = e.string(EventField.signame) ?? "signal \(e.int(EventField.signum) ?? -1)"
        switch e.string(EventField.handler) {
        case "ignored": return Phrase.evInterruptMainNothing.text(["signal": signal, "how": "SIG_IGN"])
        case "default": return Phrase.evInterruptMainNothing.text(["signal": signal, "how": "SIG_DFL"])
        case "keyboard_interrupt": return Phrase.evInterruptMain.text(["signal": signal]) + Phrase.evSignalSelfKeyboardInterrupt.text()
        case "python":
            let row = Phrase.evInterruptMain.text(["signal": signal])
            guard let function = e.string(EventField.handlerFunction) else { return row }
            return row + Phrase.evSignalSelfHandler.text(["function": function])
        default: return Phrase.evInterruptMainUnknown.text(["signal": signal])
        }
    }
}
