import TutorCore
import TutorAnalysis

/// A process's lost events on its row of the state panel (gaps 30B). The record gives how many a process lost and
/// never when, so the row says it at every step, with the words that the time is not known.
extension StatePanel {
    /// How many events each named process lost (the trailer's `lost_by_process`, gaps 28C), by pid: the processes
    /// the timeline's lane line speaks of (a file without a readable `proc` line has no process to put it on).
    public static func lostEvents(in timeline: Timeline) -> [Int32: Int] {
        var lost: [Int32: Int] = [:]
        for loss in timeline.trailer?.lostByProcess ?? [] where loss.lost > 0 && loss.process != nil {
            lost[loss.pid, default: 0] += loss.lost
        }
        return lost
    }

    /// The panel with each process's loss said on its row.
    public func losing(_ lost: [Int32: Int]) -> StatePanel {
        var panel = self
        panel.lostEvents = lost
        return panel
    }

    /// " · ⚠ 3 of its events were lost (when is not known)", or nothing for a process that lost none.
    func lostText(_ pid: Int32) -> String {
        guard let n = lostEvents[pid], n > 0 else { return "" }
        let warn = painter.symbol("⚠", ascii: "!")
        return dot + painter.paint(n == 1 ? Phrase.panelLostOne.text(["warn": warn]) : Phrase.panelLost.text(["warn": warn, "n": n]), .yellow)
    }
}
