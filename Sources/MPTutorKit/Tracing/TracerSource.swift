import Foundation

/// The Python tracer that mp-tutor injects into every process of a run (see docs/tracer-protocol.md).
///
/// Its source lives in `tracer/` and is embedded in the binary by `scripts/embed-tracer.py`.
public enum TracerSource {
    /// Writes the tracer's files into `directory`, which then goes first on PYTHONPATH.
    public static func install(into directory: String) throws {
        for file in files {
            let path = directory + "/" + file.name
            do {
                try RecordDestination.writeNew(path, Array((file.text + "\n").utf8))
            } catch let error as RecordError {
                throw MPTutorError.runFailed("could not write the tracer to \(path): \(StorageProblem.describe(error.code))")
            }
        }
    }
}
