import TutorCore
import TutorAnalysis

extension SummaryRenderer {
    /// What a pool computed that the program never received: errors of `*_async` tasks that no `get()` read and no
    /// `error_callback` took (gaps 10A: r9b_apply_async_fire_forget's task 4 "raised ValueError", and nothing said the
    /// program never saw it).
    func unreadLines(_ pool: String) -> [String] {
        let unread = StateQueries.unreadErrors(of: pool, in: timeline)
        guard !unread.isEmpty else { return [] }
        let list = unread.map { Phrase.summaryPoolUnreadError.text(["job": $0.job, "method": $0.method, "error": $0.error]) }
            .joined(separator: Phrase.listSeparator.text())
        return TextWrapper.wrap(Phrase.summaryPoolUnreadErrors.text(["list": list]), width: width, indent: "      ", firstIndent: "    ")
    }
}
