// The routine editor over the stretch catalog: which stretches, minutes a day, days a week.
import {$, $$, el, fill, srOnly} from '../dom.js';
import {api} from '../http.js';
import {showMessage, submitting} from '../forms.js';
import {formatDateTime} from '../time.js';
import {BEST_TIMES, dose, doseSeconds, KINDS, plural, REGIONS} from '../words.js';

let app;

export function init(shell) {
    app = shell;
    const form = $('#routine-form');
    form.addEventListener('change', () => summarize());
    form.addEventListener('submit', save);
}

export async function show() {
    const [catalog, plan] = await Promise.all([app.catalog(), app.routine()]);
    $('#routine-minutes').value = String(plan.minutesPerDay);
    $('#routine-days').value = String(plan.daysPerWeek);
    $('#routine-plan-note').textContent = plan.setBy
        ? `Set by ${plan.setBy.displayName} on ${formatDateTime(plan.plannedAt)}. You can change it; a change counts `
            + 'from the week it is made.'
        : plan.plannedAt
        ? `Your plan since ${formatDateTime(plan.plannedAt)}. A change counts from the week it is made.`
        : 'You are following the default plan: the guide\'s four starter stretches, 10 minutes, every day.';
    const groups = ['MORNING', 'ANY', 'EVENING'].map(time => {
        const stretches = catalog.filter(stretch => stretch.bestTime === time);
        return stretches.length === 0 ? null : el('div', {class: 'catalog-group'},
            el('h3', {}, BEST_TIMES[time]),
            el('div', {class: 'catalog-columns'}, stretches.map(stretch => item(stretch, plan.stretches.includes(stretch.id)))));
    });
    fill($('#catalog-list'), groups);
    summarize();
}

function item(stretch, checked) {
    const id = `routine-${stretch.id}`;
    return el('div', {class: 'catalog-item'},
        el('input', {type: 'checkbox', id, name: 'stretches', value: stretch.id, checked}),
        el('label', {for: id},
            el('span', {class: 'catalog-name'}, stretch.name),
            el('span', {class: 'item-meta'}, `${dose(stretch)} · ${KINDS[stretch.kind]} · `
                + stretch.regions.map(region => REGIONS[region]).join(', '))),
        el('details', {},
            el('summary', {class: 'small'}, 'Steps and cautions', srOnly(`: ${stretch.name}`)),
            el('ol', {class: 'steps small'}, stretch.steps.map(step => el('li', {}, step))),
            el('ul', {class: 'cautions'}, stretch.cautions.map(caution => el('li', {}, caution)))));
}

async function summarize() {
    const catalog = await app.catalog();
    const chosen = $$('#catalog-list input[name="stretches"]:checked').map(input => catalog.find(s => s.id === input.value));
    const seconds = chosen.reduce((sum, stretch) => sum + doseSeconds(stretch), 0);
    $('#routine-summary').textContent = chosen.length === 0 ? 'Choose at least one stretch.'
        : `${plural(chosen.length, 'stretch', 'stretches')} · about ${Math.max(1, Math.round(seconds / 60))} min at the guide's doses`;
}

async function save(event) {
    event.preventDefault();
    const form = event.currentTarget;
    const stretches = $$('#catalog-list input[name="stretches"]:checked').map(input => input.value);
    if (stretches.length === 0) {
        showMessage(form, 'Choose at least one stretch for your routine.');
        return;
    }
    try {
        const plan = await submitting(form, () => api.put('/api/me/routine', {
            stretches,
            minutesPerDay: Number(form.minutesPerDay.value),
            daysPerWeek: Number(form.daysPerWeek.value),
        }));
        app.routineSaved(plan);
        app.flash(`Routine saved: ${plural(plan.stretches.length, 'stretch', 'stretches')}, `
            + `${plan.minutesPerDay} min a day, ${plural(plan.daysPerWeek, 'day', 'days')} a week.`);
        app.go('today');
    } catch (failed) {
        // shown on the form
    }
}
