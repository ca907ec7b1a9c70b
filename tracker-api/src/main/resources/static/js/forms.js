// Form plumbing shared by every view: busy state, the server's field errors beside their fields, and
// client-chosen ids for PUTs that survive a retry.
import {ApiError, describe} from './http.js';
import {el} from './dom.js';

export function clearErrors(form) {
    for (const field of form.querySelectorAll('[aria-invalid="true"]')) {
        field.removeAttribute('aria-invalid');
        const described = (field.getAttribute('aria-describedby') || '').split(' ').filter(id => !id.endsWith('-error'));
        if (described.length) {
            field.setAttribute('aria-describedby', described.join(' '));
        } else {
            field.removeAttribute('aria-describedby');
        }
    }
    for (const message of form.querySelectorAll('.field-error')) {
        message.remove();
    }
    const summary = form.querySelector('[data-form-error]');
    if (summary) {
        summary.hidden = true;
        summary.textContent = '';
    }
}

/** Shows a failed request on its form: each invalid field gets its message, the form a summary. */
export function showError(form, error) {
    clearErrors(form);
    const unplaced = [];
    const fields = error instanceof ApiError ? error.fields : [];
    for (const {field, message} of fields) {
        const input = field && form.querySelector(`[name="${CSS.escape(field.split('[')[0])}"]`);
        if (input && input.type !== 'radio' && input.type !== 'checkbox') {
            const id = `${input.id || input.name}-error`;
            input.setAttribute('aria-invalid', 'true');
            input.setAttribute('aria-describedby', `${input.getAttribute('aria-describedby') || ''} ${id}`.trim());
            input.closest('.field')?.appendChild(el('span', {class: 'field-error', id, text: message}));
        } else {
            unplaced.push(field ? `${field}: ${message}` : message);
        }
    }
    const summary = form.querySelector('[data-form-error]');
    if (summary) {
        summary.textContent = [describe(error), ...unplaced].join(' ');
        summary.hidden = false;
    }
    const firstInvalid = form.querySelector('[aria-invalid="true"]');
    (firstInvalid || summary)?.focus?.();
}

/** A problem the page found before asking the server ("choose at least one stretch"), in the form's summary. */
export function showMessage(form, text) {
    clearErrors(form);
    const summary = form.querySelector('[data-form-error]');
    summary.textContent = text;
    summary.hidden = false;
    summary.setAttribute('tabindex', '-1');
    summary.focus();
}

/** Runs `action` with the form's submit button disabled; errors are shown on the form and rethrown. */
export async function submitting(form, action) {
    const button = form.querySelector('[type="submit"]');
    if (button?.disabled) {
        return undefined;
    }
    clearErrors(form);
    if (button) {
        button.disabled = true;
    }
    form.setAttribute('aria-busy', 'true');
    try {
        return await action();
    } catch (error) {
        showError(form, error);
        throw error;
    } finally {
        form.removeAttribute('aria-busy');
        if (button) {
            button.disabled = false;
        }
    }
}

/**
 * The id a PUT is sent under. It stays the same after a failure that may not have reached the server
 * (no connection, 5xx), so a retry of the same entry is recorded once; it changes once the server has
 * answered, so the next entry is a new one.
 */
export class ClientId {
    constructor() {
        this.id = uuid();
    }

    current() {
        return this.id;
    }

    settled(error) {
        const unknownOutcome = error instanceof ApiError && (error.status === 0 || error.status >= 500);
        if (!unknownOutcome) {
            this.id = uuid();
        }
    }
}

/** A random UUID; crypto.randomUUID exists only on https and localhost, getRandomValues everywhere. */
export function uuid() {
    if (crypto.randomUUID) {
        return crypto.randomUUID();
    }
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Copies `input`'s value; reports in `status` (a live region). */
export async function copyField(input, status, what) {
    input.select();
    try {
        await navigator.clipboard.writeText(input.value);
        status.textContent = `${what} copied.`;
    } catch (notAllowed) {
        const copied = document.execCommand && document.execCommand('copy');
        status.textContent = copied ? `${what} copied.` : `Select the ${what.toLowerCase()} and copy it.`;
    }
}
