// Small DOM helpers. Text from the server or the patient only ever goes in through text nodes
// (textContent), never innerHTML, so a note can never become markup.

/**
 * el('p', {class: 'hint', id: 'x'}, 'text', childNode, [more, children]).
 * Attributes: `class`, `text`, `dataset` (object), `on` (object of event listeners), booleans for
 * boolean attributes (false or null omits them); anything else is set with setAttribute.
 */
export function el(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
        if (value === null || value === undefined || value === false) {
            continue;
        }
        if (name === 'class') {
            node.className = value;
        } else if (name === 'text') {
            node.textContent = value;
        } else if (name === 'dataset') {
            Object.assign(node.dataset, value);
        } else if (name === 'on') {
            for (const [event, handler] of Object.entries(value)) {
                node.addEventListener(event, handler);
            }
        } else if (value === true) {
            node.setAttribute(name, '');
        } else {
            node.setAttribute(name, String(value));
        }
    }
    append(node, children);
    return node;
}

function append(node, children) {
    for (const child of children) {
        if (child === null || child === undefined || child === false) {
            continue;
        }
        if (Array.isArray(child)) {
            append(node, child);
        } else if (child instanceof Node) {
            node.appendChild(child);
        } else {
            node.appendChild(document.createTextNode(String(child)));
        }
    }
}

/** Replaces every child of `node` with `children`. */
export function fill(node, ...children) {
    node.replaceChildren();
    append(node, children);
    return node;
}

export function $(selector, root = document) {
    return root.querySelector(selector);
}

export function $$(selector, root = document) {
    return Array.from(root.querySelectorAll(selector));
}

/** A visually hidden span: context for screen readers ("Start" + " Child's pose"). */
export function srOnly(text) {
    return el('span', {class: 'sr-only', text});
}

/** An inline SVG icon from a few path strings (stroke style, like the navigation icons). */
export function icon(paths, {size = 24, circle = null} = {}) {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('width', String(size));
    svg.setAttribute('height', String(size));
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    svg.setAttribute('fill', 'none');
    svg.setAttribute('stroke', 'currentColor');
    svg.setAttribute('stroke-width', '2.2');
    svg.setAttribute('stroke-linecap', 'round');
    svg.setAttribute('stroke-linejoin', 'round');
    if (circle) {
        const c = document.createElementNS(ns, 'circle');
        c.setAttribute('cx', '12');
        c.setAttribute('cy', '12');
        c.setAttribute('r', String(circle));
        svg.appendChild(c);
    }
    for (const d of paths) {
        const path = document.createElementNS(ns, 'path');
        path.setAttribute('d', d);
        svg.appendChild(path);
    }
    return svg;
}

export const ICONS = {
    warning: () => icon(['M12 3.5L2.5 20h19L12 3.5z', 'M12 10v4.5', 'M12 17.3v.2']),
    check: () => icon(['M8 12.5l3 3 5-6'], {circle: 9}),
    info: () => icon(['M12 11v5', 'M12 8v.2'], {circle: 9}),
};

/** Moves keyboard and screen-reader focus to `node` (made focusable if it is not). */
export function focus(node) {
    if (!node) {
        return;
    }
    if (!node.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(node.tagName)) {
        node.setAttribute('tabindex', '-1');
    }
    node.focus({preventScroll: false});
}
