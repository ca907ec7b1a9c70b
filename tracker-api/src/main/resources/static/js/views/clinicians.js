// The patient's clinicians, in the Share view: connect one with their invite code, see each one's accesses,
// disconnect at once; and the messages they sent.
import {$, el, fill, focus, srOnly} from '../dom.js';
import {api, describe} from '../http.js';
import {submitting} from '../forms.js';
import {formatDateTime, formatInstantDate} from '../time.js';
import {plural} from '../words.js';

const VIEWED = {
    CASELOAD: 'saw you in their caseload', OVERVIEW: 'opened your overview', TRENDS: 'read your trends',
    REPORT: 'downloaded a weekly report', ACKNOWLEDGED: 'marked your alerts as seen', ROUTINE_SET: 'set your routine',
    MESSAGE_SENT: 'sent you a message',
};

let app;

export function init(shell) {
    app = shell;
    $('#connect-form').addEventListener('submit', connect);
}

export function reset() {
    fill($('#clinician-list'));
    fill($('#message-list'));
}

export async function show() {
    await Promise.all([refresh(), messages()]);
}

async function connect(event) {
    event.preventDefault();
    const form = event.currentTarget;
    try {
        const connected = await submitting(form, () => api.post('/api/me/clinicians', {code: form.code.value.trim()}));
        form.reset();
        app.flash(`${connected.displayName} is connected and can now follow your progress.`);
        await refresh();
        focus($('#clinician-list-title'));
    } catch (failed) {
        // shown on the form
    }
}

async function refresh() {
    const clinicians = await api.get('/api/me/clinicians');
    const list = $('#clinician-list');
    fill(list, clinicians.length === 0 ? el('li', {class: 'empty'}, 'No clinician is connected.')
        : clinicians.map(clinicianItem));
}

function clinicianItem(clinician) {
    const uses = el('details', {class: 'uses'},
        el('summary', {}, `What they viewed or did (${clinician.accessCount})`, srOnly(` for ${clinician.displayName}`)),
        el('ul', {class: 'access-list'}, el('li', {class: 'empty'}, 'Loading…')));
    uses.addEventListener('toggle', () => uses.open && accesses(clinician, uses.querySelector('ul')));
    const disconnect = el('button', {type: 'button', class: 'btn btn-danger btn-small', dataset: {action: 'disconnect'}},
        'Disconnect', srOnly(` ${clinician.displayName}`));
    const item = el('li', {dataset: {clinicianId: clinician.clinicianId}},
        el('div', {class: 'item-title'}, clinician.displayName, ' ', el('span', {class: 'muted'}, clinician.profession)),
        el('div', {class: 'item-meta'}, `Connected ${formatInstantDate(clinician.connectedAt)} · `
            + (clinician.accessCount === 0 ? 'has not looked yet'
                : `${plural(clinician.accessCount, 'access', 'accesses')}, last ${formatDateTime(clinician.lastAccessedAt)}`)),
        clinician.accessCount > 0 ? uses : null,
        el('div', {class: 'actions'}, disconnect));
    disconnect.addEventListener('click', async () => {
        try {
            await api.del(`/api/me/clinicians/${clinician.clinicianId}`);
            app.flash(`${clinician.displayName} is disconnected and sees nothing of yours from now on.`);
            await refresh();
            focus($('#clinician-list-title'));
        } catch (error) {
            app.flash(describe(error));
        }
    });
    return item;
}

async function accesses(clinician, list) {
    try {
        const all = await api.get(`/api/me/clinicians/${clinician.clinicianId}/accesses`);
        fill(list, all.length === 0 ? el('li', {class: 'empty'}, 'Nothing yet.')
            : all.map(access => el('li', {}, `${formatDateTime(access.accessedAt)}: ${VIEWED[access.viewed] || access.viewed}`
                + `${access.client ? ` · ${access.client}` : ''}`)));
    } catch (error) {
        fill(list, el('li', {class: 'form-error'}, describe(error)));
    }
}

async function messages() {
    const all = await api.get('/api/me/messages');
    fill($('#message-list'), all.length === 0 ? el('li', {class: 'empty'}, 'No messages.')
        : all.map(message => el('li', {},
            el('div', {class: 'item-title'}, message.author.displayName),
            el('div', {class: 'item-meta'}, formatDateTime(message.sentAt)),
            el('p', {class: 'message-text'}, message.text))));
}
