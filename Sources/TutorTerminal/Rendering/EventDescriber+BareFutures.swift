import TutorCore
import TutorAnalysis

/// The rows of a concurrent.futures.Future the program made itself (gaps 33A): its making, set_result()/set_exception(),
/// and its waits, cancel() and done-callbacks, which the tracer writes as a work item's (work 0) under its own label.
extension EventDescriber {
    /// The row of `e` when it is about a Future#N, else nil (a work item's rows say "work item N of …").
    func bareFutureRow(_ e: TraceEvent, _ index: Int) -> String? {
        switch e.known {
        case .futureCreate, .futureSet, .futureWait, .futureWaited, .futureCancel, .futureRead, .futureCallbackRun,
             .futureCallbackEnd, .futureCallback:
            guard let object = e.object, RunState.isBareFuture(object) else { return nil }
            return bareRow(e, index, object)
        default:
            return nil
        }
    }
}

private extension EventDescriber {
    func bareRow(_ e: TraceEvent, _ index: Int, _ object: String) -> String {
        let function = e.string(EventField.function) ?? "?"
        switch e.known {
        case .futureCreate:
            let named = e.string(EventField.variableName).map { Phrase.evBareFutureCreateAs.text(["var": $0]) } ?? ""
            let subclass = e.string(EventField.futureClass).map { Phrase.evBareFutureClass.text(["class": $0]) } ?? ""
            return Phrase.evBareFutureCreate.text(["object": object, "as": named, "class": subclass])
        case .futureSet:
            let call = e.ok == false ? "set_exception()" : "set_result()"
            if let state = e.string(EventField.refused) {
                return Phrase.evBareFutureSetRefused.text(["call": call, "object": object, "state": state])
            }
            return (e.ok == false ? Phrase.evBareFutureSetException : .evBareFutureSetResult)
                .text(["object": object, "result": e.result ?? ""])
        case .futureWait:
            return Phrase.evBareFutureWait.text(["call": e.string(EventField.call) ?? "result()", "object": object]) + waitLimit(e)
        case .futureWaited:
            let values: KeyValuePairs<String, any CustomStringConvertible> = [
                "call": futureCallWaitedFor(index) ?? "result()", "object": object, "error": e.string(EventField.error) ?? "?",
                "waited": waited(e)]
            return e.ok == false ? Phrase.evBareFutureWaitedRaised.text(values) + timeoutRanOut(index) : Phrase.evBareFutureWaited.text(values)
        case .futureCancel:
            return e.ok == true && e.state == "pending" ? Phrase.evBareFutureCancelled.text(["object": object])
                : Phrase.evBareFutureCancelFalse.text(["object": object, "state": e.state ?? "?"])
        case .futureRead:
            return Phrase.evBareFutureRead.text(["call": e.string(EventField.call) ?? "result()", "object": object])
        case .futureCallbackRun:
            return Phrase.evBareFutureCallbackRun.text(["func": function, "object": object]) + bareCallbackRanAtOnce(index, object)
        case .futureCallbackEnd:
            return Phrase.evBareFutureCallbackEnd.text(["func": function, "object": object,
                                                        "duration": Format.duration(ns: e.int(EventField.ranNs) ?? 0)])
        default:
            return Phrase.evBareFutureCallbackRaised.text(["func": function, "object": object, "error": e.string(EventField.error) ?? "?"])
        }
    }
}
