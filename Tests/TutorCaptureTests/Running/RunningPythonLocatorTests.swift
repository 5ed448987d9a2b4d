import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

final class RunningPythonLocatorTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = try RunTestSupport.temporaryDirectory()
        for sub in ["a", "b", "c"] {
            try FileManager.default.createDirectory(atPath: "\(folder)/\(sub)", withIntermediateDirectories: true)
        }
        // a/python3 is not executable and must be skipped; b/python3 is the one on PATH.
        try RunTestSupport.writeScript("#!/bin/sh\necho 3.0.0\n", to: "\(folder)/a/python3", executable: false)
        try RunTestSupport.writeScript("#!/bin/sh\necho 3.99.1\n", to: "\(folder)/b/python3")
        try RunTestSupport.writeScript("#!/bin/sh\necho 3.12.0\n", to: "\(folder)/c/python3.12")
        try RunTestSupport.writeScript("#!/bin/sh\necho 3.8.2\n", to: "\(folder)/explicit-python")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func locator(_ extra: [String: String] = [:]) -> PythonLocator {
        PythonLocator(environment: ["PATH": "\(folder)/a:\(folder)/b:\(folder)/c"].merging(extra) { $1 })
    }

    func testExplicitPathComesFirst() throws {
        let found = try locator([PythonLocator.environmentVariable: "python3.12"])
            .locate(explicit: "\(folder)/explicit-python")
        XCTAssertEqual(found, "\(folder)/explicit-python")
    }

    func testEnvironmentVariableComesBeforePath() throws {
        XCTAssertEqual(
            try locator([PythonLocator.environmentVariable: "python3.12"]).locate(explicit: nil),
            "\(folder)/c/python3.12")
    }

    func testPathLookupSkipsFilesThatAreNotExecutable() throws {
        XCTAssertEqual(try locator().locate(explicit: nil), "\(folder)/b/python3")
    }

    func testMissingPythonIsAMissingProgram() {
        let empty = PythonLocator(environment: ["PATH": "\(folder)/a"])
        XCTAssertThrowsError(try empty.locate(explicit: nil)) { error in
            XCTAssertEqual((error as? MPTutorError)?.exitStatus, 69)
            XCTAssertTrue((error as? MPTutorError)?.message.contains("mp-tutor replay") ?? false)
        }
    }

    func testABrokenExplicitChoiceIsReportedNotReplaced() {
        XCTAssertThrowsError(try locator().locate(explicit: "\(folder)/nope")) { error in
            guard case .missingProgram(let text) = error as? MPTutorError else { return XCTFail("\(error)") }
            XCTAssertTrue(text.contains("--python"))
        }
        XCTAssertThrowsError(try locator([PythonLocator.environmentVariable: "/no/python"]).locate(explicit: nil))
    }

    func testVersionRunsTheInterpreter() throws {
        XCTAssertEqual(try locator().version(of: "\(folder)/b/python3"), "3.99.1")
        try RunTestSupport.writeScript("#!/bin/sh\necho broken >&2; exit 1\n", to: "\(folder)/bad")
        XCTAssertThrowsError(try locator().version(of: "\(folder)/bad")) { error in
            guard case .runFailed(let text) = error as? MPTutorError else { return XCTFail("\(error)") }
            XCTAssertTrue(text.contains("broken"), text)
        }
    }

    func testVersionOfTheRealPython() throws {
        let python = try RunTestSupport.python()
        let version = try PythonLocator(environment: RunTestSupport.environment()).version(of: python)
        XCTAssertTrue(version.hasPrefix("3."), version)
        XCTAssertEqual(version.split(separator: ".").count, 3)
    }
}
