import Foundation
import TutorCore

/// Rewrites the recording machine's own paths in a run's transcript, so that it can be shared and
/// replayed anywhere: a path under the traced script's folder becomes relative to it (`demo.py:34`),
/// one under the checkout relative to the checkout, one under the home folder `~/...`.
///
/// It touches what mp-tutor itself reports about the program: `site` fields, the command line (the
/// header's `command`, a subprocess's `argv`), `error` texts, the `File "..."` lines of a traceback
/// on stderr and the `path:line: Category:` line of a Python warning on stderr. Paths the program really used at run time (a Manager's socket under the temp folder) are
/// not under those folders and stay as they were; anything else the program printed is its own text
/// (see `TranscriptRedaction` for `--redact`).
struct PortablePaths: Sendable, Equatable {
    /// Folders and what replaces them, most specific first: (absolute folder, replacement prefix).
    var replacements: [(folder: String, prefix: String)]

    /// - Parameters:
    ///   - scriptFolder: the folder of the traced script; its paths become relative to it.
    ///   - checkout: mp-tutor's project folder (the one holding `lessons/`), if any.
    ///   - home: the recording user's home folder.
    init(scriptFolder: String, checkout: String?, home: String?) {
        var out: [(String, String)] = []
        for folder in Self.spellings(of: scriptFolder) { out.append((folder, "")) }
        for folder in checkout.map(Self.spellings) ?? [] { out.append((folder, "")) }
        for folder in home.map(Self.spellings) ?? [] { out.append((folder, "~/")) }
        // longest first: a script folder inside the checkout inside the home folder wins
        replacements = out.filter { $0.0 != "/" && !$0.0.isEmpty }.sorted { $0.0.count > $1.0.count }
            .map { (folder: $0.0 + "/", prefix: $0.1) }
    }

    /// The rewriting for a run of `script` (as given, relative to `workingDirectory` or the current folder).
    static func forRun(script: String, workingDirectory: String?, checkout: String?, environment: [String: String]) -> PortablePaths {
        let base = workingDirectory ?? FileManager.default.currentDirectoryPath
        let absolute = URL(fileURLWithPath: script, relativeTo: URL(fileURLWithPath: base, isDirectory: true))
        let folder = absolute.standardizedFileURL.deletingLastPathComponent().path
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return PortablePaths(scriptFolder: folder, checkout: checkout, home: home)
    }

    static func == (lhs: PortablePaths, rhs: PortablePaths) -> Bool {
        lhs.replacements.map(\.folder) == rhs.replacements.map(\.folder)
            && lhs.replacements.map(\.prefix) == rhs.replacements.map(\.prefix)
    }

    /// One path: rewritten when it is under one of the folders, else unchanged.
    func path(_ path: String) -> String {
        guard path.hasPrefix("/") else { return path }
        for (folder, prefix) in replacements where path.hasPrefix(folder) {
            return prefix + path.dropFirst(folder.count)
        }
        return path
    }

    /// Every occurrence of the folders in a text (an error message, a traceback line).
    func text(_ text: String) -> String {
        guard text.contains("/") else { return text }
        var out = text
        for (folder, prefix) in replacements where out.contains(folder) {
            out = out.replacingOccurrences(of: folder, with: prefix)
        }
        return out
    }

    /// The transcript with its paths rewritten; events keep their order and every other field.
    func apply(to transcript: Transcript) -> Transcript {
        var out = transcript
        apply(to: &out)
        return out
    }

    /// Rewrites the paths in place: only events with a field that may hold a path are replaced, so a
    /// transcript that holds the only reference to its events is not copied.
    func apply(to transcript: inout Transcript) {
        transcript.header.command = transcript.header.command.map(path)
        // The lines written past print() (a faulthandler dump's `File "…", line 12 in f`) name files as tracebacks do.
        let rewrite: (String) -> String = {
            Self.isTracebackFrame($0) || Self.isPythonWarning($0) ? Self.tracerFrame(self.text($0)) : $0
        }
        transcript.trailer?.run.unrecordedStdoutLines.rewrite(rewrite)
        transcript.trailer?.run.unrecordedStderrLines.rewrite(rewrite)
        for index in transcript.events.indices where Self.mayHoldPath(transcript.events[index]) {
            transcript.events[index] = event(transcript.events[index])
        }
    }

    /// One event with its paths rewritten.
    func event(_ event: TraceEvent) -> TraceEvent {
        // Most events have no field that can hold a path: they are not taken apart.
        guard Self.mayHoldPath(event) else { return event }
        var out = event
        for (key, value) in event.fields.members {
            guard let rewritten = field(key, value, of: event) else { continue }
            out.fields[key] = rewritten
        }
        return out
    }
}

private extension PortablePaths {
    /// The keys `field` may rewrite.
    static let pathKeys = ["site", "argv", "error", "text"].map(EventName.init)

    /// Whether the event has a field `field` may rewrite (its keys compared as numbers).
    static func mayHoldPath(_ event: TraceEvent) -> Bool {
        var found = false
        event.forEachField { key, _ in
            if pathKeys.contains(key) { found = true }
        }
        return found
    }

    /// The new value of a field that holds a path, or nil to keep it.
    func field(_ key: String, _ value: JSONValue, of event: TraceEvent) -> JSONValue? {
        switch (key, value) {
        case let ("site", .string(site)):
            return .string(text(site))
        case let ("argv", .array(items)) where event.is(.subprocessSpawn) || event.is(.processExec):
            return .array(items.map { item in item.stringValue.map { .string(path($0)) } ?? item })
        case let ("error", .string(message)):
            return .string(text(message))
        case let ("text", .string(line)) where event.is(.print) && Self.isTracebackFrame(line):
            return .string(text(line))
        case let ("text", .string(line)) where event.is(.print) && event.string(EventField.stream) == "stderr"
            && Self.isPythonWarning(line):
            return .string(text(line))
        default:
            return nil
        }
    }

    /// `  File "/path/to/x.py", line 12, in f`: a frame of a Python traceback.
    static func isTracebackFrame(_ line: String) -> Bool {
        line.drop { $0 == " " }.hasPrefix("File \"") && line.contains("\", line ")
    }

    /// `/path/to/x.py:254: UserWarning: message`: the first line of a warning as Python's `warnings` module
    /// writes it (`formatwarning`), Python's text like a traceback frame (the resource tracker's leak warning).
    static func isPythonWarning(_ line: String) -> Bool {
        guard line.hasPrefix("/"), let py = line.range(of: ".py:") else { return false }
        let rest = line[py.upperBound...]
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, rest.dropFirst(digits.count).hasPrefix(": ") else { return false }
        let after = rest.dropFirst(digits.count + 2)
        let category = after.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        guard let first = category.first, !first.isNumber else { return false }
        return after.dropFirst(category.count).hasPrefix(": ")
    }

    /// The folder as given and with symbolic links resolved (python may report either).
    static func spellings(of folder: String) -> [String] {
        let given = URL(fileURLWithPath: folder).standardizedFileURL.path
        let resolved = URL(fileURLWithPath: given).resolvingSymlinksInPath().path
        return given == resolved ? [given] : [given, resolved]
    }
}

extension PortablePaths {
    /// `File "/tmp/mp-tutor-run-x/tracer/mptutor_trace/process.py"` → `File "mptutor_trace/process.py"`: the tracer's
    /// own frames in a stack written past print() (faulthandler) name a folder of one run only.
    static func tracerFrame(_ line: String) -> String {
        guard let marker = line.range(of: "/tracer/mptutor_trace/"),
              let quote = line[..<marker.lowerBound].lastIndex(of: "\"") else { return line }
        return String(line[...quote]) + "mptutor_trace/" + line[marker.upperBound...]
    }
}
