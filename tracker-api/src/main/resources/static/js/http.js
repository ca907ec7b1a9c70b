// Talking to the server as the web page: the session cookie goes by itself; every write carries the
// XSRF-TOKEN cookie's value in X-XSRF-TOKEN (the server refuses cookie-authenticated writes without it),
// and every request says X-Requested-With so a 401 never pops up the browser's Basic login dialog.

export class ApiError extends Error {
    constructor(status, problem) {
        super((problem && (problem.detail || problem.title)) || `Request failed (${status})`);
        this.status = status;
        this.title = problem && problem.title;
        this.detail = problem && problem.detail;
        this.fields = (problem && Array.isArray(problem.errors)) ? problem.errors : [];
    }
}

let unauthorized = () => {};

/** Called when a request that needs the session gets 401: the session ended (timeout, signed out elsewhere). */
export function onUnauthorized(handler) {
    unauthorized = handler;
}

function cookie(name) {
    const prefix = name + '=';
    const found = document.cookie.split('; ').find(part => part.startsWith(prefix));
    return found ? decodeURIComponent(found.slice(prefix.length)) : null;
}

export async function request(method, path, {json, form, file, signedInOnly = true} = {}) {
    const headers = {
        'X-Requested-With': 'XMLHttpRequest',
        'Accept': 'application/json, application/problem+json',
    };
    let body;
    if (json !== undefined) {
        headers['Content-Type'] = 'application/json';
        body = JSON.stringify(json);
    } else if (form !== undefined) {
        headers['Content-Type'] = 'application/x-www-form-urlencoded';
        body = new URLSearchParams(form).toString();
    } else if (file !== undefined) {
        headers['Content-Type'] = file.type || 'application/json';
        body = file;
    }
    if (method !== 'GET' && method !== 'HEAD') {
        const csrf = cookie('XSRF-TOKEN');
        if (csrf) {
            headers['X-XSRF-TOKEN'] = csrf;
        }
    }
    let response;
    try {
        response = await fetch(path, {method, headers, body, credentials: 'same-origin', cache: 'no-store'});
    } catch (offline) {
        throw new ApiError(0, {
            title: 'No connection',
            detail: 'Could not reach Backcare. Check your connection and try again; nothing was lost.',
        });
    }
    if (response.status === 204) {
        return null;
    }
    const type = response.headers.get('Content-Type') || '';
    const data = type.includes('json') ? await response.json().catch(() => null) : null;
    if (!response.ok) {
        const error = new ApiError(response.status, data || {});
        if (response.status === 401 && signedInOnly) {
            unauthorized(error);
        }
        throw error;
    }
    return data;
}

export const api = {
    get: (path, options) => request('GET', path, options),
    put: (path, json) => request('PUT', path, {json}),
    post: (path, json) => request('POST', path, {json}),
    del: path => request('DELETE', path),
};

/** A message for a person: the server's own words for 4xx (it never sends internals), a calm line otherwise. */
export function describe(error) {
    if (!(error instanceof ApiError)) {
        return 'Something went wrong on this page. Please reload and try again.';
    }
    if (error.status === 0) {
        return error.detail;
    }
    if (error.status === 429) {
        return error.detail || 'Too many attempts. Please wait a little and try again.';
    }
    if (error.status >= 500) {
        return 'Something went wrong on our side. Please try again in a moment; nothing was lost.';
    }
    return error.detail || error.title || `The request was refused (${error.status}).`;
}
