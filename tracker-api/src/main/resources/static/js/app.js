// The patient's app at "/": one page, one section per view, chosen by the URL's hash (#/today, #/pain,
// #/trends, #/routine, #/share, #/account). Signed out, it shows the welcome view (sign in or register).
import {$, $$, focus} from './dom.js';
import {api, describe, onUnauthorized} from './http.js';
import {setZone} from './time.js';
import {pageContext} from './words.js';
import * as welcome from './views/welcome.js';
import * as today from './views/today.js';
import * as pain from './views/pain.js';
import * as trends from './views/trends.js';
import * as routine from './views/routine.js';
import * as share from './views/share.js';
import * as account from './views/account.js';
import * as outbox from './offline-queue.js';
import {register as registerWorker, remembered} from './pwa.js';

const VIEWS = {today, pain, trends, routine, share, account};
const TITLES = {
    welcome: 'Welcome', today: 'Today', pain: 'Pain', trends: 'Trends', routine: 'Routine',
    share: 'Share', account: 'Account',
};

let catalogPromise = null;
let routinePromise = null;
let flashTimer = null;
let firstView = true;

/** What the views share: who is signed in, the catalog and the plan (cached), and a few page-wide actions. */
export const app = {
    profile: null,
    context: null,

    catalog() {
        if (!catalogPromise) {
            catalogPromise = api.get('/api/stretches', {signedInOnly: false}).catch(error => {
                catalogPromise = null;
                throw error;
            });
        }
        return catalogPromise;
    },

    routine({fresh = false} = {}) {
        if (!routinePromise || fresh) {
            routinePromise = api.get('/api/me/routine').then(plan => {
                remembered.keepRoutine(plan);
                return plan;
            }).catch(error => {
                routinePromise = null;
                // offline: the plan this phone saw last
                if (error.status === 0 && remembered.routine()) {
                    return remembered.routine();
                }
                throw error;
            });
        }
        return routinePromise;
    },

    routineSaved(plan) {
        remembered.keepRoutine(plan);
        routinePromise = Promise.resolve(plan);
    },

    /** A short confirmation at the bottom of the screen, read out by screen readers. */
    flash(message) {
        const box = $('#flash');
        box.textContent = message;
        clearTimeout(flashTimer);
        flashTimer = setTimeout(() => {
            box.textContent = '';
        }, 5000);
    },

    async signedIn({welcomeMessage} = {}) {
        this.profile = await api.get('/api/session');
        if (this.profile.role === 'CLINICIAN') {
            // a clinician's account opens the clinician's workspace, never the diary
            location.replace('/clinician.html');
            return;
        }
        remembered.keepProfile(this.profile);
        outbox.signedInAs(this.profile.patientId);
        setZone(this.profile.timeZone);
        renderChrome();
        if (welcomeMessage) {
            this.flash(welcomeMessage);
        }
        if (!location.hash || location.hash === '#/' || location.hash === '#/welcome') {
            location.hash = '#/today';
        } else {
            route();
        }
    },

    signedOut(message) {
        this.profile = null;
        routinePromise = null;
        remembered.forget();
        outbox.signedInAs(null);
        for (const view of Object.values(VIEWS)) {
            view.reset?.();
        }
        renderChrome();
        welcome.message(message);
        history.replaceState(null, '', location.pathname + location.search);
        route();
    },

    go(name) {
        location.hash = `#/${name}`;
    },
};

function renderChrome() {
    const signedIn = Boolean(app.profile);
    $('#main-nav').hidden = !signedIn;
    $('#who').hidden = !signedIn;
    $('#who-name').textContent = signedIn ? app.profile.displayName : '';
    $('#app-footer').classList.toggle('no-nav', !signedIn);
    document.body.classList.toggle('signed-in', signedIn);
}

function currentRoute() {
    const name = location.hash.replace(/^#\/?/, '').split('?')[0];
    return VIEWS[name] ? name : 'today';
}

function showSection(name) {
    $('#boot').hidden = true;
    for (const section of $$('[data-view]')) {
        section.hidden = section.dataset.view !== name;
    }
    for (const link of $$('#main-nav a')) {
        if (link.dataset.route === name) {
            link.setAttribute('aria-current', 'page');
        } else {
            link.removeAttribute('aria-current');
        }
    }
    document.title = `${TITLES[name]} · Backcare Tracker`;
    if (!firstView) {
        // a new view: start at its top, and tell screen readers where they are
        window.scrollTo(0, 0);
        focus($(`#view-${name} h1`));
    }
    firstView = false;
}

async function route() {
    if (!app.profile) {
        showSection('welcome');
        return;
    }
    const name = currentRoute();
    showSection(name);
    try {
        await VIEWS[name].show(app);
    } catch (error) {
        if (error?.status !== 401) {
            app.flash(describe(error));
        }
    }
}

async function boot() {
    registerWorker();
    onUnauthorized(() => app.signedOut('Your session has ended. Please sign in again.'));
    try {
        app.context = await pageContext();
    } catch (unavailable) {
        $('#boot').textContent = 'Backcare is not reachable right now. Please reload in a moment.';
        return;
    }
    welcome.init(app);
    for (const view of Object.values(VIEWS)) {
        view.init(app);
    }
    $('#sign-out-top').addEventListener('click', () => account.signOut());
    try {
        app.profile = await api.get('/api/session', {signedInOnly: false});
        remembered.keepProfile(app.profile);
        setZone(app.profile.timeZone);
    } catch (notSignedIn) {
        // offline: whoever was signed in on this phone last (signing out forgets them)
        app.profile = notSignedIn.status === 0 ? remembered.profile() : null;
        if (app.profile) {
            setZone(app.profile.timeZone);
        }
    }
    outbox.start({patientId: app.profile?.patientId ?? null, context: () => app.context});
    renderChrome();
    window.addEventListener('hashchange', route);
    await route();
}

boot();
