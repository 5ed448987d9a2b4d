import TutorCore
import TutorAnalysis
import TutorTerminal
import TutorSimulation

/// `--help` texts: examples first, then options.
enum HelpText {
    static func text(for topic: String?) throws -> String {
        if Language.current == .zh, let chinese = chinese(for: topic) { return chinese }
        switch topic {
        case nil, "mp-tutor": return main
        case "lesson": return lesson
        case "replay": return replay
        case "present": return present
        case "quiz": return quiz
        case "export": return export
        case "trace": return trace
        case "check": return check
        case "list": return list
        case "progress": return progress
        case "simulate": return simulate
        case "simulate scheduling", "scheduling": return simulateScheduling
        case let other?:
            let hint = Suggestion.closest(to: other, among: ArgumentReader.commands).map { Phrase.hintDidYouMean.text(["suggestion": $0]) } ?? ""
            throw MPTutorError.usage(Phrase.errNoHelp.text(["topic": other]), hint: hint + Phrase.seeHelp.text())
        }
    }

    /// The Chinese text of a topic; nil for an unknown topic.
    static func chinese(for topic: String?) -> String? {
        switch topic {
        case nil, "mp-tutor": chineseMain
        case "lesson": chineseLesson
        case "replay": chineseReplay
        case "present": chinesePresent
        case "quiz": chineseQuiz
        case "export": chineseExport
        case "trace": chineseTrace
        case "check": chineseCheck
        case "list": chineseList
        case "progress": chineseProgress
        case "simulate": chineseSimulate
        case "simulate scheduling", "scheduling": chineseSimulateScheduling
        default: nil
        }
    }

    static let display = """
      --color auto|always|never   colour (auto: only on a terminal; NO_COLOR turns it off)
      --ascii                     no Unicode symbols or box drawing
      --ambiguous-wide            the terminal draws ambiguous symbols (①, ─, │, ●, ·) two columns
                                  wide, as CJK-configured ones do (also MP_TUTOR_AMBIGUOUS_WIDE=1)
      --width N                   draw for N columns instead of the terminal's width (piped, without
                                  --width: $COLUMNS, else 160, and rows wrap instead of being cut)
      --show-helpers              show multiprocessing's own helper processes too
      --full                      show every row of a long run's timeline, also its condensed middle
      --no-pager                  lesson and replay on a terminal go through a pager ($MP_TUTOR_PAGER, else
                                  $PAGER, else 'less -R'); this prints straight to the terminal instead
      --step                      step through the run event by event (keys: space next, b back, / find,
                                  ] next note, h help, q quit); on a live run (lesson, trace) the view
                                  opens as the run starts and follows it (G: follow each new event;
                                  Ctrl-C stops the run, q stops it and quits); without a terminal,
                                  prints every step after the run
      --lang zh|en                the language of the interface and the lessons (else $MP_TUTOR_LANG, then
                                  LC_ALL, LC_MESSAGES, LANG: zh_* means Chinese, anything else English)
    """

    static let run = """
      --python PATH               the python3 to run (else $MP_TUTOR_PYTHON, else python3 on PATH)
      --timeout SECONDS           the watchdog's limit: the run is stopped and explained after it
      --start-method M            fork, spawn or forkserver, as the default for the program
      --seed N                    passed to the demo for its randomness
      --sample-os                 also record each process's OS state (running, ready, blocked) from /proc
      --redact                    replace your home folder with ~ and your user name with <user> in
                                  everything the recorded run holds (what it printed too)
    """

    static let main = """
    mp-tutor: learn Python's multiprocessing by watching real runs, process by process.

    Examples:
      mp-tutor list                          the lessons
      mp-tutor lesson pool-async             read a lesson, run its demo, see the explained timeline
      mp-tutor replay pool-async             the recorded run of a lesson (no python3 needed)
      mp-tutor export pool-async --html r.html   the run as one interactive page for a projector
      mp-tutor trace my_program.py           trace any program of yours
      mp-tutor check pool-async              verify a lesson's claims on a live run
      mp-tutor simulate scheduling           FCFS, SJF, RR and MLFQ on one simulated CPU

    Commands:
      lesson <id>      show a lesson and run its demo
      replay <id|file> show a recorded run (or a folder of per-process event files)
      present <id>     classroom mode: the lesson full screen, questions, the run played, the answers
      quiz [<id>]      a lesson's questions at the prompt, answered from a live run, scored
      export <id|file> write a recorded run as an HTML page, a Perfetto trace or an asciicast
      trace <script>   run a Python program under the tracer
      check <id>...    run lessons and verify their claims (--all for every lesson); check FILE.jsonl: a run's invariants
      list             list the lessons (✓ marks those you finished)
      progress         what you have finished (--reset forgets it)
      simulate <what>  deterministic simulations: 'scheduling' (CPU scheduling, tick by tick)
      help <command>   help on a command

    Options:
      -h, --help       this help (or 'mp-tutor <command> --help')
      --version        mp-tutor's version
      --lang zh|en     the language of the interface and the lessons (or MP_TUTOR_LANG=zh, or a zh_* locale)
      --lessons DIR    use the lessons in DIR (a folder of lesson folders) instead of the ones
                       mp-tutor carries; also $MP_TUTOR_LESSONS. Inside mp-tutor's checkout,
                       the checkout's lessons are used.

    """

    static let lesson = """
    mp-tutor lesson [<id>] [options]: show a lesson (without an id: the first one you have not finished), run its demo under the tracer, explain what happened.

    Examples:
      mp-tutor lesson pool-async
      mp-tutor lesson pool-async --set workers=2 --record my-run.jsonl
      mp-tutor lesson pool-async --text-only

    Options:
      --variant V                 run one of the lesson's variants
      --set NAME=VALUE            change a lesson parameter (repeatable)
      --record FILE               also write the run's transcript to FILE (see 'mp-tutor trace --help')
      --text-only                 show the lesson without running its demo
    \(exports)
    \(run)
    \(display)

    Exit status: 0 when the demo ran (whatever it did), 128+N when signal N stopped mp-tutor (130 for
    Ctrl-C), 74 when the temporary folder ran out of space or --record could not be written, 1 when the
    tracer recorded nothing.
    """

    static let replay = """
    mp-tutor replay <id|FILE|FOLDER> [options]: show a recorded run. Needs no python3.

    Examples:
      mp-tutor replay pool-async               the lesson's committed transcript
      mp-tutor replay my-run.jsonl             any transcript
      mp-tutor replay events/                  a folder of per-process event files (*.jsonl, as the tracer writes
                                               them during a run), merged as 'trace' merges them; what only the live
                                               run knew (the exit status, signals received) is not shown
      mp-tutor replay pool-async --step        step through it, event by event

    Options:
      --variant V                 the recorded run of one of the lesson's variants
    \(exports)
    \(display)
    """

    static let export = """
    mp-tutor export <id|FILE> --html FILE | --perfetto FILE | --cast FILE [options]: write a recorded run as
    files, nothing on screen. The same three options work on 'lesson', 'replay' and 'trace'.

    Examples:
      mp-tutor export pool-async --html pool-async.html        one self-contained interactive page
      mp-tutor export run.jsonl --perfetto run.json            for ui.perfetto.dev or chrome://tracing
      mp-tutor export pool-async --cast pool-async.cast        an asciinema recording of the replay

    Options:
    \(exports)
      --variant V                 the recorded run of one of the lesson's variants
      --show-helpers              show multiprocessing's helper lanes (the page also has a toggle)

    """

    static let exports = """
      --html FILE                 a self-contained HTML page: lanes, bars, cause→effect arrows, notes,
                                  claims and a step slider with the state panel; no network needed
      --perfetto FILE             Chrome Trace Event JSON with flow arrows (ui.perfetto.dev, chrome://tracing)
      --cast FILE                 an asciicast v2 recording of the replay
    """

    static let trace = """
    mp-tutor trace [options] <script.py> [script arguments...]: run any Python program under the tracer.
    mp-tutor trace [options] -m <package.module> [arguments...]: run a module, as 'python3 -m' does.

    Examples:
      mp-tutor trace my_pool.py
      mp-tutor trace --timeout 10 --record run.jsonl my_pool.py --size 100
      mp-tutor trace --timeout 0 -m mypackage.tool --size 3 < input.txt
      mp-tutor trace <(git show HEAD~1:demo.py)               # a script from a pipe runs too
      mp-tutor trace --record - my_pool.py > run.jsonl       # the transcript on stdout, the timeline on stderr

    Options (before the script; everything after it goes to the script; '--' ends mp-tutor's options):
      --record FILE               also write the run's transcript to FILE: a regular file is replaced
                                  atomically, a symbolic link is followed, a device or FIFO is written
                                  as a stream, '-' is standard output; the traced script is never
                                  overwritten
      --timeout 0|none            no watchdog (trace only; the default is 60 s)
      -m MODULE                   run a module instead of a script
    \(exports)
    \(run)
    \(display)

    The program reads mp-tutor's standard input; the --step view reads its keys from the terminal itself
    (when standard input is that terminal, the program reads nothing).

    Exit status follows the program, as time(1) does: its own exit code; 128+N when signal N ended it;
    124 when the watchdog stopped it; 128+N when signal N stopped mp-tutor (130 for Ctrl-C, 143 for
    SIGTERM, 129 for SIGHUP); 74 (when the program succeeded) if --record could not be written or the
    temporary folder ran out of space; 64 for a mistake on the command line.
    """

    static let check = """
    mp-tutor check <id>... | --all [options]: run lessons live and verify what each claims its timeline shows.
    Exit status 0 when every claim holds, 1 when any fails (each failure says what was observed).
    mp-tutor check FILE.jsonl...: verify the invariants of recorded runs, without running anything: one exit
    per process, every process counted, pool counts that add up, every wait closed or counted as unfinished,
    every note's cause true in the state model, events in causal order (exit 1 naming each violation).

    Examples:
      mp-tutor check pool-async
      mp-tutor check pool-async --set workers=2 --set tasks=10
      mp-tutor check --all
      mp-tutor check corpus/transcripts/*.jsonl

    Options:
      --all                       every lesson and every variant
      --variant V                 check one variant of the named lesson
      --set NAME=VALUE            change a lesson parameter (repeatable); its claims must still hold
      --record-dir DIR            write each run whose claims all hold to DIR/<id>[--<variant>].jsonl
                                  (how transcripts/ is kept fresh: mp-tutor check --all --record-dir transcripts)
    \(run)
    """

    static let progress = """
    mp-tutor progress [--reset]: the lessons you have finished, kept in $XDG_STATE_HOME/mp-tutor/progress.json
    (by default ~/.local/state/mp-tutor/). A lesson counts as finished when its demo ran to the end,
    live or replayed. 'mp-tutor lesson' without an id continues with the first unfinished lesson.

    Options:
      --reset                     forget all progress

    """

    static let list = """
    mp-tutor list: the lessons, grouped by unit.

    Options:
    \(display)
    """

    static let simulate = """
    mp-tutor simulate scheduling [options]: deterministic simulations of the OS ideas behind the lessons.

    Examples:
      mp-tutor simulate scheduling --algo all
      mp-tutor simulate scheduling --algo rr --quantum 4 --step

    Simulations:
      scheduling       CPU scheduling on one CPU: FCFS, SJF, RR, MLFQ (see 'mp-tutor simulate scheduling --help')

    """

    static let simulateScheduling = """
    mp-tutor simulate scheduling [options]: a deterministic simulation of a single CPU on whole ticks
    (not a measurement): a Gantt chart, each job's waiting, turnaround and response times, and their averages.

    Examples:
      mp-tutor simulate scheduling --algo all                  every algorithm, then a comparison
      mp-tutor simulate scheduling --algo rr --quantum 4       round robin with a quantum of 4 ticks
      mp-tutor simulate scheduling --algo mlfq --step          the ready queues, tick by tick
      mp-tutor simulate scheduling --algo sjf --jobs P1:0:6,P2:0:3,P3:4:1

    Options:
      --algo fcfs|sjf|rr|mlfq|all first come first served (先来先服务), shortest job first (短作业优先,
                                  non-preemptive), round robin (时间片轮转), multilevel feedback queue
                                  (多级反馈队列), or all of them (the default)
      --jobs NAME:ARRIVAL:BURST,...  the jobs (default \(SchedulingJob.lessonDefaultSpec)); ticks are whole numbers
      --quantum Q                 RR's time slice in ticks (default 2); a job arriving when a quantum ends
                                  queues before the preempted job
      --mlfq-quanta Q0,Q1,...     MLFQ's levels and their quanta, top level first (default 1,2,4)
      --boost S                   MLFQ moves every job back to level 0 every S ticks (default 20)
      --step                      show every tick: the events, the running job, the ready queue(s); on a
                                  terminal Enter/Space next, b back, q quit
      --color auto|always|never   colour (auto: only on a terminal; NO_COLOR turns it off)
      --ascii                     no Unicode symbols or box drawing
      --ambiguous-wide            the terminal draws ambiguous symbols (①, ─, │, ●, ·) two columns
                                  wide, as CJK-configured ones do (also MP_TUTOR_AMBIGUOUS_WIDE=1)
      --width N                   draw for N columns instead of the terminal's width (piped, without
                                  --width: $COLUMNS, else 160, and rows wrap instead of being cut)

    """
}
