import TutorCore
import TutorAnalysis

/// Round 24: an imap()'s chunks that the task handler could not send (r24_imap_closure_threshold: a function nested in
/// main() cannot be pickled). Each such chunk's result is the exception, set by the task handler; no worker saw it.
extension EventDescriber {
    /// `pool.imap.given`: said "each sent to the workers' task queue" when none was; now it counts those that failed.
    func imapGivenRow(_ e: TraceEvent, at index: Int, _ object: String) -> String {
        let job = e.job ?? 0, chunks = e.chunks ?? 0, items = e.int(EventField.items) ?? 0
        let failed = StateQueries.imapResults(of: object, job: job, before: index, in: timeline).notSent
        let phrase: Phrase = failed == 0 ? .evImapGiven : Int64(failed) >= chunks ? .evImapGivenNoneSent : .evImapGivenSomeSent
        return phrase.text(["job": job, "items": items, "chunks": chunks, "failed": failed, "sent": max(0, Int(chunks) - failed)])
            + (StateQueries.imapReraisedInput(of: object, job: job, in: timeline).map {
                Phrase.evImapReraiseChunk.text(["error": $0, "items": items])
            } ?? "")
    }

    /// " (of these, up to 2 are errors the task handler set …)" when some of an imap's results came back from workers
    /// and some chunks could not be sent: which of them are unread the record does not say; "" otherwise.
    func unsentAmong(_ notSent: Int, _ unread: Int64) -> String {
        guard notSent > 0, unread > 0 else { return "" }
        return Phrase.evImapUnsentAmong.text(["k": min(Int64(notSent), unread)])
    }
}
