import TutorCore

extension TimelineRenderer {
    /// One line per process that lost events (the trailer's `lost_by_process`, gaps 28C), put in that process's column
    /// under its last row (gaps 29C). The record says how many a process lost, never when: the time column shows `?`
    /// and the words say it is not known, so the line claims no place among the process's events.
    func lostOnLaneLines(lanes: [Int], columnWidth column: Int?) -> [String] {
        let losses = LostByProcessWords(timeline).losses.filter { $0.lost > 0 && $0.process != nil }
        guard !losses.isEmpty else { return [] }
        let labelWidth = min(max(16, width / 4), lanes.map { timeline.lanes[$0].label.displayWidth }.max() ?? 10)
        let time = painter.paint("?".padded(toWidth: Self.timeWidth - 1) + " ", .dim)
        var out: [String] = []
        for loss in losses {
            guard let lane = lanes.first(where: { timeline.lanes[$0].pid == loss.pid && timeline.lanes[$0].isMainThread }) else { continue }
            let warn = painter.symbol("⚠", ascii: "!")
            let text = loss.lost == 1 ? Phrase.laneLostOne.text(["warn": warn]) : Phrase.laneLost.text(["warn": warn, "n": loss.lost])
            if let column, let slot = lanes.firstIndex(of: lane) {
                let room = max(8, width - Self.timeWidth - slot * column)
                out += fitted(text, room: room).enumerated().map { k, piece in
                    (k == 0 ? time : String(repeating: " ", count: Self.timeWidth + 2)) + String(repeating: " ", count: slot * column)
                        + painter.paint(piece, .yellow)
                }
            } else {
                let label = timeline.lanes[lane].label.truncated(toWidth: labelWidth).padded(toWidth: labelWidth)
                out.append(time + painter.paint(label, laneStyle(lane), .bold) + "  "
                    + painter.paint(text.truncated(toWidth: max(8, width - Self.timeWidth - labelWidth - 2)), .yellow))
            }
        }
        return out
    }
}
