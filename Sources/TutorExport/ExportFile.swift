import Foundation
import TutorCore

/// Writes an export's bytes to its file in one go, with an error that names the file and the reason.
enum ExportFile {
    static func write(_ bytes: [UInt8], to path: String, what: String) throws {
        guard let file = fopen(path, "wb") else {
            throw MPTutorError.other("cannot write \(what) to \(path): \(String(cString: strerror(errno)))")
        }
        let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
        let closed = fclose(file) == 0
        guard written == bytes.count, closed else {
            throw MPTutorError.other("cannot write \(what) to \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// Opens `path`, lets `body` write into it through a draining buffer, and closes it; the error names the file.
    static func stream(to path: String, what: String, _ body: (inout JSONBytes) -> Void) throws {
        guard let sink = ExportSink(path: path) else {
            throw MPTutorError.other("cannot write \(what) to \(path): \(String(cString: strerror(errno)))")
        }
        var out = JSONBytes(sink: sink)
        body(&out)
        out.drain(force: true)
        guard sink.close() else {
            throw MPTutorError.other("cannot write \(what) to \(path): \(String(cString: strerror(sink.failure)))")
        }
    }
}
