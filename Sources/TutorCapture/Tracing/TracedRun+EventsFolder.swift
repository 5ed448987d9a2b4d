import Foundation
import TutorCore

public extension TracedRun {
    /// The transcript of a folder of per-process event files (a run's `MPTUTOR_TRACE_DIR`, or files copied from
    /// one), merged as `trace` merges them after a run: `mp-tutor replay FOLDER`.
    ///
    /// The files are outside input read by the same reader as a live run's (`RawProcessLog`): a line that
    /// cannot be read is skipped and counted as lost, as after a run. What only the live run knows is not
    /// invented: no exit status (the main process's end is not added), no received signals, no OS states (the stops
    /// mp-tutor wrote as they happened, `run-stops.log`, are read: they are in the folder).
    /// Time 0 is the earliest first line (`proc`) of any file.
    /// - Throws: `MPTutorError.badInput` when no file of the folder has a readable `proc` line.
    static func transcript(eventsFolder directory: String) throws -> Transcript {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue,
              (try? FileManager.default.contentsOfDirectory(atPath: directory)) != nil else {
            throw MPTutorError.badInput(file: directory, line: nil, message: Phrase.errEventsFolderUnreadable.text())
        }
        let (logs, lost, unread) = TraceMerger.readLogs(directory: directory)
        // A clock reading is never negative; a hostile `t` below 0 or absent counts as 0 here.
        let starts = logs.map { max($0.header["t"]?.intValue ?? 0, 0) }
        guard let first = starts.min() else {
            throw MPTutorError.badInput(file: directory, line: nil, message: Phrase.errEventsFolderNoProcess.text(["lost": lost]))
        }
        let main = logs.first { $0.role == "main" } ?? logs[starts.firstIndex(of: first) ?? 0]
        let startNs = UInt64(first)
        // the stops mp-tutor wrote as they happened (gaps 29D): a folder copied from a killed run keeps them
        let stops = RunStopLog.read(directory: directory, startNs: startNs, mainPid: main.pid).observations
        let merged = TraceMerger.merge(logs: logs, lost: lost, unreadFiles: unread, startNs: startNs, end: nil, mainPid: main.pid,
                                       observations: stops)
        let argv = (main.header["argv"]?.arrayValue ?? []).compactMap(\.stringValue).prefix(64)
        let request = Request(python: "python3", script: argv.first ?? "", arguments: Array(argv.dropFirst()))
        let header = header(request, merged: merged, mainPid: main.pid, recordedAt: timestamp())
        let last = merged.events.last?.t ?? 0
        let facts = RunFacts(exitCode: nil, durationNs: max(last, 0))
        let trailer = TranscriptTrailer.summarizing(merged.events, lostEvents: merged.lostEvents,
                                                    silentProcesses: merged.silentProcesses,
                                                    lostByProcess: merged.lostByProcess, run: facts)
        return Transcript(header: header, events: merged.events, trailer: trailer)
    }
}
