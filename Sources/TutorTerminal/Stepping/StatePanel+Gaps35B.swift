import TutorCore
import TutorAnalysis

/// Gaps 35B: a Queue's items lost with the process that put them, and the Futures the program made itself.
extension StatePanel {
    /// " · lost with the process that put it: ('indexer', 49995000), put by indexer, which ended by os._exit(3) …", or
    /// nothing. The state says them lost only where the record shows it (`RunState+LostQueueItems.swift`).
    func lostItemsText(_ queue: RunState.Queue) -> String {
        guard !queue.lost.isEmpty else { return "" }
        let each = queue.lost.prefix(Self.maxListed).map { item in
            Phrase.panelQueueLostItem.text(["item": item.repr.truncated(toWidth: 24), "who": item.putBy, "how": endWords(item)])
        }
        let list = listed(Array(each), of: queue.lost.count)
        return dot + painter.paint((queue.lost.count == 1 ? Phrase.panelQueueLostOne : .panelQueueLost).text(["list": list]), .red)
    }

    /// "os._exit(3)", "SIGKILL", "exit code 0": how the putter ended, as its process row says.
    private func endWords(_ item: RunState.LostItem) -> String {
        guard let code = item.exitCode else { return Phrase.panelQueueLostEndedUnknown.text() }
        if let words = cutWords(item.cut, code: code) { return words }     // gaps 36B
        if code < 0 { return Phrase.panelQueueLostBySignal.text(["signal": Format.signalName(Int32(clamping: -code))]) }
        if item.via?.contains("os._exit") == true { return Phrase.panelQueueLostOsExit.text(["code": code]) }
        return Phrase.panelQueueLostExitCode.text(["code": code])
    }

    /// The "futures" row: how many Futures the program made itself so far, how many are pending (named), set by
    /// set_result(), by set_exception(), cancelled — counted as the summary counts them. No row before the first.
    func ownFutureRows() -> [(label: String, text: String)] {
        let own = state.ownFutures
        guard !own.made.isEmpty else { return [] }
        let pending = own.pending
        var text = Phrase.panelOwnFuturesMade.text(["n": own.made.count])
        text += dot + (pending.isEmpty ? painter.paint(Phrase.panelOwnFuturesNonePending.text(), .dim)
            : painter.paint(Phrase.panelOwnFuturesPending.text(["n": pending.count,
                                                                "list": listed(Array(pending.prefix(Self.maxListed)), of: pending.count)]), .yellow))
        text += dot + Phrase.panelOwnFuturesSettled.text(["ok": own.count(.result), "failed": own.count(.exception),
                                                          "cancelled": own.count(.cancelled)])
        return [(Phrase.panelOwnFutures.text(), text)]
    }
}
