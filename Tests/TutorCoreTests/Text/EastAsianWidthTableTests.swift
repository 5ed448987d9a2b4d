import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// The generated East Asian Width tables against the data they come from: Python's `unicodedata`.
final class EastAsianWidthTableTests: XCTestCase {
    /// The committed file is what the generator writes today; regenerate after a Python upgrade.
    func testGeneratedFileIsUpToDate() throws {
        let version = try python(["-c", "import unicodedata; print(unicodedata.unidata_version)"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard version == Unicode.Scalar.eastAsianWidthUnicodeVersion else {
            throw XCTSkip("python3 has Unicode \(version), the table \(Unicode.Scalar.eastAsianWidthUnicodeVersion): "
                + "regenerate with scripts/gen_east_asian_width.py on purpose, not from a test")
        }
        let generated = try python([BinaryHarness.repoRoot + "/scripts/gen_east_asian_width.py", "--stdout"])
        let committed = try String(contentsOfFile: try generatedFilePath(), encoding: .utf8)
        XCTAssertEqual(committed, generated, "the table is stale: run python3 scripts/gen_east_asian_width.py")
    }

    /// Every assigned code point is classified as unicodedata.east_asian_width says.
    func testEveryAssignedCodePointAgreesWithUnicodedata() throws {
        let script = """
            import sys, unicodedata as u
            out = []
            for cp in range(0x110000):
                c = chr(cp)
                w = u.east_asian_width(c)
                out.append('-' if u.category(c) == 'Cn' else 'W' if w in ('W', 'F') else 'A' if w == 'A' else 'N')
            sys.stdout.write(''.join(out))
            """
        let classes = Array(try python(["-c", script]).utf8)
        XCTAssertEqual(classes.count, 0x110000)
        var mismatches: [String] = []
        for (codePoint, expected) in classes.enumerated() where expected != UInt8(ascii: "-") {
            guard let scalar = Unicode.Scalar(UInt32(codePoint)) else { continue }
            let wide = scalar.isWide
            let actual: UInt8 = wide ? UInt8(ascii: "W") : scalar.isAmbiguousWidth ? UInt8(ascii: "A") : UInt8(ascii: "N")
            if actual != expected, mismatches.count < 10 {
                mismatches.append(String(format: "U+%04X: %c, expected %c", codePoint, actual, expected))
            }
        }
        XCTAssertEqual(mismatches, [])
    }

    func testAmbiguousCharactersFollowTheReading() {
        let symbols = "①─│●·…"
        XCTAssertEqual(AmbiguousWidth.withReading(wide: false) { symbols.displayWidth }, 6)
        XCTAssertEqual(AmbiguousWidth.withReading(wide: true) { symbols.displayWidth }, 12)
        // Wide, narrow and zero-width characters do not depend on the reading.
        for wide in [false, true] {
            AmbiguousWidth.withReading(wide: wide) {
                XCTAssertEqual("中文，。".displayWidth, 8)
                XCTAssertEqual("abc".displayWidth, 3)
                XCTAssertEqual("e\u{301}".displayWidth, 1)
                XCTAssertEqual("🐍".displayWidth, 2)
            }
        }
        XCTAssertEqual(AmbiguousWidth.withReading(wide: true) { "①②".truncated(toWidth: 3, ellipsis: "") }, "①")
        XCTAssertEqual(AmbiguousWidth.withReading(wide: true) { "·".padded(toWidth: 4) }, "·  ")
    }

    func testTheEnvironmentVariableAsksForTheWideReading() {
        XCTAssertTrue(AmbiguousWidth.isWide(in: ["MP_TUTOR_AMBIGUOUS_WIDE": "1"]))
        XCTAssertTrue(AmbiguousWidth.isWide(in: ["MP_TUTOR_AMBIGUOUS_WIDE": "yes"]))
        XCTAssertFalse(AmbiguousWidth.isWide(in: ["MP_TUTOR_AMBIGUOUS_WIDE": "0"]))
        XCTAssertFalse(AmbiguousWidth.isWide(in: [:]))
    }

    func testNewerCJKIdeographsInDefaultWideBlocksAreWide() {
        // Unassigned in Unicode 14 but inside the CJK blocks that default to Wide.
        XCTAssertTrue(Unicode.Scalar(0x2FFFD)!.isWide)
        XCTAssertTrue(Unicode.Scalar(0x9FFF)!.isWide)
        XCTAssertFalse(Unicode.Scalar(0x0378)!.isWide)
    }
}

private extension EastAsianWidthTableTests {
    func python(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "python3 \(arguments.first ?? "")")
        return String(decoding: data, as: UTF8.self)
    }

    func generatedFilePath() throws -> String {
        let sources = BinaryHarness.repoRoot + "/Sources"
        let name = "Unicode.Scalar+EastAsianWidth+Generated.swift"
        let found = FileManager.default.enumerator(atPath: sources)?.compactMap { $0 as? String }.first { $0.hasSuffix("/" + name) }
        return sources + "/" + (try XCTUnwrap(found, "\(name) is not under Sources/"))
    }
}
