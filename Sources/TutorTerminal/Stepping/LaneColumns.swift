import Foundation
import TutorAnalysis

/// Where each lane's events fall on a lane row's bar, per bar width: for every column, the last event of
/// the lane drawn in it. A lane row drew every event of its lane on every screen (a million-event run's
/// `G` or step number walked the whole run); with this it draws one mark per column, the same mark:
/// a column shows the last of its events, past or future by that event alone.
final class LaneColumns: @unchecked Sendable {
    private let lock = NSLock()
    private var byWidth: [Int: [[Int32]]] = [:]

    /// For `lane`, each column's last event index (-1 where none falls) on a bar `barWidth` columns wide.
    func lastEvents(lane: Int, barWidth: Int, timeline: Timeline) -> [Int32] {
        lock.withLock {
            if let known = byWidth[barWidth] { return known[lane] }
            let made = Self.columns(barWidth: barWidth, timeline: timeline)
            // A resize leaves old widths behind: keep only the few latest.
            if byWidth.count >= 4 { byWidth.removeAll() }
            byWidth[barWidth] = made
            return made[lane]
        }
    }

    /// The column of the bar that shows time `t` (the one formula the lane rows and the cursor use).
    static func column(of t: Int64, duration: Int64, barWidth: Int) -> Int {
        min(barWidth - 1, max(0, Int(Double(t) / Double(max(1, duration)) * Double(barWidth - 1))))
    }

    private static func columns(barWidth: Int, timeline: Timeline) -> [[Int32]] {
        var out = [[Int32]](repeating: [Int32](repeating: -1, count: barWidth), count: timeline.lanes.count)
        let duration = timeline.durationNs
        // Events in index order: a later event in the same column replaces an earlier one, as drawing did.
        for (index, event) in timeline.events.enumerated() {
            out[timeline.laneOfEvent[index]][column(of: event.t, duration: duration, barWidth: barWidth)] = Int32(index)
        }
        return out
    }
}
