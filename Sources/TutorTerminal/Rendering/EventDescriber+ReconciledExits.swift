import TutorCore
import TutorAnalysis

/// The row of a process's exit that its parent saw end otherwise (`ExitReconciler`).
extension EventDescriber {
    /// One process, one exit: the row says what really ended it, as its parent saw.
    func exitingRow(_ e: TraceEvent) -> String {
        // Reconciled events keep the code it began to exit with in `began_exitcode` and the real end in `exitcode`.
        let began = e.int(EventField.beganExitCode)
        let code = (began ?? e.exitCode).map(String.init) ?? "?"
        let reaped = firstReapOf[e.pid].flatMap { timeline.events[$0].exitCode }
        guard let real = began == nil ? reaped : e.exitCode else {
            return Phrase.evExitingUnseen.text(["code": code])
        }
        return real < 0 ? Phrase.evExitingSignal.text(["code": code, "signal": Format.signalName(Int32(-real)), "real": real])
            : Phrase.evExitingOther.text(["code": code, "real": real])
    }
}
