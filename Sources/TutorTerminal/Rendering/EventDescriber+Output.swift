import TutorCore
import TutorAnalysis

/// A print row, and what it adds about its text: a line longer than the record keeps, and output that never reached
/// the terminal.
extension EventDescriber {
    /// A line the program printed (or wrote to stderr), as recorded.
    func printRow(_ e: TraceEvent) -> String {
        let text = TextSanitizer.neutralize(e.text ?? "", keepColors: painter.capabilities.color)
        // A partial line (no newline yet, recorded when it was flushed) ends with … : the line goes on.
        return (e.string(EventField.stream) == "stderr" ? "stderr " : "print ") + "\"" + text + "\""
            + (e.int(EventField.foundAfterNs).map { Phrase.evFoundAtExit.text(["after": Format.duration(ns: $0)]) }
                ?? (e.bool(EventField.foundAfterEnd) == true ? Phrase.evFoundAfterEnd.text() : nil)
                ?? (e.bool(EventField.partial) == true ? Phrase.evNoNewline.text() : "")) + lineCut(e) + notToTerminal(e)
    }

    /// A print whose line was longer than the record keeps says so, with both lengths (round 5B: a 200 000-character
    /// line was shown as its first 65 536 characters, as if that were the line).
    func lineCut(_ e: TraceEvent) -> String {
        // range-checked where read: a transcript is outside input, and only a count above the text's own is a cut
        guard let chars = e.int(EventField.chars), let kept = e.text?.count, chars > Int64(kept), chars < 1 << 48 else { return "" }
        return Phrase.evLineCut.text(["n": chars, "kept": kept])
    }

    /// Where a subprocess's printed line went when its stream was not inherited (`subprocess.spawn`'s `stdout`/`stderr`):
    /// the tracer records the write, but the text went into its parent's pipe (r7b_subprocess_in_pool), /dev/null or a file.
    func notToTerminal(_ e: TraceEvent) -> String {
        let stream = e.string(EventField.stream) == "stderr" ? "stderr" : "stdout"
        guard let streams = timeline.subprocessStreams[e.pid], let place = streams[stream] else { return "" }
        let parent = streams["parent"] ?? "?"
        // a process started under that subprocess (`sh -c "python3 …"`): the stream is the one it inherited
        if let via = streams["via"] {
            switch place {
            case "pipe": return Phrase.evPrintIntoPipeInherited.text(["parent": parent, "via": via, "stream": stream])
            case "devnull": return Phrase.evPrintIntoDevnull.text()
            default: return Phrase.evPrintIntoFileInherited.text(["parent": parent, "via": via, "stream": stream])
            }
        }
        switch place {
        case "pipe": return Phrase.evPrintIntoPipe.text(["parent": parent])
        case "devnull": return Phrase.evPrintIntoDevnull.text()
        default: return Phrase.evPrintIntoFile.text(["parent": parent])
        }
    }
}
