package org.makemothersmatter.core.web;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The address of the client a request comes from, for the limits per client and the audit log. It is the peer of
 * the connection, unless that peer is one of the trusted proxies ({@code TRUSTED_PROXIES}): then X-Forwarded-For is
 * read from the right, each trusted proxy passing on the address it was given, and the first address no trusted
 * proxy has is the client's. What lies left of it was written by the client and is ignored: anyone may claim
 * anything there.
 */
@Singleton
public final class ClientAddresses {

    private final List<AddressRange> trusted;

    @Inject
    public ClientAddresses(WebSettings settings) {
        this.trusted = settings.trustedProxies();
    }

    public String of(Context ctx) {
        Optional<InetAddress> peer = AddressRange.address(ctx.ip());
        if (peer.isEmpty() || !trusted(peer.get())) {
            return peer.map(InetAddress::getHostAddress).orElse(ctx.ip());
        }
        InetAddress client = peer.get();
        List<String> chain = Collections.list(ctx.req().getHeaders("X-Forwarded-For")).stream()
                .flatMap(header -> Arrays.stream(header.split(","))).toList();
        for (int i = chain.size() - 1; i >= 0 && trusted(client); i--) {
            Optional<InetAddress> forwarded = AddressRange.address(chain.get(i));
            if (forwarded.isEmpty()) {
                // Not an address: written by someone other than a trusted proxy, which stops the chain here.
                break;
            }
            client = forwarded.get();
        }
        return client.getHostAddress();
    }

    private boolean trusted(InetAddress address) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }
}
