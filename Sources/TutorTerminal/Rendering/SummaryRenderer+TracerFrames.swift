import TutorCore
import TutorAnalysis

extension SummaryRenderer {
    /// A stack the program printed itself (`traceback.print_stack()`, a `faulthandler` dump to sys.stdout) walks the
    /// interpreter's frames, and traced those include the tracer's wrappers (`mptutor_trace/process.py` …). They cannot
    /// be taken out of the program's own output without changing what it printed, so the summary says so once
    /// (guard 25). Nil when no printed line names the tracer's package.
    static func tracerFramesLine(_ timeline: Timeline) -> String? {
        // The bytes first: `contains` here is Foundation's (a search through NSString, 7,000 instructions a printed line:
        // 708M of a 100k print_heavy replay, perf 37R). Its match needs the name's ASCII bytes, so it is asked only of a
        // line that holds them, and says as before what such a line holds.
        let named = timeline.indices(of: .print).contains { index in
            guard let text = timeline.events[index].string(EventField.text) else { return false }
            return holdsTracerPackageBytes(text) && text.contains("mptutor_trace/")
        }
        return named ? Phrase.summaryTracerFramesPrinted.text() : nil
    }
}

private extension SummaryRenderer {
    /// Whether the UTF-8 of `text` holds the bytes of `mptutor_trace/`.
    static func holdsTracerPackageBytes(_ text: String) -> Bool {
        let needle: StaticString = "mptutor_trace/"
        var text = text
        return text.withUTF8 { bytes in
            needle.withUTF8Buffer { name in
                guard bytes.count >= name.count, let first = name.first else { return false }
                var i = 0
                while i <= bytes.count - name.count {
                    if bytes[i] == first {
                        var k = 1
                        while k < name.count, bytes[i + k] == name[k] { k += 1 }
                        if k == name.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
