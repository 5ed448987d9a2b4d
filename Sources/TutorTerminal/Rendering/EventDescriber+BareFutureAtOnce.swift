import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// ", at once, inside add_done_callback() …" after the row of a done-callback of a Future the program made (Future#N)
    /// that ran in a thread other than the one whose set_result()/set_exception() set it (gaps 34B; gaps 17A's rule for
    /// a work item, `callbackRanAtOnce`). CPython runs a Future's callbacks only in the thread that sets or cancels it,
    /// or inside `add_done_callback()` when it is already done: a Future is set once, so with its set recorded, no
    /// cancel() that took, and the run on another thread of that process, it is the second. Empty otherwise.
    func bareCallbackRanAtOnce(_ index: Int, _ object: String) -> String {
        let events = timeline.events, e = events[index]
        guard let set = timeline.indices(of: .futureSet).last(where: { i in
                  i < index && events[i].pid == e.pid && events[i].object == object && events[i].string(EventField.refused) == nil
              }), events[set].thread != e.thread,
              !timeline.indices(of: .futureCancel).contains(where: { i in
                  i < index && events[i].pid == e.pid && events[i].object == object && events[i].ok == true
              }) else { return "" }
        return Phrase.evBareFutureCallbackRanAtOnce.text(["object": object, "t": Format.seconds(events[set].t),
                                                          "thread": events[set].thread])
    }
}
