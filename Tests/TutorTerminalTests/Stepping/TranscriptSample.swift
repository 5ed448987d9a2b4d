import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The committed transcripts the row tests (`FrequentRowWriterTests`, `DescribedRowFilterTests`) describe: every
/// lesson transcript and test fixture, one recording of each corpus program (its start method taken in turn: the
/// first program's fork, the next one's forkserver, …, by name), and for each event kind none of those holds, the
/// first corpus recording (by name) that does. Every program the corpus holds (each was written to prove a feature)
/// and every kind recorded anywhere is met at least once. CI 27: the whole corpus, 2,090 recordings and 120 MB, took
/// these two classes 210 s of CI's 25 minutes, most of it describing a program's second and third start method,
/// whose rows are the same words. `MPTUTOR_TEST_EVERY_TRANSCRIPT=1` describes them all.
enum TranscriptSample {
    /// About one corpus recording in `stride` is kept (a program has one recording a start method).
    static let stride = 3

    /// The sample's paths (absolute), the kinds it covers (every kind of the whole set), and the whole set's size.
    static let chosen: (paths: [String], kinds: Set<String>, all: Int) = {
        let all = (try? FrequentRowWriterTests.transcriptPaths()) ?? []
        let corpus = all.filter { $0.contains("/corpus/transcripts/") }
        let every = ProcessInfo.processInfo.environment["MPTUTOR_TEST_EVERY_TRANSCRIPT"] == "1"
        var kept = Set(all.filter { !$0.contains("/corpus/transcripts/") })
        // NAME--METHOD.jsonl: one of each NAME's recordings, the method in turn.
        var programs: [String: [String]] = [:]
        for path in corpus { programs[path.components(separatedBy: "--").dropLast().joined(separator: "--"), default: []].append(path) }
        for (n, name) in programs.keys.sorted().enumerated() {
            let recordings = programs[name] ?? []
            if every { kept.formUnion(recordings) } else { kept.insert(recordings[n % recordings.count]) }
        }
        let kindsOf = Dictionary(uniqueKeysWithValues: all.map { ($0, kinds(in: $0)) })
        var covered = kept.reduce(into: Set<String>()) { $0.formUnion(kindsOf[$1] ?? []) }
        for path in corpus where !(kindsOf[path] ?? []).isSubset(of: covered) {
            kept.insert(path)
            covered.formUnion(kindsOf[path] ?? [])
        }
        return (all.filter { kept.contains($0) }, covered, all.count)
    }()

    /// The `"kind":"…"` values of the file's lines, found with `strstr` (a whole corpus in about a second; a
    /// transcript holds no NUL byte: JSON escapes it).
    static func kinds(in path: String) -> Set<String> {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        var bytes = [CChar](repeating: 0, count: data.count + 1)
        bytes.withUnsafeMutableBytes { _ = data.copyBytes(to: $0) }
        var found = Set<String>()
        bytes.withUnsafeBufferPointer { text in
            guard let base = text.baseAddress else { return }
            var from = base
            while let hit = strstr(from, #""kind":""#) {
                let start = UnsafePointer(hit) + 8
                var end = start
                while end.pointee != 0, end.pointee != CChar(UInt8(ascii: "\"")), end - start < 64 { end += 1 }
                found.insert(String(decoding: UnsafeRawBufferPointer(start: start, count: end - start), as: UTF8.self))
                from = end
            }
        }
        return found
    }
}
