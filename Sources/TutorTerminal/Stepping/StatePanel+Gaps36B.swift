import TutorCore
import TutorAnalysis

/// Gaps 36B: a Queue's items whose putter ended without joining its feeder thread, before any get() found the pipe
/// empty: the record cannot tell whether the feeder wrote them, so they are not listed as surely in the queue.
extension StatePanel {
    /// The items the queue surely holds (their putter alive, or ended after joining its feeder), and the unsure ones.
    func heldAndUnsure(_ queue: RunState.Queue) -> (held: [RunState.Queue.Item], unsure: [RunState.LostItem]) {
        let unsure = state.unsureItems(queue)
        return unsure.isEmpty ? (queue.items, []) : (state.surelyHeld(queue), unsure)
    }

    /// "perhaps never written: ('indexer', 4999) (put by indexer, which ended by os._exit(3), …): …", or nothing.
    func unsureItemsText(_ unsure: [RunState.LostItem], in queue: RunState.Queue, first: Bool) -> String {
        guard !unsure.isEmpty else { return "" }
        let each = unsure.prefix(Self.maxListed).map { item in
            Phrase.panelQueueLostItem.text(["item": item.repr.truncated(toWidth: 24), "who": item.putBy,
                                            "how": cutWords(item.cut, code: item.exitCode ?? 0) ?? "?"])
        }
        let list = listed(Array(each), of: unsure.count)
        let words = (unsure.count == 1 ? Phrase.panelQueueUnsureOne : .panelQueueUnsure).text(["list": list])
        return (first ? "" : dot) + painter.paint(words, .yellow)
    }

    /// How a putter's end left its feeder short, in the lost item's words; nil for none.
    func cutWords(_ cut: RunState.FeederCut?, code: Int64) -> String? {
        switch cut {
        case .osExit?: return Phrase.panelQueueLostOsExit.text(["code": code])
        case .signal?: return Phrase.panelQueueLostBySignal.text(["signal": Format.signalName(Int32(clamping: -code))])
        case .cancelJoin?: return Phrase.panelQueueLostCancelJoin.text(["code": code])
        case .droppedAtExit?: return Phrase.panelQueueLostDroppedAtExit.text(["code": code])
        case nil: return nil
        }
    }
}
