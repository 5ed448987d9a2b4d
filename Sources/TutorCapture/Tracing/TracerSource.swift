import Foundation
import TutorCore

/// The Python tracer that mp-tutor injects into every process of a run (see docs/tracer-protocol.md).
///
/// Its source lives in `tracer/` and is embedded in the binary by `scripts/embed-tracer.py`.
enum TracerSource {
    /// Writes the tracer's files into `directory`, which then goes first on PYTHONPATH.
    static func install(into directory: String) throws {
        for file in files {
            let path = directory + "/" + file.name
            guard FileManager.default.createFile(atPath: path, contents: Data((file.text + "\n").utf8)) else {
                throw MPTutorError.runFailed("could not write the tracer to \(path)")
            }
        }
    }
}
