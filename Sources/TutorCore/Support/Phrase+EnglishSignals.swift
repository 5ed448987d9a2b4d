extension Phrase {
    /// The English texts of a signal a process sends itself (`os.kill(os.getpid(), sig)`) and of the program's own
    /// Python signal handlers running.
    static let englishSignals: [Phrase: String] = [
        .evSignalSelf: "os.kill(its own pid {pid}, {signal}): a signal to itself",
        .evSignalSelfKeyboardInterrupt: "; Python's SIGINT handler raises KeyboardInterrupt in the main thread, as Ctrl-C would",
        .evSignalSelfIgnored: "; it is ignored (SIG_IGN)",
        .evSignalSelfDefault: "; no handler: the signal's default action applies",
        .evSignalSelfHandler: "; its handler {function}() runs in the main thread",
        .evSignalHandlerRuns: "{signal} arrived: its handler {function}() runs in the main thread",
        .evSignalHandlerReturned: "handler {function}() returned",
        .evSignalHandlerRaised: "handler {function}() raised {error}: Python raises it where the main thread was when {signal} came",
        .noteSignalledItself: " (it sent {signal} to itself with os.kill())",
    ]
}
