import TutorCore

/// One job for the CPU-scheduling simulator: it arrives at a whole tick and needs `burst` ticks of CPU.
public struct SchedulingJob: Sendable, Equatable {
    public var name: String
    /// The tick at which the job becomes ready (≥ 0).
    var arrival: Int
    /// The CPU time the job needs, in ticks (≥ 1).
    var burst: Int

    public init(name: String, arrival: Int, burst: Int) {
        self.name = name
        self.arrival = arrival
        self.burst = burst
    }

    /// The lesson's job set: a long job first (FCFS shows the convoy effect), then three shorter ones,
    /// one arriving each tick, so every algorithm orders them differently.
    static let lessonDefault = [
        SchedulingJob(name: "A", arrival: 0, burst: 8),
        SchedulingJob(name: "B", arrival: 1, burst: 4),
        SchedulingJob(name: "C", arrival: 2, burst: 9),
        SchedulingJob(name: "D", arrival: 3, burst: 5),
    ]

    /// The lesson's job set as `--jobs` spells it.
    public static let lessonDefaultSpec = "A:0:8,B:1:4,C:2:9,D:3:5"

    static let maximumJobs = 26
    static let maximumTicks = 1000
    static let maximumNameWidth = 8

    /// Reads a `--jobs` list, `NAME:ARRIVAL:BURST,...`, with errors that name the bad item.
    public static func parseList(_ text: String) throws -> [SchedulingJob] {
        let items = text.split(separator: ",", omittingEmptySubsequences: false).map {
            String($0).trimmingCharacters(in: .whitespaces)
        }
        guard !(items.count == 1 && items[0].isEmpty) else {
            throw MPTutorError.usage(Phrase.errJobsEmpty.text(), hint: usageHint)
        }
        guard items.count <= maximumJobs else {
            throw MPTutorError.usage(Phrase.errJobsTooMany.text(["max": maximumJobs, "n": items.count]), hint: usageHint)
        }
        var jobs: [SchedulingJob] = []
        for item in items {
            let job = try parseItem(item)
            if jobs.contains(where: { $0.name == job.name }) {
                throw MPTutorError.usage(Phrase.errJobsNameTwice.text(["item": item, "name": job.name]),
                                         hint: usageHint)
            }
            jobs.append(job)
        }
        return jobs
    }

    static var usageHint: String { Phrase.hintJobs.text(["example": lessonDefaultSpec]) }

    private static func parseItem(_ item: String) throws -> SchedulingJob {
        func fail(_ problem: String) -> MPTutorError {
            .usage(Phrase.errJobsItem.text(["item": item, "problem": problem]), hint: usageHint)
        }
        guard !item.isEmpty else { throw fail(Phrase.jobEmptyItem.text()) }
        let parts = item.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3 else { throw fail(Phrase.jobParts.text(["n": parts.count])) }
        let name = parts[0]
        guard !name.isEmpty else { throw fail(Phrase.jobNameEmpty.text()) }
        guard name.allSatisfy({ !$0.isWhitespace && $0.displayWidth > 0 }) else {
            throw fail(Phrase.jobNamePrintable.text())
        }
        guard name.displayWidth <= maximumNameWidth else {
            throw fail(Phrase.jobNameWide.text(["n": maximumNameWidth]))
        }
        guard let arrival = wholeNumber(parts[1]), arrival >= 0 else {
            throw fail(Phrase.jobArrival.text(["value": parts[1]]))
        }
        guard let burst = wholeNumber(parts[2]), burst >= 1 else {
            throw fail(Phrase.jobBurst.text(["value": parts[2]]))
        }
        guard arrival <= maximumTicks, burst <= maximumTicks else {
            throw fail(Phrase.jobLimit.text(["n": maximumTicks]))
        }
        return SchedulingJob(name: name, arrival: arrival, burst: burst)
    }

    /// Digits only (no sign, no spaces), so "+3" and " 3" are refused like "x".
    private static func wholeNumber(_ text: String) -> Int? {
        guard !text.isEmpty, text.count <= 9, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }
}
