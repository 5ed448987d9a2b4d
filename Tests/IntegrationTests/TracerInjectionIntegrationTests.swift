import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

/// How mp-tutor injects the tracer, seen from inside the traced processes: the bytecode cache the first
/// interpreter writes (sitecustomize's in the boot zip) is checked against its sources and private to this
/// user, and neither the tracer's folder nor its boot zip is on the program's `sys.path` (in the main process
/// nor in spawn and forkserver children).
final class TracerInjectionIntegrationTests: XCTestCase {
    func testBytecodeCacheIsCheckedAndPrivateAndTracerFolderLeavesSysPath() throws {
        let script = try BinaryHarness.script("injection.py", """
        import multiprocessing as mp, os, sys

        def report(who):
            import mptutor_trace, zipfile
            pkg = os.path.dirname(mptutor_trace.__file__)
            top = os.path.dirname(pkg)
            boot = os.path.join(top, "mptutor-boot.zip")
            cache = os.listdir(os.path.join(pkg, "__pycache__"))
            pycs = [os.path.join(pkg, "__pycache__", n) for n in cache if n.endswith(".pyc")]
            groups = [os.path.join(pkg, "__pycache__", n) for n in cache if n.endswith(".bin")]    # _GROUPS' files
            sources = [n for n in os.listdir(pkg) if n.endswith(".py")]
            flags = set()
            for p in pycs:
                with open(p, "rb") as f:
                    flags.add(int.from_bytes(f.read(8)[4:8], "little"))
            with zipfile.ZipFile(boot) as z:        # sitecustomize's, beside its source in the boot zip
                flags.add(int.from_bytes(z.read("sitecustomize.pyc")[4:8], "little"))
            folders = [top, pkg, os.path.join(pkg, "__pycache__")]
            private = all(os.lstat(p).st_uid == os.geteuid() and os.lstat(p).st_mode & 0o077 == 0 for p in pycs + groups + folders + [boot])
            path = [os.path.abspath(p or os.curdir) for p in sys.path]
            on_path = top in path or boot in path
            print("%s pycs=%d/%d groups=%d others=%d flags=%s private=%s on_path=%s"
                  % (who, len(pycs) + 1, len(sources) + 1, len(groups), len(cache) - len(pycs) - len(groups), sorted(flags), private,
                     on_path), flush=True)

        if __name__ == "__main__":
            report("main")
            for method in ("spawn", "forkserver"):
                p = mp.get_context(method).Process(target=report, args=(method,))
                p.start()
                p.join()
        """)
        let record = script + ".jsonl"
        let result = try BinaryHarness.run(["trace", "--record", record, "--width", "160", script])
        XCTAssertEqual(result.status, .exited(0), result.stderr)
        let transcript = try TranscriptReader.read(path: record)
        let sources = try FileManager.default.contentsOfDirectory(atPath: BinaryHarness.repoRoot + "/tracer/mptutor_trace")
            .filter { $0.hasSuffix(".py") }.count
        let printed = transcript.events.filter { $0.is(.print) }.compactMap(\.text)
        for who in ["main", "spawn", "forkserver"] {
            // 0b11: a checked hash-based .pyc (PEP 552), used only while it matches its source
            // and one file for each group of areas read together (mptutor_trace._GROUPS), nothing else
            XCTAssertTrue(printed.contains("\(who) pycs=\(sources + 1)/\(sources + 1) groups=2 others=0 flags=[3] private=True on_path=False"),
                          "\(who): \(printed)")
        }
        // the children were traced, from the cache
        XCTAssertEqual(transcript.events.filter { $0.is(.processStart) && $0.string(EventField.role) == "child" }.count, 2)
    }
}
