#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore

/// Looks up C functions the Swift C modules do not import: variadic ones such as `prctl`,
/// and GNU extensions such as `pipe2` and `posix_spawn_file_actions_addchdir_np`.
enum DynamicSymbols {
    /// The address of `name` in the already loaded libraries, or `nil`.
    static func lookup(_ name: String) -> UnsafeMutableRawPointer? {
        #if canImport(Darwin)
        let everywhere = UnsafeMutableRawPointer(bitPattern: -2)  // RTLD_DEFAULT on Darwin
        #else
        let everywhere: UnsafeMutableRawPointer? = nil  // RTLD_DEFAULT on glibc and musl
        #endif
        return dlsym(everywhere, name)
    }
}
