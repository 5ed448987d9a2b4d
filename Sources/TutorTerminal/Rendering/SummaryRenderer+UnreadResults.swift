import TutorCore
import TutorAnalysis

extension SummaryRenderer {
    /// What a pool computed that the program never received: errors of `*_async` tasks that no `get()` read and no
    /// `error_callback` took (gaps 10A: r9b_apply_async_fire_forget's task 4 "raised ValueError", and nothing said the
    /// program never saw it).
    func unreadLines(_ pool: String) -> [String] {
        imapLines(pool) + unreadErrorLines(pool)
    }

    /// Each imap()/imap_unordered() job: the items it was given, how many chunks never started, and the results that
    /// had come back and were not read yet when the pool ended (not "never": they stay readable from the imap() result, round 13) (gaps 10A: after a `break`, r9a_pool_generator_early_break).
    func imapLines(_ pool: String) -> [String] {
        StateQueries.imapCounts(of: pool, in: timeline).flatMap { c -> [String] in
            var line = Phrase.summaryImapGiven.text(["job": c.job, "method": c.method, "items": c.items, "chunks": c.chunks,
                                                     "started": c.started, "never": max(0, Int(c.chunks) - c.started)])
            if let error = StateQueries.imapReraisedInput(of: pool, job: c.job, in: timeline) {     // round 32H
                line += Phrase.evImapReraiseChunk.text(["error": error, "items": c.items])
            }
            if c.notSent > 0 { line += Phrase.summaryImapNotSent.text(["n": c.notSent]) }     // round 24
            if let n = c.unread, n > 0, c.unreadAllUnsent {
                // round 24: nothing came back from a worker; what the imap held were the task handler's errors
                line += (c.readAfter == 0 ? Phrase.summaryImapNeverReadUnsent : .summaryImapUnreadUnsent).text(["n": n])
            } else if let n = c.unread, n > 0 {
                // gaps 14A: what the program did with them after the pool's end, when counted again
                let phrase: Phrase = switch (c.readAfter, c.neverRead) {
                case (0?, _): .summaryImapNeverRead
                case (_?, 0?): .summaryImapReadAfter
                case (_?, _?): .summaryImapReadAfterSome
                default: .summaryImapUnread
                }
                line += phrase.text(["n": n, "read": c.readAfter ?? 0, "never": c.neverRead ?? 0])
                if c.notSent > 0 { line += Phrase.evImapUnsentAmong.text(["k": min(Int64(c.notSent), n)]) }
            }
            return TextWrapper.wrap(line, width: width, indent: "      ", firstIndent: "    ")
        }
    }

    func unreadErrorLines(_ pool: String) -> [String] {
        let all = StateQueries.unreadErrors(of: pool, in: timeline)
        let unread = all.filter { !$0.neverReadable }
        let neverReady = neverReadyLines(all.filter(\.neverReady)) + unaskedNeverReadyLines(all)
        guard !unread.isEmpty else { return neverReady }
        let list = unread.map { Phrase.summaryPoolUnreadError.text(["job": $0.job, "method": $0.method, "error": $0.error]) }
            .joined(separator: Phrase.listSeparator.text())
        return TextWrapper.wrap(Phrase.summaryPoolUnreadErrors.text(["list": list]), width: width, indent: "      ", firstIndent: "    ")
            + neverReady
    }

    /// An executor's work items that raised and whose exception no result()/exception() read (gaps 11B).
    func unreadFutureErrorLines(_ figures: ExecutorFigures) -> [String] {
        let unread = StateQueries.unreadFutureErrors(of: figures, in: timeline)
        guard !unread.isEmpty else { return [] }
        let list = unread.map { Phrase.summaryFutureUnreadError.text(["work": $0.work, "error": $0.error]) }
            .joined(separator: Phrase.listSeparator.text())
        return TextWrapper.wrap(Phrase.summaryFutureUnreadErrors.text(["list": list]), width: width, indent: "      ", firstIndent: "    ")
    }
}
