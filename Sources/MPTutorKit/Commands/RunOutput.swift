/// Shared endings of commands that run a program.
enum RunOutput {
    /// mp-tutor's own exit status after a run: 130 after Ctrl-C, else 0 (a demo's failure is shown, not passed on).
    static func status(_ outcome: RunOutcome) -> Int32 {
        outcome.interrupted ? 130 : 0
    }

    /// Said when the tracer recorded nothing, with what the program printed, so nothing is hidden.
    static func tracerWarning(_ result: TracedRun.Result, painter: Painter) -> String {
        guard result.tracerSilent else { return "" }
        var text = painter.paint(Phrase.tracerSilentWarning.text() + "\n", .yellow)
        let out = String(decoding: result.outcome.stdout, as: UTF8.self)
        let err = String(decoding: result.outcome.stderr, as: UTF8.self)
        for line in (out + err).split(separator: "\n", omittingEmptySubsequences: false) {
            text += "  " + TextSanitizer.neutralize(String(line), keepColors: false) + "\n"
        }
        return text
    }
}
