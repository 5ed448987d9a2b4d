/// Builds a transcript line by line, checking each line as it comes, so that a file can be read in
/// pieces and never held whole. Errors name the file and the line.
struct TranscriptAssembler {
    let file: String
    private var header: TranscriptHeader?
    private var events: [TraceEvent] = []
    private var trailer: TranscriptTrailer?
    /// Whether the header was read and the trailer not yet: kept apart, because testing the optionals above
    /// on every line copied and destroyed them (a twentieth of reading a long file).
    private var betweenHeaderAndTrailer = false
    private var problems: [String] = []
    private var repeats: Int64 = 0
    private let names = TranscriptLine.nameTable()
    private var fields = EventFieldWriter()
    /// The members of the line being read: one array for every line, emptied and refilled.
    private var scratch: [JSONParser.Member] = []
    /// The repeat budget's keys, held here: read through their lazy globals, each line paid for a check of both.
    private let chunksKey = FieldKeys.chunks, countKey = FieldKeys.count

    init(file: String) { self.file = file }

    func fail(_ line: Int?, _ message: String) -> MPTutorError {
        .badInput(file: file, line: line, message: message)
    }

    /// Makes room for the events of a file of this size at once: an event line is well over 64 bytes, and
    /// room reserved but not filled is never touched (so it costs no memory), while growing by doubling
    /// copied the events several times and held two copies at the last growth.
    mutating func expect(bytes: Int) {
        events.reserveCapacity(min(max(bytes, 0) / 64, 1 << 24))
        // The room is written front to back as events come (in huge pages only if `HugePages.onRequest`: perf 34).
        let room = events.capacity * MemoryLayout<TraceEvent>.stride
        events.withUnsafeMutableBufferPointer { buffer in
            if let base = buffer.baseAddress { HugePages.advise(base, bytes: room) }
        }
    }

    /// Takes line `number` (without its newline). Returns false when reading must stop: the last line
    /// was cut off mid-write, which is a problem to report, not an error.
    mutating func take(_ bytes: UnsafeBufferPointer<UInt8>, number: Int, endsWithNewline: Bool) throws -> Bool {
        if TranscriptLine.isBlank(bytes) { return true }
        guard bytes.count <= TranscriptReader.maxLineBytes else {
            throw fail(number, Phrase.trLineTooLong.text(["n": bytes.count, "max": TranscriptReader.maxLineBytes]))
        }
        // Most lines are events of the plainest form: read those in one pass; any other line (and any error)
        // the general way below.
        if betweenHeaderAndTrailer, let event = EventLineScanner.event(bytes, names: names, fields: &fields) {
            do throws(TranscriptDecodingError) { try append(event) } catch { throw fail(number, error.message) }
            return true
        }
        var members = scratch
        scratch = []
        defer { scratch = members }
        do {
            guard try JSONParser.parseMembers(bytes, names: names, into: &members) else {
                throw fail(number, Phrase.trNotObject.text())
            }
        } catch let failure as JSONParser.Failure {
            // Only the last line can lack its newline: a recording that stopped while writing it.
            if !endsWithNewline, header != nil {
                problems.append(Phrase.trCutOff.text(["line": number]))
                return false
            }
            throw fail(number, Phrase.trNotJSON.text(["reason": failure.reason, "column": failure.column]))
        }
        if trailer != nil { throw fail(number, Phrase.trAfterTrailer.text()) }
        do throws(TranscriptDecodingError) {
            if header == nil {
                header = try TranscriptHeader(json: Self.object(members))
                betweenHeaderAndTrailer = true
            } else if members.last(where: { $0.tag == TranscriptLine.trailerTag })?.value.boolValue == true {
                trailer = try TranscriptTrailer(json: Self.object(members))
                betweenHeaderAndTrailer = false
            } else {
                try append(TraceEvent(members: members, fields: &fields))
            }
        } catch {
            throw fail(number, error.message)
        }
        return true
    }

    /// Takes line `number`, which `batch` decoded ahead as its line `line`: its event when the scanner took it and an
    /// event line may come here, else the line read again from `bytes` (the batch's stretch) as `take` reads it.
    /// Returns false when reading must stop, as `take` does.
    mutating func take(decoded line: EventLineBatch.Line, of batch: EventLineBatch, in bytes: UnsafeBufferPointer<UInt8>,
                       number: Int) throws -> Bool {
        guard line.event >= 0, betweenHeaderAndTrailer else {
            return try take(UnsafeBufferPointer(rebasing: bytes[line.start..<line.end]), number: number, endsWithNewline: true)
        }
        do throws(TranscriptDecodingError) { try append(batch.events[line.event]) } catch { throw fail(number, error.message) }
        return true
    }

    /// Whether a line may be an event now (the header read, the trailer not): only then are lines decoded ahead.
    var takesEvents: Bool { betweenHeaderAndTrailer }

    /// The transcript, once every line was taken.
    func finish() throws -> Transcript {
        guard let header else { throw fail(nil, Phrase.trNoHeader.text()) }
        var problems = problems
        if trailer == nil, problems.isEmpty {
            problems.append(Phrase.trNoTrailer.text())
        }
        if let trailer, trailer.eventCount != events.count {
            problems.append(Phrase.trTrailerCount.text(["n": trailer.eventCount, "held": events.count]))
        }
        return Transcript(header: header, events: events, trailer: trailer, problems: problems)
    }
}

private extension TranscriptAssembler {
    static func object(_ members: [JSONParser.Member]) -> JSONObject {
        JSONObject(members.map { ($0.key, $0.value) })
    }

    /// `consuming`: the event is moved into the array, not copied (a copy per line showed in profiles).
    mutating func append(_ event: consuming TraceEvent) throws(TranscriptDecodingError) {
        // The last event's seq and t, read in place (copying the last event out for each line showed in profiles).
        if !events.isEmpty {
            let last = events.count - 1
            let (seq, t) = (events[last].seq, events[last].t)
            if event.seq <= seq {
                throw TranscriptDecodingError(Phrase.trSeqOrder.text(["seq": event.seq, "previous": seq]))
            }
            if event.t < t {
                throw TranscriptDecodingError(Phrase.trTimeOrder.text(["seq": event.seq, "t": event.t, "previous": seq, "pt": t]))
            }
        }
        repeats += event.repeatWeight(chunks: chunksKey, count: countKey)
        if repeats > TranscriptLimits.repeatBudget {
            throw TranscriptDecodingError(Phrase.trRepeatBudget.text(["n": TranscriptLimits.repeatBudget]))
        }
        events.append(event)
    }
}
