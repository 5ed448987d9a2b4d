extension Phrase {
    /// English texts of round 14F (concurrent.futures, threads and asyncio with processes, as real users bring them).
    static let englishRound14F: [Phrase: String] = [
        .noteSigintAtExit: " (Python sent it to itself at exit, as it does when the main code ends by an uncaught KeyboardInterrupt)",
        .noteSigintAtExitFrom: " (Python sent it to itself at exit, as it does when the main code ends by an uncaught KeyboardInterrupt; that KeyboardInterrupt was raised by the SIGINT {by} sent with {call} at {at}, which Python's handler took: that signal itself ended nothing)",
        .evWaitFirstException: " (return_when=FIRST_EXCEPTION: it returns as soon as one of them has raised, or when all are done)",
        .evWaitFirstCompleted: " (return_when=FIRST_COMPLETED: it returns as soon as any one of them is done)",
    ]
}
