// Account: who is signed in, sign out, personal tokens for scripts and apps (shown once, revocable), and
// the patient's data: download it, import an export, or close the account and erase everything.
import {$, el, fill, focus, srOnly} from '../dom.js';
import {api, describe, request} from '../http.js';
import {copyField, submitting} from '../forms.js';
import * as outbox from '../offline-queue.js';
import * as reminders from './reminders.js';
import {showOnAccount as showHealthProfile} from '../health-profile.js';
import {formatDateTime, formatInstantDate} from '../time.js';

let app;

export function init(shell) {
    app = shell;
    $('#sign-out').addEventListener('click', signOut);
    $('#token-form').addEventListener('submit', create);
    $('#copy-token').addEventListener('click', () => copyField($('#token-value'), $('#token-copy-status'), 'Token'));
    reminders.init(shell);
    $('#import-form').addEventListener('submit', importFile);
    $('#erase-form').addEventListener('submit', erase);
}

export function reset() {
    $('#token-created').hidden = true;
    $('#token-value').value = '';
    fill($('#token-list'));
    fill($('#profile'));
    $('#import-form').reset();
    $('#import-status').textContent = '';
    $('#erase-form').reset();
}

export async function signOut() {
    const unsent = await outbox.pending();
    if (unsent > 0) {
        const sure = window.confirm(`${unsent === 1 ? 'One entry is' : `${unsent} entries are`} saved only on this phone `
            + 'and not sent yet. Signing out deletes them from this phone. Sign out anyway?');
        if (!sure) {
            return;
        }
        await outbox.clear();
    }
    try {
        await api.del('/api/session');
    } catch (error) {
        if (error.status !== 401) {
            app.flash(describe(error));
            return;
        }
    }
    app.signedOut('You are signed out. See you tomorrow.');
}

export async function show() {
    showHealthProfile(app, $('#account-health-profile')).catch(() => {});
    // a new token is shown once, while the patient is here to copy it
    $('#token-created').hidden = true;
    $('#token-value').value = '';
    const profile = app.profile;
    const row = (term, value) => [el('dt', {}, term), el('dd', {}, value)];
    fill($('#profile'),
        row('Name', profile.displayName),
        row('Username', profile.username),
        row('Time zone', profile.timeZone),
        row('Member since', formatInstantDate(profile.createdAt)));
    await Promise.all([refresh(), reminders.show()]);
}

async function create(event) {
    event.preventDefault();
    const form = event.currentTarget;
    try {
        const issued = await submitting(form, () => api.post('/api/me/tokens', {name: form.name.value.trim()}));
        form.reset();
        $('#token-value').value = issued.token;
        $('#token-copy-status').textContent = '';
        $('#token-created').hidden = false;
        focus($('#token-created'));
        await refresh();
    } catch (failed) {
        // shown on the form
    }
}

async function refresh() {
    const tokens = await api.get('/api/me/tokens');
    const list = $('#token-list');
    if (tokens.length === 0) {
        fill(list, el('li', {class: 'empty'}, 'No personal tokens.'));
        return;
    }
    fill(list, tokens.map(token => {
        const revoke = el('button', {type: 'button', class: 'btn btn-danger btn-small'}, 'Revoke', srOnly(` token ${token.name}`));
        const item = el('li', {dataset: {tokenId: token.id}},
            el('div', {class: 'item-title'}, token.name),
            el('div', {class: 'item-meta'}, `Created ${formatDateTime(token.createdAt)}`),
            el('div', {class: 'actions'}, revoke));
        revoke.addEventListener('click', async () => {
            revoke.disabled = true;
            try {
                await api.del(`/api/me/tokens/${token.id}`);
                app.flash(`Token "${token.name}" revoked: it stops working now.`);
                $('#token-created').hidden = true;
                await refresh();
                focus($('#tokens-title'));
            } catch (error) {
                revoke.disabled = false;
                app.flash(describe(error));
            }
        });
        return item;
    }));
}

async function importFile(event) {
    event.preventDefault();
    const form = event.currentTarget;
    const file = form.file.files[0];
    if (!file) {
        return;
    }
    $('#import-status').textContent = '';
    try {
        const outcome = await submitting(form, () => request('POST', '/api/me/import', {file}));
        form.reset();
        $('#import-status').textContent = `Imported: ${outcome.added} new, ${outcome.alreadyPresent} already here`
            + (outcome.skipped ? `, ${outcome.skipped} not moved (account, tokens, share links).` : '.');
    } catch (failed) {
        // shown on the form
    }
}

async function erase(event) {
    event.preventDefault();
    const form = event.currentTarget;
    if (!form.confirm.checked) {
        return;
    }
    try {
        await submitting(form, () => request('DELETE', '/api/me', {json: {password: form.password.value}, signedInOnly: false}));
        form.reset();
        app.signedOut('Your account is closed and your data erased. Thank you for using Backcare.');
    } catch (failed) {
        form.password.value = '';
        form.password.focus();
    }
}
