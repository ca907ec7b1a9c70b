// Pain: the 0-10 scale, where it hurts, the red-flag questions in plain words, notes. A red flag is
// answered at once with the server's advice, shown above everything else; URGENT as an alert.
import {$, $$, el, fill, focus, srOnly, ICONS} from '../dom.js';
import {api} from '../http.js';
import {ClientId, showMessage, submitting} from '../forms.js';
import * as outbox from '../offline-queue.js';
import {formatDateTime, fromLocalInput, isoInstant, now, toLocalInput} from '../time.js';
import {flagLabel, PAIN_WORDS, REGIONS, URGENCY} from '../words.js';

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
    fill($('#red-flag-questions'), app.context.redFlags.map(flag =>
        el('label', {class: 'question'},
            el('input', {type: 'checkbox', name: 'redFlags', value: flag.id}),
            el('span', {}, flag.question))));

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
        const urgent = saved.advice.urgency === 'URGENT';
        fill(box, el('div', {class: `alert ${urgent ? 'alert-urgent' : 'alert-warn'}`, role: 'alert', id: 'red-flag-advice',
            dataset: {urgency: saved.advice.urgency}},
        el('h2', {}, ICONS.warning(), URGENCY[saved.advice.urgency] || 'Please read this'),
        el('p', {}, saved.advice.message),
        el('p', {class: 'small'}, 'You reported: ', saved.redFlags.map(flagLabel).join('; '), '.'),
        el('p', {class: 'small'}, `Your entry (${saved.score}/10) is saved, and the red flag will be shown first to anyone you share your progress with.`)));
    } else {
        fill(box, el('div', {class: 'alert alert-ok', id: 'pain-saved'},
            el('h2', {}, ICONS.check(), 'Saved'),
            el('p', {}, `${saved.score} out of 10 on ${formatDateTime(saved.recordedAt)}. Thank you. `,
                el('a', {href: '#/trends'}, 'See your trends'), '.')));
    }
    window.scrollTo(0, 0);
    focus(box.firstElementChild);
}

function renderHistory() {
    const entries = [...recent.values()].sort((a, b) => b.recordedAt.localeCompare(a.recordedAt)).slice(0, 10);
    const list = $('#pain-history');
    if (entries.length === 0) {
        fill(list, el('li', {class: 'empty'}, 'No entries in the last 28 days yet.'));
        return;
    }
    fill(list, entries.map(painItem));
}

/** One pain entry as a list item (also used by the Trends view's history). */
export function painItem(entry) {
    return el('li', {},
        el('div', {class: 'item-title'},
            `${entry.score}/10`,
            entry.advice ? el('span', {class: `badge ${entry.advice.urgency === 'URGENT' ? 'badge-urgent' : 'badge-warn'}`},
                entry.advice.urgency === 'URGENT' ? 'Urgent red flag' : 'Red flag') : null),
        el('div', {class: 'item-meta'}, [
            formatDateTime(entry.recordedAt),
            entry.regions.length ? entry.regions.map(r => REGIONS[r] || r).join(', ') : null,
            entry.redFlags.length ? entry.redFlags.map(flagLabel).join('; ') : null,
        ].filter(Boolean).join(' · ')),
        entry.notes ? el('div', {class: 'item-meta'}, `“${entry.notes}”`) : null);
}
