import TutorCore
import TutorAnalysis

extension SummaryRenderer {
    /// The line naming the processes a signal ended outside a recorded wait (none: no line); at most six are named.
    func signalCutLines(_ cuts: SignalCutProcesses) -> [String] {
        guard !cuts.cuts.isEmpty else { return [] }
        var list = cuts.cuts.prefix(6).map {
            Phrase.summarySignalCutMember.text(["name": $0.name, "pid": $0.pid, "signal": Format.signalName($0.signal)])
        }.joined(separator: Phrase.listSeparator.text())
        if cuts.cuts.count > 6 { list += Phrase.listSeparator.text() + Phrase.summaryMoreProcesses.text(["n": cuts.cuts.count - 6]) }
        return TextWrapper.wrap("  " + Phrase.summarySignalCut.text(["list": list]), width: width, indent: "    ", firstIndent: "")
            .map { painter.paint($0, .yellow) }
    }
}
