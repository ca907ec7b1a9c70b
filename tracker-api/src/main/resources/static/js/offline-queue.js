// Entries made without a connection: sessions, pain entries and rest days are kept on the phone (IndexedDB)
// under the client-chosen id they will be sent with, shown as "Waiting to sync (n)", and sent when the
// connection returns (the browser's online event, each start of the page, and every 30 s while any wait).
//
// A retry is safe: the id is the entry's, so an entry whose first answer never arrived is answered
// 200 "already recorded" the second time, never recorded twice. An entry the server refuses (409: the id
// was used for something else; 400: no longer valid, e.g. too old) stays on the phone, marked, and is shown
// to the patient with the server's words until they dismiss it: nothing is dropped silently.
import {ApiError, describe, request} from './http.js';
import {el, fill} from './dom.js';

const DB_NAME = 'backcare-offline';
const STORE = 'outbox';
const RETRY_EVERY_MS = 30_000;

let dbPromise = null;
let flushing = null;
let retryTimer = null;
let owner = null; // the signed-in patient's id: entries are sent only on their behalf
let contextOf = () => null;

function db() {
    if (!dbPromise) {
        dbPromise = new Promise((resolve, reject) => {
            const open = indexedDB.open(DB_NAME, 1);
            open.onupgradeneeded = () => open.result.createObjectStore(STORE, {keyPath: 'path'});
            open.onsuccess = () => resolve(open.result);
            open.onerror = () => reject(open.error);
        });
    }
    return dbPromise;
}

async function tx(mode, action) {
    const database = await db();
    return new Promise((resolve, reject) => {
        const transaction = database.transaction(STORE, mode);
        const result = action(transaction.objectStore(STORE));
        transaction.oncomplete = () => resolve(result.result);
        transaction.onerror = () => reject(transaction.error);
        transaction.onabort = () => reject(transaction.error);
    });
}

/** Every entry kept on this phone, oldest first. */
export async function entries() {
    const all = await tx('readonly', store => store.getAll());
    return (all || []).sort((a, b) => a.queuedAt - b.queuedAt);
}

async function keep(entry) {
    await tx('readwrite', store => store.put(entry));
}

async function forget(path) {
    await tx('readwrite', store => store.delete(path));
}

/** Whose entries may be sent, and where the page's safety texts come from (for advice given offline). */
export function start({patientId, context}) {
    owner = patientId;
    contextOf = context;
    window.addEventListener('online', () => flush());
    window.addEventListener('offline', () => render());
    document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') {
            flush();
        }
    });
    document.addEventListener('click', event => {
        const button = event.target.closest('[data-outbox]');
        if (button) {
            act(button.dataset.outbox, button.dataset.path);
        }
    });
    flush();
}

export function signedInAs(patientId) {
    owner = patientId;
    flush();
}

/**
 * PUTs an entry; without a connection (or when the server is briefly unavailable) keeps it on the phone and
 * answers with what the page can show meanwhile: the entry as sent, {queued: true}, and the safety advice the
 * server would give. A refusal (4xx) is thrown as usual, for the form to show.
 */
export async function put(kind, path, body, label) {
    if (navigator.onLine !== false) {
        try {
            return await request('PUT', path, {json: body});
        } catch (error) {
            if (!(error instanceof ApiError) || !(error.status === 0 || error.status >= 500)) {
                throw error;
            }
        }
    }
    await keep({path, kind, body, label, owner, queuedAt: Date.now(), refused: null});
    await render();
    scheduleRetry();
    return provisional(kind, path, body);
}

const LEVELS = ['EMERGENCY', 'SAME_DAY', 'SOON'];

/**
 * The advice the server would give, from the triage table the page already holds (/page-context): the highest
 * level of the flags, its message, and the safety net with any leg or nerve sign. Offline the page cannot apply
 * the health profile's escalations, so the server's answer on sync may be a higher level (never a lower one).
 */
function offlineAdvice(context, redFlags) {
    const flags = (context.redFlags || []).filter(flag => redFlags.includes(flag.id));
    const level = LEVELS.find(candidate => flags.some(flag => flag.level === candidate));
    if (!level) {
        return null;
    }
    return {
        urgency: level === 'SOON' ? 'SEE_A_PROFESSIONAL' : 'URGENT',
        level,
        message: (context.advice || {})[level],
        safetyNet: flags.some(flag => flag.legOrNerveSign) ? context.safetyNet || null : null,
    };
}

function provisional(kind, path, body) {
    const id = path.split('/').pop();
    const context = contextOf() || {};
    if (kind === 'session') {
        return {...body, sessionId: id, queued: true,
            advice: body.painDuring === 'SHARP' ? context.sharpPainAdvice || null : null};
    }
    if (kind === 'pain') {
        return {...body, entryId: id, queued: true, advice: offlineAdvice(context, body.redFlags || [])};
    }
    return {...body, queued: true};
}

/** Sends what waits, oldest first, one at a time; resolves when this round is over. */
export function flush() {
    if (!flushing) {
        flushing = sendWaiting().finally(() => {
            flushing = null;
        });
    }
    return flushing;
}

async function sendWaiting() {
    let list;
    try {
        list = await entries();
    } catch (noStorage) {
        return;
    }
    for (const entry of list) {
        if (entry.refused || !owner || entry.owner !== owner) {
            continue;
        }
        try {
            await request('PUT', entry.path, {json: entry.body});
            await forget(entry.path);
        } catch (error) {
            if (error instanceof ApiError && (error.status === 0 || error.status >= 500 || error.status === 401
                || error.status === 429)) {
                break; // no connection, busy or signed out: the next round tries again
            }
            await keep({...entry, refused: {status: error.status || 0, message: describe(error)}});
        }
    }
    await render();
    scheduleRetry();
}

function scheduleRetry() {
    clearTimeout(retryTimer);
    entries().then(list => {
        if (list.some(entry => !entry.refused)) {
            retryTimer = setTimeout(() => flush(), RETRY_EVERY_MS);
        }
    }).catch(() => {});
}

async function act(action, path) {
    if (action === 'sync') {
        await flush();
    } else if (action === 'dismiss') {
        await forget(path);
        await render();
    }
}

/** The bar under the header: how many entries wait, and each refused one with the server's reason. */
export async function render() {
    const box = document.getElementById('sync-status');
    if (!box) {
        return;
    }
    let list;
    try {
        list = (await entries()).filter(entry => !owner || entry.owner === owner);
    } catch (noStorage) {
        list = [];
    }
    const waiting = list.filter(entry => !entry.refused);
    const refused = list.filter(entry => entry.refused);
    const offline = navigator.onLine === false && Boolean(owner);
    box.hidden = list.length === 0 && !offline;
    fill(box,
        offline ? el('p', {class: 'sync-offline', id: 'sync-offline'},
            'Offline: what you log is kept on this phone and sent when you are back online.') : null,
        waiting.length ? el('div', {class: 'sync-waiting', id: 'sync-waiting'},
            el('span', {}, `Waiting to sync (${waiting.length})`),
            el('button', {type: 'button', class: 'btn btn-small', dataset: {outbox: 'sync'}}, 'Sync now')) : null,
        refused.map(entry => el('div', {class: 'alert alert-warn sync-refused', role: 'alert', dataset: {path: entry.path}},
            el('p', {}, el('strong', {}, `Not saved: ${entry.label}. `), entry.refused.message),
            el('button', {type: 'button', class: 'btn btn-small', dataset: {outbox: 'dismiss', path: entry.path}},
                'Dismiss'))));
}

/** How many entries are still only on this phone (waiting or refused). */
export async function pending() {
    try {
        return (await entries()).length;
    } catch (noStorage) {
        return 0;
    }
}

/** Removes every entry kept on this phone (after the patient was warned, when signing out). */
export async function clear() {
    await tx('readwrite', store => store.clear());
    await render();
}
