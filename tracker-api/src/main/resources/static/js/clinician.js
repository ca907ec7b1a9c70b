// The clinician's workspace at /clinician.html: sign up or sign in, the caseload (who needs attention first),
// one patient's overview with "acknowledge", "set routine" and "send a message", and invite codes. The same
// sign-in as the patient's app; a patient who signs in here is sent to their own app.
import {$, $$, el, fill, focus} from './dom.js';
import {ApiError, api, describe, onUnauthorized, request} from './http.js';
import {copyField, submitting, uuid} from './forms.js';
import {formatDateTime, formatInstantDate, setZone} from './time.js';
import {pageContext, percent, oneDecimal, signed, MISSING} from './words.js';
import * as view from './report-view.js';

const PRIORITY = {
    EMERGENCY: {label: 'Emergency', css: 'badge-emergency'},
    SAME_DAY: {label: 'Same day', css: 'badge-same-day'},
    ATTENTION: {label: 'Attention', css: 'badge-attention'},
    ON_TRACK: {label: 'On track', css: 'badge-on-track'},
};
const REASONS = {
    RED_FLAG_EMERGENCY: 'Emergency red flag, not yet acknowledged',
    RED_FLAG_SAME_DAY: 'Same-day red flag, not yet acknowledged',
    RED_FLAG_SOON: 'Red flag to be seen soon, not yet acknowledged',
    PAIN_WORSENED: 'Pain meaningfully worse than at the start',
    SHARP_PAIN: 'Sharp pain during a session, not yet acknowledged',
    LOW_ADHERENCE: 'Fewer than half the planned days done (14 days)',
    NO_RECENT_ENTRIES: 'Nothing logged for 7 days',
};
const VERDICT = {
    IMPROVED: 'Improved', WORSENED: 'Worse', NO_CLEAR_CHANGE: 'No clear change', NOT_ENOUGH_DATA: 'Not enough data yet',
};
const INVITE_STATUS = {OPEN: 'Open', USED: 'Used', EXPIRED: 'Expired', DELETED: 'Deleted'};

let profile = null;
let context = null;
let catalog = null;
let current = null; // the patient on screen: {id, row}

function flash(message) {
    $('#flash').textContent = message;
    setTimeout(() => {
        $('#flash').textContent = '';
    }, 5000);
}

function show(id) {
    for (const section of $$('main > .view')) {
        section.hidden = section.id !== id;
    }
    $('#boot').hidden = true;
    for (const link of $$('#clinician-nav a')) {
        const active = id === `view-${link.dataset.route}` || (id === 'view-patient' && link.dataset.route === 'caseload');
        if (active) {
            link.setAttribute('aria-current', 'page');
        } else {
            link.removeAttribute('aria-current');
        }
    }
}

function chrome() {
    const signedIn = Boolean(profile);
    $('#clinician-nav').hidden = !signedIn;
    $('#who').hidden = !signedIn;
    $('#who-name').textContent = signedIn ? `${profile.displayName} · ${profile.profession}` : '';
}

function reasonText(reason) {
    const words = REASONS[reason.code] || reason.code;
    return reason.at && reason.code !== 'LOW_ADHERENCE' && reason.code !== 'PAIN_WORSENED'
        ? `${words} (${formatInstantDate(reason.at)})` : words;
}

function badge(priority) {
    const p = PRIORITY[priority] || {label: priority, css: 'badge-neutral'};
    return el('span', {class: `badge ${p.css}`}, p.label);
}

/** One line a physiotherapist reads in five seconds. */
function headline(row) {
    const parts = [];
    parts.push(`Last 14 days: adherence ${row.adherenceLast14Days == null ? 'not measurable yet' : percent(row.adherenceLast14Days)}`);
    parts.push(`mean pain ${row.painLast14Days == null ? 'not rated' : oneDecimal(row.painLast14Days)}`);
    const verdict = row.change?.verdict;
    if (verdict && verdict !== 'NOT_ENOUGH_DATA') {
        parts.push(`pain since baseline: ${VERDICT[verdict].toLowerCase()}${row.change.delta == null ? ''
            : ` (${signed(row.change.delta)})`}`);
    }
    const flags = row.reasons.filter(reason => reason.code.startsWith('RED_FLAG'));
    parts.push(flags.length ? `${flags.length === 1 ? 'an open red flag' : 'open red flags'} since `
        + formatInstantDate(flags.map(f => f.at).sort()[0]) : 'no open red flags');
    return parts.join('; ') + '.';
}

// ---------- caseload ----------

/** The daily pain of the last 14 days as a small line (0-10, gaps where a day was not rated); decorative. */
function sparkline(days) {
    const NS = 'http://www.w3.org/2000/svg';
    const width = 84;
    const height = 22;
    const svg = document.createElementNS(NS, 'svg');
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(height));
    svg.setAttribute('class', 'sparkline');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    const step = days.length > 1 ? (width - 4) / (days.length - 1) : 0;
    let segment = [];
    const flush = () => {
        if (segment.length === 1) {
            const dot = document.createElementNS(NS, 'circle');
            dot.setAttribute('cx', segment[0][0]);
            dot.setAttribute('cy', segment[0][1]);
            dot.setAttribute('r', '1.6');
            svg.appendChild(dot);
        } else if (segment.length > 1) {
            const line = document.createElementNS(NS, 'polyline');
            line.setAttribute('points', segment.map(point => point.join(',')).join(' '));
            svg.appendChild(line);
        }
        segment = [];
    };
    days.forEach((value, i) => {
        if (value === null || value === undefined) {
            flush();
        } else {
            segment.push([(2 + i * step).toFixed(1), (height - 2 - (value / 10) * (height - 4)).toFixed(1)]);
        }
    });
    flush();
    return svg;
}

async function caseload() {
    show('view-caseload');
    const body = $('#caseload-body');
    body.setAttribute('aria-busy', 'true');
    try {
        const rows = await api.get('/api/clinician/patients');
        if (!rows.length) {
            fill(body, el('p', {class: 'muted'}, 'No patients yet. Create an invite code and give it to a patient; once they ',
                'enter it, they appear here.'), el('p', {}, el('a', {href: '#/invites'}, 'Create an invite code')));
            return;
        }
        fill(body, el('table', {class: 'caseload-table'},
            el('caption', {}, `${rows.length} ${rows.length === 1 ? 'patient' : 'patients'}, most urgent first`),
            el('thead', {}, el('tr', {},
                el('th', {scope: 'col'}, 'Patient'), el('th', {scope: 'col'}, 'Priority'),
                el('th', {scope: 'col'}, 'Why'), el('th', {scope: 'col'}, 'Last entry'),
                el('th', {scope: 'col'}, 'Adherence (14 d)'), el('th', {scope: 'col'}, 'Mean pain (14 d)'),
                el('th', {scope: 'col'}, 'Pain since baseline'))),
            el('tbody', {}, rows.map(row => el('tr', {dataset: {patient: row.patientId}},
                el('td', {class: 'name'}, el('a', {href: `#/patient/${row.patientId}`}, row.displayName)),
                el('td', {}, badge(row.priority)),
                el('td', {class: 'reasons-cell'}, row.reasons.length
                    ? el('ul', {class: 'reasons'}, row.reasons.map(reason => el('li', {}, reasonText(reason))))
                    : 'Nothing needs attention'),
                el('td', {}, row.lastEntryAt ? formatDateTime(row.lastEntryAt) : 'Never'),
                el('td', {}, row.adherenceLast14Days == null ? MISSING : percent(row.adherenceLast14Days)),
                el('td', {class: 'pain-cell'}, row.painLast14Days == null ? MISSING : oneDecimal(row.painLast14Days),
                    row.painDays?.some(day => day !== null) ? sparkline(row.painDays) : null),
                el('td', {}, VERDICT[row.change.verdict] + (row.change.delta == null ? '' : ` (${signed(row.change.delta)})`)))))));
    } catch (error) {
        fill(body, el('p', {class: 'form-error'}, describe(error)));
    } finally {
        body.removeAttribute('aria-busy');
    }
}

// ---------- one patient ----------

function span(node) {
    node.classList.add('span-all');
    return node;
}

async function patient(id) {
    show('view-patient');
    current = {id};
    const weeks = $('#patient-weeks').value;
    const base = `/api/clinician/patients/${encodeURIComponent(id)}`;
    $('#patient-pdf').href = `${base}/reports/weekly?weeks=${weeks}`;
    const body = $('#patient-body');
    body.setAttribute('aria-busy', 'true');
    try {
        const data = await api.get(`${base}?weeks=${weeks}&chartWidth=${view.chartWidth(body)}`);
        current.row = data.caseload;
        const report = data.overview.report;
        setZone(report.timeZone);
        document.title = `${data.displayName} · Clinician · Backcare Tracker`;
        $('#patient-title').textContent = data.displayName;
        $('#patient-facts').textContent = `Connected ${formatInstantDate(data.connectedAt)}. `
            + `Last entry: ${data.caseload.lastEntryAt ? formatDateTime(data.caseload.lastEntryAt) : 'none yet'}.`;
        fill($('#patient-status'),
            el('p', {class: 'headline'}, badge(data.caseload.priority), ' ', headline(data.caseload)),
            data.caseload.reasons.length ? el('ul', {}, data.caseload.reasons.map(reason => el('li', {}, reasonText(reason))))
                : el('p', {class: 'muted'}, 'Nothing needs attention.'));
        fill(body, el('div', {class: 'report-grid'},
            span(view.headline(report)),
            span(view.safety(report, context, {audience: 'physio'})),
            view.healthProfile(report, context) ? span(view.healthProfile(report, context)) : null,
            span(view.weekCards(report)),
            view.progressChart(report, data.overview.charts),
            view.stretchTable(report),
            view.stretchGrid(data.overview.stretchGrid) ? span(view.stretchGrid(data.overview.stretchGrid)) : null,
            view.association(report, data.overview.charts, {audience: 'physio'}),
            view.change(report, {audience: 'physio'}),
            view.dailyPain(report, data.overview.charts),
            view.notes(report, data.overview.windowNotes),
            span(view.weekTable(report))));
        await routineChoices(report.plan);
    } catch (error) {
        if (error instanceof ApiError && error.status === 404) {
            fill(body, el('p', {class: 'form-error'}, 'This patient is not connected to you (any more).'));
            fill($('#patient-status'));
            return;
        }
        fill(body, el('p', {class: 'form-error'}, describe(error)));
    } finally {
        body.removeAttribute('aria-busy');
    }
}

async function routineChoices(plan) {
    if (!catalog) {
        catalog = await request('GET', '/api/stretches', {signedInOnly: false});
    }
    const chosen = new Set(plan?.stretches || []);
    fill($('#routine-stretches'), catalog.map(stretch => el('label', {},
        el('input', {type: 'checkbox', name: 'stretch', value: stretch.id, checked: chosen.has(stretch.id)}),
        stretch.name)));
    $('#routine-minutes').value = plan?.minutesPerDay ?? 10;
    $('#routine-days').value = plan?.daysPerWeek ?? 5;
}

// ---------- invites ----------

async function invites() {
    show('view-invites');
    const list = $('#invite-list');
    try {
        const all = await api.get('/api/clinician/invites');
        fill(list, all.length ? all.map(invite => el('li', {},
            el('div', {},
                el('strong', {}, invite.label || 'Invite'), ' ',
                el('span', {class: `badge ${invite.status === 'OPEN' ? 'badge-active' : 'badge-neutral'}`},
                    INVITE_STATUS[invite.status]),
                el('div', {class: 'small muted'}, `Created ${formatDateTime(invite.createdAt)}; `
                    + (invite.status === 'USED' ? `used ${formatDateTime(invite.usedAt)}`
                        : `expires ${formatDateTime(invite.expiresAt)}`))),
            invite.status === 'OPEN' ? el('button', {
                type: 'button', class: 'btn btn-danger btn-small',
                'aria-label': `Delete invite ${invite.label || ''}`.trim(),
                on: {click: () => deleteInvite(invite.inviteId)},
            }, 'Delete') : null)) : [el('li', {class: 'muted'}, 'No codes yet.')]);
    } catch (error) {
        fill(list, el('li', {class: 'form-error'}, describe(error)));
    }
}

async function deleteInvite(id) {
    try {
        await api.del(`/api/clinician/invites/${encodeURIComponent(id)}`);
        flash('Code deleted: it connects nobody now.');
        await invites();
    } catch (error) {
        flash(describe(error));
    }
}

// ---------- routing and sign-in ----------

function route() {
    if (!profile) {
        show('view-welcome');
        return;
    }
    const [name, id] = location.hash.replace(/^#\/?/, '').split('/');
    if (name === 'patient' && id) {
        patient(id).then(() => focus($('#patient-title')));
    } else if (name === 'invites') {
        invites().then(() => focus($('#invites-title')));
    } else {
        caseload().then(() => focus($('#caseload-title')));
    }
}

async function signedIn() {
    const who = await api.get('/api/session', {signedInOnly: false});
    if (who.role !== 'CLINICIAN') {
        location.replace('/');
        return;
    }
    profile = who;
    setZone(profile.timeZone);
    chrome();
    if (!location.hash || location.hash === '#/') {
        location.hash = '#/caseload';
    } else {
        route();
    }
}

function wire() {
    $('#sign-in-form').addEventListener('submit', async event => {
        event.preventDefault();
        const form = event.currentTarget;
        await submitting(form, async () => {
            await request('POST', '/api/session', {form: {username: form.username.value.trim(), password: form.password.value},
                signedInOnly: false});
            await signedIn();
        }).catch(() => {});
    });
    $('#sign-up-form').addEventListener('submit', async event => {
        event.preventDefault();
        const form = event.currentTarget;
        await submitting(form, async () => {
            const username = form.username.value.trim();
            await request('POST', '/api/clinicians', {
                json: {
                    username, password: form.password.value, displayName: form.displayName.value.trim(),
                    profession: form.profession.value.trim(),
                    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
                }, signedInOnly: false,
            });
            await request('POST', '/api/session', {form: {username, password: form.password.value}, signedInOnly: false});
            await signedIn();
        }).catch(() => {});
    });
    $('#sign-out').addEventListener('click', async () => {
        await request('DELETE', '/api/session', {signedInOnly: false}).catch(() => {});
        profile = null;
        chrome();
        history.replaceState(null, '', location.pathname);
        route();
    });
    $('#caseload-refresh').addEventListener('click', () => caseload());
    $('#patient-weeks').addEventListener('change', () => current && patient(current.id));
    $('#ack-form').addEventListener('submit', async event => {
        event.preventDefault();
        const form = event.currentTarget;
        await submitting(form, () => api.post(`/api/clinician/patients/${current.id}/acknowledgements`,
            {through: new Date().toISOString(), note: form.note.value.trim() || null})).then(async () => {
            form.reset();
            flash('Alerts acknowledged. The patient sees that you saw them.');
            await waitForRow(row => !row.reasons.some(r => r.code.startsWith('RED_FLAG') || r.code === 'SHARP_PAIN'));
        }).catch(() => {});
    });
    $('#routine-form').addEventListener('submit', async event => {
        event.preventDefault();
        const form = event.currentTarget;
        const stretches = $$('input[name="stretch"]:checked', form).map(box => box.value);
        await submitting(form, () => api.put(`/api/clinician/patients/${current.id}/routine`, {
            stretches, minutesPerDay: Number(form.minutesPerDay.value), daysPerWeek: Number(form.daysPerWeek.value),
        })).then(() => flash('Routine set. The patient sees that you set it, and can change it.')).catch(() => {});
    });
    $('#message-form').addEventListener('submit', async event => {
        event.preventDefault();
        const form = event.currentTarget;
        await submitting(form, () => api.put(`/api/clinician/patients/${current.id}/messages/${uuid()}`,
            {text: form.text.value.trim()})).then(() => {
            form.reset();
            flash('Message sent.');
        }).catch(() => {});
    });
    $('#invite-form').addEventListener('submit', async event => {
        event.preventDefault();
        const form = event.currentTarget;
        await submitting(form, () => api.post('/api/clinician/invites', {
            label: form.label.value.trim() || null, expiresInDays: Number(form.expiresInDays.value),
        })).then(async created => {
            form.reset();
            $('#invite-code').value = created.code.slice(0, 5) + '-' + created.code.slice(5);
            $('#invite-copy-status').textContent = '';
            $('#invite-created').hidden = false;
            focus($('#invite-created'));
            await invites();
        }).catch(() => {});
    });
    $('#copy-invite').addEventListener('click', () => copyField($('#invite-code'), $('#invite-copy-status'), 'Code'));
    window.addEventListener('hashchange', route);
    onUnauthorized(() => {
        profile = null;
        chrome();
        route();
    });
}

/** After an acknowledgement: the caseload row follows within a moment (the read models are asynchronous). */
async function waitForRow(settled) {
    for (let attempt = 0; attempt < 20; attempt++) {
        const row = (await api.get('/api/clinician/patients')).find(r => r.patientId === current.id);
        if (!row || settled(row)) {
            break;
        }
        await new Promise(resolve => setTimeout(resolve, 500));
    }
    await patient(current.id);
}

async function boot() {
    wire();
    context = await pageContext().catch(() => null);
    try {
        await signedIn();
    } catch (notSignedIn) {
        show('view-welcome');
    }
}

boot();
