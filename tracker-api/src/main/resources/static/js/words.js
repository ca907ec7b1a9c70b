// How the API's codes read on the page. Clinical wording (the red-flag questions and the advice) is not
// here: it comes from the server (/page-context), in the domain's own words.
import {syncClock} from './time.js';

export const REGIONS = {
    LOWER_BACK: 'Lower back',
    MID_BACK: 'Mid back',
    UPPER_BACK: 'Upper back',
    NECK: 'Neck',
    HIPS: 'Hips',
    LEGS: 'Legs',
};

export const KINDS = {
    STATIC_HOLD: 'Hold',
    DYNAMIC: 'Mobility',
    STRENGTH: 'Strength',
    SELF_MASSAGE: 'Self-massage',
};

export const BEST_TIMES = {
    MORNING: 'Good in the morning',
    ANY: 'Any time of day',
    EVENING: 'Better in the evening',
};

export const PAIN_DURING = {
    NONE: 'No pain',
    MILD: 'Mild discomfort',
    SHARP: 'Sharp pain',
};

export const SIDES = {
    LEFT: 'Left side',
    RIGHT: 'Right side',
    BOTH: '',
};

export const SHARE_STATUS = {
    ACTIVE: 'Active',
    EXPIRED: 'Expired',
    REVOKED: 'Revoked',
};

export const SHARED_VIEWS = {
    PAGE: 'Viewed your progress page',
    SUMMARY: 'Opened the link',
    TRENDS: 'Read your weekly figures',
    REPORT: 'Downloaded the weekly PDF',
};

/** The triage levels (v1.1), most urgent first. */
export const LEVEL = {
    EMERGENCY: 'Emergency',
    SAME_DAY: 'Same day',
    SOON: 'Soon',
};

export const URGENCY = {
    URGENT: 'Urgent: same-day care',
    SEE_A_PROFESSIONAL: 'See a professional soon',
};

export const PAIN_WORDS = ['no pain', 'very mild', 'mild', 'mild', 'moderate', 'moderate', 'moderate',
    'severe', 'severe', 'very severe', 'worst imaginable'];

/** "Hold 30 s", "Hold 30 s, 2 times", "Hold 20 s per side", "10 reps per side", "Move for 1 min". */
export function dose(stretch) {
    const perSide = stretch.perSide ? ' per side' : '';
    if (stretch.defaultHoldSeconds === 0) {
        return `${stretch.defaultReps} reps${perSide}`;
    }
    const seconds = stretch.defaultHoldSeconds;
    const length = seconds >= 60 && seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`;
    const verb = stretch.kind === 'STATIC_HOLD' ? 'Hold ' : stretch.kind === 'DYNAMIC' ? 'Move for ' : '';
    const times = stretch.defaultReps > 1 ? `, ${stretch.defaultReps} times` : '';
    const text = `${verb}${length}${times}${perSide}`;
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Seconds the guide's dose takes (for the routine's estimate; reps-only movements count about 4 s a rep). */
export function doseSeconds(stretch) {
    const sides = stretch.perSide ? 2 : 1;
    const perSide = stretch.defaultHoldSeconds > 0
        ? stretch.defaultHoldSeconds * stretch.defaultReps
        : stretch.defaultReps * 4;
    return perSide * sides;
}

/** "m:ss" */
export function clock(totalSeconds) {
    const seconds = Math.max(0, Math.ceil(totalSeconds));
    return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export function plural(count, one, many) {
    return `${count} ${count === 1 ? one : many}`;
}

// Figures exactly as the API and the PDF show them: the API sends them already rounded (3 decimals for
// adherence and rho, 1 for means), so these only print them, never recompute.
export const MISSING = '–';

export function percent(ratio) {
    return ratio === null || ratio === undefined ? MISSING : `${(Math.round(ratio * 1000) / 10).toFixed(1)} %`;
}

export function oneDecimal(value) {
    if (value === null || value === undefined) {
        return MISSING;
    }
    const text = value.toFixed(1);
    return text === '-0.0' ? '0.0' : text;
}

export function signed(value) {
    if (value === null || value === undefined) {
        return MISSING;
    }
    const text = oneDecimal(value);
    return value > 0 ? `+${text}` : text;
}

export function rho(value) {
    return value === null || value === undefined ? MISSING : value.toFixed(3);
}

let context = null;

/** The server's page context: its clock, the red-flag questions and the advice texts. Loaded once. */
export async function pageContext() {
    if (context) {
        return context;
    }
    const sentAt = Date.now();
    const response = await fetch('/page-context', {headers: {'X-Requested-With': 'XMLHttpRequest'}, cache: 'no-store'});
    const receivedAt = Date.now();
    if (!response.ok) {
        throw new Error('page context unavailable');
    }
    context = await response.json();
    if (!response.headers.get('X-Offline-Copy')) { // an offline copy's "now" is old: keep the phone's clock
        syncClock(context.now, sentAt, receivedAt);
    }
    return context;
}

export function flagLabel(flag) {
    const found = context && context.redFlags.find(f => f.id === flag);
    return found ? found.label : flag.replaceAll('_', ' ').toLowerCase();
}
