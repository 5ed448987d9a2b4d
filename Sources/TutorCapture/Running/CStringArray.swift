#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore

/// A NULL-terminated array of C strings (argv, envp) that we own and must `free`.
struct CStringArray {
    var pointers: [UnsafeMutablePointer<CChar>?]

    init(_ strings: [String]) {
        pointers = strings.map { strdup($0) } + [nil]
    }

    func free() {
        for pointer in pointers { releaseCString(pointer) }
    }
}

/// `free` under a name that does not clash with `CStringArray.free`.
private func releaseCString(_ pointer: UnsafeMutablePointer<CChar>?) {
    free(pointer)
}
