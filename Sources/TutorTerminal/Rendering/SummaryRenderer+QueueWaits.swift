import TutorCore
import TutorAnalysis

extension SummaryRenderer {
    /// A queue's puts and gets that had to wait, and those that gave up. A timed get drawn as "waits to get" that then
    /// gave up had to wait too: it is counted with the waits that ended with an item, and said beside them as one of
    /// them (gaps 20B: "0 timed puts and 2 timed gets gave up" alone, under two drawn waits, read as no get waited).
    static func queueWaits(_ q: QueueAnalysis.Figures) -> String {
        let waitedPuts = q.blockedPuts + q.timedOutAfterWaitPuts, waitedGets = q.blockedGets + q.timedOutAfterWaitGets
        let gaveUpAfterWait = q.timedOutAfterWaitPuts + q.timedOutAfterWaitGets
        // timed calls that gave up with no wait drawn before (a timeout of 0: nothing to wait for)
        let otherPuts = q.timedOutPuts - q.timedOutAfterWaitPuts, otherGets = q.timedOutGets - q.timedOutAfterWaitGets
        var line = ""
        if gaveUpAfterWait > 0 {
            line += Phrase.summaryQueueWaitedGaveUp.text(["puts": waitedPuts, "gets": waitedGets,
                                                          "gaveUpPuts": q.timedOutAfterWaitPuts, "gaveUpGets": q.timedOutAfterWaitGets])
        } else if waitedPuts + waitedGets > 0 {
            line += Phrase.summaryQueueBlocked.text(["puts": waitedPuts, "gets": waitedGets])
        }
        if otherPuts + otherGets > 0 {
            line += (gaveUpAfterWait > 0 ? Phrase.summaryQueueGaveUpMore : .summaryQueueGaveUp).text(["puts": otherPuts, "gets": otherGets])
        }
        return line
    }
}
