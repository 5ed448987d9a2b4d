import TutorCore

extension GenericRules {
    /// Why a process whose main code ended by an uncaught KeyboardInterrupt was ended by SIGINT: Python sends itself
    /// that SIGINT at exit (after the atexit handlers), so that its parent sees an interrupted process. The os.kill()
    /// that raised the KeyboardInterrupt was handled by Python's SIGINT handler and ended nothing; naming it as the
    /// signal that ended the process was false (round 14F, r14f_sigint_during_map). Nil when the record does not
    /// show such an end.
    func interruptedExitCause(child: Int32, at index: Int) -> (String, NotePremise)? {
        guard let end = StateQueries.interruptedMainEnd(pid: child, before: index, in: events) else { return nil }
        let premise = NotePremise.interruptedMainEnd(step: index, pid: child)
        // the SIGINT that raised the KeyboardInterrupt, where the record shows one that Python's handler took
        guard let sent = StateQueries.lastSignal(2, to: child, before: end, in: events),
              !sent.is(.processSignalSelf) || sent.string(EventField.handler) == "keyboard_interrupt" else {
            return (Phrase.noteSigintAtExit.text(), premise)
        }
        let by = sent.thread == "MainThread" || !sent.is(.processSignalSelf) ? sent.process : "\(sent.process) · \(sent.threadRole)"
        let call = sent.string(EventField.call) ?? StateQueries.osKill
        return (Phrase.noteSigintAtExitFrom.text(["by": by, "call": call, "at": Format.seconds(sent.t)]),
                .all([premise, .signalNumberSent(childPid: child, signum: 2, beforeStep: end + 1)]))
    }
}
