package care.backcare.tracker.api.browser;

import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;

/**
 * An automated sanity check of what is on screen, not a full audit: every control has an accessible name
 * (as Chromium's accessibility tree computes it), images have alt text, ids are unique, the page has a
 * language and one visible h1, and text meets WCAG AA contrast against its background (4.5:1, 3:1 for large text).
 */
final class Accessibility {

    private Accessibility() {
    }

    private static final String RENDERED_CONTROLS = """
            return [...document.querySelectorAll('input, select, textarea, button, a[href], summary')]
                .filter(e => e.type !== 'hidden' && e.checkVisibility({visibilityProperty: true}));""";

    private static final String PAGE_FACTS = """
            const problems = [];
            if (!document.documentElement.lang) problems.push('the page has no lang');
            const ids = {};
            for (const e of document.querySelectorAll('[id]')) ids[e.id] = (ids[e.id] || 0) + 1;
            for (const [id, n] of Object.entries(ids)) if (n > 1) problems.push('duplicate id ' + id);
            const h1 = [...document.querySelectorAll('h1')].filter(e => e.checkVisibility({visibilityProperty: true}));
            if (h1.length !== 1) problems.push(h1.length + ' visible h1 elements');
            for (const img of document.querySelectorAll('img')) {
                if (!img.hasAttribute('alt')) problems.push('an image without alt: ' + img.id);
            }
            for (const label of document.querySelectorAll('label[for]')) {
                if (!document.getElementById(label.htmlFor)) problems.push('a label for a missing control: ' + label.htmlFor);
            }
            return problems;""";

    private static final String CONTRAST = """
            const parse = c => { const m = /rgba?\\(([^)]+)\\)/.exec(c); if (!m) return null;
                const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
                return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
            const channel = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
            const lum = c => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
            const over = (top, base) => ({r: top.r * top.a + base.r * (1 - top.a), g: top.g * top.a + base.g * (1 - top.a),
                b: top.b * top.a + base.b * (1 - top.a), a: 1});
            const background = el => { const layers = [];
                for (let n = el; n; n = n.parentElement) { const s = getComputedStyle(n);
                    if (s.backgroundImage !== 'none') return null;
                    const c = parse(s.backgroundColor); if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; } }
                let base = {r: 255, g: 255, b: 255, a: 1};
                for (const c of layers.reverse()) base = over(c, base);
                return base; };
            const hex = c => '#' + [c.r, c.g, c.b].map(v => Math.round(v).toString(16).padStart(2, '0')).join('');
            const problems = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            const seen = new Set();
            for (let t = walker.nextNode(); t; t = walker.nextNode()) {
                const el = t.parentElement;
                if (!t.textContent.trim() || seen.has(el) || el.closest('.sr-only, svg, option, [hidden]')) continue;
                seen.add(el);
                if (!el.checkVisibility({visibilityProperty: true, opacityProperty: true}) || el.closest('button:disabled')) continue;
                const s = getComputedStyle(el);
                if (s.visibility === 'hidden' || Number(s.opacity) === 0) continue;
                const bg = background(el); if (!bg) continue;
                const fg = over(parse(s.color), bg);
                const l1 = lum(fg), l2 = lum(bg);
                const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
                const size = parseFloat(s.fontSize), bold = Number(s.fontWeight) >= 700;
                const needed = size >= 24 || (size >= 18.66 && bold) ? 3 : 4.5;
                if (ratio < needed) problems.push('contrast ' + ratio.toFixed(2) + ' < ' + needed + ' for "'
                    + t.textContent.trim().slice(0, 40) + '" (' + hex(fg) + ' on ' + hex(bg) + ')');
            }
            return problems;""";

    /** What is wrong with the page as it is shown now; empty when the checks pass. */
    @SuppressWarnings("unchecked")
    static List<String> problems(BrowserPage page) {
        List<String> problems = new ArrayList<>();
        for (WebElement control : (List<WebElement>) page.js(RENDERED_CONTROLS)) {
            String name = control.getAccessibleName();
            if (name == null || name.isBlank()) {
                problems.add("a control without an accessible name: <" + control.getTagName() + " id='"
                        + control.getAttribute("id") + "' name='" + control.getAttribute("name") + "' class='"
                        + control.getAttribute("class") + "'>");
            }
        }
        problems.addAll((List<String>) page.js(PAGE_FACTS));
        problems.addAll((List<String>) page.js(CONTRAST));
        return problems;
    }
}
