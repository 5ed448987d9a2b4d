import Foundation
import TutorCore

/// A run's trace folder read while the run goes on: new files are picked up, and each file is read
/// from where the last read stopped, so a refresh costs what was added, not the whole run.
struct GrowingTraceFolder: Sendable {
    /// The run's `MPTUTOR_TRACE_DIR`.
    let directory: String
    private var files: [String: GrowingEventFile] = [:]
    /// Lines of `run-stops.log` read at the last refresh (gaps 29D: a stop is written when it happens).
    private var stopLines = 0

    init(directory: String) {
        self.directory = directory
    }

    /// Reads what was added since the last refresh. A file that disappears keeps what was read of it.
    /// - Returns: how many complete lines were added.
    @discardableResult
    mutating func refresh() -> Int {
        // `.tmp` files are processes still writing their header: they are renamed once it is in.
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".jsonl") }
        var added = 0
        for name in names {
            var file = files[name] ?? GrowingEventFile(name: name)
            added += file.readNew(directory: directory)
            files[name] = file
        }
        // small (two lines a stop), read whole: it grows only when the run is stopped or continued
        let stops = RunStopLog.read(directory: directory, startNs: 0, mainPid: 0).lines
        added += max(stops - stopLines, 0)
        stopLines = stops
        return added
    }

    /// Everything read so far, merged in time order, with no end of the main process (it has not been
    /// seen yet) and no lost-event count (a gap may still be filled by a line being written).
    /// - Parameters:
    ///   - startNs: CLOCK_MONOTONIC when mp-tutor started the run.
    ///   - mainPid: the pid of the python3 mp-tutor started.
    func merged(startNs: UInt64, mainPid: Int32) -> MergedTrace {
        let logs = files.keys.sorted().compactMap { files[$0]?.log }
        let stops = RunStopLog.read(directory: directory, startNs: startNs, mainPid: mainPid).observations
        return TraceMerger.merge(logs: logs, lost: 0, startNs: startNs, end: nil, mainPid: mainPid, observations: stops)
    }

    /// Complete lines read so far in every file, headers included.
    var lineCount: Int { files.values.reduce(0) { $0 + ($1.header == nil ? 0 : 1) + $1.records.count } }
}
