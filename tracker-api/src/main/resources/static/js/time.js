// Time on the page. Dates and times are shown and entered in the patient's own time zone (the one their
// weeks are counted in), and "now" follows the server's clock: the server refuses entries more than five
// minutes ahead of its clock, so a phone whose clock runs fast must not stamp entries with it.

const LOCALE = 'en-GB';
let zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
let offsetMs = 0;

export function setZone(timeZone) {
    if (timeZone) {
        zone = timeZone;
    }
}

export function currentZone() {
    return zone;
}

/** Aligns "now" with the server: `serverNow` read between `sentAt` and `receivedAt` (Date.now() values). */
export function syncClock(serverNow, sentAt, receivedAt) {
    const server = Date.parse(serverNow);
    if (!Number.isNaN(server)) {
        offsetMs = server - (sentAt + receivedAt) / 2;
    }
}

export function now() {
    return new Date(Date.now() + offsetMs);
}

function parts(date, timeZone = zone) {
    const format = new Intl.DateTimeFormat('en-CA', {
        timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
        hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    const out = {};
    for (const part of format.formatToParts(date)) {
        out[part.type] = part.value;
    }
    return out;
}

/** The local date (YYYY-MM-DD) of an instant in the patient's zone. */
export function localDate(date = now()) {
    const p = parts(date);
    return `${p.year}-${p.month}-${p.day}`;
}

/** The value for an <input type="datetime-local"> showing `date` in the patient's zone. */
export function toLocalInput(date = now()) {
    const p = parts(date);
    return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** The instant a datetime-local value means in the patient's zone (correct across DST changes). */
export function fromLocalInput(value) {
    const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value || '');
    if (!match) {
        return null;
    }
    const [, y, mo, d, h, mi] = match.map(Number);
    const wanted = Date.UTC(y, mo - 1, d, h, mi);
    let guess = wanted;
    for (let i = 0; i < 3; i++) {
        const p = parts(new Date(guess));
        const seen = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute);
        guess += wanted - seen;
    }
    return new Date(guess);
}

/** ISO-8601 UTC without milliseconds, as the API writes instants. */
export function isoInstant(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function dateOnly(isoDate) {
    const [y, m, d] = isoDate.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d, 12));
}

/** "Wed 18 Nov" for a local date from the API. */
export function formatDay(isoDate) {
    return new Intl.DateTimeFormat(LOCALE, {timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short'})
        .format(dateOnly(isoDate));
}

/** "Wednesday 18 November" for a local date. */
export function formatLongDay(isoDate) {
    return new Intl.DateTimeFormat(LOCALE, {timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long'})
        .format(dateOnly(isoDate));
}

/** "18 Nov 2026" for a local date. */
export function formatDate(isoDate) {
    return new Intl.DateTimeFormat(LOCALE, {timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric'})
        .format(dateOnly(isoDate));
}

/** "Wed 18 Nov, 12:00" for an instant, in `timeZone` (default the patient's). */
export function formatDateTime(instant, timeZone = zone) {
    return new Intl.DateTimeFormat(LOCALE, {
        timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    }).format(new Date(instant));
}

/** "18 Nov 2026" for an instant, in `timeZone`. */
export function formatInstantDate(instant, timeZone = zone) {
    return new Intl.DateTimeFormat(LOCALE, {timeZone, day: 'numeric', month: 'short', year: 'numeric'})
        .format(new Date(instant));
}

/** "12:00" for an instant, in `timeZone`. */
export function formatTime(instant, timeZone = zone) {
    return new Intl.DateTimeFormat(LOCALE, {timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23'})
        .format(new Date(instant));
}

/** A local date `days` after `isoDate`. */
export function addDays(isoDate, days) {
    const date = dateOnly(isoDate);
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
}
