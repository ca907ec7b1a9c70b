// Pain: the 0-10 scale, where it hurts, the red-flag questions in plain words (domain.md), notes. A red flag is
// answered at once with the server's advice for its level, shown above the form: EMERGENCY as a full-width block
// with the emergency advice first; leg pain and tingling alone in amber, as nerve symptoms rather than alarms.
// Nothing on this page says anyone is alerted: nobody is. Each recent entry can be withdrawn, with a confirmation.
import {$, $$, el, fill, focus, srOnly, ICONS} from '../dom.js';
import {api, describe} from '../http.js';
import {ClientId, showMessage, submitting} from '../forms.js';
import * as outbox from '../offline-queue.js';
import {formatDateTime, formatInstantDate, fromLocalInput, isoInstant, now, toLocalInput} from '../time.js';
import {flagLabel, LEVEL, PAIN_WORDS, REGIONS} from '../words.js';
import {restDayOf, restTodayBlock} from '../rest-days.js';

let app;
const entryId = new ClientId();
let recent = new Map();

export function init(shell) {
    app = shell;
    const form = $('#pain-form');
    form.noValidate = true; // the score is checked below, with a message in words
    fill($('#pain-scale'), Array.from({length: 11}, (_, score) =>
        el('label', {class: `scale-option pain-${score}`},
            el('input', {type: 'radio', name: 'score', value: score}),
            el('span', {}, String(score), srOnly(`: ${PAIN_WORDS[score]}`)))));
    fill($('#pain-regions'), Object.entries(REGIONS).map(([id, label]) =>
        el('label', {class: 'chip'}, el('input', {type: 'checkbox', name: 'regions', value: id}), el('span', {}, label))));
    const asked = app.context.redFlags.filter(flag => flag.asked);
    const question = flag => el('label', {class: `question${flag.nerveSymptom ? ' nerve-symptom' : ''}`,
        dataset: {level: flag.level}},
        el('input', {type: 'checkbox', name: 'redFlags', value: flag.id}),
        el('span', {}, flag.question));
    fill($('#red-flag-questions'),
        asked.filter(flag => !flag.nerveSymptom).map(question),
        el('p', {class: 'question-group-title', id: 'nerve-symptoms-title'},
            'Nerve symptoms: common, and usually not dangerous'),
        asked.filter(flag => flag.nerveSymptom).map(question));

    form.addEventListener('change', event => {
        if (event.target.name === 'score') {
            const score = Number(event.target.value);
            $('#pain-score-text').textContent = `${score} out of 10: ${PAIN_WORDS[score]}`;
        }
        if (event.target.name === 'recordedAt') {
            $('#pain-when-summary').textContent = describeWhen(event.target.value);
        }
    });
    form.addEventListener('submit', save);
}

export function reset() {
    recent = new Map();
    fill($('#pain-result'));
    $('#pain-form').reset();
    $('#pain-score-text').textContent = '';
}

export async function show() {
    const when = $('#pain-when');
    if (!$('#pain-when-details').open) {
        when.value = toLocalInput(now());
        $('#pain-when-summary').textContent = 'now';
    }
    if (navigator.onLine === false) {
        renderHistory(); // offline: what this phone already has; the list is refreshed once back online
        return;
    }
    try {
        for (const entry of await api.get('/api/me/pain')) {
            recent.set(entry.entryId, entry);
        }
    } finally {
        renderHistory();
    }
}

function describeWhen(value) {
    const instant = fromLocalInput(value);
    if (!instant) {
        return 'now';
    }
    return Math.abs(instant.getTime() - now().getTime()) < 120000 ? 'now' : formatDateTime(instant);
}

async function save(event) {
    event.preventDefault();
    const form = event.currentTarget;
    const score = form.querySelector('input[name="score"]:checked');
    if (!score) {
        showMessage(form, 'Choose how much it hurts, from 0 (no pain) to 10.');
        focus(form.querySelector('input[name="score"]'));
        return;
    }
    const recordedAt = $('#pain-when-details').open ? fromLocalInput(form.recordedAt.value) : now();
    if (!recordedAt) {
        showMessage(form, 'Enter when you felt this.');
        return;
    }
    const body = {
        recordedAt: isoInstant(recordedAt),
        score: Number(score.value),
        regions: $$('input[name="regions"]:checked', form).map(input => input.value),
        redFlags: $$('input[name="redFlags"]:checked', form).map(input => input.value),
        notes: form.notes.value.trim() || null,
    };
    let saved;
    try {
        saved = await submitting(form, () => outbox.put('pain', `/api/me/pain/${entryId.current()}`, body,
            `the pain entry of ${formatDateTime(body.recordedAt)}`));
        entryId.settled();
    } catch (error) {
        entryId.settled(error);
        return;
    }
    recent.set(saved.entryId, saved);
    form.reset();
    $('#pain-score-text').textContent = '';
    $('#pain-when-details').open = false;
    $('#pain-when').value = toLocalInput(now());
    $('#pain-when-summary').textContent = 'now';
    showResult(saved);
    renderHistory();
}

function showResult(saved) {
    const box = $('#pain-result');
    if (saved.advice) {
        fill(box, adviceBlock(saved));
        restDayOf().then(restDay => box.append(restTodayBlock(restDay, {id: 'rest-after-red-flag',
            intro: 'With a warning sign, rest today instead of the routine.'}))).catch(() => {});
    } else {
        fill(box, el('div', {class: 'alert alert-ok', id: 'pain-saved'},
            el('h2', {}, ICONS.check(), saved.queued ? 'Saved on this phone' : 'Saved'),
            saved.queued ? el('p', {}, 'No connection: it will be sent as soon as you are back online.') : null,
            el('p', {}, `${saved.score} out of 10 on ${formatDateTime(saved.recordedAt)}. Thank you. `,
                el('a', {href: '#/trends'}, 'See your trends'), '.')));
    }
    window.scrollTo(0, 0);
    focus(box.firstElementChild);
}

/**
 * The level's advice at once. EMERGENCY: a full-width block, the emergency advice first. SOON with only nerve
 * symptoms (leg pain, tingling): amber, not an alarm. The safety net whenever a leg or nerve sign was reported.
 */
function adviceBlock(saved) {
    const {level, message, safetyNet, urgency} = saved.advice;
    const nerveOnly = level === 'SOON' && saved.redFlags.every(flag =>
        app.context.redFlags.find(f => f.id === flag)?.nerveSymptom);
    const reported = el('p', {class: 'small'}, 'You reported: ', saved.redFlags.map(flagLabel).join('; '), '.');
    const savedLine = el('p', {class: 'small'}, saved.queued
        ? `Your entry (${saved.score}/10) is saved on this phone and will be sent when you are back online.`
        : `Your entry (${saved.score}/10) is saved.`);
    const net = safetyNet ? el('p', {class: 'safety-net', id: 'safety-net'}, safetyNet) : null;
    const attributes = {role: 'alert', id: 'red-flag-advice', dataset: {level, urgency}};
    if (level === 'EMERGENCY') {
        return el('div', {...attributes, class: 'alert alert-emergency'},
            el('p', {class: 'emergency-advice', id: 'emergency-advice'}, message),
            el('h2', {}, ICONS.warning(), 'This could be an emergency'),
            reported, savedLine);
    }
    if (level === 'SAME_DAY') {
        return el('div', {...attributes, class: 'alert alert-urgent'},
            el('h2', {}, ICONS.warning(), 'Get care today'),
            el('p', {}, message), net, reported, savedLine);
    }
    return el('div', {...attributes, class: 'alert alert-warn'},
        el('h2', {}, ICONS.warning(), nerveOnly ? 'Nerve symptoms' : 'See a professional soon'),
        nerveOnly ? el('p', {}, 'Leg pain and tingling are nerve symptoms: common, and usually not dangerous.') : null,
        el('p', {}, message), net, reported, savedLine);
}

function renderHistory() {
    const entries = [...recent.values()].sort((a, b) => b.recordedAt.localeCompare(a.recordedAt)).slice(0, 10);
    const list = $('#pain-history');
    if (entries.length === 0) {
        fill(list, el('li', {class: 'empty'}, 'No entries in the last 28 days yet.'));
        return;
    }
    fill(list, entries.map(entry => {
        const item = painItem(entry);
        // an entry still on the phone (waiting to sync, or refused) has nothing on the server to withdraw
        item.append(entry.queued ? el('p', {class: 'small muted'}, 'On this phone, not yet sent.') : withdrawControl(entry));
        return item;
    }));
}

/** "Withdraw this entry" with an inline confirmation: the entry leaves every figure; it cannot be undone. */
function withdrawControl(entry) {
    const box = el('div', {class: 'entry-withdraw'});
    const ask = () => fill(box,
        el('p', {class: 'small'}, 'Withdraw this entry? It will leave your figures and report. This cannot be undone.'),
        el('button', {type: 'button', class: 'btn btn-small btn-danger', dataset: {action: 'confirm-withdraw'},
            on: {click: async () => {
                try {
                    await api.del(`/api/me/pain/${entry.entryId}`);
                    recent.delete(entry.entryId);
                    renderHistory();
                    app.flash('Entry withdrawn.');
                } catch (error) {
                    box.append(el('p', {class: 'form-error', role: 'alert'}, describe(error)));
                }
            }}}, 'Yes, withdraw it'),
        el('button', {type: 'button', class: 'btn btn-small btn-quiet', on: {click: idle}}, 'Keep it'));
    const idle = () => fill(box, el('button', {type: 'button', class: 'btn-link', dataset: {action: 'withdraw'},
        on: {click: ask}}, 'Withdraw this entry', srOnly(` from ${formatDateTime(entry.recordedAt)}`)));
    idle();
    return box;
}

/** One pain entry as a list item (also used by the Trends view's history). */
export function painItem(entry) {
    return el('li', {},
        el('div', {class: 'item-title'},
            `${entry.score}/10`,
            entry.advice ? el('span', {class: `badge ${entry.advice.level === 'SOON' ? 'badge-warn' : 'badge-urgent'}`,
                dataset: {level: entry.advice.level}}, LEVEL[entry.advice.level] || 'Red flag') : null),
        el('div', {class: 'item-meta'}, [
            formatDateTime(entry.recordedAt),
            entry.regions.length ? entry.regions.map(r => REGIONS[r] || r).join(', ') : null,
            entry.redFlags.length ? entry.redFlags.map(flagLabel).join('; ') : null,
        ].filter(Boolean).join(' · ')),
        entry.notes ? el('div', {class: 'item-meta'}, `“${entry.notes}”`) : null,
        entry.seenBy ? el('div', {class: 'item-meta seen-by', dataset: {field: 'seen-by'}},
            `Seen by ${entry.seenBy.displayName} on ${formatInstantDate(entry.seenBy.at)}`) : null);
}
