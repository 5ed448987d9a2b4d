extension Phrase {
    /// English texts of gaps 34A: a child's run() ended by a KeyboardInterrupt Python's SIGINT handler raised, and which
    /// SIGINT it was.
    static let englishGaps34A: [Phrase: String] = [
        .noteChildInterruptUncaught: "ended by an uncaught KeyboardInterrupt",
        .noteChildInterruptHandled: "raised {error} while handling a KeyboardInterrupt",
        .noteChildInterruptSent: "{child}'s run() {end}: Python's default SIGINT handler raised that KeyboardInterrupt in its main thread, wherever it was, when the SIGINT {by} sent it with {call} at {at} arrived (the program had not changed how {child} handles SIGINT).",
        .noteChildInterruptCtrlC: "{child}'s run() {end}: Python's default SIGINT handler raised that KeyboardInterrupt in its main thread, wherever it was, when the Ctrl-C reached it. mp-tutor passed the Ctrl-C on as SIGINT to every process of the run at {at}, as a terminal sends it to its whole foreground process group: each process with Python's default handler gets its own KeyboardInterrupt.",
    ]
}
