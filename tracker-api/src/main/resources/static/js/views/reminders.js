// Reminders, on the Account view: the times and days (PUT /api/me/reminders), and the private calendar
// address a phone's calendar subscribes to (shown once; a new one replaces the old; revocable).
import {$, $$, el, fill, focus} from '../dom.js';
import {api, describe} from '../http.js';
import {copyField, showMessage, submitting} from '../forms.js';

const DAYS = [['MON', 'Mon'], ['TUE', 'Tue'], ['WED', 'Wed'], ['THU', 'Thu'], ['FRI', 'Fri'], ['SAT', 'Sat'], ['SUN', 'Sun']];
const MAX_TIMES = 4;
let app;

export function init(shell) {
    app = shell;
    fill($('#reminder-days'), DAYS.map(([value, label]) => el('label', {class: 'chip'},
        el('input', {type: 'checkbox', name: 'days', value}), el('span', {}, label))));
    $('#reminder-add-time').addEventListener('click', () => {
        addTime('');
        focus($$('#reminder-times input').at(-1));
    });
    $('#reminders-form').addEventListener('submit', save);
    $('#feed-create').addEventListener('click', createFeed);
    $('#feed-stop').addEventListener('click', stopFeed);
    $('#copy-feed').addEventListener('click', () => copyField($('#feed-url'), $('#feed-copy-status'), 'Address'));
}

function addTime(value) {
    const box = $('#reminder-times');
    const index = box.children.length + 1;
    if (index > MAX_TIMES) {
        return;
    }
    box.appendChild(el('div', {class: 'field'},
        el('label', {for: `reminder-time-${index}`}, `Time ${index}`),
        el('input', {type: 'time', id: `reminder-time-${index}`, name: 'times', value})));
    $('#reminder-add-time').hidden = box.children.length >= MAX_TIMES;
}

export async function show() {
    $('#feed-created').hidden = true;
    $('#feed-url').value = '';
    let reminders = {times: [], days: []};
    try {
        reminders = await api.get('/api/me/reminders');
    } catch (error) {
        if (error.status === 401) {
            throw error;
        }
    }
    fill($('#reminder-times'));
    for (const time of reminders.times.length ? reminders.times : ['07:30']) {
        addTime(time);
    }
    const days = reminders.days.length ? reminders.days : DAYS.map(([value]) => value);
    for (const box of $$('#reminder-days input')) {
        box.checked = days.includes(box.value);
    }
}

async function save(event) {
    event.preventDefault();
    const form = event.currentTarget;
    const times = $$('#reminder-times input').map(input => input.value).filter(Boolean);
    const days = $$('#reminder-days input:checked').map(input => input.value);
    if (times.length === 0 || days.length === 0) {
        showMessage(form, times.length === 0 ? 'Enter at least one time.' : 'Choose at least one day.');
        return;
    }
    try {
        await submitting(form, () => api.put('/api/me/reminders', {times, days}));
        app.flash('Reminders saved. A subscribed calendar shows them at its next refresh.');
    } catch (shownOnTheForm) {
        // shown on the form
    }
}

async function createFeed() {
    try {
        const {url} = await api.post('/api/me/calendar-feed');
        $('#feed-url').value = url;
        $('#feed-open').href = url.replace(/^https?:/, 'webcal:');
        $('#feed-copy-status').textContent = '';
        $('#feed-created').hidden = false;
        focus($('#feed-created'));
    } catch (error) {
        app.flash(describe(error));
    }
}

async function stopFeed() {
    try {
        await api.del('/api/me/calendar-feed');
        $('#feed-created').hidden = true;
        $('#feed-url').value = '';
        app.flash('Calendar stopped: its address opens nothing any more.');
    } catch (error) {
        app.flash(describe(error));
    }
}
