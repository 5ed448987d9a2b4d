import TutorCore
import TutorAnalysis

extension SummaryRenderer {
    /// A stack the program printed itself (`traceback.print_stack()`, a `faulthandler` dump to sys.stdout) walks the
    /// interpreter's frames, and traced those include the tracer's wrappers (`mptutor_trace/process.py` …). They cannot
    /// be taken out of the program's own output without changing what it printed, so the summary says so once
    /// (guard 25). Nil when no printed line names the tracer's package.
    static func tracerFramesLine(_ timeline: Timeline) -> String? {
        let named = timeline.indices(of: .print).contains { index in
            timeline.events[index].string(EventField.text)?.contains("mptutor_trace/") ?? false
        }
        return named ? Phrase.summaryTracerFramesPrinted.text() : nil
    }
}
