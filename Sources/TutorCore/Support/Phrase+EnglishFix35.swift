extension Phrase {
    /// English texts of fix 35: a run() that raised while handling another exception (the record's `context`), and the
    /// Futures of the program's own with no set in the record (a set may have gone unrecorded).
    static let englishFix35: [Phrase: String] = [
        .evRunRaisedWhileHandling: "run() raised {error} while handling {context} (exit code {code})",
        .summaryBareFuturesUnrecorded: "Futures the program made itself (not work items): {n} — set by set_result() {ok}, by set_exception() {failed}, cancelled {cancelled}, with no set or cancel in the record {unset} (not proof it was never set: a call through a reference to Future.set_result or set_exception taken before the program's first Future() is not recorded)",
        .noteChildInterruptUnseen: "{child}'s run() {end}: Python's default SIGINT handler raised that KeyboardInterrupt in its main thread, and the record does not show what set it off: no process of the run that the tracer saw sent it a SIGINT, and it came before any Ctrl-C mp-tutor passed on. A SIGINT from outside the run does this (a `kill -INT` from a shell, say), and so does the program's own _thread.interrupt_main(), which sends no signal at all (it only marks SIGINT as arrived) and which a recording made before mp-tutor recorded that call (gaps 36B) does not show.",
    ]
}
