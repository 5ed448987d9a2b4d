import TutorCore
import TutorAnalysis
import TutorTerminal

extension HTMLTemplate {
    /// Reads the data, fills the page's fixed text, the side panel and the legend.
    static let scriptSetup = #"""
    'use strict';
    const D = JSON.parse(document.getElementById('run-data').textContent);
    const UI = D.ui;
    const SVGNS = 'http://www.w3.org/2000/svg';
    const E = D.events;
    const N = E.t.length;
    const LARGE = N > D.fullDrawLimit;
    const $ = (id) => document.getElementById(id);

    /** An HTML element whose text is set with textContent: data never becomes markup. */
    function el(tag, attrs, text) {
      const node = document.createElement(tag);
      for (const k in attrs || {}) node.setAttribute(k, attrs[k]);
      if (text !== undefined) node.textContent = text;
      return node;
    }
    /** The same for SVG. */
    function sv(tag, attrs, text) {
      const node = document.createElementNS(SVGNS, tag);
      for (const k in attrs || {}) node.setAttribute(k, attrs[k]);
      if (text !== undefined) node.textContent = text;
      return node;
    }
    function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
    function secs(us) { return (us / 1e6).toFixed(3) + ' ' + UI.seconds; }

    const linkNames = { delivery: UI.linkDelivery, handOff: UI.linkHandOff, task: UI.linkTask, spawn: UI.linkSpawn,
      reap: UI.linkReap, wake: UI.linkWake };
    const notesByEvent = new Map();
    D.notes.forEach((n) => { if (!notesByEvent.has(n[1])) notesByEvent.set(n[1], []); notesByEvent.get(n[1]).push(n); });
    const linksByEffect = new Map(), linksByCause = new Map();
    D.links.forEach((l, i) => {
      if (!linksByEffect.has(l[1])) linksByEffect.set(l[1], []);
      linksByEffect.get(l[1]).push(i);
      if (!linksByCause.has(l[0])) linksByCause.set(l[0], []);
      linksByCause.get(l[0]).push(i);
    });

    function fillText() {
      document.querySelectorAll('[data-ui]').forEach((n) => { n.textContent = UI[n.dataset.ui] || ''; });
      $('title').textContent = D.title;
      $('heading').textContent = D.heading;
      D.warnings.forEach((w) => $('warnings').appendChild(el('li', {}, w)));
      if (D.lessonSummary) $('lesson-summary').textContent = D.lessonSummary; else $('lesson').hidden = true;
      if (D.claims.length === 0) $('claims').appendChild(el('li', { class: 'muted' }, UI.noClaims));
      D.claims.forEach((c) => {
        const li = el('li', { class: c.passed ? 'pass' : 'fail', 'data-claim': '' });
        li.appendChild(el('strong', {}, c.passed ? UI.held : UI.failed));
        li.appendChild(document.createTextNode(': ' + c.text + ' '));
        li.appendChild(el('span', { class: 'muted' }, '(' + UI.observed + ': ' + c.observed + ')'));
        $('claims').appendChild(li);
      });
      D.notes.forEach((n) => {
        const li = el('li', { value: String(n[0]), 'data-note-item': String(n[0]), 'data-event': String(n[1]) },
          n[2] + '  (' + secs(E.t[n[1]]) + ')');
        li.addEventListener('click', () => setStep(n[1], true));
        $('notes').appendChild(li);
      });
      $('summary').textContent = D.summary;
      $('chart').setAttribute('aria-label', UI.lanes);
      $('in-view').hidden = !LARGE;
      legend();
    }

    function swatch(draw) {
      const s = sv('svg', { width: 28, height: 14, 'aria-hidden': 'true' });
      s.appendChild(draw);
      return s;
    }
    function legend() {
      const items = [
        [sv('rect', { x: 1, y: 2, width: 26, height: 10, class: 'span-task' }), UI.legendTask],
        [sv('rect', { x: 1, y: 2, width: 26, height: 10, class: 'span-callback' }), UI.legendCallback],
        [sv('rect', { x: 1, y: 4, width: 26, height: 6, class: 'span-hold' }), UI.legendHold],
        [sv('rect', { x: 1, y: 4, width: 26, height: 6, class: 'span-wait' }), UI.legendWait],
        [sv('rect', { x: 1, y: 5, width: 26, height: 4, class: 'os-ready' }), UI.legendOS],
      ];
      for (const kind in linkNames) items.push([sv('line', { x1: 1, y1: 7, x2: 27, y2: 7, class: 'link ' + kind, 'marker-end': 'url(#arrow-' + kind + ')' }), linkNames[kind]]);
      items.forEach(([shape, text]) => {
        const li = el('li');
        li.appendChild(swatch(shape));
        li.appendChild(document.createTextNode(text));
        $('legend').appendChild(li);
      });
    }

    """#
}
