/// The words of mp-tutor's `run.stopped` / `run.continued` events (gaps 27B), shared by the rows and the state panel.
public enum RunStopWords {
    /// The signal as the learner knows it: Ctrl-Z for SIGTSTP.
    /// One sent with kill() by a process (`kill -TSTP` from another terminal) is named with its sender, not as Ctrl-Z.
    public static func signal(_ e: TraceEvent) -> String {
        signal(named: e.string(EventField.signame) ?? "?", sender: e.int(EventField.senderPid) ?? 0)
    }

    /// The same, from the signal's name as recorded (worded when read, in the language of the moment).
    public static func signal(named name: String, sender: Int64 = 0) -> String {
        if sender > 0 { return Phrase.runStopSignalSent.text(["signal": name, "pid": sender]) }
        guard name == "SIGTSTP" else { return name }
        return Language.current == .zh ? "Ctrl-Z（SIGTSTP）" : "Ctrl-Z (SIGTSTP)"
    }

    /// A stop's row, or its continue's (the step view shows every event; the timeline leaves the continue out).
    public static func row(_ e: TraceEvent) -> String {
        let duration = Format.duration(ns: e.int(EventField.durationNs) ?? 0)
        if e.is(.runContinued) {
            return Phrase.evRunContinued.text(["duration": duration, "signal": signal(e)])
        }
        // written when it happened (gaps 29D), with no continue after it: mp-tutor ended while the run was stopped
        if e.int(EventField.durationNs) == nil { return Phrase.evRunStoppedOpen.text(["signal": signal(e)]) }
        if e.string(EventField.signame) == "SIGTSTP", (e.int(EventField.senderPid) ?? 0) == 0 { return Phrase.evRunStoppedByCtrlZ.text(["duration": duration]) }
        return Phrase.evRunStopped.text(["duration": duration, "signal": signal(e)])
    }
}
