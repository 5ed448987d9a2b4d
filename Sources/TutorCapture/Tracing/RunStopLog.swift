#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore

/// The stops of a run as they happen (gaps 29D), in `run-stops.log` beside the processes' event files: one JSON line
/// when the run's processes are sent the stop (`run.stopped`, before mp-tutor stops itself) and one when they are
/// continued (`run.continued`, with `duration_ns`). A live view reads it as the run goes on; `replay FOLDER` reads it
/// with the folder; a run's own transcript takes its stops from `RunSuspension.stops` at the end, as before (the same
/// times). Not a `.jsonl` file: it is no process's log. Read as outside input (a copied folder may be edited).
struct RunStopLog: Sendable {
    static let fileName = "run-stops.log"
    /// More than any real run's stops; a longer file is read up to here.
    static let maxBytes = 1 << 20
    static let maxLines = 4096

    private let descriptor: Int32

    /// Creates the file in `directory` (the run's events folder) at the run's start, so that it exists before any stop.
    static func create(in directory: String) -> RunStopLog? {
        let descriptor = open(directory + "/" + fileName, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        return descriptor >= 0 ? RunStopLog(descriptor: descriptor) : nil
    }

    /// Closes the file (the run is over).
    func closeFile() {
        _ = close(descriptor)
    }

    /// Writes one stop's line (`continued` false: the stop, true: the continue), with one `write`.
    func append(_ stop: RunSuspension.Stop, continued: Bool) {
        let line = Self.line(stop, continued: continued)
        let bytes = Array(line.utf8)
        bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let n = write(descriptor, buffer.baseAddress! + done, buffer.count - done)
                if n < 0, errno == EINTR { continue }
                if n <= 0 { return }
                done += n
            }
        }
    }

    static func line(_ stop: RunSuspension.Stop, continued: Bool) -> String {
        let kind = continued ? EventKind.runContinued : EventKind.runStopped
        var line = #"{"kind":"\#(kind.rawValue)","t":\#(continued ? stop.continuedAtNs : stop.stoppedAtNs),"#
            + #""\#(EventField.signame)":"\#(RunSuspension.Stop.name(of: stop.signal))""#
        if continued { line += #","\#(EventField.durationNs)":\#(stop.continuedAtNs &- stop.stoppedAtNs)"# }
        if stop.senderPid > 0 { line += #","\#(EventField.senderPid)":\#(stop.senderPid)"# }
        return line + "}\n"
    }
}
