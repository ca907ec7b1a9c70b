// Signed out: sign in, or create an account (then sign in with it at once).
import {$, el, fill} from '../dom.js';
import {api, request} from '../http.js';
import {submitting} from '../forms.js';

let app;

export function init(shell) {
    app = shell;
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const zoneInput = $('#rg-zone');
    zoneInput.value = zone || 'UTC';
    if (Intl.supportedValuesOf) {
        const list = $('#zone-list');
        for (const id of Intl.supportedValuesOf('timeZone')) {
            list.appendChild(el('option', {value: id}));
        }
    }

    $('#to-register').addEventListener('click', () => {
        $('#register-form').scrollIntoView({block: 'start'});
        $('#rg-name').focus({preventScroll: true});
    });

    $('#sign-in-form').addEventListener('submit', event => {
        event.preventDefault();
        const form = event.currentTarget;
        submitting(form, async () => {
            await signIn(form.username.value.trim(), form.password.value);
            form.reset();
            await app.signedIn();
        }).catch(() => {});
    });

    $('#register-form').addEventListener('submit', event => {
        event.preventDefault();
        const form = event.currentTarget;
        submitting(form, async () => {
            const username = form.username.value.trim();
            const password = form.password.value;
            const displayName = form.displayName.value.trim();
            await api.post('/api/accounts', {username, password, displayName, timeZone: form.timeZone.value.trim()});
            await signIn(username, password);
            form.reset();
            zoneInput.value = zone || 'UTC';
            await app.signedIn({
                welcomeMessage: `Welcome, ${displayName}. Your plan starts with the guide's starter stretches; change it under Routine.`,
            });
        }).catch(() => {});
    });
}

function signIn(username, password) {
    return request('POST', '/api/session', {form: {username, password}, signedInOnly: false});
}

/** A line above the forms: "You are signed out", "Your session has ended". */
export function message(text) {
    const box = $('#welcome-message');
    fill(box, text ? el('p', {class: 'alert alert-ok', text}) : null);
}
