import TutorAnalysis
import TutorCore

/// What each lane says of its process's lost events (the trailer's `lost_by_process`, gaps 28C), on every screen with
/// lanes. The record counts losses per process file, never per thread and never with a time, so every lane of a
/// process that lost events says it (gaps 31C; before, only its main-thread lane did), and a process with several
/// lanes says on each that which thread lost them is not known either.
public struct LaneLoss: Sendable {
    /// Events lost by pid (`StatePanel.lostEvents(in:)`).
    public let lost: [Int32: Int]
    private let lanes: [Lane]
    private let lanesOfProcess: [Int32: Int]

    public init(_ timeline: Timeline) {
        lost = StatePanel.lostEvents(in: timeline)
        lanes = lost.isEmpty ? [] : timeline.lanes
        var count: [Int32: Int] = [:]
        for lane in lanes where lost[lane.pid] != nil { count[lane.pid, default: 0] += 1 }
        lanesOfProcess = count
    }

    public var isEmpty: Bool { lost.isEmpty }

    /// The sentence for lane `lane` ("⚠ 3 events of this process were lost (when is not known)"), nil when its
    /// process lost none.
    public func sentence(lane: Int, warn: String) -> String? {
        guard let (n, shared) = loss(lane) else { return nil }
        switch (shared, n == 1) {
        case (false, true): return Phrase.laneLostOne.text(["warn": warn])
        case (false, false): return Phrase.laneLost.text(["warn": warn, "n": n])
        case (true, true): return Phrase.laneLostSharedOne.text(["warn": warn])
        case (true, false): return Phrase.laneLostShared.text(["warn": warn, "n": n])
        }
    }

    /// The short mark after a lane's bar ("⚠ 3 lost, when not known"), nil when its process lost none.
    public func mark(lane: Int, warn: String) -> String? {
        guard let (n, shared) = loss(lane) else { return nil }
        return (shared ? Phrase.stepLaneLostShared : .stepLaneLost).text(["warn": warn, "n": n])
    }

    /// The count and whether the process has more than one lane (then no lane may read as the one that lost them).
    private func loss(_ lane: Int) -> (Int, Bool)? {
        guard lanes.indices.contains(lane), let n = lost[lanes[lane].pid] else { return nil }
        return (n, (lanesOfProcess[lanes[lane].pid] ?? 0) > 1)
    }
}
