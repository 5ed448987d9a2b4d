extension Phrase {
    /// The English texts of a signal a process sends itself with os.kill(os.getpid(), …).
    static let englishSelfSignals: [Phrase: String] = [
        .evOsKillSelf: "os.kill(os.getpid(), {signal}): {name} sends {signal} to itself (pid {pid})",
        .noteSignalledItself: " (it sent {signal} to itself with os.kill())",
    ]
}
