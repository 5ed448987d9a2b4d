import TutorCore
import TutorAnalysis

extension SummaryRenderer {
    /// A queue's puts and gets that had to wait, and those that gave up. A timed get drawn as "waits to get" that then
    /// gave up had to wait too: it is counted with the waits that ended with an item, and said beside them as one of
    /// them (gaps 20B: "0 timed puts and 2 timed gets gave up" alone, under two drawn waits, read as no get waited).
    /// Then the SimpleQueue puts that waited for the write lock (gaps 25), and the non-blocking calls refused at once (gaps 23: a put_nowait() that raised queue.Full was counted nowhere).
    static func queueWaits(_ q: QueueAnalysis.Figures) -> String {
        let waitedPuts = q.blockedPuts + q.timedOutAfterWaitPuts, waitedGets = q.blockedGets + q.timedOutAfterWaitGets
        let gaveUpAfterWait = q.timedOutAfterWaitPuts + q.timedOutAfterWaitGets
        // timed calls that gave up with no wait drawn before (a timeout of 0: nothing to wait for)
        let otherPuts = q.timedOutPuts - q.timedOutAfterWaitPuts, otherGets = q.timedOutGets - q.timedOutAfterWaitGets
        var line = ""
        if gaveUpAfterWait > 0 {
            // counted as calls (round 35P): "19 puts had to wait" beside "11 puts" read as more waits than puts, the
            // calls that gave up having put nothing
            line += Phrase.summaryQueueWaitedCallsGaveUp.text([
                "putCalls": count(.countPutCalls, waitedPuts), "getCalls": count(.countGetCalls, waitedGets),
                "putsThrough": count(.countPuts, q.blockedPuts), "getsThrough": count(.countGets, q.blockedGets),
                "gaveUpPuts": count(.countPutCalls, q.timedOutAfterWaitPuts), "gaveUpGets": count(.countGetCalls, q.timedOutAfterWaitGets)])
        } else if waitedPuts + waitedGets > 0 {
            line += Phrase.summaryQueueBlocked.text(["puts": count(.countPuts, waitedPuts), "gets": count(.countGets, waitedGets)])
        }
        if otherPuts + otherGets > 0 {
            line += gaveUpAfterWait > 0
                ? Phrase.summaryQueueGaveUpMore.text(["puts": count(.countMoreTimedPuts, otherPuts), "gets": count(.countMoreTimedGets, otherGets)])
                : Phrase.summaryQueueGaveUp.text(["puts": count(.countTimedPuts, otherPuts), "gets": count(.countTimedGets, otherGets)])
        }
        if !q.writeLockWaitsNs.isEmpty {
            line += Phrase.summaryQueueWlockPuts.text(["puts": count(.countPuts, q.writeLockWaitsNs.count),
                                                       "total": Format.duration(ns: q.writeLockWaitsNs.reduce(0, +)),
                                                       "longest": Format.duration(ns: q.writeLockWaitsNs.max() ?? 0)])
        }
        if q.refusedPuts + q.refusedGets > 0 {
            line += Phrase.summaryQueueRefused.text(["puts": count(.countPuts, q.refusedPuts), "gets": count(.countGets, q.refusedGets)])
        }
        if q.closedPuts + q.closedGets > 0 {
            line += Phrase.summaryQueueClosedCalls.text(["puts": count(.countPuts, q.closedPuts), "gets": count(.countGets, q.closedGets)])
        }
        return line
    }

    /// A count with its noun in the current language ("1 put", "2 puts"; the number alone in Chinese, whose sentence
    /// holds the noun).
    static func count(_ phrase: Phrase, _ n: Int) -> String { phrase.text(["n": n]) }
}
