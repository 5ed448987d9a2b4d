import Foundation
import TutorCore

/// The Python tracer that mp-tutor injects into every process of a run (see docs/tracer-protocol.md).
///
/// Its source lives in `tracer/` (`sitecustomize.py` and the package `mptutor_trace/`) and is embedded
/// in the binary by `scripts/embed-tracer.py`.
enum TracerSource {
    /// Writes the tracer's files into `directory`, which then goes first on PYTHONPATH.
    ///
    /// The first interpreter of the run byte-compiles the package into `mptutor_trace/__pycache__`
    /// there (see sitecustomize.py), so spawn and forkserver children load it without compiling.
    static func install(into directory: String) throws {
        for file in files {
            let path = directory + "/" + file.name
            let folder = (path as NSString).deletingLastPathComponent
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw MPTutorError.runFailed("could not write the tracer to \(folder): \(error.localizedDescription)")
            }
            guard FileManager.default.createFile(atPath: path, contents: Data((file.text + "\n").utf8)) else {
                throw MPTutorError.runFailed("could not write the tracer to \(path)")
            }
        }
    }
}
