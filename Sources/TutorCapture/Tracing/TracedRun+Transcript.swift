import TutorCore

extension TracedRun {
    /// A finished run's transcript, before it is written.
    struct Assembled {
        var transcript: Transcript
        /// The stable key of each event (same index).
        var keys: [EventKey?]
        /// No process reported anything: the tracer could not start.
        var tracerSilent: Bool
    }

    /// The transcript of a run that has ended, from the per-process logs it left in `eventsDirectory`.
    /// - Parameters:
    ///   - run: how the run ended, as mp-tutor saw it (a recording problem already found stays).
    ///   - startNs, endNs: CLOCK_MONOTONIC at the spawn and at the main process's end.
    ///   - mainPid: the python3 mp-tutor started.
    ///   - recordedAt: the header's time of recording (now, unless a test fixes it).
    static func transcript(_ request: Request, eventsDirectory: String, run: RunFacts, startNs: UInt64, endNs: UInt64,
                           mainPid: Int32, observations: [Observation] = [], environment: [String: String],
                           recordedAt: String? = nil, output: (stdout: [UInt8], stderr: [UInt8])? = nil) -> Assembled {
        var facts = run
        var merged = TraceMerger.merge(directory: eventsDirectory, startNs: startNs, endNs: endNs, mainPid: mainPid, run: facts,
                                       observations: observations)
        // Before paths are made portable (that shortens recorded lines): the printed text as the run wrote it.
        if let output {     // only when the streams are UTF-8 (`UnrecordedOutput.streamsAreUTF8`)
            facts.unrecordedStdoutChars = UnrecordedOutput.characters(output: output.stdout, stream: "stdout", events: merged.events)
            facts.unrecordedStderrChars = UnrecordedOutput.characters(output: output.stderr, stream: "stderr", events: merged.events)
            // The lines only where the count says some text is on no row: where the prints account for every character,
            // a real line that matches none is prints of two processes met mid-line, not text written past print().
            if facts.unrecordedStdoutChars > 0 {
                facts.unrecordedStdoutLines = UnrecordedOutput.lines(output: output.stdout, stream: "stdout", events: merged.events)
            }
            if facts.unrecordedStderrChars > 0 {
                facts.unrecordedStderrLines = UnrecordedOutput.lines(output: output.stderr, stream: "stderr", events: merged.events)
            }
        }
        let main = merged.mainProcessFacts
        let header = Self.header(request, merged: merged, mainPid: mainPid, recordedAt: recordedAt ?? Self.timestamp())
        if facts.recordingProblem == nil, main.members.isEmpty {
            // Stopped by the watchdog before the tracer wrote anything (round 15H: a 5 s limit on a machine at load 20):
            // it had not started yet, which says nothing of this python.
            if facts.timedOut, let limit = facts.timeoutSeconds {
                facts.recordingProblem = Phrase.recordingNotStartedBeforeWatchdog.text(in: .en, ["limit": Format.duration(limit)])
            } else {
                facts.recordingProblem = Phrase.checkTracerSilent.text(in: .en)
            }
        }
        let trailer = TranscriptTrailer.summarizing(merged.events, lostEvents: merged.lostEvents,
                                                    silentProcesses: merged.silentProcesses,
                                                    lostByProcess: merged.lostByProcess, run: facts)
        var transcript = Transcript(header: header, events: merged.events, trailer: trailer)
        // The transcript holds the only reference to the events from here: paths are rewritten in place.
        merged.events = []
        PortablePaths.forRun(script: request.script, workingDirectory: request.workingDirectory,
                             checkout: request.checkout, environment: environment).apply(to: &transcript)
        if request.redact { transcript = TranscriptRedaction.current(environment: environment).apply(to: transcript) }
        return Assembled(transcript: transcript, keys: merged.keys, tracerSilent: main.members.isEmpty)
    }
}
