import TutorCore
import TutorAnalysis

/// The rows of a concurrent.futures work item's outcome in its worker, and of its done-callbacks (run, returned, raised).
extension EventDescriber {
    func workItemOutcome(_ e: TraceEvent) -> String {
        let work = e.work ?? 0
        if e.is(.futureCallbackRun) {
            return Phrase.evFutureCallbackRun.text(["func": e.string(EventField.function) ?? "?", "work": work])
        }
        if e.is(.futureCallbackEnd) {
            return Phrase.evFutureCallbackEnd.text(["func": e.string(EventField.function) ?? "?", "work": work,
                                                    "duration": Format.duration(ns: e.int(EventField.ranNs) ?? 0)])
        }
        if e.is(.futureCallback) {
            return Phrase.evFutureCallbackRaised.text(["func": e.string(EventField.function) ?? "?", "work": work,
                                                       "error": e.string(EventField.error) ?? "?"])
        }
        guard e.ok == false else {
            return Phrase.evFutureDone.text(["mark": painter.symbol("✓", ascii: "v"), "work": work,
                                             "arrow": painter.symbol("→", ascii: "->"), "result": e.result ?? ""])
        }
        // _sendback_result could not send the value and sent that exception instead: the item itself did not raise.
        let phrase = e.bool(EventField.unsent) == true ? Phrase.evFutureUnsent : Phrase.evFutureRaised
        return phrase.text(["mark": painter.symbol("✗", ascii: "x"), "work": work, "result": e.result ?? ""])
    }
}
