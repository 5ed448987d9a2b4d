import TutorCore

extension WaitLedger {
    /// How a wait still open at the end of the record was ended: by a signal that ended its process (a program's
    /// terminate(), a kill, mp-tutor's watchdog), after the wait began. The wait did not "never end": its process did.
    public struct Cut: Sendable, Equatable {
        /// The signal's number (the process's exit code, negated).
        public var signal: Int32
        /// When the process was seen ended (its own, its parent's or mp-tutor's record of the end).
        public var endT: Int64
    }

    /// The signal end that cut `wait`, when it is unfinished and its process was ended by a signal at or after the wait
    /// began; nil for a wait still open when the record stopped with its process not known to be ended by a signal.
    public func cut(_ wait: Wait, in timeline: Timeline) -> Cut? {
        guard wait.isUnfinished, let life = timeline.process(pid: wait.pid), let signal = life.signal,
              let end = life.endT, end >= wait.sinceT else { return nil }
        return Cut(signal: signal, endT: end)
    }
}
