import Foundation
import TutorCore
import TutorCapture

/// `--record` around a live run: checked before it (the traced program is never overwritten; `-` moves
/// the timeline to standard error), written after it without stopping the command when it fails.
enum RunRecord {
    /// Before the run: `--record -` moves the timeline to standard error, and the program (or the
    /// lesson's demo and text) may not be overwritten by its own transcript.
    static func prepare(_ path: String?, protecting files: [String]) throws {
        guard let path else { return }
        try RecordDestination(path).checkNotOverwriting(files)
        if path == "-" { Console.sendOutputToStandardError() }
    }

    /// Writes the run's transcript where `--record` asked. A failure does not stop the command: the
    /// timeline is still shown, and `finish` reports the failure after it.
    static func write(_ result: TracedRun.Result, to path: String?) -> MPTutorError? {
        guard let path else { return nil }
        do {
            try TranscriptWriter.write(result.transcript, to: path)
            return nil
        } catch let error as MPTutorError {
            return error
        } catch {
            return .recordFailed(Phrase.errRecordWrite.text(["path": path, "reason": "\(error)"]))
        }
    }

    /// Starts writing the transcript on another thread, so that the file is written while the timeline is
    /// built and shown; `wait()` gives what `write` would have. Standard output (`-`) and a device or FIFO
    /// (`/dev/stdout`, a pipe) are written at once, as before: the timeline must not interleave with them.
    static func writeInBackground(_ result: TracedRun.Result, to path: String?) -> PendingRecord {
        let pending = PendingRecord()
        guard let path else { return pending }
        var info = stat()
        let special = stat(path, &info) == 0 && info.st_mode & S_IFMT != S_IFREG
        guard path != "-", !special else {
            pending.finish(write(result, to: path))
            return pending
        }
        pending.group.enter()
        Thread.detachNewThread {
            pending.finish(write(result, to: path))
            pending.group.leave()
        }
        return pending
    }

    /// "recorded to …" after a successful record, nothing otherwise.
    static func recordedLine(_ path: String?, failure: MPTutorError?) -> String {
        guard let path, failure == nil else { return "" }
        return Phrase.recordedTo.text(["path": path == "-" ? Phrase.recordedToStandardOutput.text() : path]) + "\n"
    }

    /// The command's status once the run was shown: a failed record is reported last, naming the path,
    /// and makes the status 74 (EX_IOERR) unless the run's own status already says something went wrong.
    static func finish(_ status: Int32, failure: MPTutorError?) -> Int32 {
        guard let failure else { return status }
        Console.error(Phrase.errorPrefix.text(["message": failure.message]) + "\n")
        return status == 0 ? failure.exitStatus : status
    }
}
