import Foundation
import XCTest
@testable import TutorCore

/// The loading's large blocks laid on huge pages: a full field store fits one 2 MB page; since perf 34 no block is asked
/// to be backed by one.
final class HugePagesTests: XCTestCase {
    /// A full-sized store's keys and values fit one huge page and fill most of it (a store of 1.5 MB in 4 KB
    /// pages took a fault per page).
    func testAFullFieldStoreIsOneHugePage() {
        let slots = EventFieldStore.slotsInHugePage
        let bytes = EventFieldStore.valuesOffset(slots) + slots * MemoryLayout<JSONValue>.stride
        XCTAssertLessThanOrEqual(bytes, HugePages.size)
        XCTAssertGreaterThan(bytes, HugePages.size - 64)
    }

    /// Perf 34: written whole, a huge page's worth from `HugePages.allocate` is NOT a huge page where Linux gives them only
    /// on request (`madvise`): a huge page the host had taken back cost ~8 ms to clear, so the first replay after a pause
    /// was 0.3 s and more slower than the next. Still aligned, so asking again is one switch (`onRequest`).
    func testABlockAllocatedAndWrittenIsNotAskedToBeAHugePage() throws {
        #if os(Linux)
        let setting = (try? String(contentsOfFile: "/sys/kernel/mm/transparent_hugepage/enabled", encoding: .utf8)) ?? "[never]"
        try XCTSkipUnless(setting.contains("[madvise]"), "only where huge pages come on request does asking decide")
        let block = HugePages.allocate(byteCount: HugePages.size, alignment: 8)
        XCTAssertEqual(Int(bitPattern: block) % HugePages.size, 0)
        block.initializeMemory(as: UInt8.self, repeating: 7, count: HugePages.size)
        XCTAssertEqual(try hugeKB(containing: Int(bitPattern: block)), 0)
        #endif
    }

    /// The `AnonHugePages` of the mapping that holds `address`.
    private func hugeKB(containing address: Int) throws -> Int {
        // Read to its end: a /proc file says it is empty, so reading it by its size reads nothing.
        let handle = try XCTUnwrap(FileHandle(forReadingAtPath: "/proc/self/smaps"))
        defer { try? handle.close() }
        let smaps = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
        var inside = false
        for line in smaps.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if let range = fields.first, range.contains("-"), !range.hasSuffix(":") {
                let ends = range.split(separator: "-").compactMap { Int($0, radix: 16) }
                inside = ends.count == 2 && ends[0] <= address && address < ends[1]
            } else if inside, fields.first == "AnonHugePages:", fields.count > 1 {
                return Int(fields[1]) ?? 0
            }
        }
        return 0
    }
}
