import TutorCore
import TutorAnalysis

extension StatePanel {
    /// Columns a list of pending items may take: about three of the panel's lines, so that a pool's or an executor's
    /// thousands of waiting items leave the rest of the state on the screen (gaps 37A).
    var listBudget: Int { max(60, 3 * (width - Self.labelWidth - 3) - 40) }

    /// `listed(shown, of: count)` as it was when it fits in `listBudget`; otherwise consecutive items as ranges
    /// ("163–1798") and the list cut at the budget with "… N more", N counting items, not ranges.
    func boundedListed(_ shown: [String], of count: Int, spans: () -> [ListedSpan]) -> String {
        let plain = listed(shown, of: count)
        return plain.displayWidth <= listBudget ? plain : spanned(spans(), of: count)
    }

    func spanned(_ spans: [ListedSpan], of count: Int) -> String {
        let comma = Phrase.listComma.text(), dash = painter.symbol("–", ascii: "-")
        let room = listBudget - 24   // what "… N more" takes
        var parts: [String] = [], used = 0, items = 0
        for span in spans {
            let part = span.count == 1 ? span.first : span.count == 2 ? span.first + comma + span.last : span.first + dash + span.last
            let cost = part.displayWidth + comma.displayWidth
            if !parts.isEmpty, used + cost > room { break }
            parts.append(part)
            used += cost
            items += span.count
        }
        return listed(parts, of: parts.count + max(0, count - items))
    }
}

extension StatePanel {
    /// An executor's "not started yet: N (…)", bounded (gaps 37A).
    func notStartedText(_ pending: PendingWorkItems) -> String {
        let first = pending.first(Self.maxListed)
        return Phrase.panelWorkNotStarted.text(["n": pending.count,
                                                "list": boundedListed(first.map(String.init), of: pending.count) { ListedSpan.spans(of: first) }])
    }

    /// A pool's "N waiting: …", bounded (gaps 37A).
    func waitingText(_ waiting: PendingTasks) -> String {
        let names = waiting.names(limit: Self.maxListed).map { $0.replacing("task ", with: "") }
        return Phrase.panelWaiting.text(["n": waiting.count,
                                         "list": boundedListed(names, of: waiting.count) { waiting.spans(limit: Self.maxListed) }])
    }
}
