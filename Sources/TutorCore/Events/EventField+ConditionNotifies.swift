extension EventField {
    /// condition.notify: how many wait()s the notify found (0: nobody waited, the notification is lost; absent in
    /// older transcripts, null where the platform cannot count).
    public static let waiting = "waiting"
    /// thread.timer, thread.timer.cancel: the run() a threading.Timer subclass put in place of Timer.run.
    public static let run = "run"
}
