import Foundation
import TutorCore

/// Which lessons this learner has finished, kept under the XDG state folder
/// (`$XDG_STATE_HOME/mp-tutor/progress.json`, by default `~/.local/state/mp-tutor/progress.json`).
///
/// A file that cannot be read is never overwritten silently: it is moved aside as `progress.json.bad`
/// and the learner is told.
public struct ProgressStore: Sendable {
    public let path: String

    public init(environment: [String: String]) {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let state = environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home + "/.local/state"
        path = state + "/mp-tutor/progress.json"
    }

    /// Finished lesson ids with when they were finished (ISO 8601). A problem reading the file is returned, not thrown.
    public func load() -> (finished: [String: String], problem: String?) {
        guard let data = FileManager.default.contents(atPath: path) else { return ([:], nil) }
        guard let object = try? JSONParser.parse(ArraySlice(data)).objectValue,
              let finished = object["finished"]?.objectValue else {
            return ([:], "\(path) is not a progress file mp-tutor can read; it will be kept as \(path).bad")
        }
        return (Dictionary(finished.members.compactMap { m in m.value.stringValue.map { (m.key, $0) } }) { a, _ in a }, nil)
    }

    /// Marks a lesson finished now.
    public func markFinished(_ id: String) throws {
        let (current, problem) = load()
        if problem != nil { try? FileManager.default.moveItem(atPath: path, toPath: path + ".bad") }
        var finished = current
        finished[id] = ISO8601DateFormatter().string(from: Date())
        try save(finished)
    }

    /// Forgets all progress.
    public func reset() throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        do { try FileManager.default.removeItem(atPath: path) } catch {
            throw MPTutorError.other("could not remove \(path): \(error.localizedDescription)")
        }
    }

    private func save(_ finished: [String: String]) throws {
        let object = JSONObject([("finished", .object(JSONObject(finished.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })))])
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data((JSONValue.object(object).serialized() + "\n").utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw MPTutorError.other("could not save your progress to \(path): \(error.localizedDescription)")
        }
    }
}
