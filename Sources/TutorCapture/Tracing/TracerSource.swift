import Foundation
import TutorCore

/// The Python tracer that mp-tutor injects into every process of a run (see docs/tracer-protocol.md).
///
/// Its source lives in `tracer/` (`sitecustomize.py` and the package `mptutor_trace/`) and is embedded
/// in the binary by `scripts/embed-tracer.py`.
enum TracerSource {
    /// What `install(into:)` writes, by path under the folder: the tracer's files, then the boot zip.
    static func installedFiles() -> [(name: String, bytes: [UInt8])] {
        let written = files.map { (name: $0.name, bytes: Array(($0.text + "\n").utf8)) }
        let site = written.first { $0.name == "sitecustomize.py" }?.bytes ?? []
        return written + [(name: TracerBootZip.name, bytes: TracerBootZip.bytes([("sitecustomize.py", site)]))]
    }

    /// Writes the tracer's files into `directory`, and `sitecustomize.py` alone into its boot zip there
    /// (`TracerBootZip`), which then goes first on PYTHONPATH.
    ///
    /// The first interpreter of the run writes checked hash-based `.pyc` files of the package and of
    /// `sitecustomize.py` into `__pycache__` folders there (`mptutor_trace.compile_areas`, only in a folder
    /// no other user may write to), so spawn and forkserver children load them without compiling.
    /// A full disk is named as such (`StorageProblem`).
    static func install(into directory: String) throws {
        for file in installedFiles() {
            let path = directory + "/" + file.name
            let folder = (path as NSString).deletingLastPathComponent
            if mkdir(folder, 0o700) != 0 && errno != EEXIST {
                throw MPTutorError.runFailed(Phrase.errTracerWrite.text(["path": folder, "reason": StorageProblem.describe(errno)]))
            }
            do {
                try RecordDestination.writeNew(path, file.bytes)
            } catch let error as RecordError {
                throw MPTutorError.runFailed(Phrase.errTracerWrite.text(["path": path, "reason": StorageProblem.describe(error.code)]))
            }
        }
    }
}
