#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Entry point used by the `mp-tutor` executable.
public enum CommandLineTool {
    /// Runs mp-tutor with the given arguments (without the program name) and returns the exit status.
    public static func main(arguments: [String]) -> Int32 {
        0
    }
}
