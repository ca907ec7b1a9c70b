// The hold timer of the Today view.
//
// Speed for tests: opening the page with ?timer-speed=N (1 to 1000) makes every timer, and the session's
// elapsed minutes, run N times faster, so a browser test can run a routine of 30-second holds in a few
// seconds. Nothing else reads it and nobody sets it in normal use, where a second is a second.
export const timerSpeed = (() => {
    const value = Number(new URLSearchParams(location.search).get('timer-speed'));
    return Number.isFinite(value) && value >= 1 && value <= 1000 ? value : 1;
})();

/** Seconds of routine time since `startedAt` (a performance.now() value), at the page's timer speed. */
export function elapsedSeconds(startedAt) {
    return (performance.now() - startedAt) / 1000 * timerSpeed;
}

/**
 * Counts `totalSeconds` down. onTick(remainingSeconds) several times a second, onDone() once at zero.
 * Can be paused and resumed; measured against the monotonic clock, so a busy page never drifts it.
 */
export class Countdown {
    constructor(totalSeconds, {onTick = () => {}, onDone = () => {}} = {}) {
        this.total = totalSeconds;
        this.used = 0;
        this.runningSince = null;
        this.onTick = onTick;
        this.onDone = onDone;
        this.handle = null;
        this.finished = false;
    }

    get running() {
        return this.runningSince !== null;
    }

    remaining() {
        const current = this.running ? elapsedSeconds(this.runningSince) : 0;
        return Math.max(0, this.total - this.used - current);
    }

    start() {
        if (this.running || this.finished) {
            return;
        }
        this.runningSince = performance.now();
        this.handle = setInterval(() => this.tick(), 100);
        this.tick();
    }

    pause() {
        if (!this.running) {
            return;
        }
        this.used += elapsedSeconds(this.runningSince);
        this.runningSince = null;
        clearInterval(this.handle);
        this.onTick(this.remaining());
    }

    tick() {
        const remaining = this.remaining();
        this.onTick(remaining);
        if (remaining <= 0 && !this.finished) {
            this.finished = true;
            this.runningSince = null;
            clearInterval(this.handle);
            this.onDone();
        }
    }

    cancel() {
        clearInterval(this.handle);
        this.runningSince = null;
    }
}

let wakeLock = null;

/** Keeps a phone's screen on while a timer runs (where the browser allows it); harmless elsewhere. */
export async function keepScreenOn(on) {
    try {
        if (on && !wakeLock && navigator.wakeLock) {
            wakeLock = await navigator.wakeLock.request('screen');
            wakeLock.addEventListener('release', () => {
                wakeLock = null;
            });
        } else if (!on && wakeLock) {
            await wakeLock.release();
            wakeLock = null;
        }
    } catch (notAllowed) {
        wakeLock = null;
    }
}

/** A short buzz on phones that can, when a hold ends. */
export function buzz() {
    if (navigator.vibrate) {
        navigator.vibrate([180, 90, 180]);
    }
}
