#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ties a run's life to mp-tutor's, however mp-tutor ends (SIGKILL included).
///
/// A small watcher (`/bin/sh`, in a process group of its own and deaf to SIGINT, SIGTERM and SIGHUP)
/// holds the read end of a pipe whose write end only mp-tutor holds (close-on-exec: no process of
/// the run inherits it). mp-tutor tells it the run's process group as soon as it exists and says
/// `done` once the run is over. If the pipe closes without `done`, mp-tutor has died: the watcher
/// SIGKILLs the run's process group and every process carrying the run's marker (found in
/// `/proc/*/environ`, so members that left the group go too), for at most a few seconds, then
/// removes the run's scratch folder. It holds the folder's lock meanwhile, so the next run never
/// collects a folder that is still being cleaned. While mp-tutor is stopped by job control (`stop` … `cont`) a
/// subshell of it watches for a stop that no shell can end any more (clean 34).
///
/// The watcher is a separate process, not a thread in the traced processes (CPython's own test
/// suite counts their threads), and not mp-tutor's binary (the library also runs inside tests).
final class Lifeline: @unchecked Sendable {
    /// The watcher, read by `/bin/sh -c`: `$1` scratch folder (may be empty), `$2` the run's marker,
    /// `$3` "screen" when a live view holds the terminal's alternate screen with the cursor hidden.
    /// (`kill -KILL -PGID`, not `kill -KILL -- -PGID`: dash's kill takes no `--`.)
    static let script = #"""
    trap '' INT TERM HUP QUIT TSTP TTOU TTIN
    pgid= guard=
    # the fields of /proc/$1/stat after the command: st pp pg sid
    stat_of() {
      line=
      read -r line < "/proc/$1/stat" 2>/dev/null || return 1
      set -- ${line##*\) }
      st=$1 pp=$2 pg=$3 sid=$4
    }
    # $1 group, $2 session: no live member's parent is in another group of the session (no shell can continue it)
    orphaned() {
      for f in /proc/[0-9]*; do
        stat_of "${f#/proc/}" || continue
        if [ "$pg" != "$1" ] || [ "$st" = Z ]; then continue; fi
        stat_of "$pp" || continue
        if [ "$pg" != "$1" ] && [ "$sid" = "$2" ]; then return 1; fi
      done
      return 0
    }
    # mp-tutor ($PPID) is stopping by job control: once stopped in an orphaned group, SIGHUP and SIGCONT to it,
    # what the kernel does for a group orphaned with a stopped member, which it misses for a stop under way
    stop_guard() {
      while stat_of "$PPID" && [ "$st" != Z ]; do
        if [ "$st" = T ]; then
          g=$pg s=$sid
          if stat_of "$pp" && [ "$pg" != "$g" ] && [ "$sid" = "$s" ]; then :
          elif orphaned "$g" "$s"; then kill -HUP "-$g"; kill -CONT "-$g"; return; fi
        fi
        sleep 0.2
      done
    }
    end_guard() {
      if [ -n "$guard" ]; then kill -KILL "$guard" 2>/dev/null; wait "$guard" 2>/dev/null; guard=; fi
    }
    while IFS= read -r line; do
      case $line in
        run\ *) pgid=${line#run } ;;
        stop) end_guard; stop_guard & guard=$! ;;
        cont) end_guard ;;
        done) end_guard; exit 0 ;;
      esac
    done
    end_guard
    # First, before the shell prints its prompt: back to the main screen, cursor shown.
    if [ "$3" = screen ]; then printf '\033[?25h\033[?1049l' > /dev/tty 2>/dev/null; fi
    n=0
    while [ "$n" -lt 50 ]; do
      left=
      if [ -n "$pgid" ] && kill -KILL "-$pgid" 2>/dev/null && [ ! -d /proc/self ]; then
        left=1  # without /proc the group is all there is to go by (a zombie counts until reaped)
      fi
      # With /proc: what still lives is what still has an environment with the marker (a zombie
      # has none, and is its new parent's to reap).
      for f in $(grep -l -a -F -e "$2" /proc/[0-9]*/environ 2>/dev/null); do
        p=${f#/proc/}; p=${p%/environ}
        kill -KILL "$p" 2>/dev/null && left=1
      done
      [ -z "$left" ] && break
      n=$((n + 1))
      sleep 0.1
    done
    if [ -n "$1" ]; then rm -rf -- "$1"; fi
    # An interactive shell puts back the modes of a job killed by a signal, and its line editor keeps
    # isig on. Still -isig a moment later means nobody did (a script ran mp-tutor): sane modes then.
    if [ "$3" = screen ]; then
      sleep 0.2
      case "$(stty -a < /dev/tty 2>/dev/null)" in
        *-isig*) stty sane < /dev/tty 2>/dev/null || stty icanon isig iexten echo icrnl ixon opost < /dev/tty 2>/dev/null ;;
      esac
    fi
    """#

    private var writeFD: Int32
    private let watcher: pid_t

    private init(writeFD: Int32, watcher: pid_t) {
        self.writeFD = writeFD
        self.watcher = watcher
    }

    /// Starts the watcher for a run marked `marker` (an exact `NAME=value` environment entry),
    /// whose scratch folder (if any) is `folder`, locked by `lockFD`. Returns nil when the watcher
    /// cannot be started: the run then goes on without it (as before there was one).
    static func start(marker: String, folder: String?, lockFD: Int32?, restoreScreen: Bool = false) -> Lifeline? {
        guard let ends = try? Descriptors.makePipe() else { return nil }
        defer { close(ends.read) }
        let null = open("/dev/null", O_RDWR | O_CLOEXEC)
        defer { if null >= 0 { close(null) } }
        guard null >= 0,
              var attributes = try? SpawnAttributes(stdin: ends.read, stdout: null, stderr: null, workingDirectory: nil,
                                                    extra: lockFD.map { [($0, Int32(3))] } ?? [])
        else { close(ends.write); return nil }
        defer { attributes.destroy() }
        let argv = CStringArray(["sh", "-c", script, "mp-tutor-lifeline", folder ?? "", marker, restoreScreen ? "screen" : ""])
        let envp = CStringArray(["PATH=/usr/bin:/bin:/usr/sbin:/sbin", "LC_ALL=C"])
        defer { argv.free(); envp.free() }
        var pid: pid_t = 0
        guard attributes.spawn(&pid, "/bin/sh", argv.pointers, envp.pointers) == 0 else {
            close(ends.write)
            return nil
        }
        return Lifeline(writeFD: ends.write, watcher: pid)
    }

    /// Tells the watcher which process group is the run's (the main process's pid).
    func announce(processGroup pgid: Int32) {
        send("run \(pgid)\n")
    }

    /// mp-tutor is about to stop by job control (`true`), or runs again (`false`): while it is stopped the watcher
    /// looks for a stop no shell can end (clean 34). A write of a few bytes: safe from any thread.
    func noteStop(_ stopping: Bool) {
        send(stopping ? "stop\n" : "cont\n")
    }

    /// The run is over and cleaned up by mp-tutor itself: the watcher leaves without doing anything.
    func release() {
        guard writeFD >= 0 else { return }
        send("done\n")
        Descriptors.closeIfOpen(&writeFD)
        var status: Int32 = 0
        while waitpid(watcher, &status, 0) < 0 && errno == EINTR {}
    }

    /// Closes the pipe without `done`, exactly as mp-tutor's death does (the kernel closes it), and
    /// waits for the watcher to finish its cleanup. For tests of the watcher.
    func cut() {
        guard writeFD >= 0 else { return }
        Descriptors.closeIfOpen(&writeFD)
        var status: Int32 = 0
        while waitpid(watcher, &status, 0) < 0 && errno == EINTR {}
    }

    deinit { release() }

    private func send(_ line: String) {
        guard writeFD >= 0 else { return }
        let bytes = Array(line.utf8)
        _ = bytes.withUnsafeBytes { write(writeFD, $0.baseAddress, $0.count) }
    }
}
