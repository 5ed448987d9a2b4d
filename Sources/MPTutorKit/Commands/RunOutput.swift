/// Shared endings of commands that run a program.
enum RunOutput {
    /// mp-tutor's own exit status after a lesson's run: 128+N when signal N (Ctrl-C: 130, SIGTERM: 143,
    /// SIGHUP: 129) stopped it, else 0 (a demo's failure is shown, not passed on).
    static func status(_ outcome: RunOutcome) -> Int32 {
        outcome.interrupted ? 128 + (outcome.interruptSignal ?? 2) : 0
    }

    /// A lesson's status: as `status`, but a run that did not record is no success: 74 (EX_IOERR) when
    /// the temporary folder ran out of space, 1 when the tracer did not start.
    static func lessonStatus(_ result: TracedRun.Result) -> Int32 {
        let status = status(result.outcome)
        guard status == 0 else { return status }
        if !result.outOfSpacePids.isEmpty { return 74 }
        return result.tracerSilent ? 1 : 0
    }

    /// `trace`'s exit status after a traced run: the program's, or 74 (EX_IOERR) when the program
    /// succeeded but the temporary folder ran out of space and its record is cut short.
    static func traceStatus(_ result: TracedRun.Result) -> Int32 {
        let status = programStatus(result.outcome)
        return status == 0 && !result.outOfSpacePids.isEmpty ? 74 : status
    }

    /// `trace`'s exit status, which follows the program as `time` and `timeout(1)` do: 128+N when mp-tutor
    /// was stopped by signal N, 124 when the watchdog stopped the run, else the program's own code, or
    /// 128+N when signal N ended it.
    static func programStatus(_ outcome: RunOutcome) -> Int32 {
        if outcome.interrupted { return status(outcome) }
        if outcome.timedOut { return 124 }
        switch outcome.termination {
        case let .exited(code): return code
        case let .signaled(signal): return 128 + signal
        }
    }

    /// Writes the run's transcript where `--record` asked. A failure does not stop the command: the
    /// timeline is still shown, and `finish` reports the failure after it.
    static func record(_ result: TracedRun.Result, to path: String?) -> MPTutorError? {
        guard let path else { return nil }
        do {
            try TranscriptWriter.write(result.transcript, to: path)
            return nil
        } catch let error as MPTutorError {
            return error
        } catch {
            return .recordFailed("could not write the transcript to \(path): \(error)")
        }
    }

    /// "recorded to …" after a successful record, nothing otherwise.
    static func recordedLine(_ path: String?, failure: MPTutorError?) -> String {
        guard let path, failure == nil else { return "" }
        return "recorded to \(path == "-" ? "standard output" : path)\n"
    }

    /// The command's status once the run was shown: a failed record is reported last, naming the path,
    /// and makes the status 74 (EX_IOERR) unless the run's own status already says something went wrong.
    static func finish(_ status: Int32, recordFailure: MPTutorError?) -> Int32 {
        guard let failure = recordFailure else { return status }
        Console.error("Error: \(failure.message)\n")
        return status == 0 ? failure.exitStatus : status
    }

    /// Before the run: `--record -` moves the timeline to standard error, and the program (or the
    /// lesson's demo) may not be overwritten by its own transcript.
    static func prepareRecord(_ path: String?, protecting files: [String]) throws {
        guard let path else { return }
        try RecordDestination(path).checkNotOverwriting(files)
        if path == "-" { Console.sendOutputToStandardError() }
    }

    /// Said when the tracer recorded nothing, with what the program printed, so nothing is hidden.
    static func tracerWarning(_ result: TracedRun.Result, painter: Painter) -> String {
        if !result.outOfSpacePids.isEmpty {
            let problem = result.transcript.trailer?.run.recordingProblem ?? "the temporary folder ran out of space"
            return painter.paint("⚠ \(problem). Their events from then on are lost, so nothing here is proved. "
                + "Free some space, or set TMPDIR to a folder with room, and run again.\n", .yellow)
        }
        guard result.tracerSilent else { return "" }
        var text = painter.paint("⚠ no process reported any event: the tracer did not start in this python. "
            + "Here is what the program printed:\n", .yellow)
        let out = String(decoding: result.outcome.stdout, as: UTF8.self)
        let err = String(decoding: result.outcome.stderr, as: UTF8.self)
        for line in (out + err).split(separator: "\n", omittingEmptySubsequences: false) {
            text += "  " + TextSanitizer.neutralize(String(line), keepColors: false) + "\n"
        }
        return text
    }
}
