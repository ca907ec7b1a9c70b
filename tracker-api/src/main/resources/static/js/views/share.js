// Share links for a physiotherapist: create (the link is shown once), copy, see status and each use, revoke.
import {$, el, fill, focus, srOnly} from '../dom.js';
import {api, describe} from '../http.js';
import {copyField, submitting} from '../forms.js';
import {formatDateTime, formatInstantDate} from '../time.js';
import {plural, SHARE_STATUS, SHARED_VIEWS} from '../words.js';
import * as clinicians from './clinicians.js';

let app;

export function init(shell) {
    app = shell;
    $('#share-form').addEventListener('submit', create);
    $('#copy-share').addEventListener('click', () => copyField($('#share-url'), $('#share-copy-status'), 'Link'));
    clinicians.init(shell);
}

export function reset() {
    $('#share-created').hidden = true;
    $('#share-url').value = '';
    fill($('#share-list'));
    clinicians.reset();
}

export async function show() {
    // a new link is shown once, while the patient is here to copy it
    $('#share-created').hidden = true;
    $('#share-url').value = '';
    await Promise.all([refresh(), clinicians.show()]);
}

async function create(event) {
    event.preventDefault();
    const form = event.currentTarget;
    try {
        const recipient = form.recipient.value.trim();
        const granted = await submitting(form, () => api.post('/api/me/shares', {
            recipient,
            expiresInDays: Number(form.expiresInDays.value),
        }));
        form.reset();
        $('#share-created-title').textContent = `Link for ${recipient}`;
        $('#share-url').value = granted.url;
        $('#share-copy-status').textContent = `Valid until ${formatInstantDate(granted.expiresAt)}.`;
        localLinkWarning(granted.url);
        $('#share-created').hidden = false;
        focus($('#share-created'));
        await refresh();
    } catch (failed) {
        // shown on the form
    }
}

// A link made while browsing localhost points at localhost, which on the physiotherapist's device is their own
// machine: say so, and how to make one that works.
const LOCAL_HOSTS = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/;

function localLinkWarning(url) {
    let warning = $('#share-local-warning');
    if (!warning) {
        warning = el('p', {id: 'share-local-warning', class: 'small', role: 'note'});
        $('#share-copy-status').after(warning);
    }
    const local = LOCAL_HOSTS.test(new URL(url).hostname);
    warning.hidden = !local;
    warning.textContent = local ? 'This link points at this computer (localhost): it will not open on anyone '
        + 'else\'s device. Open this page through the address others can reach (the network address the server '
        + 'printed at start-up, or its public name), then create the link there.' : '';
}

async function refresh() {
    const shares = await api.get('/api/me/shares');
    const list = $('#share-list');
    if (shares.length === 0) {
        fill(list, el('li', {class: 'empty'}, 'No links yet.'));
        return;
    }
    const order = {ACTIVE: 0, EXPIRED: 1, REVOKED: 2};
    shares.sort((a, b) => order[a.status] - order[b.status] || b.createdAt.localeCompare(a.createdAt));
    fill(list, shares.map(shareItem));
}

function shareItem(share) {
    const status = share.status.toLowerCase();
    const uses = el('details', {class: 'uses'},
        el('summary', {}, `Each use (${share.accessCount})`, srOnly(` of the link for ${share.recipient}`)),
        el('ul', {class: 'access-list'}, el('li', {class: 'empty'}, 'Loading…')));
    uses.addEventListener('toggle', () => uses.open && loadUses(share, uses.querySelector('ul')), {once: false});
    const item = el('li', {dataset: {shareId: share.shareId, status: share.status}, class: 'share-item'},
        el('div', {class: 'item-title'}, share.recipient,
            el('span', {class: `badge badge-${status}`}, SHARE_STATUS[share.status] || share.status)),
        el('div', {class: 'item-meta'}, `Created ${formatInstantDate(share.createdAt)} · `
            + `${share.status === 'EXPIRED' ? 'expired' : 'expires'} ${formatInstantDate(share.expiresAt)}`),
        el('div', {class: 'item-meta', dataset: {field: 'accesses'}},
            share.accessCount === 0 ? 'Not opened yet'
                : `Used ${plural(share.accessCount, 'time', 'times')} · last ${formatDateTime(share.lastAccessedAt)}`),
        share.accessCount > 0 ? uses : null);
    if (share.status === 'ACTIVE') {
        const revoke = el('button', {type: 'button', class: 'btn btn-danger btn-small', dataset: {action: 'revoke'}},
            'Revoke', srOnly(` the link for ${share.recipient}`));
        revoke.addEventListener('click', () => confirmRevoke(share, item, revoke));
        item.appendChild(el('div', {class: 'actions'}, revoke));
    }
    return item;
}

async function loadUses(share, list) {
    try {
        const accesses = await api.get(`/api/me/shares/${share.shareId}/accesses`);
        fill(list, accesses.length === 0 ? el('li', {class: 'empty'}, 'Not used yet.')
            : accesses.map(access => el('li', {}, `${formatDateTime(access.accessedAt)}: `
                + `${SHARED_VIEWS[access.view] || access.view}${access.detail ? ` (${access.detail})` : ''}`
                + `${access.client ? ` · ${access.client}` : ''}`)));
    } catch (error) {
        fill(list, el('li', {class: 'form-error'}, describe(error)));
    }
}

function confirmRevoke(share, item, button) {
    button.hidden = true;
    const yes = el('button', {type: 'button', class: 'btn btn-danger-solid btn-small', dataset: {action: 'confirm-revoke'}},
        'Yes, revoke', srOnly(` the link for ${share.recipient}`));
    const no = el('button', {type: 'button', class: 'btn btn-small'}, 'Cancel');
    const row = el('div', {class: 'confirm-row', role: 'group', 'aria-label': 'Confirm revoking'},
        el('p', {}, `Revoke this link? ${share.recipient} will no longer be able to open it. This cannot be undone.`),
        el('div', {class: 'actions'}, yes, no));
    item.appendChild(row);
    focus(yes);
    no.addEventListener('click', () => {
        row.remove();
        button.hidden = false;
        focus(button);
    });
    yes.addEventListener('click', async () => {
        yes.disabled = true;
        try {
            await api.del(`/api/me/shares/${share.shareId}`);
            app.flash(`Link for ${share.recipient} revoked.`);
            await refresh();
            focus($('#share-list-title'));
        } catch (error) {
            yes.disabled = false;
            row.querySelector('p').textContent = describe(error);
        }
    });
}
