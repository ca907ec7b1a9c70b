// Rest days (v1.1): "Rest today: flare-up / advised / ill / other", one tap. The guide says to rest when the back
// is inflamed or sharp; a rest day never counts against the patient (it is not a planned day and does not break
// a streak). Used by Today (always) and by Pain (after a red flag, instead of the routine).
import {el, fill} from './dom.js';
import {api, describe} from './http.js';
import {localDate, now} from './time.js';
import * as outbox from './offline-queue.js';

export const REST_REASONS = {
    FLARE_UP: 'Flare-up',
    ADVISED: 'Advised to rest',
    ILLNESS: 'Ill',
    OTHER: 'Other',
};

/** Today's rest day, or null. */
export async function restDayOf(date = localDate(now())) {
    const days = await api.get(`/api/me/rest-days?from=${date}&to=${date}`);
    return days.find(day => day.date === date) || null;
}

/**
 * The one-tap offer, or the rest day already taken (with a way to take it back). `onChange` runs after a change.
 * `intro` says why it is offered (after a red flag, the page recommends it).
 */
export function restTodayBlock(restDay, {intro = null, id = 'rest-today-offer', onChange = () => {}} = {}) {
    const box = el('div', {class: 'card rest-today', id, 'aria-live': 'polite'});
    render(box, id, restDay, intro, onChange);
    return box;
}

function render(box, id, restDay, intro, onChange) {
    const today = localDate(now());
    if (restDay) {
        fill(box,
            el('p', {id: `${id}-taken`}, el('strong', {}, 'Rest day today'),
                ` (${(REST_REASONS[restDay.reason] || restDay.reason).toLowerCase()}). Resting when your back flares `
                + 'is part of the plan: it does not count against you.'),
            el('button', {type: 'button', class: 'btn-link', on: {click: async () => {
                try {
                    await api.del(`/api/me/rest-days/${today}`);
                    render(box, id, null, intro, onChange);
                    onChange(null);
                } catch (error) {
                    box.append(el('p', {class: 'form-error', role: 'alert'}, describe(error)));
                }
            }}}, 'Take back the rest day'));
        return;
    }
    fill(box,
        intro ? el('p', {}, intro) : null,
        el('p', {class: 'question-group-title', id: `${id}-title`}, 'Rest today:'),
        el('div', {class: 'chips', role: 'group', 'aria-labelledby': `${id}-title`},
            Object.entries(REST_REASONS).map(([reason, label]) => el('button', {
                type: 'button', class: 'btn btn-small', dataset: {reason},
                on: {click: async () => {
                    try {
                        const saved = await outbox.put('rest-day', `/api/me/rest-days/${today}`, {reason, notes: null},
                            `Rest day, ${(REST_REASONS[reason] || reason).toLowerCase()}`);
                        render(box, id, saved, intro, onChange);
                        onChange(saved);
                    } catch (error) {
                        box.append(el('p', {class: 'form-error', role: 'alert'}, describe(error)));
                    }
                }},
            }, label))));
}
