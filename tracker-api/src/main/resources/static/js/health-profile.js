// The health profile (v1.1): asked once after sign-up, skippable, and remembered either way. Some red flags are
// more urgent with these (a history of cancer, osteoporosis or long-term steroids, a weakened immune system,
// age 70 or over), so the triage takes them into account. Changeable later under Account.
import {$$, el, fill} from './dom.js';
import {api, describe} from './http.js';

const skipKey = patientId => `backcare.healthProfileSkipped.${patientId}`;

/** The question once, on Today: null when answered or skipped on this device. */
export async function askOnce(app, slot) {
    if (localStorage.getItem(skipKey(app.profile.patientId))) {
        fill(slot);
        return;
    }
    let profile;
    try {
        profile = await api.get('/api/me/health-profile');
    } catch {
        return;
    }
    if (profile.answered) {
        fill(slot);
        return;
    }
    fill(slot, form(app.context, profile, {
        id: 'health-profile-ask',
        title: 'One question before you start',
        onSaved: () => fill(slot, el('p', {class: 'alert alert-ok', id: 'health-profile-saved'},
            'Thank you. You can change this any time under Account.')),
        onSkip: () => {
            localStorage.setItem(skipKey(app.profile.patientId), 'skipped');
            fill(slot);
        },
    }));
}

/** The form itself (Today's one-time question, and Account). */
export function form(context, profile, {id, title, onSaved, onSkip = null}) {
    const chosen = new Set(profile.riskFactors || []);
    const node = el('form', {class: 'card', id, 'aria-labelledby': `${id}-title`},
        el('h2', {id: `${id}-title`}, title),
        el('p', {}, 'Do any of these apply to you? Some warning signs are more urgent with them, so the advice '
            + 'takes them into account. Tick none if none apply.'),
        el('div', {class: 'question-list'}, (context.riskFactors || []).map(factor => el('label', {class: 'question'},
            el('input', {type: 'checkbox', name: 'riskFactors', value: factor.id, checked: chosen.has(factor.id)}),
            el('span', {}, factor.label)))),
        el('p', {class: 'form-error', role: 'alert', hidden: true, dataset: {formError: ''}}),
        el('div', {class: 'chips'},
            el('button', {class: 'btn btn-primary', type: 'submit'}, 'Save'),
            onSkip ? el('button', {class: 'btn btn-quiet', type: 'button', dataset: {action: 'skip'},
                on: {click: onSkip}}, 'Skip for now') : null));
    node.addEventListener('submit', async event => {
        event.preventDefault();
        const riskFactors = $$('input[name="riskFactors"]:checked', node).map(input => input.value);
        try {
            const saved = await api.put('/api/me/health-profile', {riskFactors});
            onSaved(saved);
        } catch (error) {
            const box = node.querySelector('[data-form-error]');
            box.textContent = describe(error);
            box.hidden = false;
        }
    });
    return node;
}

/** Account: the current answer, changeable at any time. */
export async function showOnAccount(app, slot) {
    const profile = await api.get('/api/me/health-profile');
    fill(slot, form(app.context, profile, {
        id: 'health-profile-form',
        title: 'Health profile',
        onSaved: () => app.flash('Health profile saved.'),
    }));
}
