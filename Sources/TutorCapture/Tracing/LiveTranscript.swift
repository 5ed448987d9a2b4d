import TutorCore

/// A run that is still going, as far as its processes have written: the feed a live view follows.
///
/// Besides `TracedRun.run`, the only place that turns a run's event files into a transcript, with the
/// same header, so a view never rebuilds one itself.
public struct LiveTranscript: Sendable {
    private let request: TracedRun.Request
    private let source: TracedRun.LiveSource
    private var folder: GrowingTraceFolder
    private var hasRead = false

    public init(request: TracedRun.Request, source: TracedRun.LiveSource) {
        self.request = request
        self.source = source
        folder = GrowingTraceFolder(directory: source.eventsDirectory)
    }

    /// Reads the event files again.
    /// - Returns: the run so far and each event's key, or nil when nothing was added since the last call.
    public mutating func refresh() -> (transcript: Transcript, keys: [EventKey?])? {
        guard folder.refresh() > 0 || !hasRead else { return nil }
        hasRead = true
        let merged = folder.merged(startNs: source.startNs, mainPid: source.mainPid)
        var facts = RunFacts(exitCode: nil, timeoutSeconds: request.timeout,
                             durationNs: Int64(MonotonicClock.nowNs() &- source.startNs))
        facts.isOver = false
        let transcript = Transcript(
            header: TracedRun.header(request, merged: merged, mainPid: source.mainPid), events: merged.events,
            trailer: TranscriptTrailer.summarizing(merged.events, lostEvents: 0, silentProcesses: [], run: facts))
        return (transcript, merged.keys)
    }

    /// The transcript of `request` before any process reported: what a view shows until the run starts.
    public static func empty(_ request: TracedRun.Request) -> Transcript {
        let nothing = MergedTrace(events: [], lostEvents: 0, silentProcesses: [], mainProcessFacts: JSONObject())
        return Transcript(header: TracedRun.header(request, merged: nothing, mainPid: 0), events: [], trailer: nil)
    }
}
