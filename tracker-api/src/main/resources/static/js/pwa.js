// The installable app: registers the service worker (sw.js) and takes a new version cleanly. A new worker
// installs the whole new version beside the running one; the page then asks it to take over, and reloads
// once when it has, so the page never runs old and new files together. While a guided routine plays the
// switch waits until it ends.
//
// Offline start: the last profile and routine plan are kept in this browser's storage (not in the worker's
// cache) so the page can open without a network; signing out removes them.
const PROFILE = 'backcare.profile';
const ROUTINE = 'backcare.routine';

let waitingWorker = null;
let reloading = false;

export function register() {
    if (!('serviceWorker' in navigator)) {
        return;
    }
    navigator.serviceWorker.addEventListener('controllerchange', () => {
        if (!reloading && hadController) {
            reloading = true;
            location.reload();
        }
    });
    const hadController = Boolean(navigator.serviceWorker.controller);
    navigator.serviceWorker.register('/sw.js', {scope: '/', updateViaCache: 'none'}).then(registration => {
        const consider = worker => {
            if (!worker) {
                return;
            }
            const ready = () => {
                if (worker.state === 'installed' && navigator.serviceWorker.controller) {
                    waitingWorker = worker;
                    activateWhenIdle();
                }
            };
            worker.addEventListener('statechange', ready);
            ready();
        };
        consider(registration.waiting);
        registration.addEventListener('updatefound', () => consider(registration.installing));
        // a page left open for days still learns of a deploy
        setInterval(() => registration.update().catch(() => {}), 60 * 60 * 1000);
    }).catch(() => {});
}

/** Called by the player when a routine ends, and after each update check. */
export function activateWhenIdle() {
    if (waitingWorker && !document.body.classList.contains('playing')) {
        waitingWorker.postMessage({type: 'activate-now'});
        waitingWorker = null;
    }
}

function read(key) {
    try {
        return JSON.parse(localStorage.getItem(key));
    } catch (unavailable) {
        return null;
    }
}

function write(key, value) {
    try {
        if (value === null) {
            localStorage.removeItem(key);
        } else {
            localStorage.setItem(key, JSON.stringify(value));
        }
    } catch (unavailable) {
        // private mode or full: the page still works online
    }
}

export const remembered = {
    profile: () => read(PROFILE),
    routine: () => read(ROUTINE),
    keepProfile: profile => write(PROFILE, profile),
    keepRoutine: plan => write(ROUTINE, plan),
    forget() {
        write(PROFILE, null);
        write(ROUTINE, null);
    },
};
