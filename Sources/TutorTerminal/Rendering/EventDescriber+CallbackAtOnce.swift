import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// A done-callback that `add_done_callback()` ran at once, in the caller's thread, because its Future was already
    /// done (gaps 17A, r16f_callbacks_done_and_raising). CPython runs a Future's callbacks in only two places: in the
    /// thread that sets its result or exception, or cancels it (`_invoke_callbacks`), and inside `add_done_callback()`
    /// when the Future is done. So a run on a thread of the same process other than the one whose `future.result` set
    /// that work item's Future before it, with no `future.cancel` of the item, is the second. Empty when the record does
    /// not show it.
    func callbackRanAtOnce(_ index: Int) -> String {
        let events = timeline.events, e = events[index]
        guard e.is(.futureCallbackRun), let object = e.object, let work = e.int(EventField.work),
              let set = timeline.indices(of: .futureResult).last(where: { i in
                  i < index && events[i].pid == e.pid && events[i].object == object && events[i].int(EventField.work) == work
              }), events[set].thread != e.thread,
              !timeline.indices(of: .futureCancel).contains(where: { i in
                  i < index && events[i].pid == e.pid && events[i].object == object && events[i].int(EventField.work) == work
              }) else { return "" }
        let setter = events[set].thread
        return Phrase.evCallbackRanAtOnce.text(["work": work, "t": Format.seconds(events[set].t), "thread": setter])
    }
}
