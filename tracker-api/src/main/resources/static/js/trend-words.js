// The v1.1 trend figures in words: a patient reads sentences ("Your average pain over the last 2 weeks was
// 3.2; in your first 2 weeks it was 5.1."), a physiotherapist gets the figures too (rho, interval, n). Every
// number is printed as GET /api/me/trends sends it, already rounded by the server; nothing is recomputed.
import {MISSING, oneDecimal, rho, signed} from './words.js';

// Named here, not by Intl: the PDF's "Sep" and a browser's "Sept" would otherwise disagree
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function utcDate(isoDate) {
    return new Date(`${isoDate}T00:00:00Z`);
}

/** Dates for people: "Mon 23 – Sun 29 Nov", "Mon 26 Oct – Sun 1 Nov", with the years when they differ. */
export function dateRange(from, to) {
    const fromYear = from.slice(0, 4);
    const toYear = to.slice(0, 4);
    const day = iso => `${WEEKDAYS[utcDate(iso).getUTCDay()]} ${utcDate(iso).getUTCDate()}`;
    const month = iso => MONTHS[utcDate(iso).getUTCMonth()];
    if (fromYear !== toYear) {
        return `${day(from)} ${month(from)} ${fromYear} – ${day(to)} ${month(to)} ${toYear}`;
    }
    if (from.slice(5, 7) !== to.slice(5, 7)) {
        return `${day(from)} ${month(from)} – ${day(to)} ${month(to)}`;
    }
    return `${day(from)} – ${day(to)} ${month(to)}`;
}

/** The ISO week (2026-W47) of a local date, and the Monday and Sunday of an ISO week: machine names. */
export function isoWeekOf(isoDate) {
    const day = 86400000;
    const date = utcDate(isoDate);
    const thursday = new Date(date.getTime() + (3 - (date.getUTCDay() + 6) % 7) * day);
    const year = thursday.getUTCFullYear();
    const january4 = new Date(Date.UTC(year, 0, 4));
    const firstThursday = new Date(january4.getTime() + (3 - (january4.getUTCDay() + 6) % 7) * day);
    const week = 1 + Math.round((thursday - firstThursday) / (7 * day));
    return `${year}-W${String(week).padStart(2, '0')}`;
}

export function mondayOf(isoDate) {
    const date = utcDate(isoDate);
    const weekday = (date.getUTCDay() + 6) % 7;
    return new Date(date.getTime() - weekday * 86400000).toISOString().slice(0, 10);
}

export function plusDays(isoDate, days) {
    return new Date(utcDate(isoDate).getTime() + days * 86400000).toISOString().slice(0, 10);
}

/**
 * The week picker's choices, newest first: the current week ("so far") and the weeks before it, each named
 * by its dates; the value is the ISO week the API takes.
 */
export function weekChoices(today, count) {
    const monday = mondayOf(today);
    const choices = [];
    for (let i = 0; i < count; i++) {
        const start = plusDays(monday, -7 * i);
        const range = dateRange(start, plusDays(start, 6));
        choices.push({value: isoWeekOf(start), label: i === 0 ? `This week so far (${range})` : range});
    }
    return choices;
}

const points = value => `${Math.abs(value) === 1 ? 'point' : 'points'}`;

/** How each series moved, the association with the drift set aside, and next-day pain: sentences. */
export function movement(trends, {audience}) {
    const you = audience === 'patient';
    const lines = [];
    const pain = trends.painTrend;
    if (!pain.sufficient || pain.slopePerWeek === null) {
        lines.push({id: 'pain-trend', text: 'Not enough data yet for a pain trend: it needs 4 complete weeks with '
            + `pain entries (${pain.n} so far).`});
    } else {
        const size = Math.abs(pain.slopePerWeek).toFixed(2);
        const moved = pain.slopePerWeek < 0 ? `has been easing by about ${size} points a week`
            : pain.slopePerWeek > 0 ? `has been rising by about ${size} points a week` : 'has stayed level';
        lines.push({id: 'pain-trend', text: `${you ? 'Your pain' : 'Pain'} ${moved}`
            + (you ? '.' : ` (Theil–Sen slope ${signedFixed(pain.slopePerWeek, 2)} per week, n = ${pain.n} weeks).`)});
    }
    const adherence = trends.adherenceTrend;
    if (!adherence.sufficient || adherence.slopePerWeek === null) {
        lines.push({id: 'adherence-trend', text: 'Not enough data yet for a consistency trend: it needs 4 complete '
            + `tracked weeks (${adherence.n} so far).`});
    } else {
        const size = (Math.abs(adherence.slopePerWeek) * 100).toFixed(1);
        const moved = adherence.slopePerWeek < 0 ? `has been falling by about ${size} percentage points a week`
            : adherence.slopePerWeek > 0 ? `has been rising by about ${size} percentage points a week` : 'has stayed level';
        lines.push({id: 'adherence-trend', text: `${you ? 'Your consistency' : 'Adherence'} ${moved}`
            + (you ? '.' : ` (Theil–Sen slope ${signedFixed(adherence.slopePerWeek, 3)} per week, n = ${adherence.n} weeks).`)});
    }
    const next = trends.nextDayPain;
    if (!next.sufficient) {
        lines.push({id: 'next-day-pain', text: 'Not enough data yet to compare pain on the day after a session with '
            + `other days: each needs 7 days (so far ${next.afterSessionDays} and ${next.afterOtherDays}).`});
    } else {
        lines.push({id: 'next-day-pain', text: `On days after a session ${you ? 'your ' : ''}pain averaged `
            + `${oneDecimal(next.meanAfterSession)}; after other days, ${oneDecimal(next.meanAfterOther)}`
            + (you ? '.' : ` (difference ${signed(next.difference)}; ${next.afterSessionDays} and ${next.afterOtherDays} days).`)});
    }
    const partial = trends.timeAdjustedCorrelation;
    let association;
    if (!partial.sufficient) {
        association = 'Not enough data yet to tell whether consistency goes with less pain: it needs 8 complete '
            + `weeks with both (${partial.n} so far).`;
    } else if (partial.rho === null) {
        association = 'Whether consistency goes with less pain cannot be told from these weeks: consistency or pain '
            + 'did not vary, or moved exactly in step with time.';
    } else {
        const unclear = partial.ciLow === null || (partial.ciLow <= 0 && partial.ciHigh >= 0);
        association = unclear
            ? `Once the general drift over time is set aside, there is no clear link yet between ${you ? 'your ' : ''}`
                + `more consistent weeks and ${you ? 'your ' : ''}pain.`
            : `Even with the general drift over time set aside, ${you ? 'your ' : ''}more consistent weeks went with `
                + `${partial.rho < 0 ? 'lower' : 'higher'} pain.`;
        if (!you) {
            association += ` Time-adjusted ρ = ${rho(partial.rho)}`
                + (partial.ciLow === null ? '' : `, 95 % interval ${rho(partial.ciLow)} to ${rho(partial.ciHigh)}`)
                + ` (n = ${partial.n} weeks; exploratory).`;
        }
    }
    lines.push({id: 'association-words', text: association});
    return lines;
}

function signedFixed(value, decimals) {
    const text = Math.abs(value).toFixed(decimals);
    return value < 0 ? `-${text}` : value > 0 ? `+${text}` : text;
}

/** The change between the first and the latest 14 days of pain, in the verdict's words, with its dates. */
export function change(c, {audience}) {
    const you = audience === 'patient';
    const latest = dateRange(c.latestFrom, c.latestTo);
    if (c.verdict === 'NOT_ENOUGH_DATA') {
        const baseline = c.baselineFrom === null ? null : dateRange(c.baselineFrom, c.baselineTo);
        return {figure: null, verdict: 'Not enough data yet.', lines: [baseline === null
            ? `No pain entry yet: the first 14 days of pain entries are the baseline that the latest 14 complete days (${latest}) are compared with.`
            : `${you ? 'Your' : 'The'} first 14 days of pain entries (${baseline}) and the latest 14 complete days `
                + `(${latest}) each need pain logged on at least 4 days, and must not overlap.`]};
    }
    const baseline = dateRange(c.baselineFrom, c.baselineTo);
    const sentence = you
        ? `Your average pain over the last 2 weeks (${latest}) was ${oneDecimal(c.latestPainMean)}; `
            + `in your first 2 weeks (${baseline}) it was ${oneDecimal(c.baselinePainMean)}.`
        : `Average daily pain over the latest 14 days (${latest}) was ${oneDecimal(c.latestPainMean)}; over the first `
            + `14 days of pain entries (${baseline}) it was ${oneDecimal(c.baselinePainMean)}.`;
    const figure = `${signed(c.delta)} ${points(c.delta)}`;
    const percent = c.percent === null ? 'no percentage from a baseline of 0' : `${signed(c.percent)} % of baseline`;
    const verdict = {
        IMPROVED: 'Meets the usual threshold for a meaningful improvement.',
        WORSENED: 'Meets the usual threshold for a meaningful worsening'
            + (you ? ': worth talking to your physiotherapist or doctor.' : '.'),
        NO_CLEAR_CHANGE: 'No clear change: within the usual thresholds of 2 points or 30 %.',
    }[c.verdict];
    return {figure, verdict, lines: [sentence, `Change ${figure}, ${percent}.`]};
}

export {MISSING};
