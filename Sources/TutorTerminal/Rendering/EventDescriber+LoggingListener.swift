import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// For a put of `None` on a queue that a logging QueueListener's thread of the same process took from before it and
    /// that thread has not ended: what None means to that thread (gaps 29A: r28_log_queue_listener's `listener.stop()`
    /// read as the program's own "put None on Queue#1"). Empty otherwise. Only runs where the run has such a thread.
    func listenerSentinel(_ index: Int) -> String {
        let e = timeline.events[index]
        guard e.item == "None", let object = e.object,
              let lane = timeline.lanes.first(where: { $0.isLoggingListener && $0.pid == e.pid }) else { return "" }
        let events = timeline.events
        var took = false
        for i in events[..<index].indices.reversed() where events[i].pid == e.pid && events[i].thread == lane.thread {
            if events[i].is(.threadExit) { return "" }      // that thread had ended: None stops no listener
            if events[i].is(.queueGet), events[i].object == object { took = true; break }
        }
        return took ? Phrase.evLoggingListenerSentinel.text(["thread": lane.thread, "object": object]) : ""
    }
}
