// The physiotherapist's page at /shared/{token}: read-only. Red flags first, then the week, the charts,
// the per-stretch summary, the week table, the patient's notes, and the weekly PDF. The token is read
// from the address and used only in the requests to /api/shared/{token}/...; it is never shown on the
// page, and Referrer-Policy: no-referrer keeps it out of every other request.
import {$, el, fill} from './dom.js';
import {ApiError, request} from './http.js';
import {formatInstantDate, localDate, setZone} from './time.js';
import {pageContext} from './words.js';
import * as view from './report-view.js';
import {dateRange, mondayOf, plusDays} from './trend-words.js';

const token = decodeURIComponent(location.pathname.split('/')[2] || '');
const base = `/api/shared/${encodeURIComponent(token)}`;
let context;

function gone() {
    // revoked or expired while the page was open: the same words as the server's "not valid" page
    document.title = 'Link not valid · Backcare Tracker';
    fill($('#main'), el('div', {class: 'card stack', id: 'link-not-valid'},
        el('h1', {}, 'This link is not valid'),
        el('p', {}, 'It may have been revoked or have expired, or part of it may be missing.'),
        el('p', {}, 'If someone shared their progress with you, ask them for a new link.')));
}

/** A part of the report that takes the whole width on a wide screen. */
function span(node) {
    node.classList.add('span-all');
    return node;
}

let currentDate;

async function load() {
    const weeks = $('#shared-weeks').value;
    if (!$('#shared-week')) {
        $('#shared-weeks').before(view.weekPicker('shared-week', currentDate, load));
    }
    const chosen = `week=${encodeURIComponent($('#shared-week').value)}&weeks=${encodeURIComponent(weeks)}`;
    $('#shared-pdf').href = `${base}/reports/weekly?${chosen}`;
    const body = $('#shared-body');
    body.setAttribute('aria-busy', 'true');
    try {
        const overview = await request('GET', `${base}/overview?${chosen}&chartWidth=${view.chartWidth(body)}`,
            {signedInOnly: false});
        const report = overview.report;
        setZone(report.timeZone);
        // what a physiotherapist needs first: red flags, the week, then the trend and what was done
        fill(body, el('div', {class: 'report-grid'},
            span(view.headline(report)),
            span(view.safety(report, context, {audience: 'physio'})),
            view.healthProfile(report, context) ? span(view.healthProfile(report, context)) : null,
            span(view.weekCards(report)),
            view.progressChart(report, overview.charts),
            view.stretchTable(report),
            view.stretchGrid(overview.stretchGrid) ? span(view.stretchGrid(overview.stretchGrid)) : null,
            view.association(report, overview.charts, {audience: 'physio'}),
            view.change(report, {audience: 'physio'}),
            view.dailyPain(report, overview.charts),
            view.notes(report, overview.windowNotes),
            span(view.weekTable(report)),
            span(el('p', {class: 'caption'}, view.generatedLine(report)))));
    } catch (error) {
        if (error instanceof ApiError && error.status === 404) {
            gone();
            return;
        }
        fill(body, el('p', {class: 'form-error'}, 'The progress could not be loaded. Please reload the page in a moment.'));
    } finally {
        body.removeAttribute('aria-busy');
    }
}

async function boot() {
    try {
        context = await pageContext();
        const summary = await request('GET', base, {signedInOnly: false});
        setZone(summary.timeZone);
        currentDate = localDate();
        document.title = `${summary.displayName} · shared progress · Backcare Tracker`;
        $('#patient-name').textContent = summary.displayName;
        const monday = mondayOf(currentDate);
        $('#share-facts').textContent = `Progress shared with you, this week (${dateRange(monday, plusDays(monday, 6))}). `
            + `This link works until ${formatInstantDate(summary.expiresAt)}.`;
    } catch (error) {
        if (error instanceof ApiError && error.status === 404) {
            gone();
            return;
        }
        $('#share-facts').textContent = 'The progress could not be loaded. Please reload the page in a moment.';
        return;
    }
    $('#shared-weeks').addEventListener('change', load);
    await load();
}

boot();
