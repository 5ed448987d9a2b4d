import TutorCore

extension SummaryRenderer {
    /// The lines each stream had that no recorded print() accounts for (gaps 28D), under a heading that says the
    /// record has no time and no process for them: none is given.
    func unrecordedLinesLines() -> [String] {
        guard let run = timeline.trailer?.run else { return [] }
        var out: [String] = []
        for (stream, kept) in [("stdout", run.unrecordedStdoutLines), ("stderr", run.unrecordedStderrLines)] where !kept.isEmpty {
            out += TextWrapper.wrap("  " + Phrase.summaryUnrecordedLinesHeading.text(["stream": stream]), width: width,
                                    indent: "    ", firstIndent: "").map { painter.paint($0, .yellow) }
            for line in kept.lines {
                out += TextWrapper.wrap("    │ " + line, width: width, indent: "    │   ", firstIndent: "")
            }
            if kept.leftOut > 0 {
                let phrase = kept.leftOut == 1 ? Phrase.summaryUnrecordedLinesLeftOutOne : .summaryUnrecordedLinesLeftOut
                out.append("    " + phrase.text(["n": kept.leftOut]))
            }
        }
        // A faulthandler dump names the tracer's frames: say whose they are, as for a printed stack.
        if !out.isEmpty, Self.tracerFramesLine(timeline) == nil,
           (run.unrecordedStdoutLines.lines + run.unrecordedStderrLines.lines).contains(where: { $0.contains("mptutor_trace/") }) {
            out.append(painter.paint("  " + Phrase.summaryTracerFramesPrinted.text(), .yellow))
        }
        return out
    }
}
