import Foundation
import TutorCore

/// Runs a Python program under the tracer and turns what every process recorded into a transcript.
///
/// run → per-process event files → merged events → `Transcript`: the only way live events enter mp-tutor.
public struct TracedRun: Sendable {
    /// What to run.
    public struct Request: Sendable {
        public var python: String
        /// The script and its arguments.
        public var script: String
        public var arguments: [String]
        public var workingDirectory: String?
        public var timeout: Double?
        public var startMethod: String?
        public var lesson: String?
        public var variant: String?
        public var parameters: JSONObject
        /// The command as it should appear in the transcript (paths relative to the project).
        public var displayCommand: [String]
        /// Sample each process's OS scheduling state while it runs (Linux `/proc`).
        public var sampleOS = false
        /// Replace the home folder and user name in every text of the transcript (`--redact`).
        public var redact = false
        /// mp-tutor's checkout, if any: paths under it are written relative to it in the transcript.
        public var checkout: String?
        /// `script` is a module name, run as `python3 -m` runs it.
        public var module = false
        /// The text of a script that came through a pipe (`<(…)`, `-`): it is written into the run's scratch
        /// folder and run from there, since spawn and forkserver children read the main script again.
        public var scriptText: [UInt8]?
        /// mp-tutor's descriptor the program reads as its standard input (nil: `/dev/null`).
        public var stdinDescriptor: Int32?
        /// Relay it through a pipe (it is mp-tutor's terminal).
        public var relayStdin = false
        /// A live view holds the terminal's alternate screen during the run: if mp-tutor is killed, the
        /// lifeline leaves it and shows the cursor again.
        public var restoreScreenIfKilled = false

        public init(python: String, script: String, arguments: [String] = [], workingDirectory: String? = nil,
                    timeout: Double? = nil, startMethod: String? = nil, lesson: String? = nil, variant: String? = nil,
                    parameters: JSONObject = JSONObject(), displayCommand: [String]? = nil) {
            self.python = python
            self.script = script
            self.arguments = arguments
            self.workingDirectory = workingDirectory
            self.timeout = timeout
            self.startMethod = startMethod
            self.lesson = lesson
            self.variant = variant
            self.parameters = parameters
            self.displayCommand = displayCommand ?? [script] + arguments
        }
    }

    /// What came of it.
    public struct Result: Sendable {
        public var transcript: Transcript
        public var outcome: RunOutcome
        /// True when no process reported anything: the tracer could not start.
        public var tracerSilent: Bool
        /// Processes whose tracer stopped because the temporary folder was full (their record is cut short).
        public var outOfSpacePids: [Int32] = []
        /// The stable key of each event of the transcript (same index), to find an event again.
        public var eventKeys: [EventKey?] = []
    }

    /// Where a run that has just started writes its events: what a live view needs to follow it.
    public struct LiveSource: Sendable {
        /// The run's `MPTUTOR_TRACE_DIR`.
        var eventsDirectory: String
        /// CLOCK_MONOTONIC right before the spawn.
        public var startNs: UInt64
        /// The python3 mp-tutor started.
        var mainPid: Int32
    }

    public var environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// Runs `request` to completion.
    /// - Parameter onStart: called on the running thread right after the spawn, with where the events go.
    public func run(_ request: Request, onStart started: (@Sendable (LiveSource) -> Void)? = nil) throws -> Result {
        let folder = try ScratchFolder.make(base: Self.temporaryBase)
        defer { folder.remove() }
        let scratch = folder.path
        let tracerDir = scratch + "/tracer", eventsDir = scratch + "/events"
        // 0700, like the scratch folder: the first interpreter writes the tracer's bytecode cache into
        // tracerDir only when no other user may write there (mptutor_trace.compile_areas).
        for dir in [tracerDir, eventsDir] {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        }
        try TracerSource.install(into: tracerDir)

        var env = environment
        env["PYTHONPATH"] = [tracerDir + "/" + TracerBootZip.name, env["PYTHONPATH"]].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ":")
        env["MPTUTOR_TRACE_DIR"] = eventsDir
        env["MPTUTOR_T0"] = String(MonotonicClock.nowNs())
        env["MPTUTOR_START_METHOD"] = request.startMethod
        env["PYTHONDONTWRITEBYTECODE"] = env["PYTHONDONTWRITEBYTECODE"] ?? "1"

        let sampler = request.sampleOS ? ProcessSampler() : nil
        let onStart: @Sendable (Int32, UInt64) -> Void = { pid, startNs in
            // The python3 mp-tutor starts leads its own process group: every process of the run is in it.
            sampler?.start(processGroup: pid)
            started?(LiveSource(eventsDirectory: eventsDir, startNs: startNs, mainPid: pid))
        }
        // python3 reads a leading "-" as an option: "./-odd.py" is the same file and no option.
        let script = request.script.hasPrefix("-") && request.script != "-" ? "./" + request.script : request.script
        var program = request.module ? ["-m", request.script] : [script]
        if let text = request.scriptText {
            let copy = scratch + "/script/" + Self.copyName(request.script)
            try FileManager.default.createDirectory(atPath: scratch + "/script", withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: copy, contents: Data(text)) else {
                throw MPTutorError.runFailed(Phrase.errScriptCopy.text(["script": request.script, "folder": scratch]))
            }
            program = [copy]
        }
        var runRequest = RunRequest(executable: request.python, arguments: program + request.arguments,
                                    environment: env, workingDirectory: request.workingDirectory, timeout: request.timeout)
        runRequest.stdinDescriptor = request.stdinDescriptor
        runRequest.relayStdin = request.relayStdin
        runRequest.restoreScreenIfKilled = request.restoreScreenIfKilled
        runRequest.scratchFolder = scratch
        runRequest.scratchLockDescriptor = folder.lockFD
        runRequest.stopLogFolder = eventsDir
        runRequest.eventsFolder = eventsDir
        let outcome = try Supervisor().run(runRequest, onStart: onStart)
        // what mp-tutor saw from outside: OS states, and the stretches job control stopped the run (gaps 27B)
        let observations = OSStateClassifier.stretches(sampler?.stop() ?? []).map(\.observation)
            + RunSuspension.stops.flatMap { $0.observations(mainPid: outcome.pid) }

        var facts = RunFacts(outcome: outcome, timeout: request.timeout)
        let outOfSpace = Self.outOfSpacePids(eventsDir)
        if !outOfSpace.isEmpty {
            // The transcript is always written in English (it replays in either language).
            facts.recordingProblem = Phrase.problemOutOfSpace.text(in: .en, ["folder": Self.temporaryBase, "n": outOfSpace.count,
                                                                             "pids": outOfSpace.map(String.init).joined(separator: Phrase.listComma.text())])
        }
        var assembled = Self.transcript(request, eventsDirectory: eventsDir, run: facts, startNs: outcome.startedAtMonotonicNs,
                                        endNs: outcome.endedAtMonotonicNs, mainPid: outcome.pid, observations: observations,
                                        environment: environment,
                                        output: UnrecordedOutput.streamsAreUTF8(environment: env) ? (outcome.stdout, outcome.stderr) : nil)
        // this run's processes were re-parented to mp-tutor only if it was a child subreaper (gaps 12A): said in the
        // header by a live run only (a transcript assembled from fixed logs says nothing of a runner)
        assembled.transcript.header.runnerSubreaper = Subreaper.isEnabled
        return Result(transcript: assembled.transcript, outcome: outcome, tracerSilent: assembled.tracerSilent,
                      outOfSpacePids: outOfSpace, eventKeys: assembled.keys)
    }

    /// The transcript header of a run of `request`, with what the main process reported about itself.
    public static func header(_ request: Request, merged: MergedTrace, mainPid: Int32) -> TranscriptHeader {
        var header = header(request, merged: merged, mainPid: mainPid, recordedAt: timestamp())
        header.runnerSubreaper = Subreaper.isEnabled     // a live run's (gaps 12A)
        return header
    }

    /// Now, as the header's `recorded_at` says it.
    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date())
    }

    static func header(_ request: Request, merged: MergedTrace, mainPid: Int32, recordedAt: String) -> TranscriptHeader {
        let main = merged.mainProcessFacts
        var header = TranscriptHeader(
            lesson: request.lesson, variant: request.variant, command: request.displayCommand,
            python: main["python"]?.stringValue, startMethod: Self.startMethod(merged, mainPid: mainPid),
            platform: main["platform"]?.stringValue ?? Self.platformName, cpus: Int(main["cpus"]?.intValue ?? Int64(ProcessInfo.processInfo.activeProcessorCount)),
            mptutorVersion: MPTutorVersion.current, recordedAt: recordedAt, parameters: request.parameters)
        if request.sampleOS { header.osSampling = ProcessSampler.isAvailable ? "linux-proc" : "unavailable" }
        return header
    }
}

extension RunFacts {
    init(outcome: RunOutcome, timeout: Double?) {
        var code: Int32?, signal: Int32?
        switch outcome.termination {
        case let .exited(status): code = status
        case let .signaled(number): signal = number
        }
        self.init(exitCode: code, signal: signal, timedOut: outcome.timedOut, interrupted: outcome.interrupted,
                  timeoutSeconds: timeout, durationNs: Int64(outcome.endedAtMonotonicNs) - Int64(outcome.startedAtMonotonicNs),
                  leftoverPids: outcome.leftoverPids)
        interruptSignal = outcome.interruptSignal
        interruptSentNs = outcome.interruptSentAtNs.map { Int64(clamping: $0) }
        receivedSignals = outcome.receivedSignals
        receivedSignalsDropped = outcome.receivedSignalsDropped
        machineLoad = outcome.machineLoad
    }
}

public extension TracedRun {
    /// `$TMPDIR`, else `/tmp`: where scratch folders go.
    static var temporaryBase: String {
        ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    }
}

private extension TracedRun {
    /// The start method the main process ran with: its own `set_start_method()` if it called it, else the default.
    static func startMethod(_ merged: MergedTrace, mainPid: Int32) -> String? {
        // A call that raised ("context has already been set") changed nothing.
        merged.events.last { $0.is(.processStartMethod) && $0.pid == mainPid && $0.ok != false }?.method
            ?? merged.mainProcessFacts["start_method"]?.stringValue
    }

    /// A file name for the copy of a piped script: its own name when it looks like one, else `script.py`.
    static func copyName(_ script: String) -> String {
        let name = script.split(separator: "/").last.map(String.init) ?? ""
        let safe = name.hasSuffix(".py") && name.allSatisfy { $0.isLetter || $0.isNumber || "._-".contains($0) }
        return safe ? name : "script.py"
    }

    /// The processes that left a `nospace-<pid>` mark: their tracer stopped on ENOSPC or EDQUOT.
    static func outOfSpacePids(_ eventsDir: String) -> [Int32] {
        ((try? FileManager.default.contentsOfDirectory(atPath: eventsDir)) ?? [])
            .compactMap { $0.hasPrefix("nospace-") ? Int32($0.dropFirst(8)) : nil }.sorted()
    }

    static var platformName: String {
        #if os(Linux)
        "linux"
        #else
        "darwin"
        #endif
    }
}
