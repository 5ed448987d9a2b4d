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
        let scratch = try Self.makeScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let tracerDir = scratch + "/tracer", eventsDir = scratch + "/events"
        for dir in [tracerDir, eventsDir] {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        }
        try TracerSource.install(into: tracerDir)

        var env = environment
        env["PYTHONPATH"] = [tracerDir, env["PYTHONPATH"]].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ":")
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
        let runRequest = RunRequest(executable: request.python, arguments: [request.script] + request.arguments,
                                    environment: env, workingDirectory: request.workingDirectory, timeout: request.timeout)
        let outcome = try Supervisor().run(runRequest, onStart: onStart)
        let observations = OSStateClassifier.stretches(sampler?.stop() ?? []).map(\.observation)

        let facts = RunFacts(outcome: outcome, timeout: request.timeout)
        let merged = TraceMerger.merge(directory: eventsDir, startNs: outcome.startedAtMonotonicNs,
                                       endNs: outcome.endedAtMonotonicNs, mainPid: outcome.pid, run: facts,
                                       observations: observations)
        let main = merged.mainProcessFacts
        let header = Self.header(request, merged: merged, mainPid: outcome.pid)
        let trailer = TranscriptTrailer.summarizing(merged.events, lostEvents: merged.lostEvents,
                                                    silentProcesses: merged.silentProcesses, run: facts)
        let transcript = Transcript(header: header, events: merged.events, trailer: trailer)
        return Result(transcript: transcript, outcome: outcome, tracerSilent: main.members.isEmpty, eventKeys: merged.keys)
    }

    /// The transcript header of a run of `request`, with what the main process reported about itself.
    public static func header(_ request: Request, merged: MergedTrace, mainPid: Int32) -> TranscriptHeader {
        let main = merged.mainProcessFacts
        var header = TranscriptHeader(
            lesson: request.lesson, variant: request.variant, command: request.displayCommand,
            python: main["python"]?.stringValue, startMethod: Self.startMethod(merged, mainPid: mainPid),
            platform: main["platform"]?.stringValue ?? Self.platformName, cpus: Int(main["cpus"]?.intValue ?? Int64(ProcessInfo.processInfo.activeProcessorCount)),
            mptutorVersion: MPTutorVersion.current, recordedAt: Self.timestamp(), parameters: request.parameters)
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
    }
}

private extension TracedRun {
    /// The start method the main process ran with: its own `set_start_method()` if it called it, else the default.
    static func startMethod(_ merged: MergedTrace, mainPid: Int32) -> String? {
        merged.events.last { $0.kind == "process.start_method" && $0.pid == mainPid }?.string("method")
            ?? merged.mainProcessFacts["start_method"]?.stringValue
    }

    static func makeScratchDirectory() throws -> String {
        let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((base + "/mp-tutor-run-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw MPTutorError.runFailed("could not create a temporary folder in \(base)")
        }
        return String(cString: made)
    }

    static var platformName: String {
        #if os(Linux)
        "linux"
        #else
        "darwin"
        #endif
    }

    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date())
    }
}
