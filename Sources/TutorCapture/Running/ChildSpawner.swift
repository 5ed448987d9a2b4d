#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore

/// Starts a run's main process with `posix_spawn`.
///
/// Foundation.Process is not used: it does not reset signal dispositions (python3 would
/// inherit our ignored SIGINT and never raise KeyboardInterrupt), can only signal one pid, and
/// can hang when grandchildren hold its pipes.
enum ChildSpawner {
    /// Spawns `request` with stdin from `request.stdinPath` and stdout/stderr on new pipes.
    /// `extraEnvironment` entries (e.g. the run marker) are added to the request's environment.
    static func spawn(_ request: RunRequest, extraEnvironment: [String: String]) throws -> SpawnedChild {
        // Writing to a pipe whose reader is gone must give EPIPE, not kill mp-tutor.
        signal(SIGPIPE, SIG_IGN)
        _ = Subreaper.isEnabled

        guard let executable = ExecutableSearch.find(request.executable, path: request.environment["PATH"])
        else {
            if request.executable.contains("/"), ExecutableSearch.exists(request.executable) {
                throw MPTutorError.runFailed("cannot run '\(request.executable)': it is not an executable file.")
            }
            throw MPTutorError.missingProgram("cannot run '\(request.executable)': no such executable file"
                + (request.executable.contains("/") ? "." : " on PATH."))
        }
        if let directory = request.workingDirectory, !ExecutableSearch.isDirectory(directory) {
            throw MPTutorError.runFailed("cannot run in '\(directory)': no such directory.")
        }
        var program = executable
        var arguments = [request.executable] + request.arguments
        let changeDirectory = SpawnAttributes.changeDirectoryFunction
        if let directory = request.workingDirectory, changeDirectory == nil {
            // Old C libraries lack posix_spawn_file_actions_addchdir_np: let sh change directory
            // and then `exec` the program, which keeps the pid and process group.
            program = "/bin/sh"
            arguments = ["sh", "-c", "cd -- \"$0\" && exec \"$@\"", directory, executable] + request.arguments
        }

        var relay: (read: Int32, write: Int32)?
        if request.relayStdin, request.stdinDescriptor != nil { relay = try Descriptors.makePipe() }
        let stdinFD = try relay?.read ?? request.stdinDescriptor.map(Descriptors.duplicate) ?? Descriptors.openForReading(request.stdinPath)
        defer { close(stdinFD) }
        var relayWrite = relay?.write ?? -1
        let output = try Descriptors.makePipe()
        let errors: (read: Int32, write: Int32)
        do { errors = try Descriptors.makePipe() } catch {
            close(output.read); close(output.write)
            throw error
        }
        defer { close(output.write); close(errors.write) }

        var attributes = try SpawnAttributes(
            stdin: stdinFD, stdout: output.write, stderr: errors.write,
            workingDirectory: changeDirectory == nil ? nil : request.workingDirectory)
        defer { attributes.destroy() }

        var environment = request.environment
        for (name, value) in extraEnvironment { environment[name] = value }
        let argv = CStringArray(arguments)
        let envp = CStringArray(environment.map { "\($0.key)=\($0.value)" })
        defer { argv.free(); envp.free() }

        var pid: pid_t = 0
        let startedAt = MonotonicClock.nowNs()
        let status = attributes.spawn(&pid, program, argv.pointers, envp.pointers)
        guard status == 0 else {
            close(output.read); close(errors.read)
            Descriptors.closeIfOpen(&relayWrite)
            let reason = Descriptors.errorText(status)
            if status == ENOENT {
                throw MPTutorError.missingProgram(
                    "cannot run '\(executable)': \(reason) (is the interpreter on its #! line installed?)")
            }
            throw MPTutorError.runFailed("cannot run '\(executable)': \(reason)")
        }
        return SpawnedChild(pid: pid, stdoutFD: output.read, stderrFD: errors.read, startedAtNs: startedAt, stdinRelayFD: relayWrite)
    }
}
