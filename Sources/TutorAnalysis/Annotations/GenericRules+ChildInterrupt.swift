import TutorCore

extension GenericRules {
    /// A process's run() ended by a KeyboardInterrupt that Python's SIGINT handler raised in its main thread, or raised
    /// another exception while handling one (`except KeyboardInterrupt: sys.exit(130)`) (gaps 34A): the row went from the
    /// os.kill() (or from nothing, at a Ctrl-C) to "run() raised SystemExit" with no why. Said at the `process.run.end`,
    /// with the SIGINT the record shows: the program's own signal to it, the Ctrl-C mp-tutor passed on to the whole run,
    /// or, when the record shows none, what could have set it off (fix 35: a SIGINT from outside, _thread.interrupt_main()).
    func childInterrupts() -> [Note] {
        var notes: [Note] = []
        let run = timeline.trailer?.run
        for end in timeline.indices(of: .processRunEnd) where notes.count < Self.perRule {
            guard let found = StateQueries.childInterrupt(at: end, in: events, run: run) else { continue }
            let e = events[end]
            let how = found.handled ? Phrase.noteChildInterruptHandled.text(["error": e.string(EventField.raised) ?? "?"])
                : Phrase.noteChildInterruptUncaught.text()
            var by = "", call = "", at = ""
            let phrase: Phrase
            switch found.sender {
            case let .recorded(step):
                let sent = events[step]
                phrase = sent.is(.processInterruptMain) ? .noteChildInterruptMainCall : .noteChildInterruptSent     // gaps 36B
                by = sent.thread == "MainThread" ? sent.process : "\(sent.process) · \(sent.threadRole)"
                call = sent.string(EventField.call) ?? StateQueries.osKill
                at = Format.seconds(sent.t)
            case let .ctrlC(atNs):
                phrase = .noteChildInterruptCtrlC
                at = Format.seconds(atNs)
            case .unknown:
                phrase = .noteChildInterruptUnseen     // fix 35: no SIGINT claimed (_thread.interrupt_main() sends none)
            }
            let text = phrase.text(["child": e.process, "end": how, "by": by, "call": call, "at": at])
            let premise = NotePremise.childInterrupt(step: end, sender: found.sender)
            if let n = note(end, .childInterrupt, text, premise: premise) { notes.append(n) }
        }
        return notes
    }
}
