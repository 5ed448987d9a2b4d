import TutorCore

extension TimelineRenderer {
    /// One line per lane of each process that lost events (the trailer's `lost_by_process`, gaps 28C), put in that
    /// lane's column under its last row (gaps 29C; every lane of the process since gaps 31C). The record says how many a process lost, never when: the time column shows `?`
    /// and the words say it is not known, so the line claims no place among the process's events.
    func lostOnLaneLines(lanes: [Int], columnWidth column: Int?) -> [String] {
        let losses = LostByProcessWords(timeline).losses.filter { $0.lost > 0 && $0.process != nil }
        guard !losses.isEmpty else { return [] }
        let labelWidth = min(max(16, width / 4), lanes.map { timeline.lanes[$0].label.displayWidth }.max() ?? 10)
        let time = painter.paint("?".padded(toWidth: Self.timeWidth - 1) + " ", .dim)
        var out: [String] = []
        let laneLoss = LaneLoss(timeline)
        let warn = painter.symbol("⚠", ascii: "!")
        for loss in losses {
            // gaps 31C: every lane of the process, which the record cannot tell apart in its losses
            for lane in lanes where timeline.lanes[lane].pid == loss.pid {
                guard let text = laneLoss.sentence(lane: lane, warn: warn) else { continue }
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
        }
        return out
    }
}
