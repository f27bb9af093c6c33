package draftlint.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which requests the server answers at all. A page on another site can make the browser send
 * requests to 127.0.0.1 (a cross-site form post), and a site whose name it re-points at 127.0.0.1
 * can even read the answers (DNS rebinding). So a request must name this server in its
 * {@code Host} (the address it listens on, or {@code localhost}, with its port), and a
 * {@code POST} that comes from a page must come from a page of this server ({@code Origin}).
 * Tools that send no {@code Origin} (curl, editors) are not pages and are let through.
 */
public final class RequestGuard {
    private final Set<String> authorities = new LinkedHashSet<>();

    /**
     * @param host the address listened on, as given to {@code --host}
     * @param port the port listened on
     */
    public RequestGuard(String host, int port) {
        authorities.add(authority(host, port));
        authorities.add("localhost:" + port);
        if (isLoopback(host)) {
            authorities.add("127.0.0.1:" + port);
            authorities.add("[::1]:" + port);
        }
    }

    /** Whether a request's {@code Host} header names this server. */
    public boolean hostAllowed(String hostHeader) {
        return hostHeader != null && authorities.contains(hostHeader.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a {@code POST} may be answered: no {@code Origin} (not sent by a page), or this
     * server's own. {@code Origin: null} (a sandboxed frame, a local file) is another site.
     */
    public boolean originAllowed(String origin) {
        if (origin == null) return true;
        String o = origin.strip().toLowerCase(Locale.ROOT);
        if (!o.startsWith("http://")) return false;
        return authorities.contains(o.substring("http://".length()));
    }

    private static String authority(String host, int port) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.contains(":") && !h.startsWith("[")) h = "[" + h + "]";
        return h + ":" + port;
    }

    private static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) return true;
        try {
            // Only literal addresses reach here unresolved; a name is never looked up for this.
            return isLiteral(host) && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean isLiteral(String host) {
        return host.contains(":") || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
    }
}
