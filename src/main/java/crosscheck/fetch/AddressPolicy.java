package crosscheck.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;

/**
 * Which addresses a fetch may connect to: public unicast only, unless private addresses are allowed (tests,
 * intranets). Refuses loopback, private, carrier-grade NAT, link-local (cloud metadata at 169.254.169.254 among
 * them), multicast, unspecified, reserved and documentation ranges, and IPv6 forms that embed such an IPv4
 * address (mapped, compatible, NAT64, 6to4). Checks resolved addresses, so every notation of a host
 * (decimal, octal, hex, IPv6) is judged by the address it stands for. {@code trusted} addresses are allowed
 * whatever they are (a test's own server). Thread-safe (immutable).
 */
public record AddressPolicy(boolean allowPrivate, Set<InetAddress> trusted) {
    public static final AddressPolicy PUBLIC_ONLY = new AddressPolicy(false, Set.of());

    public AddressPolicy {
        trusted = Set.copyOf(trusted);
    }

    public AddressPolicy(boolean allowPrivate) {
        this(allowPrivate, Set.of());
    }

    /** Public addresses and these (a test's own server), nothing else. */
    public static AddressPolicy publicAnd(InetAddress... trusted) {
        return new AddressPolicy(false, Set.of(trusted));
    }

    /** Why an address is refused, or null when it may be connected to. */
    public String refusal(InetAddress address) {
        if (allowPrivate || trusted.contains(address)) {
            return null;
        }
        if (address instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            Inet4Address embedded = embeddedIpv4(b);
            if (embedded != null) {
                return refusal(embedded);
            }
            if (v6.isLoopbackAddress()) {
                return "a loopback address";
            }
            if (v6.isAnyLocalAddress()) {
                return "the unspecified address";
            }
            if (v6.isLinkLocalAddress() || v6.isSiteLocalAddress()) {
                return "a link-local address";
            }
            if (v6.isMulticastAddress()) {
                return "a multicast address";
            }
            if ((b[0] & 0xfe) == 0xfc) {
                return "a private (unique local) address";
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
                return "a documentation address";
            }
            return null;
        }
        byte[] b = address.getAddress();
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 127) {
            return "a loopback address";
        }
        if (first == 0) {
            return "the unspecified address";
        }
        if (first == 10 || first == 172 && second >= 16 && second <= 31 || first == 192 && second == 168) {
            return "a private network address";
        }
        if (first == 100 && second >= 64 && second <= 127) {
            return "a carrier-grade NAT address";
        }
        if (first == 169 && second == 254) {
            return "a link-local address (where cloud metadata services live)";
        }
        if (first >= 224 && first <= 239) {
            return "a multicast address";
        }
        if (first >= 240) {
            return "a reserved or broadcast address";
        }
        if (first == 192 && second == 0 && (b[2] & 0xff) == 0 || first == 198 && (second == 18 || second == 19)) {
            return "a reserved address";
        }
        if (first == 192 && second == 0 && (b[2] & 0xff) == 2 || first == 198 && second == 51 && (b[2] & 0xff) == 100
                || first == 203 && second == 0 && (b[2] & 0xff) == 113) {
            return "a documentation address";
        }
        return null;
    }

    /** The IPv4 address inside an IPv4-mapped, -compatible, NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address. */
    static Inet4Address embeddedIpv4(byte[] v6) {
        boolean zeros80 = true;
        for (int i = 0; i < 10; i++) {
            zeros80 &= v6[i] == 0;
        }
        try {
            if (zeros80 && (v6[10] & 0xff) == 0xff && (v6[11] & 0xff) == 0xff
                    || zeros80 && v6[10] == 0 && v6[11] == 0 && !(v6[12] == 0 && v6[13] == 0 && v6[14] == 0 && (v6[15] & 0xff) <= 1)) {
                return (Inet4Address) InetAddress.getByAddress(new byte[]{v6[12], v6[13], v6[14], v6[15]});
            }
            if ((v6[0] & 0xff) == 0x00 && (v6[1] & 0xff) == 0x64 && (v6[2] & 0xff) == 0xff && (v6[3] & 0xff) == 0x9b) {
                return (Inet4Address) InetAddress.getByAddress(new byte[]{v6[12], v6[13], v6[14], v6[15]});
            }
            if ((v6[0] & 0xff) == 0x20 && (v6[1] & 0xff) == 0x02) {
                return (Inet4Address) InetAddress.getByAddress(new byte[]{v6[2], v6[3], v6[4], v6[5]});
            }
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes always make an IPv4 address", e);
        }
        return null;
    }
}
