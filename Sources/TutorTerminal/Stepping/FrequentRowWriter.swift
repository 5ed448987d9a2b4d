import TutorCore
import TutorAnalysis

/// The words of the rows a long run is made of (a pool's task starts, ends and results; lock waits, acquires and
/// releases; queue puts and gets) written straight into bytes: the same bytes as `EventDescriber.describe`, made
/// without a string per piece or a template filled by name. `/` find on a million events puts each in words
/// (the search index, and a find sent before the index is ready); the describer cost 0.6–0.8 µs an event.
///
/// Any other row, and the rare cases of these (a task that raised, an RLock level, a value that holds a newline
/// or cuts by characters), is left to the describer: `write` then adds nothing and says so.
/// `FrequentRowWriterTests` compares every event of the corpus's and lessons' transcripts, in both languages.
struct FrequentRowWriter: Sendable {
    let describer: EventDescriber
    let english: Templates?
    let chinese: Templates?
    let start: [UInt8], done: [UInt8], arrow: [UInt8], timesMark: [UInt8]
    /// The find prefilter's alphabets of these rows, made at the first find in each language.
    private let alphabetCache = RowAlphabetCache()

    /// The catalog texts these rows fill, in one language.
    struct Templates: Sendable {
        let result, waitsFor, acquire, release, put, get, chunkItems: RowTemplate

        init?(_ language: Language) {
            guard let result = RowTemplate(.evResult, in: language, names: ["task", "exception"]),
                  let waitsFor = RowTemplate(.evWaitsFor, in: language, names: ["object", "timeout"]),
                  let acquire = RowTemplate(.evAcquire, in: language, names: ["object", "times", "waited"]),
                  let release = RowTemplate(.evRelease, in: language, names: ["object", "times"]),
                  let put = RowTemplate(.evPut, in: language, names: ["item", "object", "waited"]),
                  let get = RowTemplate(.evGet, in: language, names: ["item", "object", "waited"]),
                  let chunkItems = RowTemplate(.evChunkItems, in: language, names: ["func", "n", "s", "args"])
            else { return nil }
            (self.result, self.waitsFor, self.acquire, self.release) = (result, waitsFor, acquire, release)
            (self.put, self.get, self.chunkItems) = (put, get, chunkItems)
        }
    }

    init(describer: EventDescriber) {
        self.describer = describer
        english = Templates(.en)
        chinese = Templates(.zh)
        let painter = describer.painter
        start = Array(painter.symbol("▶ ", ascii: "> ").utf8)
        done = Array(painter.symbol("✓ ", ascii: "v ").utf8)
        arrow = Array(painter.symbol(" → ", ascii: " -> ").utf8)
        timesMark = Array(painter.symbol("×", ascii: "x").utf8)
    }

    /// Each kind's fixed words in `language` for the find's prefilter; nil when this writer writes no row in it.
    func alphabets(in language: Language) -> RowPrefilter.Alphabets? { alphabetCache.alphabets(of: self, in: language) }

    /// Appends event `index`'s words to `bytes`, as `describer.describe(index)` gives them; false (and nothing
    /// added) for a row this writer leaves to the describer.
    func write(_ index: Int, to bytes: inout [UInt8]) -> Bool {
        let e = describer.timeline.events[index]
        guard let kind = e.known, let templates = Language.current == .zh ? chinese : english else { return false }
        let begin = bytes.count
        let written: Bool
        switch kind {
        case .taskStart:
            // the pool's own task that re-raises an input iterable's exception has a row of its own words
            guard e.function != EventDescriber.reraisingHelper else { return false }
            written = taskStart(e, templates, &bytes)
        case .taskEnd:
            guard e.ok != false else { return false }
            bytes.append(contentsOf: done)
            taskName(e, &bytes)
            bytes.append(contentsOf: arrow)
            if let result = e.result { RowBytes.append(result, to: &bytes) }
            written = true
        case .poolResult:
            guard e.ok != false else { return false }
            templates.result.write(into: &bytes) { slot, out in if slot == 0 { taskName(e, &out) } }
            written = true
        case .lockWait:
            let object = e.object ?? ""
            templates.waitsFor.write(into: &bytes) { slot, out in if slot == 0 { RowBytes.append(object, to: &out) } }
            written = true
        case .lockAcquire, .lockRelease:
            // An RLock taken again by its holder, or released one level of several, has a row of its own.
            guard describer.timeline.rlockLevels.isEmpty || describer.timeline.rlockLevels[index] == nil else { return false }
            // So has a Lock's release by a process that did not acquire it (gaps 19B).
            guard describer.releasesByOthers.isEmpty || describer.releasesByOthers[index] == nil else { return false }
            let object = e.object ?? ""
            let waited = kind == .lockAcquire ? describer.waited(e) : ""
            (kind == .lockAcquire ? templates.acquire : templates.release).write(into: &bytes) { slot, out in
                switch slot {
                case 0: RowBytes.append(object, to: &out)
                case 1: self.times(e, &out)
                default: RowBytes.append(waited, to: &out)
                }
            }
            written = true
        case .queuePut, .queueGet:
            // a get whose item could not be unpickled (round 25X) has a row of its own words
            guard e.string(EventField.unpickleError) == nil else { return false }
            // a None put where a logging QueueListener runs may be its sentinel (gaps 29A): the describer's words
            guard kind == .queueGet || e.item != "None" || !describer.timeline.lanes.contains(where: \.isLoggingListener) else {
                return false
            }
            // a put that started its process's feeder thread (gaps 37A): the describer's words
            guard kind == .queueGet || describer.feederStartedInside(index).isEmpty else { return false }
            written = queueCall(e, index, kind == .queuePut ? templates.put : templates.get, &bytes)
        default:
            return false
        }
        // A value that holds a newline: the describer shows it as ↵.
        guard written, !bytes.withUnsafeBufferPointer({ EventDescriber.mayHoldNewline(UnsafeBufferPointer(rebasing: $0[begin...])) }) else {
            bytes.removeSubrange(begin...)
            return false
        }
        return true
    }
}

private extension FrequentRowWriter {
    /// `▶ task 3.1 f(2)`: the mark, the task and its call (`EventDescriber.call`).
    func taskStart(_ e: TraceEvent, _ templates: Templates, _ bytes: inout [UInt8]) -> Bool {
        bytes.append(contentsOf: start)
        taskName(e, &bytes)
        bytes.append(UInt8(ascii: " "))
        let function = e.function ?? ""
        if let items = e.chunkItems {
            let args = e.args
            templates.chunkItems.write(into: &bytes) { slot, out in
                switch slot {
                case 0: RowBytes.append(function, to: &out)
                case 1: RowBytes.append(items, to: &out)
                case 2: if items != 1 { out.append(UInt8(ascii: "s")) }
                default: arguments(args, &out)
                }
            }
            return true
        }
        RowBytes.append(function, to: &bytes)
        bytes.append(UInt8(ascii: "("))
        if e.argsAreCall == true {
            // not a tuple: the worker calls func(*args), so the row shows the star (CallArguments.unpacked)
            if CallArguments.isNotTuple(e.args) { bytes.append(UInt8(ascii: "*")) }
            arguments(e.args, &bytes)
        } else if let args = e.args {
            RowBytes.append(args, to: &bytes)
        }
        bytes.append(UInt8(ascii: ")"))
        return true
    }

    /// `put 3 on Queue#1` or `got 3 from Queue#1`, with how long the call took or waited (`EventDescriber`'s
    /// `queuePut` and `queueGet` rows).
    func queueCall(_ e: TraceEvent, _ index: Int, _ template: RowTemplate, _ bytes: inout [UInt8]) -> Bool {
        let item = e.item ?? "?", object = e.object ?? ""
        // A get that followed its own wait says how long it waited; any other call, how long it took (from 1 ms).
        let waits = e.is(.queueGet) && describer.followsItsWait(index)
        let waited = waits ? describer.waited(e) : ""
        template.write(into: &bytes) { slot, out in
            switch slot {
            case 0: RowBytes.append(item, to: &out)
            case 1: RowBytes.append(object, to: &out)
            default: RowBytes.append(waited, to: &out)
            }
        }
        if !waits, let ns = e.waitedNs, ns >= 1_000_000 {
            RowBytes.append(Phrase.evCallTook.text(["duration": Format.duration(ns: ns)]), to: &bytes)
        }
        return true
    }

    /// `task 3` or `task 3.17`, as `TaskNameText` writes it.
    func taskName(_ e: TraceEvent, _ bytes: inout [UInt8]) {
        bytes.append(contentsOf: [0x74, 0x61, 0x73, 0x6B, 0x20])
        RowBytes.append(e.job ?? 0, to: &bytes)
        let index = e.index ?? 0
        if index != 0 {
            bytes.append(UInt8(ascii: "."))
            RowBytes.append(index, to: &bytes)
        }
    }

    /// ` ×2` when one call stands for several (`EventDescriber.times`).
    func times(_ e: TraceEvent, _ bytes: inout [UInt8]) {
        guard let count = e.count, count != 1 else { return }
        bytes.append(UInt8(ascii: " "))
        bytes.append(contentsOf: timesMark)
        RowBytes.append(count, to: &bytes)
    }

    /// A call's argument tuple without its brackets (`CallArguments.inner`): by bytes when it is ASCII, else by
    /// characters, as that function cuts it.
    func arguments(_ tuple: String?, _ bytes: inout [UInt8]) {
        guard var text = tuple else { return }
        guard RowBytes.isASCII(text) else { return RowBytes.append(CallArguments.inner(text), to: &bytes) }
        text.withUTF8 { all in
            guard all.count >= 2, all[0] == UInt8(ascii: "("), all[all.count - 1] == UInt8(ascii: ")") else {
                // a tuple's repr the tracer cut (`('word ...`) loses its opening bracket too, as in CallArguments.inner
                if all.count >= 4, all[0] == UInt8(ascii: "("), all.suffix(3).allSatisfy({ $0 == UInt8(ascii: ".") }) {
                    return bytes.append(contentsOf: all.dropFirst())
                }
                return bytes.append(contentsOf: all)
            }
            var inner = all[1..<(all.count - 1)]
            if inner.last == UInt8(ascii: ",") { inner = inner.dropLast() }
            bytes.append(contentsOf: inner)
        }
    }
}
