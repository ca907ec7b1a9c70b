// Today: the planned routine as a checklist. Each stretch shows its dose, cautions and steps; holds have a
// countdown of the guide's dose (hold x reps, per side where it applies), reps-only movements a counter.
// Finishing logs one session with what was done; a session can also be logged by hand in a few taps.
import {$, $$, el, fill, focus, srOnly, ICONS} from '../dom.js';
import {api, describe} from '../http.js';
import {ClientId, showMessage, submitting} from '../forms.js';
import {addDays, formatDateTime, formatLongDay, fromLocalInput, isoInstant, localDate, now, toLocalInput} from '../time.js';
import {clock, dose, plural, SIDES} from '../words.js';
import {buzz, Countdown, elapsedSeconds, keepScreenOn} from '../timer.js';
import * as outbox from '../offline-queue.js';
import {pageClock, Player} from '../player.js';
import {activateWhenIdle} from '../pwa.js';
import {restDayOf, restTodayBlock} from '../rest-days.js';
import {askOnce} from '../health-profile.js';

let app;
let run = null; // the routine in progress: {planKey, items, startedAt, minutesEdited}
let loggedToday = new Map();
const finishId = new ClientId();
const manualId = new ClientId();
const playerId = new ClientId();

export function init(shell) {
    app = shell;
    $('#finish-form').addEventListener('submit', finish);
    $('#manual-form').addEventListener('submit', logByHand);
    $('#player-start').addEventListener('click', startPlayer);
    $('#finish-minutes').addEventListener('input', () => {
        if (run) {
            run.minutesEdited = true;
        }
    });
    $('#manual-log').addEventListener('toggle', event => {
        if (event.currentTarget.open) {
            $('#manual-when').value = toLocalInput(now());
        }
    });
}

export function reset() {
    stopAll();
    run = null;
    loggedToday = new Map();
    fill($('#session-result'));
}

export async function show() {
    const [catalog, plan] = await Promise.all([app.catalog(), app.routine()]);
    const today = localDate(now());
    $('#today-date').textContent = `${formatLongDay(today)} · your plan: ${plan.minutesPerDay} min a day, `
        + `${plural(plan.daysPerWeek, 'day', 'days')} a week`;
    const planKey = JSON.stringify([plan.stretches, plan.minutesPerDay, plan.daysPerWeek]);
    if (!run || run.planKey !== planKey) {
        startRun(catalog, plan, planKey);
    }
    renderManual(catalog, plan);
    await refreshLogged(today);
    await safetyFollowUp(today);
}

// ---------- clinical safety (v1.1): health profile once, rest today, red-flag follow-up, leg symptoms ----------

async function safetyFollowUp(today) {
    askOnce(app, $('#health-profile-slot')).catch(() => {});
    let pain = [];
    let restDay = null;
    try {
        const from = addDays(today, -(app.context.legSymptomLookbackDays - 1));
        [pain, restDay] = await Promise.all([api.get(`/api/me/pain?from=${from}&to=${today}`), restDayOf(today)]);
    } catch (error) {
        if (error.status === 401) {
            throw error;
        }
    }
    const flaggedToday = pain.some(entry => entry.date === today && entry.advice);
    // after any red flag, the page offers rest today instead of the routine
    showRoutine(!flaggedToday);
    fill($('#rest-today'), restTodayBlock(restDay, {
        intro: flaggedToday ? 'You reported a warning sign today: rest today instead of the routine, and follow '
            + 'the advice you were given.' : null,
        onChange: () => {},
    }), flaggedToday ? el('button', {type: 'button', class: 'btn-link', id: 'show-routine-anyway',
        on: {click: event => {
            showRoutine(true);
            event.currentTarget.remove();
            focus($('#routine-checklist .side-actions button'));
        }}}, 'Show the routine anyway') : null);
    const legSigns = new Set(app.context.redFlags.filter(flag => flag.legOrNerveSign).map(flag => flag.id));
    markAlternatives(pain.some(entry => entry.redFlags.some(flag => legSigns.has(flag))));
}

function showRoutine(visible) {
    $('#routine-checklist').hidden = !visible;
    $('#finish-form').hidden = !visible;
}

/** With leg symptoms in the last 14 days, the forward fold suggests knee-to-chest (it tensions the sciatic nerve). */
function markAlternatives(legSymptoms) {
    for (const card of $$('#routine-checklist .stretch-card')) {
        card.querySelector('.caution-swap')?.remove();
        const alternative = app.context.legSymptomAlternatives[card.dataset.stretch];
        if (legSymptoms && alternative) {
            const name = run?.items.find(item => item.stretch.id === alternative)?.stretch.name || alternative;
            card.querySelector('.stretch-head').after(el('p', {class: 'caution-swap', dataset: {alternative}},
                `You logged leg pain or tingling in the last ${app.context.legSymptomLookbackDays} days: do `
                + `${name.toLowerCase()} instead. This stretch pulls on the sciatic nerve.`));
        }
    }
}

// ---------- the checklist ----------

function startRun(catalog, plan, planKey) {
    stopAll();
    const byId = new Map(catalog.map(stretch => [stretch.id, stretch]));
    const stretches = plan.stretches.map(id => byId.get(id)).filter(Boolean);
    run = {planKey, items: [], startedAt: null, minutesEdited: false};
    const list = fill($('#routine-checklist'));
    stretches.forEach((stretch, index) => {
        const item = {stretch, rows: []};
        run.items.push(item);
        list.appendChild(stretchCard(item, index + 1));
    });
    const form = $('#finish-form');
    form.reset();
    $('#finish-minutes').value = '';
    updateProgress();
}

function stretchCard(item, number) {
    const {stretch} = item;
    const card = el('li', {class: 'stretch-card', id: `stretch-${stretch.id}`, dataset: {stretch: stretch.id}},
        el('div', {class: 'stretch-head'},
            el('h2', {}, `${number}. ${stretch.name}`),
            el('span', {class: 'dose'}, dose(stretch))),
        stretch.cautions.length ? el('ul', {class: 'cautions', 'aria-label': `Cautions for ${stretch.name}`},
            stretch.cautions.map(caution => el('li', {}, caution))) : null,
        el('details', {class: 'how-to'},
            el('summary', {}, 'How to do it', srOnly(`: ${stretch.name}`)),
            el('ol', {class: 'steps'}, stretch.steps.map(step => el('li', {}, step)))));
    const sides = stretch.perSide ? ['LEFT', 'RIGHT'] : ['BOTH'];
    for (const side of sides) {
        const row = {item, side, done: false, reps: 0, countdown: null};
        item.rows.push(row);
        card.appendChild(sideRow(row));
    }
    item.card = card;
    return card;
}

function describeRow(row) {
    const side = SIDES[row.side];
    return side ? `${row.item.stretch.name}, ${side.toLowerCase()}` : row.item.stretch.name;
}

function sideRow(row) {
    const {stretch} = row.item;
    const holds = stretch.defaultHoldSeconds > 0;
    const total = stretch.defaultHoldSeconds * stretch.defaultReps;
    const what = describeRow(row);

    const display = el('span', {class: 'clock', role: 'timer', 'aria-label': `Time left, ${what}`},
        holds ? clock(total) : `0 / ${stretch.defaultReps}`);
    const sub = el('span', {class: 'clock-sub'},
        holds ? (stretch.defaultReps > 1 ? `Rep 1 of ${stretch.defaultReps}` : 'Ready') : 'reps');
    const bar = el('progress', {max: holds ? total : stretch.defaultReps, value: 0, 'aria-label': `Progress, ${what}`});
    const action = holds
        ? el('button', {type: 'button', class: 'btn btn-primary', dataset: {action: 'start'}},
            'Start', srOnly(` timer: ${what}`))
        : el('button', {type: 'button', class: 'btn btn-primary', dataset: {action: 'rep'}},
            '+1 rep', srOnly(`: ${what}`));
    const checkbox = el('input', {type: 'checkbox', dataset: {action: 'done'}});
    const check = el('label', {class: 'check'}, checkbox, 'Done', srOnly(`: ${what}`));

    row.view = {display, sub, bar, action, checkbox};
    action.addEventListener('click', () => (holds ? toggleTimer(row) : countRep(row)));
    checkbox.addEventListener('change', () => {
        markStarted();
        setDone(row, checkbox.checked);
    });

    return el('div', {class: 'side-row', dataset: {side: row.side}},
        SIDES[row.side] ? el('p', {class: 'side-label'}, SIDES[row.side]) : null,
        el('div', {class: 'meter'}, display, sub, bar),
        el('div', {class: 'side-actions'}, action, check));
}

function markStarted() {
    if (run && run.startedAt === null) {
        run.startedAt = performance.now();
    }
}

function toggleTimer(row) {
    const {stretch} = row.item;
    const total = stretch.defaultHoldSeconds * stretch.defaultReps;
    if (row.countdown?.running) {
        row.countdown.pause();
        setButton(row, 'Resume');
        keepScreenOn(anyRunning());
        return;
    }
    if (!row.countdown || row.countdown.finished) {
        row.countdown = new Countdown(total, {
            onTick: remaining => tick(row, total, remaining),
            onDone: () => timerDone(row),
        });
    }
    for (const other of allRows()) {
        if (other !== row && other.countdown?.running) {
            other.countdown.pause();
            setButton(other, 'Resume');
        }
    }
    markStarted();
    row.item.card.classList.add('is-active');
    row.item.card.querySelector('details.how-to').open = true;
    row.countdown.start();
    setButton(row, 'Pause');
    announce(`${describeRow(row)}: ${clock(row.countdown.remaining())} started.`);
    keepScreenOn(true);
}

function tick(row, total, remaining) {
    const {stretch} = row.item;
    row.view.display.textContent = clock(remaining);
    row.view.bar.value = total - remaining;
    if (stretch.defaultReps > 1) {
        const rep = Math.min(stretch.defaultReps, Math.floor((total - remaining) / stretch.defaultHoldSeconds) + 1);
        row.view.sub.textContent = remaining > 0 ? `Rep ${rep} of ${stretch.defaultReps}` : 'Done';
    } else {
        row.view.sub.textContent = remaining > 0 ? (row.countdown?.running ? 'Hold and breathe' : 'Paused') : 'Done';
    }
    updateMinutes();
}

function timerDone(row) {
    setButton(row, 'Start again');
    row.item.card.classList.remove('is-active');
    setDone(row, true);
    buzz();
    keepScreenOn(anyRunning());
    const next = nextRow(row);
    if (next && next.item === row.item) {
        announce(`${describeRow(row)} done. Switch to the ${SIDES[next.side].toLowerCase()}.`);
    } else {
        announce(`${describeRow(row)} done.${next ? ` Next: ${describeRow(next)}.` : ' That was the last one.'}`);
    }
    if (document.activeElement === row.view.action || document.activeElement === document.body) {
        focus(next ? next.view.action : $('#finish-button'));
    }
}

function countRep(row) {
    const {stretch} = row.item;
    markStarted();
    row.reps = Math.min(stretch.defaultReps, row.reps + 1);
    row.view.display.textContent = `${row.reps} / ${stretch.defaultReps}`;
    row.view.bar.value = row.reps;
    if (row.reps >= stretch.defaultReps && !row.done) {
        setDone(row, true);
        announce(`${describeRow(row)}: ${stretch.defaultReps} reps done.`);
        const next = nextRow(row);
        focus(next ? next.view.action : $('#finish-button'));
    }
    updateMinutes();
}

function setDone(row, done) {
    row.done = done;
    row.view.checkbox.checked = done;
    row.item.card.classList.toggle('is-done', row.item.rows.every(r => r.done));
    updateProgress();
    updateMinutes();
}

function setButton(row, label) {
    fill(row.view.action, label, srOnly(` timer: ${describeRow(row)}`));
}

function allRows() {
    return run ? run.items.flatMap(item => item.rows) : [];
}

function nextRow(row) {
    const rows = allRows();
    return rows.slice(rows.indexOf(row) + 1).find(r => !r.done) || null;
}

function anyRunning() {
    return allRows().some(row => row.countdown?.running);
}

function stopAll() {
    for (const row of allRows()) {
        row.countdown?.cancel();
    }
    keepScreenOn(false);
}

function announce(text) {
    $('#timer-announcer').textContent = text;
}

function updateProgress() {
    const items = run ? run.items : [];
    const done = items.filter(item => item.rows.every(row => row.done)).length;
    $('#today-progress').textContent = items.length ? `${done} of ${items.length} done` : '';
    const doneRows = allRows().filter(row => row.done).length;
    $('#finish-summary').textContent = doneRows === 0
        ? 'Tick the stretches as you do them, then log the session.'
        : `${plural(done, 'stretch', 'stretches')} complete. Log the session when you are ready.`;
}

function updateMinutes() {
    if (!run || run.minutesEdited || run.startedAt === null) {
        return;
    }
    const minutes = Math.min(240, Math.max(1, Math.round(elapsedSeconds(run.startedAt) / 60)));
    $('#finish-minutes').value = String(minutes);
}

/** The exercises of the session: each side that was done, at the guide's dose (or the reps counted). */
function exercisesDone() {
    return allRows().filter(row => row.done).map(row => {
        const {stretch} = row.item;
        const counted = stretch.defaultHoldSeconds === 0 && row.reps > 0 ? row.reps : stretch.defaultReps;
        return {stretch: stretch.id, holdSeconds: stretch.defaultHoldSeconds, reps: counted, side: row.side};
    });
}

async function finish(event) {
    event.preventDefault();
    const form = event.currentTarget;
    const exercises = exercisesDone();
    if (exercises.length === 0) {
        showMessage(form, 'Tick at least one stretch you did, then log the session.');
        return;
    }
    updateMinutes();
    const body = {
        completedAt: isoInstant(now()),
        durationMinutes: Number(form.durationMinutes.value) || 1,
        exercises,
        painDuring: form.painDuring.value,
        notes: form.notes.value.trim() || null,
    };
    await record(form, finishId, body, () => {
        stopAll();
        run = null;
        return app.catalog().then(catalog => app.routine().then(plan =>
            startRun(catalog, plan, JSON.stringify([plan.stretches, plan.minutesPerDay, plan.daysPerWeek]))));
    });
}

async function record(form, clientId, body, afterSaved) {
    let saved;
    try {
        saved = await submitting(form, () => outbox.put('session', `/api/me/sessions/${clientId.current()}`, body,
            `the session of ${formatDateTime(body.completedAt)}`));
        clientId.settled();
    } catch (error) {
        clientId.settled(error);
        return;
    }
    if (!saved.queued) {
        loggedToday.set(saved.sessionId, saved);
    }
    await afterSaved();
    showResult(saved);
    renderLogged(localDate(now()));
}

function showResult(saved) {
    const box = $('#session-result');
    const stretches = new Set(saved.exercises.map(e => e.stretch)).size;
    const parts = [];
    if (saved.advice) {
        parts.push(el('div', {class: 'alert alert-warn', role: 'alert', id: 'sharp-pain-advice'},
            el('h2', {}, ICONS.warning(), 'You felt sharp pain'),
            el('p', {}, saved.advice)));
    }
    parts.push(el('div', {class: 'alert alert-ok', id: saved.queued ? 'session-queued' : 'session-logged'},
        el('h2', {}, ICONS.check(), saved.queued ? 'Saved on this phone' : 'Session logged'),
        saved.queued ? el('p', {}, 'No connection: it will be sent as soon as you are back online.') : null,
        el('p', {}, `${plural(stretches, 'stretch', 'stretches')}, ${plural(saved.durationMinutes, 'minute', 'minutes')}`
            + ` on ${formatDateTime(saved.completedAt)}. `,
            saved.painDuring === 'NONE' ? 'Well done. ' : '',
            el('a', {href: '#/trends'}, 'See your trends'), '.')));
    fill(box, parts);
    focus(box);
}

// ---------- logged today ----------

async function refreshLogged(today) {
    try {
        const sessions = await api.get(`/api/me/sessions?from=${today}&to=${today}`);
        for (const session of sessions) {
            loggedToday.set(session.sessionId, session);
        }
    } catch (error) {
        if (error.status === 401) {
            throw error;
        }
    }
    renderLogged(today);
}

function renderLogged(today) {
    const sessions = [...loggedToday.values()].filter(session => session.date === today);
    const box = $('#today-logged');
    if (sessions.length === 0) {
        fill(box);
        return;
    }
    const minutes = sessions.reduce((sum, session) => sum + session.durationMinutes, 0);
    fill(box, el('div', {class: 'alert alert-ok', id: 'today-logged-summary'},
        el('p', {}, `Logged today: ${plural(sessions.length, 'session', 'sessions')}, ${plural(minutes, 'minute', 'minutes')}.`),
        el('ul', {class: 'item-list', id: 'today-sessions'}, sessions.map(session => el('li', {},
            `${formatDateTime(session.completedAt)} · ${plural(session.durationMinutes, 'minute', 'minutes')}`,
            withdrawSession(session, today))))));
}

/** "Withdraw" with an inline confirmation: a mistaken session leaves every figure; it cannot be undone. */
function withdrawSession(session, today) {
    const box = el('div', {class: 'entry-withdraw'});
    const idle = () => fill(box, el('button', {type: 'button', class: 'btn-link', dataset: {action: 'withdraw'},
        on: {click: ask}}, 'Withdraw this session'));
    const ask = () => fill(box,
        el('p', {class: 'small'}, 'Withdraw this session? It will leave your figures and report. This cannot be undone.'),
        el('button', {type: 'button', class: 'btn btn-small btn-danger', dataset: {action: 'confirm-withdraw'},
            on: {click: async () => {
                try {
                    await api.del(`/api/me/sessions/${session.sessionId}`);
                    loggedToday.delete(session.sessionId);
                    renderLogged(today);
                } catch (error) {
                    box.append(el('p', {class: 'form-error', role: 'alert'}, describe(error)));
                }
            }}}, 'Yes, withdraw it'),
        el('button', {type: 'button', class: 'btn btn-small btn-quiet', on: {click: idle}}, 'Keep it'));
    idle();
    return box;
}

// ---------- log by hand ----------

function renderManual(catalog, plan) {
    const box = $('#manual-stretches');
    if (box.dataset.planKey === JSON.stringify(plan.stretches)) {
        return;
    }
    box.dataset.planKey = JSON.stringify(plan.stretches);
    const inPlan = plan.stretches.map(id => catalog.find(s => s.id === id)).filter(Boolean);
    const others = catalog.filter(s => !plan.stretches.includes(s.id));
    const chip = (stretch, checked) => el('label', {class: 'chip'},
        el('input', {type: 'checkbox', name: 'stretch', value: stretch.id, checked}),
        el('span', {}, stretch.name));
    fill(box, inPlan.map(s => chip(s, true)),
        others.length ? el('details', {class: 'more-stretches'},
            el('summary', {}, 'Other stretches'),
            el('div', {class: 'chips'}, others.map(s => chip(s, false)))) : null);
    $('#manual-minutes').value = String(plan.minutesPerDay);
    $('#manual-when').value = toLocalInput(now());
}

async function logByHand(event) {
    event.preventDefault();
    const form = event.currentTarget;
    const catalog = await app.catalog();
    const chosen = $$('input[name="stretch"]:checked', form).map(input => catalog.find(s => s.id === input.value));
    const completedAt = fromLocalInput(form.completedAt.value);
    if (chosen.length === 0 || !completedAt) {
        showMessage(form, chosen.length === 0 ? 'Choose at least one stretch you did.' : 'Enter when you did it.');
        return;
    }
    const exercises = chosen.flatMap(stretch => (stretch.perSide ? ['LEFT', 'RIGHT'] : ['BOTH']).map(side => ({
        stretch: stretch.id, holdSeconds: stretch.defaultHoldSeconds, reps: stretch.defaultReps, side,
    })));
    const body = {
        completedAt: isoInstant(completedAt),
        durationMinutes: Number(form.durationMinutes.value) || 1,
        exercises,
        painDuring: form.painDuring.value,
        notes: null,
    };
    await record(form, manualId, body, () => {
        form.querySelector('input[name="painDuring"][value="NONE"]').checked = true;
        $('#manual-when').value = toLocalInput(now());
        $('#manual-log').open = false;
    });
}

// ---------- the guided player ----------

async function startPlayer() {
    const [catalog, plan] = await Promise.all([app.catalog(), app.routine()]);
    const byId = new Map(catalog.map(stretch => [stretch.id, stretch]));
    stopAll();
    const player = new Player({
        stretches: plan.stretches.map(id => byId.get(id)).filter(Boolean),
        clock: pageClock(),
        sharpPainAdvice: app.context?.sharpPainAdvice || '',
        log: async body => {
            const session = {...body, completedAt: isoInstant(now())};
            try {
                const saved = await outbox.put('session', `/api/me/sessions/${playerId.current()}`, session,
                    `the session of ${formatDateTime(session.completedAt)}`);
                playerId.settled();
                if (!saved.queued) {
                    loggedToday.set(saved.sessionId, saved);
                }
                return saved;
            } catch (error) {
                playerId.settled(error);
                throw error;
            }
        },
        onClose: closed => {
            renderLogged(localDate(now()));
            if (closed.logged) {
                showResult(closed.logged);
            } else {
                focus($('#player-start'));
            }
            activateWhenIdle();
        },
    });
    player.start();
}
