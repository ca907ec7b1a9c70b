package care.backcare.tracker.api.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.Optional;

/**
 * Tells whoever started the server where to open it: on this machine, and from a phone on the same network
 * (the first site-local IPv4 address of an interface that is up). Nothing is looked up outside the machine.
 */
@Component
class ServerAddresses {

    private static final Logger log = LoggerFactory.getLogger(ServerAddresses.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        int port = web.getWebServer().getPort();
        log.info("Backcare Tracker is ready on http://localhost:{}", port);
        lanAddress().ifPresent(address ->
                log.info("From a phone on the same network: http://{}:{} (share links made there work for others too)",
                        address.getHostAddress(), port));
    }

    static Optional<InetAddress> lanAddress() {
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!network.isUp() || network.isLoopback() || network.isVirtual()) {
                    continue;
                }
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address && address.isSiteLocalAddress()) {
                        return Optional.of(address);
                    }
                }
            }
        } catch (SocketException e) {
            log.debug("Cannot list network interfaces", e);
        }
        return Optional.empty();
    }
}
