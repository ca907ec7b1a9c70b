// The weekly report's content on a page: what the patient's Trends view and the physiotherapist's page
// share. Every figure is printed as the API sends it (GET .../overview carries the very numbers of
// GET /api/me/trends and of the PDF); the charts are the PDF's own JFreeChart drawings as SVG images.
import {el, ICONS} from './dom.js';
import {formatDate, formatDateTime, formatDay} from './time.js';
import {clock, flagLabel, LEVEL, MISSING, oneDecimal, percent, plural, REGIONS, rho} from './words.js';
import * as words from './trend-words.js';

export const NOT_PROOF = 'An association is not proof that the routine caused a change: back pain often eases with '
    + 'time whatever is done, and pain also moves with sleep, stress and everyday activity.';
const SIGN = 'A negative ρ means weeks with higher adherence tended to have lower pain; a positive ρ means the '
    + 'opposite; values near 0 show no clear tendency.';
const MIN_PAIRS = 4;

/**
 * How wide to ask the server to draw the charts (GET .../overview?chartWidth=). They keep the PDF's small type
 * sizes, so the page asks for them narrower than it shows them and scales them up: labels come out larger than
 * in print, and legible on a phone. `container` is the element the report goes in.
 */
export function chartWidth(container) {
    const twoColumns = window.matchMedia('(min-width: 1000px)').matches;
    const shown = (twoColumns ? (container.clientWidth - 16) * 0.6 : container.clientWidth) - 34;
    return Math.max(280, Math.min(720, Math.round(shown / 1.3)));
}

function week(report) {
    const last = report.trends.weeks[report.trends.weeks.length - 1];
    return words.dateRange(last.start, last.end);
}

/**
 * Red flags and sharp pain in the window, first of all; a calm line when there are none. v1.1: the highest
 * level first and the newest first (the server orders report.redFlags), a summary per flag before a capped
 * list of entries, each with its score, regions and note; withdrawn entries marked, not counted. Nothing here
 * says anyone is alerted: nobody is.
 */
export function safety(report, context, {audience}) {
    const flags = report.redFlags;
    const sharp = report.sharpPain;
    const zone = report.timeZone;
    if (flags.length === 0 && sharp.length === 0) {
        return el('div', {class: 'alert alert-ok', id: 'no-red-flags'},
            el('h2', {}, ICONS.check(), 'No red flags'),
            el('p', {}, `No red flags and no sharp pain during sessions in the last ${report.trends.weeks.length} weeks.`));
    }
    const counted = flags.filter(flag => !flag.withdrawnAt);
    const urgent = counted.some(flag => flag.level !== 'SOON');
    const title = sharp.length === 0 ? 'Red flags reported'
        : flags.length === 0 ? 'Sharp pain during sessions' : 'Red flags and sharp pain reported';
    const parts = [el('h2', {}, ICONS.warning(), title)];
    if (flags.length) {
        const withdrawn = flags.length - counted.length;
        parts.push(el('p', {}, `${plural(counted.length, 'pain entry', 'pain entries')} in the last `
            + `${report.trends.weeks.length} weeks carried red flags`
            + (withdrawn ? `; ${plural(withdrawn, 'entry was', 'entries were')} withdrawn by the patient (listed, not counted).` : '.')));
        parts.push(summaryTable(report.redFlagSummary || []));
        // the physiotherapist's first screen must still show the trend: three entries open, the rest folded
        const cap = context.redFlagEntriesShown || 6;
        const open = audience === 'physio' ? Math.min(3, cap) : cap;
        const listed = flags.slice(0, cap);
        parts.push(el('ul', {class: 'flag-list', id: 'red-flag-list'}, listed.slice(0, open).map(flag => flagItem(flag, zone))));
        if (listed.length > open) {
            parts.push(el('details', {class: 'flag-more'},
                el('summary', {}, `${plural(listed.length - open, 'more entry', 'more entries')}`),
                el('ul', {class: 'flag-list'}, listed.slice(open).map(flag => flagItem(flag, zone)))));
        }
        if (flags.length > listed.length) {
            parts.push(el('p', {class: 'small', id: 'red-flag-more'}, `and ${flags.length - listed.length} more`));
        }
        if (audience === 'physio') {
            parts.push(el('p', {class: 'small'}, el('strong', {}, 'What the patient was told. '),
                'Emergency: an emergency department now. Same day: a doctor, out-of-hours service or urgent care '
                + 'today. Soon: a physiotherapist or doctor within one to two weeks.'));
        } else {
            for (const level of ['EMERGENCY', 'SAME_DAY', 'SOON']) {
                if (counted.some(flag => flag.level === level) && context.advice[level]) {
                    parts.push(el('p', {class: 'small'}, el('strong', {}, `${LEVEL[level]}. `), context.advice[level]));
                }
            }
        }
    }
    if (sharp.length) {
        parts.push(el('h3', {}, 'Sharp pain during a session'));
        parts.push(el('ul', {}, sharp.map(session => el('li', {},
            el('strong', {}, formatDateTime(session.completedAt, zone)),
            session.notes ? `: “${session.notes}”` : ' (no note)'))));
        parts.push(el('p', {class: 'small'}, context.sharpPainAdvice));
    }
    return el('section', {class: `alert ${urgent || audience === 'physio' ? 'alert-urgent' : 'alert-warn'}`,
        id: 'red-flags', 'aria-label': title}, parts);
}

/** One red-flag entry: level, flags, when, score, regions, the patient's note, and whether it was withdrawn. */
function flagItem(flag, zone) {
    return el('li', {class: flag.withdrawnAt ? 'withdrawn' : '', dataset: {level: flag.level}},
        el('div', {class: 'item-title'},
            el('span', {class: `badge ${badgeClass(flag)}`}, LEVEL[flag.level] || flag.level),
            ' ', flag.flags.map(flagLabel).join('; ')),
        el('div', {class: 'item-meta'}, [
            formatDateTime(flag.recordedAt, zone),
            `pain ${flag.score}/10`,
            flag.regions && flag.regions.length ? flag.regions.map(r => REGIONS[r] || r).join(', ') : null,
        ].filter(Boolean).join(' · ')),
        flag.notes ? el('div', {class: 'item-meta note'}, `“${flag.notes}”`) : null,
        flag.withdrawnAt ? el('div', {class: 'item-meta withdrawn-note'},
            `Withdrawn by the patient on ${formatDate(localDate(flag.withdrawnAt, zone))}`) : null);
}

/** An instant's date (YYYY-MM-DD) on the patient's calendar. */
function localDate(instant, zone) {
    return new Intl.DateTimeFormat('en-CA', {timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit'})
        .format(new Date(instant));
}

function badgeClass(flag) {
    if (flag.withdrawnAt) {
        return 'badge-muted';
    }
    return flag.level === 'SOON' ? 'badge-warn' : 'badge-urgent';
}

/** Per flag: level, count, first and last seen, new this week; one line each, so it fits a phone. */
function summaryTable(summary) {
    if (summary.length === 0) {
        return null;
    }
    return el('ul', {class: 'flag-summary', id: 'red-flag-summary', 'aria-label': 'Summary per red flag'},
        summary.map(row => el('li', {dataset: {flag: row.flag, level: row.level}},
            el('strong', {}, row.label), ' · ', LEVEL[row.level] || row.level, ' · ',
            plural(row.count, 'entry', 'entries'), ' · ',
            row.firstSeen === row.lastSeen ? formatDay(row.firstSeen)
                : `first ${formatDay(row.firstSeen)}, last ${formatDay(row.lastSeen)}`,
            row.newThisWeek ? [' ', el('span', {class: 'badge badge-urgent'}, 'new this week')] : null)));
}

/** The patient's health profile as the physiotherapist sees it (shared page): empty when none is given. */
export function healthProfile(report, context) {
    const factors = report.riskFactors || [];
    if (factors.length === 0) {
        return null;
    }
    const labels = Object.fromEntries((context.riskFactors || []).map(f => [f.id, f.label]));
    return el('p', {class: 'small', id: 'health-profile'}, el('strong', {}, 'Health profile: '),
        factors.map(f => labels[f] || f).join(', '), '.');
}

/** The report week at a glance, like the PDF's cards. */
export function weekCards(report) {
    const weeks = report.trends.weeks;
    const current = weeks[weeks.length - 1];
    const previous = weeks.length > 1 ? weeks[weeks.length - 2] : null;
    const plan = report.plan;
    const painNote = current.painEntries === 0 ? 'no entries this week'
        : `range ${current.painMin}–${current.painMax}, ${plural(current.painEntries, 'entry', 'entries')}`;
    const stat = (label, value, note, extra = '') => el('div', {class: `stat ${extra}`},
        el('span', {class: 'stat-label'}, label),
        el('span', {class: 'stat-value'}, value),
        el('span', {class: 'stat-note'}, note));
    return el('section', {'aria-labelledby': 'week-cards-title', id: 'week-cards'},
        el('h2', {id: 'week-cards-title', title: current.week},
            `${current.inProgress ? 'This week so far' : 'The week of'} ${words.dateRange(current.start, current.end)}`),
        el('div', {class: 'stat-grid'},
            stat('Sessions', String(current.sessions), previous ? `week before: ${previous.sessions}` : ''),
            stat('Active days', `${current.activeDays} / ${current.trackedDays === 0 ? MISSING : oneDecimal(current.plannedDays)}`,
                (plan.isDefault ? 'planned (default plan)' : 'planned days')
                + (current.restDays > 0 ? `, ${plural(current.restDays, 'rest day', 'rest days')} not counted` : '')),
            stat('Minutes', String(current.minutes), `plan: ${plan.minutesPerDay} a day`),
            stat('Adherence', percent(current.adherence), current.adherence === null
                ? (current.trackedDays === 0 ? 'not tracked yet' : 'no day planned')
                : current.inProgress ? 'of planned days so far' : 'of planned days'),
            stat('Streak', plural(report.streakDays, 'day', 'days'), 'days in a row'),
            stat('Mean pain', oneDecimal(current.painMean), painNote, 'stat-pain')));
}

function chart(id, title, src, alt, caption, {narrow = false} = {}) {
    return el('figure', {class: 'card chart', 'aria-labelledby': `${id}-title`},
        el('h2', {id: `${id}-title`}, title),
        el('div', {class: `chart-frame${narrow ? ' chart-narrow' : ''}`},
            el('img', {id, src, alt})),
        caption ? el('figcaption', {}, caption) : null);
}

function correlationLine(label, correlation, what, one, many) {
    const n = correlation.n;
    const figures = `n = ${n}`;
    if (!correlation.sufficient) {
        return {label, figures: `not enough data yet (${figures})`,
            explanation: `There ${n === 1 ? 'is' : 'are'} ${n === 0 ? `no ${many}` : plural(n, one, many)} so far; `
                + `at least ${MIN_PAIRS} are needed before a correlation is shown.`};
    }
    if (correlation.rho === null) {
        return {label, figures: `ρ cannot be computed (${figures})`,
            explanation: `Adherence or pain did not vary across these ${plural(n, one, many)}, so their ranks cannot be correlated.`};
    }
    return {label, figures: `ρ = ${rho(correlation.rho)} (${figures})`,
        explanation: `Spearman's rank correlation between ${what}, over ${plural(n, one, many)}.`};
}

/** Adherence (bars) and mean pain (line), week by week: the PDF's chart. */
export function progressChart(report, images) {
    return chart('chart-progress', 'Consistency and pain, week by week', images.progress,
        `Chart of adherence (bars) and mean pain (line) for each of the last ${report.trends.weeks.length} weeks, `
        + `ending ${week(report)}. The same figures are in the week-by-week table.`,
        'Bars: adherence, the share of planned days with a session. Line: mean pain, 0 to 10.');
}

/**
 * Adherence against pain, each dot a complete week. The patient reads words (how each series moved, and
 * whether consistency goes with less pain once the drift over time is set aside); a physiotherapist also gets
 * the figures: the time-adjusted rho with its interval and n, and the plain rho of the same and the next week.
 */
export function association(report, images, {audience = 'patient'} = {}) {
    const trends = report.trends;
    const moved = words.movement(trends, {audience});
    const plain = audience === 'physio' ? [
        correlationLine('Same week', trends.correlation, 'adherence and mean pain of the same week',
            'week with both adherence and pain', 'weeks with both adherence and pain'),
        correlationLine('Next week', trends.laggedCorrelation, 'adherence of a week and mean pain of the week after',
            'pair of weeks (adherence, then pain the week after)', 'pairs of weeks (adherence, then pain the week after)'),
    ] : null;
    return el('section', {class: 'card', id: 'association', 'aria-labelledby': 'association-title'},
        el('h2', {id: 'association-title'}, 'How pain and consistency moved'),
        el('ul', {class: 'movement-lines', id: 'movement'}, moved.map(line => el('li', {id: line.id}, line.text))),
        el('div', {class: 'chart-frame chart-narrow'},
            el('img', {id: 'chart-association', src: images.association,
                alt: 'Scatter chart: each dot is a complete week, adherence across, mean pain up.'})),
        el('p', {class: 'small muted'}, 'Each dot is a complete week; the week in progress is left out. Pain and '
            + 'consistency often both drift over the weeks, so dots can line up without one causing the other.'),
        plain ? el('ul', {class: 'correlation-lines', id: 'correlation'}, plain.map(line => el('li', {},
            el('strong', {}, `${line.label}: ${line.figures}. `), line.explanation))) : null,
        plain ? el('p', {class: 'small muted'}, SIGN) : null,
        el('p', {class: 'not-proof', id: 'not-proof'}, NOT_PROOF));
}

/** Pain day by day over the last four weeks, with its figures in a table beneath. */
export function dailyPain(report, images) {
    const figure = chart('chart-daily', 'Daily pain, last 4 weeks', images.dailyPain,
        'Chart of pain on each of the last 28 days, with the days that had a session. The same figures are in the daily table below it.',
        null);
    figure.appendChild(dailyTable(report));
    return figure;
}

/** The change between the first 14 days of pain entries and the latest 14 complete days, in the verdict's words. */
export function change(report, {audience = 'patient'} = {}) {
    const c = words.change(report.trends.change, {audience});
    return el('section', {class: 'card', id: 'pain-change', 'aria-labelledby': 'pain-change-title',
        dataset: {verdict: report.trends.change.verdict}},
        el('h2', {id: 'pain-change-title'}, 'Change in pain since the start'),
        c.figure ? el('p', {class: 'change-figure'}, c.figure) : null,
        c.lines.map(line => el('p', {}, line)),
        el('p', {class: report.trends.change.clinicallyMeaningful ? '' : 'muted'},
            report.trends.change.clinicallyMeaningful ? el('strong', {}, c.verdict) : c.verdict));
}

/**
 * A table that reads as a table on a wide screen and as one small card per row on a phone (each value with
 * its column's name, see .responsive-table). Roles are explicit, so screen readers keep the table's structure
 * when the phone layout changes how its parts are displayed.
 * rows: [{head: node(s), cells: [{value, field}], className, dataset}]
 */
function dataTable({id, label, columns, rows}) {
    return el('div', {class: 'table-container'}, el('div', {class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': label},
        el('table', {id, class: 'responsive-table', role: 'table'},
            el('thead', {role: 'rowgroup'}, el('tr', {role: 'row'},
                columns.map(title => el('th', {scope: 'col', role: 'columnheader'}, title)))),
            el('tbody', {role: 'rowgroup'}, rows.map(row => el('tr', {role: 'row', class: row.className || null,
                dataset: row.dataset || {}},
            el('th', {scope: 'row', role: 'rowheader'}, row.head),
            row.cells.map((cell, index) => el('td', {role: 'cell', 'data-label': columns[index + 1],
                dataset: cell.field ? {field: cell.field} : {}}, cell.value))))))));
}

const range = (min, max) => (min === null ? MISSING : `${min}–${max}`);

function dailyTable(report) {
    const rows = [...report.days].reverse().map(day => {
        const empty = day.sessions === 0 && day.painEntries === 0 && !day.restDay;
        return {
            className: empty ? 'untracked' : null,
            dataset: {date: day.date},
            head: [formatDay(day.date), day.restDay ? el('span', {class: 'row-note'}, 'rest day') : null,
                empty ? el('span', {class: 'row-note stacked-only'}, '· nothing logged') : null],
            cells: [{value: String(day.sessions)}, {value: String(day.minutes)}, {value: String(day.painEntries)},
                {value: oneDecimal(day.painMean)}, {value: range(day.painMin, day.painMax)}],
        };
    });
    return el('details', {class: 'daily-figures', id: 'daily-figures'},
        el('summary', {}, 'Daily figures'),
        dataTable({id: 'daily-table', label: 'Daily figures', rows,
            columns: ['Day', 'Sessions', 'Minutes', 'Pain entries', 'Mean pain', 'Range']}));
}

/** Week by week, newest first, exactly the figures of GET /api/me/trends. */
export function weekTable(report) {
    const rows = [...report.trends.weeks].reverse().map(w => ({
        className: [w.trackedDays === 0 ? 'untracked' : null, w.inProgress ? 'in-progress' : null]
            .filter(Boolean).join(' ') || null,
        dataset: {week: w.week},
        head: [el('span', {title: w.week}, words.dateRange(w.start, w.end)),
            w.inProgress ? el('span', {class: 'row-note'}, 'so far') : null,
            w.trackedDays === 0 ? el('span', {class: 'row-note stacked-only'}, '· not tracked') : null],
        cells: [{value: String(w.sessions)}, {value: String(w.activeDays)},
            {value: w.trackedDays === 0 ? MISSING : oneDecimal(w.plannedDays), field: 'plannedDays'},
            {value: String(w.restDays), field: 'restDays'}, {value: String(w.minutes)},
            {value: w.trackedDays === 0 ? 'not tracked' : percent(w.adherence), field: 'adherence'},
            {value: oneDecimal(w.painMean), field: 'painMean'}, {value: range(w.painMin, w.painMax)},
            {value: String(w.painEntries)}, {value: String(w.redFlags), field: 'redFlags'}],
    }));
    return el('section', {class: 'card', id: 'weeks', 'aria-labelledby': 'week-table-title'},
        el('h2', {id: 'week-table-title'}, 'Week by week'),
        dataTable({id: 'week-table', label: 'Week by week', rows,
            columns: ['Week', 'Sessions', 'Active days', 'Planned days', 'Rest days', 'Minutes', 'Adherence',
                'Mean pain', 'Range', 'Pain entries', 'Red flags']}),
        el('p', {class: 'caption'}, 'Adherence: active days against the planned days of the days tracked (rest days '
            + 'without a session are not planned). Mean pain: the mean of each day’s mean. The week in progress shows '
            + 'its figures so far and counts in no trend.'));
}

/**
 * The week picker of the Trends view and the shared page: the current week ("so far") and the weeks before it,
 * named by their dates. `today` is the patient's local date; `onPick` gets the ISO week chosen.
 */
export function weekPicker(id, today, onPick) {
    const select = el('select', {id, class: 'btn-small'},
        words.weekChoices(today, 52).map(choice => el('option', {value: choice.value}, choice.label)));
    select.addEventListener('change', () => onPick(select.value));
    return el('span', {class: 'week-picker'}, el('label', {class: 'sr-only', for: id}, 'Week to show'), select);
}

/** Which stretches are done and which are skipped, over the report week. */
export function stretchTable(report) {
    const rows = report.stretches.map(s => ({
        dataset: {stretch: s.stretchId},
        head: [s.name, s.inPlan && s.timesDone === 0 ? el('span', {class: 'row-note'},
            el('span', {class: 'badge badge-warn'}, 'skipped')) : null],
        cells: [{value: s.inPlan ? 'yes' : 'no'}, {value: String(s.timesDone), field: 'timesDone'},
            {value: s.perSide ? `${s.leftTimes} / ${s.rightTimes}` : `both: ${s.bothTimes}`},
            {value: String(s.totalReps)},
            // no hold (a stretch done in reps): a dash, as in the PDF
            {value: s.totalHoldSeconds === 0 ? '–'
                    : s.perSide && (s.leftHoldSeconds > 0 || s.rightHoldSeconds > 0)
                    ? `${clock(s.totalHoldSeconds)} (${clock(s.leftHoldSeconds)} / ${clock(s.rightHoldSeconds)})`
                    : clock(s.totalHoldSeconds), field: 'hold'}],
    }));
    return el('section', {class: 'card', id: 'stretch-summary', 'aria-labelledby': 'stretch-summary-title'},
        el('h2', {id: 'stretch-summary-title'}, `Stretches, ${week(report)}`),
        report.stretches.length === 0 ? el('p', {class: 'empty'}, 'No stretches planned or done this week.')
            : dataTable({id: 'stretch-table', label: 'Stretches', rows,
                columns: ['Stretch', 'In plan', 'Times done', 'Sides (left / right)', 'Reps',
                    'Hold time (left / right)']}),
        el('p', {class: 'caption'}, `Plan: ${plural(report.plan.minutesPerDay, 'minute', 'minutes')} a day, `
            + `${plural(report.plan.daysPerWeek, 'day', 'days')} a week${report.plan.isDefault ? ' (the default plan)' : ''}.`));
}

/** The patient's own notes, newest first: of the whole window when the overview sends them, else of the week. */
export function notes(report, windowNotes = null) {
    const list = [...(windowNotes ?? report.notes)].sort((a, b) => b.at.localeCompare(a.at));
    return el('section', {class: 'card', id: 'patient-notes', 'aria-labelledby': 'patient-notes-title'},
        el('h2', {id: 'patient-notes-title'}, 'Notes from the patient'),
        list.length === 0 ? el('p', {class: 'empty'}, 'No notes in this window.')
            : el('ul', {class: 'item-list'}, list.map(note => el('li', {},
                el('div', {class: 'item-meta'}, `${formatDateTime(note.at, report.timeZone)} · `
                    + `${note.kind === 'PAIN' ? 'pain entry' : 'session'}`),
                el('div', {}, note.text)))));
}

export function generatedLine(report) {
    const weeks = report.trends.weeks;
    return `${weeks.length} weeks, ${formatDate(weeks[0].start)} to ${formatDate(weeks[weeks.length - 1].end)} · `
        + `as of ${formatDateTime(report.generatedAt, report.timeZone)} (${report.timeZone})`;
}

/**
 * One line a physiotherapist reads in five seconds, first on the page: the last four complete weeks' adherence
 * and pain (first → last), what the change in pain since the start amounts to, and the red flags of the window.
 * Built from the same figures as everything below it.
 */
export function headline(report) {
    const complete = report.trends.weeks.filter(week => !week.inProgress).slice(-4);
    const parts = [];
    const series = (field, format) => {
        const values = complete.map(week => week[field]).filter(value => value !== null && value !== undefined);
        return values.length === 0 ? null
            : values.length === 1 ? format(values[0]) : `${format(values[0])} → ${format(values[values.length - 1])}`;
    };
    const adherence = series('adherence', percent);
    const pain = series('painMean', oneDecimal);
    parts.push(`Last ${plural(complete.length, 'complete week', 'complete weeks')}: `
        + `adherence ${adherence ?? 'not measurable yet'}, pain ${pain ?? 'not rated'}`);
    const change = report.trends.change;
    parts.push({
        IMPROVED: change.clinicallyMeaningful ? 'meets the threshold for a meaningful improvement' : 'pain improved',
        WORSENED: 'pain meaningfully worse than at the start',
        NO_CLEAR_CHANGE: 'no clear change in pain since the start',
    }[change.verdict] ?? 'not enough pain entries yet to judge a change');
    const open = report.redFlags.filter(entry => !entry.withdrawnAt);
    if (open.length === 0) {
        parts.push('no red flags in the window');
    } else {
        const top = open[0]; // most urgent level first, then newest
        const same = open.filter(entry => entry.level === top.level);
        const kind = {EMERGENCY: ['emergency red flag', 'emergency red flags'],
            SAME_DAY: ['same-day red flag', 'same-day red flags'],
            SOON: ['red flag to be seen soon', 'red flags to be seen soon']}[top.level] || ['red flag', 'red flags'];
        parts.push(`${plural(same.length, kind[0], kind[1])}, the latest on ${formatDate(top.date)}`);
    }
    return el('p', {class: 'headline', id: 'report-headline'}, parts.join('; ') + '.');
}

/**
 * Weeks × stretches over the whole window (each side of a one-sided stretch on its own row): times done, and
 * "skipped" where the stretch was planned that week and not done. A table, so it reads aloud cell by cell.
 */
export function stretchGrid(grid) {
    if (!grid || grid.rows.length === 0) {
        return null;
    }
    const side = {LEFT: ' (left)', RIGHT: ' (right)'};
    const short = label => label.replace(/^\d{4}-/, '');
    return el('section', {class: 'card', id: 'stretch-grid', 'aria-labelledby': 'stretch-grid-title'},
        el('h2', {id: 'stretch-grid-title'}, 'Stretches, week by week'),
        el('div', {class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'stretch-grid-title'},
            el('table', {class: 'grid-table'},
            el('caption', {class: 'sr-only'}, 'Times each stretch was done per week; skipped where it was planned'),
            el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, 'Stretch'),
                grid.weeks.map(week => el('th', {scope: 'col'}, short(week))))),
            el('tbody', {}, grid.rows.map(row => el('tr', {dataset: {stretch: row.stretchId, side: row.side || 'ALL'}},
                el('th', {scope: 'row'}, row.name + (side[row.side] || '')),
                row.cells.map(cell => el('td', {class: cell.planned && cell.done === 0 ? 'skipped' : null},
                    cell.done > 0 ? String(cell.done) : cell.planned ? 'skipped' : '–'))))))),
        el('p', {class: 'caption'}, 'Times done each week; “skipped”: in the plan that week, not done; “–”: not '
            + 'planned. A stretch done on both sides counts on each side.'));
}
