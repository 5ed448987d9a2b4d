import TutorCommands
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The executable only hands its arguments to the library: everything else lives in the Tutor* targets.
let status = CommandLineTool.main(arguments: Array(CommandLine.arguments.dropFirst()))
exit(status)
