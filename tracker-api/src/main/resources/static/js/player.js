// The guided player for today's routine: a get-ready countdown, each hold counted down with a tone at its
// end (Web Audio, no sound files), the other side of a one-sided stretch straight after, movements done in
// reps counted at a steady pace, pause, skip, "This hurts", and the screen kept awake where allowed.
//
// What it logs is what was timed: a hold paused after 4 s and skipped is 4 s, each side of a one-sided
// stretch is its own exercise (LEFT, RIGHT) with its own time, the minutes are the minutes it played.
//
// Time comes from an injectable clock: real time normally; with ?player-clock=manual the page exposes
// window.backcarePlayerClock.advance(ms), so a browser test runs a routine in an instant.
import {el, fill, focus, ICONS} from './dom.js';
import {clock as mmss, plural, SIDES} from './words.js';
import {keepScreenOn} from './timer.js';

export const GET_READY_SECONDS = 5;
export const BETWEEN_REPS_SECONDS = 3;
export const REP_SECONDS = 4;

/** Real time: the monotonic clock and an interval. */
export const realClock = {
    now: () => performance.now(),
    every(ms, callback) {
        const handle = setInterval(callback, ms);
        return () => clearInterval(handle);
    },
};

/** A clock that moves only when told to: advance(ms) steps it 100 ms at a time, running the timers each step. */
export class ManualClock {
    constructor() {
        this.time = 0;
        this.timers = new Set();
    }

    now() {
        return this.time;
    }

    every(ms, callback) {
        const timer = {callback};
        this.timers.add(timer);
        return () => this.timers.delete(timer);
    }

    advance(ms) {
        for (let left = ms; left > 0; left -= 100) {
            this.time += Math.min(100, left);
            for (const timer of [...this.timers]) {
                timer.callback();
            }
        }
    }
}

export function pageClock() {
    if (new URLSearchParams(location.search).get('player-clock') === 'manual') {
        window.backcarePlayerClock = window.backcarePlayerClock || new ManualClock();
        return window.backcarePlayerClock;
    }
    return realClock;
}

/** Two short beeps from an oscillator; the context is opened on the Start tap (iPhones need a gesture). */
class Tone {
    constructor(host) {
        this.host = host;
        this.context = null;
    }

    unlock() {
        const Context = window.AudioContext || window.webkitAudioContext;
        if (!this.context && Context) {
            try {
                this.context = new Context();
            } catch (unavailable) {
                this.context = null;
            }
        }
        this.context?.resume?.();
    }

    play() {
        this.host.dataset.tones = String(Number(this.host.dataset.tones || 0) + 1);
        if (navigator.vibrate) {
            navigator.vibrate([180, 90, 180]);
        }
        const context = this.context;
        if (!context) {
            return;
        }
        for (const [start, frequency] of [[0, 880], [0.3, 1175]]) {
            const oscillator = context.createOscillator();
            const gain = context.createGain();
            oscillator.type = 'sine';
            oscillator.frequency.value = frequency;
            const at = context.currentTime + start;
            gain.gain.setValueAtTime(0.0001, at);
            gain.gain.exponentialRampToValueAtTime(0.4, at + 0.02);
            gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.25);
            oscillator.connect(gain).connect(context.destination);
            oscillator.start(at);
            oscillator.stop(at + 0.26);
        }
    }

    close() {
        this.context?.close?.();
        this.context = null;
    }
}

/**
 * The routine as a list of steps: per stretch and side a get-ready, then each hold (with a short rest between
 * reps), or for movements done in reps one counted block.
 */
export function plan(stretches) {
    const rows = [];
    const steps = [];
    for (const stretch of stretches) {
        const sides = stretch.perSide ? ['LEFT', 'RIGHT'] : ['BOTH'];
        sides.forEach((side, sideIndex) => {
            const row = {stretch, side, holds: [], reps: 0};
            rows.push(row);
            const switching = sideIndex > 0;
            steps.push({kind: 'ready', row, seconds: GET_READY_SECONDS, switching});
            if (stretch.defaultHoldSeconds > 0) {
                for (let rep = 1; rep <= stretch.defaultReps; rep++) {
                    if (rep > 1) {
                        steps.push({kind: 'rest', row, seconds: BETWEEN_REPS_SECONDS, rep});
                    }
                    steps.push({kind: 'hold', row, seconds: stretch.defaultHoldSeconds, rep});
                }
            } else {
                steps.push({kind: 'reps', row, seconds: stretch.defaultReps * REP_SECONDS});
            }
        });
    }
    return {rows, steps};
}

/** The session's exercises: each side with timed work, its holds' mean length, reps actually done. */
export function exercisesOf(rows) {
    return rows.filter(row => row.holds.length > 0 || row.reps > 0).map(row => {
        if (row.stretch.defaultHoldSeconds > 0) {
            const total = row.holds.reduce((sum, seconds) => sum + seconds, 0);
            return {stretch: row.stretch.id, holdSeconds: Math.max(1, Math.round(total / row.holds.length)),
                reps: row.holds.length, side: row.side};
        }
        return {stretch: row.stretch.id, holdSeconds: 0, reps: row.reps, side: row.side};
    });
}

export class Player {
    /**
     * @param stretches today's stretches, in order (catalog entries)
     * @param log async (session body) => the saved session (or the offline queue's provisional answer)
     * @param sharpPainAdvice what to show at once when the patient says it hurts
     */
    constructor({stretches, log, clock = realClock, sharpPainAdvice = '', onClose = () => {}}) {
        const {rows, steps} = plan(stretches);
        this.rows = rows;
        this.steps = steps;
        this.index = 0;
        this.stepMs = 0; // how much of the current step has played (whole milliseconds: no rounding drift)
        this.activeMs = 0;
        this.paused = false;
        this.finished = false;
        this.clock = clock;
        this.log = log;
        this.sharpPainAdvice = sharpPainAdvice;
        this.onClose = onClose;
        this.view = this.build();
        this.tone = new Tone(this.view.dialog);
    }

    // ---------- the screen ----------

    build() {
        const title = el('h2', {id: 'player-title'});
        const side = el('p', {class: 'player-side', id: 'player-side'});
        const phase = el('p', {class: 'player-phase', id: 'player-phase'});
        const time = el('p', {class: 'player-clock', id: 'player-clock', role: 'timer', 'aria-live': 'off'});
        const bar = el('progress', {id: 'player-progress', max: 1, value: 0, 'aria-label': 'Progress of this step'});
        const next = el('p', {class: 'player-next muted', id: 'player-next'});
        const announcer = el('p', {class: 'sr-only', id: 'player-announcer', 'aria-live': 'assertive'});
        const pause = el('button', {type: 'button', class: 'btn btn-primary', id: 'player-pause'}, 'Pause');
        const skip = el('button', {type: 'button', class: 'btn', id: 'player-skip'}, 'Skip');
        const hurts = el('button', {type: 'button', class: 'btn btn-danger', id: 'player-hurts'}, 'This hurts');
        const end = el('button', {type: 'button', class: 'btn btn-link', id: 'player-end'}, 'End and log');
        const body = el('div', {class: 'player-body', id: 'player-body'}, title, side, phase, time, bar, next);
        const controls = el('div', {class: 'player-controls', id: 'player-controls'}, pause, skip, hurts, end);
        const dialog = el('dialog', {class: 'player', id: 'player', 'aria-labelledby': 'player-title'},
            body, announcer, controls);
        pause.addEventListener('click', () => (this.paused ? this.resume() : this.pause()));
        skip.addEventListener('click', () => this.skip());
        hurts.addEventListener('click', () => this.hurts());
        end.addEventListener('click', () => this.end());
        dialog.addEventListener('cancel', event => {
            // Escape pauses rather than throwing the routine away
            event.preventDefault();
            if (!this.finished) {
                this.pause();
            } else {
                this.close();
            }
        });
        document.body.appendChild(dialog);
        return {dialog, body, controls, title, side, phase, time, bar, next, announcer, pause, skip, hurts, end};
    }

    start() {
        this.tone.unlock();
        this.view.dialog.showModal();
        document.body.classList.add('playing');
        keepScreenOn(true);
        this.last = this.clock.now();
        this.stop = this.clock.every(100, () => this.tick());
        this.render(true);
        focus(this.view.pause);
    }

    get step() {
        return this.steps[this.index];
    }

    tick() {
        const now = this.clock.now();
        const ms = Math.round(now - this.last);
        this.last = now;
        if (this.paused || this.finished) {
            return;
        }
        this.stepMs += ms;
        this.activeMs += ms;
        const step = this.step;
        if (step.kind === 'reps') {
            step.row.reps = Math.min(step.row.stretch.defaultReps, Math.floor(this.stepMs / (REP_SECONDS * 1000)));
        }
        if (this.stepMs >= step.seconds * 1000) {
            this.complete(step);
        } else {
            this.render(false);
        }
    }

    complete(step) {
        if (step.kind === 'hold') {
            step.row.holds.push(step.seconds);
            this.tone.play();
        } else if (step.kind === 'reps') {
            step.row.reps = step.row.stretch.defaultReps;
            this.tone.play();
        }
        this.advance(this.index + 1);
    }

    advance(index) {
        this.index = index;
        this.stepMs = 0;
        if (this.index >= this.steps.length) {
            this.finish('NONE');
        } else {
            this.render(true);
        }
    }

    /** What the current step has timed so far goes into the record (a hold cut short counts its seconds). */
    keepPartial() {
        const step = this.step;
        if (!step) {
            return;
        }
        const timed = Math.round(this.stepMs / 1000);
        if (step.kind === 'hold' && timed >= 1) {
            step.row.holds.push(timed);
        }
        this.stepMs = 0;
    }

    pause() {
        if (this.finished || this.paused) {
            return;
        }
        this.paused = true;
        keepScreenOn(false);
        this.render(true);
    }

    resume() {
        if (this.finished || !this.paused) {
            return;
        }
        this.paused = false;
        this.last = this.clock.now();
        keepScreenOn(true);
        this.render(true);
    }

    /** On to the next stretch or side: what this one timed so far is kept. */
    skip() {
        if (this.finished) {
            return;
        }
        this.keepPartial();
        const row = this.step.row;
        let next = this.index + 1;
        while (next < this.steps.length && this.steps[next].row === row) {
            next++;
        }
        this.paused = false;
        this.last = this.clock.now();
        this.advance(next);
    }

    hurts() {
        if (this.finished) {
            return;
        }
        this.keepPartial();
        this.finish('SHARP');
    }

    end() {
        if (this.finished) {
            return;
        }
        this.keepPartial();
        this.finish('NONE');
    }

    async finish(painDuring) {
        this.finished = true;
        this.stop?.();
        keepScreenOn(false);
        document.body.classList.remove('playing');
        let exercises = exercisesOf(this.rows);
        if (exercises.length === 0 && painDuring === 'SHARP' && this.step) {
            // it hurt before anything was timed: the stretch it hurt in is what the session is about
            const {stretch, side} = this.step.row;
            exercises = [{stretch: stretch.id, holdSeconds: 0, reps: 1, side}];
        }
        const parts = [];
        if (painDuring === 'SHARP') {
            parts.push(el('div', {class: 'alert alert-warn', role: 'alert', id: 'player-advice'},
                el('h2', {}, ICONS.warning(), 'Stop: you felt sharp pain'),
                el('p', {}, this.sharpPainAdvice)));
        }
        const status = el('p', {id: 'player-log-status', role: 'status'},
            exercises.length ? 'Logging your session…' : 'Nothing was timed, so there is nothing to log.');
        const close = el('button', {type: 'button', class: 'btn btn-primary btn-block', id: 'player-close'}, 'Close');
        close.addEventListener('click', () => this.close());
        fill(this.view.body, el('h2', {id: 'player-title'}, painDuring === 'SHARP' ? 'Routine stopped' : 'Routine done'),
            ...parts, status);
        fill(this.view.controls, close);
        focus(painDuring === 'SHARP' ? this.view.body.querySelector('#player-advice') : close);
        if (exercises.length === 0) {
            return;
        }
        const body = {
            completedAt: null, // set by the caller from the page's clock
            durationMinutes: Math.min(240, Math.max(1, Math.round(this.activeMs / 60_000))),
            exercises,
            painDuring,
            notes: null,
        };
        try {
            const saved = await this.log(body);
            this.logged = saved;
            const stretches = new Set(exercises.map(e => e.stretch)).size;
            status.textContent = `${saved.queued ? 'Saved on this phone, to be sent when you are back online' : 'Session logged'}: `
                + `${plural(stretches, 'stretch', 'stretches')}, ${plural(body.durationMinutes, 'minute', 'minutes')}.`;
            status.id = saved.queued ? 'player-queued' : 'player-logged';
        } catch (error) {
            status.textContent = `The session could not be logged: ${error.message}`;
            status.setAttribute('role', 'alert');
        }
    }

    close() {
        this.stop?.();
        keepScreenOn(false);
        document.body.classList.remove('playing');
        this.tone.close();
        this.view.dialog.close();
        this.view.dialog.remove();
        this.onClose(this);
    }

    render(changed) {
        const step = this.step;
        if (!step) {
            return;
        }
        const {stretch, side} = step.row;
        const v = this.view;
        const played = this.stepMs / 1000;
        const remaining = Math.max(0, step.seconds - played);
        v.title.textContent = stretch.name;
        v.side.textContent = SIDES[side] || '';
        v.time.textContent = step.kind === 'reps'
            ? `${step.row.reps} / ${stretch.defaultReps}`
            : mmss(remaining);
        v.bar.max = step.seconds;
        v.bar.value = Math.min(step.seconds, played);
        v.dialog.dataset.step = step.kind;
        v.dialog.dataset.side = side;
        v.dialog.dataset.stretch = stretch.id;
        const phase = this.paused ? 'Paused'
            : step.kind === 'ready' ? (step.switching ? 'Switch to the other side' : 'Get ready')
                : step.kind === 'rest' ? `Rest, then hold ${step.rep} of ${stretch.defaultReps}`
                    : step.kind === 'hold' ? (stretch.defaultReps > 1 ? `Hold ${step.rep} of ${stretch.defaultReps}` : 'Hold and breathe')
                        : `Reps, slowly (one every ${REP_SECONDS} s)`;
        v.phase.textContent = phase;
        v.pause.textContent = this.paused ? 'Resume' : 'Pause';
        const following = this.steps.slice(this.index + 1).find(s => s.row !== step.row);
        v.next.textContent = following
            ? `Next: ${following.row.stretch.name}${SIDES[following.row.side] ? `, ${SIDES[following.row.side].toLowerCase()}` : ''}`
            : 'Last one';
        if (changed) {
            v.announcer.textContent = `${stretch.name}${SIDES[side] ? `, ${SIDES[side].toLowerCase()}` : ''}: ${phase}.`;
        }
    }
}
