import TutorCore
import TutorAnalysis
import TutorTerminal

extension HTMLTemplate {
    /// Okabe–Ito colours (safe for the common colour-vision deficiencies), with shapes and dash patterns
    /// that tell the kinds apart without colour too.
    static let style = #"""
    :root { --bg:#ffffff; --fg:#1b1b1b; --muted:#5a5a5a; --grid:#e4e4e4; --stripe:#f6f6f6; --panel:#f3f3f3;
      --task:#56B4E9; --callback:#009E73; --hold:#D55E00; --wait:#F0E442; --waitline:#7a6d00;
      --running:#009E73; --ready:#E69F00; --blocked:#0072B2; --cursor:#CC79A7;
      --delivery:#0072B2; --handOff:#D55E00; --task-link:#009E73; --spawn:#CC79A7; --reap:#777777; --wake:#E69F00;
      --base:15px; --row:34px; }
    body.dark { --bg:#121212; --fg:#ececec; --muted:#b0b0b0; --grid:#333333; --stripe:#1b1b1b; --panel:#1e1e1e;
      --reap:#aaaaaa; --waitline:#f0e442; }
    body.large { --base:22px; }
    * { box-sizing: border-box; }
    body { margin:0; background:var(--bg); color:var(--fg); font: var(--base)/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; }
    header { padding: 0.6em 1em 0.2em; border-bottom: 1px solid var(--grid); }
    h1 { font-size: 1.35em; margin: 0 0 0.2em; }
    h2 { font-size: 1em; margin: 0.6em 0 0.3em; }
    #heading { margin: 0; color: var(--muted); white-space: pre-wrap; font-size: 0.85em; }
    #warnings { margin: 0.3em 0; padding-left: 1.2em; color: var(--hold); }
    #warnings:empty { display:none; }
    nav { display:flex; flex-wrap:wrap; gap:0.6em; align-items:center; margin:0.4em 0; }
    button { font: inherit; padding: 0.15em 0.7em; background: var(--panel); color: var(--fg); border:1px solid var(--grid); border-radius:4px; cursor:pointer; }
    main { display:grid; grid-template-columns: minmax(0, 1fr) minmax(16em, 26em); gap: 1em; padding: 0.6em 1em; }
    @media (max-width: 900px) { main { grid-template-columns: 1fr; } }
    #chart-wrap { overflow:hidden; border:1px solid var(--grid); border-radius:4px; touch-action:none; cursor:grab; }
    #chart { display:block; width:100%; user-select:none; }
    #chart text { fill: var(--fg); font-size: calc(var(--base) * 0.8); }
    #chart .axis text { fill: var(--muted); font-size: calc(var(--base) * 0.7); }
    #chart .axis line { stroke: var(--grid); }
    #chart .lane rect.row { fill: var(--bg); }
    #chart .lane:nth-child(even) rect.row { fill: var(--stripe); }
    #chart .lane.helper text { fill: var(--muted); font-style: italic; }
    #chart .lane text.lane-lost { fill: var(--hold); font-size: 10px; }
    .scaled rect, .scaled line, .scaled path { vector-effect: non-scaling-stroke; }
    .span-task { fill: var(--task); stroke: var(--task); }
    .span-callback { fill: var(--callback); stroke: var(--callback); }
    .span-hold { fill: var(--hold); stroke: var(--hold); }
    .span-wait { fill: var(--wait); stroke: var(--waitline); }
    .span-stopped { fill: none; stroke: var(--waitline); stroke-dasharray: 4 3; }
    .span-task, .span-callback, .span-hold, .span-wait { stroke-width: 1; }
    .span-open { stroke: var(--fg); stroke-dasharray: 3 2; }
    .os-running { fill: var(--running); stroke: var(--running); } .os-ready { fill: var(--ready); stroke: var(--ready); }
    .os-blocked { fill: var(--blocked); stroke: var(--blocked); }
    .tick { stroke: var(--fg); stroke-width: 2; opacity: 0.75; }
    .tick-path { stroke: var(--fg); stroke-width: 1.5; opacity: 0.7; }
    .tick.current { stroke: var(--cursor); stroke-width: 3; opacity: 1; }
    .link { fill:none; stroke-width: 1.6; opacity: 0.85; }
    .link.delivery { stroke: var(--delivery); }
    .link.handOff { stroke: var(--handOff); stroke-dasharray: 6 3; }
    .link.task { stroke: var(--task-link); stroke-width: 1.2; }
    .link.spawn { stroke: var(--spawn); stroke-dasharray: 2 3; }
    .link.reap { stroke: var(--reap); stroke-dasharray: 1 4; }
    .link.wake { stroke: var(--wake); stroke-dasharray: 8 3 2 3; }
    .link.same-lane { opacity: 0.3; }
    .link.current { stroke-width: 3.2; opacity: 1; }
    .note-badge circle { fill: var(--wait); stroke: var(--fg); stroke-width: 1; }
    .note-badge text { fill: #000 !important; font-weight: 700; text-anchor: middle; dominant-baseline: central; font-size: calc(var(--base) * 0.7) !important; }
    .counter path { fill: none; stroke: var(--blocked); stroke-width: 1.5; }
    .cursor { stroke: var(--cursor); stroke-width: 2; }
    #legend { display:flex; flex-wrap:wrap; gap: 0.3em 1.2em; list-style:none; padding:0; margin: 0.5em 0; font-size: 0.85em; }
    #legend svg { vertical-align: middle; margin-right: 0.3em; }
    #stepper { display:flex; flex-wrap:wrap; gap: 0.5em 1em; align-items:center; margin-top: 0.4em; }
    #step { flex: 1 1 20em; min-width: 12em; }
    #keys { color: var(--muted); font-size: 0.8em; margin: 0; flex-basis: 100%; }
    #step-box { display:grid; grid-template-columns: minmax(0,1fr) minmax(0,2fr); gap: 1em; }
    @media (max-width: 1200px) { #step-box { grid-template-columns: 1fr; } }
    #step-event { font-family: ui-monospace, "DejaVu Sans Mono", monospace; margin: 0.2em 0; white-space: pre-wrap; }
    pre { background: var(--panel); padding: 0.6em; border-radius: 4px; overflow:auto; font: calc(var(--base) * 0.8)/1.35 ui-monospace, "DejaVu Sans Mono", monospace; white-space: pre; }
    #state-panel { min-height: 8em; background: var(--panel); padding: 0.6em; border-radius: 4px; font: calc(var(--base) * 0.8)/1.35 ui-monospace, "DejaVu Sans Mono", monospace; }
    #state-panel div { display: grid; grid-template-columns: 11ch minmax(0, 1fr); }
    #state-panel b { white-space: pre; }
    #state-panel span { white-space: pre-wrap; overflow-wrap: anywhere; }
    #claims { padding-left: 0; list-style: none; }
    #claims li { margin: 0.3em 0; }
    #claims .pass::before { content: "✓ "; color: var(--callback); font-weight: 700; }
    #claims .fail::before { content: "✗ "; color: var(--hold); font-weight: 700; }
    #notes li, #step-notes li { margin: 0.25em 0; cursor: pointer; }
    #notes li.current { background: var(--panel); outline: 2px solid var(--cursor); }
    .muted { color: var(--muted); }
    """#
}
