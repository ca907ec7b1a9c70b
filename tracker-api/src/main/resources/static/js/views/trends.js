// Trends: the weekly report's content (the same numbers as GET /api/me/trends and the PDF, the PDF's own
// charts as SVG), the weekly PDF, and the history of sessions and pain of the last 28 days.
import {$, el, fill} from '../dom.js';
import {api, describe} from '../http.js';
import {formatDateTime, localDate} from '../time.js';
import {PAIN_DURING, plural, SIDES} from '../words.js';
import * as view from '../report-view.js';
import {painItem} from './pain.js';

let app;
let loading = 0;

export function init(shell) {
    app = shell;
    $('#trend-weeks').addEventListener('change', () => show());
}

/** The week picker, made on first show (the patient's zone is known by then) and placed before the window's select. */
function pickedWeek() {
    let picker = $('#trend-week');
    if (!picker) {
        const wrapper = view.weekPicker('trend-week', localDate(), () => show());
        $('#trend-weeks').before(wrapper);
        picker = $('#trend-week');
    }
    return picker.value;
}

export function reset() {
    fill($('#trends-body'));
}

export async function show() {
    const weeks = $('#trend-weeks').value;
    const week = pickedWeek();
    const chosen = `week=${encodeURIComponent(week)}&weeks=${encodeURIComponent(weeks)}`;
    $('#pdf-link').href = `/api/me/reports/weekly?${chosen}`;
    const ticket = ++loading;
    const body = $('#trends-body');
    body.setAttribute('aria-busy', 'true');
    try {
        const [overview, sessions, pain, catalog] = await Promise.all([
            api.get(`/api/me/overview?${chosen}&chartWidth=${view.chartWidth(body)}`),
            api.get('/api/me/sessions'),
            api.get('/api/me/pain'),
            app.catalog(),
        ]);
        if (ticket !== loading) {
            return; // a newer request is on its way
        }
        const report = overview.report;
        $('#trends-subtitle').textContent = view.generatedLine(report);
        fill(body, el('div', {class: 'report-grid'},
            span(view.safety(report, app.context, {audience: 'patient'})),
            span(view.weekCards(report)),
            // on a wide screen: charts in the wide column, the words and the stretch table beside them
            view.progressChart(report, overview.charts),
            view.change(report, {audience: 'patient'}),
            view.association(report, overview.charts, {audience: 'patient'}),
            view.stretchTable(report),
            view.dailyPain(report, overview.charts),
            span(view.weekTable(report))));
        renderHistory(sessions, pain, catalog);
    } catch (error) {
        if (error.status !== 401) {
            fill(body, el('p', {class: 'form-error'}, describe(error)));
        }
    } finally {
        body.removeAttribute('aria-busy');
    }
}

/** A part of the report that takes the whole width on a wide screen. */
function span(node) {
    node.classList.add('span-all');
    return node;
}

function renderHistory(sessions, pain, catalog) {
    const names = new Map(catalog.map(stretch => [stretch.id, stretch.name]));
    const sessionList = $('#session-history');
    const sorted = [...sessions].sort((a, b) => b.completedAt.localeCompare(a.completedAt));
    fill(sessionList, sorted.length === 0 ? el('li', {class: 'empty'}, 'No sessions in the last 28 days yet.')
        : sorted.map(session => el('li', {},
            el('div', {class: 'item-title'}, formatDateTime(session.completedAt),
                session.painDuring === 'SHARP' ? el('span', {class: 'badge badge-urgent'}, 'Sharp pain')
                    : session.painDuring === 'MILD' ? el('span', {class: 'badge badge-neutral'}, PAIN_DURING.MILD) : null),
            el('div', {class: 'item-meta'}, `${plural(session.durationMinutes, 'minute', 'minutes')} · `
                + exercises(session.exercises, names)),
            session.notes ? el('div', {class: 'item-meta'}, `“${session.notes}”`) : null)));
    const painList = $('#trend-pain-history');
    const painSorted = [...pain].sort((a, b) => b.recordedAt.localeCompare(a.recordedAt));
    fill(painList, painSorted.length === 0 ? el('li', {class: 'empty'}, 'No pain entries in the last 28 days yet.')
        : painSorted.map(painItem));
}

/** "Cat-cow, Knee-to-chest (left, right)" */
function exercises(entries, names) {
    const byStretch = new Map();
    for (const entry of entries) {
        const sides = byStretch.get(entry.stretch) || [];
        if (entry.side !== 'BOTH') {
            sides.push(SIDES[entry.side].replace(' side', '').toLowerCase());
        }
        byStretch.set(entry.stretch, sides);
    }
    return [...byStretch.entries()].map(([id, sides]) =>
        `${names.get(id) || id}${sides.length ? ` (${sides.join(', ')})` : ''}`).join(', ');
}
