package care.backcare.tracker.api.security;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;

/**
 * Every URL the server hands out (a share link, an invitation, a calendar feed) starts from here: the
 * configured {@code tracker.public-base-url}, or, when none is set, the origin the current request was
 * addressed to (a host on the allow-list, {@link HostAllowListFilter}; forwarded headers only from
 * trusted proxies). Never an {@code X-Forwarded-Host} anyone could send.
 */
@Component
public class PublicUrls {

    private final URI base;

    PublicUrls(PublicAddressProperties properties) {
        this.base = properties.publicBaseUrl();
    }

    /** The absolute URL of {@code path} (which starts with '/'), its {@code {variables}} expanded and encoded. */
    public String of(String path, Object... variables) {
        UriComponentsBuilder builder = base != null
                ? UriComponentsBuilder.fromUri(base).replacePath(stripSlash(base.getPath())).replaceQuery(null).fragment(null)
                : ServletUriComponentsBuilder.fromCurrentContextPath();
        return builder.path(path).buildAndExpand(variables).encode().toUriString();
    }

    /** Whether a public base URL is configured (a link made without one is only as good as the address used). */
    public boolean configured() {
        return base != null;
    }

    private static String stripSlash(String path) {
        return path == null || path.equals("/") ? "" : path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
