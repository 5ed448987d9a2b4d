extension Phrase {
    /// The English texts of a fork the program made itself with os.fork(), of the os calls that waited for it, and of
    /// text found only when a process called os._exit.
    static let englishForks: [Phrase: String] = [
        .evOsFork: "os.fork() → {name}",
        .evOsWaitWait: "waits in {call} for {name}",
        .evOsWaitReturned: "{call} returned for {name}{waited}",
        .evOsWaitReaped: "{call} sees {name} end: exitcode {code}",
        .evExitViaOsExit: "os._exit({code}): ended at once (no cleanup, no flush)",
        .evExitUncaught: "exited, code 1 (an uncaught exception)",
        .evFoundAtExit: " (written here without a newline; the tracer found it {after} later, at os._exit)",
        .evOsKill: "os.kill(pid {pid}, {signal}) → {name}",
        .noteCalledOsKill: " ({by} sent it {signal} with os.kill())",
    ]
}
