package org.makemothersmatter.core.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A network address, or a range of them written as CIDR ({@code 10.0.0.0/8}, {@code fd00::/8}): the proxies whose
 * word on the client's address is taken. Only literal addresses are read, never a host name to look up.
 */
public record AddressRange(byte[] network, int prefix) {

    // Compiled once: every request behind a trusted proxy reads its client's address through them.
    private static final Pattern LITERAL = Pattern.compile("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern DIGITS_AND_DOTS = Pattern.compile("[0-9.]+");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3}\\.){3}\\d{1,3}");

    public AddressRange {
        network = network.clone();
    }

    /** Reads {@code 192.0.2.7}, {@code 192.0.2.0/24}, {@code ::1} or {@code 2001:db8::/32}. */
    public static AddressRange parse(String text) {
        String[] parts = text.strip().split("/", 2);
        byte[] network = address(parts[0]).map(InetAddress::getAddress).orElseThrow(() -> refused(text));
        int prefix = network.length * 8;
        if (parts.length == 2) {
            try {
                prefix = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                throw refused(text);
            }
            if (prefix < 0 || prefix > network.length * 8) {
                throw refused(text);
            }
        }
        return new AddressRange(network, prefix);
    }

    /** A literal address, without looking any name up; empty for anything else. */
    static Optional<InetAddress> address(String text) {
        String literal = text.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        if (!LITERAL.matcher(literal).matches()
                || DIGITS_AND_DOTS.matcher(literal).matches() && !IPV4.matcher(literal).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(literal));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int whole = prefix / 8;
        if (!Arrays.equals(bytes, 0, whole, network, 0, whole)) {
            return false;
        }
        int rest = prefix % 8;
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return rest == 0 || (bytes[whole] & mask) == (network[whole] & mask);
    }

    private static IllegalArgumentException refused(String text) {
        return new IllegalArgumentException("TRUSTED_PROXIES: '" + text.strip()
                + "' is not an address nor a range such as 10.0.0.0/8");
    }
}
