/// `--help` texts: examples first, then options.
enum HelpText {
    static func text(for topic: String?) throws -> String {
        switch topic {
        case nil, "mp-tutor": return main
        case "lesson": return lesson
        case "replay": return replay
        case "trace": return trace
        case "check": return check
        case "list": return list
        case let other?:
            let hint = Suggestion.closest(to: other, among: ArgumentReader.commands).map { "Did you mean '\($0)'? " } ?? ""
            throw MPTutorError.usage("no help for '\(other)'", hint: hint + "See 'mp-tutor --help'.")
        }
    }

    static let display = """
      --color auto|always|never   colour (auto: only on a terminal; NO_COLOR turns it off)
      --ascii                     no Unicode symbols or box drawing
      --width N                   draw for N columns instead of the terminal's width
      --show-helpers              show multiprocessing's own helper processes too
      --step                      step through the run event by event (keys: space next, b back, / find,
                                  ] next note, h help, q quit); without a terminal, prints every step
    """

    static let run = """
      --python PATH               the python3 to run (else $MP_TUTOR_PYTHON, else python3 on PATH)
      --timeout SECONDS           the watchdog's limit: the run is stopped and explained after it
      --start-method M            fork, spawn or forkserver, as the default for the program
      --seed N                    passed to the demo for its randomness
    """

    static let main = """
    mp-tutor: learn Python's multiprocessing by watching real runs, process by process.

    Examples:
      mp-tutor list                          the lessons
      mp-tutor lesson pool-async             read a lesson, run its demo, see the explained timeline
      mp-tutor replay pool-async             the recorded run of a lesson (no python3 needed)
      mp-tutor trace my_program.py           trace any program of yours
      mp-tutor check pool-async              verify a lesson's claims on a live run

    Commands:
      lesson <id>      show a lesson and run its demo
      replay <id|file> show a recorded run
      trace <script>   run a Python program under the tracer
      check <id>...    run lessons and verify their claims (--all for every lesson)
      list             list the lessons
      help <command>   help on a command

    Options:
      -h, --help       this help (or 'mp-tutor <command> --help')
      --version        mp-tutor's version

    """

    static let lesson = """
    mp-tutor lesson <id> [options]: show a lesson, run its demo under the tracer, explain what happened.

    Examples:
      mp-tutor lesson pool-async
      mp-tutor lesson pool-async --set workers=2 --record my-run.jsonl
      mp-tutor lesson pool-async --text-only

    Options:
      --variant V                 run one of the lesson's variants
      --set NAME=VALUE            change a lesson parameter (repeatable)
      --record FILE               also write the run's transcript to FILE
      --text-only                 show the lesson without running its demo
    \(run)
    \(display)
    """

    static let replay = """
    mp-tutor replay <id|FILE> [options]: show a recorded run. Needs no python3.

    Examples:
      mp-tutor replay pool-async               the lesson's committed transcript
      mp-tutor replay my-run.jsonl             any transcript
      mp-tutor replay pool-async --step        step through it, event by event

    Options:
      --variant V                 the recorded run of one of the lesson's variants
    \(display)
    """

    static let trace = """
    mp-tutor trace [options] <script.py> [script arguments...]: run any Python program under the tracer.

    Examples:
      mp-tutor trace my_pool.py
      mp-tutor trace --timeout 10 --record run.jsonl my_pool.py --size 100

    Options (before the script; everything after it goes to the script):
      --record FILE               also write the run's transcript to FILE
    \(run)
    \(display)
    """

    static let check = """
    mp-tutor check <id>... | --all [options]: run lessons live and verify what each claims its timeline shows.
    Exit status 0 when every claim holds, 1 when any fails (each failure says what was observed).

    Examples:
      mp-tutor check pool-async
      mp-tutor check --all

    Options:
      --all                       every lesson and every variant
      --variant V                 check one variant of the named lesson
    \(run)
    """

    static let list = """
    mp-tutor list: the lessons, grouped by unit.

    Options:
    \(display)
    """
}
