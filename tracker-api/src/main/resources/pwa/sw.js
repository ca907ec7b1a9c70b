// Backcare's service worker, served at /sw.js by ServiceWorkerController, which fills in the two values
// below at start-up: VERSION is a hash of every file of the app shell, SHELL their paths.
//
// - install: the whole shell of this version is fetched into its own cache in one step (cache.addAll fails
//   as a whole), so a version is either complete or not installed at all;
// - the new worker waits until the page asks it to take over (the page does when no guided routine is
//   playing), then removes every older cache; the page reloads once, so old and new files never mix;
// - the shell is answered from this version's cache; the catalog (/api/stretches) and /page-context (no
//   patient data) from the network, or from the last copy when offline;
// - nothing else is touched: /api/me/**, the session, reports and shared links always go to the network
//   and are never stored here.
const VERSION = '__VERSION__';
const SHELL = __SHELL__;
const SHELL_CACHE = `backcare-shell-${VERSION}`;
const DATA_CACHE = `backcare-data-${VERSION}`;
const DATA = ['/api/stretches', '/page-context'];

self.addEventListener('install', event => {
    event.waitUntil(caches.open(SHELL_CACHE)
        .then(cache => cache.addAll(SHELL.map(path => new Request(path, {cache: 'reload'}))))
        .then(() => caches.open(DATA_CACHE))
        .then(cache => Promise.all(DATA.map(path => fetch(path, {cache: 'no-store'})
            .then(response => (response.ok ? cache.put(path, response) : undefined))
            .catch(() => undefined)))));
});

self.addEventListener('message', event => {
    if (event.data && event.data.type === 'activate-now') {
        self.skipWaiting();
    } else if (event.data && event.data.type === 'version' && event.ports[0]) {
        event.ports[0].postMessage(VERSION);
    }
});

self.addEventListener('activate', event => {
    event.waitUntil(caches.keys()
        .then(names => Promise.all(names
            .filter(name => name.startsWith('backcare-') && name !== SHELL_CACHE && name !== DATA_CACHE)
            .map(name => caches.delete(name))))
        .then(() => self.clients.claim()));
});

self.addEventListener('fetch', event => {
    const request = event.request;
    if (request.method !== 'GET') {
        return;
    }
    const url = new URL(request.url);
    if (url.origin !== self.location.origin) {
        return;
    }
    if (request.mode === 'navigate' && url.pathname === '/') {
        event.respondWith(fromShell('/', request));
    } else if (SHELL.includes(url.pathname)) {
        event.respondWith(fromShell(url.pathname, request));
    } else if (DATA.includes(url.pathname) && !url.search) {
        event.respondWith(networkThenCopy(url.pathname, request));
    }
    // everything else (the patient's data above all) is left to the network, untouched and unstored
});

async function fromShell(path, request) {
    const cache = await caches.open(SHELL_CACHE);
    const cached = await cache.match(path);
    return cached || fetch(request);
}

async function networkThenCopy(path, request) {
    const cache = await caches.open(DATA_CACHE);
    try {
        const response = await fetch(request);
        if (response.ok) {
            await cache.put(path, response.clone());
        }
        return response;
    } catch (offline) {
        const cached = await cache.match(path);
        if (cached) {
            // marked, so that the page does not take the copy's "now" for the server's time
            const headers = new Headers(cached.headers);
            headers.set('X-Offline-Copy', 'true');
            return new Response(await cached.blob(), {status: cached.status, headers});
        }
        throw offline;
    }
}
