import TutorCore
import TutorAnalysis

/// A futures wait that timed out on work items shutdown(cancel_futures=True) had cancelled (round 28F).
extension EventDescriber {
    /// " — work item 8 is one of them: shutdown(cancel_futures=True) cancelled it at 1.334 s, …", or "" when none of the
    /// wait's work items was cancelled that way by the time the wait gave up.
    ///
    /// r28f_first_exception_stop_batch: "wait() gave up: timed out after 10.000 s · 1 still not done" said nothing of why a
    /// batch whose every running shard had finished at 2.1 s waited 10 s. CPython 3.11's `_ExecutorManagerThread` cancels
    /// the pending Futures with `Future.cancel()`, which leaves them CANCELLED and wakes no waiter; `wait()` and
    /// `as_completed()` count only CANCELLED_AND_NOTIFIED or FINISHED Futures as done (`concurrent/futures/_base.py`), so
    /// such an item is never done for them, whether it was cancelled before or during the wait.
    func cancelledWaitReason(_ index: Int) -> String {
        let events = timeline.events, e = events[index]
        guard e.ok == false, e.string(EventField.error) == nil, let call = e.string(EventField.call),
              call == "wait()" || call == "as_completed()",
              let start = timeline.indices(of: .executorWait).last(where: { $0 < index && events[$0].pid == e.pid && events[$0].thread == e.thread }),
              events[start].string(EventField.call) == call, let object = events[start].object else { return "" }
        let works = (events[start][EventField.works]?.arrayValue ?? []).compactMap(\.intValue)
        let cancels = works.compactMap { work -> (work: Int64, t: Int64)? in
            guard StateQueries.cancelledByShutdown(object, work: work, through: index, in: timeline),
                  let at = events[...index].firstIndex(where: { $0.is(.futureCancel) && $0.object == object && $0.work == work
                                                                 && $0.ok == true && $0.string(EventField.call) == "shutdown()" })
            else { return nil }
            return (work, events[at].t)
        }
        guard let last = cancels.map({ $0.t }).max() else { return "" }
        let list = cancels.map { String($0.work) }.joined(separator: Phrase.listComma.text())
        // "it is work item 8" only when every not-done item is one of these; else "one of them"
        let all = cancels.count == (e.pending ?? -1)
        let phrase: Phrase = cancels.count == 1 ? (all ? .evWaitReasonCancelledIsOne : .evWaitReasonCancelledOne)
                                                : (all ? .evWaitReasonCancelledAre : .evWaitReasonCancelledMany)
        return phrase.text(["works": list, "t": Format.seconds(last), "call": call])
    }
}
